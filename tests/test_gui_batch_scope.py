"""Issue 13, Queue page: "create a batch from the selection" and "from the filter", each in a
worker, then the Batches page open on the new batch; on SQLite and PostgreSQL."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QItemSelectionModel
from PySide6.QtWidgets import QApplication, QMessageBox

from operator_app.ui.loans_model import COL_CONTRACT
from operator_app.ui.main_window import MainWindow
from tests.gui_office import office_window


@pytest.fixture
def win(qtbot: Any, db_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[MainWindow]:
    yield from office_window(qtbot, db_url, tmp_path, monkeypatch, loans=150)


def _boxes(name: str) -> list[QMessageBox]:
    return [w for w in QApplication.allWidgets() if isinstance(w, QMessageBox) and w.isVisible()
            and w.objectName() == name]


def _planned(view: Any) -> set[str]:
    return {m.contract_no for m in view.messages} | {c for c, _ in view.excluded}


def test_a_batch_from_the_selected_loans_plans_only_those(win: MainWindow, qtbot: Any) -> None:
    page = win.queue
    win.show_page("queue")
    page.stage.setCurrentIndex(page.stage.findData("M1"))
    qtbot.waitUntil(lambda: win.model.rowCount() > 3 and win.model.row_at(0).stage == "M1", timeout=5000)
    assert not page.selection_button.isEnabled()  # nothing selected yet
    eligible = [i for i in range(win.model.rowCount()) if not win.model.row_at(i).exclusions][:3]
    assert len(eligible) == 3
    chosen = {win.model.row_at(i).contract_no for i in eligible}
    selection = page.table.selectionModel()
    for i in eligible:
        selection.select(win.model.index(i, COL_CONTRACT),
                         QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows)
    assert page.selection_button.isEnabled() and len(page.selected_loan_ids()) == 3
    with qtbot.waitSignal(page.batch_created, timeout=30000) as made:
        page.selection_button.click()
    view = made.args[0]
    assert {m.contract_no for m in view.messages} == chosen and not view.excluded
    # the Batches page opens on it
    qtbot.waitUntil(lambda: win.batches.view is not None and win.batches.view.id == view.id, timeout=10000)
    assert win.current_page() == "batches"


def test_a_batch_from_the_filter_plans_the_loans_the_queue_shows(win: MainWindow, qtbot: Any) -> None:
    page = win.queue
    win.show_page("queue")
    page.dpd_min.setValue(20)
    page.dpd_max.setValue(70)
    page.amount_min.setValue(3000)
    page.apply_filter()
    qtbot.waitUntil(lambda: win.model.rowCount() > 0 and all(
        20 <= win.model.row_at(i).days_past_due <= 70 for i in range(win.model.rowCount())), timeout=5000)
    while win.model.canFetchMore():
        win.model.fetchMore()
    shown = {win.model.row_at(i).contract_no for i in range(win.model.rowCount())}
    with qtbot.waitSignal(page.batch_created, timeout=30000) as made:
        page.batch_button.click()
    view = made.args[0]
    assert view.messages and _planned(view) <= shown
    # every shown loan (all overdue here) is either planned or excluded with its reason
    collection = {win.model.row_at(i).contract_no for i in range(win.model.rowCount())
                  if win.model.row_at(i).stage not in ("paid", "not_due")}
    assert collection <= _planned(view)
    qtbot.waitUntil(lambda: win.batches.view is not None and win.batches.view.id == view.id, timeout=10000)


def test_a_filter_that_shows_nothing_says_so_and_plans_nothing(win: MainWindow, qtbot: Any) -> None:
    page = win.queue
    win.show_page("queue")
    page.search.setText("no such borrower anywhere")
    page.apply_filter()
    qtbot.waitUntil(lambda: win.model.rowCount() == 0, timeout=5000)
    assert page.create_batch_from_filter() is not None
    qtbot.waitUntil(lambda: bool(_boxes("known_error_box")), timeout=10000)
    assert "No loan was chosen" in _boxes("known_error_box")[0].text()
    for b in _boxes("known_error_box"):
        b.close()
    assert page.batch_button.isEnabled() and win.current_page() == "queue"
