"""Status words the pages show, marked for translation at import time (QT_TRANSLATE_NOOP) and
translated when shown."""

from __future__ import annotations

from datetime import datetime, tzinfo

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

_office_zone: tzinfo | None = None  # None: this computer's zone, until the window sets the office's


def set_office_zone(zone: tzinfo | None) -> None:
    global _office_zone
    _office_zone = zone


def office_time(at: datetime, fmt: str = "%Y-%m-%d %H:%M") -> str:
    """A moment as the office's clock shows it (setting office.timezone), whatever zone this
    computer is set to: a clerk compares it with the send window and the borrower's phone."""
    return at.astimezone(_office_zone).strftime(fmt)

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
    "prefs": QT_TRANSLATE_NOOP("Words", "contact wishes"),
}


def kind_word(kind: str) -> str:
    source = KINDS.get(kind)
    return QCoreApplication.translate("Words", str(source)) if source else kind


def status_word(status: str) -> str:
    source = STATUS.get(status)
    return QCoreApplication.translate("Words", str(source)) if source else status
