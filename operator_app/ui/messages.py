"""Service error codes and summaries in the operator's language, through Qt's translator.

The catalogue is operator_app.i18n.MESSAGES, the same one the CLI uses.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from operator_app.i18n import CONTEXT, MESSAGES, fill


def qtr(code: str, /, **params: object) -> str:
    source = MESSAGES.get(code, code)
    return fill(QCoreApplication.translate(CONTEXT, source), params, code, qtr)
