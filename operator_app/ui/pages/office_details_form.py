"""The office's own details, asked on the welcome page until they are set: the signature every
SMS starts with (in 【】), the phone borrowers call, where they pay and the office's time zone.
Saved together through the settings service (checked, audited); no batch is approved before."""

from __future__ import annotations

from zoneinfo import ZoneInfo

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
)

from operator_app.services.changes import changed
from operator_app.services.office import settings as settings_service
from operator_app.services.office.settings import SettingView
from operator_app.ui.context import GuiContext
from operator_app.ui.dialogs import ask_operator, show_known
from operator_app.ui.ops import run
from operator_app.ui.words import set_office_zone
from operator_app.ui.workers import Worker

ZONES = ("Asia/Shanghai", "Asia/Hong_Kong", "Asia/Macau", "Asia/Taipei", "Asia/Urumqi", "Asia/Singapore",
         "Asia/Kuala_Lumpur", "UTC")
KEYS = ("office.signature", "office.phone", "office.repay_channel", "office.timezone")


class OfficeDetailsForm(QGroupBox):
    saved = Signal(object)  # list[SettingView]

    def __init__(self, *, ctx: GuiContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.setTitle(self.tr("Your office's details"))
        intro = QLabel(self.tr("Every SMS starts with the office's name and gives a phone number to call. "
                               "Fill them in before the first batch can be approved."))
        intro.setWordWrap(True)
        self.signature = QLineEdit()
        self.signature.setMaxLength(12)
        self.signature.setPlaceholderText(self.tr("2-12 characters, e.g. 安信小贷"))
        self.signature.setAccessibleName(self.tr("Signature"))
        self.signature_preview = QLabel()
        self.signature_preview.setStyleSheet("color:#555;")
        self.signature.textChanged.connect(self._on_signature_changed)
        self.phone = QLineEdit()
        self.phone.setPlaceholderText(self.tr("e.g. 0571-88886666 or 400-800-1234"))
        self.phone.setAccessibleName(self.tr("Office phone"))
        self.channel = QLineEdit()
        self.channel.setAccessibleName(self.tr("Where borrowers pay"))
        self.zone = QComboBox()
        self.zone.setEditable(True)
        self.zone.addItems(ZONES)
        self.zone.setAccessibleName(self.tr("Time zone"))
        form = QFormLayout()
        form.addRow(self.tr("Signature"), self.signature)
        form.addRow("", self.signature_preview)
        form.addRow(self.tr("Office phone"), self.phone)
        form.addRow(self.tr("Where borrowers pay"), self.channel)
        form.addRow(self.tr("Time zone"), self.zone)
        self.save_button = QPushButton(self.tr("Save office details"))
        self.save_button.clicked.connect(lambda: self.save())
        self.status = QLabel()
        self.status.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(self.status, 1)
        row.addWidget(self.save_button)
        v = QVBoxLayout(self)
        v.addWidget(intro)
        v.addLayout(form)
        v.addLayout(row)
        self._on_signature_changed("")
        self.loaded: dict[str, str] = {}

    def refresh(self) -> Worker:
        db = self.ctx.db
        return run(self, lambda _w: settings_service.show(db), self._on_loaded)

    def _on_loaded(self, views: list[SettingView]) -> None:
        values = {v.key: v.value for v in views}
        self.loaded = values
        if not self.signature.text():
            self.signature.setText(values.get("office.signature", ""))
        if not self.phone.text():
            self.phone.setText(values.get("office.phone", ""))
        if not self.channel.text():
            self.channel.setText(values.get("office.repay_channel", ""))
        self.zone.setCurrentText(values.get("office.timezone", "Asia/Shanghai"))

    def _on_signature_changed(self, text: str) -> None:
        name = text.strip()
        self.signature_preview.setText(self.tr("Each SMS starts with 【%1】").replace("%1", name) if name else
                                       self.tr("Each SMS starts with the signature in 【】"))

    def values(self) -> dict[str, str]:
        """The signature and phone (they are what is missing), and the others where changed."""
        typed = dict(zip(KEYS, (self.signature.text().strip(), self.phone.text().strip(),
                                self.channel.text().strip(), self.zone.currentText().strip()), strict=True))
        return {k: v for k, v in typed.items() if k in KEYS[:2] or v != self.loaded.get(k)}

    def save(self) -> Worker | None:
        who = ask_operator(self, self.ctx)
        if not who:
            return None
        db, values = self.ctx.db, self.values()

        def done(views: list[SettingView]) -> None:
            self.status.setText(self.tr("Saved. Messages now start with 【%1】.").replace("%1", values["office.signature"]))
            if "office.timezone" in values:
                set_office_zone(ZoneInfo(values["office.timezone"]))
            self.loaded.update(values)
            self.saved.emit(views)

        return run(self, lambda _w: changed(settings_service.set_values, db, values, by=who), done, write=True,
                   on_failed=lambda exc: show_known(self, exc))
