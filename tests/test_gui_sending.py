"""The Sending, History and Inbox pages offscreen, on SQLite and PostgreSQL: an approved demo
batch goes to the in-process virtual modem from the Sending page and shows sent or delivered in
History; a 退订 reply on the virtual modem's SIM shows in the Inbox after sync and its borrower
is opted out; the operator's own actions (hold, release) on a reply's borrower."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select, update

from operator_app.services.planning import batches as batch_service
from operator_app.services.reports.messages import list_messages
from operator_app.sms.modem.emulator import VirtualModem
from operator_app.store.models import borrower_table, message_table
from operator_app.ui.main_window import MainWindow
from tests.gui_office import TODAY, office_window


@pytest.fixture
def win(qtbot: Any, db_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[MainWindow]:
    yield from office_window(qtbot, db_url, tmp_path, monkeypatch, loans=120)


@pytest.fixture
def modem() -> Iterator[VirtualModem]:
    vm = VirtualModem()
    vm.serve_tcp()
    yield vm
    vm.stop()


def _approved_batch(win: MainWindow) -> int:
    db = win.ctx.db
    view = batch_service.create_batch(db, as_of=TODAY, by="王制单")
    batch_service.approve_batch(db, view.id, by="李复核", confirm_stale=True)
    assert view.messages
    return view.id


def test_send_an_approved_batch_from_the_sending_page_and_see_it_in_history(win: MainWindow, qtbot: Any) -> None:
    batch_id = _approved_batch(win)
    page = win.sending
    win.show_page("sending")
    qtbot.waitUntil(lambda: page.batch.findData(batch_id) >= 0, timeout=10000)
    page.batch.setCurrentIndex(page.batch.findData(batch_id))
    page.spec.setText("emulator:")
    assert page.start_button.isEnabled() and not page.stop_button.isEnabled()
    with qtbot.waitSignal(page.send_finished, timeout=120000) as finished:
        page.start_button.click()
        assert page.stop_button.isEnabled() and not page.start_button.isEnabled()
    summary = finished.args[0]
    went = summary.counts.get("sent", 0) + summary.counts.get("delivered", 0)
    assert summary.sent_now == went > 0 and not summary.stopped
    assert f"Sent now: {went}." in page.summary.text()
    assert page.progress.value() == page.progress.maximum()
    # History lists every message of the batch, each sent or delivered, in words
    history = win.history
    win.show_page("history")
    qtbot.waitUntil(lambda: history.model.rowCount() >= went, timeout=10000)
    statuses = {history.model.records[i].status for i in range(history.model.rowCount())}
    assert statuses <= {"sent", "delivered", "cancelled", "queued"} and statuses & {"sent", "delivered"}
    history.status.setCurrentIndex(history.status.findData("failed"))
    qtbot.waitUntil(lambda: history.model.rowCount() == 0, timeout=10000)
    history.status.setCurrentIndex(0)
    qtbot.waitUntil(lambda: history.model.rowCount() >= went, timeout=10000)
    ids = [int(history.model.index(r, 0).data()) for r in range(history.model.rowCount())]
    assert ids == sorted(ids, reverse=True)  # newest first, numbers sorted as numbers
    contract = history.model.records[0].contract_no
    history.search.setText(contract)  # searched in the database
    qtbot.waitUntil(lambda: 1 <= history.model.rowCount() < went, timeout=10000)
    assert all(history.model.index(r, 2).data() == contract for r in range(history.model.rowCount()))


def test_a_td_reply_shows_in_the_inbox_after_sync_and_opts_the_borrower_out(
        win: MainWindow, qtbot: Any, modem: VirtualModem) -> None:
    batch_id = _approved_batch(win)
    message = list_messages(win.ctx.db, batch=batch_id)[0]
    modem.inject(message.to, "退订")
    page = win.inbox
    win.show_page("inbox")
    qtbot.waitUntil(lambda: page.loaded is not None and page.sync_button.isEnabled(), timeout=5000)
    page.spec.setText(f"modem:{modem.url}")
    with qtbot.waitSignal(page.synced, timeout=30000) as synced:
        page.sync_button.click()
    assert synced.args[0].read == 1 and synced.args[0].opted_out == 1
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=10000)
    row = page.model.records[0]
    assert row.action == "opt_out" and row.contract_no is not None and row.borrower
    assert page.model.index(0, 4).data() == "opted out"
    assert modem.state.storage == {}  # stored and committed, then deleted from the SIM
    with win.ctx.db.engine.connect() as conn:
        opted = conn.execute(select(borrower_table.c.opted_out_at).where(borrower_table.c.phone == message.to)).all()
    assert opted and all(o.opted_out_at is not None for o in opted)
    # the operator puts the reply's borrower on hold, then releases them
    page.table.selectRow(0)
    assert page.hold_button.isEnabled() and page.release_button.isEnabled()
    page.hold(reason="客户来电投诉")
    qtbot.waitUntil(lambda: "is on hold" in page.status_label.text(), timeout=10000)
    with win.ctx.db.engine.connect() as conn:
        held = conn.execute(select(borrower_table.c.hold_until).where(borrower_table.c.phone == message.to)).all()
    assert held and all(h.hold_until is not None for h in held)
    page.table.selectRow(0)
    page.release()
    qtbot.waitUntil(lambda: "is released" in page.status_label.text(), timeout=10000)
    with win.ctx.db.engine.connect() as conn:
        held = conn.execute(select(borrower_table.c.hold_until).where(borrower_table.c.phone == message.to)).all()
    assert all(h.hold_until is None for h in held)


def test_a_message_cut_mid_send_is_listed_in_doubt_and_the_operator_resolves_it(win: MainWindow, qtbot: Any) -> None:
    batch_id = _approved_batch(win)
    cut = list_messages(win.ctx.db, batch=batch_id)[0]
    with win.ctx.db.engine.begin() as conn:  # what a power cut mid-send leaves behind
        conn.execute(update(message_table).where(message_table.c.id == cut.id).values(status="sending"))
    page = win.sending
    win.show_page("sending")
    qtbot.waitUntil(lambda: page.batch.findData(batch_id) >= 0, timeout=10000)
    page.batch.setCurrentIndex(page.batch.findData(batch_id))
    page.spec.setText("emulator:")
    with qtbot.waitSignal(page.send_finished, timeout=120000) as finished:
        page.start_button.click()
    assert finished.args[0].counts.get("unknown") == 1 and finished.args[0].recovered == 1
    assert "1 in doubt" in page.summary.text()
    qtbot.waitUntil(lambda: page.doubt.unknown.rowCount() == 1, timeout=10000)
    assert page.doubt.unknown.records[0].id == cut.id and not page.doubt.sent_button.isEnabled()
    page.doubt.unknown_view.selectRow(0)
    assert page.doubt.sent_button.isEnabled() and page.doubt.resend_button.isEnabled()
    page.doubt.sent_button.click()
    qtbot.waitUntil(lambda: page.doubt.unknown.rowCount() == 0, timeout=10000)
    assert {m.id: m.status for m in list_messages(win.ctx.db, batch=batch_id)}[cut.id] == "sent"


def test_the_summary_says_which_messages_expire_instead_of_waiting_until_tomorrow(win: MainWindow) -> None:
    from datetime import UTC, datetime, time
    from zoneinfo import ZoneInfo

    from operator_app.services.sending.send_summary import SendSummary, Waits

    ends = datetime.combine(TODAY, time(21), ZoneInfo("Asia/Shanghai")).astimezone(UTC)
    summary = SendSummary(1, "sending", {"sent": 3, "queued": 2, "cancelled": 4}, 3,
                          [Waits("expires", ends, 2)], cancelled={"expired": 4})
    text = win.sending.summary_text(summary)
    assert "2 message(s) cannot go before their day's sending hours end at" in text
    assert f"{TODAY.isoformat()} 21:00" in text and "wait (" not in text
    assert "4 cancelled: not sent on its day (the text was true for that day only)" in text
    win.sending.summary.setText(text)
    win.show_page("sending")
    win.grab().save(str(Path("/tmp") / "dayvalid_sending.png"))
