"""A big book's batch is prepared in two processes (services/planning/plan_helper.py): the batch
must be exactly the one a single process writes, whether the helper answers, fails or dies, and
the CLI forks its helper before any database is open."""

from __future__ import annotations

import os
import shutil
import signal
import sqlite3
import subprocess
import sys
from datetime import date, datetime, time
from pathlib import Path
from typing import Any

import pytest

from operator_app.services.demo import create_demo
from operator_app.services.office import settings as settings_service
from operator_app.services.planning import plan_helper
from operator_app.services.planning.batches import create_batch
from operator_app.services.planning.templates import ensure_defaults, latest
from operator_app.store.db import open_database
from tests.test_batches import SH

ROOT = Path(__file__).resolve().parent.parent
AS_OF = date(2026, 12, 1)
NOW = datetime.combine(AS_OF, time(10, 0), SH).isoformat()


@pytest.fixture(scope="module")
def book(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A demo office of 400 loans (every stage, opted-out and held borrowers, a landline, a
    number two borrowers share), some borrowers with wishes of their own."""
    path = tmp_path_factory.mktemp("helper") / "office.db"
    mp = pytest.MonkeyPatch()
    mp.setenv("OPERATOR_APP_NOW", NOW)
    try:
        create_demo(path, today=AS_OF, loans=400)
    finally:
        mp.undo()
    con = sqlite3.connect(path)
    with con:
        con.execute("UPDATE borrower SET contact_weekly_max = 1 WHERE id % 7 = 0")
        con.execute("UPDATE borrower SET contact_window_start = 1140, contact_window_end = 1260 WHERE id % 11 = 0")
        con.execute("UPDATE borrower SET contact_no_sms = 1 WHERE id % 13 = 0")
    con.close()
    return path


@pytest.fixture(autouse=True)
def _pinned(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("OPERATOR_APP_NOW", NOW)
    monkeypatch.setattr(plan_helper, "HELPER_MIN_LOANS", 2)  # every book is big enough here


def _copy(book: Path, folder: Path, name: str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / name
    shutil.copy(book, target)
    return target


def _contracts(path: Path) -> list[str]:
    """Every other loan's contract number."""
    con = sqlite3.connect(path)
    try:
        return [no for (no,) in con.execute("SELECT contract_no FROM loan WHERE id % 2 = 1 ORDER BY id")]
    finally:
        con.close()


def written(path: Path) -> tuple[list[Any], list[Any]]:
    """Every message and exclusion the batches wrote, every column."""
    con = sqlite3.connect(path)
    try:
        return (con.execute("SELECT * FROM message ORDER BY id").fetchall(),
                con.execute("SELECT * FROM batch_exclusion ORDER BY id").fetchall())
    finally:
        con.close()


def plan(path: Path, helper: plan_helper.PlanHelper | None, loan_ids: list[int] | None = None) -> None:
    db = open_database(path)
    try:
        create_batch(db, as_of=AS_OF, by="甲", helper=helper, loan_ids=loan_ids)
    finally:
        if helper is not None:
            helper.close()
        db.dispose()


class Recorded(plan_helper.PlanHelper):
    """A helper that remembers what it answered."""

    def __init__(self) -> None:
        super().__init__()
        self.answers: list[int | None] = []

    def answer(self, timeout: float = plan_helper.ANSWER_SECONDS) -> list[Any] | None:
        rows = super().answer(timeout)
        self.answers.append(None if rows is None else len(rows))
        return rows


@pytest.mark.parametrize("selection", [False, True], ids=["whole book", "a selection"])
def test_a_batch_prepared_with_a_helper_is_the_batch_prepared_alone(book: Path, tmp_path: Path,
                                                                    selection: bool) -> None:
    loan_ids = list(range(1, 401, 3)) if selection else None
    alone, helped = _copy(book, tmp_path / "a", "office.db"), _copy(book, tmp_path / "b", "office.db")
    plan(alone, None, loan_ids)
    helper = Recorded()  # spawned: a test process has threads
    plan(helped, helper, loan_ids)
    assert helper.answers and helper.answers[0], helper.answers  # the helper did prepare its part
    messages, excluded = written(alone)
    assert len(messages) > (30 if selection else 100) and excluded
    assert written(helped) == (messages, excluded)


def test_the_helper_opens_a_book_in_a_folder_with_a_chinese_name_and_spaces(book: Path, tmp_path: Path) -> None:
    """An office's folders are named in Chinese: the helper's connection URL must reach the same
    file (SQLAlchemy writes the path percent-encoded), or every batch would quietly plan alone."""
    alone, helped = _copy(book, tmp_path / "a", "office.db"), _copy(book, tmp_path / "台账 2026", "顺达 小贷.db")
    plan(alone, None)
    helper = Recorded()
    plan(helped, helper)
    assert helper.answers and helper.answers[0], helper.answers
    assert written(helped) == written(alone)


def test_a_helper_that_died_leaves_the_batch_as_it_would_be(book: Path, tmp_path: Path) -> None:
    alone, helped = _copy(book, tmp_path / "a", "office.db"), _copy(book, tmp_path / "b", "office.db")
    plan(alone, None)
    helper = Recorded()
    helper._child.kill()
    helper._child.join()
    plan(helped, helper)
    assert helper.answers in ([None], [])  # it could not take the job, or never answered it
    assert written(helped) == written(alone)


def test_a_helper_whose_job_fails_answers_nothing_and_says_why_in_the_log(book: Path,
                                                                        caplog: pytest.LogCaptureFixture) -> None:
    db = open_database(book)
    try:
        with db.engine.begin() as conn:
            ensure_defaults(conn)
            settings, templates = settings_service.load(conn), latest(conn)
    finally:
        db.dispose()
    with plan_helper.PlanHelper() as helper:
        assert helper.submit(plan_helper.PlanJob("sqlite:////nonexistent/folder/office.db", AS_OF, settings, templates,
                                                 ("M1",), None, None, 0))
        assert helper.answer(timeout=60) is None
    assert "the plan helper failed" in caplog.text and "OperationalError" in caplog.text


def test_an_unused_helper_is_stopped_at_once_when_closed() -> None:
    """A small book, or a command that fails before planning: the child is not waited for."""
    helper = plan_helper.PlanHelper()
    helper.close()
    assert helper._child.exitcode == -signal.SIGTERM
    helper.close()  # twice is harmless


@pytest.mark.parametrize("contracts", [False, True], ids=["whole book", "a list of contracts"])
def test_the_cli_forks_its_helper_before_it_opens_the_database(book: Path, tmp_path: Path, contracts: bool) -> None:
    """`batch create` as a whole process (no threads: the helper is forked), against the same
    command planning alone; both batches are the same, row for row."""
    script = (
        "import sys\n"
        f"sys.path.insert(0, {str(ROOT)!r})\n"
        "from operator_app.services.planning import plan_helper\n"
        "plan_helper.HELPER_MIN_LOANS = int(sys.argv[1])\n"
        "seen = []\n"
        "answer = plan_helper.PlanHelper.answer\n"
        "def recorded(self, *a, **k):\n"
        "    rows = answer(self, *a, **k)\n"
        "    seen.append((self.forked, None if rows is None else len(rows)))\n"
        "    return rows\n"
        "plan_helper.PlanHelper.answer = recorded\n"
        "from operator_app.__main__ import main\n"
        "code = main(['--lang', 'en', '--db', sys.argv[2], 'batch', 'create', '--by', '甲', *sys.argv[3:]])\n"
        "print('SEEN', seen)\n"
        "sys.exit(code)\n")
    env = {**os.environ, "OPERATOR_APP_NOW": NOW, "OPERATOR_APP_DATA": str(tmp_path / "data"),
           "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring"}
    outs = {}
    for name, minimum in (("helped", "2"), ("alone", str(10**9))):
        path = _copy(book, tmp_path / name, "office.db")
        chosen = [arg for no in _contracts(book) for arg in ("--contract", no)] if contracts else []
        done = subprocess.run([sys.executable, "-c", script, minimum, str(path), *chosen], capture_output=True,
                              text=True, env=env, timeout=300)
        assert done.returncode == 0, done.stderr
        outs[name] = (done.stdout, written(path))
    helped_out, alone_out = outs["helped"][0], outs["alone"][0]
    seen = helped_out.splitlines()[-1]
    assert seen.startswith("SEEN [(True, ") and not seen.startswith("SEEN [(True, None"), seen
    assert alone_out.splitlines()[-1] == "SEEN []"
    assert helped_out.splitlines()[:-1] == alone_out.splitlines()[:-1]  # what the clerk reads
    assert outs["helped"][1] == outs["alone"][1]
