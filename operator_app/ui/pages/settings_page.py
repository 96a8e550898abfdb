"""设置: the office's business settings (stored in the database through the settings service,
each change checked and audited), the administrator account offered while the office has none
(ui/pages/first_admin_form.py), the saved transports (ui/pages/transports_box.py: their
secrets in this computer's keyring) and this workstation's language."""

from __future__ import annotations

import re
from zoneinfo import ZoneInfo

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from operator_app.services.changes import Changed, changed
from operator_app.services.office import settings as settings_service
from operator_app.services.office.settings import SettingView
from operator_app.setting_words import SETTING_LABELS
from operator_app.ui.context import GuiContext
from operator_app.ui.dialogs import ask_operator, show_known
from operator_app.ui.lazy import LazyPage
from operator_app.ui.messages import qtr
from operator_app.ui.ops import run
from operator_app.ui.pages.first_admin_form import FirstAdminForm
from operator_app.ui.pages.transports_box import TransportsBox
from operator_app.ui.state import LANGUAGE
from operator_app.ui.words import set_office_zone
from operator_app.ui.workers import Worker

GROUPS = (
    (QT_TRANSLATE_NOOP("SettingsPage", "Office"), "office."),
    (QT_TRANSLATE_NOOP("SettingsPage", "Sending window and limits"), "policy."),
    (QT_TRANSLATE_NOOP("SettingsPage", "Stages"), "stages."),
    (QT_TRANSLATE_NOOP("SettingsPage", "Batches, lint and calls"), ("collection.", "batch.", "lint.", "calls.")),
    (QT_TRANSLATE_NOOP("SettingsPage", "Backups and retention"), ("backup.", "privacy.")),
)
LABELS = SETTING_LABELS


def shown_value(key: str, value: str) -> str:
    """The minimum-payment rule in words (its code is what is stored); other values as they are."""
    if key == "collection.min_payment":
        if value.strip() == "overdue_installments":
            return qtr("min_payment_overdue_installments")
        if value.strip().startswith("share:"):
            return qtr("min_payment_share", percent=value.strip()[6:])
    return value


def stored_value(key: str, text: str) -> str:
    """What a field's words store: the rule's words back to its code, "30%" to share:30."""
    text = text.strip()
    if key == "collection.min_payment":
        if text == qtr("min_payment_overdue_installments"):
            return "overdue_installments"
        percent = re.search(r"(\d+)\s*[%％]", text)
        if percent:
            return f"share:{int(percent.group(1))}"
    return text


def _tr(text: object) -> str:
    return QCoreApplication.translate("SettingsPage", str(text))


