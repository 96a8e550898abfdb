"""A second process that prepares part of a big book's plan while this one prepares the rest.

What `batch create` does per loan (its facts from the book, its reasons, its text) depends on no
other loan; only the choice among them (bulkplan.decide: one message per borrower, the caps) needs
the whole book. So the loans above a middle id are prepared by a helper process on the other core
while this process prepares those below, and a book's batch waits for about half of that work.

- The CLI starts the helper first thing in `batch create` (`start`), forked while that is safe
  (processes.small_and_alone) and while no database connection is open (none may cross a fork;
  a `--user` sign-in has opened and closed its own by then). The child loads the planning code
  while this process does the same. Where a fork is not safe (Windows, macOS, a process with
  threads such as the GUI) the batch is planned in one process: a spawned child would take
  longer to start than half a book takes to prepare.
- The job goes to the child only once `create_batch` holds the write lock: the child opens its
  own connection (read only) and reads exactly what this transaction reads, since no one can
  change the book until the batch is written.
- Its answer is plain tuples (bulkplan.PreparedRow) sent by marshal: a NamedTuple or a date would
  cost more to pickle and unpickle than preparing them again.
- A helper that fails, dies or does not answer in time is stopped, and this process prepares its
  part itself: the batch is the same either way (tests/test_plan_helper.py), only slower.
- SQLite only: a PostgreSQL book is planned in one process (the child would need the server's
  password in its job).
"""
from __future__ import annotations

import logging
import marshal
import multiprocessing
import pickle
import traceback
from collections.abc import Collection, Sequence
from dataclasses import dataclass
from datetime import date
from multiprocessing.connection import Connection
from typing import TYPE_CHECKING, Any

from operator_app.processes import main_module_hidden, quiet_stderr, small_and_alone

if TYPE_CHECKING:
    from sqlalchemy import Connection as SAConnection

log = logging.getLogger(__name__)

ANSWER_SECONDS = 120.0  # a helper silent that long is stopped, and its half prepared here


@dataclass(frozen=True)
class PlanJob:
    """What the helper prepares: `bulkplan.prepare` of the loans with ids above `after`."""

    url: str  # the SQLite database's SQLAlchemy URL
    day: date
    settings: Any  # messaging.settings_registry.Settings
    templates: dict[tuple[str, str], Any]
    stages: tuple[str, ...]
    template: str | None
    loan_ids: tuple[int, ...] | None  # only these (those above `after`), or every loan
    after: int


class PlanHelper:
    """One helper process, for one batch. `submit` a job, then take its `answer`; `close` (or
    leaving the `with` block) ends the child, used or not."""

    def __init__(self, *, fork: bool = False) -> None:
        self.forked = fork and small_and_alone()
        context: Any = multiprocessing.get_context("fork" if self.forked else "spawn")
        job_end, self._jobs = context.Pipe(duplex=False)
        self._answers, answer_end = context.Pipe(duplex=False)
        # A forked child starts with this process's ends too: it closes them first, or a parent
        # that died would leave it waiting forever on a pipe it holds open itself.
        ours = (self._jobs, self._answers) if self.forked else ()
        self._child = context.Process(target=_child_main, args=(job_end, answer_end, ours), daemon=True,
                                      name="operator-plan-helper")
        with main_module_hidden():
            self._child.start()
        job_end.close()
        answer_end.close()
        self._closed = False
        self._answered = False  # its answer taken: the child is on its way out

    def submit(self, job: PlanJob) -> bool:
        """Send the job; False when it cannot go (the child is gone already)."""
        try:
            self._jobs.send_bytes(pickle.dumps(job))
        except Exception:  # any failure here: this process prepares the part itself
            log.warning("the plan helper could not take its job", exc_info=True)
            return False
        return True

    def answer(self, timeout: float = ANSWER_SECONDS) -> list[Any] | None:
        """The prepared rows of the submitted job, or None: the helper failed, died or was too slow."""
        try:
            if not self._answers.poll(timeout):
                log.warning("the plan helper did not answer in %s s", timeout)
                return None
            data = self._answers.recv_bytes()
        except (EOFError, OSError):
            log.warning("the plan helper ended without an answer")
            return None
        if data[:1] != b"R":
            log.warning("the plan helper failed:\n%s", data[1:].decode("utf-8", "replace"))
            return None
        try:
            rows: list[Any] = marshal.loads(data[1:])
        except Exception:
            log.warning("the plan helper's answer could not be read", exc_info=True)
            return None
        self._answered = True
        return rows

    def close(self) -> None:
        """End the child: one that has answered is left a moment to leave; any other (unused,
        still working, or silent) is stopped at once, as it holds nothing but a read."""
        if self._closed:
            return
        try:
            self._jobs.close()  # an idle child reads the end of its jobs and leaves
            if self._answered:
                self._child.join(1)
        finally:
            if self._child.is_alive():
                self._child.terminate()
            self._child.join()
            self._answers.close()
            self._closed = True

    def __enter__(self) -> PlanHelper:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()


