"""The loan list: a lazy QAbstractTableModel over pages the queue service sorts and filters in SQL,
each page read after the last row shown (keyset), so scrolling far costs what the first page does."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from typing import Any

import shiboken6
from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor

from operator_app.domain.collection import StageDays
from operator_app.domain.money import format_fen
from operator_app.services.book import queue as queue_service
from operator_app.services.book import queue_view
from operator_app.services.book.queue import QueueRow
from operator_app.services.book.queue_view import QueueFilter
from operator_app.services.context import Database
from operator_app.services.office import settings as settings_service
from operator_app.ui.messages import qtr
from operator_app.ui.words import reason_words
from operator_app.ui.workers import Pools, Worker

RowRole = Qt.ItemDataRole.UserRole + 1
Index = QModelIndex | QPersistentModelIndex

# (header message code, service sort key). Headers, stages and exclusions are operator_app.i18n
# messages, shared with the CLI's `queue`: one wording on screen and in the terminal.
COLUMNS = [
    ("col_contract", "contract_no"),
    ("col_borrower", "borrower"),
    ("col_mobile", "phone"),
    ("col_outstanding", "outstanding_fen"),
    ("col_first_due", "first_due"),
    ("col_days_past_due", "days_past_due"),
    ("col_stage", "stage"),
    ("col_excluded", "exclusions"),
    ("col_prefs", "prefs"),  # the borrower's own contact wishes (services/book/preferences.py)
]
COL_CONTRACT, COL_BORROWER, COL_PHONE, COL_OUTSTANDING, COL_DUE, COL_DPD, COL_STAGE, COL_EXCLUDED, COL_PREFS = range(9)
PAGE = 200
EXCLUDED_COLOUR = QColor("#a15c00")


def prefs_words(row: QueueRow) -> str:
    """The borrower's wishes in words ("" when none)."""
    return qtr("list_separator").join(qtr(code, **values) for code, values in row.prefs.phrases())


def prefs_short(row: QueueRow) -> str:
    """The borrower's wishes in the narrow last column (the words are in its tooltip and the
    side pane): ☎ calls only, else the hours (18–20), weekdays, the weekly limit; ✎ a note alone."""
    p = row.prefs
    if p.no_sms:
        return "☎"
    parts = []
    if p.window is not None:
        start, end = p.window
        parts.append("–".join(f"{m // 60}" if m % 60 == 0 else f"{m // 60}:{m % 60:02d}" for m in (start, end)))
    if p.weekdays_only:
        parts.append(qtr("prefs_short_weekdays"))
    if p.weekly_max is not None:
        parts.append(qtr("prefs_short_weekly", n=p.weekly_max))
    return " ".join(parts) or ("✎" if row.prefs_note else "")


def prefs_tooltip(row: QueueRow) -> str:
    lines = [prefs_words(row) if row.prefs.any else qtr("prefs_none")]
    if row.prefs_note:
        lines.append(qtr("prefs_note", note=row.prefs_note))
    return "\n".join(lines)