class SettingsPage(LazyPage):
    saved = Signal(object)  # SettingView

    def __init__(self, *, ctx: GuiContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.fields: dict[str, QLineEdit] = {}
        self.switches: dict[str, QCheckBox] = {}  # the true|false settings
        self.views: dict[str, SettingView] = {}
        body = QWidget()
        self.form_layout = QVBoxLayout(body)
        self.language = QComboBox()
        self.language.setAccessibleName(self.tr("Language"))
        self.language.setMaximumWidth(360)
        self.language.addItem(self.tr("System default"), "")
        self.language.addItem("中文（简体）", "zh_CN")
        self.language.addItem("English", "en")
        self.language.setCurrentIndex(max(0, self.language.findData(ctx.state.get(LANGUAGE))))
        self.language.activated.connect(lambda _i: self._on_language_chosen())
        lang_box = QGroupBox(self.tr("This workstation"))
        lang_form = QFormLayout(lang_box)
        lang_form.addRow(self.tr("Language (after a restart)"), self.language)
        self.form_layout.addWidget(lang_box)
        self.first_admin = FirstAdminForm(ctx=ctx)  # offered while the office has no account
        self.form_layout.addWidget(self.first_admin)
        self.transports = TransportsBox(ctx=ctx)
        self.save_button = QPushButton(self.tr("Save changes"))
        self.save_button.clicked.connect(lambda: self.save())
        self.status = QLabel()
        self.status.setWordWrap(True)
        scroll = self.scroll_area = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)
        self._to_transports = False
        bottom = QHBoxLayout()
        bottom.addWidget(self.status, 1)
        bottom.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addLayout(bottom)
        self._built = False

    def show_transports(self) -> None:
        """Scroll to the saved transports (the sending page's fault banner asks for them)."""
        self._to_transports = not self._built
        if self._built:
            QTimer.singleShot(0, lambda: self.scroll_area.ensureWidgetVisible(self.transports))
            self.transports.table.setFocus()

    def refresh(self) -> Worker:
        db = self.ctx.db
        self.transports.refresh()
        self.first_admin.refresh()
        return run(self, lambda _w: settings_service.show(db), self._on_loaded)

    def _on_loaded(self, views: list[SettingView]) -> None:
        self.views = {v.key: v for v in views}
        if not self._built:
            self._built = True
            for title, prefixes in GROUPS:
                box = QGroupBox(_tr(title))
                form = QFormLayout(box)
                for v in views:
                    if v.key.startswith(prefixes) and v.hint == "true|false":
                        box_ = QCheckBox()
                        box_.setAccessibleName(_tr(LABELS.get(v.key, v.key)))
                        box_.setToolTip(self.tr("Default: %1").replace("%1", shown_value(v.key, v.default)))
                        self.switches[v.key] = box_
                        form.addRow(_tr(LABELS.get(v.key, v.key)), box_)
                    elif v.key.startswith(prefixes):
                        edit = QLineEdit()
                        edit.setMaximumWidth(360)
                        edit.setAccessibleName(_tr(LABELS.get(v.key, v.key)))
                        edit.setToolTip(self.tr("Default: %1 · accepted: %2").replace("%1", shown_value(v.key, v.default))
                                        .replace("%2", qtr("min_payment_hint") if v.key == "collection.min_payment"
                                                 else QCoreApplication.translate("messages", v.hint)))
                        self.fields[v.key] = edit
                        form.addRow(_tr(LABELS.get(v.key, v.key)), edit)
                self.form_layout.addWidget(box)
            self.form_layout.addWidget(self.transports)
            self.form_layout.addStretch(1)
        if self._to_transports:
            self.show_transports()
        for key, edit in self.fields.items():
            edit.setText(shown_value(key, self.views[key].value))
        for key, switch in self.switches.items():
            switch.setChecked(self.views[key].value.strip().lower() in ("1", "true", "yes", "on", "是"))

    def changed(self) -> dict[str, str]:
        edits = {k: stored_value(k, e.text()) for k, e in self.fields.items()
                 if stored_value(k, e.text()) != self.views[k].value}
        for key, switch in self.switches.items():
            value = "true" if switch.isChecked() else "false"
            if value != self.views[key].value.strip().lower():
                edits[key] = value
        return edits

    def save(self) -> Worker | None:
        changes = self.changed()
        if not changes:
            self.status.setText(self.tr("Nothing changed."))
            return None
        who = ask_operator(self, self.ctx)
        if not who:
            return None
        db = self.ctx.db

        def write(_w: Worker) -> Changed[list[SettingView]]:
            return changed(settings_service.set_values, db, changes, by=who)

        def done(views: list[SettingView]) -> None:
            names = ", ".join(_tr(LABELS.get(v.key, v.key)) for v in views)
            if any(v.pending is not None for v in views):  # a policy change waits for a second person
                self.status.setText(self.tr("Waiting for a second person to confirm: %1").replace("%1", names))
            else:
                self.status.setText(self.tr("Saved: %1").replace("%1", names))
            zone = next((v.value for v in views if v.key == "office.timezone"), None)
            if zone:
                set_office_zone(ZoneInfo(zone))
            self.refresh()
            self.saved.emit(views)

        def failed(exc: Exception) -> None:
            self.refresh()
            show_known(self, exc)

        return run(self, write, done, write=True, on_failed=failed)

    def _on_language_chosen(self) -> None:
        self.ctx.state.set(LANGUAGE, str(self.language.currentData()))
        self.status.setText(self.tr("The language changes the next time the app starts."))
