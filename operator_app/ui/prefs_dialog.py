"""The borrower's own contact preferences, edited by staff after a reply or a call (from the
queue's context menu, its side pane, and the inbox page): working days only, a time window, a
weekly limit, no SMS, and a note on where the wish came from. The dialog only gathers the
choice; services/book/preferences.py checks and writes it (audited) in a write worker."""

from __future__ import annotations

from collections.abc import Callable
from typing import cast

from PySide6.QtCore import QTime
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from operator_app.domain.preferences import WEEKLY_MAX_LIMIT
from operator_app.services.book import preferences as prefs_service
from operator_app.services.book.preferences import BorrowerPrefs, Change
from operator_app.services.changes import changed
from operator_app.ui.context import GuiContext
from operator_app.ui.messages import qtr
from operator_app.ui.ops import Page, run
from operator_app.ui.workers import Worker


def prefs_words(b: BorrowerPrefs | None) -> str:
    """The preferences in words, one line ("" when none)."""
    if b is None:
        return ""
    return qtr("list_separator").join(qtr(code, **values) for code, values in b.prefs.phrases())


class PrefsDialog(QDialog):
    def __init__(self, current: BorrowerPrefs, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("prefs_dialog")
        self.setWindowTitle(self.tr("Contact preferences"))
        p = current.prefs
        who = QLabel(self.tr("%1 (%2): as the borrower asked, in a reply or on the phone.")
                     .replace("%1", current.name or "—").replace("%2", ", ".join(current.contracts) or "—"))
        who.setWordWrap(True)
        self.no_sms = QCheckBox(self.tr("No SMS at all: call instead (the loan goes on the call list)"))
        self.no_sms.setChecked(p.no_sms)
        self.weekdays = QCheckBox(self.tr("Working days only"))
        self.weekdays.setChecked(p.weekdays_only)
        self.use_window = QCheckBox(self.tr("Only between"))
        self.start, self.end = QTimeEdit(), QTimeEdit()
        for edit, minutes, name in ((self.start, p.window_start, self.tr("From")),
                                    (self.end, p.window_end, self.tr("To"))):
            edit.setDisplayFormat("HH:mm")
            edit.setAccessibleName(name)
            edit.setTime(QTime(0, 0).addSecs(60 * minutes) if minutes is not None and minutes < 1440 else QTime(23, 59))
        if p.window is None:
            self.start.setTime(QTime(18, 0))
            self.end.setTime(QTime(20, 0))
        self.use_window.setChecked(p.window is not None)
        self.use_weekly = QCheckBox(self.tr("At most"))
        self.weekly = QSpinBox()
        self.weekly.setRange(1, WEEKLY_MAX_LIMIT)
        self.weekly.setValue(p.weekly_max or 1)
        self.weekly.setSuffix(self.tr(" message(s) in 7 days"))
        self.use_weekly.setChecked(p.weekly_max is not None)
        self.note = QLineEdit(current.note or "")
        self.note.setPlaceholderText(self.tr("e.g. reply of 3 Dec: please only in the evening"))
        self.note.setMaxLength(prefs_service.NOTE_MAX)
        self.hint = QLabel(self.tr("Within the office's own send window and caps; a message already "
                                   "approved waits for these hours at sending, or is withdrawn."))
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet("color:#666;")
        window_row = QHBoxLayout()
        for w in (self.use_window, self.start, QLabel("–"), self.end):
            window_row.addWidget(w)
        window_row.addStretch(1)
        weekly_row = QHBoxLayout()
        weekly_row.addWidget(self.use_weekly)
        weekly_row.addWidget(self.weekly)
        weekly_row.addStretch(1)
        form = QFormLayout()
        form.addRow(self.no_sms)
        form.addRow(self.weekdays)
        form.addRow(window_row)
        form.addRow(weekly_row)
        form.addRow(self.tr("Note"), self.note)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.clear_button = buttons.addButton(self.tr("Clear all"), QDialogButtonBox.ButtonRole.ResetRole)
        self.clear_button.clicked.connect(self.clear)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.no_sms.toggled.connect(lambda _c: self._enable())
        self.use_window.toggled.connect(lambda _c: self._enable())
        self.use_weekly.toggled.connect(lambda _c: self._enable())
        layout = QVBoxLayout(self)
        layout.addWidget(who)
        layout.addLayout(form)
        layout.addWidget(self.hint)
        layout.addWidget(buttons)
        self._enable()

    def _enable(self) -> None:
        sms = not self.no_sms.isChecked()
        for w in (self.weekdays, self.use_window, self.use_weekly):
            w.setEnabled(sms)
        self.start.setEnabled(sms and self.use_window.isChecked())
        self.end.setEnabled(sms and self.use_window.isChecked())
        self.weekly.setEnabled(sms and self.use_weekly.isChecked())

    def clear(self) -> None:
        for box in (self.no_sms, self.weekdays, self.use_window, self.use_weekly):
            box.setChecked(False)
        self.note.clear()

    def change(self) -> Change:
        """The whole choice, replacing what was set (a window the service refuses: its message)."""
        def minutes(edit: QTimeEdit) -> int:
            t = edit.time()
            return t.hour() * 60 + t.minute()

        window = None
        if self.use_window.isChecked():
            window = (minutes(self.start), minutes(self.end))
        return Change(clear=True, weekdays_only=self.weekdays.isChecked() or None, window=window,
                      weekly_max=self.weekly.value() if self.use_weekly.isChecked() else None,
                      no_sms=self.no_sms.isChecked() or None, note=self.note.text())


def edit_preferences(owner: QWidget, ctx: GuiContext, key: str, *,
                     opened: Callable[[PrefsDialog], object] | None = None,
                     done: Callable[[list[BorrowerPrefs]], object] | None = None) -> Worker:
    """Read the preferences of `key` (a contract number), ask, write: reads and the write each in
    a worker. `opened`: told the dialog before it runs (tests drive it)."""
    from operator_app.ui.dialogs import ask_operator, show_known

    db = ctx.db
    page = cast(Page, owner)  # a page: it carries the context run() looks for

    def ask(found: list[BorrowerPrefs]) -> None:
        if not found:
            return
        dialog = PrefsDialog(found[0], owner)
        if opened is not None:
            opened(dialog)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        who = ask_operator(owner, ctx)
        if not who:
            return
        change = dialog.change()

        def written(result: tuple[list[BorrowerPrefs], int]) -> None:
            if done is not None:
                done(result[0])

        run(page, lambda _w: changed(prefs_service.set_preferences, db, key, change, by=who), written, write=True,
            on_failed=lambda exc: show_known(owner, exc))

    return run(page, lambda _w: prefs_service.preferences_of(db, key), ask,
               on_failed=lambda exc: show_known(owner, exc))
