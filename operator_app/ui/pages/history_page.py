"""历史: every message the outbox holds, newest first, a page at a time as the table scrolls
(services/reports/history_view.py: filtered by status, searched by contract, number or text and sorted
by the database); statuses in the operator's language, mobiles masked."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
)

from operator_app.domain.outbox import STATES
from operator_app.domain.phones import shown_phone
from operator_app.services.changes import OpChanges
from operator_app.services.context import Database
from operator_app.services.paging import Cursor
from operator_app.services.reports import history_view
from operator_app.services.reports.history_view import HistoryFilter
from operator_app.services.reports.messages import MessageRow
from operator_app.ui.context import GuiContext
from operator_app.ui.lazy import LazyPage
from operator_app.ui.paged_model import SEARCH_AFTER_MS, PagedModel
from operator_app.ui.records_model import Column
from operator_app.ui.send_states_model import reason_text
from operator_app.ui.words import status_word

COLUMNS: list[Column[MessageRow]] = [
    Column(lambda: QCoreApplication.translate("HistoryPage", "No."), lambda m: str(m.id), right=True),
    Column(lambda: QCoreApplication.translate("HistoryPage", "Batch"), lambda m: str(m.batch), right=True),
    Column(lambda: QCoreApplication.translate("HistoryPage", "Contract"), lambda m: m.contract_no),
    Column(lambda: QCoreApplication.translate("HistoryPage", "To"), lambda m: shown_phone(m.to), search=lambda m: m.to),
    Column(lambda: QCoreApplication.translate("HistoryPage", "Status"), lambda m: status_word(m.status)),
    Column(lambda: QCoreApplication.translate("HistoryPage", "Why"), lambda m: reason_text(m.reason)),
    Column(lambda: QCoreApplication.translate("HistoryPage", "Text"), lambda m: m.text, tooltip=lambda m: m.text),
]


@dataclass(frozen=True)
class HistorySource:
    """The messages the filter selects, a page at a time (services/reports/history_view.py)."""

    db: Database
    filter: HistoryFilter

    def page(self, order: str, descending: bool, after: Cursor | None, limit: int) -> list[MessageRow]:
        return history_view.page(self.db, self.filter, order=order, descending=descending, after=after, limit=limit)

    def count(self) -> int:
        return history_view.count(self.db, self.filter)

    def cursor(self, row: MessageRow, order: str) -> Cursor:
        return history_view.cursor_of(row, order)


class HistoryPage(LazyPage):
    loaded = Signal()

    def __init__(self, *, ctx: GuiContext) -> None:
        super().__init__()
        self.ctx = ctx
        # the newest first; the database sorts (no., batch, contract, number, status) and searches
        self.model = PagedModel(COLUMNS, pools=ctx.pools, sorts={0: "id", 1: "batch", 2: "contract_no", 3: "to",
                                                                 4: "status"}, order="id", descending=True,
                                parent=self)
        self.model.page_loaded.connect(lambda _n: self.loaded.emit())
        self.model.total_changed.connect(self._on_model_total_changed)
        self.status = QComboBox()
        self.status.setAccessibleName(self.tr("Status"))
        self.status.addItem(self.tr("Every status"), None)
        for s in STATES:
            if s != "draft":
                self.status.addItem(status_word(s), s)
        self.status.currentIndexChanged.connect(lambda _i: self.refresh())
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search contract, number or text"))
        self.search.setAccessibleName(self.tr("Search"))
        self.search.setClearButtonEnabled(True)
        self.typing = QTimer(self)
        self.typing.setSingleShot(True)
        self.typing.setInterval(SEARCH_AFTER_MS)
        self.typing.timeout.connect(self.refresh)
        self.search.textChanged.connect(lambda _t: self.typing.start())
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Messages"))
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.DescendingOrder)  # the newest first
        self.table.setWordWrap(False)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setStretchLastSection(True)
        for col, width in enumerate((60, 50, 140, 130, 70, 150)):
            self.table.setColumnWidth(col, width)
        self.count_label = QLabel()
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Status:")))
        top.addWidget(self.status)
        top.addWidget(self.search, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.count_label)
        ctx.bus.changed.connect(self._on_bus_changed)

    def refresh(self) -> None:
        """Read the first page again (a page at a time after it, as the table scrolls)."""
        self.typing.stop()
        self.model.set_source(HistorySource(self.ctx.db, HistoryFilter(self.status.currentData(),
                                                                       self.search.text().strip())))

    def _on_model_total_changed(self, total: int) -> None:
        self.count_label.setText(self.tr("%n message(s)", "", total))

    def _on_bus_changed(self, changes: OpChanges) -> None:
        if changes.messages or changes.batches:
            self.mark_stale()
