"""How the GUI shows a failure: an expected one (a KnownError) as a short message in the
operator's language; anything else is a bug, logged with its traceback and shown in a dialog
whose details can be copied into a bug report.

`install_excepthook` routes exceptions nobody caught (a slot that raised) here; `Pools` sends
every worker failure that its caller did not handle here too, so nothing fails silently.
"""

from __future__ import annotations

import logging
import sys
import traceback
from types import TracebackType

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from operator_app import i18n
from operator_app.errors import KnownError
from operator_app.services.error_text import error_params
from operator_app.ui.messages import qtr

log = logging.getLogger("operator_app.ui")
# Open boxes without a parent window are kept here until they close: nothing else holds them, and
# a box collected by Python vanishes from the screen at once.
_open_boxes: set[QMessageBox] = set()


def details_of(exc: BaseException) -> str:
    """The whole traceback, as a bug report needs it."""
    return "".join(traceback.format_exception(type(exc), exc, exc.__traceback__))


def show_failure(exc: BaseException, parent: QWidget | None = None) -> QMessageBox:
    """Open (not exec: the event loop keeps running) the message for `exc` and return it."""
    parent = parent or QApplication.activeWindow()
    summary = f"{type(exc).__name__}: {str(exc).partition(chr(10))[0]}"
    for open_box in QApplication.topLevelWidgets() + (parent.findChildren(QMessageBox) if parent else []):
        # Two workers failing for one cause (the page and the count of a table) make one dialog.
        if isinstance(open_box, QMessageBox) and open_box.isVisible() and open_box.property("failure") == summary:
            return open_box
    if isinstance(exc, KnownError):
        box = QMessageBox(QMessageBox.Icon.Warning, QCoreApplication.translate("Errors", "Could not finish"),
                          qtr(exc.code, **error_params(exc, i18n.language())), parent=parent)
    else:
        log.error("unexpected error", exc_info=(type(exc), exc, exc.__traceback__))
        box = QMessageBox(QMessageBox.Icon.Critical, QCoreApplication.translate("Errors", "Unexpected error"),
                          QCoreApplication.translate("Errors", "Something went wrong that the app did not expect. The details below say where; copy them into a bug report."),
                          parent=parent)
        box.setDetailedText(details_of(exc))
        # The details pane is selectable too; this button copies all of it (and closes the box).
        copy = box.addButton(QCoreApplication.translate("Errors", "Copy details"), QMessageBox.ButtonRole.ActionRole)
        copy.clicked.connect(lambda: QApplication.clipboard().setText(box.detailedText()))
        box.addButton(QMessageBox.StandardButton.Close)
    box.setObjectName("failure_box")
    box.setProperty("failure", summary)
    _open_boxes.add(box)
    box.finished.connect(lambda _result: _open_boxes.discard(box))
    box.open()
    return box


def excepthook(kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
    """sys.excepthook for the GUI: an exception that escaped a slot or a callback opens the dialog
    instead of printing to a console the operator never sees."""
    if issubclass(kind, KeyboardInterrupt):
        sys.__excepthook__(kind, exc, tb)
        return
    if exc.__traceback__ is None and tb is not None:
        exc = exc.with_traceback(tb)
    show_failure(exc)


def install_excepthook() -> None:
    sys.excepthook = excepthook
