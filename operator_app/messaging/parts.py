"""How many SMS parts a text takes, fast. It mirrors `operator_app.sms.encoding.split` (the one
home of the rule; tests/test_templates_lint.py proves them equal over random texts): a text whose
every character counts one unit (GSM-7 without extension characters, or UCS-2 without surrogate
pairs) needs no walk over its characters, so a batch of 100k texts does not pay the splitter's
per-character loop. Anything else goes to the splitter itself."""

from __future__ import annotations

from operator_app.sms.encoding import (
    GSM7_PART,
    GSM7_SINGLE,
    GSM_EXTENSION,
    UCS2_PART,
    UCS2_SINGLE,
    is_gsm7,
    split,
)

_EXTENSION = frozenset(GSM_EXTENSION)


def parts(text: str) -> tuple[str, int]:
    """(encoding, part count) of `text`, as `split(text)` would say."""
    if is_gsm7(text):
        if _EXTENSION.isdisjoint(text):
            n = len(text)
            return "gsm7", 1 if n <= GSM7_SINGLE else -(-n // GSM7_PART)
    elif text.isascii() or max(text) <= "\uffff":
        n = len(text)
        return "ucs2", 1 if n <= UCS2_SINGLE else -(-n // UCS2_PART)
    s = split(text)
    return s.encoding, s.count
