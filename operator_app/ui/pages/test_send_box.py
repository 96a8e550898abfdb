"""The Sending page's test send: one message with the office signature to the operator's own
phone (the number remembered for this workstation) through the transport typed on the page, so
the operator sees the line works before a batch goes. It never touches the outbox
(services/sms_send.send_test): no borrower's message, no cap, no report counts it."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QPushButton, QWidget

from operator_app.errors import KnownError
from operator_app.services.sending import transports
from operator_app.services.sending.sms_send import SmsOutcome, send_test
from operator_app.ui.context import GuiContext
from operator_app.ui.dialogs import known_text
from operator_app.ui.errors import show_failure
from operator_app.ui.ops import start
from operator_app.ui.state import TEST_PHONE
from operator_app.ui.words import status_word
from operator_app.ui.workers import Worker

WAIT_REPORT_S = 20.0  # how long the test waits for the phone's delivery report


class TestSendBox(QWidget):
    tested = Signal(object)  # SmsOutcome, or the exception

    def __init__(self, *, ctx: GuiContext, spec: Callable[[], str]) -> None:
        super().__init__()
        self.ctx = ctx
        self._spec = spec
        self.phone = QLineEdit(ctx.state.get(TEST_PHONE))
        self.phone.setPlaceholderText(self.tr("e.g. 138 0013 8000"))
        self.phone.setAccessibleName(self.tr("Your own phone number"))
        self.phone.setMaximumWidth(180)
        self.phone.editingFinished.connect(self._remember)
        self.button = QPushButton(self.tr("Send a test to my phone"))
        self.button.setAccessibleName(self.tr("Send a test message to your own phone"))
        self.button.clicked.connect(lambda: self.send())
        self.result = QLabel(self.tr("Checks the line before a batch goes; it is not a borrower's message."))
        self.result.setWordWrap(True)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(QLabel(self.tr("Your phone:")))
        row.addWidget(self.phone)
        row.addWidget(self.button)
        row.addWidget(self.result, 1)
        self.worker: Worker | None = None

    def _remember(self) -> None:
        self.ctx.state.set(TEST_PHONE, " ".join(self.phone.text().split()))

    def send(self) -> Worker | None:
        spec, number = self._spec().split(), self.phone.text().strip()
        if self.worker is not None:
            return None
        if not number:
            self.phone.setFocus()
            self.result.setText(self.tr("Type your own mobile number first."))
            return None
        if not spec:
            self.result.setText(self.tr("Type the transport first (for example modem:auto)."))
            return None
        self._remember()
        db, text = self.ctx.db, self.tr("Test message: if you can read this, sending works.")
        # a transport saved in Settings (`profile:NAME`) stands for its full spec, secret included
        worker = Worker(lambda _w: send_test(db, transports.resolve(db, spec[:1])[0], number, text,
                                             wait_report=WAIT_REPORT_S))
        self.worker = worker
        self.button.setEnabled(False)
        self.result.setText(self.tr("Sending the test to %1…").replace("%1", number))
        return start(self, worker, on_done=self._on_sent, on_failed=self._on_failed,
                     progress=self.tr("Sending a test message to your phone…"))

    def _on_sent(self, outcome: SmsOutcome) -> None:
        self.worker = None
        self.button.setEnabled(True)
        if outcome.status == "delivered":
            text = self.tr("The test reached %1: delivered.")
        elif outcome.status == "failed":
            text = self.tr("The test to %1 was sent but the network says it was not delivered.")
        else:
            text = self.tr("The test to %1 went out (%2); no delivery report yet: check your phone.") \
                .replace("%2", status_word(outcome.status))
        self.result.setText(text.replace("%1", outcome.to))
        self.result.setStyleSheet("color:#c62828;" if outcome.status == "failed" else "color:#1b7f3b;")
        self.tested.emit(outcome)

    def _on_failed(self, exc: Exception) -> None:
        self.worker = None
        self.button.setEnabled(True)
        self.result.setStyleSheet("color:#c62828;")
        if isinstance(exc, KnownError):
            self.result.setText(self.tr("The test did not go: %1").replace("%1", known_text(exc)))
        else:
            self.result.setText(self.tr("The test did not go."))
            show_failure(exc, self)
        self.tested.emit(exc)
