"""GSM 03.38 default alphabet with its extension table, UCS-2 for everything else, and the split
into concatenated parts.

A text that fits the GSM alphabet costs 160 septets in one part or 153 per part when
concatenated (the UDH takes 7); an extension character (€ [ ] { } ~ ^ | \\ and form feed) is an
escape plus a septet, counts 2 and is never split from its escape. Anything else (Chinese) is
UCS-2: 70 characters in one part or 67 per part, counted in UTF-16 code units, and a surrogate
pair (emoji) is never split across parts.
"""

from __future__ import annotations

from dataclasses import dataclass

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
    return _split(text, [utf16_units(ch) for ch in text], total, "ucs2", UCS2_PART)


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
