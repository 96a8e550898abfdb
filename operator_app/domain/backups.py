"""Which automatic backups to keep, and when the last one is too old: pure rules over the
backups' moments on the office's clock (services/office/backups.py lists the files and deletes the rest).

Rotation follows the usual grandfather-father-son rule (restic's `--keep-daily 7 --keep-weekly 4`):
each policy is applied on its own over all backups, newest first, and a backup kept by either
stays. `daily` keeps the newest backup of each of the newest 7 office days that have one;
`weekly` the newest of each of the newest 4 ISO weeks that have one, so after a month of daily
backups the office holds the last 7 days plus the ends of the 3 weeks before them.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Iterable
from datetime import date, datetime

DAILY = 7
WEEKLY = 4
STALE_AFTER_DAYS = 2  # the GUI warns when the newest backup is older than this


def _newest_per(stamps: list[datetime], key: Callable[[datetime], Hashable], count: int) -> set[datetime]:
    kept: dict[Hashable, datetime] = {}
    for stamp in sorted(stamps, reverse=True):
        k = key(stamp)
        if k not in kept:
            if len(kept) == count:
                break
            kept[k] = stamp
    return set(kept.values())


def kept(stamps: Iterable[datetime], *, daily: int = DAILY, weekly: int = WEEKLY) -> set[datetime]:
    """The backups (by their office-clock moment) that rotation keeps; every other one goes."""
    every = list(stamps)
    return _newest_per(every, lambda s: s.date(), daily) | _newest_per(every, lambda s: s.isocalendar()[:2], weekly)


def age_days(newest: date | None, today: date) -> int | None:
    """Whole office days since the newest backup; None when there is none."""
    return None if newest is None else (today - newest).days


def is_stale(newest: date | None, today: date) -> bool:
    """No backup at all, or the newest is more than STALE_AFTER_DAYS days old."""
    age = age_days(newest, today)
    return age is None or age > STALE_AFTER_DAYS
