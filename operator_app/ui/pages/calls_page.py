"""通话名单: the borrowers SMS cannot or did not reach, for staff to phone, with what each owes and
how long it is overdue, in the order services/book/calls.py decides (call_priority: held borrowers
first, then loans past their first month overdue); a header click sorts otherwise. Exportable."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QSortFilterProxyModel, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
)

from operator_app.domain.money import format_fen
from operator_app.services.book import calls as calls_service
from operator_app.services.book.calls import CallRow
from operator_app.ui.changes import Changes
from operator_app.ui.context import GuiContext
from operator_app.ui.dialogs import show_known
from operator_app.ui.lazy import LazyPage
from operator_app.ui.messages import qtr
from operator_app.ui.ops import run
from operator_app.ui.records_model import Column, RecordsModel, SortRole
from operator_app.ui.workers import Worker


def _tr(text: str) -> str:
    return QCoreApplication.translate("CallsPage", text)


PRIORITY_TIPS = {
    1: QT_TRANSLATE_NOOP("CallsPage", "1: on hold, a dispute or complaint waits for a person"),
    2: QT_TRANSLATE_NOOP("CallsPage", "2: more than a month overdue (M2 and later)"),
    3: QT_TRANSLATE_NOOP("CallsPage", "3: due today up to a month overdue"),
}


def _priority_tip(row: CallRow) -> str:
    return QCoreApplication.translate("CallsPage", str(PRIORITY_TIPS.get(row.priority, "")))


COLUMNS: list[Column[CallRow]] = [
    Column(lambda: QCoreApplication.translate("CallsPage", "Priority"), lambda r: str(r.priority), right=True,
           tooltip=_priority_tip, sort=lambda r: r.priority),
    Column(lambda: QCoreApplication.translate("CallsPage", "Contract"), lambda r: r.contract_no),
    Column(lambda: QCoreApplication.translate("CallsPage", "Borrower"), lambda r: r.borrower or "—"),
    Column(lambda: QCoreApplication.translate("CallsPage", "Phone as imported"), lambda r: r.phone_raw or "—"),
    Column(lambda: QCoreApplication.translate("CallsPage", "Owed"), lambda r: format_fen(r.outstanding_fen),
           right=True, sort=lambda r: r.outstanding_fen),
    Column(lambda: QCoreApplication.translate("CallsPage", "Days overdue"), lambda r: str(r.days_past_due),
           right=True, sort=lambda r: r.days_past_due),
    Column(lambda: QCoreApplication.translate("CallsPage", "Why call"), lambda r: qtr(f"reason_{r.reason}")),
]


class CallsPage(LazyPage):
    loaded = Signal()

    def __init__(self, *, ctx: GuiContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.model = RecordsModel(COLUMNS, self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setFilterKeyColumn(-1)
        self.proxy.setSortRole(SortRole)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search contract, name or phone"))
        self.search.setAccessibleName(self.tr("Search"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self.proxy.setFilterFixedString)
        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setAccessibleName(self.tr("Borrowers to call"))
        self.table.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)  # the service's order
        self.table.setSortingEnabled(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.count_label = QLabel()
        self.export_button = QPushButton(self.tr("Export to Excel…"))
        self.export_button.clicked.connect(self._on_export_clicked)
        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addWidget(self.export_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        self.legend = QLabel(self.tr("Priority: 1 on hold (a dispute or complaint to answer) · 2 more than a month "
                                     "overdue · 3 the rest; then the most days overdue, then the most owed."))
        self.legend.setWordWrap(True)
        self.legend.setStyleSheet("color:#4b5563;")
        bottom = QHBoxLayout()
        bottom.addWidget(self.count_label)
        bottom.addWidget(self.legend, 1)
        layout.addLayout(bottom)
        ctx.bus.changed.connect(self._on_bus_changed)

    def refresh(self) -> Worker:
        db, today = self.ctx.db, self.ctx.today
        return run(self, lambda _w: calls_service.call_list(db, today), self._on_loaded)

    def _on_loaded(self, rows: list[CallRow]) -> None:
        self.model.set_records(rows)
        for col, width in enumerate((60, 150, 100, 150, 110, 90)):
            self.table.setColumnWidth(col, width)
        self.count_label.setText(self.tr("%n borrower(s) to call", "", len(rows)))
        self.loaded.emit()

    def _on_export_clicked(self) -> None:
        name, _f = QFileDialog.getSaveFileName(self, self.tr("Export call list"), "calls.xlsx",
                                               self.tr("Excel workbook (*.xlsx)"))
        if name:
            self.export(Path(name))

    def export(self, path: Path) -> Worker:
        rows = list(self.model.records)
        headers = [qtr(f"export_col_{c}") for c in calls_service.EXPORT_COLUMNS]
        labels = {r.reason: qtr(f"reason_{r.reason}") for r in rows}
        return run(self, lambda _w: calls_service.export_calls(rows, path, headers, lambda c: labels.get(c, c)),
                   lambda _r: self.count_label.setText(qtr("calls_exported", count=len(rows), path=str(path))),
                   on_failed=lambda exc: show_known(self, exc))

    def _on_bus_changed(self, changes: Changes) -> None:
        if changes.loans or changes.messages or changes.settings:
            self.mark_stale()
