"""Every business setting the office can change (`settings show/set`): its key, default, and how
its text is checked and read. The values live in the database (table app_setting, keys prefixed
`setting:`), so every workstation of an office sees the same policy.

`Settings` is what the rest of the code reads: typed, defaults filled in, built in one place.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import time
from typing import Any
from zoneinfo import ZoneInfo

from operator_app.domain.collection import MinPayment, StageDays
from operator_app.domain.policy import ContactPolicy
from operator_app.i18n import QT_TRANSLATE_NOOP

PREFIX = "setting:"
# The office's own details: no message is approved until they are set. They once shipped with
# these placeholders, which went out to borrowers as they were: a database that still holds one
# has not set the detail.
OFFICE_DETAILS = ("office.signature", "office.phone")
PLACEHOLDERS = {"office.signature": "某某小贷", "office.phone": "400-000-0000"}


def gap(key: str) -> str:
    """What a text shows where an office detail is not set: plainly a gap, never a made-up value
    (messaging.lint finds it, so such a text is never approved)."""
    return "{" + key + "}"


def _int(low: int, high: int) -> Callable[[str], int]:
    def parse(text: str) -> int:
        value = int(text.strip())
        if not low <= value <= high:
            raise ValueError(text)
        return value
    return parse


def _bool(text: str) -> bool:
    low = text.strip().lower()
    if low in ("1", "true", "yes", "on", "是"):
        return True
    if low in ("0", "false", "no", "off", "否"):
        return False
    raise ValueError(text)


def _clock(text: str) -> time:
    hh, _, mm = text.strip().partition(":")
    return time(int(hh), int(mm or 0))


def _zone(text: str) -> str:
    ZoneInfo(text.strip())
    return text.strip()


def _days(text: str) -> tuple[int, ...]:
    values = tuple(sorted({int(p) for p in text.replace("，", ",").split(",") if p.strip()}, reverse=True))
    if not values or any(v <= 0 or v > 30 for v in values):
        raise ValueError(text)
    return values


def _min_payment(text: str) -> str:
    MinPayment.parse(text)
    return text.strip()


def _signature(text: str) -> str:
    """The office's name as the templates put it inside 【】: 2-12 characters, no brackets of its own."""
    value = text.strip()
    if not 2 <= len(value) <= 12 or any(ch in value for ch in "【】[]"):
        raise ValueError(text)
    return value


def _phone(text: str) -> str:
    """A number a borrower can call: digits with the usual separators, 5-16 characters."""
    value = text.strip()
    if not 5 <= len(value) <= 16 or not re.fullmatch(r"\+?[0-9][0-9 ()-]*[0-9]", value) \
            or sum(ch.isdigit() for ch in value) < 5:
        raise ValueError(text)
    return value


def _text(limit: int) -> Callable[[str], str]:
    def parse(text: str) -> str:
        value = text.strip()
        if not value or len(value) > limit:
            raise ValueError(text)
        return value
    return parse


@dataclass(frozen=True)
class Setting:
    key: str
    default: str
    parse: Callable[[str], Any]
    hint: str  # the accepted values, shown when a value is refused


