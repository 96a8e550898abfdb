"""收件箱: the replies with their matched borrower and what the app did (opted out, held, nothing),
newest first, a page at a time as the table scrolls (services/reports/inbox_view.py searches and sorts);
"sync now" reads the SIM of the app's own modem (the demo's virtual modem) or the one typed, in a worker (services/sending/listening.sync_inbox: each reply stored and
committed before the modem deletes it); opt out, hold and release act on the selected reply's
borrower through services/reports/inbox.py, audited there."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
)

from operator_app.domain.phones import shown_number
from operator_app.i18n import MESSAGES
from operator_app.services.changes import OpChanges, changed
from operator_app.services.context import Database
from operator_app.services.paging import Cursor
from operator_app.services.reports import inbox as inbox_service
from operator_app.services.reports import inbox_view
from operator_app.services.reports.inbox import InboxRow
from operator_app.services.sending import listening
from operator_app.services.sending.listening import SyncResult
from operator_app.ui.context import GuiContext
from operator_app.ui.dialogs import ask_operator, show_known
from operator_app.ui.lazy import LazyPage
from operator_app.ui.messages import qtr
from operator_app.ui.ops import run
from operator_app.ui.paged_model import SEARCH_AFTER_MS, PagedModel
from operator_app.ui.pages.sending_page import default_spec
from operator_app.ui.pages.transport_choice import TransportChoice
from operator_app.ui.prefs_dialog import PrefsDialog, edit_preferences
from operator_app.ui.records_model import Column, RowRole
from operator_app.ui.words import office_time
from operator_app.ui.workers import Worker


def action_word(action: str) -> str:
    """What the app did with a reply, in the catalogue's words (`inbox` at the CLI says the same)."""
    return qtr("reply_action_" + action) if "reply_action_" + action in MESSAGES else action


COLUMNS: list[Column[InboxRow]] = [
    Column(lambda: QCoreApplication.translate("InboxPage", "Received"),
           lambda r: office_time(r.received_at, "%Y-%m-%d %H:%M")),
    Column(lambda: QCoreApplication.translate("InboxPage", "From"), lambda r: shown_number(r.sender),
           search=lambda r: r.sender),
    Column(lambda: QCoreApplication.translate("InboxPage", "Borrower"), lambda r: r.borrower or "—"),
    Column(lambda: QCoreApplication.translate("InboxPage", "Contract"), lambda r: r.contract_no or "—"),
    Column(lambda: QCoreApplication.translate("InboxPage", "Action"), lambda r: action_word(r.action)),
    Column(lambda: QCoreApplication.translate("InboxPage", "Reply"), lambda r: r.text, tooltip=lambda r: r.text),
]


@dataclass(frozen=True)
class InboxSource:
    """The replies the search selects, a page at a time (services/reports/inbox_view.py)."""

    db: Database
    search: str

    def page(self, order: str, descending: bool, after: Cursor | None, limit: int) -> list[InboxRow]:
        return inbox_view.page(self.db, search=self.search, order=order, descending=descending, after=after,
                               limit=limit)

    def count(self) -> int:
        return inbox_view.count(self.db, search=self.search)

    def cursor(self, row: InboxRow, order: str) -> Cursor:
        return inbox_view.cursor_of(row, order)


