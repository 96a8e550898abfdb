"""Sign in again after IDLE_MS without a touch (issue 19): in an office with accounts, a PC left
alone must not keep acting as whoever signed in last.

An application event filter restarts one single-shot QTimer on every mouse, key, wheel or touch
event. When it fires, the window is covered (nothing under it can be clicked or read), the
account stops acting at once (`GuiContext.signed` is cleared, so a write started now is refused
as `sign_in_required` by the services), and the sign-in dialog comes back for the same or another
account. A wrong password keeps it locked. Work already running (a send on its own pool) goes on
as it was started: the lock only stops new work.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow, QPushButton, QVBoxLayout, QWidget

from operator_app.services.office.identity import Signed
from operator_app.ui.context import GuiContext
from operator_app.ui.sign_in_dialog import SignInDialog

IDLE_MS = 15 * 60 * 1000
_INPUT = frozenset({QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonRelease, QEvent.Type.MouseMove,
                    QEvent.Type.MouseButtonDblClick, QEvent.Type.Wheel, QEvent.Type.KeyPress,
                    QEvent.Type.KeyRelease, QEvent.Type.TouchBegin, QEvent.Type.TouchUpdate})


class LockCover(QWidget):
    """What the locked window shows over everything: whose session it was and a way to sign in."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("lock_cover")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setStyleSheet("QWidget#lock_cover { background:#1f2937; } QLabel { color:#f9fafb; }")
        self.title = QLabel(self.tr("Locked"))
        self.title.setStyleSheet("font-size:24px; font-weight:bold;")
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.text.setFixedWidth(520)  # a wrapped label in a centred layout needs its width fixed
        self.text.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.sign_in_button = QPushButton(self.tr("Sign in…"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 96, 24, 24)  # above the sign-in dialog, which opens in the middle
        for w in (self.title, self.text, self.sign_in_button):
            layout.addWidget(w, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(1)
        self.hide()

    def say(self, text: str) -> None:
        self.text.setText(text)
        self.text.setFixedHeight(self.text.heightForWidth(self.text.width()))  # all its lines, centred


class IdleLock(QObject):
    """Locks `window` after `idle_ms` without user input; `signed_in(Signed)` is called when an
    account signs in again (the window shows it and it acts from then on)."""

    def __init__(self, window: QMainWindow, ctx: GuiContext, signed_in: Callable[[Signed], None], *,
                 idle_ms: int = IDLE_MS) -> None:
        super().__init__(window)
        self.window, self.ctx, self.signed_in = window, ctx, signed_in
        self.locked = False
        self.last_name = ""
        self.dialog: SignInDialog | None = None
        self.cover = LockCover(window)
        self.cover.sign_in_button.clicked.connect(self.ask)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(idle_ms)
        self.timer.timeout.connect(self.lock)
        window.installEventFilter(self)  # its resizes: the cover follows
        app = QApplication.instance()
        assert app is not None
        app.installEventFilter(self)
        self.timer.start()

    def stop(self) -> None:
        """No more locking (the window closes)."""
        self.timer.stop()
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if watched is self.window and kind == QEvent.Type.Resize and self.locked:
            self.cover.setGeometry(self.window.rect())
        elif kind in _INPUT and not self.locked:
            self.timer.start()  # a touch: the idle time counts from now
        return False

    def lock(self) -> None:
        if self.locked:
            return
        signed = self.ctx.signed
        self.last_name = signed.account.name if signed is not None else self.last_name
        self.ctx.signed = None  # from now on nothing is written as the account that was signed in
        self.locked = True
        self.timer.stop()
        self.cover.say(self.tr("Nobody used the app for a while, so it was locked. Sign in to go on, "
                                        "as %1 or as another account. Work already running goes on.")
                                .replace("%1", self.last_name))
        self._set_covered(True)
        self.ask()

    def _set_covered(self, covered: bool) -> None:
        """The cover over the whole window, and what is under it disabled: no typing into a field
        that cannot be seen, whatever had the focus."""
        for part in (self.window.centralWidget(), self.window.statusBar()):
            if part is not None:
                part.setEnabled(not covered)
        self.cover.setGeometry(self.window.rect())
        self.cover.setVisible(covered)
        if covered:
            self.cover.raise_()

    def ask(self) -> SignInDialog:
        """The sign-in dialog over the covered window (window-modal; Cancel leaves it locked)."""
        if self.dialog is not None:
            self.dialog.raise_()
            return self.dialog
        dialog = SignInDialog(db=self.ctx.db, name=self.last_name, parent=self.window)
        dialog.setObjectName("lock_sign_in")
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.finished.connect(lambda _r: self._on_dialog_finished(dialog))
        self.dialog = dialog
        dialog.open()
        return dialog

    def _on_dialog_finished(self, dialog: SignInDialog) -> None:
        self.dialog = None
        dialog.deleteLater()
        if dialog.result() != SignInDialog.DialogCode.Accepted or dialog.signed is None:
            return  # still locked: the cover's button asks again
        self.locked = False
        self._set_covered(False)
        self.signed_in(dialog.signed)
        self.timer.start()
