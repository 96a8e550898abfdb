"""A lazy table over pages a service reads (history, inbox, calls): the loans model's way
(ui/loans_model.py) for lists of frozen records shown through named columns (ui/records_model).
The first page is read in a worker; the view asks for the next (canFetchMore/fetchMore) as it
scrolls, each read after the last row shown (keyset); a header click sorts in the database; the
total is counted after the first page is in. Nothing here reads a list whole."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, Generic, Protocol, TypeVar

import shiboken6
from PySide6.QtCore import QModelIndex, Qt, Signal

from operator_app.services.paging import Cursor
from operator_app.ui.records_model import Column, Index, RecordsModel
from operator_app.ui.workers import Pools, Worker

R = TypeVar("R")
PAGE = 200
SEARCH_AFTER_MS = 250  # a page's search box is read once typing pauses, not at every key


class Source(Protocol[R]):
    """What the model pages over: a filter fixed by the page, the order given by the model."""

    def page(self, order: str, descending: bool, after: Cursor | None, limit: int) -> list[R]: ...

    def count(self) -> int: ...

    def cursor(self, row: R, order: str) -> Cursor: ...


class PagedModel(RecordsModel[R], Generic[R]):
    loading_changed = Signal(bool)
    total_changed = Signal(int)
    page_loaded = Signal(int)  # rows in the page that came (0: none more)

    def __init__(self, columns: Sequence[Column[R]], *, pools: Pools, sorts: dict[int, str], order: str,
                 descending: bool, parent: Any = None) -> None:
        super().__init__(columns, parent)
        self._pools = pools
        self._sorts = sorts  # column -> the service's sort key; other columns do not sort
        self._order, self._descending = order, descending
        self._source: Source[R] | None = None
        self._exhausted = True
        self._loading = False
        self._fresh = False  # the next page is the first of a reload: it replaces the rows shown
        self._generation = 0  # pages that arrive for an older query are dropped
        self._count_pending = False
        self._counting = 0  # a count that arrives for an older filter is dropped
        self.total: int | None = None

    @property
    def order(self) -> tuple[str, bool]:
        return self._order, self._descending

    def column_of(self, order: str) -> int:
        return next((c for c, key in self._sorts.items() if key == order), -1)

    def set_source(self, source: Source[R]) -> None:
        """A new filter: read from the first page again and count."""
        self._source = source
        self.reload()

    def reload(self, *, recount: bool = True) -> None:
        """Read from the first page again. The rows shown stay until it comes (a click on a row
        while a write's reload runs still finds its row), then it replaces them."""
        self._generation += 1
        self._fresh = True
        self._exhausted = self._source is None
        self._loading = False
        if recount:
            self._counting += 1
            self._count_pending = True
        self.fetchMore()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        key = self._sorts.get(column)
        descending = order == Qt.SortOrder.DescendingOrder
        if key is None or (key, descending) == (self._order, self._descending):
            return  # a column the database does not sort on, or the order already shown
        self._order, self._descending = key, descending
        self.reload(recount=False)  # the same rows in another order: the total stands

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008 - Qt's signature
        return not parent.isValid() and not self._exhausted and not self._loading

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        source = self._source
        if parent.isValid() or self._loading or self._exhausted or source is None:
            return
        self._set_loading(True)
        generation, order, desc = self._generation, self._order, self._descending
        after = source.cursor(self.records[-1], order) if self.records and not self._fresh else None
        self._start(lambda _w: source.page(order, desc, after, PAGE),
                    lambda rows: self._on_page_loaded(generation, rows), lambda: self._on_page_failed(generation))

    def _start(self, fn: Callable[[Worker], object], done: Callable[[Any], None],
               failed: Callable[[], None] | None = None) -> None:
        worker = Worker(fn)
        worker.signals.finished.connect(done)
        if failed is not None:
            # The pool shows the failure (ui.errors); the table stops asking until the next
            # reload, or the view would ask again at once and fail the same way.
            worker.signals.failed.connect(lambda _exc: failed())
        self._pools.start_read(worker)

    def _on_page_loaded(self, generation: int, rows: list[R]) -> None:
        if not shiboken6.isValid(self) or generation != self._generation:
            return
        if self._fresh:
            self._fresh = False
            self.beginResetModel()
            self.records = list(rows)
            self.endResetModel()
        elif rows:
            start = len(self.records)
            self.beginInsertRows(QModelIndex(), start, start + len(rows) - 1)
            self.records.extend(rows)
            self.endInsertRows()
        self._exhausted = len(rows) < PAGE
        self._set_loading(False)
        self.page_loaded.emit(len(rows))
        if self._count_pending and self._source is not None:
            self._count_pending = False
            source, counting = self._source, self._counting
            self._start(lambda _w: source.count(), lambda n: self._on_count_loaded(counting, n))

    def _on_count_loaded(self, counting: int, total: int) -> None:
        if shiboken6.isValid(self) and counting == self._counting:
            self.total = total
            self.total_changed.emit(total)

    def _on_page_failed(self, generation: int) -> None:
        if shiboken6.isValid(self) and generation == self._generation:
            if self._fresh:  # the rows shown belong to the query before: none are known for this one
                self._fresh = False
                self.beginResetModel()
                self.records = []
                self.endResetModel()
            self._exhausted = True
            self._count_pending = False
            self._set_loading(False)

    def _set_loading(self, loading: bool) -> None:
        self._loading = loading
        self.loading_changed.emit(loading)
