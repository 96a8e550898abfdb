"""First run: the office's own details until they are set (ui/pages/office_details_form.py),
the administrator account offered while the office has none (ui/pages/first_admin_form.py),
and, while the database holds no loans, the demo office or an import."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from operator_app.ui.context import GuiContext
from operator_app.ui.pages.first_admin_form import FirstAdminForm
from operator_app.ui.pages.office_details_form import OfficeDetailsForm


class WelcomePage(QWidget):
    import_chosen = Signal()
    demo_chosen = Signal()

    def __init__(self, *, ctx: GuiContext) -> None:
        super().__init__()
        title = QLabel(self.tr("Welcome"))
        title.setStyleSheet("font-size:24px; font-weight:bold;")
        self.details = OfficeDetailsForm(ctx=ctx)
        self.first_admin = FirstAdminForm(ctx=ctx)
        self.asking = False
        self.start = QWidget()
        text = QLabel(self.tr("This database holds no loans yet. Import the office's borrower spreadsheet to start, "
                              "or try the app on a demo office with made-up borrowers and a virtual modem "
                              "(nothing leaves this PC)."))
        text.setWordWrap(True)
        self.import_button = QPushButton(self.tr("Import a spreadsheet…"))
        self.demo_button = QPushButton(self.tr("Open the demo office"))
        self.import_button.clicked.connect(self.import_chosen.emit)
        self.demo_button.clicked.connect(self.demo_chosen.emit)
        buttons = QHBoxLayout()
        buttons.addWidget(self.import_button)
        buttons.addWidget(self.demo_button)
        buttons.addStretch(1)
        s = QVBoxLayout(self.start)
        s.setContentsMargins(0, 0, 0, 0)
        s.addWidget(text)
        s.addSpacing(8)
        s.addLayout(buttons)
        card = QWidget()
        card.setMaximumWidth(680)
        v = QVBoxLayout(card)
        v.addWidget(title)
        v.addWidget(self.details)
        v.addWidget(self.first_admin)
        v.addSpacing(12)
        v.addWidget(self.start)
        middle = QHBoxLayout()
        middle.addStretch(1)
        middle.addWidget(card, 3)
        middle.addStretch(1)
        outer = QVBoxLayout(self)
        outer.addStretch(1)
        outer.addLayout(middle)
        outer.addStretch(2)

    def show_parts(self, *, empty: bool, office_missing: bool) -> None:
        """The details form while they are not set; the import/demo choice while there are no loans."""
        if office_missing and not self.asking:
            self.details.refresh()  # what is stored (a time zone, a repay channel) fills the form
        self.asking = office_missing
        self.first_admin.refresh()
        self.details.setVisible(office_missing)
        self.start.setVisible(empty)
