"""First run: an empty database offers the demo office or an import."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget


class WelcomePage(QWidget):
    import_chosen = Signal()
    demo_chosen = Signal()

    def __init__(self) -> None:
        super().__init__()
        title = QLabel(self.tr("Welcome"))
        title.setStyleSheet("font-size:24px; font-weight:bold;")
        text = QLabel(self.tr("This database holds no loans yet. Import the office's borrower spreadsheet to start, "
                              "or try the app on a demo office with made-up borrowers and a virtual modem "
                              "(nothing leaves this PC)."))
        text.setWordWrap(True)
        text.setMaximumWidth(640)
        self.import_button = QPushButton(self.tr("Import a spreadsheet…"))
        self.demo_button = QPushButton(self.tr("Open the demo office"))
        self.import_button.clicked.connect(self.import_chosen.emit)
        self.demo_button.clicked.connect(self.demo_chosen.emit)
        buttons = QHBoxLayout()
        buttons.addWidget(self.import_button)
        buttons.addWidget(self.demo_button)
        buttons.addStretch(1)
        card = QWidget()
        card.setMaximumWidth(680)
        v = QVBoxLayout(card)
        v.addWidget(title)
        v.addWidget(text)
        v.addSpacing(8)
        v.addLayout(buttons)
        middle = QHBoxLayout()
        middle.addStretch(1)
        middle.addWidget(card, 3)
        middle.addStretch(1)
        outer = QVBoxLayout(self)
        outer.addStretch(1)
        outer.addLayout(middle)
        outer.addStretch(2)
