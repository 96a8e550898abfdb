"""Calendar dates from spreadsheet cells. Dates are `date`, never timestamps."""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta

from operator_app.domain.text import clean_text, to_halfwidth


class DateError(ValueError):
    """The cell does not hold a calendar date."""


_EXCEL_EPOCH = date(1899, 12, 30)
# Serial numbers outside 1950..2100 are not dates in a loan book but amounts or ids.
_SERIAL_MIN, _SERIAL_MAX = 18264, 73415
_YMD = re.compile(r"^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?(?:[ t]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?)?$")
_COMPACT = re.compile(r"^(\d{4})(\d{2})(\d{2})$")
# English month names, as Excel's "11-Mar-2026" formats and English-language exports write them.
_MONTHS = {name: number for number, names in enumerate((
    ("jan", "january"), ("feb", "february"), ("mar", "march"), ("apr", "april"), ("may",), ("jun", "june"),
    ("jul", "july"), ("aug", "august"), ("sep", "sept", "september"), ("oct", "october"), ("nov", "november"),
    ("dec", "december")), start=1) for name in names}
_MONTH = r"([a-z]{3,9})\.?"
_TIME = r"(?:[ t]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?)?"
_LETTER = re.compile(r"[a-z]")
_NAMED = (  # (pattern, group order as day, month, year)
    (re.compile(rf"^(\d{{1,2}})[-/ .]\s*{_MONTH}[-/ .,]\s*(\d{{4}}){_TIME}$"), (0, 1, 2)),  # 11-Mar-2026, 11 March 2026
    (re.compile(rf"^{_MONTH}\s*[-/ .]\s*(\d{{1,2}})(?:st|nd|rd|th)?\s*[,.]?\s*(\d{{4}}){_TIME}$"), (1, 0, 2)),  # Mar 11, 2026
    (re.compile(rf"^(\d{{4}})[-/ .]\s*{_MONTH}[-/ .]\s*(\d{{1,2}}){_TIME}$"), (2, 1, 0)),  # 2026-Mar-11
)


def parse_date(value: object) -> date:
    """Real Excel dates, Excel serial numbers, "2026/3/5", "2026-03-05", "2026年3月5日", "20260305",
    and English month names in any case: "11-Mar-2026", "11 Mar 2026", "Mar 11, 2026",
    "11-March-2026", "2026-Mar-11". Day-month order in all-digit dates ("3/5/2026") is ambiguous
    and rejected."""
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, bool):
        raise DateError("not a date")
    if isinstance(value, int | float):
        return _from_serial(float(value))
    text = to_halfwidth(clean_text(value)).lower()
    if not text:
        raise DateError("empty")
    match = _YMD.match(text) or _COMPACT.match(text)
    if match is None:
        if _LETTER.search(text):
            return _named_month(text)
        if re.fullmatch(r"\d{5}(\.\d+)?", text):
            return _from_serial(float(text))
        raise DateError("not a date")
    year, month, day = (int(g) for g in match.groups())
    try:
        return date(year, month, day)
    except ValueError as exc:
        raise DateError("no such day") from exc


def _named_month(text: str) -> date:
    for pattern, order in _NAMED:
        match = pattern.match(text)
        if match is None:
            continue
        parts = match.groups()
        day, month_name, year = (parts[i] for i in order)
        month = _MONTHS.get(month_name)
        if month is None:
            break
        try:
            return date(int(year), month, int(day))
        except ValueError as exc:
            raise DateError("no such day") from exc
    raise DateError("not a date")


def _from_serial(serial: float) -> date:
    if not _SERIAL_MIN <= serial <= _SERIAL_MAX:
        raise DateError("serial number out of range")
    return _EXCEL_EPOCH + timedelta(days=int(serial))


def add_months(day: date, months: int) -> date:
    """Same day `months` later, clamped to the month's end (Jan 31 + 1 month = Feb 28/29)."""
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    month += 1
    for last in (31, 30, 29, 28):
        try:
            return date(year, month, min(day.day, last))
        except ValueError:
            continue
    raise AssertionError("unreachable")
