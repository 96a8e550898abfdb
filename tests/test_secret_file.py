"""The fallback secrets file shared by several processes on one computer (the GUI, a CLI command,
the test workers): every change lands, none is lost to another's read-modify-write."""

from __future__ import annotations

import json
import multiprocessing
import os
from pathlib import Path

import pytest

from operator_app.services.office.secrets import SecretStore, SecretStoreError


def _write_many(folder: str, worker: int, count: int) -> None:
    os.environ["PYTHON_KEYRING_BACKEND"] = "keyring.backends.fail.Keyring"
    store = SecretStore(Path(folder))
    for i in range(count):
        store.set(f"w{worker}:{i}", f"secret-{worker}-{i}")
        if i % 3 == 0:
            store.delete(f"w{worker}:{i}")


def test_changes_from_several_processes_at_once_are_all_kept(tmp_path: Path) -> None:
    folder = tmp_path / "config"
    SecretStore(folder).set("office:id-key", "ab" * 32)  # what an earlier import kept
    context = multiprocessing.get_context("spawn")
    workers = [context.Process(target=_write_many, args=(str(folder), w, 40)) for w in range(6)]
    for p in workers:
        p.start()
    for p in workers:
        p.join(120)
    assert [p.exitcode for p in workers] == [0] * 6
    kept = json.loads((folder / "secrets.json").read_text(encoding="utf-8"))
    wanted = {f"w{w}:{i}": f"secret-{w}-{i}" for w in range(6) for i in range(40) if i % 3}
    assert kept == {"office:id-key": "ab" * 32, **wanted}
    for name in ("secrets.json", "secrets.json.lock"):  # only this user account reads either
        assert oct((folder / name).stat().st_mode & 0o777) == "0o600"


def test_a_lock_held_too_long_is_one_error_and_changes_nothing(tmp_path: Path,
                                                               monkeypatch: pytest.MonkeyPatch) -> None:
    import filelock

    folder = tmp_path / "config"
    store = SecretStore(folder)
    store.set("a", "1")
    real = filelock.FileLock
    monkeypatch.setattr(filelock, "FileLock", lambda path, timeout, mode: real(path, timeout=0.2, mode=mode))
    with real(folder / "secrets.json.lock"):  # another process in the middle of a change
        with pytest.raises(SecretStoreError) as caught:
            store.set("b", "2")
    assert caught.value.code == "secret_file_failed" and caught.value.params["detail"] == "why_busy"
    assert store.get("a") == "1" and store.get("b") is None


def test_a_process_ending_while_the_keyring_loads_waits_for_it(tmp_path: Path) -> None:
    """`import` loads the keyring in a thread while the reader opens the sheet; a sheet refused
    at once ends the process while that thread may still be importing the backend's modules,
    which, cut off at the interpreter's shutdown, could abort the process instead of letting it
    exit with its one-line answer. The exit waits for it."""
    import subprocess
    import sys

    done = tmp_path / "loaded"
    script = ("import sys\n"
              "from operator_app.services.importing.import_file import load_secret_store_meanwhile\n"
              "load_secret_store_meanwhile()\n"
              "sys.exit(2)\n")
    env = {**os.environ, "PYTHON_KEYRING_BACKEND": "tests.slow_keyring.Keyring", "SLOW_KEYRING_DONE": str(done)}
    ended = subprocess.run([sys.executable, "-c", script], cwd=Path(__file__).resolve().parent.parent, env=env,
                           capture_output=True, text=True, timeout=60)
    assert ended.returncode == 2 and ended.stderr == ""
    assert done.read_text(encoding="utf-8") == "loaded"  # the load finished before the process ended
