"""Small shared dialogs: who is acting, and a failure in plain words with a next step."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QInputDialog, QMessageBox, QWidget

from operator_app import i18n
from operator_app.errors import KnownError
from operator_app.services.error_text import error_params
from operator_app.services.progress import Cancelled
from operator_app.ui.context import GuiContext
from operator_app.ui.errors import show_failure
from operator_app.ui.messages import qtr
from operator_app.ui.state import OPERATOR_NAME


def ask_operator(parent: QWidget, ctx: GuiContext) -> str:
    """The operator's name, asked before a first write (once, then remembered for this
    workstation in the UI state, and shown in the status bar's Operator field); "" when the
    operator gives none, and the caller writes nothing."""
    name = ctx.operator
    if name:
        return name
    text, ok = QInputDialog.getText(parent, QCoreApplication.translate("Dialogs", "Who are you?"),
                                    QCoreApplication.translate("Dialogs", "Your name (it is written in the audit trail):"))
    name = " ".join(text.split()) if ok else ""
    if name:
        ctx.state.set(OPERATOR_NAME, name)
        ctx.bus.operator_named.emit(name)
    return name


def known_text(exc: KnownError) -> str:
    return qtr(exc.code, **error_params(exc, i18n.language()))


def show_known(parent: QWidget, exc: Exception) -> QMessageBox | None:
    """An expected error as a short box with its next step; anything else as a bug report."""
    if isinstance(exc, Cancelled):
        return None
    if isinstance(exc, KnownError):
        box = QMessageBox(QMessageBox.Icon.Warning, QCoreApplication.translate("Dialogs", "Could not finish"),
                          known_text(exc), parent=parent)
        box.setObjectName("known_error_box")
        box.open()
        return box
    return show_failure(exc, parent)
