"""Sign in again after the idle time (issue 19): the window is covered and the account stops
acting; a wrong password keeps it locked; the same or another account goes on; input keeps it
open; a send already running goes on as it was started. The idle time is shortened here."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QPainter
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialogButtonBox
from sqlalchemy import select

from operator_app.errors import UsageError
from operator_app.services.office import accounts
from operator_app.services.office.identity import Signed
from operator_app.services.planning import batches
from operator_app.store.db import Database, open_database
from operator_app.store.models import audit_table
from operator_app.ui.app import install_translator, pick_cjk_font
from operator_app.ui.main_window import MainWindow
from operator_app.ui.sign_in_dialog import SignInDialog
from operator_app.ui.workers import Pools
from tests.test_accounts import PASSWORD, _office
from tests.test_batches import TODAY, pin
from tests.test_gui import ui_state

# Long enough that a busy machine (six test workers on two cores) does not lock the window
# between two steps of a test; the touches below come well inside it.
IDLE_MS = 1500


@pytest.fixture
def office(db_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Database]:
    monkeypatch.setattr(accounts, "HASH_PARAMS", {"time_cost": 1, "memory_cost": 1024, "parallelism": 1})
    _office(db_url, tmp_path, monkeypatch)
    db = open_database(db_url)
    accounts.add_account(db, "boss", role="admin", password=PASSWORD, by=None, display="老板")
    accounts.add_account(db, "carol", role="clerk", password=PASSWORD, by=accounts.sign_in(db, "boss", PASSWORD),
                         display="王小卡")
    yield db
    db.dispose()


def _window(qtbot: Any, office: Database, tmp_path: Path, signed: Signed, idle_ms: int = IDLE_MS) -> MainWindow:
    win = MainWindow(db=office, pools=Pools(), today=TODAY, state=ui_state(tmp_path), signed=signed, idle_ms=idle_ms)
    qtbot.addWidget(win)
    win.show()
    return win


def _ok(dialog: SignInDialog) -> None:
    box = dialog.findChild(QDialogButtonBox)
    assert box is not None
    box.button(QDialogButtonBox.StandardButton.Ok).click()


def _shot(win: MainWindow, dialog: SignInDialog, path: str) -> None:
    """The covered window with the dialog drawn where it opens, as a clerk sees them."""
    picture = win.grab()
    painter = QPainter(picture)
    shown = dialog.grab()
    painter.drawPixmap(QPoint((picture.width() - shown.width()) // 2, (picture.height() - shown.height()) // 2), shown)
    painter.end()
    picture.save(path)


def test_the_idle_window_locks_and_signs_in_again(qtbot: Any, qapp: Any, office: Database, tmp_path: Path) -> None:
    translator = install_translator(qapp, "zh_CN")
    pick_cjk_font(qapp)
    carol = accounts.sign_in(office, "carol", PASSWORD)
    win = _window(qtbot, office, tmp_path, carol)
    try:
        lock = win.idle_lock
        assert lock is not None and not lock.locked and win.ctx.operator == carol
        qtbot.waitUntil(lambda: lock.locked, timeout=5000)
        assert lock.cover.isVisible() and not win.centralWidget().isEnabled()
        assert win.ctx.signed is None  # nothing is written as carol from now on
        with pytest.raises(UsageError) as refused:
            batches.create_batch(office, as_of=None, by=win.ctx.operator)
        assert refused.value.code == "sign_in_required"
        dialog = lock.dialog
        assert dialog is not None and dialog.isVisible() and dialog.name.text() == "carol"
        assert "锁定" in lock.cover.text.text() and "carol" in lock.cover.text.text()
        qtbot.keyClicks(dialog.password, "not-it-at-all")
        _ok(dialog)
        assert lock.locked and dialog.isVisible() and dialog.error.text()  # a wrong password: still locked
        assert win.ctx.signed is None
        _shot(win, dialog, "/tmp/signin2_lock_zh.png")
        dialog.name.setText("boss")  # another account goes on
        qtbot.keyClicks(dialog.password, PASSWORD)
        _ok(dialog)
        qtbot.waitUntil(lambda: not lock.locked, timeout=5000)
        assert not lock.cover.isVisible() and win.centralWidget().isEnabled()
        by = win.ctx.operator
        assert isinstance(by, Signed) and by.account.name == "boss" and win.operator.text() == "老板"
        made = batches.create_batch(office, as_of=None, by=by)
        assert made.created_by.endswith(" boss")
        for _ in range(6):  # a touch now and then keeps it open past the idle time
            qtbot.wait(IDLE_MS // 5)
            QTest.keyClick(win.sidebar, Qt.Key.Key_Shift)
            assert not lock.locked
        qtbot.waitUntil(lambda: lock.locked, timeout=5000)  # left alone again: locked again
        assert lock.dialog is not None and lock.dialog.name.text() == "boss"
        lock.dialog.reject()  # Cancel: stays locked, the cover's button asks again
        qtbot.waitUntil(lambda: lock.dialog is None, timeout=2000)
        assert lock.locked and lock.cover.isVisible()
        lock.cover.sign_in_button.click()
        assert lock.dialog is not None and lock.dialog.isVisible()
    finally:
        win.close()
        win.ctx.pools.wait()
        QApplication.instance().removeTranslator(translator)  # type: ignore[union-attr]


def test_a_running_send_goes_on_through_the_lock(
        qtbot: Any, office: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    pin(monkeypatch, TODAY, 10)
    boss, carol = accounts.sign_in(office, "boss", PASSWORD), accounts.sign_in(office, "carol", PASSWORD)
    batch = batches.create_batch(office, as_of=None, by=carol)
    batches.approve_batch(office, batch.id, by=boss)
    win = _window(qtbot, office, tmp_path, boss, idle_ms=3_600_000)  # locked only by the test, below
    lock = win.idle_lock
    assert lock is not None
    page = win.sending
    win.show_page("sending")
    qtbot.waitUntil(lambda: page.batch.findData(batch.id) >= 0, timeout=10000)
    page.batch.setCurrentIndex(page.batch.findData(batch.id))
    page.spec.setText("emulator:")
    phases: list[str] = []
    lock.timer.timeout.connect(lambda: phases.append(page.phase))
    lock.timer.start(1)  # lock at once, while the send runs
    finished: list[Any] = []
    failed: list[Exception] = []
    page.send_finished.connect(finished.append)
    monkeypatch.setattr(page, "_on_send_failed", failed.append)  # a failed send says why, at once
    assert page.start_button.isEnabled()
    page.start_button.click()
    qtbot.waitUntil(lambda: lock.locked, timeout=5000)
    qtbot.waitUntil(lambda: bool(finished or failed), timeout=120000)
    try:
        assert not failed, f"{type(failed[0]).__name__}: {failed[0]}"
        assert phases == ["running"] and win.ctx.signed is None
        assert finished[0].sent_now > 0  # the send went on under the cover, as boss who started it
        with office.engine.connect() as conn:
            senders = list(conn.execute(select(audit_table.c.actor).where(audit_table.c.action == "batch_send")).scalars())
        assert senders == [f"account#{boss.account.id} boss"]
    finally:
        win.close()
        win.ctx.pools.wait()
