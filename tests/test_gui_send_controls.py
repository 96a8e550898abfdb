"""The Sending page's controls and the Inbox's sync against the app's own virtual modem (as
`--demo` runs it: one VirtualModem in this process, the window handed a Modem on it), on SQLite
and PostgreSQL: Pause stops between messages and Resume finishes the batch with every part on
the SIM exactly once; Stop ends the session; the live table follows the outbox, waits shown with
their time and errors in words; a test send reaches the operator's phone and is no borrower's
message; a 退订 injected on the modem opts the borrower out and the queue shows it."""

from __future__ import annotations

import json
import time
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import func, select, update

from operator_app.services import clock
from operator_app.services.planning import batches as batch_service
from operator_app.services.reports.messages import list_messages
from operator_app.sms.modem.driver import Modem
from operator_app.sms.modem.emulator import VirtualModem
from operator_app.store.models import message_table
from operator_app.ui.main_window import MainWindow
from operator_app.ui.send_states_model import COL_DETAIL, COL_STATE
from operator_app.ui.state import TEST_PHONE
from tests.gui_office import TODAY, office_window

GONE = {"sent", "delivered"}


@pytest.fixture
def modem() -> Iterator[VirtualModem]:
    vm = VirtualModem()
    vm.serve_tcp()
    yield vm
    vm.stop()


@pytest.fixture
def win(qtbot: Any, db_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        modem: VirtualModem) -> Iterator[MainWindow]:
    app_modem = Modem(modem.url)
    yield from office_window(qtbot, db_url, tmp_path, monkeypatch, loans=120, modem=app_modem)
    app_modem.close()


def _approved_batch(win: MainWindow) -> int:
    db = win.ctx.db
    view = batch_service.create_batch(db, as_of=TODAY, by="王制单")
    batch_service.approve_batch(db, view.id, by="李复核", confirm_stale=True)
    assert view.messages
    return view.id


def _statuses(win: MainWindow, batch_id: int) -> dict[int, str]:
    return {m.id: m.status for m in list_messages(win.ctx.db, batch=batch_id)}


def _open(win: MainWindow, qtbot: Any, batch_id: int) -> Any:
    page = win.sending
    win.show_page("sending")
    qtbot.waitUntil(lambda: page.batch.findData(batch_id) >= 0, timeout=10000)
    page.batch.setCurrentIndex(page.batch.findData(batch_id))
    qtbot.waitUntil(lambda: page.live.rowCount() > 0, timeout=10000)
    return page


def test_pause_stops_between_messages_and_resume_sends_the_rest_exactly_once(
        win: MainWindow, qtbot: Any, modem: VirtualModem) -> None:
    batch_id = _approved_batch(win)
    messages = list_messages(win.ctx.db, batch=batch_id)
    page = _open(win, qtbot, batch_id)
    assert page.spec.text() == f"modem:{modem.url}"  # the app's own modem is offered
    assert page.live.rowCount() == len(messages)
    assert {page.live.index(r, COL_STATE).data() for r in range(page.live.rowCount())} == {"queued"}
    page.spec.setText(f"modem:{modem.url}?gap=0.05")  # slow enough to pause in the middle
    refreshed: list[float] = []
    page.live_refreshed.connect(lambda: refreshed.append(time.monotonic()))
    began = time.monotonic()
    page.start_button.click()
    assert page.pause_button.isEnabled() and page.stop_button.isEnabled() and not page.batch.isEnabled()
    qtbot.waitUntil(lambda: len(modem.sent) >= 5, timeout=60000)
    with qtbot.waitSignal(page.send_finished, timeout=60000) as paused:
        page.pause_button.click()
        assert not page.pause_button.isEnabled()
    first = paused.args[0]
    assert first.stopped and page.phase == "paused"
    assert page.resume_button.isVisible() and page.resume_button.isEnabled() and not page.start_button.isVisible()
    assert not page.batch.isEnabled() and not page.spec.isEnabled()  # the page stays ready to resume
    after_pause = _statuses(win, batch_id)
    assert "sending" not in after_pause.values()  # nothing was cut mid-send
    went = [i for i, s in after_pause.items() if s in GONE]
    assert 1 <= len(went) < len(messages) and "queued" in after_pause.values()
    parts_so_far = sum(m.segments for m in messages if m.id in went)
    assert len(modem.sent) == parts_so_far
    # the live table was re-read while sending (throttled, not once per message) and now shows the DB
    assert 2 <= len(refreshed) <= (time.monotonic() - began) / 1.0 + 3
    qtbot.waitUntil(lambda: {m.id: m.state for m in page.live.records} == after_pause, timeout=10000)
    assert "Stopped by you." in page.summary.text()

    with qtbot.waitSignal(page.send_finished, timeout=120000) as resumed:
        page.resume_button.click()
        assert page.phase == "running" and page.pause_button.isEnabled()
    assert not resumed.args[0].stopped and page.phase == "idle"
    final = _statuses(win, batch_id)
    assert set(final.values()) <= GONE
    assert len(modem.sent) == sum(m.segments for m in messages)  # every part on the SIM once
    assert page.progress.value() == page.progress.maximum()
    assert page.start_button.isVisible() and page.start_button.isEnabled() and not page.resume_button.isVisible()
    qtbot.waitUntil(lambda: {m.id: m.state for m in page.live.records} == final, timeout=10000)
    words = {page.live.index(r, COL_STATE).data() for r in range(page.live.rowCount())}
    assert words <= {"sent", "delivered"}


