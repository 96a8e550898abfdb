"""通话名单: the borrowers SMS cannot or did not reach, for staff to phone, with what each owes and
how long it is overdue, in the order services/book/calls.py decides (call_priority: held borrowers
first, then loans past their first month overdue); a header click sorts otherwise. Exportable."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, QTimer, Signal
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
from operator_app.services.book import calls_view
from operator_app.services.book.calls import CallRow
from operator_app.services.changes import OpChanges
from operator_app.services.context import Database
from operator_app.services.paging import Cursor
from operator_app.ui.context import GuiContext
from operator_app.ui.dialogs import show_known
from operator_app.ui.lazy import LazyPage
from operator_app.ui.messages import qtr
from operator_app.ui.ops import run
from operator_app.ui.paged_model import SEARCH_AFTER_MS, PagedModel
from operator_app.ui.records_model import Column
from operator_app.ui.workers import Worker

EVERY = 10**9  # a page with no end: the export's


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


@dataclass(frozen=True)
class CallsSource:
    """The borrowers to call the search selects, a page at a time (services/book/calls_view.py)."""

    db: Database
    today: date
    search: str

    def page(self, order: str, descending: bool, after: Cursor | None, limit: int) -> list[CallRow]:
        return calls_view.page(self.db, self.today, search=self.search, order=order, descending=descending,
                               after=after, limit=limit)

    def count(self) -> int:
        return calls_view.count(self.db, self.today, search=self.search)

    def cursor(self, row: CallRow, order: str) -> Cursor:
        return calls_view.cursor_of(row, order, self.today)


class CallsPage(LazyPage):
    loaded = Signal()

    def __init__(self, *, ctx: GuiContext) -> None:
        super().__init__()
        self.ctx = ctx
        # the service's order (calls.call_order); a header click sorts in the database
        self.model = PagedModel(COLUMNS, pools=ctx.pools, sorts={0: "priority", 1: "contract_no", 4: "owed",
                                                                 5: "days_past_due"}, order="priority",
                                descending=False, parent=self)
        self.model.page_loaded.connect(lambda _n: self.loaded.emit())
        self.model.total_changed.connect(self._on_model_total_changed)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search contract, name or phone"))
        self.search.setAccessibleName(self.tr("Search"))
        self.search.setClearButtonEnabled(True)
        self.typing = QTimer(self)
        self.typing.setSingleShot(True)
        self.typing.setInterval(SEARCH_AFTER_MS)
        self.typing.timeout.connect(self.refresh)
        self.search.textChanged.connect(lambda _t: self.typing.start())
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Borrowers to call"))
        self.table.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)  # the service's order
        self.table.setSortingEnabled(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setStretchLastSection(True)
        for col, width in enumerate((60, 150, 100, 150, 110, 90)):
            self.table.setColumnWidth(col, width)
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

    def refresh(self) -> None:
        """Read the first page again (a page at a time after it, as the table scrolls)."""
        self.typing.stop()
        self.model.set_source(CallsSource(self.ctx.db, self.ctx.today, self.search.text().strip()))

    def _on_model_total_changed(self, total: int) -> None:
        self.count_label.setText(self.tr("%n borrower(s) to call", "", total))

    def _on_export_clicked(self) -> None:
        name, _f = QFileDialog.getSaveFileName(self, self.tr("Export call list"), "calls.xlsx",
                                               self.tr("Excel workbook (*.xlsx)"))
        if name:
            self.export(Path(name))

    def export(self, path: Path) -> Worker:
        """The whole list in the page's order (every page, not only those scrolled to)."""
        db, today = self.ctx.db, self.ctx.today
        headers = [qtr(f"export_col_{c}") for c in calls_service.EXPORT_COLUMNS]
        labels = {reason: qtr(f"reason_{reason}") for reason in calls_view.REASONS}

        def write(_w: Worker) -> int:
            rows = calls_view.page(db, today, limit=EVERY)
            calls_service.export_calls(rows, path, headers, lambda c: labels.get(c, c))
            return len(rows)

        return run(self, write, lambda n: self.count_label.setText(qtr("calls_exported", count=n, path=str(path))),
                   on_failed=lambda exc: show_known(self, exc), progress=self.tr("Exporting the call list…"))

    def _on_bus_changed(self, changes: OpChanges) -> None:
        if changes.loans or changes.messages or changes.settings or changes.inbox:  # a reply ends "no response"
            self.mark_stale()
