"""The main window: a sidebar of pages, the status bar (database, modem with signal bars, last
import amber when stale, messages waiting, who is working) and the remembered window state.
Thin: each page talks to services through workers; the change bus tells pages what changed."""

from __future__ import annotations

from datetime import date, tzinfo
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QSize, Qt
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QStackedWidget,
    QWidget,
)

from operator_app import i18n
from operator_app.errors import KnownError
from operator_app.messaging.audit import Verdict
from operator_app.services.changes import EVERYTHING, Changed, OpChanges, changed
from operator_app.services.context import Database, fill_demo, probe_modem, shown_target, verify_audit
from operator_app.services.error_text import error_params
from operator_app.services.office.identity import Signed
from operator_app.services.office.settings import office_zone
from operator_app.services.reports.dashboard import StatusSummary, status_summary
from operator_app.ui.backup_status import BackupStatus
from operator_app.ui.changes import ChangeBus
from operator_app.ui.context import GuiContext
from operator_app.ui.errors import show_failure
from operator_app.ui.idle_lock import IDLE_MS, IdleLock
from operator_app.ui.messages import qtr
from operator_app.ui.ops import run, start
from operator_app.ui.pages.batches_page import BatchesPage
from operator_app.ui.pages.calls_page import CallsPage
from operator_app.ui.pages.dashboard_page import DashboardPage
from operator_app.ui.pages.history_page import HistoryPage
from operator_app.ui.pages.import_page import ImportPage
from operator_app.ui.pages.inbox_page import InboxPage
from operator_app.ui.pages.queue_page import QueuePage
from operator_app.ui.pages.sending_page import SendingPage
from operator_app.ui.pages.settings_page import SettingsPage
from operator_app.ui.pages.templates_page import TemplatesPage
from operator_app.ui.pages.welcome_page import WelcomePage
from operator_app.ui.state import LAST_PAGE, OPERATOR_NAME, WINDOW_GEOMETRY, UiState
from operator_app.ui.status_bar import ClickableLabel, TransportsStatus, signal_bars
from operator_app.ui.words import set_office_zone
from operator_app.ui.workers import Pools, Worker

if TYPE_CHECKING:
    from operator_app.services.context import Modem, ModemInfo
    from operator_app.services.planning.batches import BatchView

PAGES = (
    ("dashboard", QT_TRANSLATE_NOOP("MainWindow", "总览 Dashboard")),
    ("import", QT_TRANSLATE_NOOP("MainWindow", "导入 Import")),
    ("queue", QT_TRANSLATE_NOOP("MainWindow", "逾期队列 Queue")),
    ("batches", QT_TRANSLATE_NOOP("MainWindow", "批次 Batches")),
    ("sending", QT_TRANSLATE_NOOP("MainWindow", "发送 Sending")),
    ("history", QT_TRANSLATE_NOOP("MainWindow", "历史 History")),
    ("inbox", QT_TRANSLATE_NOOP("MainWindow", "收件箱 Inbox")),
    ("templates", QT_TRANSLATE_NOOP("MainWindow", "模板 Templates")),
    ("calls", QT_TRANSLATE_NOOP("MainWindow", "通话名单 Calls")),
    ("settings", QT_TRANSLATE_NOOP("MainWindow", "设置 Settings")),
)
__all__ = ["MainWindow", "signal_bars"]