def test_stop_ends_the_session_between_messages(win: MainWindow, qtbot: Any, modem: VirtualModem) -> None:
    batch_id = _approved_batch(win)
    page = _open(win, qtbot, batch_id)
    page.spec.setText(f"modem:{modem.url}?gap=0.05")
    page.start_button.click()
    qtbot.waitUntil(lambda: len(modem.sent) >= 2, timeout=60000)
    with qtbot.waitSignal(page.send_finished, timeout=60000) as stopped:
        page.stop_button.click()
    assert stopped.args[0].stopped and page.phase == "idle"
    assert page.start_button.isEnabled() and not page.resume_button.isVisible() and not page.stop_button.isEnabled()
    assert page.batch.isEnabled() and page.spec.isEnabled()
    statuses = _statuses(win, batch_id)
    assert "sending" not in statuses.values() and "queued" in statuses.values()


def test_the_live_table_shows_waits_with_their_time_and_errors_in_plain_words(win: MainWindow, qtbot: Any) -> None:
    batch_id = _approved_batch(win)
    first, second, third = list_messages(win.ctx.db, batch=batch_id)[:3]
    later = clock.now() + timedelta(hours=2)
    error = json.dumps({"code": "gateway_rejected", "params": {"gateway": "aliyun", "status": 400,
                                                               "reason": "isv.MOBILE_NUMBER_ILLEGAL"}})
    with win.ctx.db.engine.begin() as conn:
        conn.execute(update(message_table).where(message_table.c.id == first.id)
                     .values(planned_at=later, reason="quiet_hours"))
        conn.execute(update(message_table).where(message_table.c.id == second.id)
                     .values(status="failed", reason="gateway_rejected", error=error))
        conn.execute(update(message_table).where(message_table.c.id == third.id)
                     .values(status="unknown", reason="cut_mid_send"))
    page = _open(win, qtbot, batch_id)
    rows = {m.id: r for r, m in enumerate(page.live.records)}
    state = lambda mid: page.live.index(rows[mid], COL_STATE).data()  # noqa: E731
    detail = lambda mid: page.live.index(rows[mid], COL_DETAIL).data()  # noqa: E731
    assert state(first.id) == "waiting until " + later.astimezone(ZoneInfo("Asia/Shanghai")).strftime("%H:%M")  # the office clock
    assert detail(first.id) == "outside the sending hours"
    assert state(second.id) == "failed"
    assert detail(second.id) == "The gateway aliyun rejected the message (HTTP 400): isv.MOBILE_NUMBER_ILLEGAL"
    assert state(third.id) == "unknown" and "may have gone" in detail(third.id)
    assert "waiting 1" in page.live_label.text() and "failed 1" in page.live_label.text()


def test_a_test_send_reaches_the_operators_phone_and_is_no_borrower_message(
        win: MainWindow, qtbot: Any, modem: VirtualModem) -> None:
    batch_id = _approved_batch(win)
    page = _open(win, qtbot, batch_id)
    box = page.test_box
    with win.ctx.db.engine.connect() as conn:
        before = conn.execute(select(func.count()).select_from(message_table)).scalar_one()
    box.phone.setText("abc")
    with qtbot.waitSignal(box.tested, timeout=30000) as refused:
        box.button.click()
    assert isinstance(refused.args[0], Exception) and "did not go" in box.result.text()
    assert modem.sent == []  # bad input sends nothing
    box.phone.setText("138 0013 8000")
    with qtbot.waitSignal(box.tested, timeout=60000) as tested:
        box.button.click()
        assert not box.button.isEnabled()
    outcome = tested.args[0]
    assert outcome.to == "+8613800138000" and outcome.status == "delivered"
    assert box.result.text() == "The test reached +8613800138000: delivered."
    assert len(modem.sent) == 1 and modem.sent[0].text.startswith("【演示小贷】")
    assert win.ctx.state.get(TEST_PHONE) == "138 0013 8000"  # remembered for this workstation
    with win.ctx.db.engine.connect() as conn:
        assert conn.execute(select(func.count()).select_from(message_table)).scalar_one() == before
    assert set(_statuses(win, batch_id).values()) == {"queued"}


