"""The office calendar from resources/holidays/*.toml (public holidays and make-up working days,
one file per year, editable)."""

from __future__ import annotations

import tomllib
from datetime import date
from functools import cache
from pathlib import Path

from operator_app.domain.policy import Calendar

HOLIDAYS = Path(__file__).resolve().parent.parent.parent / "resources" / "holidays"


@cache
def load_calendar(folder: Path = HOLIDAYS) -> Calendar:
    holidays: set[date] = set()
    workdays: set[date] = set()
    for path in sorted(folder.glob("*.toml")):
        data = tomllib.loads(path.read_text(encoding="utf-8"))
        holidays.update(date.fromisoformat(d) for d in data.get("holidays", []))
        workdays.update(date.fromisoformat(d) for d in data.get("workdays", []))
    return Calendar(frozenset(holidays), frozenset(workdays))
