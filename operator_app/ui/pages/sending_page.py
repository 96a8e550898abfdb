"""发送: send an approved batch through the chosen transport(s) in a worker (the dispatcher of
services/dispatch.py), with progress and ETA from its reports, Stop between messages, the
summary in plain words, and the `unknown` messages for the operator to resolve or resend."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QTableView,
    QVBoxLayout,
)

from operator_app.i18n import MESSAGES
from operator_app.services import messages as message_service
from operator_app.services.dashboard import BatchRow, list_batches
from operator_app.services.dispatch import SendSummary, send_batch
from operator_app.services.messages import MessageRow
from operator_app.ui.changes import Changes
from operator_app.ui.context import GuiContext
from operator_app.ui.dialogs import ask_operator, show_known
from operator_app.ui.lazy import LazyPage
from operator_app.ui.messages import qtr
from operator_app.ui.ops import run
from operator_app.ui.records_model import Column, RecordsModel, RowRole
from operator_app.ui.words import status_word
from operator_app.ui.workers import Worker

SENDABLE = ("approved", "sending", "done")  # a done batch may hold messages in doubt, or one sent again


def reason_text(reason: str | None) -> str:
    """A wait or failure reason in plain words (an error code the catalogue knows, else as stored)."""
    if not reason:
        return "—"
    for code in (f"reason_{reason}", reason):
        if code in MESSAGES:
            return qtr(code)
    return reason


UNKNOWN_COLUMNS: list[Column[MessageRow]] = [
    Column(lambda: QCoreApplication.translate("SendingPage", "No."), lambda m: str(m.id), right=True),
    Column(lambda: QCoreApplication.translate("SendingPage", "Contract"), lambda m: m.contract_no),
    Column(lambda: QCoreApplication.translate("SendingPage", "To"), lambda m: m.to),
    Column(lambda: QCoreApplication.translate("SendingPage", "Why unknown"), lambda m: reason_text(m.reason)),
    Column(lambda: QCoreApplication.translate("SendingPage", "Text"), lambda m: m.text, tooltip=lambda m: m.text),
]


class SendingPage(LazyPage):
    loaded = Signal()
    send_finished = Signal(object)  # SendSummary

    def __init__(self, *, ctx: GuiContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.batch = QComboBox()
        self.batch.setAccessibleName(self.tr("Approved batch"))
        self.batch.setMinimumWidth(260)
        self.batch.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.batch.currentIndexChanged.connect(lambda _i: self.refresh_unknown())
        self.spec = QLineEdit("emulator:" if ctx.modem_name or ctx.modem is not None else "")
        self.spec.setPlaceholderText(self.tr("e.g. modem:auto or emulator: (several: separate with spaces)"))
        self.spec.setAccessibleName(self.tr("Transports"))
        self.start_button = QPushButton(self.tr("Start sending"))
        self.stop_button = QPushButton(self.tr("Stop"))
        self.stop_button.setToolTip(self.tr("Stops after the message in hand: nothing is cut mid-send."))
        self.start_button.clicked.connect(lambda: self.start())
        self.stop_button.clicked.connect(self.stop)
        self.progress = QProgressBar()
        self.progress.setAccessibleName(self.tr("Sending progress"))
        self.progress_label = QLabel()
        self.summary = QLabel(self.tr("Choose an approved batch and the transport, then start."))
        self.summary.setWordWrap(True)
        self.unknown = RecordsModel(UNKNOWN_COLUMNS, self)
        self.unknown_view = QTableView()
        self.unknown_view.setModel(self.unknown)
        self.unknown_view.setAccessibleName(self.tr("Messages in doubt"))
        self.unknown_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.unknown_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.unknown_view.setAlternatingRowColors(True)
        self.unknown_view.verticalHeader().setVisible(False)
        self.unknown_view.horizontalHeader().setStretchLastSection(True)
        self.unknown_view.selectionModel().selectionChanged.connect(lambda _s, _d: self._set_actions())
        self.unknown_label = QLabel()
        self.unknown_label.setWordWrap(True)
        self.sent_button = QPushButton(self.tr("It went: mark sent"))
        self.failed_button = QPushButton(self.tr("It did not go: mark failed"))
        self.resend_button = QPushButton(self.tr("Send again"))
        self.sent_button.clicked.connect(lambda: self.decide("sent"))
        self.failed_button.clicked.connect(lambda: self.decide("failed"))
        self.resend_button.clicked.connect(lambda: self.decide("resend"))

        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Batch:")))
        top.addWidget(self.batch)
        top.addWidget(QLabel(self.tr("Transports:")))
        top.addWidget(self.spec, 1)
        top.addWidget(self.start_button)
        top.addWidget(self.stop_button)
        decide = QHBoxLayout()
        decide.addStretch(1)
        decide.addWidget(self.sent_button)
        decide.addWidget(self.failed_button)
        decide.addWidget(self.resend_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.progress)
        layout.addWidget(self.progress_label)
        layout.addWidget(self.summary)
        heading = QLabel(self.tr("Messages in doubt (the app cannot know whether they went)"))
        heading.setStyleSheet("font-weight:bold;")
        layout.addWidget(heading)
        layout.addWidget(self.unknown_label)
        layout.addWidget(self.unknown_view, 1)
        layout.addLayout(decide)
        self.worker: Worker | None = None
        self._set_actions()
        ctx.bus.changed.connect(self._on_bus_changed)

    # loading
    def refresh(self) -> Worker:
        db = self.ctx.db
        return run(self, lambda _w: list_batches(db), self._on_batches_loaded)

    def _on_batches_loaded(self, rows: list[BatchRow]) -> None:
        current = self.batch.currentData()
        self.batch.blockSignals(True)
        self.batch.clear()
        for b in rows:
            if b.status in SENDABLE:
                self.batch.addItem(self.tr("Batch %1 for %2 (%3, %4 messages)").replace("%1", str(b.id))
                                   .replace("%2", b.as_of.isoformat()).replace("%3", status_word(b.status))
                                   .replace("%4", str(b.messages)), b.id)
        if current is not None and self.batch.findData(current) >= 0:
            self.batch.setCurrentIndex(self.batch.findData(current))
        self.batch.blockSignals(False)
        self._set_actions()
        self.refresh_unknown()
        self.loaded.emit()

    def refresh_unknown(self) -> Worker | None:
        batch_id = self.batch.currentData()
        if batch_id is None:
            self.unknown.set_records([])
            self._on_unknown_loaded([])
            return None
        db = self.ctx.db
        return run(self, lambda _w: message_service.list_messages(db, batch=batch_id, status="unknown"),
                   self._on_unknown_loaded)

    def _on_unknown_loaded(self, rows: list[MessageRow]) -> None:
        self.unknown.set_records(rows)
        for col, width in enumerate((60, 140, 130, 260)):
            self.unknown_view.setColumnWidth(col, width)
        self.unknown_label.setText(self.tr("%n message(s) in doubt: ask the borrower or check the carrier's records, "
                                           "then mark each one sent or failed, or send it again.", "", len(rows))
                                   if rows else self.tr("None: every message is accounted for."))
        self._set_actions()

    def _set_actions(self) -> None:
        busy = self.worker is not None
        self.start_button.setEnabled(not busy and self.batch.currentData() is not None)
        self.stop_button.setEnabled(busy)
        self.batch.setEnabled(not busy)
        self.spec.setEnabled(not busy)
        chosen = bool(self.unknown_view.selectionModel() and self.unknown_view.selectionModel().selectedRows())
        for b in (self.sent_button, self.failed_button, self.resend_button):
            b.setEnabled(chosen and not busy)

    # sending
    def start(self) -> Worker | None:
        batch_id = self.batch.currentData()
        specs = self.spec.text().split()
        if batch_id is None or self.worker is not None:
            return None
        if not specs:
            self.spec.setFocus()
            self.summary.setText(self.tr("Type the transport first (for example modem:auto)."))
            return None
        db = self.ctx.db
        self.progress.setRange(0, 0)
        self.progress_label.setText(self.tr("Opening the transport…"))
        worker = Worker(lambda w: send_batch(db, batch_id, specs, progress=w), handles_failure=True)
        worker.signals.progress.connect(self._on_progress)
        worker.signals.finished.connect(self._on_sent)
        worker.signals.failed.connect(self._on_send_failed)
        self.worker = worker
        self._set_actions()
        self.ctx.pools.start_write(worker)
        return worker

    def stop(self) -> None:
        if self.worker is not None:
            self.worker.cancel()
            self.progress_label.setText(self.tr("Stopping after the message in hand…"))

    def _on_progress(self, done: int, total: int, note: str) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)
        text = self.tr("%1 of %2 done").replace("%1", str(done)).replace("%2", str(total))
        if note.startswith("eta=") and done and done < total:
            seconds = int(float(note[4:]))
            text += " · " + self.tr("about %1 min %2 s left").replace("%1", str(seconds // 60)) \
                .replace("%2", str(seconds % 60))
        self.progress_label.setText(text)

    def _on_sent(self, summary: SendSummary) -> None:
        self.worker = None
        self.progress.setRange(0, 1)
        self.progress.setValue(1)
        self.summary.setText(self.summary_text(summary))
        self._set_actions()
        self.send_finished.emit(summary)
        self.ctx.bus.tell(Changes(batches=True, messages=True))

    def _on_send_failed(self, exc: Exception) -> None:
        self.worker = None
        self.progress.setRange(0, 1)
        self.progress.setValue(0)
        self.progress_label.setText(self.tr("Sending stopped."))
        self._set_actions()
        self.ctx.bus.tell(Changes(batches=True, messages=True))
        show_known(self, exc)

    def summary_text(self, s: SendSummary) -> str:
        c = s.counts
        lines = [self.tr("Stopped by you. ") if s.stopped else ""]
        lines[0] += self.tr("Sent now: %1. In this batch: %2 sent (%3 delivered), %4 failed, %5 in doubt, "
                            "%6 cancelled.").replace("%1", str(s.sent_now)) \
            .replace("%2", str(c.get("sent", 0) + c.get("delivered", 0))).replace("%3", str(c.get("delivered", 0))) \
            .replace("%4", str(c.get("failed", 0))).replace("%5", str(c.get("unknown", 0))) \
            .replace("%6", str(c.get("cancelled", 0)))
        for w in s.waiting:
            when = w.until.astimezone().strftime("%Y-%m-%d %H:%M") if w.until else "—"
            lines.append(self.tr("%n message(s) wait (%1) until %2.", "", w.count).replace("%1", reason_text(w.reason))
                         .replace("%2", when))
        for name, until, why in s.paused:
            lines.append(self.tr("%1 paused until %2: %3").replace("%1", name)
                         .replace("%2", until.astimezone().strftime("%H:%M")).replace("%3", reason_text(why)))
        if not s.waiting and not c.get("unknown"):
            lines.append(self.tr("Nothing left to send in this batch."))
        return "\n".join(lines)

    # the operator's decisions on messages in doubt
    def decide(self, what: str) -> Worker | None:
        rows = self.unknown_view.selectionModel().selectedRows()
        if not rows:
            return None
        who = ask_operator(self, self.ctx)
        if not who:
            return None
        message = rows[0].data(RowRole)
        db = self.ctx.db

        def act(_w: Worker) -> None:
            if what == "resend":
                message_service.resend(db, message.id, by=who)
            else:
                message_service.resolve(db, message.id, as_=what, by=who)

        return run(self, act, lambda _r: self.ctx.bus.tell(Changes(messages=True, batches=True)), write=True,
                   on_failed=lambda exc: show_known(self, exc))

    def _on_bus_changed(self, changes: Changes) -> None:
        if (changes.batches or changes.messages) and self.worker is None:
            self.mark_stale()
