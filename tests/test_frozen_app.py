"""The packaged app (issue 20): the PyInstaller one-folder build run as an office runs it.
scripts/test.sh builds it once (scripts/build-app.sh) and names the folder in OPERATOR_APP_FROZEN;
without that this module builds it itself (minutes), never skips. Each run is a real process of
the built binary in an empty data folder of its own: --version, demo into a temporary database,
an import of a real xlsx (the reader child process of a frozen app), an older database migrated
with its backup first, the first-run dialog, the main window painted offscreen in Chinese (a
screenshot under build/test-artifacts, a bundled font when the system has no Chinese one), and
the start-up to the window's first paint against the same from source (printed)."""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import time
from collections.abc import Iterator
from importlib.metadata import version
from pathlib import Path

import pytest
from PySide6.QtGui import QImage

from operator_app.store import db as store_db
from tests.conftest import _pg_database
from tests.sheets import loan_book, standard_rows

# Its module fixture is made once: all its tests go to the same pytest-xdist worker.
pytestmark = pytest.mark.xdist_group("frozen_app")

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def app_dir() -> Path:
    given = os.environ.get("OPERATOR_APP_FROZEN")
    folder = Path(given) if given else ROOT / "dist" / "operator-app"
    if not given:
        subprocess.run(["bash", str(ROOT / "scripts" / "build-app.sh")], check=True, cwd=ROOT,
                       env={**os.environ, "BUILD_TARBALL": "0"})
    assert (folder / "operator-app").is_file(), f"no built app in {folder}"
    return folder


@pytest.fixture
def env(tmp_path: Path) -> dict[str, str]:
    """An office's machine: its own data, config and Qt settings folders, offscreen, no keyring."""
    return {**os.environ, "OPERATOR_APP_DATA": str(tmp_path / "data"), "OPERATOR_APP_CONFIG": str(tmp_path / "config"),
            "XDG_CONFIG_HOME": str(tmp_path / "xdg"), "QT_QPA_PLATFORM": "offscreen",
            "OPERATOR_APP_AUTO_BACKUP": "0", "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring",
            "OPERATOR_APP_LANG": "zh_CN"}


def run(app_dir: Path, env: dict[str, str], *args: str, timeout: float = 120) -> subprocess.CompletedProcess[str]:
    return subprocess.run([str(app_dir / "operator-app"), *args], env=env, capture_output=True, text=True,
                          timeout=timeout, check=False)


def first_paint(command: list[str], env: dict[str, str], **extra: str) -> tuple[float, str]:
    """Seconds from starting the process to the main window's first paint (its "first-paint" line),
    and the font family the window uses."""
    started = time.perf_counter()
    proc = subprocess.Popen(command, env={**env, "OPERATOR_APP_FIRST_PAINT": "1", **extra}, stdout=subprocess.PIPE,
                            stderr=subprocess.DEVNULL, text=True, cwd=ROOT)
    assert proc.stdout is not None
    for line in proc.stdout:
        if line.startswith("first-paint font="):
            took = time.perf_counter() - started
            family = line.strip().split("=", 1)[1]
            break
    else:
        raise AssertionError(f"no first paint: exit {proc.wait()}")
    assert proc.wait(timeout=60) == 0
    return took, family


def test_version_comes_from_the_package_metadata(app_dir: Path, env: dict[str, str]) -> None:
    result = run(app_dir, env, "--version")
    assert result.returncode == 0 and result.stdout == f"operator-app {version('operator-app')}\n", result


