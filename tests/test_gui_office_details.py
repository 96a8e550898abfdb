"""The office's details in the GUI, offscreen, on SQLite and PostgreSQL: the welcome page asks for
them (saved through the settings service, audited), and the batches page shows the gap, the SMS
parts and refuses the approval in one line until they are set."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication, QMessageBox
from sqlalchemy import delete, select

from operator_app.messaging.settings_registry import OFFICE_DETAILS, PREFIX
from operator_app.services.office import settings as settings_service
from operator_app.services.planning import batches as batch_service
from operator_app.store.db import open_database
from operator_app.store.models import app_setting_table, audit_table
from operator_app.ui.main_window import MainWindow
from operator_app.ui.state import OPERATOR_NAME, UiState
from operator_app.ui.workers import Pools
from tests.gui_office import TODAY, office_window

REFUSAL = "Fill in office.signature (the SMS signature) and office.phone (the office phone) under Settings first."


def _boxes(name: str) -> list[QMessageBox]:
    return [w for w in QApplication.allWidgets() if isinstance(w, QMessageBox) and w.isVisible()
            and w.objectName() == name]


@pytest.fixture
def empty_window(qtbot: Any, db_url: str, tmp_path: Path) -> Iterator[MainWindow]:
    db = open_database(db_url)
    pools = Pools()
    state = UiState(QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat))
    state.set(OPERATOR_NAME, "管理员")
    window = MainWindow(db=db, pools=pools, today=TODAY, state=state)
    qtbot.addWidget(window)
    window.resize(1280, 760)
    window.show()
    yield window
    pools.wait()
    db.dispose()


def test_the_welcome_page_asks_for_the_office_details(empty_window: MainWindow, qtbot: Any,
                                                      artifacts: Path) -> None:
    win, form = empty_window, empty_window.welcome.details
    qtbot.waitUntil(lambda: win.stack.currentWidget() is win.welcome and form.isVisible()
                    and win.welcome.start.isVisible() and form.channel.text() == "本公司APP或对公账户", timeout=10000)
    form.signature.setText("安信小贷")
    assert form.signature_preview.text() == "Each SMS starts with 【安信小贷】"
    win.grab().save(str(artifacts / "welcome_office_details.png"))
    form.signature.setText("安")  # too short: refused, nothing stored
    qtbot.keyClicks(form.phone, "0571-88886666")
    form.save_button.click()
    qtbot.waitUntil(lambda: bool(_boxes("known_error_box")), timeout=10000)
    assert "office.signature" in _boxes("known_error_box")[0].text()
    for b in _boxes("known_error_box"):
        b.close()
    assert settings_service.current(win.ctx.db).missing_office_details() == OFFICE_DETAILS
    form.signature.setText("安信小贷")
    with qtbot.waitSignal(form.saved, timeout=10000):
        form.save_button.click()
    stored = settings_service.current(win.ctx.db)
    assert stored.missing_office_details() == ()
    assert stored.get("office.signature") == "安信小贷" and stored.get("office.phone") == "0571-88886666"
    with win.ctx.db.engine.connect() as conn:
        audited = list(conn.execute(select(audit_table.c.action, audit_table.c.actor)))
    assert audited == [("setting_set", "管理员"), ("setting_set", "管理员")]  # unchanged ones are not written
    # Set: the form goes, the import/demo choice stays (no loans yet).
    qtbot.waitUntil(lambda: not form.isVisible() and win.welcome.start.isVisible(), timeout=10000)


@pytest.fixture
def win(qtbot: Any, db_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[MainWindow]:
    """The demo office as an office that never set its details."""
    for window in office_window(qtbot, db_url, tmp_path, monkeypatch, loans=300):
        with window.ctx.db.engine.begin() as conn:
            conn.execute(delete(app_setting_table).where(
                app_setting_table.c.key.in_([PREFIX + k for k in OFFICE_DETAILS])))
        window.refresh_status()
        yield window


def test_the_batches_page_shows_the_gap_and_the_parts_and_refuses_the_approval(win: MainWindow, qtbot: Any,
                                                                              artifacts: Path) -> None:
    qtbot.waitUntil(lambda: win.welcome.details.isVisible(), timeout=10000)  # asked on the welcome page
    view = batch_service.create_batch(win.ctx.db, as_of=None, by="王制单", stages=["M1", "M2"])
    assert view.messages and all(m.text.startswith("【{office.signature}】") for m in view.messages)
    page = win.batches
    win.show_page("batches")
    page.refresh(select=view.id)
    qtbot.waitUntil(lambda: page.view is not None and page.view.id == view.id, timeout=10000)
    qtbot.waitUntil(lambda: REFUSAL in page.lint_label.text(), timeout=10000)
    assert str(view.parts_total) in page.parts_label.text()
    parts_column = next(i for i in range(page.batches.columnCount())
                        if page.batches.headerData(i, Qt.Orientation.Horizontal) == "Parts")
    assert page.batches.index(0, parts_column).data() == str(view.parts_total) and view.parts_total >= len(view.messages)
    win.grab().save(str(artifacts / "batches_office_details.png"))
    page.approver.setText("李复核")
    page.approve_button.click()
    qtbot.waitUntil(lambda: bool(_boxes("known_error_box")), timeout=10000)
    assert _boxes("known_error_box")[0].text() == REFUSAL
    for b in _boxes("known_error_box"):
        b.close()
    assert batch_service.show_batch(win.ctx.db, view.id).status == "draft"
