"""Sign in at start, when the office has accounts, and again after the idle lock (ui/idle_lock.py):
the account then acts in every page (the services check its role), and a wrong password is said
in the dialog, which stays open."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from operator_app.errors import KnownError
from operator_app.services.context import Database
from operator_app.services.office import accounts
from operator_app.services.office.identity import Signed
from operator_app.ui.dialogs import known_text


class SignInDialog(QDialog):
    def __init__(self, *, db: Database, name: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.signed: Signed | None = None
        self.setWindowTitle(self.tr("Sign in"))
        self.name = QLineEdit(name)
        self.name.setAccessibleName(self.tr("Name"))
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setAccessibleName(self.tr("Password"))
        self.error = QLabel()
        self.error.setObjectName("sign_in_error")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color:#b91c1c")
        self.error.hide()
        form = QFormLayout()
        form.addRow(self.tr("Name:"), self.name)
        form.addRow(self.tr("Password:"), self.password)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self._on_buttons_accepted)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("This office has operator accounts: sign in to work.")))
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        (self.password if name else self.name).setFocus()

    def _on_buttons_accepted(self) -> None:
        """One argon2id check (a small fraction of a second, before any window is open)."""
        try:
            self.signed = accounts.sign_in(self.db, self.name.text(), self.password.text())
        except KnownError as exc:
            self.password.clear()
            self.error.setText(known_text(exc))
            self.error.show()
            return
        finally:
            self.password.clear()  # the password is not kept in the widget
        self.accept()
