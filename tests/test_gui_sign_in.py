"""The GUI in an office with accounts: a sign-in dialog at start, then the account acts in every
page (the services check its role) and the Operator field shows it, read-only."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox

from operator_app.errors import UsageError
from operator_app.services.office import accounts, settings
from operator_app.services.office.identity import Signed
from operator_app.services.planning import batches
from operator_app.store.db import Database, open_database
from operator_app.ui.main_window import MainWindow
from operator_app.ui.sign_in_dialog import SignInDialog
from operator_app.ui.workers import Pools
from tests.test_accounts import PASSWORD, _office
from tests.test_batches import TODAY
from tests.test_gui import ui_state


@pytest.fixture
def office(sqlite_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Database]:
    monkeypatch.setattr(accounts, "HASH_PARAMS", {"time_cost": 1, "memory_cost": 1024, "parallelism": 1})
    _office(sqlite_url, tmp_path, monkeypatch)
    db = open_database(sqlite_url)
    accounts.add_account(db, "boss", role="admin", password=PASSWORD, by=None)
    accounts.add_account(db, "carol", role="clerk", password=PASSWORD, by=accounts.sign_in(db, "boss", PASSWORD),
                         display="王小卡")
    yield db
    db.dispose()


def _ok(dialog: SignInDialog) -> None:
    box = dialog.findChild(QDialogButtonBox)
    assert box is not None
    box.button(QDialogButtonBox.StandardButton.Ok).click()


def test_a_wrong_password_is_said_and_the_right_one_signs_in(qtbot: Any, office: Database) -> None:
    dialog = SignInDialog(db=office, name="carol")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.password, "not-it-at-all")
    _ok(dialog)
    assert dialog.isVisible() and dialog.signed is None
    assert "Wrong name or password" in dialog.error.text() and dialog.password.text() == ""
    dialog.grab().save("/tmp/accounts_sign_in.png")
    qtbot.keyClicks(dialog.password, PASSWORD)
    _ok(dialog)
    assert dialog.result() == SignInDialog.DialogCode.Accepted
    assert dialog.signed is not None and dialog.signed.account.name == "carol" and dialog.password.text() == ""


def test_the_signed_in_account_acts_in_the_window(qtbot: Any, office: Database, tmp_path: Path) -> None:
    carol = accounts.sign_in(office, "carol", PASSWORD)
    pools = Pools()
    win = MainWindow(db=office, pools=pools, today=TODAY, state=ui_state(tmp_path), signed=carol)
    qtbot.addWidget(win)
    try:
        assert win.operator.isReadOnly() and win.operator.text() == "王小卡"
        by = win.ctx.operator
        assert isinstance(by, Signed) and by.account.id == carol.account.id
        assert batches.create_batch(office, as_of=None, by=by).created_by == f"account#{carol.account.id} carol"
        with pytest.raises(UsageError) as caught:  # a clerk's settings change, whatever page asks for it
            settings.set_value(office, "batch.stale_days", "3", by=by)
        assert caught.value.code == "role_forbids"
    finally:
        pools.wait()


def _send_page(qtbot: Any, office: Database, tmp_path: Path, signed: Signed, batch_id: int) -> tuple[MainWindow, Any]:
    win = MainWindow(db=office, pools=Pools(), today=TODAY, state=ui_state(tmp_path / signed.account.name),
                     signed=signed)
    qtbot.addWidget(win)
    win.show()
    page = win.sending
    win.show_page("sending")
    qtbot.waitUntil(lambda: page.batch.findData(batch_id) >= 0, timeout=10000)
    page.batch.setCurrentIndex(page.batch.findData(batch_id))
    page.spec.setText("emulator:")
    return win, page


def test_the_sending_page_sends_as_the_account_and_a_clerk_cannot(
        qtbot: Any, office: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from sqlalchemy import select

    from operator_app.store.models import audit_table
    from tests.test_batches import pin

    pin(monkeypatch, TODAY, 10)
    boss, carol = accounts.sign_in(office, "boss", PASSWORD), accounts.sign_in(office, "carol", PASSWORD)
    batch = batches.create_batch(office, as_of=None, by=carol)
    batches.approve_batch(office, batch.id, by=boss)
    (tmp_path / "carol").mkdir()
    (tmp_path / "boss").mkdir()
    win, page = _send_page(qtbot, office, tmp_path, carol, batch.id)
    page.start_button.click()
    qtbot.waitUntil(lambda: page.phase == "idle", timeout=10000)
    box = page.findChild(QMessageBox, "known_error_box")
    assert box is not None and "may not send messages" in box.text()
    box.close()
    win.ctx.pools.wait()
    win, page = _send_page(qtbot, office, tmp_path, boss, batch.id)
    with qtbot.waitSignal(page.send_finished, timeout=120000) as finished:
        page.start_button.click()
    assert finished.args[0].sent_now > 0
    win.ctx.pools.wait()
    with office.engine.connect() as conn:
        senders = list(conn.execute(select(audit_table.c.actor).where(audit_table.c.action == "batch_send")).scalars())
    assert senders == [f"account#{boss.account.id} boss"]


def test_the_checker_signs_in_to_approve_and_the_maker_cannot(qtbot: Any, office: Database, tmp_path: Path,
                                                                monkeypatch: pytest.MonkeyPatch) -> None:
    """With accounts, Approve asks the checker to sign in (a typed name is no account): the maker
    signing in again is refused as the same person; another approver's sign-in approves."""
    from PySide6.QtCore import QTimer

    boss = accounts.sign_in(office, "boss", PASSWORD)
    accounts.add_account(office, "alice", role="approver", password=PASSWORD, by=boss)
    carol = accounts.sign_in(office, "carol", PASSWORD)
    settings.set_value(office, "office.signature", "安信小贷", by=boss)
    settings.set_value(office, "office.phone", "0571-88886666", by=boss)
    made = batches.create_batch(office, as_of=None, by=carol)
    win = MainWindow(db=office, pools=Pools(), today=TODAY, state=ui_state(tmp_path), signed=carol)
    qtbot.addWidget(win)
    win.show()
    page = win.batches
    win.show_page("batches")
    page.open_batch(made.id)
    qtbot.waitUntil(lambda: page.view is not None and page.view.id == made.id, timeout=10000)

    def sign_in_as(name: str) -> None:
        def answer() -> None:
            dialog = next(w for w in page.findChildren(SignInDialog) if w.isVisible())
            dialog.name.setText(name)
            qtbot.keyClicks(dialog.password, PASSWORD)
            _ok(dialog)
        QTimer.singleShot(200, answer)

    monkeypatch.setattr(QMessageBox, "exec", lambda self: QMessageBox.StandardButton.Ok)  # the refusal's box
    sign_in_as("carol")  # the maker again: refused by account, whatever the spelling
    worker = page.approve(confirm_stale=True)
    assert worker is not None
    qtbot.waitUntil(lambda: worker.signals is None or not win.ctx.pools.writes.activeThreadCount(), timeout=10000)
    assert batches.show_batch(office, made.id).status == "draft"
    sign_in_as("alice")
    assert page.approve(confirm_stale=True) is not None
    qtbot.waitUntil(lambda: batches.show_batch(office, made.id).status == "approved", timeout=10000)
    assert batches.show_batch(office, made.id).approved_by == f"account#{accounts.sign_in(office, 'alice', PASSWORD).account.id} alice"
    win.ctx.pools.wait()
