"""How many SMS parts a text takes, fast. It mirrors `operator_app.sms.encoding.split` (the one
home of the rule; tests/test_templates_lint.py proves them equal over random texts): a text whose
every character counts one unit (GSM-7 without extension characters, or UCS-2 without surrogate
pairs) needs no walk over its characters, so a batch of 100k texts does not pay the splitter's
per-character loop. Anything else goes to the splitter itself."""

from __future__ import annotations

import re

from operator_app.sms.encoding import (
    GSM7_PART,
    GSM7_SINGLE,
    GSM_CHARS,
    GSM_EXTENSION,
    UCS2_PART,
    UCS2_SINGLE,
    is_gsm7,
    split,
)

_EXTENSION = frozenset(GSM_EXTENSION)
_GSM_TOP = max(GSM_CHARS)  # a text with any character above this one cannot be GSM-7
# Scanned by the regex engine: max(text) compares the characters one by one in Python objects.
_ABOVE_GSM = re.compile(f"[^\\x00-{re.escape(_GSM_TOP)}]")
_ASTRAL = re.compile("[\U00010000-\U0010ffff]")  # a surrogate pair in UTF-16


def parts(text: str) -> tuple[str, int]:
    """(encoding, part count) of `text`, as `split(text)` would say."""
    if not _ABOVE_GSM.search(text) and is_gsm7(text):
        if _EXTENSION.isdisjoint(text):
            n = len(text)
            return "gsm7", 1 if n <= GSM7_SINGLE else -(-n // GSM7_PART)
    elif not _ASTRAL.search(text):  # UCS-2 without surrogate pairs: one unit per character
        n = len(text)
        return "ucs2", 1 if n <= UCS2_SINGLE else -(-n // UCS2_PART)
    s = split(text)
    return s.encoding, s.count
