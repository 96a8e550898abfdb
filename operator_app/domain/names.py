"""Operator names: one spelling per person.

A name typed as `ａｌｉｃｅ` (full width), `ali\u200bce` (a zero-width space), `ali\u00adce` (a soft
hyphen) or `аlice` (a Cyrillic а) must not become a second person. So an account's name is kept
normalised (NFKC, case folded, invisible characters dropped, spaces collapsed) and a name is
refused when it mixes scripts (Latin with Cyrillic) or is written wholly in lookalikes of Latin
letters (`аlісе` in Cyrillic). `skeleton` is what two names are compared by when they must not
look alike (a new account beside the existing ones; a free-text maker and checker).
"""

from __future__ import annotations

import unicodedata
from functools import cache
from typing import Any

MAX_NAME = 100

# Letters of one script, or of the scripts a Chinese or Japanese name is written in together.
_SCRIPTS = ("Latin", "Han", "Cyrillic", "Greek", "Hangul", "Arabic", "Tibetan", "Mongolian", "Yi", "Thai")


@cache
def _script_patterns() -> tuple[Any, list[Any], Any]:
    """(Japanese, one per script, Latin or Han): compiled at the first account name, not at
    start-up (the `regex` module and its Unicode tables load then: a CLI command that never
    names a new account does not wait for them)."""
    import regex

    return (regex.compile(r"[\p{Han}\p{Hiragana}\p{Katakana}\p{Common}\p{Inherited}]+\Z"),
            [regex.compile(rf"[\p{{{s}}}\p{{Inherited}}0-9 ._'\-·]+\Z") for s in _SCRIPTS],
            regex.compile(r"[\p{Latin}\p{Han}0-9 ._'\-·]+\Z"))


_ALLOWED_COMMON = set("0123456789 ._'-·")
# Characters that print nothing, beyond the format controls (Cf) and controls (Cc).
_INVISIBLE = set("\u034f\u115f\u1160\u17b4\u17b5\u180b\u180c\u180d\u180e\u180f\u2800\u3164\uffa0") | {
    chr(c) for c in (*range(0xFE00, 0xFE10), *range(0xE0100, 0xE01F0))}

# Letters of other scripts that print as a Latin letter (from Unicode's confusables.txt, the ones
# a keyboard or an input method gives), and digits that pass for letters.
_LOOKALIKE = str.maketrans({
    "а": "a", "в": "b", "е": "e", "ё": "e", "һ": "h", "і": "i", "ї": "i", "ј": "j", "к": "k", "ӏ": "l",
    "м": "m", "н": "h", "о": "o", "р": "p", "ԛ": "q", "г": "r", "ѕ": "s", "т": "t", "у": "y", "ԝ": "w",
    "х": "x", "с": "c", "ԁ": "d", "ɡ": "g", "ո": "n", "ս": "u", "օ": "o",
    "α": "a", "β": "b", "ε": "e", "η": "n", "ι": "i", "κ": "k", "ν": "v", "ο": "o", "ρ": "p", "τ": "t",
    "υ": "u", "χ": "x", "γ": "y", "ϲ": "c", "ϳ": "j", "ω": "w", "μ": "u",
    "0": "o", "1": "l", "|": "l", "ı": "i",
})


class NameRefused(ValueError):
    """A name that cannot be an operator's; `code` says why (a message code of i18n)."""

    def __init__(self, code: str) -> None:
        super().__init__(code)
        self.code = code


def fold(text: str) -> str:
    """NFKC, case folded, invisible characters dropped, runs of space as one: the spelling two
    typings of one name share. Never refuses (a free-text name from before accounts)."""
    text = unicodedata.normalize("NFKC", text)
    kept = "".join(c for c in text if c not in _INVISIBLE and unicodedata.category(c) not in ("Cf", "Cc"))
    return " ".join(unicodedata.normalize("NFKC", kept.casefold()).split())


def skeleton(text: str) -> str:
    """What a name looks like: folded, accents dropped, lookalike letters as the Latin one, `rn`
    as `m`. Two names with one skeleton would be taken for one person."""
    bare = "".join(c for c in unicodedata.normalize("NFD", fold(text)) if unicodedata.category(c) != "Mn")
    return bare.translate(_LOOKALIKE).replace("rn", "m").replace(" ", "")


def account_name(text: str) -> str:
    """The stored form of an account's name, or NameRefused: empty or too long, a character that
    is no letter, digit, space or `._'-·`, letters of two scripts, or a whole name of lookalikes
    of Latin letters in another script."""
    name = fold(text)
    if not name or len(name) > MAX_NAME:
        raise NameRefused("name_empty" if not name else "name_too_long")
    for c in name:
        if c not in _ALLOWED_COMMON and not unicodedata.category(c).startswith(("L", "M")):
            raise NameRefused("name_bad_character")
    japanese, one_script, latin_or_han = _script_patterns()
    if not any(p.match(name) for p in one_script) and not japanese.match(name):
        raise NameRefused("name_mixed_scripts")
    if not latin_or_han.match(name) and skeleton(name).isascii():
        raise NameRefused("name_confusable")
    return name
