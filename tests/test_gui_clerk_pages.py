"""Pages a clerk can use at once (issue 21, items 8 and 9), offscreen on SQLite and PostgreSQL:
the queue opens on what needs action with its reason column in view at 1280 px, the batches page
shows a chosen message's whole text, the call list shows what is owed, how long and who is held,
in priority order, empty dashboard panels link to the next step, a first write asks who acts, and
the sending, history and inbox pages mask mobiles (found by the whole number all the same)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QModelIndex, Qt
from sqlalchemy import insert, select

from operator_app.domain.money import format_fen
from operator_app.domain.phones import shown_phone
from operator_app.services.book.calls import call_order
from operator_app.services.sending.send_states import batch_states
from operator_app.store.models import borrower_table, import_run_table, inbound_table, loan_table
from operator_app.ui.loans_model import COL_EXCLUDED, PAGE
from operator_app.ui.main_window import MainWindow
from operator_app.ui.paged_model import PAGE as HISTORY_PAGE
from operator_app.ui.records_model import RowRole
from operator_app.ui.send_states_model import COL_TO, SendStatesModel
from operator_app.ui.state import OPERATOR_NAME
from tests.gui_office import office_window
from tests.sheets import loan_book, standard_rows

LOANS = 400


@pytest.fixture
def win(qtbot: Any, db_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[MainWindow]:
    yield from office_window(qtbot, db_url, tmp_path, monkeypatch, loans=LOANS)


def _make_batch(win: MainWindow, qtbot: Any) -> Any:
    win.show_page("queue")
    with qtbot.waitSignal(win.queue.batch_created, timeout=30000) as made:
        win.queue.batch_button.click()
    view = made.args[0]
    qtbot.waitUntil(lambda: win.batches.view is not None and win.batches.view.id == view.id, timeout=10000)
    return view


def test_the_queue_opens_on_what_needs_action_most_overdue_first(win: MainWindow, qtbot: Any) -> None:
    win.resize(1280, 800)
    win.show_page("queue")
    page, model = win.queue, win.model
    assert page.needs_action.isChecked()
    qtbot.waitUntil(lambda: model.rowCount() > 0 and not model._loading and page.total_label.text() != "", timeout=10000)
    rows = [model.row_at(i) for i in range(model.rowCount())]
    assert all(r.outstanding_fen > 0 and r.days_past_due >= -3 for r in rows)  # overdue, due, or due within D-3
    dpd = [r.days_past_due for r in rows]
    assert dpd == sorted(dpd, reverse=True) and dpd[0] > 90
    shown = int("".join(ch for ch in page.total_label.text() if ch.isdigit()))
    assert 0 < shown < LOANS
    # the reason a loan gets no SMS is in view at 1280 px, not scrolled off to the right
    qtbot.waitUntil(lambda: page.table.viewport().width() > 0, timeout=5000)
    left = page.table.horizontalHeader().sectionViewportPosition(COL_EXCLUDED)
    assert left + 120 <= page.table.viewport().width()
    excluded = next(i for i, r in enumerate(rows) if r.exclusions)
    assert model.index(excluded, COL_EXCLUDED).data()
    # the clerk can still show every loan
    page.needs_action.setChecked(False)
    qtbot.waitUntil(lambda: str(LOANS) in page.total_label.text(), timeout=10000)
    page.needs_action.setChecked(True)
    qtbot.waitUntil(lambda: page.total_label.text().startswith(str(shown)), timeout=10000)
    page.clear_filters()  # every loan, as after a click on a dashboard figure
    assert not page.needs_action.isChecked()
    qtbot.waitUntil(lambda: model.rowCount() == PAGE and str(LOANS) in page.total_label.text(), timeout=10000)


def test_the_batches_page_shows_a_message_s_whole_text(win: MainWindow, qtbot: Any) -> None:
    view = _make_batch(win, qtbot)
    page = win.batches
    assert page.message_detail.toPlainText() == ""  # nothing chosen yet: the placeholder says what to do
    page.message_view.selectRow(2)
    message = page.message_view.selectionModel().selectedRows()[0].data(RowRole)
    assert message == view.messages[2]
    detail = page.message_detail.toPlainText()
    assert message.text in detail and len(message.text) > 60  # whole, where the table's cell is cut
    assert shown_phone(message.to) in detail and message.to not in detail


def test_the_call_list_shows_owed_days_and_held_borrowers_by_priority(win: MainWindow, qtbot: Any) -> None:
    win.show_page("calls")
    page = win.calls
    qtbot.waitUntil(lambda: page.model.rowCount() > 0, timeout=10000)
    records = list(page.model.records)
    assert records == sorted(records, key=call_order)
    held = [r for r in records if r.reason == "on_hold"]
    assert held and all(r.priority == 1 for r in held) and records[0].reason == "on_hold"
    assert {r.priority for r in records} >= {1, 3}
    headers = [page.model.headerData(c, Qt.Orientation.Horizontal)
               for c in range(page.model.columnCount())]
    assert headers[:1] == ["Priority"] and "Owed" in headers and "Days overdue" in headers
    first = [page.model.index(0, c).data() for c in range(page.model.columnCount())]
    assert format_fen(records[0].outstanding_fen) in first and str(records[0].days_past_due) in first
    # a click on a header sorts by the number, not its text (in the database)
    with qtbot.waitSignal(page.model.page_loaded, timeout=10000):
        page.table.sortByColumn(headers.index("Owed"), Qt.SortOrder.DescendingOrder)
    assert page.model.order == ("owed", True) and page.model.rowCount() == len(records)
    owed = [page.model.index(i, 0).data(RowRole).outstanding_fen for i in range(page.model.rowCount())]
    assert owed == sorted(owed, reverse=True) and owed != [r.outstanding_fen for r in records]


def test_empty_dashboard_panels_link_to_the_next_step(win: MainWindow, qtbot: Any) -> None:
    win.show_page("dashboard")
    sending = win.dashboard.sending
    qtbot.waitUntil(lambda: win.dashboard.activity is not None, timeout=10000)
    assert sending.stack.currentWidget() is sending.empty_box  # the demo office has sent nothing yet
    assert 'href="queue"' in sending.empty.text() and 'href="sending"' in sending.empty.text()
    assert 'href="queue"' in win.dashboard.effect.empty.text()
    sending.empty.linkActivated.emit("batches")
    assert win.current_page() == "batches"
    win.show_page("dashboard")
    assert sending.next_button.isVisible()
    sending.next_button.click()
    assert win.current_page() == "queue"


def test_a_first_write_asks_who_acts_and_the_status_bar_shows_the_name(win: MainWindow, qtbot: Any, tmp_path: Path,
                                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    win.ctx.state.set(OPERATOR_NAME, "")
    asked: list[str] = []
    answer = ("", False)

    def get_text(*_a: Any, **_k: Any) -> tuple[str, bool]:
        asked.append("who")
        return answer

    monkeypatch.setattr("operator_app.ui.dialogs.QInputDialog.getText", get_text)
    sheet = loan_book(tmp_path / "book.xlsx", standard_rows())
    assert win.start_import(sheet) is None and asked == ["who"]  # no name: nothing written
    answer = (" 小 王 ", True)
    with qtbot.waitSignal(win.import_page.import_finished, timeout=20000):
        assert win.start_import(sheet) is not None
    assert win.ctx.operator == "小 王" and win.operator.text() == "小 王"
    with win.ctx.db.engine.connect() as conn:
        actors = set(conn.execute(select(import_run_table.c.imported_by)).scalars())
    assert "小 王" in actors
    win.import_page.start_import(sheet)  # remembered: not asked again
    assert asked == ["who", "who"]
    win.ctx.pools.wait()


def test_sending_history_and_inbox_mask_mobiles_and_find_the_whole_number(win: MainWindow, qtbot: Any) -> None:
    view = _make_batch(win, qtbot)
    m = max(view.messages, key=lambda message: message.id)  # on the history's first page: the newest first
    masked = shown_phone(m.to)
    assert "****" in masked
    live = SendStatesModel()
    live.update(batch_states(win.ctx.db, view.id))
    first = next(i for i in range(live.rowCount()) if live.index(i, 0).data(RowRole).id == m.id)
    assert live.index(first, COL_TO).data() == masked
    win.show_page("history")
    history = win.history
    qtbot.waitUntil(lambda: history.model.rowCount() >= min(len(view.messages), HISTORY_PAGE), timeout=10000)
    shown = {history.model.index(i, 3).data() for i in range(history.model.rowCount())}
    assert masked in shown and not any(str(s).startswith("+86") for s in shown)
    history.search.setText(m.to[3:])  # the whole number typed finds its masked row, searched in the database
    qtbot.waitUntil(lambda: history.model.rowCount() >= 1 and all(
        history.model.records[i].to == m.to for i in range(history.model.rowCount())), timeout=10000)
    assert all(history.model.index(i, 3).data() == masked for i in range(history.model.rowCount()))

    with win.ctx.db.engine.begin() as conn:
        borrower = conn.execute(select(loan_table.c.borrower_id).where(loan_table.c.contract_no == m.contract_no)).scalar()
        phone = conn.execute(select(borrower_table.c.phone).where(borrower_table.c.id == borrower)).scalar_one()
        conn.execute(insert(inbound_table).values(sender=phone, text="明天还", borrower_id=borrower,
                                                  received_at=datetime.now(UTC)))
    win.show_page("inbox")
    inbox = win.inbox
    qtbot.waitUntil(lambda: inbox.model.rowCount() > 0 and any(
        inbox.model.records[i].sender == phone for i in range(inbox.model.rowCount())), timeout=10000)
    senders = [inbox.model.index(i, 1).data() for i in range(inbox.model.rowCount())]
    assert shown_phone(phone) in senders and phone not in senders
    inbox.search.setText(phone[3:])
    qtbot.waitUntil(lambda: inbox.model.rowCount() >= 1 and all(
        inbox.model.records[i].sender == phone for i in range(inbox.model.rowCount())), timeout=10000)
    assert inbox.model.index(0, 1, QModelIndex()).data() == shown_phone(phone)
