"""The main window: the loan list with search and import. Thin: work goes to services via workers."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMessageBox,
    QProgressDialog,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from operator_app import i18n
from operator_app.errors import KnownError
from operator_app.services.context import Database, probe_modem
from operator_app.services.error_text import error_params
from operator_app.services.import_file import ImportResult, import_file
from operator_app.services.progress import Cancelled
from operator_app.ui.errors import show_failure
from operator_app.ui.loans_model import LoansTableModel
from operator_app.ui.messages import qtr
from operator_app.ui.workers import Pools, Worker

if TYPE_CHECKING:
    from operator_app.services.context import Modem, ModemInfo


class MainWindow(QMainWindow):
    def __init__(self, *, db: Database, pools: Pools, today: date, modem: Modem | None = None,
                 modem_name: str = "") -> None:
        super().__init__()
        self._modem = modem
        self._modem_name = modem_name
        self._db = db
        self._pools = pools
        self._import_worker: Worker | None = None
        self.setWindowTitle(self.tr("Collections SMS desk"))
        self.resize(1100, 680)

        self.model = LoansTableModel(db=db, pools=pools, today=today, parent=self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSortingEnabled(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setColumnWidth(0, 160)
        self.table.horizontalHeader().setSortIndicator(0, Qt.SortOrder.AscendingOrder)

        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search contract, name or phone"))
        self.search.setClearButtonEnabled(True)
        self._search_timer = QTimer(self, singleShot=True, interval=250)
        self._search_timer.timeout.connect(lambda: self.model.set_search(self.search.text()))
        self.search.textChanged.connect(lambda _t: self._search_timer.start())

        self.import_button = QPushButton(self.tr("Import spreadsheet…"))
        self.import_button.clicked.connect(self._on_import_clicked)

        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addWidget(self.import_button)
        body = QVBoxLayout()
        body.addLayout(top)
        body.addWidget(self.table, 1)
        central = QWidget()
        central.setLayout(body)
        self.setCentralWidget(central)

        self.total_label = QLabel()
        self.modem_label = QLabel(self.tr("No modem configured") if modem is None else self.tr("Connecting to the modem…"))
        self.statusBar().addWidget(self.total_label, 1)
        self.statusBar().addPermanentWidget(self.modem_label)
        self.statusBar().addPermanentWidget(QLabel(self.tr("As of %1").replace("%1", today.isoformat())))
        self.model.total_changed.connect(self._on_model_total_changed)
        self.model.reload()
        self.modem_worker: Worker | None = None
        if modem is not None:
            self.probe_modem()

    def probe_modem(self) -> Worker:
        """Open and probe the modem off the GUI thread (a real one may take seconds to answer)."""
        modem = self._modem
        assert modem is not None

        worker = Worker(lambda _w: probe_modem(modem), handles_failure=True)
        worker.signals.finished.connect(self._on_modem_probed)
        worker.signals.failed.connect(self._on_modem_failed)
        self.modem_worker = worker
        self._pools.start_read(worker)
        return worker

    def _on_modem_probed(self, info: ModemInfo) -> None:
        text = self.tr("%1 %2 · signal %3/5 · %4").replace("%1", self._modem_name or info.manufacturer) \
            .replace("%2", info.model).replace("%3", str(info.bars)).replace("%4", info.operator or "—")
        self.modem_label.setText(text)
        if not info.registered:
            self.modem_label.setText(text + " · " + self.tr("no network"))

    def _on_modem_failed(self, exc: Exception) -> None:
        self.modem_label.setText(self.tr("Modem not connected"))
        if not isinstance(exc, KnownError):
            show_failure(exc, self)  # a bug, not a modem that is away
            return
        self.modem_label.setToolTip(qtr(exc.code, **error_params(exc, i18n.language())))

    def _on_model_total_changed(self, total: int) -> None:
        self.total_label.setText(self.tr("%n loan(s)", "", total))

    def _on_import_clicked(self) -> None:
        settings = QSettings()
        folder = str(settings.value("import/last_folder", str(Path.home())))
        name, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Import borrower spreadsheet"), folder,
            self.tr("Spreadsheets (*.xlsx *.xlsm *.xls *.csv)"))
        if name:
            settings.setValue("import/last_folder", str(Path(name).parent))
            self.start_import(Path(name))

    def start_import(self, path: Path) -> Worker:
        self.import_button.setEnabled(False)
        dialog = QProgressDialog(self.tr("Importing %1…").replace("%1", path.name), self.tr("Cancel"), 0, 100, self)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(500)
        worker = Worker(lambda w: import_file(self._db, path, progress=w), handles_failure=True)
        worker.signals.progress.connect(lambda done, total, _n: dialog.setValue(int(100 * done / max(total, 1))))
        dialog.canceled.connect(worker.cancel)
        worker.signals.finished.connect(lambda result: self._on_import_finished(result, dialog))
        worker.signals.failed.connect(lambda exc: self._on_import_failed(exc, dialog))
        self._import_worker = worker
        self._pools.start_write(worker)
        return worker

    def _on_import_finished(self, result: ImportResult, dialog: QProgressDialog) -> None:
        dialog.reset()
        self.import_button.setEnabled(True)
        text = qtr("import_summary", rows_read=result.rows_read, loans_created=result.loans_created,
                   loans_updated=result.loans_updated, loans_unchanged=result.loans_unchanged,
                   installments=result.installments, rejected=len({i.row for i in result.rejected}),
                   warnings=len(result.warnings))
        details = "\n".join(f"{i.row} {i.column or ''}: {qtr(i.detail, **i.params)}"
                            for i in [*result.rejected, *result.warnings][:200])
        self.statusBar().showMessage(text, 15000)
        self.model.reload()
        box = QMessageBox(QMessageBox.Icon.Information, self.tr("Import finished"), text, parent=self)
        if details:
            box.setDetailedText(details)
        box.open()

    def _on_import_failed(self, exc: Exception, dialog: QProgressDialog) -> None:
        dialog.reset()
        self.import_button.setEnabled(True)
        if isinstance(exc, Cancelled):
            self.statusBar().showMessage(self.tr("Import cancelled: nothing was written."), 15000)
            return
        if isinstance(exc, KnownError):
            box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Import failed"),
                              qtr(exc.code, **error_params(exc, i18n.language())), parent=self)
            box.open()
        else:
            show_failure(exc, self)