class MainWindow(QMainWindow):
    def __init__(self, *, db: Database, pools: Pools, today: date | None = None, modem: Modem | None = None,
                 modem_name: str = "", state: UiState | None = None, bus: ChangeBus | None = None,
                 signed: Signed | None = None, idle_ms: int = IDLE_MS) -> None:
        """`today`: a pinned office day (tests, rehearsals); by default the office's day now.
        `signed`: the account signed in at start; it acts in every page, and the Operator field
        shows it, read-only. `idle_ms`: with an account signed in, the window locks after this
        long without a touch (ui/idle_lock.py)."""
        super().__init__()
        zone = office_zone(db)  # one small read; every page shows moments and days on the office's clock
        self.ctx = GuiContext(db=db, pools=pools, bus=bus or ChangeBus(self), state=state or UiState(),
                              modem=modem, modem_name=modem_name, pinned_day=today, zone=zone)
        self.idle_ms = idle_ms
        self.idle_lock: IdleLock | None = None
        set_office_zone(zone)
        self.setWindowTitle(self.tr("Collections SMS desk"))
        self.resize(1280, 800)
        ctx = self.ctx
        self.dashboard = DashboardPage(ctx=ctx)
        self.import_page = ImportPage(ctx=ctx)
        self.queue = QueuePage(ctx=ctx)
        self.batches = BatchesPage(ctx=ctx)
        self.templates = TemplatesPage(ctx=ctx)
        self.calls = CallsPage(ctx=ctx)
        self.settings = SettingsPage(ctx=ctx)
        self.sending = SendingPage(ctx=ctx)
        self.history = HistoryPage(ctx=ctx)
        self.inbox = InboxPage(ctx=ctx)
        self.welcome = WelcomePage(ctx=ctx)
        self.pages = {"dashboard": self.dashboard, "import": self.import_page, "queue": self.queue,
                      "batches": self.batches, "templates": self.templates, "calls": self.calls,
                      "settings": self.settings, "sending": self.sending, "history": self.history,
                      "inbox": self.inbox}
        self.stack = QStackedWidget()
        self.sidebar = QListWidget()
        self.sidebar.setAccessibleName(self.tr("Pages"))
        self.sidebar.setObjectName("sidebar")
        self.sidebar.setIconSize(QSize(0, 0))
        self.sidebar.setStyleSheet("QListWidget#sidebar { background:#f3f4f6; border:none; font-size:14px; outline:0; }"
                                   "QListWidget#sidebar::item { padding:10px 14px; }"
                                   "QListWidget#sidebar::item:selected { background:#dbe7fb; color:#111; }")
        for key, title in PAGES:
            item = QListWidgetItem(QCoreApplication.translate("MainWindow", str(title)))
            item.setData(Qt.ItemDataRole.UserRole, key)
            self.sidebar.addItem(item)
            self.stack.addWidget(self.pages[key])
        self.stack.addWidget(self.welcome)
        self.sidebar.setFixedWidth(max(170, self.sidebar.sizeHintForColumn(0) + 24))
        self.sidebar.currentRowChanged.connect(self._on_sidebar_row_changed)
        central = QWidget()
        row = QHBoxLayout(central)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(0)
        row.addWidget(self.sidebar)
        row.addWidget(self.stack, 1)
        self.setCentralWidget(central)

        # status bar
        where = shown_target(db.url)
        # The file (or server database) name only, the whole address in the tooltip: the bar also
        # holds the modem, transports, backup, import, waiting, audit and operator parts at 1280 px.
        self.db_label = QLabel(self.fontMetrics().elidedText(
            where.rstrip("/").rsplit("/", 1)[-1] or where, Qt.TextElideMode.ElideMiddle, 120))
        self.db_label.setToolTip(self.tr("Database: %1").replace("%1", where))
        self.modem_label = ClickableLabel(self.tr("No modem configured") if modem is None
                                          else self.tr("Connecting to the modem…"))
        self.modem_label.clicked.connect(self._on_modem_label_clicked)
        self.transports_label = TransportsStatus(ctx=ctx)  # the saved ones: their last check, never probed here
        self.backup_label = BackupStatus(ctx=ctx)  # the day's backup (in a worker) and the newest one's age
        self.import_label = QLabel()
        self.waiting_label = QLabel()
        self.audit_label = ClickableLabel()  # the audit chain's state, checked on a reader thread
        self.audit_label.clicked.connect(self.check_audit)
        self.operator = QLineEdit(ctx.state.get(OPERATOR_NAME))
        self.operator.setPlaceholderText(self.tr("Your name"))
        self.operator.setAccessibleName(self.tr("Operator"))
        self.operator.setMaximumWidth(140)
        self.operator.setMinimumWidth(90)
        self.operator.editingFinished.connect(lambda: ctx.state.set(OPERATOR_NAME, " ".join(self.operator.text().split())))
        ctx.bus.operator_named.connect(self.operator.setText)  # a name asked for before a write
        if signed is not None:
            self.sign_in_as(signed)
        bar = self.statusBar()
        bar.addWidget(self.db_label)
        bar.addWidget(self.modem_label)
        bar.addWidget(self.transports_label)
        bar.addPermanentWidget(self.backup_label)
        bar.addPermanentWidget(self.import_label)
        bar.addPermanentWidget(self.waiting_label)
        bar.addPermanentWidget(self.audit_label)
        bar.addPermanentWidget(QLabel(self.tr("Operator:")))
        bar.addPermanentWidget(self.operator)

        # wiring between pages
        self.dashboard.stage_clicked.connect(self.open_queue_on_stage)
        self.dashboard.page_wanted.connect(self.show_page)
        self.queue.batch_created.connect(self._on_queue_batch_created)
        self.sending.settings_requested.connect(self.open_transport_settings)
        self.welcome.import_chosen.connect(lambda: self.show_page("import"))
        self.welcome.demo_chosen.connect(self.fill_demo)
        for form in (self.welcome.first_admin, self.settings.first_admin):
            form.created.connect(self._on_first_admin_created)
        self.import_page.import_finished.connect(lambda _r: self.refresh_status())
        ctx.bus.changed.connect(self._on_bus_changed)
        for i in range(len(PAGES)):
            QShortcut(QKeySequence(f"Ctrl+{(i + 1) % 10}"), self, lambda i=i: self.sidebar.setCurrentRow(i))
        QShortcut(QKeySequence("Ctrl+I"), self, lambda: self.show_page("import"))
        QShortcut(QKeySequence("F5"), self, lambda: ctx.bus.tell(EVERYTHING))  # read every page again

        geometry = ctx.state.get(WINDOW_GEOMETRY)
        if not geometry.isEmpty():
            self.restoreGeometry(geometry)
        self.show_page(ctx.state.get(LAST_PAGE))
        self.status_worker = self.refresh_status()
        self.audit_worker = self.check_audit()
        self.modem_worker: Worker | None = None
        if modem is not None:
            self.probe_modem()

    def sign_in_as(self, signed: Signed) -> None:
        """The account acts from now on (at start, after the lock, after the first admin was
        made): the Operator field shows it, read-only, and the window locks when left alone."""
        self.ctx.signed = signed
        self.operator.setText(signed.account.display)
        self.operator.setReadOnly(True)
        self.operator.setToolTip(self.tr("Signed in as %1").replace("%1", signed.account.name))
        if self.idle_lock is None:
            self.idle_lock = IdleLock(self, self.ctx, self.sign_in_as, idle_ms=self.idle_ms)

    def _on_first_admin_created(self, signed: Signed) -> None:
        """The office signs in from now on; this window goes on as the new admin."""
        self.sign_in_as(signed)
        self.welcome.first_admin.hide()
        self.settings.first_admin.hide()

    # pages
    def show_page(self, key: str) -> None:
        keys = [k for k, _ in PAGES]
        self.sidebar.setCurrentRow(keys.index(key) if key in keys else 0)

    def current_page(self) -> str:
        return [k for k, _ in PAGES][max(0, self.sidebar.currentRow())]

    def _on_sidebar_row_changed(self, row: int) -> None:
        key = PAGES[max(0, row)][0]
        if (self._empty and key in ("dashboard", "queue")) or (self._office_missing and key == "dashboard"):
            self.stack.setCurrentWidget(self.welcome)
        else:
            self.stack.setCurrentWidget(self.pages[key])
        self.ctx.state.set(LAST_PAGE, key)

    _empty = False
    _office_missing = False  # the office's signature or phone not set: the welcome page asks

    def _on_queue_batch_created(self, view: BatchView) -> None:
        self.show_page("batches")
        self.batches.refresh(select=view.id)
        self.batches.open_batch(view.id)

    def open_transport_settings(self) -> None:
        self.show_page("settings")
        self.settings.show_transports()

    def open_queue_on_stage(self, stage: str) -> None:
        self.show_page("queue")
        self.queue.show_stage(stage)

    # status bar
    def refresh_status(self) -> Worker:
        db, today = self.ctx.db, self.ctx.today
        return run(self, lambda _w: status_summary(db, today), self._on_status_loaded)

    def _on_status_loaded(self, s: StatusSummary) -> None:
        was = (self._empty, self._office_missing)
        self._empty, self._office_missing = s.loans == 0, bool(s.office_missing)
        self.welcome.show_parts(empty=self._empty, office_missing=self._office_missing)
        if was != (self._empty, self._office_missing):
            self._on_sidebar_row_changed(self.sidebar.currentRow())
        day = s.last_import_day.isoformat() if s.last_import_day else self.tr("never")
        self.import_label.setText(self.tr("Last import: %1").replace("%1", day))
        self.import_label.setStyleSheet("color:#c77700; font-weight:bold;" if s.stale else "")
        self.import_label.setToolTip(self.tr("The loan book is out of date: import the latest sheet before approving "
                                             "a batch.") if s.stale else "")
        self.waiting_label.setText(self.tr("%n message(s) waiting", "", s.waiting))

    def check_audit(self) -> Worker:
        """Walk the audit chain off the GUI thread (at start, after a batch changed, on a click)."""
        db = self.ctx.db
        return run(self, lambda _w: verify_audit(db), self._on_audit_checked, on_failed=self._on_audit_failed)

    def _on_audit_checked(self, v: Verdict) -> None:
        head = v.head.seq if v.head is not None else 0
        self.audit_label.setText(self.tr("Audit trail: intact") if v.ok else self.tr("Audit trail: broken"))
        self.audit_label.setStyleSheet("" if v.ok else "color:#c0392b; font-weight:bold;")
        tip = qtr("audit_ok", entries=v.entries) if v.ok else \
            qtr(f"audit_{v.problem}", entry=v.broken_at, head=head, batch=v.batch)
        if v.unseen:  # PostgreSQL: other desks' entries since this one last wrote, not a break
            tip += "\n" + qtr("audit_unseen", unseen=v.unseen, entry=v.unseen_from)
        self.audit_label.setToolTip(tip)

    def _on_audit_failed(self, exc: Exception) -> None:
        self.audit_label.setText(self.tr("Audit trail: not checked"))
        if not isinstance(exc, KnownError):  # a bug: logged and shown as every other
            show_failure(exc, self)
            return
        self.audit_label.setToolTip(qtr(exc.code, **error_params(exc, i18n.language())))

    def _on_bus_changed(self, changes: OpChanges) -> None:
        if changes.settings:  # office.timezone may have changed: the day and every shown moment follow it
            db = self.ctx.db
            run(self, lambda _w: office_zone(db), self._on_zone_loaded)
        if changes.loans or changes.batches or changes.messages or changes.settings:
            self.refresh_status()
        if changes.batches:  # an approval adds a digest to check; sends do not re-walk the chain each time
            self.check_audit()

    def _on_zone_loaded(self, zone: tzinfo) -> None:
        self.ctx.zone = zone
        set_office_zone(zone)

    def fill_demo(self) -> Worker:
        db, today = self.ctx.db, self.ctx.today

        def make(_w: Worker) -> Changed[int]:
            db.engine.dispose()
            try:
                return changed(fill_demo, db.url, today=today)
            finally:
                db.engine.dispose()

        return run(self, make, lambda _n: None, write=True,
                   progress=self.tr("Filling the demo office…"))

    # modem
    def probe_modem(self) -> Worker:
        """Open and probe the modem off the GUI thread (a real one may take seconds to answer)."""
        modem = self.ctx.modem
        assert modem is not None
        self.modem_worker = start(self, Worker(lambda _w: probe_modem(modem)), on_done=self._on_modem_probed,
                                  on_failed=self._on_modem_failed)
        return self.modem_worker

    def _on_modem_label_clicked(self) -> None:
        """A click asks the app's own modem again (never on its own: another program may drive a port)."""
        if self.ctx.modem is not None and self.modem_worker is None:
            self.modem_label.setText(self.tr("Connecting to the modem…"))
            self.probe_modem()

    def _on_modem_probed(self, info: ModemInfo) -> None:
        self.modem_worker = None
        text = signal_bars(info.bars) + " " + self.tr("%1 %2 · signal %3/5 · %4") \
            .replace("%1", self.ctx.modem_name or info.manufacturer).replace("%2", info.model) \
            .replace("%3", str(info.bars)).replace("%4", info.operator or "—")
        if not info.registered:
            text += " · " + self.tr("no network")
        self.modem_label.setText(text)
        self.modem_label.setToolTip(self.tr("Signal %1 of 5").replace("%1", str(info.bars)))

    def _on_modem_failed(self, exc: Exception) -> None:
        self.modem_worker = None
        self.modem_label.setText(self.tr("Modem not connected"))
        if not isinstance(exc, KnownError):
            show_failure(exc, self)  # a bug, not a modem that is away
            return
        self.modem_label.setToolTip(qtr(exc.code, **error_params(exc, i18n.language())))

    # compatibility with the first window: the queue's table and the quick import
    @property
    def model(self):  # type: ignore[no-untyped-def]
        return self.queue.model

    @property
    def table(self):  # type: ignore[no-untyped-def]
        return self.queue.table

    @property
    def search(self):  # type: ignore[no-untyped-def]
        return self.queue.search

    @property
    def total_label(self) -> QLabel:
        return self.queue.total_label

    def start_import(self, path: Path) -> Worker | None:
        return self.import_page.start_import(path)

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.idle_lock is not None:
            self.idle_lock.stop()
        self.ctx.state.set(WINDOW_GEOMETRY, self.saveGeometry())
        for page in (self.queue, self.batches, self.templates):
            page.save_state()
        self.ctx.state.sync()
        super().closeEvent(event)
