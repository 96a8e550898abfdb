"""Phone numbers to E.164, and whether an SMS can go there.

Offices type phones five ways: "138 0013 8000", "138-0013-8000", "+86 13800138000",
"8613800138000", full-width digits, or a number cell that xlsx hands back as 13800138000.0.
A landline or a short number is kept as data (someone can call it) but is not a mobile.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import phonenumbers

from operator_app.domain.text import clean_text, to_halfwidth


# Fast path for the common case, an 11-digit Chinese number starting with 1: phonenumbers'
# own CN mobile pattern, read from its metadata so it follows library updates. Such a number is
# a mobile exactly when the pattern matches, and never a landline (tests/test_normalisers.py
# checks this against the full library on random numbers). A regex match costs a small fraction
# of a full phonenumbers parse.
def _cn_mobile_pattern() -> re.Pattern[str]:
    metadata = phonenumbers.PhoneMetadata.metadata_for_region("CN")
    pattern = metadata.mobile.national_number_pattern if metadata and metadata.mobile else None
    if not pattern:
        raise RuntimeError("phonenumbers has no CN mobile metadata")
    return re.compile(pattern)


CN_MOBILE_NATIONAL = _cn_mobile_pattern()
MAX_PHONE_RAW = 100  # what a phone cell keeps as typed (the column's width)
_SEPARATORS = re.compile(r"[\s\-().\u2010-\u2015/]")
_CN_MOBILE = re.compile(r"^(?:\+?86|0086)?(1\d{10})$")
_FLOAT_TAIL = re.compile(r"\.0+$")


@dataclass(frozen=True, slots=True)
class Phone:
    """A normalised phone: `e164` is set only for a number an SMS can reach."""

    raw: str
    e164: str | None
    problem: str | None  # None, "empty", "landline", "invalid"


def normalize_phone(value: object, region: str = "CN") -> Phone:
    if isinstance(value, float) and value.is_integer():
        raw = str(int(value))
    elif isinstance(value, int) and not isinstance(value, bool):
        raw = str(value)
    else:
        raw = clean_text(value)
    if not raw:
        return Phone(raw, None, "empty")
    compact = _SEPARATORS.sub("", _FLOAT_TAIL.sub("", to_halfwidth(raw)))
    match = _CN_MOBILE.match(compact)
    if match is not None and region == "CN":
        national = match.group(1)
        if CN_MOBILE_NATIONAL.fullmatch(national):
            return Phone(raw, "+86" + national, None)
        return Phone(raw, None, "invalid")
    return _slow_path(raw, compact, region)


def _slow_path(raw: str, compact: str, region: str) -> Phone:
    candidate = compact
    if candidate.startswith("00"):
        candidate = "+" + candidate[2:]
    elif re.fullmatch(r"861\d{10}", candidate):
        candidate = "+" + candidate
    try:
        number = phonenumbers.parse(candidate, region)
    except phonenumbers.NumberParseException:
        return Phone(raw, None, "invalid")
    if not phonenumbers.is_valid_number(number):
        return Phone(raw, None, "invalid")
    kind = phonenumbers.number_type(number)
    if kind in (phonenumbers.PhoneNumberType.MOBILE, phonenumbers.PhoneNumberType.FIXED_LINE_OR_MOBILE):
        return Phone(raw, phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164), None)
    if kind == phonenumbers.PhoneNumberType.FIXED_LINE:
        return Phone(raw, None, "landline")
    return Phone(raw, None, "invalid")


def shown_phone(mobile: str | None, raw: str | None = None) -> str:
    """A borrower's number as every screen and a person's listing shows it (the queue, sending,
    history, inbox; `queue`, `messages`, `inbox` without --json): a mobile masked (138****8000),
    anything else (a landline kept for a phone call) as imported; "" when there is none. Full
    numbers go only to the outputs meant for systems (--json, exports) and to the call list."""
    return mask_phone(mobile) if mobile else (raw or "")


def shown_number(number: str) -> str:
    """`shown_phone` of a number not known to be a mobile (a reply's sender as the modem gave
    it): masked when it is one, else as written (a service number such as 10086)."""
    return shown_phone(normalize_phone(number).e164, number)


def mask_phone(e164: str) -> str:
    """+8613800138000 -> 138****8000, for screens and logs."""
    digits = e164[3:] if e164.startswith("+86") else e164.lstrip("+")
    if len(digits) < 7:
        return "*" * len(digits)
    return digits[:3] + "*" * (len(digits) - 7) + digits[-4:]
