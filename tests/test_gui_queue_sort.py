"""The queue table sorted by the database on the stored figures: one page read per click, keyset
pages to the end with every loan exactly once, in the services' order (SQLite and PostgreSQL)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt

from operator_app.services.book import queue_view
from operator_app.services.book.queue_view import QueueFilter
from operator_app.ui.loans_model import COL_DPD, COL_OUTSTANDING, PAGE
from operator_app.ui.main_window import MainWindow
from tests.gui_office import TODAY, office_window

LOANS = 450


@pytest.fixture
def window(qtbot: Any, db_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[MainWindow]:
    yield from office_window(qtbot, db_url, tmp_path, monkeypatch, loans=LOANS)


def test_a_click_on_a_column_reads_one_page_and_no_count(window: MainWindow, qtbot: Any,
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    """QTableView.sortByColumn asks the model to sort twice; the model reads once, and a new
    order of the same loans does not count them again."""
    pools = window.ctx.pools
    qtbot.waitUntil(lambda: pools.reads.activeThreadCount() == 0, timeout=10000)
    calls: list[str] = []
    page, count = queue_view.page, queue_view.count
    monkeypatch.setattr(queue_view, "page", lambda *a, **k: calls.append("page") or page(*a, **k))
    monkeypatch.setattr(queue_view, "count", lambda *a, **k: calls.append("count") or count(*a, **k))
    window.queue.table.sortByColumn(COL_OUTSTANDING, Qt.SortOrder.DescendingOrder)
    qtbot.waitUntil(lambda: window.model.rowCount() == PAGE and not window.model._loading, timeout=10000)
    pools.wait()
    assert calls == ["page"]
    amounts = [window.model.row_at(i).outstanding_fen for i in range(PAGE)]
    assert amounts == sorted(amounts, reverse=True)
    window.model.set_filter(QueueFilter(search="张"))  # a filter counts, after its first page
    qtbot.waitUntil(lambda: calls == ["page", "page", "count"], timeout=10000)


def test_scrolling_to_the_end_reads_every_loan_once_in_order(window: MainWindow, qtbot: Any) -> None:
    model = window.model
    window.queue.clear_filters()  # every loan, not only what needs action
    window.queue.table.sortByColumn(COL_DPD, Qt.SortOrder.DescendingOrder)
    qtbot.waitUntil(lambda: model.rowCount() == PAGE and not model._loading, timeout=10000)
    while model.canFetchMore():
        before = model.rowCount()
        model.fetchMore()
        qtbot.waitUntil(lambda: not model._loading, timeout=10000)
        assert model.rowCount() > before or not model.canFetchMore()
    ids = [model.row_at(i).loan_id for i in range(model.rowCount())]
    expected = queue_view.page(window.ctx.db, TODAY, QueueFilter(), order="days_past_due", descending=True,
                               limit=LOANS + 1)
    assert len(ids) == len(set(ids)) == LOANS
    assert ids == [r.loan_id for r in expected]
    dpd = [model.row_at(i).days_past_due for i in range(model.rowCount())]
    assert dpd == sorted(dpd, reverse=True) and dpd[0] > 90


def test_a_sort_right_after_a_filter_still_counts_the_filtered_loans(window: MainWindow, qtbot: Any) -> None:
    """The filter's page is dropped (the sort came first); its count is still made, once."""
    pools = window.ctx.pools
    qtbot.waitUntil(lambda: pools.reads.activeThreadCount() == 0 and bool(window.queue.total_label.text()),
                    timeout=10000)
    expected = queue_view.count(window.ctx.db, TODAY, QueueFilter(search="张"))
    assert 0 < expected < LOANS
    window.model.set_filter(QueueFilter(search="张"))
    window.queue.table.sortByColumn(COL_DPD, Qt.SortOrder.DescendingOrder)
    qtbot.waitUntil(lambda: window.queue.total_label.text().split()[0] == str(expected), timeout=10000)