REGISTRY: dict[str, Setting] = {s.key: s for s in (
    Setting("office.name", "", _text(60), QT_TRANSLATE_NOOP("messages", "the office's full name, up to 60 characters")),
    Setting("office.timezone", "Asia/Shanghai", _zone, "Asia/Shanghai"),
    Setting("office.signature", "", _signature, QT_TRANSLATE_NOOP("messages", "2-12 characters, without 【】 (the templates add them)")),
    Setting("office.phone", "", _phone, QT_TRANSLATE_NOOP("messages", "a phone number, e.g. 0571-88886666 or 400-800-1234")),
    Setting("office.repay_channel", "本公司APP或对公账户", _text(60), QT_TRANSLATE_NOOP("messages", "where borrowers pay")),
    Setting("policy.window_start", "08:00", _clock, QT_TRANSLATE_NOOP("messages", "HH:MM")),
    Setting("policy.window_end", "21:00", _clock, QT_TRANSLATE_NOOP("messages", "HH:MM")),
    Setting("policy.working_days_only", "false", _bool, QT_TRANSLATE_NOOP("messages", "true|false")),
    Setting("policy.daily_cap", "1", _int(0, 10), "0-10"),
    Setting("policy.weekly_cap", "3", _int(0, 50), "0-50"),
    Setting("policy.same_text_hours", "24", _int(0, 720), "0-720"),
    Setting("stages.pre_due_days", "3,1", _days, QT_TRANSLATE_NOOP("messages", "e.g. 3,1")),
    Setting("stages.grace_days", "3", _int(0, 29), "0-29"),
    Setting("stages.repeat_grace_days", "1", _int(0, 29), QT_TRANSLATE_NOOP("messages", "0-29, at most stages.grace_days")),
    Setting("stages.m1_max", "30", _int(1, 365), "1-365"),
    Setting("stages.m2_max", "60", _int(2, 730), "2-730"),
    Setting("stages.m3_max", "90", _int(3, 1095), "3-1095"),
    Setting("collection.min_payment", "overdue_installments", _min_payment, QT_TRANSLATE_NOOP("messages", "overdue_installments|share:PERCENT")),
    Setting("batch.stale_days", "2", _int(0, 60), "0-60"),
    Setting("lint.max_segments", "3", _int(1, 10), "1-10"),
    Setting("calls.no_response_after", "3", _int(1, 50), "1-50"),
    Setting("backup.auto", "true", _bool, QT_TRANSLATE_NOOP("messages", "true|false")),
    Setting("privacy.retention_months", "36", _int(1, 1200), "1-1200"),
)}


@dataclass(frozen=True)
class Settings:
    """The typed view of the stored values (defaults where nothing is stored)."""

    raw: Mapping[str, str]

    def get(self, key: str) -> Any:
        """The value of `key`; an office detail not set (or a stored value its rule refuses) is ""."""
        setting = REGISTRY[key]
        text = self.raw.get(key, setting.default)
        if key in OFFICE_DETAILS:
            if not text.strip() or text.strip() == PLACEHOLDERS[key]:
                return ""
            try:
                return setting.parse(text)
            except ValueError:
                return ""
        return setting.parse(text)

    def missing_office_details(self) -> tuple[str, ...]:
        """The office details not set yet (OFFICE_DETAILS order); empty when approval may go on."""
        return tuple(k for k in OFFICE_DETAILS if not self.get(k))

    @property
    def policy(self) -> ContactPolicy:
        return ContactPolicy(window_start=self.get("policy.window_start"), window_end=self.get("policy.window_end"),
                             timezone=self.get("office.timezone"),
                             working_days_only=self.get("policy.working_days_only"),
                             daily_cap=self.get("policy.daily_cap"), weekly_cap=self.get("policy.weekly_cap"),
                             same_text_hours=self.get("policy.same_text_hours"))

    @property
    def stage_days(self) -> StageDays:
        return StageDays(pre_due_days=self.get("stages.pre_due_days"), grace_days=self.get("stages.grace_days"),
                         repeat_grace_days=self.get("stages.repeat_grace_days"), m1_max=self.get("stages.m1_max"),
                         m2_max=self.get("stages.m2_max"), m3_max=self.get("stages.m3_max"))

    @property
    def min_payment(self) -> MinPayment:
        return MinPayment.parse(self.get("collection.min_payment"))

    def office_values(self, *, gaps: bool = True) -> dict[str, str]:
        """The template variables of the office. A detail not set shows as its `gap` (or, with
        gaps=False, is left out for the caller's sample value)."""
        values = {"signature": self.get("office.signature"), "office_phone": self.get("office.phone"),
                  "repay_channel": self.get("office.repay_channel")}
        keys = {"signature": "office.signature", "office_phone": "office.phone"}
        if gaps:
            return {name: value or gap(keys[name]) for name, value in values.items()}
        return {name: value for name, value in values.items() if value}


def check(raw: Mapping[str, str]) -> None:
    """Raises ValueError when the values together make no policy (e.g. a window that ends first)."""
    s = Settings(raw)
    for key in raw:
        s.get(key)
    s.policy  # noqa: B018 - building them is the check
    s.stage_days  # noqa: B018
