"""The Sending page's messages in doubt: the batch's `unknown` messages (the app cannot know
whether they went: a line cut between the PDU and the modem's answer), listed for the operator to
mark sent or failed after asking the borrower or the carrier, or to send again. Each decision is
services/messages.resolve or .resend, by a named operator."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from operator_app.domain.phones import shown_phone
from operator_app.services.changes import Changed, changed
from operator_app.services.reports import messages as message_service
from operator_app.services.reports.messages import MessageRow
from operator_app.ui.context import GuiContext
from operator_app.ui.dialogs import ask_operator, show_known
from operator_app.ui.ops import run
from operator_app.ui.records_model import Column, RecordsModel, RowRole
from operator_app.ui.send_states_model import reason_text
from operator_app.ui.workers import Worker

UNKNOWN_COLUMNS: list[Column[MessageRow]] = [
    Column(lambda: QCoreApplication.translate("SendingPage", "No."), lambda m: str(m.id), right=True),
    Column(lambda: QCoreApplication.translate("SendingPage", "Contract"), lambda m: m.contract_no),
    Column(lambda: QCoreApplication.translate("SendingPage", "To"), lambda m: shown_phone(m.to)),
    Column(lambda: QCoreApplication.translate("SendingPage", "Why unknown"), lambda m: reason_text(m.reason)),
    Column(lambda: QCoreApplication.translate("SendingPage", "Text"), lambda m: m.text, tooltip=lambda m: m.text),
]


def message_table(model: object, name: str) -> QTableView:
    """A read-only table of one row per message, as both of the Sending page's lists are."""
    view = QTableView()
    view.setModel(model)  # type: ignore[arg-type]
    view.setAccessibleName(name)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setAlternatingRowColors(True)
    view.setWordWrap(False)
    view.verticalHeader().setVisible(False)
    view.horizontalHeader().setStretchLastSection(True)
    return view


def heading(text: str) -> QLabel:
    label = QLabel(text)
    label.setStyleSheet("font-weight:bold;")
    return label


class DoubtBox(QWidget):
    def __init__(self, *, ctx: GuiContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.batch_id: int | None = None
        self.allowed = True  # decisions wait while a send runs
        self.unknown = RecordsModel(UNKNOWN_COLUMNS, self)
        self.unknown_view = message_table(self.unknown, QCoreApplication.translate("SendingPage", "Messages in doubt"))
        self.unknown_view.selectionModel().selectionChanged.connect(lambda _s, _d: self._set_actions())
        self.unknown_label = QLabel()
        self.unknown_label.setWordWrap(True)
        self.sent_button = QPushButton(QCoreApplication.translate("SendingPage", "It went: mark sent"))
        self.failed_button = QPushButton(QCoreApplication.translate("SendingPage", "It did not go: mark failed"))
        self.resend_button = QPushButton(QCoreApplication.translate("SendingPage", "Send again"))
        self.sent_button.clicked.connect(lambda: self.decide("sent"))
        self.failed_button.clicked.connect(lambda: self.decide("failed"))
        self.resend_button.clicked.connect(lambda: self.decide("resend"))
        decide = QHBoxLayout()
        decide.addWidget(self.unknown_label, 1)
        decide.addWidget(self.sent_button)
        decide.addWidget(self.failed_button)
        decide.addWidget(self.resend_button)
        v = QVBoxLayout(self)
        v.setContentsMargins(0, 0, 0, 0)
        v.addWidget(heading(QCoreApplication.translate("SendingPage", "Messages in doubt (the app cannot know "
                                                                      "whether they went)")))
        v.addWidget(self.unknown_view, 1)
        v.addLayout(decide)
        self._set_actions()

    def allow(self, allowed: bool) -> None:
        self.allowed = allowed
        self._set_actions()

    def _set_actions(self) -> None:
        chosen = bool(self.unknown_view.selectionModel() and self.unknown_view.selectionModel().selectedRows())
        for b in (self.sent_button, self.failed_button, self.resend_button):
            b.setEnabled(chosen and self.allowed)

    def refresh(self, batch_id: int | None) -> Worker | None:
        self.batch_id = batch_id
        if batch_id is None:
            self._on_loaded([])
            return None
        db = self.ctx.db
        return run(self, lambda _w: message_service.list_messages(db, batch=batch_id, status="unknown"),
                   self._on_loaded)

    def _on_loaded(self, rows: list[MessageRow]) -> None:
        self.unknown.set_records(rows)
        for col, width in enumerate((60, 140, 130, 260)):
            self.unknown_view.setColumnWidth(col, width)
        self.unknown_label.setText(
            QCoreApplication.translate("SendingPage", "%n message(s) in doubt: ask the borrower or check the carrier's "
                                                      "records, then mark each one sent or failed, or send it again.",
                                       "", len(rows))
            if rows else QCoreApplication.translate("SendingPage", "None: every message is accounted for."))
        self._set_actions()

    def decide(self, what: str) -> Worker | None:
        rows = self.unknown_view.selectionModel().selectedRows()
        if not rows:
            return None
        who = ask_operator(self, self.ctx)
        if not who:
            return None
        message = rows[0].data(RowRole)
        db = self.ctx.db

        def act(_w: Worker) -> Changed[None]:
            if what == "resend":
                return changed(message_service.resend, db, message.id, by=who)
            return changed(message_service.resolve, db, message.id, as_=what, by=who)

        return run(self, act, lambda _r: None, write=True,
                   on_failed=lambda exc: show_known(self, exc))
