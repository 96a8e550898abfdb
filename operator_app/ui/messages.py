"""Service error codes and summaries in the operator's language, through Qt's translator.

The catalogue is operator_app.i18n.MESSAGES, the same one the CLI uses.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from operator_app.i18n import CONTEXT, MESSAGES


def qtr(code: str, /, **params: object) -> str:
    source = MESSAGES.get(code, code)
    text = QCoreApplication.translate(CONTEXT, source)
    try:
        return text.format(**params)
    except (KeyError, IndexError, ValueError):
        return source
