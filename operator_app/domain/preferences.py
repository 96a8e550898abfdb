"""A borrower's own wishes about being contacted (the seed articles: "working days only, time
windows"), set by staff from a reply or a call and kept on the borrower, so a re-import never
resets them. Pure data and parsing; the policy (domain/policy.py) applies them at planning and
again at the moment of sending, like the office's own rules.

- weekdays_only: only on the office's working days (its holiday calendar, 调休 included);
- window: only between two local times of the office's zone (minutes after midnight), inside
  the office's own send window (the two are intersected);
- weekly_max: at most this many messages in the last 7 days (the office's weekly cap, per
  borrower, counting what went or may have gone);
- no_sms: no SMS at all: the loan goes on the call list instead.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

WEEKLY_MAX_LIMIT = 7  # more than one a day would say nothing the office's own caps do not


@dataclass(frozen=True, slots=True)
class Preferences:
    weekdays_only: bool = False
    window_start: int | None = None  # minutes after local midnight; both or neither
    window_end: int | None = None  # the first minute no longer allowed
    weekly_max: int | None = None
    no_sms: bool = False

    def __post_init__(self) -> None:
        if (self.window_start is None) != (self.window_end is None):
            raise ValueError("prefs_window_bad")
        if self.window_start is not None and self.window_end is not None and \
                not 0 <= self.window_start < self.window_end <= 24 * 60:
            raise ValueError("prefs_window_bad")
        if self.weekly_max is not None and not 1 <= self.weekly_max <= WEEKLY_MAX_LIMIT:
            raise ValueError("prefs_weekly_bad")

    @property
    def any(self) -> bool:
        return self != NO_PREFERENCES

    @property
    def timed(self) -> bool:
        """Whether the moment of sending matters (a day or an hour of the borrower's)."""
        return self.weekdays_only or self.window_start is not None

    @property
    def window(self) -> tuple[int, int] | None:
        if self.window_start is None or self.window_end is None:
            return None
        return self.window_start, self.window_end

    def phrases(self) -> list[tuple[str, dict[str, object]]]:
        """The preferences as (message code, values) for the faces to put into words."""
        out: list[tuple[str, dict[str, object]]] = []
        for code in self.codes():
            if code == "window" and self.window is not None:
                out.append(("prefs_window", {"window": shown_window(*self.window)}))
            elif code == "weekly":
                out.append(("prefs_weekly", {"n": self.weekly_max}))
            else:
                out.append(("prefs_" + code, {}))
        return out

    def codes(self) -> tuple[str, ...]:
        """The preferences set, as short codes the faces put into words (`prefs_<code>`)."""
        out = []
        if self.no_sms:
            out.append("no_sms")
        if self.weekdays_only:
            out.append("weekdays_only")
        if self.window is not None:
            out.append("window")
        if self.weekly_max is not None:
            out.append("weekly")
        return tuple(out)


NO_PREFERENCES = Preferences()


def of_columns(weekdays_only: object, window_start: object, window_end: object, weekly_max: object,
               no_sms: object) -> Preferences:
    """The preferences as the borrower's columns hold them (NULL: not set)."""
    if not (weekdays_only or no_sms) and window_start is None and weekly_max is None:
        return NO_PREFERENCES  # most borrowers: nothing built
    return Preferences(bool(weekdays_only), None if window_start is None else int(str(window_start)),
                       None if window_end is None else int(str(window_end)),
                       None if weekly_max is None else int(str(weekly_max)), bool(no_sms))


def clock_minutes(text: str) -> int:
    """"18:00" -> 1080; "24:00" is the end of the day. A bad time raises ValueError."""
    hours, sep, minutes = text.strip().partition(":")
    if not sep or not hours.isdigit() or not minutes.isdigit() or len(minutes) != 2:
        raise ValueError("prefs_window_bad")
    value = int(hours) * 60 + int(minutes)
    if int(minutes) >= 60 or value > 24 * 60:
        raise ValueError("prefs_window_bad")
    return value


def parse_window(text: str) -> tuple[int, int]:
    """"18:00-20:00" -> (1080, 1200); the start before the end, both inside one day. Full-width
    signs and the dashes and words a clerk types between two times (～, –, 至, 到) are taken too."""
    plain = unicodedata.normalize("NFKC", text)
    for dash in ("–", "—", "~", "至", "到"):
        plain = plain.replace(dash, "-")
    start, sep, end = plain.partition("-")
    if not sep:
        raise ValueError("prefs_window_bad")
    first, last = clock_minutes(start), clock_minutes(end)
    if first >= last:
        raise ValueError("prefs_window_bad")
    return first, last


def shown_window(start: int, end: int) -> str:
    return f"{start // 60:02d}:{start % 60:02d}-{end // 60:02d}:{end % 60:02d}"
