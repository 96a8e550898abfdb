"""The first-run dialog's three pages (ui/first_run.py): the office, where its database lives,
its administrator. Each page checks what it can without a database (the settings' own rules, the
account rules); the connection test runs in a worker, never on the GUI thread."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from operator_app import paths
from operator_app.errors import KnownError
from operator_app.services.office import accounts, office_config
from operator_app.services.office.office_config import ServerAddress
from operator_app.ui.dialogs import known_text
from operator_app.ui.pages.office_details_form import ZONES
from operator_app.ui.workers import Pools, Worker

ERROR_STYLE = "color:#b91c1c"
OK_STYLE = "color:#15803d"


def status_label(name: str) -> QLabel:
    label = QLabel()
    label.setObjectName(name)
    label.setWordWrap(True)
    return label


class OfficePage(QWizardPage):
    """Office name, the signature every SMS starts with, the phone borrowers call, the time zone."""

    def __init__(self) -> None:
        super().__init__()
        self.setTitle(self.tr("Your office"))
        self.setSubTitle(self.tr("Every SMS starts with the office's signature in 【】 and gives a phone number to call."))
        self.name = QLineEdit()
        self.name.setMaxLength(60)
        self.name.setPlaceholderText(self.tr("e.g. 杭州安信小额贷款有限公司"))
        self.signature = QLineEdit()
        self.signature.setMaxLength(12)
        self.signature.setPlaceholderText(self.tr("2-12 characters, e.g. 安信小贷"))
        self.phone = QLineEdit()
        self.phone.setPlaceholderText(self.tr("e.g. 0571-88886666 or 400-800-1234"))
        self.zone = QComboBox()
        self.zone.setEditable(True)
        self.zone.addItems(ZONES)
        form = QFormLayout()
        form.addRow(self.tr("Office name"), self.name)
        form.addRow(self.tr("Signature"), self.signature)
        form.addRow(self.tr("Office phone"), self.phone)
        form.addRow(self.tr("Time zone"), self.zone)
        self.status = status_label("office_status")
        self.status.setStyleSheet(ERROR_STYLE)
        v = QVBoxLayout(self)
        v.addLayout(form)
        v.addWidget(self.status)
        v.addStretch(1)
        self.refused = {  # what to do about a refused field, in the clerk's words
            "office.name": (self.name, self.tr("Type the office's full name (up to 60 characters).")),
            "office.signature": (self.signature, self.tr("The signature is 2-12 characters without 【】, e.g. 安信小贷.")),
            "office.phone": (self.phone, self.tr("Type the phone number borrowers call, e.g. 0571-88886666 or "
                                                 "400-800-1234.")),
            "office.timezone": (self.zone, self.tr("That is not a time zone: pick one from the list.")),
        }

    def details(self) -> dict[str, str]:
        return {"office.name": self.name.text(), "office.signature": self.signature.text(),
                "office.phone": self.phone.text(), "office.timezone": self.zone.currentText()}

    def validatePage(self) -> bool:
        try:
            office_config.check_details(self.details())
        except KnownError as exc:
            field, text = self.refused.get(str(exc.params.get("key")), (None, known_text(exc)))
            self.status.setText(text)
            if field is not None:
                field.setFocus()
            return False
        self.status.clear()
        return True


class DatabasePage(QWizardPage):
    """The embedded database (a file in this computer's data folder), or a PostgreSQL server that
    several desks share, with a connection test."""

    def __init__(self, *, pools: Pools) -> None:
        super().__init__()
        self.pools = pools
        self.setTitle(self.tr("Where the office's data is kept"))
        self.setSubTitle(self.tr("One desk: a file on this computer. Several desks: one PostgreSQL server they all reach."))
        self.embedded = QRadioButton(self.tr("On this computer (one desk)"))
        self.embedded.setChecked(True)
        where = QLabel(self.tr("A database file in %1").replace("%1", str(paths.data_dir())))
        where.setWordWrap(True)
        where.setStyleSheet("color:#555; margin-left:22px;")
        self.server = QRadioButton(self.tr("On a PostgreSQL server (several desks share it)"))
        group = QButtonGroup(self)
        group.addButton(self.embedded)
        group.addButton(self.server)
        self.host = QLineEdit()
        self.host.setPlaceholderText(self.tr("e.g. 192.168.1.10"))
        self.port = QSpinBox()
        self.port.setRange(1, 65535)
        self.port.setValue(5432)
        self.database = QLineEdit("operator")
        self.user = QLineEdit("postgres")
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.test_button = QPushButton(self.tr("Test the connection"))
        self.test_button.clicked.connect(lambda: self.test_connection())
        self.status = status_label("connection_status")
        self.box = QWidget()
        form = QFormLayout(self.box)
        form.setContentsMargins(22, 0, 0, 0)
        form.addRow(self.tr("Server"), self.host)
        form.addRow(self.tr("Port"), self.port)
        form.addRow(self.tr("Database"), self.database)
        form.addRow(self.tr("User"), self.user)
        form.addRow(self.tr("Password"), self.password)
        row = QHBoxLayout()
        row.addWidget(self.test_button)
        row.addWidget(self.status, 1)
        form.addRow(row)
        note = QLabel(self.tr("The password is kept in this computer's secret store, never in a file of the app."))
        note.setWordWrap(True)
        note.setStyleSheet("color:#555;")
        form.addRow(note)
        v = QVBoxLayout(self)
        v.addWidget(self.embedded)
        v.addWidget(where)
        v.addSpacing(8)
        v.addWidget(self.server)
        v.addWidget(self.box)
        v.addStretch(1)
        self.server.toggled.connect(self._on_server_toggled)
        self._on_server_toggled(False)
        self.passed: tuple[ServerAddress, str] | None = None  # what the last successful test reached
        self.worker: Worker | None = None

    def _on_server_toggled(self, on: bool) -> None:
        self.box.setEnabled(on)

    def address(self) -> ServerAddress | None:
        if not self.server.isChecked():
            return None
        return ServerAddress(self.host.text().strip(), self.port.value(), self.user.text().strip(),
                             self.database.text().strip())

    def test_connection(self) -> Worker | None:
        address, password = self.address(), self.password.text()
        if address is None:
            return None
        if not address.host or not address.database:
            self._say(self.tr("Fill in the server and the database name."), ok=False)
            return None
        self.test_button.setEnabled(False)
        self._say(self.tr("Connecting…"), ok=True)
        worker = Worker(lambda _w: office_config.check_server(address, password), handles_failure=True)
        worker.signals.finished.connect(lambda office: self._on_tested(address, password, None, office))
        worker.signals.failed.connect(lambda exc: self._on_tested(address, password, exc, None))
        self.worker = self.pools.start_read(worker)
        return worker

    def _on_tested(self, address: ServerAddress, password: str, exc: Exception | None, office: str | None) -> None:
        self.test_button.setEnabled(True)
        if exc is None:
            self.passed = (address, password)
            self._say(self.tr("Connected: the server answers.") if office is None else
                      self.tr("Connected: this database already holds the office 【%1】. This desk joins it as it is "
                              "(the first page's details are not used).").replace("%1", office), ok=True)
        else:
            self.passed = None
            self._say(known_text(exc) if isinstance(exc, KnownError) else f"{type(exc).__name__}", ok=False)

    def _say(self, text: str, *, ok: bool) -> None:
        self.status.setText(text)
        self.status.setStyleSheet(OK_STYLE if ok else ERROR_STYLE)

    def validatePage(self) -> bool:
        address = self.address()
        if address is None:
            return True
        if self.passed != (address, self.password.text()):
            self._say(self.tr("Test the connection first: it must answer before the office is set up there."),
                      ok=False)
            return False
        return True


class AdminPage(QWizardPage):
    """The administrator account, optional (issue 19): with it everyone signs in from then on."""

    def __init__(self) -> None:
        super().__init__()
        self.setTitle(self.tr("Administrator account (optional)"))
        self.setSubTitle(self.tr("With an administrator, everyone signs in with a password and the records name "
                                 "who did what. Leave it empty to go on without accounts."))
        self.name = QLineEdit()
        self.name.setPlaceholderText(self.tr("e.g. wang (letters, to sign in with)"))
        self.display = QLineEdit()
        self.display.setPlaceholderText(self.tr("e.g. 王经理 (shown in the app)"))
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setPlaceholderText(self.tr("at least %1 characters").replace("%1", str(accounts.MIN_PASSWORD)))
        self.again = QLineEdit()
        self.again.setEchoMode(QLineEdit.EchoMode.Password)
        form = QFormLayout()
        form.addRow(self.tr("Account name"), self.name)
        form.addRow(self.tr("Display name"), self.display)
        form.addRow(self.tr("Password"), self.password)
        form.addRow(self.tr("Password again"), self.again)
        self.status = status_label("admin_status")
        self.status.setStyleSheet(ERROR_STYLE)
        v = QVBoxLayout(self)
        v.addLayout(form)
        v.addWidget(self.status)
        v.addStretch(1)

    def admin(self) -> tuple[str, str, str] | None:
        name = self.name.text().strip()
        return (name, self.display.text().strip(), self.password.text()) if name else None

    def validatePage(self) -> bool:
        name, password = self.name.text().strip(), self.password.text()
        if not name:
            if password or self.again.text():
                self.status.setText(self.tr("Type the account's name first."))
                return False
            return True
        if password != self.again.text():
            self.status.setText(self.tr("The two passwords are not the same: type them again."))
            return False
        try:
            accounts.check_name(name)
            accounts.check_password(password)
        except KnownError as exc:
            self.status.setText(known_text(exc))
            return False
        self.status.clear()
        return True
