"""批次: the list of batches with their SMS parts (what the office pays for); a batch's every
message and every exclusion with its reasons; approve (by a second operator, with the stale-data
guard asking first; refused until the office's signature and phone are set), cancel, export."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QItemSelection, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from operator_app.domain.phones import shown_phone
from operator_app.errors import KnownError
from operator_app.services.changes import OpChanges, changed
from operator_app.services.office.settings import current as current_settings
from operator_app.services.planning import batches as batch_service
from operator_app.services.planning.batch_export import export_batch
from operator_app.services.planning.batches import BatchView, MessageView
from operator_app.services.reports.dashboard import BatchRow, list_batches
from operator_app.ui.context import GuiContext
from operator_app.ui.dialogs import known_text, show_known
from operator_app.ui.lazy import LazyPage
from operator_app.ui.messages import qtr
from operator_app.ui.ops import run
from operator_app.ui.records_model import Column, RecordsModel, RowRole
from operator_app.ui.sign_in_dialog import SignInDialog
from operator_app.ui.state import BATCHES_SPLITTER
from operator_app.ui.words import reason_words, status_word
from operator_app.ui.workers import Worker


def _tr(text: str) -> str:
    return QCoreApplication.translate("BatchesPage", text)


BATCH_COLUMNS: list[Column[BatchRow]] = [
    Column(lambda: QCoreApplication.translate("BatchesPage", "No."), lambda b: str(b.id), right=True),
    Column(lambda: QCoreApplication.translate("BatchesPage", "For"), lambda b: b.as_of.isoformat()),
    Column(lambda: QCoreApplication.translate("BatchesPage", "Status"), lambda b: status_word(b.status)),
    Column(lambda: QCoreApplication.translate("BatchesPage", "Messages"), lambda b: str(b.messages), right=True),
    Column(lambda: QCoreApplication.translate("BatchesPage", "Parts"), lambda b: str(b.parts), right=True,
           tooltip=lambda b: QCoreApplication.translate("BatchesPage", "SMS parts: what the office pays for")),
    Column(lambda: QCoreApplication.translate("BatchesPage", "Excluded"), lambda b: str(b.excluded), right=True),
    Column(lambda: QCoreApplication.translate("BatchesPage", "Created by"), lambda b: b.created_by),
    Column(lambda: QCoreApplication.translate("BatchesPage", "Approved by"), lambda b: b.approved_by or "—"),
]
MESSAGE_COLUMNS: list[Column[MessageView]] = [
    Column(lambda: QCoreApplication.translate("BatchesPage", "Contract"), lambda m: m.contract_no),
    Column(lambda: QCoreApplication.translate("BatchesPage", "Stage"), lambda m: qtr(f"stage_{m.stage}")),
    Column(lambda: QCoreApplication.translate("BatchesPage", "Parts"), lambda m: str(m.segments), right=True),
    Column(lambda: QCoreApplication.translate("BatchesPage", "Status"), lambda m: status_word(m.status)),
    Column(lambda: QCoreApplication.translate("BatchesPage", "Text"), lambda m: m.text, tooltip=lambda m: m.text),
]
EXCLUDED_COLUMNS: list[Column[tuple[str, list[str]]]] = [
    Column(lambda: QCoreApplication.translate("BatchesPage", "Contract"), lambda e: e[0]),
    Column(lambda: QCoreApplication.translate("BatchesPage", "Reasons"), lambda e: reason_words(e[1])),
]


def _table(model: RecordsModel[object], name: str) -> QTableView:
    view = QTableView()
    view.setModel(model)
    view.setAccessibleName(name)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setAlternatingRowColors(True)
    view.verticalHeader().setVisible(False)
    view.horizontalHeader().setStretchLastSection(True)
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    return view


class BatchesPage(LazyPage):
    loaded = Signal()

    def __init__(self, *, ctx: GuiContext) -> None:
        super().__init__()
        self.ctx = ctx
        self._checker: str | None = None  # who approves: typed, or the account that signed in for it
        self.batches = RecordsModel(BATCH_COLUMNS, self)
        self.messages = RecordsModel(MESSAGE_COLUMNS, self)
        self.excluded = RecordsModel(EXCLUDED_COLUMNS, self)
        self.list_view = _table(self.batches, self.tr("Batches"))  # type: ignore[arg-type]
        self.list_view.selectionModel().selectionChanged.connect(self._on_list_selection_changed)
        self.message_view = _table(self.messages, self.tr("Messages"))  # type: ignore[arg-type]
        self.message_view.setWordWrap(False)
        self.message_view.selectionModel().selectionChanged.connect(lambda _s, _d: self._show_message())
        self.message_detail = QPlainTextEdit()  # the whole text of the chosen message, as it is sent
        self.message_detail.setReadOnly(True)
        self.message_detail.setAccessibleName(self.tr("Message text"))
        self.message_detail.setPlaceholderText(self.tr("Choose a message to read its whole text."))
        messages_tab = QSplitter(Qt.Orientation.Vertical)
        messages_tab.addWidget(self.message_view)
        messages_tab.addWidget(self.message_detail)
        messages_tab.setStretchFactor(0, 1)
        messages_tab.setSizes([420, 130])
        self.excluded_view = _table(self.excluded, self.tr("Excluded loans"))  # type: ignore[arg-type]
        self.tabs = QTabWidget()
        self.tabs.addTab(messages_tab, self.tr("Messages"))
        self.tabs.addTab(self.excluded_view, self.tr("Excluded"))

        self.title = QLabel(self.tr("Choose a batch on the left."))
        self.title.setStyleSheet("font-weight:bold;")
        self.title.setWordWrap(True)
        self.parts_label = QLabel()
        self.parts_label.setAccessibleName(self.tr("SMS parts"))
        self.lint_label = QLabel()
        self.lint_label.setWordWrap(True)
        self.lint_label.setStyleSheet("color:#b00020;")
        self.approver = QLineEdit()
        self.approver.setPlaceholderText(self.tr("Second operator's name"))
        self.approver.setAccessibleName(self.tr("Approver"))
        self.approve_button = QPushButton(self.tr("Approve"))
        self.cancel_button = QPushButton(self.tr("Cancel batch"))
        self.export_button = QPushButton(self.tr("Export…"))
        self.approve_button.clicked.connect(lambda: self.approve())
        self.cancel_button.clicked.connect(lambda: self.cancel())
        self.export_button.clicked.connect(self._on_export_clicked)
        actions = QHBoxLayout()
        actions.addWidget(QLabel(self.tr("Approver:")))
        actions.addWidget(self.approver, 1)
        actions.addWidget(self.approve_button)
        actions.addWidget(self.cancel_button)
        actions.addWidget(self.export_button)
        detail = QWidget()
        d = QVBoxLayout(detail)
        d.addWidget(self.title)
        d.addWidget(self.parts_label)
        d.addWidget(self.lint_label)
        d.addWidget(self.tabs, 1)
        d.addLayout(actions)

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(self.list_view)
        self.splitter.addWidget(detail)
        self.splitter.setSizes([450, 710])  # the list wide enough for its columns, parts included
        saved = ctx.state.get(BATCHES_SPLITTER)
        if not saved.isEmpty():
            self.splitter.restoreState(saved)
        layout = QVBoxLayout(self)
        layout.addWidget(self.splitter)
        self.view: BatchView | None = None
        self.missing: tuple[str, ...] = ()  # office details not set (settings), read with the batch
        self._set_actions()
        ctx.bus.changed.connect(self._on_bus_changed)

    def refresh(self, select: int | None = None) -> Worker:
        db = self.ctx.db
        return run(self, lambda _w: list_batches(db), lambda rows: self._on_list_loaded(rows, select))

    def _on_list_loaded(self, rows: list[BatchRow], select: int | None) -> None:
        current = select if select is not None else (self.view.id if self.view else None)
        self.batches.set_records(rows)
        for i, b in enumerate(rows):
            if b.id == current:
                self.list_view.selectRow(i)
        for col in range(len(BATCH_COLUMNS) - 1):
            self.list_view.resizeColumnToContents(col)
        self.loaded.emit()

    def open_batch(self, batch_id: int) -> Worker:
        db = self.ctx.db

        def read(_w: Worker) -> tuple[BatchView, tuple[str, ...]]:
            return batch_service.show_batch(db, batch_id), current_settings(db).missing_office_details()

        return run(self, read, self._on_opened)

    def _on_opened(self, opened: tuple[BatchView, tuple[str, ...]]) -> None:
        view, self.missing = opened
        self._show(view)

    def _on_list_selection_changed(self, selected: QItemSelection, _d: QItemSelection) -> None:
        if selected.indexes():
            self.open_batch(selected.indexes()[0].data(RowRole).id)

    def _show(self, view: BatchView) -> None:
        self.view = view
        self.title.setText(qtr("batch_summary", id=view.id, as_of=view.as_of.isoformat(), status=status_word(view.status),
                               messages=len(view.messages), excluded=len(view.excluded), created_by=view.created_by,
                               approved_by=view.approved_by or "—"))
        self.parts_label.setText(qtr("batch_parts_total", parts=view.parts_total))
        errors = [(c, code) for c, code, p in view.lint if p.get("severity") == "error"]
        gaps = len({c for c, code in errors if code == "office_unset"})
        failing = len({c for c, code in errors if code != "office_unset"})
        lines = [qtr("office_details_missing")] if self.missing and view.status == "draft" else []
        if gaps:
            lines.append(self.tr("%n message(s) show a gap where the office's details go: create the batch again "
                                 "once they are set.", "", gaps))
        if failing:
            lines.append(self.tr("%n message(s) fail the compliance check: approval is blocked until the "
                                 "template is fixed and the batch made again.", "", failing))
        self.lint_label.setText("\n".join(lines))
        # A wrapped label in a splitter gets one line's height unless it asks for its own.
        self.lint_label.setMinimumHeight(self.lint_label.heightForWidth(max(self.lint_label.width(), 400))
                                         if lines else 0)
        self.messages.set_records(view.messages)
        self.excluded.set_records(view.excluded)
        self._show_message()
        for col, width in enumerate((140, 170, 50, 70)):
            self.message_view.setColumnWidth(col, width)
        self.tabs.setTabText(0, self.tr("Messages (%1)").replace("%1", str(len(view.messages))))
        self.tabs.setTabText(1, self.tr("Excluded (%1)").replace("%1", str(len(view.excluded))))
        self._set_actions()

    def _show_message(self) -> None:
        rows = self.message_view.selectionModel().selectedRows()
        m: MessageView | None = rows[0].data(RowRole) if rows else None
        if m is None:
            self.message_detail.clear()
            return
        head = " · ".join((m.contract_no, shown_phone(m.to), qtr(f"stage_{m.stage}"), status_word(m.status),
                           self.tr("%n part(s)", "", m.segments)))
        self.message_detail.setPlainText(head + "\n" + m.text)

    def _set_actions(self) -> None:
        status = self.view.status if self.view else None
        self.approve_button.setEnabled(status == "draft")
        self.cancel_button.setEnabled(status in ("draft", "approved", "sending"))
        self.export_button.setEnabled(self.view is not None)

    def approve(self, confirm_stale: bool = False, checker: str | None = None) -> Worker | None:
        """Approve as the second operator. In an office with accounts the checker signs in here
        (`checker`: already signed in, e.g. after the stale-data question), so that maker and
        checker are two accounts, never two spellings."""
        if self.view is None:
            return None
        who: str = checker or self.approver.text().strip()
        if self.ctx.signed is not None and checker is None:
            dialog = SignInDialog(db=self.ctx.db, name=self.approver.text().strip(), parent=self)
            dialog.setWindowTitle(self.tr("The checker signs in"))
            if dialog.exec() != QDialog.DialogCode.Accepted or dialog.signed is None:
                return None
            who = dialog.signed
        if not who:
            self.approver.setFocus()
            QMessageBox.information(self, self.tr("Approve"), self.tr("Type the second operator's name first."))
            return None
        self._checker = who
        db, batch_id = self.ctx.db, self.view.id
        return run(self, lambda _w: changed(batch_service.approve_batch, db, batch_id, by=who, confirm_stale=confirm_stale),
                   self._on_changed, write=True, on_failed=self._on_approve_failed)

    def _on_approve_failed(self, exc: Exception) -> None:
        if isinstance(exc, KnownError) and exc.code in ("batch_stale_data", "batch_never_imported"):
            box = QMessageBox(QMessageBox.Icon.Question, self.tr("The loan book may be out of date"),
                              known_text(exc) + "\n\n" + self.tr("Approve anyway?"), QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                              self)
            box.setObjectName("stale_box")
            box.button(QMessageBox.StandardButton.Yes).clicked.connect(
                lambda: self.approve(confirm_stale=True, checker=self._checker))
            box.open()
            self.stale_box = box
            return
        self.last_error = exc
        show_known(self, exc)

    def cancel(self) -> Worker | None:
        from operator_app.ui.dialogs import ask_operator

        if self.view is None:
            return None
        who = ask_operator(self, self.ctx)
        if not who:
            return None
        db, batch_id = self.ctx.db, self.view.id
        return run(self, lambda _w: changed(batch_service.cancel_batch, db, batch_id, by=who), self._on_changed,
                   write=True, on_failed=lambda exc: show_known(self, exc))

    def _on_changed(self, view: BatchView) -> None:
        self._show(view)

    def _on_export_clicked(self) -> None:
        if self.view is None:
            return
        name, _f = QFileDialog.getSaveFileName(self, self.tr("Export batch"), f"batch-{self.view.id}.xlsx",
                                               self.tr("Excel workbook (*.xlsx)"))
        if name:
            self.export(Path(name))

    def export(self, path: Path) -> Worker | None:
        if self.view is None:
            return None
        db, batch_id = self.ctx.db, self.view.id
        headers = {"messages_sheet": [qtr("export_messages_sheet")], "excluded_sheet": [qtr("export_excluded_sheet")],
                   "batch_sheet": [qtr("export_batch_sheet")],
                   "messages": [qtr(f"export_col_{c}") for c in ("id", "contract_no", "to", "stage", "text", "encoding",
                                                                 "segments", "status", "reason")],
                   "excluded": [qtr("export_col_contract_no"), qtr("export_col_reasons")],
                   "batch": [qtr(f"export_batch_{c}") for c in ("id", "as_of", "status", "created_by", "approved_by")]}
        return run(self, lambda _w: export_batch(db, batch_id, path, headers=headers, say=qtr),
                   lambda n: self.window().statusBar().showMessage(  # type: ignore[attr-defined]
                       qtr("batch_exported", id=batch_id, messages=n, path=str(path)), 10000),
                   on_failed=lambda exc: show_known(self, exc))

    def _on_bus_changed(self, changes: OpChanges) -> None:
        if changes.batches:
            self.mark_stale()

    def save_state(self) -> None:
        self.ctx.state.set(BATCHES_SPLITTER, self.splitter.saveState())
