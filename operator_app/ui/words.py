"""Status words the pages show, marked for translation at import time (QT_TRANSLATE_NOOP) and
translated when shown."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime, tzinfo

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from operator_app.i18n import MESSAGES, reason_key
from operator_app.ui.messages import qtr

_office_zone: tzinfo | None = None  # None: this computer's zone, until the window sets the office's


def set_office_zone(zone: tzinfo | None) -> None:
    global _office_zone
    _office_zone = zone


def office_time(at: datetime, fmt: str = "%Y-%m-%d %H:%M") -> str:
    """A moment as the office's clock shows it (setting office.timezone), whatever zone this
    computer is set to: a clerk compares it with the send window and the borrower's phone."""
    return at.astimezone(_office_zone).strftime(fmt)



KINDS = {
    "message": QT_TRANSLATE_NOOP("Words", "SMS"),
    "reply": QT_TRANSLATE_NOOP("Words", "reply"),
    "payment": QT_TRANSLATE_NOOP("Words", "payment"),
    "hold": QT_TRANSLATE_NOOP("Words", "on hold until"),
    "prefs": QT_TRANSLATE_NOOP("Words", "contact wishes"),
}


# Timeline kinds that are a concept the catalogue names already: its one word for it.
CATALOGUE_KINDS = {"opt_out": "reason_opted_out"}


def kind_word(kind: str) -> str:
    if kind in CATALOGUE_KINDS:
        return qtr(CATALOGUE_KINDS[kind])
    source = KINDS.get(kind)
    return QCoreApplication.translate("Words", str(source)) if source else kind


def status_word(status: str) -> str:
    """A batch's or a message's state in the catalogue's one word for it (the CLI says the same)."""
    return qtr("state_" + status) if "state_" + status in MESSAGES else status


def reason_word(code: str) -> str:
    """A stored reason (a loan's exclusion, a message's wait or cancellation) in the catalogue's
    one word for it, the CLI's (i18n.reason_text); a code it does not know, as stored."""
    key = reason_key(code)
    return qtr(key) if key else code


def reason_words(codes: Iterable[str]) -> str:
    """Stored reasons in words, as one list (i18n.reasons_text, the CLI's)."""
    return qtr("list_separator").join(reason_word(c) for c in codes)
