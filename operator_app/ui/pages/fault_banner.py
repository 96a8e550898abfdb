"""The banner the sending page shows when an office fault stopped a transport (a wrong password,
a gateway that cannot be reached, no balance, the SIM's PIN, no network, an unplugged modem):
the cause and what to do, in the operator's words, once for the whole batch, with a button to
the transport's settings (Settings → Transports). Its messages are still queued; nothing failed."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QSizePolicy, QVBoxLayout

from operator_app.services.sending.send_summary import Fault
from operator_app.ui.dialogs import known_text


class FaultBanner(QFrame):
    settings_requested = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("fault_banner")
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        self.setStyleSheet("QFrame#fault_banner { background:#fdecea; border:1px solid #e0a19b; border-radius:4px; }"
                           "QFrame#fault_banner QLabel { color:#611a15; }")
        self.title = QLabel(self.tr("Sending stopped: the transport needs you. The messages not sent are "
                                    "still waiting; send again once it is fixed."))
        self.title.setWordWrap(True)
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.text.setAccessibleName(self.tr("Transport problem"))
        self.button = QPushButton(self.tr("Open Settings → Transports"))
        self.button.clicked.connect(self.settings_requested.emit)
        words = QVBoxLayout()
        words.addWidget(self.title)
        words.addWidget(self.text)
        row = QHBoxLayout(self)
        row.addLayout(words, 1)
        row.addWidget(self.button)
        self.hide()

    def show_faults(self, faults: list[Fault]) -> None:
        """One line per stopped transport (usually one); hidden when there is none."""
        self.text.setText("\n".join(known_text(f.error) for f in faults))
        self.setVisible(bool(faults))
