"""GSM 03.38 default alphabet with its extension table, UCS-2 for everything else, and the split
into concatenated parts.

A text that fits the GSM alphabet costs 160 septets in one part or 153 per part when
concatenated (the UDH takes 7); an extension character (€ [ ] { } ~ ^ | \\ and form feed) is an
escape plus a septet, counts 2 and is never split from its escape. Anything else (Chinese) is
UCS-2: 70 characters in one part or 67 per part, counted in UTF-16 code units.

Where UCS-2 parts are cut: 3GPP TS 23.040 (9.2.3.24.1) only forbids cutting a character in the
middle, i.e. a surrogate pair. A phone joins the parts before it shows them, but when it cannot
(a part lost, a network that strips the concatenation header) each part is shown alone, and a
cut between a letter and its accent, inside a flag or a ZWJ emoji sequence shows a broken glyph.
So, like Android's own sender (SmsMessageBase.findNextUnicodePosition cuts at ICU character
boundaries), parts are cut between user-perceived characters (Unicode extended grapheme
clusters, UAX #29, as the `regex` module finds them), and inside a cluster only when one cluster is
longer than a whole part (then between code points, never inside a surrogate pair). gammu
does less (a surrogate pair, a following mark from the combining-diacritics blocks, a pair of
regional indicators), so the two agree wherever gammu's rule covers the text (tests/test_sms_encoding.py).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import Any

GSM_BASIC = (
    "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞ\x1bÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?"
    "¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà"
)
GSM_EXTENSION = {"\x0c": 0x0A, "^": 0x14, "{": 0x28, "}": 0x29, "\\": 0x2F, "[": 0x3C, "~": 0x3D, "]": 0x3E,
                 "|": 0x40, "€": 0x65}
ESCAPE = 0x1B
BASIC_CODE = {ch: i for i, ch in enumerate(GSM_BASIC) if i != ESCAPE}
BASIC_CHAR = dict(enumerate(GSM_BASIC))
EXTENSION_CHAR = {code: ch for ch, code in GSM_EXTENSION.items()}

GSM7_SINGLE, GSM7_PART = 160, 153
UCS2_SINGLE, UCS2_PART = 70, 67


GSM_CHARS = frozenset(BASIC_CODE) | frozenset(GSM_EXTENSION)


def is_gsm7(text: str) -> bool:
    return GSM_CHARS.issuperset(text)


def septets(text: str) -> list[int]:
    """The text as GSM 7-bit codes, escapes included. Raises ValueError outside the alphabet."""
    out: list[int] = []
    for ch in text:
        code = BASIC_CODE.get(ch)
        if code is not None:
            out.append(code)
        elif ch in GSM_EXTENSION:
            out += (ESCAPE, GSM_EXTENSION[ch])
        else:
            raise ValueError(f"{ch!r} is not in the GSM 7-bit alphabet")
    return out


def decode_septets(codes: list[int]) -> str:
    chars: list[str] = []
    escaped = False
    for code in codes:
        if escaped:
            chars.append(EXTENSION_CHAR.get(code, BASIC_CHAR.get(code, " ")))
            escaped = False
        elif code == ESCAPE:
            escaped = True
        else:
            chars.append(BASIC_CHAR.get(code, " "))
    return "".join(chars)


def utf16_units(ch: str) -> int:
    return 2 if ord(ch) > 0xFFFF else 1


@dataclass(frozen=True)
class Split:
    """How a text goes on the air: what the composer's counter shows and what the PDU layer sends."""

    encoding: str  # "gsm7" | "ucs2"
    parts: tuple[str, ...]
    units: int  # septets (gsm7) or UTF-16 code units (ucs2) in the whole text
    remaining: int  # units left in the last part before another part is needed

    @property
    def count(self) -> int:
        return len(self.parts)


def split(text: str) -> Split:
    if is_gsm7(text):
        total = len(text) + sum(text.count(ch) for ch in GSM_EXTENSION)
        if total <= GSM7_SINGLE:
            return Split("gsm7", (text,), total, GSM7_SINGLE - total)
        sizes = [2 if ch in GSM_EXTENSION else 1 for ch in text]
        return _split(text, sizes, total, "gsm7", GSM7_PART)
    total = len(text.encode("utf-16-le")) // 2
    if total <= UCS2_SINGLE:
        return Split("ucs2", (text,), total, UCS2_SINGLE - total)
    cheap = _split(text, [utf16_units(ch) for ch in text], total, "ucs2", UCS2_PART)
    cut = 0
    for part in cheap.parts[:-1]:
        cut += len(part)
        if _cluster_patterns()[1].search(text, cut - 1, cut + 1) is not None:  # the cut may be inside a cluster
            return _split_atoms(text, _ucs2_atoms(text), total)
    return cheap


@cache
def _cluster_patterns() -> tuple[Any, Any]:
    """(one grapheme cluster, a code point that can join a neighbour into one): compiled at the
    first text that needs them, not at start-up (the `regex` module and its Unicode tables load
    then; most texts never get here).

    The joining code points are those of UAX #29 rules GB3-GB13: CR before LF, Hangul jamo,
    extending marks, ZWJ, spacing marks, prepended marks, regional indicators. A cut between two
    characters of which neither is one of these is a cluster boundary, so the per-code-point cut
    stands unless one of them sits at a cut."""
    import regex

    return regex.compile(r"\X"), regex.compile(
        r"[\p{GCB=Extend}\p{GCB=ZWJ}\p{GCB=SpacingMark}\p{GCB=Prepend}\p{GCB=Regional_Indicator}"
        r"\p{GCB=L}\p{GCB=V}\p{GCB=T}\r]")


def _ucs2_atoms(text: str) -> list[tuple[int, int]]:
    """(length in characters, size in UTF-16 units) of each piece a part boundary may not cut:
    grapheme clusters, and the code points of a cluster too long for one part."""
    atoms: list[tuple[int, int]] = []
    for cluster in _cluster_patterns()[0].findall(text):
        units = sum(utf16_units(ch) for ch in cluster)
        if units <= UCS2_PART:
            atoms.append((len(cluster), units))
        else:
            atoms += [(1, utf16_units(ch)) for ch in cluster]
    return atoms


def _split_atoms(text: str, atoms: list[tuple[int, int]], total: int) -> Split:
    parts: list[str] = []
    start = position = used = 0
    for length, units in atoms:
        if used + units > UCS2_PART:
            parts.append(text[start:position])
            start, used = position, 0
        used += units
        position += length
    parts.append(text[start:])
    return Split("ucs2", tuple(parts), total, UCS2_PART - used)


def _split(text: str, sizes: list[int], total: int, encoding: str, per_part: int) -> Split:
    parts: list[str] = []
    start = used = 0
    for i, size in enumerate(sizes):
        if used + size > per_part:  # a 2-unit character never straddles a boundary
            parts.append(text[start:i])
            start, used = i, 0
        used += size
    parts.append(text[start:])
    return Split(encoding, tuple(parts), total, per_part - used)
