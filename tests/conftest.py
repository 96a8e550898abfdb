"""Shared fixtures. A test taking `db_url` (or `db`) runs twice, on SQLite and on the PostgreSQL
server that scripts/test.sh starts (TEST_PG_URL); without that server it fails rather than skips,
so CI can never pass silently without PostgreSQL. A test taking `sqlite_url` runs on SQLite only
and its docstring says why."""

from __future__ import annotations

import io
import json
import os
import tempfile
import uuid
from collections.abc import Iterator
from contextlib import redirect_stderr, redirect_stdout
from dataclasses import dataclass
from pathlib import Path

import pytest
from hypothesis import settings
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from operator_app import i18n
from operator_app.store.db import Database, open_database

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Secrets the tests keep (the office's ID-number key, transport passwords) go to a file of this
# run, never to the keyring or the config folder of the person running the tests.
os.environ.setdefault("OPERATOR_APP_CONFIG", tempfile.mkdtemp(prefix="operator-test-config-"))
os.environ.setdefault("PYTHON_KEYRING_BACKEND", "keyring.backends.fail.Keyring")
# The default office (a command without --db) is a file of this run too, never the checkout's
# data/operator.db, which is the developer's own (scripts/demo.sh) and may be at another revision.
os.environ.setdefault("OPERATOR_APP_DATA", tempfile.mkdtemp(prefix="operator-test-data-"))
# No daily backup on the first command of the day: every test's database would get a backups/
# folder (tests/test_backups.py turns it on where it tests it).
os.environ.setdefault("OPERATOR_APP_AUTO_BACKUP", "0")
# Property tests are deterministic unless asked otherwise (HYPOTHESIS_PROFILE=explore): the same
# examples on every run and machine, no example database, so CI never flakes on a new example.
settings.register_profile("deterministic", derandomize=True, database=None, deadline=None,
                          print_blob=True)
settings.register_profile("explore", deadline=None)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "deterministic"))
if settings().derandomize:
    # Hypothesis also draws, now and then, the constants written in the source of every project
    # module imported so far (not the tests'). Which modules a test file or an earlier test
    # imported would change the "deterministic" examples: a property guard then passed alone
    # and failed after another file (tests/test_policy.py::test_the_property_saw_plans). So the
    # examples depend on the test alone (tests/test_hypothesis_setup.py proves it); the
    # built-in constants (0, -1, boundaries, odd strings...) are still drawn.
    from hypothesis.internal.conjecture import providers as _providers

    if hasattr(_providers, "_get_local_constants"):  # Hypothesis 6.131 and later
        _NO_CONSTANTS = _providers.Constants()
        _providers._get_local_constants = lambda: _NO_CONSTANTS
ARTIFACTS = Path(__file__).resolve().parent.parent / "build" / "test-artifacts"


@pytest.fixture(autouse=True)
def _english_by_default(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.setenv("OPERATOR_APP_LANG", "en")
    i18n.set_language("en")
    yield
    i18n.set_language("en")


def _pg_database() -> Iterator[str]:
    base = os.environ.get("TEST_PG_URL")
    if not base:
        pytest.fail("TEST_PG_URL is not set: run the tests with scripts/test.sh, which starts PostgreSQL")
    name = "t_" + uuid.uuid4().hex[:12]
    admin = create_engine(base, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    try:
        yield make_url(base).set(database=name).render_as_string(hide_password=False)
    finally:
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


@pytest.fixture(params=["sqlite", "postgresql"])
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    if request.param == "sqlite":
        yield str(tmp_path / "office.db")
    else:
        yield from _pg_database()


@pytest.fixture
def sqlite_url(tmp_path: Path) -> str:
    return str(tmp_path / "office.db")


@pytest.fixture
def db(db_url: str) -> Iterator[Database]:
    database = open_database(db_url)
    yield database
    database.dispose()


# The office's own details, as an office fills them in before its first approval (a batch is
# not approved without them): every test office that approves a batch sets these.
OFFICE_DETAILS = {"office.signature": "安信小贷", "office.phone": "0571-88886666"}


def set_office_details(target: str | Database, by: str = "管理员") -> None:
    """Fill in the office's signature and phone through the settings service (audited)."""
    from operator_app.services.office import settings as settings_service

    database = open_database(target) if isinstance(target, str) else target
    try:
        for key, value in OFFICE_DETAILS.items():
            settings_service.set_value(database, key, value, by=by)
    finally:
        if isinstance(target, str):
            database.dispose()


@dataclass
class CliResult:
    code: int
    out: str
    err: str

    def json(self) -> object:
        return json.loads(self.out)


def run_cli(*argv: str) -> CliResult:
    """The CLI in-process, as `python main.py …` runs it."""
    from operator_app.__main__ import main

    out, err = io.StringIO(), io.StringIO()
    with redirect_stdout(out), redirect_stderr(err):
        try:
            code = main(list(argv))
        except SystemExit as exc:  # argparse usage errors
            code = int(exc.code or 0)
    return CliResult(code, out.getvalue(), err.getvalue())


@pytest.fixture
def cli() -> type[CliResult]:
    return CliResult


@pytest.fixture
def artifacts() -> Path:
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    return ARTIFACTS
