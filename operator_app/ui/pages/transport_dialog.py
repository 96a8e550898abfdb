"""The editor of one saved transport (Settings → 通道 Transports): a modem on a serial port or
TCP with the port list, auto-detect and "probe", or an HTTP gateway with its address, account,
secret and sender and a "test" that sends nothing. Probing, testing, detecting and saving run in
workers; their answers and errors are shown in plain words in the dialog, never the secret."""

from __future__ import annotations

from urllib.parse import parse_qsl, urlencode

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from operator_app.errors import KnownError
from operator_app.services.changes import Changed, changed
from operator_app.services.sending import transports
from operator_app.services.sending.transports import CheckResult, ProfileView, TransportProfile
from operator_app.ui.context import GuiContext
from operator_app.ui.dialogs import ask_operator, known_text
from operator_app.ui.errors import show_failure
from operator_app.ui.messages import qtr
from operator_app.ui.ops import run
from operator_app.ui.workers import Worker

KIND_TITLES = (
    ("modem", QT_TRANSLATE_NOOP("TransportDialog", "GSM modem (serial port or TCP)")),
    ("emulator", QT_TRANSLATE_NOOP("TransportDialog", "Virtual modem (this PC, sends nothing)")),
    ("kannel", QT_TRANSLATE_NOOP("TransportDialog", "Kannel SMS gateway")),
    ("android-gateway", QT_TRANSLATE_NOOP("TransportDialog", "Android phone (android-sms-gateway)")),
    ("aliyun", QT_TRANSLATE_NOOP("TransportDialog", "Aliyun SMS")),
    ("twilio", QT_TRANSLATE_NOOP("TransportDialog", "Twilio-compatible API")),
    ("http", QT_TRANSLATE_NOOP("TransportDialog", "Other HTTP platform (.toml profile)")),
)
# per gateway kind: the labels of account, secret and sender ("" hides the row) and the sender's option
GATEWAY_FIELDS = {
    "kannel": (QT_TRANSLATE_NOOP("TransportDialog", "User name"), QT_TRANSLATE_NOOP("TransportDialog", "Password"),
               QT_TRANSLATE_NOOP("TransportDialog", "Sender (from)"), "from"),
    "android-gateway": (QT_TRANSLATE_NOOP("TransportDialog", "User name"),
                        QT_TRANSLATE_NOOP("TransportDialog", "Password"), "", ""),
    "aliyun": (QT_TRANSLATE_NOOP("TransportDialog", "AccessKey ID"),
               QT_TRANSLATE_NOOP("TransportDialog", "AccessKey secret"),
               QT_TRANSLATE_NOOP("TransportDialog", "Approved signature"), "sign"),
    "twilio": (QT_TRANSLATE_NOOP("TransportDialog", "Account SID"), QT_TRANSLATE_NOOP("TransportDialog", "Auth token"),
               QT_TRANSLATE_NOOP("TransportDialog", "From number"), "from"),
    "http": ("", "", "", ""),
}
SENDER_OPTIONS = ("from", "sign")


def _tr(text: object) -> str:
    return QCoreApplication.translate("TransportDialog", str(text))


