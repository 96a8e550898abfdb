"""Offered, never forced (issue 19): an office without accounts may create its administrator here
(welcome page and Settings). From then on the office signs in: the window acts as that admin at
once, and every later start asks for a sign-in. An office may keep working without accounts, as
before; the form then stays where it is, and is gone once the office has an account."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFormLayout, QGroupBox, QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout

from operator_app.errors import KnownError
from operator_app.services.context import Database
from operator_app.services.office import accounts
from operator_app.services.office.identity import Signed, has_accounts
from operator_app.ui.context import GuiContext
from operator_app.ui.dialogs import known_text, show_known
from operator_app.ui.ops import run
from operator_app.ui.workers import Worker


def make_first_admin(db: Database, name: str, display: str, password: str) -> Signed:
    """The office's first account (an admin; the service refuses it once there is one) and its
    sign-in, in a worker: two argon2id hashes are too slow for the GUI thread."""
    account = accounts.add_account(db, name, role="admin", password=password, by=None, display=display or None)
    return accounts.sign_in(db, account.name, password)


class FirstAdminForm(QGroupBox):
    created = Signal(object)  # Signed: the new admin, signed in

    def __init__(self, *, ctx: GuiContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.setObjectName("first_admin_form")
        self.setTitle(self.tr("Operator accounts (optional)"))
        intro = QLabel(self.tr("Today anyone at this PC works under a name they type. Create the administrator "
                               "account to have everyone sign in with a password; the administrator then adds "
                               "the other accounts (users add). You may also go on without accounts."))
        intro.setWordWrap(True)
        self.name = QLineEdit()
        self.name.setAccessibleName(self.tr("Account name"))
        self.name.setPlaceholderText(self.tr("e.g. wang (letters, to sign in with)"))
        self.display = QLineEdit()
        self.display.setAccessibleName(self.tr("Display name"))
        self.display.setPlaceholderText(self.tr("e.g. 王经理 (shown in the app)"))
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setAccessibleName(self.tr("Password"))
        self.password.setPlaceholderText(self.tr("at least %1 characters").replace("%1", str(accounts.MIN_PASSWORD)))
        self.again = QLineEdit()
        self.again.setEchoMode(QLineEdit.EchoMode.Password)
        self.again.setAccessibleName(self.tr("Password again"))
        form = QFormLayout()
        form.addRow(self.tr("Account name"), self.name)
        form.addRow(self.tr("Display name"), self.display)
        form.addRow(self.tr("Password"), self.password)
        form.addRow(self.tr("Password again"), self.again)
        self.create_button = QPushButton(self.tr("Create the administrator account"))
        self.create_button.clicked.connect(lambda: self.create_admin())
        self.status = QLabel()
        self.status.setObjectName("first_admin_status")
        self.status.setWordWrap(True)
        self.status.setStyleSheet("color:#b91c1c")
        row = QHBoxLayout()
        row.addWidget(self.status, 1)
        row.addWidget(self.create_button)
        v = QVBoxLayout(self)
        v.addWidget(intro)
        v.addLayout(form)
        v.addLayout(row)
        self.hide()  # until the office is known to have no account

    def refresh(self) -> Worker:
        """Shown only while the office has no account (one small read, off the GUI thread)."""
        db = self.ctx.db
        return run(self, lambda _w: has_accounts(db), lambda has: self.setVisible(not has and self.ctx.signed is None))

    def create_admin(self) -> Worker | None:
        name, display = self.name.text().strip(), self.display.text().strip()
        password, again = self.password.text(), self.again.text()
        self.password.clear()  # the password is not kept in the widgets
        self.again.clear()
        if not name:
            self.status.setText(self.tr("Type the account's name first."))
            self.name.setFocus()
            return None
        if password != again:
            self.status.setText(self.tr("The two passwords are not the same: type them again."))
            self.password.setFocus()
            return None
        self.status.clear()
        self.create_button.setEnabled(False)
        db = self.ctx.db
        return run(self, lambda _w: make_first_admin(db, name, display, password), self._on_created, write=True,
                   on_failed=self._on_failed)

    def _on_created(self, signed: Signed) -> None:
        self.create_button.setEnabled(True)
        self.hide()
        self.created.emit(signed)

    def _on_failed(self, exc: Exception) -> None:
        self.create_button.setEnabled(True)
        if isinstance(exc, KnownError):
            self.status.setText(known_text(exc))  # a refused name, a short password: said here
        else:
            show_known(self, exc)
