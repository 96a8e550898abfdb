"""历史: every message the outbox holds (services/messages.list_messages), filtered by status in
the service and searched here by contract, number or text; statuses in the operator's language."""

from __future__ import annotations

from PySide6.QtCore import (
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
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
from operator_app.services.reports import messages as message_service
from operator_app.services.reports.messages import MessageRow
from operator_app.ui.changes import Changes
from operator_app.ui.context import GuiContext
from operator_app.ui.lazy import LazyPage
from operator_app.ui.ops import run
from operator_app.ui.records_model import Column, RecordsModel, SearchRole
from operator_app.ui.send_states_model import reason_text
from operator_app.ui.words import status_word
from operator_app.ui.workers import Worker

COLUMNS: list[Column[MessageRow]] = [
    Column(lambda: QCoreApplication.translate("HistoryPage", "No."), lambda m: str(m.id), right=True),
    Column(lambda: QCoreApplication.translate("HistoryPage", "Batch"), lambda m: str(m.batch), right=True),
    Column(lambda: QCoreApplication.translate("HistoryPage", "Contract"), lambda m: m.contract_no),
    Column(lambda: QCoreApplication.translate("HistoryPage", "To"), lambda m: shown_phone(m.to), search=lambda m: m.to),
    Column(lambda: QCoreApplication.translate("HistoryPage", "Status"), lambda m: status_word(m.status)),
    Column(lambda: QCoreApplication.translate("HistoryPage", "Why"), lambda m: reason_text(m.reason)),
    Column(lambda: QCoreApplication.translate("HistoryPage", "Text"), lambda m: m.text, tooltip=lambda m: m.text),
]


class NumbersProxy(QSortFilterProxyModel):
    """Sorts numbers as numbers ("99" before "100"), everything else as text."""

    def lessThan(self, left: QModelIndex | QPersistentModelIndex, right: QModelIndex | QPersistentModelIndex) -> bool:
        a, b = str(left.data() or ""), str(right.data() or "")
        if a.isdigit() and b.isdigit():
            return int(a) < int(b)
        return a < b


class HistoryPage(LazyPage):
    loaded = Signal()

    def __init__(self, *, ctx: GuiContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.model = RecordsModel(COLUMNS, self)
        self.proxy = NumbersProxy(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setFilterKeyColumn(-1)
        self.proxy.setFilterRole(SearchRole)  # a masked number is found by the whole number
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
        self.search.textChanged.connect(self.proxy.setFilterFixedString)
        self.search.textChanged.connect(lambda _t: self._count())
        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setAccessibleName(self.tr("Messages"))
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.DescendingOrder)  # the newest first
        self.table.setWordWrap(False)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setStretchLastSection(True)
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

    def refresh(self) -> Worker:
        db, status = self.ctx.db, self.status.currentData()
        return run(self, lambda _w: message_service.list_messages(db, status=status), self._on_loaded)

    def _on_loaded(self, rows: list[MessageRow]) -> None:
        self.model.set_records(rows)
        for col, width in enumerate((60, 50, 140, 130, 70, 150)):
            self.table.setColumnWidth(col, width)
        self._count()
        self.loaded.emit()

    def _count(self) -> None:
        self.count_label.setText(self.tr("%n message(s)", "", self.proxy.rowCount()))

    def _on_bus_changed(self, changes: Changes) -> None:
        if changes.messages or changes.batches:
            self.mark_stale()
