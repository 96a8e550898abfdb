"""Cell text clean-up shared by every normaliser.

Office spreadsheets mix full-width (全角) and half-width characters freely: a phone typed
with an IME comes out as "１３８ ００１３ ８０００". Everything is folded to ASCII digits
and punctuation before any rule looks at it.
"""

from __future__ import annotations

import re
import unicodedata
from datetime import datetime, time

_FULLWIDTH = {cp: cp - 0xFEE0 for cp in range(0xFF01, 0xFF5F)}
_FULLWIDTH[0x3000] = 0x20  # ideographic space
_INVISIBLE = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff\u00ad"), None)
_SPACES = re.compile(r"\s+")


def to_halfwidth(text: str) -> str:
    """Fold full-width ASCII variants and the ideographic space to plain ASCII."""
    return text.translate(_FULLWIDTH)


def clean_text(value: object) -> str:
    """A cell as one trimmed line: invisible characters gone, runs of space folded."""
    if value is None:
        return ""
    text = value if isinstance(value, str) else str(value)
    # Most cells are already clean: three C-level checks instead of a translate and a regex.
    if text.isprintable() and "  " not in text and text.strip() == text:
        return text
    text = text.translate(_INVISIBLE).replace("\u3000", " ").replace("\u00a0", " ")
    return _SPACES.sub(" ", text).strip()


def header_key(value: object) -> str:
    """A header cell reduced to what matters for matching: no case, spaces, units or marks.

    "联系电话（必填）*", "手机 号码", "Due Date" and "应还金额(元)" all become stable keys.
    """
    text = to_halfwidth(clean_text(value)).lower()
    text = unicodedata.normalize("NFKC", text)
    text = re.sub(r"\((元|rmb|yuan|cny|必填|选填|yyyy-mm-dd|[^)]{0,12}格式)\)", "", text)
    return re.sub(r"[\s*_\-:：./#]", "", text)


MAX_NAME_LENGTH = 40


_INVISIBLE_CHARS = "".join(chr(c) for c in _INVISIBLE)


def clean_name(value: object) -> str:
    """A borrower's name, kept exactly as written inside.

    Only the ends are trimmed, of spaces of every kind and invisible characters (zero-width
    space, BOM, soft hyphen, a stray joiner). Inside, a joiner stays: a zero-width joiner binds
    emoji sequences and some scripts, a non-joiner shapes Persian and Indic names. The one
    change inside: a run of spacing (a line break in the cell, a tab, two spaces, an
    ideographic space) becomes one space, because it is layout, not part of the name, and a
    line break would break the SMS and the CSV it goes into.
    """
    if value is None:
        return ""
    text = value if isinstance(value, str) else str(value)
    if text.isprintable() and "  " not in text and text.strip() == text:
        return text
    while True:
        trimmed = text.strip().strip(_INVISIBLE_CHARS)
        if trimmed == text:
            break
        text = trimmed
    return _SPACES.sub(" ", text)


_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def spreadsheet_safe(value: object) -> object:
    """A cell value that Excel will not run as a formula (CSV injection, OWASP).

    Text starting with = + - @ (or tab/CR) gets a leading apostrophe, which Excel shows as
    text and hides. Numbers pass through untouched.
    """
    if isinstance(value, str) and value.startswith(_FORMULA_STARTS):
        return "'" + value
    return value


def shown_cell(value: object) -> str:
    """A cell as a clerk reads it in the import preview. The reader hands every number over as a
    float (calamine), so a phone typed as a number would read 13712345603.0 and an amount 5000.0:
    a whole number is shown without its ".0", a date-time at midnight as its date."""
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer() and abs(value) < 1e16:
        return str(int(value))
    if isinstance(value, datetime) and value.time() == time(0) and value.tzinfo is None:
        return value.date().isoformat()
    return str(value)
