"""导入: a wizard on one page. Choose a file (or drop it here), pick the sheet, check or change the
detected mapping, see the first rows with their problems highlighted, import with progress and
Cancel, then the result: created / updated / unchanged, the rejected rows, and the problems saved
as .xlsx. The import itself is services.import_file, in the one writer pool."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtGui import QColor, QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from operator_app.domain.text import shown_cell
from operator_app.importing.headers import FIELDS
from operator_app.services.changes import changed
from operator_app.services.importing.import_file import ImportResult, import_file
from operator_app.services.importing.import_preview import ImportPreview, preview
from operator_app.services.progress import Cancelled
from operator_app.ui.context import GuiContext
from operator_app.ui.dialogs import ask_operator, show_known
from operator_app.ui.messages import qtr
from operator_app.ui.ops import run, start
from operator_app.ui.state import IMPORT_MAPPINGS, LAST_IMPORT_FOLDER
from operator_app.ui.workers import Worker

FIELD_NAMES = {
    "contract_no": QT_TRANSLATE_NOOP("ImportPage", "Contract number"),
    "name": QT_TRANSLATE_NOOP("ImportPage", "Borrower name"),
    "phone": QT_TRANSLATE_NOOP("ImportPage", "Mobile"),
    "id_number": QT_TRANSLATE_NOOP("ImportPage", "ID number"),
    "principal": QT_TRANSLATE_NOOP("ImportPage", "Principal"),
    "disbursed_on": QT_TRANSLATE_NOOP("ImportPage", "Disbursed on"),
    "due_on": QT_TRANSLATE_NOOP("ImportPage", "Due date"),
    "amount_due": QT_TRANSLATE_NOOP("ImportPage", "Amount due"),
    "amount_paid": QT_TRANSLATE_NOOP("ImportPage", "Amount paid"),
    "outstanding": QT_TRANSLATE_NOOP("ImportPage", "Outstanding"),
    "seq": QT_TRANSLATE_NOOP("ImportPage", "Installment no."),
    "paid_on": QT_TRANSLATE_NOOP("ImportPage", "Paid on"),
}
PROBLEM = QColor("#ffd6d6")
STEP_CHOOSE, STEP_PREVIEW, STEP_RUN, STEP_RESULT = range(4)


def layout_key(headers: list[str]) -> str:
    """A file layout: its header row, whatever the file is called."""
    return hashlib.sha256("\x1f".join(headers).encode()).hexdigest()[:16]


def _mappings(raw: str) -> dict[str, dict[str, str]]:
    try:
        value = json.loads(raw)
    except ValueError:
        return {}
    return value if isinstance(value, dict) else {}


def field_name(field: str) -> str:
    return QCoreApplication.translate("ImportPage", str(FIELD_NAMES.get(field, field)))


class ImportPage(QWidget):
    import_finished = Signal(object)  # ImportResult
    preview_loaded = Signal(object)  # ImportPreview
    import_progress = Signal(int, int)  # rows done, rows in all

    def __init__(self, *, ctx: GuiContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.path: Path | None = None
        self.preview_data: ImportPreview | None = None
        self.applied: dict[str, str] = {}  # the mapping overrides the preview was made with
        self.result: ImportResult | None = None
        self.worker: Worker | None = None
        self.setAcceptDrops(True)
        self.steps = QStackedWidget()
        self.steps.addWidget(self._choose_step())
        self.steps.addWidget(self._preview_step())
        self.steps.addWidget(self._run_step())
        self.steps.addWidget(self._result_step())
        layout = QVBoxLayout(self)
        layout.addWidget(self.steps)

    # step 1
    def _choose_step(self) -> QWidget:
        w = QWidget()
        title = QLabel(self.tr("Import the loan book"))
        title.setStyleSheet("font-size:18px; font-weight:bold;")
        hint = QLabel(self.tr("Choose the borrower spreadsheet the office keeps (.xlsx, .xls or .csv), or drop it "
                              "on this page. Nothing is written before you confirm."))
        hint.setWordWrap(True)
        self.choose_button = QPushButton(self.tr("Choose a file…"))
        self.choose_button.setShortcut("Ctrl+O")
        self.choose_button.clicked.connect(self._on_choose_clicked)
        v = QVBoxLayout(w)
        v.addWidget(title)
        v.addWidget(hint)
        row = QHBoxLayout()
        row.addWidget(self.choose_button)
        row.addStretch(1)
        v.addLayout(row)
        v.addStretch(1)
        return w

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        urls = event.mimeData().urls()
        if urls and urls[0].isLocalFile():
            self.open_file(Path(urls[0].toLocalFile()))

    def _on_choose_clicked(self) -> None:
        folder = self.ctx.state.get(LAST_IMPORT_FOLDER) or str(Path.home())
        name, _f = QFileDialog.getOpenFileName(self, self.tr("Import borrower spreadsheet"), folder,
                                               self.tr("Spreadsheets (*.xlsx *.xlsm *.xls *.csv)"))
        if name:
            self.ctx.state.set(LAST_IMPORT_FOLDER, str(Path(name).parent))
            self.open_file(Path(name))

    def open_file(self, path: Path, sheet: str | None = None, overrides: dict[str, str] | None = None) -> Worker:
        """Preview `path`. Without `overrides`, a mapping the operator chose before for a sheet with
        the same header row is applied again."""
        self.path = path
        remembered = self.ctx.state

        def look(_w: Worker) -> tuple[ImportPreview, dict[str, str]]:
            p = preview(path, sheet=sheet, overrides=overrides)
            if overrides is None:
                saved = _mappings(remembered.get(IMPORT_MAPPINGS)).get(layout_key(p.headers))
                if saved and any(p.mapping.get(f) != h for f, h in saved.items()):
                    return preview(path, sheet=sheet, overrides=saved), saved
            return p, overrides or {}

        return run(self, look, lambda result: self._on_preview_loaded(*result),
                   on_failed=lambda exc: show_known(self, exc), progress=self.tr("Reading %1…").replace("%1", path.name))

    # step 2
    def _preview_step(self) -> QWidget:
        w = QWidget()
        self.file_label = QLabel()
        self.file_label.setStyleSheet("font-weight:bold;")
        self.sheet = QComboBox()
        self.sheet.setAccessibleName(self.tr("Sheet"))
        self.sheet.activated.connect(lambda _i: self._reload_preview(keep_mapping=False))
        self.mapping = QTableWidget(len(FIELDS), 2)
        self.mapping.setAccessibleName(self.tr("Column mapping"))
        self.mapping.setHorizontalHeaderLabels([self.tr("Field"), self.tr("Column in the sheet")])
        self.mapping.verticalHeader().setVisible(False)
        self.mapping.horizontalHeader().setStretchLastSection(True)
        self.mapping.setColumnWidth(0, 110)
        self.rows = QTableWidget()
        self.rows.setAccessibleName(self.tr("First rows"))
        self.rows.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.problems_label = QLabel()
        self.problems_label.setWordWrap(True)
        self.back_button = QPushButton(self.tr("Back"))
        self.back_button.clicked.connect(lambda: self.steps.setCurrentIndex(STEP_CHOOSE))
        self.import_button = QPushButton(self.tr("Import"))
        self.import_button.setDefault(True)
        self.import_button.clicked.connect(lambda: self.start_import())
        top = QHBoxLayout()
        top.addWidget(self.file_label, 1)
        top.addWidget(QLabel(self.tr("Sheet:")))
        top.addWidget(self.sheet)
        split = QSplitter()
        split.addWidget(self.mapping)
        split.addWidget(self.rows)
        split.setSizes([300, 860])
        bottom = QHBoxLayout()
        bottom.addWidget(self.problems_label, 1)
        bottom.addWidget(self.back_button)
        bottom.addWidget(self.import_button)
        v = QVBoxLayout(w)
        v.addLayout(top)
        v.addWidget(split, 1)
        v.addLayout(bottom)
        return w

    def _on_preview_loaded(self, p: ImportPreview, applied: dict[str, str] | None = None) -> None:
        self.preview_data = p
        self.applied = dict(applied or {})
        assert self.path is not None
        self.file_label.setText(self.tr("%1 · header on row %2 · %3 data row(s)").replace("%1", self.path.name)
                                .replace("%2", str(p.header_row)).replace("%3", str(p.data_rows)))
        self.sheet.blockSignals(True)
        self.sheet.clear()
        self.sheet.addItems(p.sheets or ["—"])
        if p.sheet:
            self.sheet.setCurrentText(p.sheet)
        self.sheet.setEnabled(bool(p.sheets))
        self.sheet.blockSignals(False)
        for i, f in enumerate(FIELDS):
            self.mapping.setItem(i, 0, QTableWidgetItem(field_name(f)))
            combo = QComboBox()
            combo.addItem(self.tr("(not used)"), "")
            for h in p.headers:
                if h:
                    combo.addItem(h, h)
            combo.setCurrentIndex(max(0, combo.findData(p.mapping.get(f, ""))))
            combo.setProperty("field", f)
            combo.activated.connect(lambda _i: self._reload_preview(keep_mapping=True))
            self.mapping.setCellWidget(i, 1, combo)
        self.rows.clear()
        self.rows.setColumnCount(len(p.headers))
        self.rows.setHorizontalHeaderLabels(p.headers)
        self.rows.setRowCount(len(p.rows))
        self.rows.setVerticalHeaderLabels([str(p.first_row + i) for i in range(len(p.rows))])
        for r, cells in enumerate(p.rows):
            row_no = p.first_row + r
            row_issues = p.issues_at(row_no, None)
            for c, header in enumerate(p.headers):
                item = QTableWidgetItem(shown_cell(cells[c]) if c < len(cells) else "")
                hits = [i for i in row_issues if i.column == header or (i.column is None and c == 0)]
                if hits:
                    item.setBackground(PROBLEM)
                    item.setToolTip("\n".join(qtr(i.detail, **i.params) for i in hits))
                self.rows.setItem(r, c, item)
        self.rows.resizeColumnsToContents()
        bad_rows = len({i.row for i in p.issues if i.rejecting})
        self.problems_label.setText(self.tr("In the first %1 rows: %2 would be rejected, %3 problem(s) in all "
                                            "(highlighted; point at a cell for the reason).")
                                    .replace("%1", str(len(p.rows))).replace("%2", str(bad_rows))
                                    .replace("%3", str(len(p.issues))))
        self.steps.setCurrentIndex(STEP_PREVIEW)
        self.preview_loaded.emit(p)

    def overrides(self) -> dict[str, str]:
        """The mapping the operator changed (field -> header), passed to the import as --map is."""
        p = self.preview_data
        out: dict[str, str] = dict(self.applied)
        for i in range(self.mapping.rowCount()):
            combo = self.mapping.cellWidget(i, 1)
            if isinstance(combo, QComboBox):
                f, header = str(combo.property("field")), str(combo.currentData() or "")
                if header and (p is None or p.mapping.get(f) != header):
                    out[f] = header
        return out

    def _reload_preview(self, *, keep_mapping: bool) -> None:
        if self.path is not None:
            sheet = self.sheet.currentText() if self.sheet.isEnabled() else None
            self.open_file(self.path, sheet, self.overrides() if keep_mapping else None)

    # step 3
    def _run_step(self) -> QWidget:
        w = QWidget()
        self.run_label = QLabel()
        self.progress = QProgressBar()
        self.progress.setAccessibleName(self.tr("Import progress"))
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.clicked.connect(lambda: self.worker.cancel() if self.worker else None)
        v = QVBoxLayout(w)
        v.addWidget(self.run_label)
        v.addWidget(self.progress)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.cancel_button)
        v.addLayout(row)
        v.addStretch(1)
        return w

    def start_import(self, path: Path | None = None) -> Worker | None:
        """None, importing nothing, when the operator gives no name (the run records who)."""
        path = path or self.path
        assert path is not None
        who = ask_operator(self, self.ctx)
        if not who:
            return None
        self.path = path
        p = self.preview_data
        sheet = p.sheet if p is not None and p.sheet else None
        overrides = self.overrides() if p is not None else None
        if p is not None and overrides:
            saved = _mappings(self.ctx.state.get(IMPORT_MAPPINGS))
            saved[layout_key(p.headers)] = {**saved.get(layout_key(p.headers), {}), **overrides}
            self.ctx.state.set(IMPORT_MAPPINGS, json.dumps(dict(list(saved.items())[-50:]), ensure_ascii=False))
        self.run_label.setText(self.tr("Importing %1…").replace("%1", path.name))
        self.progress.setValue(0)
        self.steps.setCurrentIndex(STEP_RUN)
        db = self.ctx.db
        worker = Worker(lambda w: changed(import_file, db, path, sheet=sheet, overrides=overrides or None, actor=who,
                                              progress=w))
        self.worker = worker
        # its own progress bar and Cancel on the page (a modal dialog would cover them)
        return start(self, worker, on_done=self._on_import_done, on_failed=self._on_import_failed,
                     on_progress=self._on_import_progress, write=True)

    def _on_import_progress(self, done: int, total: int, _note: str) -> None:
        self.progress.setValue(int(100 * done / max(total, 1)))
        self.import_progress.emit(done, total)

    def _on_import_failed(self, exc: Exception) -> None:
        self.steps.setCurrentIndex(STEP_PREVIEW if self.preview_data else STEP_CHOOSE)
        if isinstance(exc, Cancelled):
            self.problems_label.setText(self.tr("Import cancelled: nothing was written."))
            return
        show_known(self, exc)

    # step 4
    def _result_step(self) -> QWidget:
        w = QWidget()
        self.result_label = QLabel()
        self.result_label.setWordWrap(True)
        self.result_label.setStyleSheet("font-size:15px;")
        self.rejected = QTableWidget(0, 3)
        self.rejected.setAccessibleName(self.tr("Rejected rows"))
        self.rejected.setHorizontalHeaderLabels([self.tr("Row"), self.tr("Column"), self.tr("Problem")])
        self.rejected.horizontalHeader().setStretchLastSection(True)
        self.rejected.verticalHeader().setVisible(False)
        self.save_button = QPushButton(self.tr("Save problems as .xlsx…"))
        self.save_button.clicked.connect(self._on_save_clicked)
        again = QPushButton(self.tr("Import another file"))
        again.clicked.connect(lambda: self.steps.setCurrentIndex(STEP_CHOOSE))
        v = QVBoxLayout(w)
        v.addWidget(self.result_label)
        v.addWidget(self.rejected, 1)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.save_button)
        row.addWidget(again)
        v.addLayout(row)
        return w

    def _on_import_done(self, result: ImportResult) -> None:
        self.result = result
        self.result_label.setText(qtr("import_summary", rows_read=result.rows_read, loans_created=result.loans_created,
                                      loans_updated=result.loans_updated, loans_unchanged=result.loans_unchanged,
                                      installments=result.installments,
                                      rejected=len({i.row for i in result.rejected}), warnings=len(result.warnings))
                                  + ("\n" + qtr("import_withdrawn", count=result.withdrawn) if result.withdrawn else ""))
        issues = [*result.rejected, *result.warnings]
        self.rejected.setRowCount(min(len(issues), 1000))
        for r, i in enumerate(issues[:1000]):
            for c, text in enumerate((str(i.row), i.column or "", qtr(i.detail, **i.params))):
                self.rejected.setItem(r, c, QTableWidgetItem(text))
        self.rejected.resizeColumnToContents(0)
        self.save_button.setEnabled(bool(issues))
        self.steps.setCurrentIndex(STEP_RESULT)
        self.import_finished.emit(result)

    def _on_save_clicked(self) -> None:
        name, _f = QFileDialog.getSaveFileName(self, self.tr("Save problems"), "import-problems.xlsx",
                                               self.tr("Excel workbook (*.xlsx)"))
        if name:
            self.save_problems(Path(name))

    def save_problems(self, path: Path) -> Worker | None:
        from operator_app.importing.report import write_problem_report

        result = self.result
        if result is None:
            return None
        issues = [*result.rejected, *result.warnings]
        labels = (qtr("report_row_column"), qtr("report_error_column"))
        texts = {id(i): qtr(i.detail, **i.params) for i in issues}
        return run(self, lambda _w: write_problem_report(path, result.headers, result.problem_rows, issues,
                                                                   lambda i: texts[id(i)], labels),
                   lambda _r: self.result_label.setText(self.result_label.text() + "\n" +
                                                        self.tr("Problems saved to %1").replace("%1", str(path))),
                   on_failed=lambda exc: show_known(self, exc), progress=self.tr("Saving the problems…"))


__all__ = ["ImportPage", "Qt"]
