"""The history, inbox and calls pages read a page at a time (services/paging.py and the three
*_view services; ui/paged_model.py), and what a write changed reaches exactly the pages that show
it (services/changes.py, ui/ops.py).

- Over an office of 100,000 loans, messages and replies, each page opens on one page of rows (one
  read of PAGE rows, never the whole list), in a time held against what the same run measures: the
  bare SQL read of that first page plus a page of records handed over by a worker and shown,
  times a generous ratio.
- The calls page's SQL is the call list (services/calls.call_list, the rule's home), walked page
  by page, no-response loans included; the inbox's contracts per page are inbox._contract_of's.
- A write through the GUI tells the OpChanges its service declares, and only the pages that show
  what it names are marked to read again."""

from __future__ import annotations

import time
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from statistics import median
from typing import Any

import pytest
from PySide6.QtCore import QSettings
from sqlalchemy import insert, select, update

from benchmarks.pages_100k import bare, build_office
from operator_app.services.book import calls as calls_service
from operator_app.services.book import calls_view
from operator_app.services.changes import OpChanges, declared
from operator_app.services.context import fill_demo
from operator_app.services.office.settings import current
from operator_app.services.planning.batches import create_batch
from operator_app.services.reports import history_view, inbox_view
from operator_app.services.reports.inbox import _contract_of, hold_contract
from operator_app.store.db import open_database
from operator_app.store.models import batch_table, borrower_table, inbound_table, loan_table, message_table
from operator_app.ui.changes import ChangeBus
from operator_app.ui.context import GuiContext
from operator_app.ui.main_window import MainWindow
from operator_app.ui.paged_model import PAGE
from operator_app.ui.pages.calls_page import CallsPage
from operator_app.ui.pages.history_page import HistoryPage
from operator_app.ui.pages.inbox_page import InboxPage
from operator_app.ui.records_model import RecordsModel
from operator_app.ui.state import UiState
from operator_app.ui.workers import Pools, Worker
from tests.gui_office import TODAY, office_window

# Its module fixture is made once: all its tests go to the same pytest-xdist worker.
pytestmark = pytest.mark.xdist_group("gui_lazy_pages")

ROWS = 100_000
RATIO = 20  # generous: a page is the bare read, then its rows made, handed over and shown


@pytest.fixture(scope="module")
def big_office(tmp_path_factory: pytest.TempPathFactory) -> str:
    url = f"sqlite:///{tmp_path_factory.mktemp('pages') / 'pages.db'}"
    build_office(url, ROWS)
    return url


def _handover(qtbot: Any, pools: Pools, records: list[Any], columns: Any) -> float:
    """A worker that reads nothing and answers a page of records, shown in a table model on the
    GUI thread: the part of a page's time that is not its query (median of five)."""
    model: RecordsModel[Any] = RecordsModel(columns)
    took = []
    for _ in range(5):
        worker = Worker(lambda _w: list(records))
        worker.signals.finished.connect(model.set_records)
        start = time.perf_counter()
        with qtbot.waitSignal(worker.signals.finished, timeout=10000):
            pools.start_read(worker)
        took.append(time.perf_counter() - start)
    assert model.rowCount() == len(records)
    return median(took)