def test_demo_import_and_migration_in_the_built_app(app_dir: Path, env: dict[str, str], tmp_path: Path) -> None:
    office = tmp_path / "office.db"
    result = run(app_dir, env, "--db", str(office), "demo", "--loans", "200")
    assert result.returncode == 0 and "200" in result.stdout, result.stderr
    sheet = loan_book(tmp_path / "台账.xlsx", standard_rows())
    result = run(app_dir, env, "--db", str(tmp_path / "imported.db"), "import", str(sheet), "--by", "测试", "--json")
    assert result.returncode == 0, result.stderr  # the reader ran in a child process of the frozen app
    assert json.loads(result.stdout)["loans_created"] == 4
    # An office upgrading from an older version: its file is one revision behind.
    from alembic import command

    db = store_db.open_database(str(office))
    cfg = store_db._alembic_config()
    with db.engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, "-1")
    behind = store_db.current_revision(db)
    db.dispose()
    assert behind is not None and behind != store_db.head_revision()
    result = run(app_dir, env, "--db", str(office), "queue", "--json")
    assert result.returncode == 0, result.stderr
    backups = list(tmp_path.glob(f"office.db.before-{behind}-*.bak"))
    assert len(backups) == 1  # the bundled migrations ran, and the file was copied first
    db = store_db.open_database(str(office), migrate=False)
    try:
        assert store_db.current_revision(db) == store_db.head_revision()
    finally:
        db.dispose()


@pytest.fixture
def pg_url() -> Iterator[str]:
    yield from _pg_database()


def test_the_built_app_reaches_postgresql(app_dir: Path, env: dict[str, str], pg_url: str) -> None:
    """psycopg's compiled part and SQLAlchemy's dialect are bundled: a server office works."""
    result = run(app_dir, env, "--db", pg_url, "demo", "--loans", "50")
    assert result.returncode == 0 and "50" in result.stdout, result.stderr
    result = run(app_dir, env, "--db", pg_url, "queue", "--json")
    assert result.returncode == 0 and len(json.loads(result.stdout)) > 0, result.stderr


def test_an_empty_data_folder_opens_the_first_run_dialog(app_dir: Path, env: dict[str, str], artifacts: Path) -> None:
    """The dialog is shown (its screenshot taken) and closed: nothing is set up, no database made."""
    shot = artifacts / "frozen_first_run_zh_CN.png"
    took, _ = first_paint([str(app_dir / "operator-app")], env, OPERATOR_APP_SCREENSHOT=str(shot))
    assert took > 0 and QImage(str(shot)).width() > 400
    data = Path(env["OPERATOR_APP_DATA"])
    assert not (data / "operator.db").exists() and not (data / "office.json").exists()


def test_main_window_painted_in_chinese_and_start_up_figure(app_dir: Path, env: dict[str, str], tmp_path: Path,
                                                            artifacts: Path, capsys: pytest.CaptureFixture[str]) -> None:
    office = tmp_path / "demo.db"
    assert run(app_dir, env, "--db", str(office), "demo", "--loans", "300").returncode == 0
    shot = artifacts / "frozen_main_window_zh_CN.png"
    shot.unlink(missing_ok=True)
    # The system's fonts hidden: the window must find its Chinese font inside the bundle.
    fonts = tmp_path / "fonts.conf"
    fonts.write_text('<?xml version="1.0"?><fontconfig><dir>/usr/share/fonts/truetype/dejavu</dir>'
                     f"<cachedir>{tmp_path / 'fc'}</cachedir></fontconfig>", encoding="utf-8")
    _, family = first_paint([str(app_dir / "operator-app"), "--db", str(office)], env, OPERATOR_APP_FIRST_PAINT="1500",
                            OPERATOR_APP_SCREENSHOT=str(shot), FONTCONFIG_FILE=str(fonts))
    assert family == "WenQuanYi Micro Hei"  # loaded from _internal/fonts: the system showed none
    image = QImage(str(shot))
    assert image.width() >= 800 and image.height() >= 500
    frozen, source = [], []
    source_cmd = [sys.executable, str(ROOT / "main.py"), "--db", str(office)]
    for _ in range(3):  # alternated, so both see the same machine load
        frozen.append(first_paint([str(app_dir / "operator-app"), "--db", str(office)], env)[0])
        source.append(first_paint(source_cmd, env)[0])
    f, s = statistics.median(frozen), statistics.median(source)
    with capsys.disabled():
        print(f"\nstart-up to the main window's first paint (median of 3): built app {f:.2f} s, "
              f"from source {s:.2f} s, ratio {f / s:.2f}")
    assert f < 30 and s < 30
