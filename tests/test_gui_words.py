"""The GUI shows words, not stored codes: a template's language (zh_CN), its built-in author
(system), the minimum-payment rule (overdue_installments) and a setting's key in its tooltip."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QTranslator

from operator_app.services.office import settings as settings_service
from operator_app.ui.app import install_translator
from operator_app.ui.main_window import MainWindow
from operator_app.ui.pages.settings_page import shown_value, stored_value
from operator_app.ui.records_model import RowRole
from tests.gui_office import office_window


@pytest.fixture
def window(qtbot: Any, qapp: Any, db_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[MainWindow]:
    translator = install_translator(qapp, "zh_CN")  # the clerk's Chinese
    try:
        yield from office_window(qtbot, db_url, tmp_path, monkeypatch, loans=10)
    finally:
        qapp.removeTranslator(translator)


def test_settings_and_templates_read_in_words(window: MainWindow, qtbot: Any, tmp_path: Path) -> None:
    page = window.settings
    window.show_page("settings")
    page.refresh()
    qtbot.waitUntil(lambda: "collection.min_payment" in page.fields, timeout=10000)
    rule = page.fields["collection.min_payment"]
    assert rule.text() == "全部逾期期款" and "overdue_installments" not in rule.toolTip()
    assert not page.changed()  # the words stand for the stored code
    for key, edit in page.fields.items():
        assert key not in edit.toolTip(), key
    rule.setText("逾期金额的 30%")
    assert page.changed() == {"collection.min_payment": "share:30"}
    with qtbot.waitSignal(page.saved, timeout=10000):
        page.save()
    assert settings_service.show(window.ctx.db)[[v.key for v in settings_service.show(window.ctx.db)]
                                                .index("collection.min_payment")].value == "share:30"
    qtbot.waitUntil(lambda: page.fields["collection.min_payment"].text() == "逾期金额的 30%", timeout=10000)
    page.grab().save(str(tmp_path / "settings.png"))

    templates = window.templates
    window.show_page("templates")
    templates.refresh()
    model = templates.list_view.model()
    qtbot.waitUntil(lambda: model.rowCount() > 0, timeout=10000)
    shown = {model.index(r, 1).data() for r in range(model.rowCount())}
    assert shown <= {"中文", "英文"} and "zh_CN" not in shown
    assert "系统自带" in templates.title.text() and "system" not in templates.title.text()
    assert model.index(0, 0).data(RowRole) is not None
    templates.grab().save(str(tmp_path / "templates.png"))


def test_the_minimum_payment_words_round_trip(qapp: Any) -> None:
    for code in ("overdue_installments", "share:30", "share:100"):
        assert stored_value("collection.min_payment", shown_value("collection.min_payment", code)) == code
    assert stored_value("collection.min_payment", "30%") == "share:30"
    assert stored_value("office.phone", " 400 ") == "400"


def test_qts_own_dialog_buttons_speak_chinese(qapp: Any) -> None:
    """OK / Cancel in the sign-in and question boxes come from Qt's own catalogue (qtbase_zh_CN)."""
    from PySide6.QtWidgets import QDialogButtonBox

    from operator_app.ui.app import install_qt_words

    before = set(qapp.findChildren(QTranslator))
    install_qt_words(qapp, "zh_CN")
    added = [t for t in qapp.findChildren(QTranslator) if t not in before]
    try:
        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        assert sorted(b.text() for b in box.buttons()) == sorted(["确定", "取消"])
    finally:
        for t in added:
            qapp.removeTranslator(t)


def test_a_lint_finding_reads_with_a_chinese_colon(window: MainWindow, qtbot: Any) -> None:
    """The preview's finding read "● 错误: 含有威胁…": an ASCII colon in a Chinese line."""
    page = window.templates
    window.show_page("templates")
    qtbot.waitUntil(lambda: page.model.rowCount() > 0 and page.current is not None, timeout=10000)
    with qtbot.waitSignal(page.preview_shown, timeout=10000):
        page.editor.setPlainText(page.editor.toPlainText() + "否则上门。")
    said = page.bubble.findings.text()
    assert "● 错误：" in said and "上门" in said and "错误:" not in said