class TransportDialog(QDialog):
    """Add (view None) or edit a saved transport. `saved_view` holds the result after Save."""

    def __init__(self, parent: QWidget | None, *, ctx: GuiContext, view: ProfileView | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.view = view
        self.saved_view: ProfileView | None = None
        self.worker: Worker | None = None
        self.setWindowTitle(self.tr("Edit transport") if view else self.tr("Add a transport"))
        self.setMinimumWidth(560)
        self.name = QLineEdit()
        self.name.setPlaceholderText(self.tr("e.g. office-modem (letters, digits, - and _)"))
        self.kind = QComboBox()
        for kind, title in KIND_TITLES:
            self.kind.addItem(_tr(title), kind)
        self.port = QComboBox()
        self.port.setEditable(True)
        self.port.setMinimumWidth(280)
        port_edit = self.port.lineEdit()
        assert port_edit is not None  # an editable combo has one
        port_edit.setPlaceholderText(self.tr("COM3, /dev/ttyUSB0, socket://HOST:PORT or auto"))
        self.detect_button = QPushButton(self.tr("Detect"))
        self.detect_button.setToolTip(self.tr("Ask every port in the list for a modem (AT) and pick the one that answers."))
        self.baud = QLineEdit()
        self.baud.setPlaceholderText("115200")
        self.url = QLineEdit()
        self.account = QLineEdit()
        self.secret = QLineEdit()
        self.secret.setEchoMode(QLineEdit.EchoMode.Password)
        self.sender_edit = QLineEdit()
        self.gap = QLineEdit()
        self.gap.setPlaceholderText(self.tr("from the settings"))
        self.daily = QLineEdit()
        self.daily.setPlaceholderText(self.tr("0 = no limit"))
        self.extra = QLineEdit()
        self.extra.setPlaceholderText(self.tr("name=value&name=value (e.g. callback=0.0.0.0:8099)"))
        self.check_button = QPushButton()
        self.answer = QLabel()
        self.answer.setWordWrap(True)
        self.answer.setMinimumHeight(44)
        self.answer.setObjectName("transport_check_result")
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.note.setStyleSheet("color:#555;")
        named: tuple[tuple[QWidget, str], ...] = (
            (self.name, self.tr("Name")), (self.kind, self.tr("Kind")), (self.port, self.tr("Port")),
            (self.baud, self.tr("Speed (baud)")), (self.url, self.tr("Address")),
            (self.account, self.tr("Account")), (self.secret, self.tr("Password or PIN")),
            (self.sender_edit, self.tr("Sender")), (self.gap, self.tr("Seconds between messages")),
            (self.daily, self.tr("Messages a day at most")), (self.extra, self.tr("Other options")),
            (self.check_button, self.tr("Probe or test")), (self.detect_button, self.tr("Detect")))
        for widget, label in named:
            widget.setAccessibleName(label)

        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        port_row = QHBoxLayout()
        port_row.addWidget(self.port, 1)
        port_row.addWidget(self.detect_button)
        self.port_row = QWidget()
        self.port_row.setLayout(port_row)
        port_row.setContentsMargins(0, 0, 0, 0)
        self.labels: dict[QWidget, QLabel] = {}
        rows: tuple[tuple[QWidget, str], ...] = (
            (self.name, self.tr("Name")), (self.kind, self.tr("Kind")), (self.port_row, self.tr("Port")),
            (self.baud, self.tr("Speed (baud)")), (self.url, self.tr("Address")), (self.account, ""),
            (self.secret, ""), (self.sender_edit, ""), (self.gap, self.tr("Seconds between messages")),
            (self.daily, self.tr("Messages a day at most")), (self.extra, self.tr("Other options")))
        for widget, label in rows:
            self.labels[widget] = QLabel(label)
            self.form.addRow(self.labels[widget], widget)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setText(self.tr("Save"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        buttons.accepted.connect(lambda: self.save())
        buttons.rejected.connect(self.reject)
        check_row = QHBoxLayout()
        check_row.addWidget(self.check_button)
        check_row.addWidget(self.answer, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.note)
        layout.addLayout(check_row)
        layout.addWidget(buttons)

        self.kind.currentIndexChanged.connect(lambda _i: self._show_kind())
        self.check_button.clicked.connect(lambda: self.check())
        self.detect_button.clicked.connect(lambda: self.detect())
        if view is not None:
            self._fill(view)
        self._show_kind()
        self._load_ports()

    # the form ----------------------------------------------------------------------------------

    def kind_key(self) -> str:
        return str(self.kind.currentData())

    def _fill(self, view: ProfileView) -> None:
        p = view.profile
        self.name.setText(p.name)
        self.name.setReadOnly(True)  # the secret is kept under the name: a new name is a new transport
        self.kind.setCurrentIndex(max(0, self.kind.findData(p.kind)))
        options = dict(p.options)
        options.update({o: "***" for o in p.secret_options})  # kept on this computer; *** keeps it on saving
        if p.kind in transports.MODEM_KINDS:
            self.port.setEditText(p.target)
            self.baud.setText(options.pop("baud", ""))
        else:
            self.url.setText(p.target)
            self.account.setText(p.username)
            sender_option = GATEWAY_FIELDS.get(p.kind, ("", "", "", ""))[3]
            self.sender_edit.setText(options.pop(sender_option, "") if sender_option else "")
        self.gap.setText(options.pop("gap", ""))
        self.daily.setText(options.pop("daily", ""))
        self.extra.setText(urlencode(options))
        if view.secret == "saved":
            self.secret.setPlaceholderText(self.tr("saved on this computer: leave empty to keep it"))
        elif view.secret == "missing":
            self.secret.setPlaceholderText(self.tr("not saved on this computer: type it"))

    def _show_kind(self) -> None:
        kind = self.kind_key()
        modem = kind in transports.MODEM_KINDS
        fields = GATEWAY_FIELDS.get(kind, ("", "", "", ""))
        self.form.setRowVisible(self.port_row, kind == "modem")
        self.form.setRowVisible(self.baud, kind == "modem")
        self.form.setRowVisible(self.url, not modem)
        self.labels[self.url].setText(self.tr("Profile file (.toml)") if kind == "http" else self.tr("Address"))
        self.url.setPlaceholderText("C:/sms/platform.toml" if kind == "http" else {
            "kannel": "http://127.0.0.1:13013/", "android-gateway": "http://192.168.1.20:8080",
            "aliyun": "https://dysmsapi.aliyuncs.com/", "twilio": "https://api.twilio.com/"}.get(kind, ""))
        for widget, label in ((self.account, fields[0]), (self.sender_edit, fields[2])):
            self.form.setRowVisible(widget, bool(label))
            self.labels[widget].setText(_tr(label))
        self.form.setRowVisible(self.secret, modem or bool(fields[1]))
        self.labels[self.secret].setText(self.tr("SIM PIN") if modem else _tr(fields[1]))
        self.check_button.setText(self.tr("Probe the modem") if modem else self.tr("Test the gateway"))
        self.note.setText({
            "emulator": self.tr("A modem simulated inside this program: for training and trying out. "
                                "Nothing reaches a phone."),
            "http": self.tr("The profile file describes the platform's API; its key comes from the variable "
                            "or keyring entry the file names. The test only checks that the address answers."),
            "kannel": self.tr("The test sends Kannel a request without a recipient: it checks the user name and "
                              "password, and nothing is sent."),
            "android-gateway": self.tr("The test lists the phone's webhooks: it checks the user name and password, "
                                       "and nothing is sent."),
            "aliyun": self.tr("The test asks Aliyun about the signature (QuerySmsSign): it checks the AccessKey "
                              "and whether the signature is approved. Nothing is sent."),
            "twilio": self.tr("The test reads the account's own record: it checks the SID and token. "
                              "Nothing is sent."),
            "modem": self.tr("The probe asks the modem for its network, signal and registration. Nothing is sent."),
        }.get(kind, ""))
        self.answer.clear()

    def profile(self) -> TransportProfile:
        kind = self.kind_key()
        options = {k: v for k, v in parse_qsl(self.extra.text().strip(), keep_blank_values=True)}
        for key, edit in (("gap", self.gap), ("daily", self.daily)):
            if edit.text().strip():
                options[key] = edit.text().strip()
        if kind in transports.MODEM_KINDS:
            if kind == "modem" and self.baud.text().strip():
                options["baud"] = self.baud.text().strip()
            target = self.port.currentText().strip() if kind == "modem" else ""
            return TransportProfile(self.name.text().strip(), kind, target, "", options)
        sender_option = GATEWAY_FIELDS[kind][3]
        if sender_option and self.sender_edit.text().strip():
            options[sender_option] = self.sender_edit.text().strip()
        account = self.account.text().strip() if GATEWAY_FIELDS[kind][0] else ""
        has_secret = self.view is not None and self.view.profile.has_secret
        return TransportProfile(self.name.text().strip(), kind, self.url.text().strip(), account, options, has_secret)

    def typed_secret(self) -> str | None:
        return self.secret.text() or None

    # long work -----------------------------------------------------------------------------------

    def _say(self, text: str, *, bad: bool = False) -> None:
        self.answer.setStyleSheet("color:#b3261e;" if bad else "color:#1b5e20;")
        self.answer.setText(text)

    def _failed(self, exc: Exception) -> None:
        self._busy(False)
        if isinstance(exc, KnownError):
            self._say(known_text(exc), bad=True)
        else:
            show_failure(exc, self)

    def _busy(self, busy: bool) -> None:
        for b in (self.check_button, self.detect_button, self.save_button):
            b.setEnabled(not busy)

    def check(self) -> Worker:
        """Probe the modem or test the gateway with what is typed (a saved secret when none is)."""
        profile, secret = self.profile(), self.typed_secret()
        self._busy(True)
        asking = self.tr("Asking the modem…") if profile.kind in transports.MODEM_KINDS \
            else self.tr("Asking the gateway…")
        self._say(asking)
        self.worker = run(self, lambda _w: transports.check(profile, secret=secret), self._on_checked,
                          on_failed=self._failed, progress=asking)
        return self.worker

    def _on_checked(self, result: CheckResult) -> None:
        self._busy(False)
        self._say(describe(result))

    def _load_ports(self) -> None:
        run(self, lambda _w: transports.serial_ports(), self._on_ports, on_failed=lambda _e: None)

    def _on_ports(self, ports: list[tuple[str, str]]) -> None:
        typed = self.port.currentText()
        for device, text in ports:
            if self.port.findData(device) < 0:
                self.port.addItem(f"{device}  {text}".strip(), device)
        self.port.setEditText(typed)

    def detect(self) -> Worker:
        typed = self.port.currentText().strip()
        candidates = [str(self.port.itemData(i)) for i in range(self.port.count()) if self.port.itemData(i)]
        if typed and typed != "auto" and typed not in candidates:
            candidates.insert(0, typed)
        self._busy(True)
        looking = self.tr("Looking for a modem on %n port(s)…", "", len(candidates))
        self._say(looking)
        self.worker = run(self, lambda _w: transports.detect_port(candidates), self._on_detected,
                          on_failed=self._failed, progress=looking)
        return self.worker

    def _on_detected(self, port: str | None) -> None:
        self._busy(False)
        if port is None:
            self._say(qtr("modem_not_found"), bad=True)
            return
        self.port.setEditText(port)
        self._say(self.tr("A modem answers on %1.").replace("%1", port))

    def save(self) -> Worker | None:
        who = ask_operator(self, self.ctx)
        if not who:
            return None
        profile, secret = self.profile(), self.typed_secret()
        db = self.ctx.db

        def write(_w: Worker) -> Changed[ProfileView]:
            return changed(transports.save, db, profile, secret=secret, by=who)

        self._busy(True)
        self.worker = run(self, write, self._on_saved, write=True, on_failed=self._failed)
        return self.worker

    def _on_saved(self, view: ProfileView) -> None:
        self._busy(False)
        self.saved_view = view
        self.accept()


def describe(result: CheckResult) -> str:
    """A probe's or a test's answer in plain words."""
    if result.gateway is not None:
        return qtr(result.gateway.code, gateway=result.gateway.gateway, **result.gateway.params)
    info = result.modem
    assert info is not None
    from operator_app.ui.status_bar import signal_bars

    text = QCoreApplication.translate("TransportDialog", "%1 · signal %2 %3/5 · %4").replace(
        "%1", info.operator or QCoreApplication.translate("TransportDialog", "no operator")).replace(
        "%2", signal_bars(info.bars)).replace("%3", str(info.bars)).replace(
        "%4", QCoreApplication.translate("TransportDialog", "registered on the network") if info.registered
        else QCoreApplication.translate("TransportDialog", "NOT registered: no network, check the SIM and antenna"))
    model = " ".join(x for x in (info.manufacturer, info.model) if x)
    return f"{text} ({model})" if model else text