def start() -> PlanHelper | None:
    """The CLI's helper for `batch create`, forked before the database is opened; None where a
    fork is not safe (a spawned child would start too late to help)."""
    return PlanHelper(fork=True) if small_and_alone() else None


def prepare_book(conn: SAConnection, day: date, settings: Any, templates: dict[tuple[str, str], Any], *,
                 stages: Sequence[str], template: str | None, loan_ids: Collection[int] | None,
                 helper: PlanHelper | None) -> list[Any]:
    """`bulkplan.prepare` of the book's loans (or `loan_ids`) in loan id order, on `conn`'s
    transaction; a big SQLite book in two parts, the upper one by `helper` (closed here)."""
    from operator_app.messaging.bulkplan import prepare_loans

    def part(**ids: int) -> list[Any]:
        return prepare_loans(conn, day, settings, templates, stages=stages, template=template, loan_ids=loan_ids, **ids)

    if helper is None:
        return part()
    try:
        split = _middle_id(conn, loan_ids)
        if split is None:
            return part()
        upper = None if loan_ids is None else tuple(i for i in set(loan_ids) if i > split)
        url = conn.engine.url.render_as_string(hide_password=False)
        sent = helper.submit(PlanJob(url, day, settings, templates, tuple(stages), template, upper, split))
        mine = part(upto=split)
        theirs = helper.answer() if sent else None
    finally:
        helper.close()
    return mine + (part(after=split) if theirs is None else theirs)


HELPER_MIN_LOANS = 20_000  # a smaller book is planned in a fraction of a second: one process does it
# The helper's share of the loans: a little under half, as it also opens a connection and sends
# its rows back, which this process then reads.
HELPER_SHARE = 0.45


def _middle_id(conn: SAConnection, loan_ids: Collection[int] | None) -> int | None:
    """The last loan id this process prepares (the helper takes those above it); None for a book
    too small to split, or one the helper cannot open (not SQLite, or in memory)."""
    from sqlalchemy import func, select

    from operator_app.store.models import loan_table

    if conn.dialect.name != "sqlite" or conn.engine.url.database in (None, "", ":memory:"):
        return None
    if loan_ids is not None:
        ids = sorted(set(loan_ids))
        return ids[_mine(len(ids)) - 1] if len(ids) >= max(HELPER_MIN_LOANS, 2) else None
    n = conn.execute(select(func.count()).select_from(loan_table)).scalar_one()
    if n < max(HELPER_MIN_LOANS, 2):
        return None
    middle: int = conn.execute(select(loan_table.c.id).order_by(loan_table.c.id).offset(_mine(n) - 1).limit(1)).scalar_one()
    return middle


def _mine(n: int) -> int:
    """How many of `n` loans (n >= 2) this process prepares: at least one, and one left over."""
    return min(max(1, round(n * (1 - HELPER_SHARE))), n - 1)


def _child_main(jobs: Connection, answers: Connection, parents_ends: tuple[Connection, ...] = ()) -> None:
    import gc
    import signal

    for end in parents_ends:
        end.close()
    # Ctrl-C reaches the whole process group: the parent answers it (and stops this child); a
    # failure here goes back to the parent with its traceback, and nothing is written to the
    # clerk's terminal from this process.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    quiet_stderr()
    gc.disable()  # a book's worth of tuples and no cycles among them
    try:
        import operator_app.messaging.bulkplan  # noqa: F401  # loaded while the parent opens the database
    except Exception:  # prepare_part imports it again, and sends back why it fails
        pass
    try:
        data = jobs.recv_bytes()
    except (EOFError, OSError):
        return  # not needed: a small book, or another command
    try:
        answer = b"R" + marshal.dumps(prepare_part(pickle.loads(data)))
    except BaseException:
        answer = b"E" + traceback.format_exc().encode()
    try:
        answers.send_bytes(answer)
    except OSError:
        pass


def prepare_part(job: PlanJob) -> list[Any]:
    """`bulkplan.prepare` of the job's loans, read through a connection of its own."""
    from sqlalchemy import create_engine
    from sqlalchemy.pool import NullPool

    from operator_app.messaging.bulkplan import prepare_loans

    engine = create_engine(job.url, poolclass=NullPool)
    try:
        with engine.connect() as conn:
            conn.exec_driver_sql("PRAGMA query_only=ON")  # it reads; the parent writes
            conn.exec_driver_sql("PRAGMA busy_timeout=10000")
            return prepare_loans(conn, job.day, job.settings, job.templates, stages=job.stages, template=job.template,
                                 loan_ids=job.loan_ids, after=job.after)
    finally:
        engine.dispose()