class InboxPage(LazyPage):
    loaded = Signal()
    synced = Signal(object)  # SyncResult

    def __init__(self, *, ctx: GuiContext) -> None:
        super().__init__()
        self.ctx = ctx
        # the newest first; the database sorts (received, from, action) and searches (a masked number
        # is found by the whole number typed)
        self.model = PagedModel(COLUMNS, pools=ctx.pools, sorts={0: "received_at", 1: "sender", 4: "action"},
                                order="received_at", descending=True, parent=self)
        self.model.page_loaded.connect(self._on_model_page_loaded)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search number, name, contract or text"))
        self.search.setAccessibleName(self.tr("Search"))
        self.search.setClearButtonEnabled(True)
        self.typing = QTimer(self)
        self.typing.setSingleShot(True)
        self.typing.setInterval(SEARCH_AFTER_MS)
        self.typing.timeout.connect(self.refresh)
        self.search.textChanged.connect(lambda _t: self.typing.start())
        # the app's own modem (the demo's replies are on its SIM), or a modem saved in Settings
        self.spec = TransportChoice(ctx=ctx, text=default_spec(ctx), modems_only=True)
        self.spec.setPlaceholderText(self.tr("modem:auto"))
        self.spec.setAccessibleName(self.tr("Modem to read"))
        self.sync_button = QPushButton(self.tr("Sync now"))
        self.sync_button.setToolTip(self.tr("Read the replies waiting on the modem's SIM"))
        self.sync_button.clicked.connect(lambda: self.sync())
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Replies"))
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.DescendingOrder)  # the newest first
        self.table.setWordWrap(False)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setStretchLastSection(True)
        for col, width in enumerate((130, 140, 90, 130, 120)):
            self.table.setColumnWidth(col, width)
        self.table.selectionModel().selectionChanged.connect(lambda _s, _d: self._set_actions())
        self.status_label = QLabel()
        self.status_label.setWordWrap(True)
        self.opt_out_button = QPushButton(self.tr("Opt out"))
        self.hold_button = QPushButton(self.tr("Hold…"))
        self.release_button = QPushButton(self.tr("Release"))
        self.prefs_button = QPushButton(self.tr("Contact wishes…"))
        self.prefs_button.setToolTip(self.tr("The reply asks for certain hours, working days, fewer messages or "
                                             "calls only: record it for this borrower"))
        self.prefs_button.clicked.connect(lambda: self.edit_preferences())
        self.opt_out_button.clicked.connect(lambda: self.opt_out())
        self.hold_button.clicked.connect(lambda: self.hold())
        self.release_button.clicked.connect(lambda: self.release())
        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addWidget(QLabel(self.tr("Modem:")))
        top.addWidget(self.spec)
        top.addWidget(self.sync_button)
        actions = QHBoxLayout()
        actions.addWidget(self.status_label, 1)
        actions.addWidget(self.opt_out_button)
        actions.addWidget(self.hold_button)
        actions.addWidget(self.release_button)
        actions.addWidget(self.prefs_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addLayout(actions)
        self._set_actions()
        ctx.bus.changed.connect(self._on_bus_changed)

    def refresh(self) -> None:
        """Read the first page again (a page at a time after it, as the table scrolls)."""
        self.typing.stop()
        self.model.set_source(InboxSource(self.ctx.db, self.search.text().strip()))
        self._set_actions()

    def _on_model_page_loaded(self, _rows: int) -> None:
        self._set_actions()
        self.loaded.emit()

    def selected(self) -> InboxRow | None:
        rows = self.table.selectionModel().selectedRows()
        return rows[0].data(RowRole) if rows else None

    def _set_actions(self) -> None:
        row = self.selected()
        self.opt_out_button.setEnabled(row is not None and row.borrower is not None)
        self.hold_button.setEnabled(row is not None and row.contract_no is not None)
        self.release_button.setEnabled(row is not None and row.contract_no is not None)
        self.prefs_button.setEnabled(row is not None and row.contract_no is not None)

    def sync(self) -> Worker | None:
        spec = self.spec.text().strip()
        if not spec:
            self.spec.setFocus()
            self.status_label.setText(self.tr("Type the modem first (for example modem:auto)."))
            return None
        db = self.ctx.db
        self.sync_button.setEnabled(False)
        self.status_label.setText(self.tr("Reading the replies on the SIM…"))

        def failed(exc: Exception) -> None:
            self.sync_button.setEnabled(True)
            self.status_label.setText("")
            show_known(self, exc)

        return run(self, lambda _w: changed(listening.sync_inbox, db, spec), self._on_synced, write=True, on_failed=failed,
                   progress=self.tr("Reading the replies on the SIM…"))

    def _on_synced(self, result: SyncResult) -> None:
        self.sync_button.setEnabled(True)
        self.status_label.setText(self.tr("%n new reply(s): %1 opted out, %2 put on hold.", "", result.read)
                                  .replace("%1", str(result.opted_out)).replace("%2", str(result.held)))
        self.synced.emit(result)

    def _act(self, fn: object, done_text: str) -> Worker | None:
        assert callable(fn)
        return run(self, lambda _w: fn(), lambda _r: self._on_acted(done_text), write=True,
                   on_failed=lambda exc: show_known(self, exc))

    def _on_acted(self, text: str) -> None:
        self.status_label.setText(text)

    def opt_out(self) -> Worker | None:
        row, who = self.selected(), ask_operator(self, self.ctx)
        if row is None or not who:
            return None
        db, phone = self.ctx.db, row.sender
        return self._act(lambda: changed(inbox_service.opt_out_phone, db, phone, by=who),
                         self.tr("%1 is opted out: no more messages to this number.").replace("%1", shown_number(phone)))

    def hold(self, reason: str | None = None) -> Worker | None:
        row, who = self.selected(), ask_operator(self, self.ctx)
        if row is None or row.contract_no is None or not who:
            return None
        if reason is None:
            reason, ok = QInputDialog.getText(self, self.tr("Hold"), self.tr("Why hold this borrower?"))
            if not ok:
                return None
        db, contract, why = self.ctx.db, row.contract_no, reason
        return self._act(lambda: changed(inbox_service.hold_contract, db, contract, reason=why, by=who),
                         self.tr("%1 is on hold: nothing is sent until released.").replace("%1", contract))

    def release(self) -> Worker | None:
        row, who = self.selected(), ask_operator(self, self.ctx)
        if row is None or row.contract_no is None or not who:
            return None
        db, contract = self.ctx.db, row.contract_no
        return self._act(lambda: changed(inbox_service.release_contract, db, contract, by=who),
                         self.tr("%1 is released: messages may go again.").replace("%1", contract))

    def edit_preferences(self, **hooks: object) -> Worker | None:
        """The borrower's own contact wishes, from the reply in hand (ui/prefs_dialog.py)."""
        row = self.selected()
        if row is None or row.contract_no is None:
            return None
        contract, text = row.contract_no, row.text

        def opened(dialog: PrefsDialog) -> None:
            if not dialog.note.text():
                dialog.note.setText(self.tr("Reply: %1").replace("%1", text)[:200])
            hook = hooks.get("opened")
            if callable(hook):
                hook(dialog)

        return edit_preferences(self, self.ctx, contract, opened=opened,
                                done=hooks.get("done"))  # type: ignore[arg-type]

    def _on_bus_changed(self, changes: OpChanges) -> None:
        if changes.inbox or changes.loans or changes.messages:  # replies, borrowers, the loan last written about
            self.mark_stale()
