"""Status words the pages show, marked for translation at import time (QT_TRANSLATE_NOOP) and
translated when shown."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

STATUS = {
    "draft": QT_TRANSLATE_NOOP("Words", "draft"),
    "approved": QT_TRANSLATE_NOOP("Words", "approved"),
    "sending": QT_TRANSLATE_NOOP("Words", "sending"),
    "done": QT_TRANSLATE_NOOP("Words", "done"),
    "cancelled": QT_TRANSLATE_NOOP("Words", "cancelled"),
    "queued": QT_TRANSLATE_NOOP("Words", "queued"),
    "sent": QT_TRANSLATE_NOOP("Words", "sent"),
    "delivered": QT_TRANSLATE_NOOP("Words", "delivered"),
    "failed": QT_TRANSLATE_NOOP("Words", "failed"),
    "unknown": QT_TRANSLATE_NOOP("Words", "unknown"),
}


KINDS = {
    "message": QT_TRANSLATE_NOOP("Words", "SMS"),
    "reply": QT_TRANSLATE_NOOP("Words", "reply"),
    "payment": QT_TRANSLATE_NOOP("Words", "payment"),
    "hold": QT_TRANSLATE_NOOP("Words", "on hold until"),
    "opt_out": QT_TRANSLATE_NOOP("Words", "opted out"),
}


def kind_word(kind: str) -> str:
    source = KINDS.get(kind)
    return QCoreApplication.translate("Words", str(source)) if source else kind


def status_word(status: str) -> str:
    source = STATUS.get(status)
    return QCoreApplication.translate("Words", str(source)) if source else status