def test_each_page_opens_on_one_page_of_a_100k_office(big_office: str, qtbot: Any, tmp_path: Path,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    db = open_database(big_office)
    pools = Pools()
    state = UiState(QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat))
    ctx = GuiContext(db=db, pools=pools, bus=ChangeBus(), state=state, pinned_day=TODAY)
    reads: dict[str, list[int]] = {"history": [], "inbox": [], "calls": []}
    for name, module in (("history", history_view), ("inbox", inbox_view), ("calls", calls_view)):
        def spy(*a: Any, name: str = name, original: Any = module.page, **k: Any) -> Any:
            reads[name].append(k["limit"])
            return original(*a, **k)
        monkeypatch.setattr(module, "page", spy)
    try:
        for name, page in (("history", HistoryPage(ctx=ctx)), ("inbox", InboxPage(ctx=ctx)),
                           ("calls", CallsPage(ctx=ctx))):
            qtbot.addWidget(page)
            with qtbot.waitSignal(page.loaded, timeout=60000):  # warm: the session's first read
                page.refresh()
            pools.wait()
            trip = _handover(qtbot, pools, list(page.model.records), page.model.columns)
            took = []
            for _ in range(5):
                start = time.perf_counter()
                with qtbot.waitSignal(page.loaded, timeout=60000):
                    page.refresh()
                took.append(time.perf_counter() - start)
                assert page.model.rowCount() == PAGE  # one page, not the office's 100,000
                pools.wait()  # the count that follows the first page
            assert reads[name] == [PAGE] * 6
            qtbot.waitUntil(lambda page=page: page.model.total is not None, timeout=60000)
            if name != "calls":  # every message and reply is listed; the calls are the few to phone
                assert page.model.total == ROWS
            assert page.model.total is not None and page.model.total > PAGE
            plain = bare(big_office, name, rounds=5)
            assert median(took) < RATIO * (plain + trip), (name, median(took), plain, trip)
    finally:
        pools.wait()
        db.dispose()


