"""Money as integer fen (分). Parsing is strict: a wrong amount in a collection notice is worse
than no notice, so anything ambiguous is rejected rather than guessed."""

from __future__ import annotations

import math
import re
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

from operator_app.domain.text import clean_text, to_halfwidth


class AmountError(ValueError):
    """The cell does not hold an amount of money we can trust."""


_UNITS = {"万": Decimal(10000), "千": Decimal(1000), "w": Decimal(10000), "k": Decimal(1000)}
_STRIP = re.compile(r"[¥￥$,，\s]|rmb|cny|人民币|元整|元")
_NUMBER = re.compile(r"^\d+(\.\d+)?$")
# Amounts beyond this are typos (a phone number typed into the amount column), not loans.
MAX_FEN = 10**12


def parse_fen(value: object) -> int:
    """Yuan in any of the shapes offices type them, as integer fen.

    Accepts numbers (xlsx stores 1200.5 as a float), "¥12,000.00", "1.2万", "３０００元" and
    full-width digits. Negative amounts, more than two decimals of yuan and empty cells are errors.
    """
    if isinstance(value, bool):
        raise AmountError("not an amount")
    if isinstance(value, int):
        fen = value * 100
    elif isinstance(value, float):
        if not math.isfinite(value):
            raise AmountError("not an amount")
        # xlsx floats carry binary noise (1234.5600000001): round to the fen, but refuse
        # values that are clearly more precise than money.
        fen_f = value * 100
        fen = round(fen_f)
        if abs(fen_f - fen) > 0.01:
            raise AmountError("more than two decimals")
    else:
        fen = _parse_text(clean_text(value))
    if fen < 0:
        raise AmountError("negative amount")
    if fen > MAX_FEN:
        raise AmountError("implausibly large amount")
    return fen


def _parse_text(text: str) -> int:
    if not text:
        raise AmountError("empty")
    text = to_halfwidth(text).lower()
    text = _STRIP.sub("", text)
    multiplier = Decimal(1)
    if text and text[-1] in _UNITS:
        multiplier = _UNITS[text[-1]]
        text = text[:-1]
    negative = text.startswith("-")
    if negative:
        raise AmountError("negative amount")
    if not _NUMBER.match(text):
        raise AmountError("not an amount")
    try:
        yuan = Decimal(text) * multiplier
    except InvalidOperation as exc:  # pragma: no cover - the regex already guards this
        raise AmountError("not an amount") from exc
    fen = yuan * 100
    if fen != fen.to_integral_value():
        raise AmountError("more than two decimals")
    return int(fen.to_integral_value(rounding=ROUND_HALF_UP))


def format_fen(fen: int, *, symbol: str = "¥") -> str:
    """12345 -> "¥123.45"; money is formatted here, never by Qt's float display."""
    sign = "-" if fen < 0 else ""
    yuan, cents = divmod(abs(fen), 100)
    return f"{sign}{symbol}{yuan:,}.{cents:02d}"
