"""First run offers the administrator account (issue 19), never forces it: an office without
accounts works as before; once the form made the admin, the window acts as that admin, the
Operator field shows it read-only, the idle lock is on and the office signs in from then on."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication

from operator_app.services.office import accounts
from operator_app.services.office.identity import Signed, has_accounts
from operator_app.services.planning import batches
from operator_app.store.db import open_database
from operator_app.ui.app import install_translator, pick_cjk_font
from operator_app.ui.main_window import MainWindow
from operator_app.ui.pages.first_admin_form import FirstAdminForm
from operator_app.ui.workers import Pools
from tests.test_accounts import PASSWORD, _office
from tests.test_batches import TODAY
from tests.test_gui import ui_state


@pytest.fixture(autouse=True)
def quick_hash(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(accounts, "HASH_PARAMS", {"time_cost": 1, "memory_cost": 1024, "parallelism": 1})


def _fill(qtbot: Any, form: FirstAdminForm, name: str, display: str, password: str, again: str) -> None:
    form.name.setText(name)
    form.display.setText(display)  # QTest types no Chinese
    for field, text in ((form.password, password), (form.again, again)):
        field.clear()
        qtbot.keyClicks(field, text)


def test_settings_offers_the_admin_and_the_window_then_acts_as_it(
        qtbot: Any, db_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _office(db_url, tmp_path, monkeypatch)
    db = open_database(db_url)
    win = MainWindow(db=db, pools=Pools(), today=TODAY, state=ui_state(tmp_path), idle_ms=60000)
    qtbot.addWidget(win)
    win.show()
    try:
        win.show_page("settings")
        form = win.settings.first_admin
        qtbot.waitUntil(form.isVisible, timeout=10000)
        assert win.ctx.operator == "王制单" and win.idle_lock is None  # no accounts: works as before
        assert batches.create_batch(db, as_of=None, by=win.ctx.operator).created_by == "王制单"
        _fill(qtbot, form, "wang", "王经理", PASSWORD, PASSWORD + "x")
        form.create_button.click()
        assert "not the same" in form.status.text() and form.password.text() == "" and not has_accounts(db)
        _fill(qtbot, form, "wang", "王经理", "short", "short")
        form.create_button.click()
        qtbot.waitUntil(lambda: "at least 8" in form.status.text(), timeout=10000)
        assert not has_accounts(db) and win.ctx.signed is None
        _fill(qtbot, form, "wang", "王经理", PASSWORD, PASSWORD)
        with qtbot.waitSignal(form.created, timeout=10000):
            form.create_button.click()
        by = win.ctx.operator
        assert isinstance(by, Signed) and by.account.role == "admin" and by.account.name == "wang"
        assert win.operator.isReadOnly() and win.operator.text() == "王经理"
        assert not form.isVisible() and not win.welcome.first_admin.isVisible() and win.idle_lock is not None
        assert [a.name for a in accounts.list_accounts(db)] == ["wang"]
        made = batches.create_batch(db, as_of=None, by=by)
        assert made.created_by == f"account#{by.account.id} wang"
        form.refresh()  # asked again: the office has an account now, the form stays away
        qtbot.wait(200)
        assert not form.isVisible()
    finally:
        win.close()
        win.ctx.pools.wait()
        db.dispose()


def test_the_first_run_page_offers_it_in_chinese(qtbot: Any, qapp: Any, tmp_path: Path) -> None:
    translator = install_translator(qapp, "zh_CN")
    pick_cjk_font(qapp)
    db = open_database(str(tmp_path / "new.db"))
    win = MainWindow(db=db, pools=Pools(), today=TODAY, state=ui_state(tmp_path))
    qtbot.addWidget(win)
    win.show()
    try:
        form = win.welcome.first_admin
        qtbot.waitUntil(lambda: form.isVisible() and win.stack.currentWidget() is win.welcome, timeout=10000)
        assert form.title() == "操作员账户（可选）" and form.create_button.text() == "创建管理员账户"
        _fill(qtbot, form, "wang", "王经理", PASSWORD, PASSWORD[:-1])
        form.create_button.click()
        assert "不一致" in form.status.text()
        win.grab().save("/tmp/signin2_first_admin_zh.png")
    finally:
        win.close()
        win.ctx.pools.wait()
        db.dispose()
        QApplication.instance().removeTranslator(translator)  # type: ignore[union-attr]