def test_the_calls_page_lists_nameless_calls_only_and_not_erased_borrowers_as_the_call_list_does(
        db_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The calls page (SQL) once left out a borrower who asked for calls only and a loan without
    a name (DESIGN.md: listed for a phone call), and listed an erased borrower as 'no usable
    mobile', while `calls` (calls.call_list, the rule's home) did the opposite."""
    from tests.conftest import run_cli
    from tests.sheets import loan_book

    monkeypatch.setenv("OPERATOR_APP_NOW", datetime.combine(TODAY, datetime.min.time(), UTC).isoformat())
    d = lambda n: TODAY - timedelta(days=n)  # noqa: E731 - days past due
    book = loan_book(tmp_path / "book.xlsx", [
        ["C1", "张三", "13800138000", None, 1000, d(22), 1000, 0, ""],  # asks for calls only
        ["C2", None, "13900139000", None, 2000, d(40), 2000, 0, ""],  # no name
        ["C3", "王五", "13700137000", None, 3000, d(70), 3000, 0, ""],  # erased
        ["C4", "赵六", "010-62345678", None, 500, d(5), 500, 0, ""],  # landline
        ["C5", "孙七", "13600136000", None, 800, d(5), 800, 0, ""],  # nothing to call about
    ], totals=False)
    assert run_cli("--db", db_url, "import", str(book)).code == 0
    assert run_cli("--db", db_url, "borrower", "prefs", "C1", "--no-sms", "--by", "小王").code == 0
    assert run_cli("--db", db_url, "privacy", "erase", "C3", "--reason", "本人要求", "--by", "管理员").code == 0
    db = open_database(db_url)
    try:
        whole = calls_service.call_list(db, TODAY)
        assert {r.contract_no: r.reason for r in whole} == {
            "C1": "borrower_no_sms", "C2": "missing_name", "C4": "invalid_phone"}
        assert calls_view.page(db, TODAY) == whole
        assert calls_view.count(db, TODAY) == 3
    finally:
        db.dispose()
    listed = run_cli("--db", db_url, "--lang", "zh_CN", "calls")
    assert "C2\t-\t13900139000\t¥2,000.00\t40\t缺少姓名" in listed.out


def test_the_pages_are_the_whole_lists_page_by_page(db_url: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("OPERATOR_APP_NOW", datetime.combine(TODAY, datetime.min.time(), UTC).isoformat())
    fill_demo(db_url, today=TODAY, loans=300)
    db = open_database(db_url)
    threshold = int(current(db).get("calls.no_response_after"))
    try:
        with db.engine.begin() as conn:
            owing = conn.execute(select(loan_table.c.id, loan_table.c.borrower_id, loan_table.c.owed_since,
                                        borrower_table.c.phone)
                                 .join(borrower_table, borrower_table.c.id == loan_table.c.borrower_id)
                                 .where(loan_table.c.owed_fen > 0, loan_table.c.owed_since < TODAY,
                                        borrower_table.c.phone.is_not(None), borrower_table.c.hold_until.is_(None),
                                        borrower_table.c.opted_out_at.is_(None))
                                 .order_by(loan_table.c.id).limit(12)).all()
            assert len(owing) == 12
            batch = conn.execute(insert(batch_table).values(as_of=TODAY, status="done", created_by="测试")
                                 .returning(batch_table.c.id)).scalar_one()
            for n, loan in enumerate(owing):
                # 0-5: enough sent since it fell overdue (8, 9 answered after); 10, 11: sent before it
                start = datetime.combine(loan.owed_since, datetime.min.time(), UTC) + timedelta(hours=12)
                if n >= 10:
                    start -= timedelta(days=400)
                for k in range(threshold if n != 6 else threshold - 1):  # 6: one message short
                    conn.execute(insert(message_table).values(
                        batch_id=batch, loan_id=loan.id, borrower_id=loan.borrower_id, to=loan.phone, body=f"催收 {k}",
                        segments=1, encoding="ucs2", locale="zh_CN", stage="M1", status="delivered" if k else "sent",
                        idempotency_key=f"t:{loan.id}:{k}", planned_at=start, sent_at=start + timedelta(hours=k)))
                if n in (5, 7):  # held, for a dispute (7) or a wrong number (5): a person calls first
                    conn.execute(update(borrower_table).where(borrower_table.c.id == loan.borrower_id)
                                 .values(hold_until=TODAY + timedelta(days=30), hold_reason="投诉"))
                if n == 5:
                    conn.execute(insert(inbound_table).values(sender=loan.phone, text="打错了", action="wrong_number",
                                                              borrower_id=loan.borrower_id, received_at=start))
                if n in (8, 9):
                    conn.execute(insert(inbound_table).values(sender=loan.phone, text="明天还", borrower_id=loan.borrower_id,
                                                              received_at=start + timedelta(days=1)))
        whole = calls_service.call_list(db, TODAY)
        reasons = {r.reason for r in whole}
        assert {"no_response", "on_hold", "wrong_number", "invalid_phone", "opted_out_overdue"} <= reasons
        listed = {r.contract_no for r in whole if r.reason == "no_response"}
        assert len(listed) >= 5  # those answered, one message short or sent before are not
        for order, descending in (("priority", False), ("owed", True), ("days_past_due", False), ("contract_no", True)):
            walked: list[calls_service.CallRow] = []
            while True:
                after = calls_view.cursor_of(walked[-1], order, TODAY) if walked else None
                got = calls_view.page(db, TODAY, order=order, descending=descending, after=after, limit=7)
                walked += got
                if len(got) < 7:
                    break
            assert sorted(walked, key=calls_service.call_order) == whole
            if order == "priority":
                assert walked == whole  # calls.call_order itself
        assert calls_view.count(db, TODAY) == len(whole)
        held = next(r for r in whole if r.reason == "on_hold")
        assert calls_view.page(db, TODAY, search=held.contract_no) == [held]

        walked_ids: list[int] = []
        while True:
            page = history_view.page(db, history_view.HistoryFilter(), after=(walked_ids[-1],) if walked_ids else None,
                                     limit=5)
            walked_ids += [m.id for m in page]
            if len(page) < 5:
                break
        with db.engine.connect() as conn:
            every = list(conn.execute(select(message_table.c.id).order_by(message_table.c.id.desc())).scalars())
            assert walked_ids == every and history_view.count(db, history_view.HistoryFilter()) == len(every)
            shown = inbox_view.page(db, limit=1000)
            assert len(shown) >= 2
            for r in shown:
                borrower = conn.execute(select(inbound_table.c.borrower_id).where(inbound_table.c.id == r.id)).scalar()
                assert r.contract_no == _contract_of(conn, borrower)
    finally:
        db.dispose()


@pytest.fixture
def win(qtbot: Any, db_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[MainWindow]:
    yield from office_window(qtbot, db_url, tmp_path, monkeypatch, loans=200)


LISTENS = {  # what each page shows, in OpChanges' words (each page's _on_bus_changed)
    "history": lambda c: c.messages or c.batches,
    "inbox": lambda c: c.inbox or c.loans or c.messages,
    "calls": lambda c: c.loans or c.messages or c.settings or c.inbox,
    "batches": lambda c: c.batches,
}


def test_a_write_through_the_gui_refreshes_the_pages_its_changes_name(win: MainWindow, qtbot: Any,
                                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    pages = {"history": win.history, "inbox": win.inbox, "calls": win.calls, "batches": win.batches}
    marked: list[str] = []
    for name, page in pages.items():
        monkeypatch.setattr(page, "mark_stale", lambda name=name: marked.append(name))
    told: list[OpChanges] = []
    win.ctx.bus.changed.connect(told.append)
    templates_marked: list[bool] = []
    monkeypatch.setattr(win.templates, "mark_stale", lambda: templates_marked.append(True))

    # a batch made on the queue page: its service says batches and messages
    win.show_page("queue")
    with qtbot.waitSignal(win.queue.batch_created, timeout=30000):
        win.queue.batch_button.click()
    qtbot.waitUntil(lambda: len(told) == 1, timeout=10000)
    assert told == [declared(create_batch)] == [OpChanges(batches=True, messages=True)]
    assert sorted(marked) == sorted(n for n, wants in LISTENS.items() if wants(told[0]))
    assert "inbox" in marked and not templates_marked  # the inbox shows the loan last written about

    # a hold from the inbox page: the borrower and the messages withdrawn, not the batches page
    with win.ctx.db.engine.begin() as conn:
        loan = conn.execute(select(loan_table.c.borrower_id, borrower_table.c.phone)
                            .join(borrower_table, borrower_table.c.id == loan_table.c.borrower_id)
                            .where(borrower_table.c.phone.is_not(None)).limit(1)).one()
        conn.execute(insert(inbound_table).values(sender=loan.phone, text="我有异议", borrower_id=loan.borrower_id,
                                                  received_at=datetime.now(UTC)))
    marked.clear()
    told.clear()
    win.show_page("inbox")
    inbox = win.inbox
    inbox.refresh()  # shown: its own first read (mark_stale is watched here)
    qtbot.waitUntil(lambda: inbox.model.rowCount() == 1, timeout=10000)
    inbox.table.selectRow(0)
    inbox.hold(reason="客户来电投诉")
    qtbot.waitUntil(lambda: "is on hold" in inbox.status_label.text(), timeout=10000)
    qtbot.waitUntil(lambda: len(told) == 1, timeout=10000)
    assert told == [declared(hold_contract)] == [OpChanges(loans=True, messages=True)]
    assert sorted(marked) == sorted(n for n, wants in LISTENS.items() if wants(told[0]))
    assert "batches" not in marked and not templates_marked


def test_changes_that_name_nothing_are_not_told() -> None:
    bus = ChangeBus()
    heard: list[OpChanges] = []
    bus.changed.connect(heard.append)
    bus.tell(OpChanges())
    bus.tell(OpChanges(inbox=True) | OpChanges(loans=True))
    assert heard == [OpChanges(loans=True, inbox=True)] and heard[0].names == ("loans", "inbox")


def test_a_write_says_what_it_changed_even_when_it_stops_half_way() -> None:
    from operator_app.services.changes import changed, writes

    @writes(OpChanges(messages=True), as_it_goes=True)
    def send(stop: bool) -> int:
        if stop:
            raise RuntimeError("the modem went away")
        return 3

    @writes(lambda read: OpChanges(inbox=True) if read else OpChanges())
    def sync(read: int) -> int:
        return read

    def undeclared() -> None:
        raise AssertionError("never run: it does not say what it changes")

    assert changed(send, False).value == 3 and changed(send, False).changes == OpChanges(messages=True)
    with pytest.raises(RuntimeError) as stopped:
        changed(send, True)
    assert stopped.value.changes == OpChanges(messages=True)  # type: ignore[attr-defined]
    assert changed(sync, 0).changes == OpChanges() and changed(sync, 2).changes == OpChanges(inbox=True)
    with pytest.raises(LookupError):
        changed(undeclared)
