"""Chinese resident ID numbers are never stored: only a keyed hash (to match a borrower across
imports) and the last four characters (what a clerk reads out on the phone). PIPL: minimum necessary."""

from __future__ import annotations

import hashlib
from collections.abc import Sequence

from operator_app.domain.text import clean_text, to_halfwidth


def normalize_id_number(value: object) -> str:
    text = to_halfwidth(clean_text(value)).replace(" ", "").upper()
    if isinstance(value, float) and value.is_integer():
        text = str(int(value))
    return text


def mask_id_number(value: object) -> str:
    """An ID number as a report a person reads may show it: the last four characters only
    (110101199003071234 -> **************1234); "" for an empty cell."""
    text = normalize_id_number(value)
    return "*" * max(len(text) - 4, 0) + text[-4:]


class IdHasher:
    """HMAC-SHA256 (RFC 2104) of ID numbers under the office's salt.

    The keyed inner and outer SHA-256 states are computed once and copied for each number,
    where `hmac.digest` would set the key up again for every call.
    Equal to `hmac.digest(salt, id, sha256)` (tests/test_normalisers.py checks it).
    """

    def __init__(self, salt: bytes) -> None:
        key = hashlib.sha256(salt).digest() if len(salt) > 64 else salt
        key = key.ljust(64, b"\0")
        self._inner = hashlib.sha256(bytes(b ^ 0x36 for b in key))
        self._outer = hashlib.sha256(bytes(b ^ 0x5C for b in key))

    def __call__(self, id_number: str) -> str:
        inner = self._inner.copy()
        inner.update(id_number.encode())
        outer = self._outer.copy()
        outer.update(inner.digest())
        return outer.hexdigest()

    def column(self, id_numbers: Sequence[str]) -> list[str | None]:
        """The hash of each number of a column, None for an empty one: what calling the hasher
        on each gives, without a call per number (a big sheet's reader hashes every row's)."""
        inner_copy, outer_copy = self._inner.copy, self._outer.copy
        hashes: list[str | None] = []
        append = hashes.append
        for id_number in id_numbers:
            if not id_number:
                append(None)
                continue
            inner = inner_copy()
            inner.update(id_number.encode())
            outer = outer_copy()
            outer.update(inner.digest())
            append(outer.hexdigest())
        return hashes
