"""Chinese resident ID numbers are never stored: only a keyed hash (to match a borrower across
imports) and the last four characters (what a clerk reads out on the phone). PIPL: minimum necessary."""

from __future__ import annotations

import hashlib
import hmac

from operator_app.domain.text import clean_text, to_halfwidth


def normalize_id_number(value: object) -> str:
    text = to_halfwidth(clean_text(value)).replace(" ", "").upper()
    if isinstance(value, float) and value.is_integer():
        text = str(int(value))
    return text


def hash_id_number(id_number: str, salt: bytes) -> str:
    return hmac.digest(salt, id_number.encode(), hashlib.sha256).hex()