class LoansTableModel(QAbstractTableModel):
    loading_changed = Signal(bool)
    total_changed = Signal(int)

    def __init__(self, *, db: Database, pools: Pools, today: date, parent: Any = None,
                 start: QueueFilter | None = None) -> None:
        super().__init__(parent)
        self._db = db
        self._pools = pools
        self._today = today
        self._rows: list[QueueRow] = []
        self._exhausted = False
        self._loading = False
        self._filter = start or QueueFilter()
        self._order = "contract_no"
        self._descending = False
        self._generation = 0  # pages that arrive for an older query are dropped
        self._count_pending = False  # the total is counted after the first page of a reload
        self._stage_days: StageDays | None = None  # the office's, read by the first page

    # Qt model API
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole) and orientation == Qt.Orientation.Horizontal:
            return qtr(COLUMNS[section][0])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        col = index.column()
        if role == RowRole:
            return row
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, col)
        if role == Qt.ItemDataRole.TextAlignmentRole and col in (COL_OUTSTANDING, COL_DPD):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole and row.exclusions and row.stage not in ("paid", "not_due"):
            return EXCLUDED_COLOUR  # owes money but gets no SMS: the reason column says why
        if role == Qt.ItemDataRole.ToolTipRole and (col == COL_STAGE or (col == COL_EXCLUDED and row.exclusions)):
            return self._display(row, col)  # a long stage name or reason, whole
        if role == Qt.ItemDataRole.ToolTipRole and col == COL_PREFS and row.prefs_set_at is not None:
            return prefs_tooltip(row)
        return None

    def _display(self, row: QueueRow, col: int) -> str:
        if col == COL_CONTRACT:
            return row.contract_no
        if col == COL_BORROWER:
            return row.borrower or "—"
        if col == COL_PHONE:
            return row.shown_phone or "—"
        if col == COL_OUTSTANDING:
            return format_fen(row.outstanding_fen)
        if col == COL_DUE:
            return row.first_due.isoformat() if row.first_due else "—"
        if col == COL_DPD:
            return str(row.days_past_due) if row.days_past_due else ""
        if col == COL_STAGE:
            return qtr(f"stage_{row.stage}")
        if col == COL_PREFS:
            return prefs_short(row)
        return reason_words(row.exclusions)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        key = COLUMNS[column][1]
        descending = order == Qt.SortOrder.DescendingOrder
        # QTableView.sortByColumn asks twice (through the header's indicator, then itself): the
        # second time it is the order already shown.
        if key not in queue_service.SORTABLE or (key, descending) == (self._order, self._descending):
            return
        self._order = key
        self._descending = descending
        self.reload(recount=False)  # the same loans in another order: the total stands

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and not self._exhausted and not self._loading

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if parent.isValid() or self._loading or self._exhausted:
            return
        self._set_loading(True)
        generation = self._generation
        f, order, desc = self._filter, self._order, self._descending
        # Keyset paging: the next page starts after the last row shown, read from the index.
        after = queue_service.cursor_of(self._rows[-1], order) if self._rows else None
        worker = Worker(lambda _w: queue_view.page(self._db, self._today, f, order=order, descending=desc,
                                                   after=after, limit=PAGE, policy=self._office_days()))
        worker.signals.finished.connect(lambda rows: self._on_page_loaded(generation, rows))
        # The pool shows the failure (ui.errors); the table stops asking until the next reload,
        # or the view would ask again at once and fail the same way.
        worker.signals.failed.connect(lambda _exc: self._on_page_failed(generation))
        self._pools.start_read(worker)

    def _office_days(self) -> StageDays:
        """The office's stage days, read once (in a worker) and kept until the settings change:
        a page costs one query, not two."""
        if self._stage_days is None:
            self._stage_days = settings_service.stage_days(self._db)
        return self._stage_days

    # our API
    def settings_changed(self) -> None:
        self._stage_days = None
        self.reload()

    def set_search(self, text: str) -> None:
        self.set_filter(replace(self._filter, search=text.strip()))

    def set_filter(self, f: QueueFilter) -> None:
        self._filter = f
        self.reload()

    @property
    def filter(self) -> QueueFilter:
        return self._filter

    def reload(self, *, recount: bool = True) -> None:
        self._generation += 1
        self.beginResetModel()
        self._rows = []
        self._exhausted = False
        self._loading = False
        self.endResetModel()
        # The count (a scan of every matching loan) starts once the first page is in, so the rows
        # the operator waits for do not share the database and the interpreter with it. A count
        # still owed from a reload whose page never came (a sort right after a filter) stays owed.
        self._count_pending = self._count_pending or recount
        self.fetchMore()

    def _start_count(self) -> None:
        self._count_pending = False
        f = self._filter
        worker = Worker(lambda _w: queue_view.count(self._db, self._today, f, policy=self._office_days()))
        worker.signals.finished.connect(self._on_count_loaded)
        self._pools.start_read(worker)

    def _on_count_loaded(self, total: int) -> None:
        if shiboken6.isValid(self):
            self.total_changed.emit(total)

    def row_at(self, row: int) -> QueueRow:
        return self._rows[row]

    def _on_page_loaded(self, generation: int, rows: list[QueueRow]) -> None:
        # A page asked for just before the window closed arrives after the model is gone.
        if not shiboken6.isValid(self) or generation != self._generation:
            return
        if rows:
            start = len(self._rows)
            self.beginInsertRows(QModelIndex(), start, start + len(rows) - 1)
            self._rows.extend(rows)
            self.endInsertRows()
        self._exhausted = len(rows) < PAGE
        self._set_loading(False)
        if self._count_pending:
            self._start_count()

    def _on_page_failed(self, generation: int) -> None:
        if shiboken6.isValid(self) and generation == self._generation:
            self._exhausted = True
            self._count_pending = False  # the count would fail for the same cause
            self._set_loading(False)

    def _set_loading(self, loading: bool) -> None:
        self._loading = loading
        self.loading_changed.emit(loading)