def test_sync_now_reads_the_apps_own_modem_and_a_td_reply_shows_opted_out_in_the_queue(
        win: MainWindow, qtbot: Any, modem: VirtualModem) -> None:
    batch_id = _approved_batch(win)
    message = list_messages(win.ctx.db, batch=batch_id)[0]
    queue = win.queue
    win.show_page("queue")
    queue.search.setText(message.contract_no)
    qtbot.waitUntil(lambda: queue.model.rowCount() == 1, timeout=10000)
    assert "opted_out" not in queue.model.row_at(0).exclusions
    modem.inject(message.to, "退订")
    page = win.inbox
    win.show_page("inbox")
    assert page.spec.text() == f"modem:{modem.url}"  # the app's own modem, not a fresh empty one
    qtbot.waitUntil(lambda: page.sync_button.isEnabled(), timeout=5000)
    with qtbot.waitSignal(page.synced, timeout=30000) as synced:
        page.sync_button.click()
    assert synced.args[0].read == 1 and synced.args[0].opted_out == 1
    assert modem.state.storage == {}
    win.show_page("queue")  # the change bus told the queue: it re-read the loan
    qtbot.waitUntil(lambda: queue.model.rowCount() == 1 and "opted_out" in queue.model.row_at(0).exclusions,
                    timeout=10000)


def test_a_transport_saved_in_settings_is_picked_by_name_for_the_test_send_and_the_inbox(
        win: MainWindow, qtbot: Any, modem: VirtualModem) -> None:
    from operator_app.services.changes import OpChanges
    from operator_app.services.sending import transports

    transports.save(win.ctx.db, transports.TransportProfile("办公室短信猫", "modem", modem.url, "", {"gap": "0"}),
                    secret=None, by="王管理")
    transports.save(win.ctx.db, transports.TransportProfile("kannel", "kannel", "http://127.0.0.1:9/", "office"),
                    secret="pw", by="王管理")
    win.ctx.bus.tell(OpChanges(settings=True))  # as Settings does after a save
    page, inbox = win.sending, win.inbox
    win.show_page("sending")
    qtbot.waitUntil(lambda: page.spec.count() == 2 and inbox.spec.count() == 1, timeout=10000)
    assert [page.spec.itemText(i) for i in range(2)] == ["kannel", "办公室短信猫"]
    assert inbox.spec.itemText(0) == "办公室短信猫"  # the inbox reads a SIM: no gateways offered
    assert page.spec.text() == f"modem:{modem.url}"  # the app's own modem stays the typed default
    edit = inbox.spec.lineEdit()
    assert edit is not None and edit.cursorPosition() == 0  # shown from "modem:", not cut at the left
    page.spec.setCurrentIndex(page.spec.findText("办公室短信猫"))
    assert page.spec.currentText() == "办公室短信猫" and page.spec.text() == "profile:办公室短信猫"
    box = page.test_box
    box.phone.setText("138 0013 8000")
    with qtbot.waitSignal(box.tested, timeout=60000) as tested:
        box.button.click()
    assert getattr(tested.args[0], "status", tested.args[0]) == "delivered"
    assert len(modem.sent) == 1  # through the saved profile, on the same virtual modem
    page.spec.setText("emulator:")  # a typed spec still goes as typed
    assert page.spec.text() == "emulator:"


def test_an_empty_batch_says_it_has_no_messages_not_that_none_is_chosen(win: MainWindow, qtbot: Any) -> None:
    _approved_batch(win)
    db = win.ctx.db
    empty = batch_service.create_batch(db, as_of=TODAY, by="王制单")  # all excluded: today's cap is used up
    assert empty.messages == []
    batch_service.approve_batch(db, empty.id, by="李复核", confirm_stale=True)
    page = win.sending
    win.show_page("sending")
    qtbot.waitUntil(lambda: page.batch.findData(empty.id) >= 0, timeout=10000)
    page.batch.setCurrentIndex(page.batch.findData(empty.id))
    qtbot.waitUntil(lambda: page.live_label.text() == "This batch has no messages.", timeout=10000)
