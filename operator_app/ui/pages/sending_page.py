"""发送: send an approved batch through the chosen transport(s) in a worker (the dispatcher of
services/sending/dispatch.py), with progress and ETA from its reports; Pause, Resume and Stop, each
taking effect between messages (nothing is cut mid-send); a live table of every message's state
(services/sending/send_states.py, re-read on the dispatcher's progress at most once a second); a test
send to the operator's own phone (test_send_box.py); the summary in plain words; a banner when an
office fault stopped a transport (fault_banner.py, with a button to its settings); and the `unknown`
messages for the operator to resolve or resend (doubt_box.py). The transport is picked from the
ones saved in Settings or typed (transport_choice.py).

Pause stops this run and keeps the batch and transports chosen; Resume is a new dispatcher run
of the same batch, which the outbox makes safe (a message that went is never claimed again)."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QSizePolicy,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from operator_app.services.changes import OpChanges, changed
from operator_app.services.reports.dashboard import BatchRow, list_batches
from operator_app.services.sending.dispatch import SendSummary, send_batch
from operator_app.services.sending.send_states import MessageState, batch_states
from operator_app.ui.context import GuiContext
from operator_app.ui.dialogs import show_known
from operator_app.ui.lazy import LazyPage
from operator_app.ui.messages import qtr
from operator_app.ui.ops import run, start
from operator_app.ui.pages.doubt_box import DoubtBox, heading, message_table
from operator_app.ui.pages.fault_banner import FaultBanner
from operator_app.ui.pages.test_send_box import TestSendBox
from operator_app.ui.pages.transport_choice import TransportChoice
from operator_app.ui.send_states_model import SendStatesModel, reason_text
from operator_app.ui.state import SENDING_SPLITTER
from operator_app.ui.words import office_time, status_word
from operator_app.ui.workers import Worker

SENDABLE = ("approved", "sending", "done")  # a done batch may hold messages in doubt, or one sent again
LIVE_EVERY_MS = 1000  # the live table re-reads the batch at most this often while sending

__all__ = ["SendingPage", "default_spec", "reason_text"]


def default_spec(ctx: GuiContext) -> str:
    """The transport to offer: the app's own modem (the demo's virtual modem), else none."""
    url = getattr(ctx.modem, "url", "") if ctx.modem is not None else ""
    if url:
        return f"modem:{url}"
    return "emulator:" if ctx.modem_name else ""


class SendingPage(LazyPage):
    loaded = Signal()
    send_finished = Signal(object)  # SendSummary (of each run: a pause ends one too)
    live_refreshed = Signal()
    settings_requested = Signal()  # the fault banner's button: open Settings → Transports

    def __init__(self, *, ctx: GuiContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.batch = QComboBox()
        self.batch.setAccessibleName(self.tr("Approved batch"))
        # As wide as a typical batch label, not the longest one: the row must fit 1280 px in
        # every language; the open list shows whole labels.
        self.batch.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.batch.setMinimumContentsLength(20)
        self.batch.view().setMinimumWidth(420)
        self.batch.currentIndexChanged.connect(lambda _i: self._on_batch_chosen())
        self.spec = TransportChoice(ctx=ctx, text=default_spec(ctx))
        self.spec.setPlaceholderText(self.tr("e.g. modem:auto or emulator: (several: separate with spaces)"))
        self.spec.setToolTip(self.tr("Pick a transport saved in Settings, or type one (several: separate with spaces)."))
        self.spec.setAccessibleName(self.tr("Transports"))
        self.start_button = QPushButton(self.tr("Start sending"))
        self.pause_button = QPushButton(self.tr("Pause"))
        self.pause_button.setToolTip(self.tr("Pauses after the message in hand; Resume goes on with the same batch."))
        self.resume_button = QPushButton(self.tr("Resume"))
        self.stop_button = QPushButton(self.tr("Stop"))
        self.stop_button.setToolTip(self.tr("Stops after the message in hand: nothing is cut mid-send."))
        self.start_button.clicked.connect(lambda: self.start())
        self.pause_button.clicked.connect(self.pause)
        self.resume_button.clicked.connect(lambda: self.resume())
        self.stop_button.clicked.connect(self.stop)
        self.test_box = TestSendBox(ctx=ctx, spec=self.spec.text)
        self.progress = QProgressBar()
        self.progress.setAccessibleName(self.tr("Sending progress"))
        self.progress_label = QLabel()
        self.summary = QLabel(self.tr("Choose an approved batch and the transport, then start."))
        self.summary.setWordWrap(True)
        self.summary.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)  # never squeezed
        self.fault_banner = FaultBanner()
        self.fault_banner.settings_requested.connect(self.settings_requested.emit)
        self.live = SendStatesModel(self)
        self.live_view = message_table(self.live, self.tr("Every message of the batch"))
        self.live_label = QLabel()
        self.live_timer = QTimer(self)
        self.live_timer.setSingleShot(True)
        self.live_timer.setInterval(LIVE_EVERY_MS)
        self.live_timer.timeout.connect(lambda: self.refresh_live())
        self._live_worker: Worker | None = None
        self._live_again = False
        self.doubt = DoubtBox(ctx=ctx)
        self._build_layout()
        self.worker: Worker | None = None
        self.phase = "idle"  # idle | running | pausing | paused | stopping
        self._specs: list[str] = []
        self._done_before = 0  # finished by the runs before a resume, for one progress over the batch
        self._run_done = 0
        self._total: int | None = None
        self._set_actions()
        ctx.bus.changed.connect(self._on_bus_changed)

    def _build_layout(self) -> None:
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Batch:")))
        top.addWidget(self.batch, 1)  # the room left is shared, so a batch label shows whole where it fits
        top.addWidget(QLabel(self.tr("Transports:")))
        top.addWidget(self.spec, 1)
        for b in (self.start_button, self.pause_button, self.resume_button, self.stop_button):
            top.addWidget(b)
        live = QWidget()
        v = QVBoxLayout(live)
        v.setContentsMargins(0, 0, 0, 0)
        v.addWidget(heading(self.tr("Every message of the batch, as it goes")))
        v.addWidget(self.live_label)
        v.addWidget(self.live_view, 1)
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.addWidget(live)
        self.splitter.addWidget(self.doubt)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 1)
        saved = self.ctx.state.get(SENDING_SPLITTER)
        if not saved.isEmpty():
            self.splitter.restoreState(saved)
        self.splitter.splitterMoved.connect(lambda _p, _i: self.ctx.state.set(SENDING_SPLITTER,
                                                                              self.splitter.saveState()))
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.test_box)
        layout.addWidget(self.progress)
        layout.addWidget(self.progress_label)
        layout.addWidget(self.fault_banner)
        layout.addWidget(self.summary)
        layout.addWidget(self.splitter, 1)

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
        self._on_batch_chosen()
        self.loaded.emit()

    def _on_batch_chosen(self) -> None:
        self._set_actions()
        self.refresh_unknown()
        self.refresh_live()

    def refresh_live(self) -> Worker | None:
        """Re-read the batch's message states; one read at a time (a progress signal meanwhile
        asks for one more read after it)."""
        batch_id = self.batch.currentData()
        if batch_id is None:
            self.live.update([])
            self._show_live_counts()
            return None
        if self._live_worker is not None:
            self._live_again = True
            return None
        db = self.ctx.db
        self._live_worker = run(self, lambda _w: (batch_id, batch_states(db, batch_id)), self._on_live_loaded,
                                on_failed=self._on_live_failed)
        return self._live_worker

    def _on_live_loaded(self, result: tuple[int, list[MessageState]]) -> None:
        self._live_worker = None
        batch_id, rows = result
        if batch_id == self.batch.currentData():
            first = not self.live.records
            self.live.update(rows)
            if first:
                for col, width in enumerate((60, 140, 130, 150)):
                    self.live_view.setColumnWidth(col, width)
            self._show_live_counts()
        if self._live_again:
            self._live_again = False
            self.live_timer.start()
        self.live_refreshed.emit()

    def _on_live_failed(self, exc: Exception) -> None:
        self._live_worker = None
        self.live_label.setText(self.tr("The message states could not be read just now."))

    def _show_live_counts(self) -> None:
        counts = self.live.counts()
        if not counts:
            self.live_label.setText(self.tr("No batch chosen.") if self.batch.currentData() is None
                                    else self.tr("This batch has no messages."))
            return
        order = ("queued", "waiting", "sending", "sent", "delivered", "failed", "unknown", "cancelled")
        waiting = self.tr("waiting")
        parts = [f"{waiting if k == 'waiting' else status_word(k)} {counts[k]}" for k in order if counts.get(k)]
        self.live_label.setText(" · ".join(parts))

    def refresh_unknown(self) -> Worker | None:
        return self.doubt.refresh(self.batch.currentData())

    def _set_actions(self) -> None:
        phase = self.phase if hasattr(self, "phase") else "idle"
        idle, paused = phase == "idle", phase == "paused"
        self.start_button.setEnabled(idle and self.batch.currentData() is not None)
        self.start_button.setVisible(not paused)
        self.resume_button.setVisible(paused)
        self.resume_button.setEnabled(paused)
        self.pause_button.setEnabled(phase == "running")
        self.stop_button.setEnabled(phase in ("running", "pausing", "paused"))
        self.batch.setEnabled(idle)
        self.spec.setEnabled(idle)
        self.doubt.allow(phase in ("idle", "paused"))

    # sending
    def start(self) -> Worker | None:
        batch_id = self.batch.currentData()
        specs = self.spec.text().split()
        if batch_id is None or self.phase != "idle":
            return None
        if not specs:
            self.spec.setFocus()
            self.summary.setText(self.tr("Type the transport first (for example modem:auto)."))
            return None
        self._specs = specs
        self._done_before = self._run_done = 0
        self._total = None
        return self._run(batch_id)

    def resume(self) -> Worker | None:
        """A new dispatcher run of the paused batch, on the same transports."""
        batch_id = self.batch.currentData()
        if self.phase != "paused" or batch_id is None:
            return None
        self._done_before += self._run_done
        self._run_done = 0
        return self._run(batch_id)

    def _run(self, batch_id: int) -> Worker:
        db, specs, by = self.ctx.db, list(self._specs), self.ctx.signed  # the account sends (None: no accounts)
        self.progress.setRange(0, 0)
        self.progress_label.setText(self.tr("Opening the transport…"))
        self.fault_banner.show_faults([])
        worker = Worker(lambda w: changed(send_batch, db, batch_id, specs, progress=w, by=by))
        self.worker = worker
        self.phase = "running"
        self._set_actions()
        self.refresh_live()
        return start(self, worker, on_done=self._on_sent, on_failed=self._on_send_failed,
                     on_progress=self._on_progress, send=True)

    def pause(self) -> None:
        if self.worker is not None and self.phase == "running":
            self.phase = "pausing"
            self.worker.cancel()
            self.progress_label.setText(self.tr("Pausing after the message in hand…"))
            self._set_actions()

    def stop(self) -> None:
        if self.phase == "paused":
            self.phase = "idle"
            self.progress_label.setText(self.tr("Stopped."))
            self._set_actions()
        elif self.worker is not None:
            self.phase = "stopping"
            self.worker.cancel()
            self.progress_label.setText(self.tr("Stopping after the message in hand…"))
            self._set_actions()

    def _on_progress(self, done: int, total: int, note: str) -> None:
        self._run_done = done
        if self._total is None or not self._done_before:
            self._total = total  # the first run's queue is the batch's; a resume counts on from it
        overall, whole = self._done_before + done, max(self._total, self._done_before + total)
        self.progress.setRange(0, max(whole, 1))
        self.progress.setValue(overall)
        text = self.tr("%1 of %2 done").replace("%1", str(overall)).replace("%2", str(whole))
        if note.startswith("eta=") and done and done < total:
            seconds = int(float(note[4:]))
            text += " · " + self.tr("about %1 min %2 s left").replace("%1", str(seconds // 60)) \
                .replace("%2", str(seconds % 60))
        if self.phase == "running":
            self.progress_label.setText(text)
        if not self.live_timer.isActive():
            self.live_timer.start()

    def _on_sent(self, summary: SendSummary) -> None:
        self.worker = None
        paused = self.phase == "pausing" and summary.stopped and bool(summary.counts.get("queued"))
        self.phase = "paused" if paused else "idle"
        if not summary.stopped:
            self.progress.setRange(0, 1)
            self.progress.setValue(0 if summary.faults else 1)
        self.progress_label.setText(self.tr("Paused: Resume goes on with this batch.") if paused else "")
        self.fault_banner.show_faults(summary.faults)
        self.summary.setText(self.summary_text(summary))
        self._set_actions()
        self.live_timer.stop()
        self.refresh_live()
        self.send_finished.emit(summary)

    def _on_send_failed(self, exc: Exception) -> None:
        self.worker = None
        self.phase = "idle"
        self.progress.setRange(0, 1)
        self.progress.setValue(0)
        self.progress_label.setText(self.tr("Sending stopped."))
        self._set_actions()
        self.refresh_live()
        show_known(self, exc)

    def summary_text(self, s: SendSummary) -> str:
        c = s.counts
        lines = [self.tr("Stopped by you. ") if s.stopped else ""]
        lines[0] += self.tr("Sent now: %1. In this batch: %2 sent (%3 delivered), %4 failed, %5 in doubt, "
                            "%6 cancelled.").replace("%1", str(s.sent_now)) \
            .replace("%2", str(c.get("sent", 0) + c.get("delivered", 0))).replace("%3", str(c.get("delivered", 0))) \
            .replace("%4", str(c.get("failed", 0))).replace("%5", str(c.get("unknown", 0))) \
            .replace("%6", str(c.get("cancelled", 0)))
        for reason, count in s.cancelled.items():
            lines.append(self.tr("%1 cancelled: %2").replace("%1", str(count)).replace("%2", reason_text(reason)))
        for w in s.waiting:
            when = office_time(w.until, "%Y-%m-%d %H:%M") if w.until else "—"
            if w.reason == "expires":  # they cannot go before their day ends: cancelled then
                lines.append(self.tr("%n message(s) cannot go before their day's sending hours end at %1: they "
                                     "will be cancelled as expired, and the next day's batch plans them again.",
                                     "", w.count).replace("%1", when))
                continue
            lines.append(self.tr("%n message(s) wait (%1) until %2.", "", w.count).replace("%1", reason_text(w.reason))
                         .replace("%2", when))
        for name, until, why, params in s.paused:
            lines.append(self.tr("%1 paused until %2: %3").replace("%1", name)
                         .replace("%2", office_time(until, "%H:%M"))
                         .replace("%3", qtr(why, **params) if params else reason_text(why)))
        if not s.waiting and not c.get("unknown"):
            lines.append(self.tr("Nothing left to send in this batch."))
        return "\n".join(lines)

    def _on_bus_changed(self, changes: OpChanges) -> None:
        if (changes.batches or changes.messages) and self.phase == "idle":
            self.mark_stale()
        elif changes.messages and self.phase == "paused":
            self.refresh_unknown()
            self.refresh_live()
