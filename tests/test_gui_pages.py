"""The pages' main flows offscreen, on SQLite and PostgreSQL: filter and search the queue in SQL,
import through the wizard, create a batch and approve it as a second operator (through the
stale-data question), and a template edit with a lint error kept as a draft."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QMessageBox

from operator_app.store.db import open_database
from operator_app.ui.loans_model import PAGE
from operator_app.ui.main_window import MainWindow
from operator_app.ui.state import UiState
from operator_app.ui.workers import Pools
from tests.gui_office import TODAY, office_window
from tests.sheets import loan_book, standard_rows


@pytest.fixture
def win(qtbot: Any, db_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[MainWindow]:
    yield from office_window(qtbot, db_url, tmp_path, monkeypatch, loans=400)


def _boxes(name: str) -> list[QMessageBox]:
    return [w for w in QApplication.allWidgets() if isinstance(w, QMessageBox) and w.isVisible()
            and w.objectName() == name]


def test_queue_filters_by_stage_dpd_and_amount_in_sql_and_searches(win: MainWindow, qtbot: Any) -> None:
    page = win.queue
    win.show_page("queue")
    page.stage.setCurrentIndex(page.stage.findData("M2"))
    qtbot.waitUntil(lambda: win.model.rowCount() > 0 and all(win.model.row_at(i).stage == "M2"
                                                              for i in range(win.model.rowCount())), timeout=5000)
    page.clear_filters()
    page.dpd_min.setValue(40)
    page.dpd_max.setValue(50)
    qtbot.waitUntil(lambda: win.model.rowCount() > 0 and all(40 <= win.model.row_at(i).days_past_due <= 50
                                                              for i in range(win.model.rowCount())), timeout=5000)
    page.clear_filters()
    page.amount_min.setValue(5000)
    qtbot.waitUntil(lambda: win.model.rowCount() > 0 and all(win.model.row_at(i).outstanding_fen >= 500000
                                                              for i in range(win.model.rowCount())), timeout=5000)
    page.clear_filters()
    qtbot.waitUntil(lambda: win.model.rowCount() == PAGE, timeout=5000)
    target = win.model.row_at(5)
    qtbot.keyClicks(page.search, target.contract_no)
    qtbot.waitUntil(lambda: win.model.rowCount() == 1, timeout=5000)
    assert win.model.row_at(0).contract_no == target.contract_no


def test_selecting_a_loan_shows_its_exact_sms(win: MainWindow, qtbot: Any) -> None:
    page = win.queue
    page.stage.setCurrentIndex(page.stage.findData("M1"))
    qtbot.waitUntil(lambda: win.model.rowCount() > 0 and win.model.row_at(0).stage == "M1", timeout=5000)
    row = next(i for i in range(win.model.rowCount()) if not win.model.row_at(i).exclusions)
    page.table.selectRow(row)
    qtbot.waitUntil(lambda: "【" in page.bubble.bubble.text(), timeout=5000)
    assert "UCS-2" in page.bubble.facts.text() and "part" in page.bubble.facts.text()


def test_import_through_the_wizard(win: MainWindow, qtbot: Any, tmp_path: Path) -> None:
    page = win.import_page
    win.show_page("import")
    book = loan_book(tmp_path / "book.xlsx", standard_rows())
    with qtbot.waitSignal(page.preview_loaded, timeout=10000) as seen:
        page.open_file(book)
    preview = seen.args[0]
    assert preview.mapping["contract_no"] and page.rows.rowCount() == len(preview.rows)
    win.queue.clear_filters()  # the total of every loan
    with qtbot.waitSignal(page.import_finished, timeout=20000) as done:
        page.import_button.click()
    assert done.args[0].loans_created == 4
    assert "4" in page.result_label.text()
    qtbot.waitUntil(lambda: "404" in win.total_label.text(), timeout=5000)
    out = tmp_path / "problems.xlsx"
    page.save_problems(out)
    qtbot.waitUntil(lambda: str(out) in page.result_label.text(), timeout=5000)


def test_the_preview_shows_numbers_as_the_sheet_shows_them(win: MainWindow, qtbot: Any, tmp_path: Path) -> None:
    """The reader hands numbers over as floats: a phone typed as a number must not read
    13800138001.0 in the preview, nor a principal 12000.0 (the clerk would think the sheet wrong)."""
    page = win.import_page
    win.show_page("import")
    book = loan_book(tmp_path / "book.xlsx", standard_rows())
    with qtbot.waitSignal(page.preview_loaded, timeout=10000) as seen:
        page.open_file(book)
    headers = seen.args[0].headers
    cells = {(page.rows.item(r, 0).text(), headers[c]): page.rows.item(r, c).text()
             for r in range(page.rows.rowCount()) for c in range(len(headers)) if page.rows.item(r, c)}
    assert cells[("HT004", "手机号码")] == "13800138001"
    assert cells[("HT001", "借款金额（元）")] == "12000"
    assert cells[("HT001", "应还日期")] == "2026-11-01"
    assert cells[("HT002", "应还金额")] == "1200"  # text stays as typed
    assert not any(text.endswith(".0") for text in cells.values())


def _never_imported(win: MainWindow) -> None:
    """The demo office as an office whose loan book never came from a sheet."""
    from sqlalchemy import delete

    from operator_app.store.models import import_run_table

    with win.ctx.db.engine.begin() as conn:
        conn.execute(delete(import_run_table))


def _make_batch(win: MainWindow, qtbot: Any) -> Any:
    win.show_page("queue")
    with qtbot.waitSignal(win.queue.batch_created, timeout=30000) as made:
        win.queue.batch_button.click()
    view = made.args[0]
    qtbot.waitUntil(lambda: win.batches.view is not None and win.batches.view.id == view.id, timeout=10000)
    return view


def test_create_a_batch_and_approve_it_as_a_second_operator(win: MainWindow, qtbot: Any) -> None:
    view = _make_batch(win, qtbot)
    assert view.messages and win.current_page() == "batches"
    page = win.batches
    page.approver.setText("王制单")  # the maker cannot approve
    page.approve_button.click()
    qtbot.waitUntil(lambda: bool(_boxes("known_error_box")), timeout=10000)
    assert "second person" in _boxes("known_error_box")[0].text()
    for b in _boxes("known_error_box"):
        b.close()
    _never_imported(win)
    page.approver.setText("李复核")
    page.approve_button.click()
    # an office that never imported its book: the stale-data guard asks first
    qtbot.waitUntil(lambda: bool(_boxes("stale_box")), timeout=10000)
    _boxes("stale_box")[0].button(QMessageBox.StandardButton.Yes).click()
    qtbot.waitUntil(lambda: page.view is not None and page.view.status == "approved", timeout=10000)
    assert page.view is not None and page.view.approved_by == "李复核"
    assert not page.approve_button.isEnabled()
    # the borrower's timeline in the queue shows the message queued by the approval
    contract = view.messages[0].contract_no
    win.show_page("queue")
    win.queue.search.setText(contract)
    qtbot.waitUntil(lambda: win.model.rowCount() == 1 and win.model.row_at(0).contract_no == contract, timeout=5000)
    win.queue.table.selectRow(0)

    def timeline_texts() -> list[str]:
        return [win.queue.timeline.item(i).text() for i in range(win.queue.timeline.count())]

    qtbot.waitUntil(lambda: any("SMS · queued" in t and contract in t for t in timeline_texts()), timeout=5000)


def test_a_template_edit_with_a_lint_error_is_kept_as_a_draft(win: MainWindow, qtbot: Any) -> None:
    page = win.templates
    win.show_page("templates")
    qtbot.waitUntil(lambda: page.model.rowCount() > 0 and page.current is not None, timeout=10000)
    for i in range(page.model.rowCount()):
        t = page.model.records[i]
        if t.key == "M1" and t.locale == "zh_CN":
            page.list_view.selectRow(i)
    assert page.current is not None and page.current.key == "M1"
    live = page.editor.toPlainText()
    bad = live + "否则上门催收。"
    with qtbot.waitSignal(page.preview_shown, timeout=10000) as shown:
        page.editor.setPlainText(bad)
    assert shown.args[0].blocking and "上门" in page.bubble.findings.text()
    marks = page.editor.extraSelections()  # the word is underlined in the editor, its fix as tooltip
    assert [m.cursor.selectedText() for m in marks] == ["上门"] and "上门" in marks[0].format.toolTip()
    with qtbot.waitSignal(page.draft_saved, timeout=10000):
        page.save_button.click()
    qtbot.waitUntil(lambda: bool(_boxes("known_error_box")), timeout=10000)
    said = _boxes("known_error_box")[0].text()
    assert "draft version 2" in said and "Threatening or insulting wording: 上门" in said, said
    assert "banned_word" not in said and "上门" in page.error_label.text()
    assert page.editor.toPlainText() == bad  # kept in the editor to be fixed
    for b in _boxes("known_error_box"):
        b.close()
    # The live version is unchanged: a batch made now uses it and passes the lint.
    win.queue.stage.setCurrentIndex(win.queue.stage.findData("M1"))
    view = _make_batch(win, qtbot)
    assert view.messages and all("上门" not in m.text for m in view.messages)
    assert win.batches.lint_label.text() == ""


def test_dashboard_figure_opens_the_filtered_queue(win: MainWindow, qtbot: Any) -> None:
    qtbot.waitUntil(lambda: bool(win.dashboard.figures), timeout=10000)
    m3 = next(f for f in win.dashboard.figures if f.stage == "M3")
    win.dashboard.stage_clicked.emit("M3")
    assert win.current_page() == "queue"
    qtbot.waitUntil(lambda: win.total_label.text().startswith(str(m3.loans) + " "), timeout=5000)


def test_an_empty_database_welcomes_with_the_demo_or_an_import(qtbot: Any, sqlite_url: str, tmp_path: Path) -> None:
    db = open_database(sqlite_url)
    pools = Pools()
    state = UiState(QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat))
    window = MainWindow(db=db, pools=pools, today=TODAY, state=state)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.welcome, timeout=5000)
    window.welcome.import_button.click()
    assert window.stack.currentWidget() is window.import_page
    window.show_page("dashboard")
    assert window.stack.currentWidget() is window.welcome
    window.welcome.demo_button.click()
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.dashboard, timeout=60000)
    qtbot.waitUntil(lambda: sum(f.loans for f in window.dashboard.figures) > 0, timeout=10000)
    pools.wait()
    db.dispose()


def test_stale_import_is_amber_and_exports_write_files(win: MainWindow, qtbot: Any, tmp_path: Path) -> None:
    qtbot.waitUntil(lambda: win.ctx.today.isoformat() in win.import_label.text(), timeout=5000)  # weekly imports
    assert "c77700" not in win.import_label.styleSheet()
    _never_imported(win)
    win.refresh_status()
    qtbot.waitUntil(lambda: "never" in win.import_label.text(), timeout=5000)
    assert "c77700" in win.import_label.styleSheet()  # never imported: stale
    view = _make_batch(win, qtbot)
    out = tmp_path / "batch.xlsx"
    win.batches.export(out)  # done when the status bar says where it went
    qtbot.waitUntil(lambda: str(out) in win.statusBar().currentMessage(), timeout=10000)
    import openpyxl

    book = openpyxl.load_workbook(out)
    assert book.worksheets[0].max_row == len(view.messages) + 1
    assert dict(book.worksheets[2].iter_rows(values_only=True))["Batch status"] == "draft"  # words, as the CLI's
    win.show_page("calls")
    qtbot.waitUntil(lambda: win.calls.model.rowCount() > 0, timeout=10000)
    calls = tmp_path / "calls.xlsx"
    win.calls.export(calls)
    qtbot.waitUntil(lambda: str(calls) in win.calls.count_label.text(), timeout=10000)
    assert openpyxl.load_workbook(calls).worksheets[0].max_row == win.calls.model.rowCount() + 1


def test_a_changed_mapping_is_remembered_for_the_same_layout(win: MainWindow, qtbot: Any, tmp_path: Path) -> None:
    from PySide6.QtWidgets import QComboBox

    from operator_app.importing.headers import FIELDS

    header = "合同编号,客户姓名,TEL-A,借款金额,应还日期,应还金额,已还金额"
    first, second = tmp_path / "one.csv", tmp_path / "two.csv"
    first.write_text(header + "\nMAP001,张三,13800138000,1000,2026-11-01,1000,0\n", encoding="utf-8")
    second.write_text(header + "\nMAP002,李四,13900139000,2000,2026-11-02,2000,0\n", encoding="utf-8")
    page = win.import_page
    with qtbot.waitSignal(page.preview_loaded, timeout=10000) as seen:
        page.open_file(first)
    assert "phone" not in seen.args[0].mapping  # "TEL-A" is no header the app knows
    combo = page.mapping.cellWidget(FIELDS.index("phone"), 1)
    assert isinstance(combo, QComboBox)
    combo.setCurrentIndex(combo.findData("TEL-A"))
    with qtbot.waitSignal(page.preview_loaded, timeout=10000) as seen:
        page._reload_preview(keep_mapping=True)
    assert seen.args[0].mapping["phone"] == "TEL-A"
    with qtbot.waitSignal(page.import_finished, timeout=20000) as done:
        page.import_button.click()
    assert done.args[0].loans_created == 1 and not done.args[0].rejected
    with qtbot.waitSignal(page.preview_loaded, timeout=10000) as seen:
        page.open_file(second)
    assert seen.args[0].mapping["phone"] == "TEL-A"  # the same layout: the operator's choice again
