"""Sending never blocks the office (issue 22, item 4): while a 200-message batch goes out through a
modem (the virtual modem on TCP, answering each command after a pause), the clerk imports a sheet
and a second batch is approved, both through the GUI's own workers, and both finish while the send
is still running. On the one write pool they would have waited for the whole send."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from operator_app.services.planning import batches as batch_service
from operator_app.services.reports.messages import list_messages
from operator_app.sms.modem.emulator import VirtualModem
from operator_app.sms.modem.emulator.state import Faults
from operator_app.ui.main_window import MainWindow
from operator_app.ui.workers import Worker
from tests.gui_office import TODAY, office_window

MESSAGES = 200


@pytest.fixture
def modem() -> Iterator[VirtualModem]:
    vm = VirtualModem(faults=Faults(delay=0.01))
    vm.serve_tcp()
    yield vm
    vm.stop()


@pytest.fixture
def win(qtbot: Any, db_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[MainWindow]:
    yield from office_window(qtbot, db_url, tmp_path, monkeypatch, loans=1500)


def test_an_import_and_an_approval_finish_while_a_modem_send_runs(
        win: MainWindow, qtbot: Any, modem: VirtualModem, tmp_path: Path) -> None:
    db = win.ctx.db
    plan = batch_service.create_batch(db, as_of=TODAY, by="王制单")
    contracts = [m.contract_no for m in plan.messages]
    assert len(contracts) >= MESSAGES + 20, len(contracts)
    batch_service.cancel_batch(db, plan.id, by="王制单")
    # The send goes out for exactly MESSAGES messages; 20 other loans make the batch to approve meanwhile.
    first = batch_service.create_batch(db, as_of=TODAY, by="王制单",
                                       loan_ids=batch_service.loans_of_contracts(db, contracts[:MESSAGES]))
    batch_service.approve_batch(db, first.id, by="李复核", confirm_stale=True)
    assert len(first.messages) == MESSAGES
    second = batch_service.create_batch(db, as_of=TODAY, by="王制单",
                                        loan_ids=batch_service.loans_of_contracts(db, contracts[MESSAGES:][:20]))
    page = win.sending
    win.show_page("sending")
    qtbot.waitUntil(lambda: page.batch.findData(first.id) >= 0, timeout=10000)
    page.batch.setCurrentIndex(page.batch.findData(first.id))
    page.spec.setText(f"modem:{modem.url}?gap=0")
    finished: list[Any] = []
    page.send_finished.connect(finished.append)
    page.start_button.click()
    qtbot.waitUntil(lambda: any(m.status in ("sent", "delivered") for m in list_messages(db, batch=first.id)),
                    timeout=30000)
    # While it sends: an import through the import page's worker…
    sheet = tmp_path / "more.csv"
    sheet.write_text("合同编号,姓名,手机号,借款金额,已还金额,应还日期\n" + "".join(
        f"NEW{i:04d},新客户{i},1390000{i:04d},5000,0,2026-11-20\n" for i in range(300)), encoding="utf-8")
    with qtbot.waitSignal(win.import_page.import_finished, timeout=60000) as imported:
        win.start_import(sheet)
    # …and an approval through the batches page's worker.
    batches = win.batches
    win.show_page("batches")
    opened = batches.open_batch(second.id)
    qtbot.waitUntil(lambda: batches.view is not None and batches.view.id == second.id, timeout=30000)
    assert opened is not None
    batches.approver.setText("李复核")
    approval: Worker | None = batches.approve(confirm_stale=True)
    assert approval is not None
    qtbot.waitUntil(lambda: batch_service.show_batch(db, second.id).status == "approved", timeout=60000)
    still_sending = page.phase == "running" and not finished
    sent_so_far = sum(m.status in ("sent", "delivered") for m in list_messages(db, batch=first.id))
    assert imported.args[0].loans_created == 300
    assert batch_service.show_batch(db, second.id).status == "approved"
    assert still_sending and sent_so_far < MESSAGES, (page.phase, sent_so_far)
    qtbot.waitUntil(lambda: bool(finished), timeout=300000)
    summary = finished[0]
    assert summary.counts.get("sent", 0) + summary.counts.get("delivered", 0) == MESSAGES
    assert len(modem.sent) >= MESSAGES  # parts on the air: every message at least once, none lost
