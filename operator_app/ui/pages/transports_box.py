"""Settings → 通道 Transports: the saved modems and gateways (shared by the office's
workstations through the database), where this computer keeps their secrets, and the actions:
add, edit, delete, probe or test. The sending page and the CLI take a saved transport by name
(`profile:NAME`)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from operator_app.errors import KnownError
from operator_app.services.changes import changed
from operator_app.services.office.secrets import SecretPlace, SecretStore
from operator_app.services.sending import transports
from operator_app.services.sending.transports import CheckResult, ProfileView
from operator_app.ui.context import GuiContext
from operator_app.ui.dialogs import ask_operator, known_text, show_known
from operator_app.ui.errors import show_failure
from operator_app.ui.messages import qtr
from operator_app.ui.ops import run
from operator_app.ui.pages.transport_dialog import KIND_TITLES, TransportDialog, describe
from operator_app.ui.status_bar import recorder
from operator_app.ui.workers import Worker

COLUMNS = (QT_TRANSLATE_NOOP("TransportsBox", "Name"), QT_TRANSLATE_NOOP("TransportsBox", "Kind"),
           QT_TRANSLATE_NOOP("TransportsBox", "Where"), QT_TRANSLATE_NOOP("TransportsBox", "Password / PIN"))
NAME, KIND, WHERE, SECRET = range(4)
KIND_WORDS = dict(KIND_TITLES)


class TransportsBox(QGroupBox):
    changed = Signal()

    def __init__(self, *, ctx: GuiContext) -> None:
        super().__init__(self.tr("通道 Transports"))
        self.ctx = ctx
        self.views: list[ProfileView] = []
        self.dialog: TransportDialog | None = None
        self.table = QTableWidget(0, len(COLUMNS))
        self.table.setAccessibleName(self.tr("Saved transports"))
        self.table.setHorizontalHeaderLabels([QCoreApplication.translate("TransportsBox", str(c)) for c in COLUMNS])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(NAME, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(KIND, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(WHERE, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(SECRET, QHeaderView.ResizeMode.ResizeToContents)
        self.table.setMinimumHeight(150)
        self.table.doubleClicked.connect(lambda _i: self.edit_selected())
        self.table.itemSelectionChanged.connect(self._set_actions)
        self.add_button = QPushButton(self.tr("Add…"))
        self.edit_button = QPushButton(self.tr("Edit…"))
        self.delete_button = QPushButton(self.tr("Delete"))
        self.check_button = QPushButton(self.tr("Probe / test"))
        self.check_button.setToolTip(self.tr("Probe the modem or test the gateway: nothing is sent."))
        self.add_button.clicked.connect(lambda: self.add())
        self.edit_button.clicked.connect(lambda: self.edit_selected())
        self.delete_button.clicked.connect(lambda: self.delete_selected())
        self.check_button.clicked.connect(lambda: self.check_selected())
        self.place = QLabel()
        self.place.setWordWrap(True)
        self.place.setObjectName("secret_place")
        self.result = QLabel()
        self.result.setWordWrap(True)
        self.result.setObjectName("transports_result")
        self.hint = QLabel(self.tr("On the sending page or in the command line, use a saved transport by its "
                                   "name: profile:NAME."))
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet("color:#555;")
        buttons = QHBoxLayout()
        for b in (self.add_button, self.edit_button, self.delete_button, self.check_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addLayout(buttons)
        layout.addWidget(self.result)
        layout.addWidget(self.place)
        layout.addWidget(self.hint)
        self._set_actions()

    def refresh(self) -> Worker:
        db = self.ctx.db

        def load(_w: Worker) -> tuple[list[ProfileView], SecretPlace]:
            store = SecretStore()
            return transports.list_views(db, store), store.place()

        return run(self, load, self._on_loaded)

    def _on_loaded(self, loaded: tuple[list[ProfileView], SecretPlace]) -> None:
        views, place = loaded
        chosen = self.selected()
        self.views = views
        self.table.setRowCount(len(views))
        secret_words = {"saved": qtr("secret_saved"), "missing": qtr("secret_missing"), "none": qtr("secret_none")}
        for row, v in enumerate(views):
            kind = KIND_WORDS.get(v.profile.kind, v.profile.kind)
            cells = (v.profile.name, QCoreApplication.translate("TransportDialog", str(kind)), v.shown,
                     secret_words[v.secret])
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, v.profile.name)
                if col == SECRET and v.secret == "missing":
                    item.setForeground(Qt.GlobalColor.darkRed)
                self.table.setItem(row, col, item)
            if chosen is not None and v.profile.name == chosen.profile.name:
                self.table.selectRow(row)
        if place.kind == "keyring":
            self.place.setText(qtr("secret_place_keyring", detail=place.detail))
            self.place.setStyleSheet("color:#555;")
        else:
            self.place.setText(qtr("secret_place_file", path=place.detail))
            self.place.setStyleSheet("color:#8a5a00;")
        self._set_actions()

    def selected(self) -> ProfileView | None:
        rows = self.table.selectionModel().selectedRows()
        return self.views[rows[0].row()] if rows and rows[0].row() < len(self.views) else None

    def select(self, name: str) -> None:
        for row, v in enumerate(self.views):
            if v.profile.name == name:
                self.table.selectRow(row)

    def _set_actions(self) -> None:
        chosen = self.selected() is not None
        for b in (self.edit_button, self.delete_button, self.check_button):
            b.setEnabled(chosen)

    # actions -------------------------------------------------------------------------------------

    def add(self) -> TransportDialog:
        return self._open(TransportDialog(self, ctx=self.ctx))

    def edit_selected(self) -> TransportDialog | None:
        view = self.selected()
        return self._open(TransportDialog(self, ctx=self.ctx, view=view)) if view is not None else None

    def _open(self, dialog: TransportDialog) -> TransportDialog:
        self.dialog = dialog
        dialog.accepted.connect(lambda: self._on_dialog_saved(dialog))
        dialog.open()
        return dialog

    def _on_dialog_saved(self, dialog: TransportDialog) -> None:
        view = dialog.saved_view
        if view is not None:
            self.result.setStyleSheet("")
            self.result.setText(self.tr("Saved: %1").replace("%1", view.profile.name))
            worker = self.refresh()
            worker.signals.finished.connect(lambda _r: self.select(view.profile.name))
            self.changed.emit()

    def delete_selected(self, *, confirm: bool = True) -> Worker | None:
        view = self.selected()
        if view is None:
            return None
        if confirm and QMessageBox.question(
                self, self.tr("Delete transport"),
                self.tr("Delete the transport %1 and forget its password on this computer?").replace(
                    "%1", view.profile.name)) != QMessageBox.StandardButton.Yes:
            return None
        who = ask_operator(self, self.ctx)
        if not who:
            return None
        db, name = self.ctx.db, view.profile.name

        def done(_r: object) -> None:
            self.result.setStyleSheet("")
            self.result.setText(self.tr("Deleted: %1").replace("%1", name))
            self.refresh()
            self.changed.emit()

        return run(self, lambda _w: changed(transports.delete_profile, db, name, by=who), done, write=True,
                   on_failed=lambda exc: show_known(self, exc))

    def check_selected(self) -> Worker | None:
        view = self.selected()
        if view is None:
            return None
        profile = view.profile
        self.check_button.setEnabled(False)
        self.result.setStyleSheet("")
        self.result.setText(self.tr("Checking %1…").replace("%1", profile.name))

        record = recorder(self.ctx, profile.name)  # the status bar shows it too

        def done(result: CheckResult) -> None:
            record(result)
            self.check_button.setEnabled(True)
            self.result.setStyleSheet("color:#1b5e20;")
            self.result.setText(qtr("label_count", label=profile.name, count=describe(result)))

        def failed(exc: Exception) -> None:
            record(exc)
            self.check_button.setEnabled(True)
            if not isinstance(exc, KnownError):
                show_failure(exc, self)
                return
            self.result.setStyleSheet("color:#b3261e;")
            self.result.setText(qtr("label_count", label=profile.name, count=known_text(exc)))

        return run(self, lambda _w: transports.check(profile), done, on_failed=failed,
                   progress=self.tr("Checking %1…").replace("%1", profile.name))
