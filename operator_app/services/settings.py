"""Business settings in the database (`settings show/set`); every change is audited."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, tzinfo
from zoneinfo import ZoneInfo

from sqlalchemy import Connection, delete, insert, select

from operator_app.domain.collection import StageDays
from operator_app.errors import UsageError
from operator_app.messaging import audit
from operator_app.messaging.settings_registry import OFFICE_DETAILS, PREFIX, REGISTRY, Settings, check
from operator_app.services import clock
from operator_app.services.identity import actor
from operator_app.store.db import Database
from operator_app.store.models import app_setting_table

TABLE = app_setting_table


def load(conn: Connection) -> Settings:
    rows = conn.execute(select(TABLE.c.key, TABLE.c.value).where(TABLE.c.key.like(PREFIX + "%")))
    return Settings({key[len(PREFIX):]: value for key, value in rows if key[len(PREFIX):] in REGISTRY})


def current(db: Database) -> Settings:
    with db.engine.connect() as conn:
        return load(conn)


@dataclass(frozen=True)
class SettingView:
    key: str
    value: str
    default: str
    hint: str

    def as_json(self) -> dict[str, object]:
        return {"key": self.key, "value": self.value, "default": self.default, "is_default": self.value == self.default}


def show(db: Database) -> list[SettingView]:
    """Every setting's value; an office detail not set (or still a shipped placeholder) shows empty."""
    now = current(db)
    return [SettingView(s.key, now.get(s.key) if s.key in OFFICE_DETAILS else now.raw.get(s.key, s.default),
                        s.default, s.hint) for s in REGISTRY.values()]


def set_value(db: Database, key: str, value: str, *, by: str) -> SettingView:
    """Check, store and audit one value; an unknown key or a bad value changes nothing (exit 2)."""
    return set_values(db, {key: value}, by=by)[0]


def set_values(db: Database, values: Mapping[str, str], *, by: str) -> list[SettingView]:
    """Check every value, then store and audit them together (one audit entry each): a form of
    several settings (the office details on the welcome page) is saved whole or not at all."""
    who = actor(by, db, "settings")
    checked: dict[str, str] = {}
    for key, value in values.items():
        setting = REGISTRY.get(key)
        if setting is None:
            raise UsageError("setting_unknown", key=key, keys=", ".join(REGISTRY))
        try:
            setting.parse(value)
        except (ValueError, TypeError) as exc:
            raise UsageError("setting_bad_value", key=key, value=value, hint=setting.hint) from exc
        checked[key] = value.strip()
    with db.engine.begin() as conn:
        old = load(conn).raw
        try:
            check({**old, **checked})
        except ValueError as exc:
            key, value = next(iter(checked.items()))
            raise UsageError("setting_conflict", key=key, value=value, detail=str(exc)) from exc
        for key, value in checked.items():
            conn.execute(delete(TABLE).where(TABLE.c.key == PREFIX + key))
            conn.execute(insert(TABLE).values(key=PREFIX + key, value=value))
            audit.append(conn, who, "setting_set", {"key": key, "old": old.get(key, REGISTRY[key].default),
                                                    "new": value})
    return [SettingView(key, value, REGISTRY[key].default, REGISTRY[key].hint) for key, value in checked.items()]


def stage_days(db: Database) -> StageDays:
    """The office's stage boundaries (settings `stages.*`): the queue, the dashboard and the
    batches stage a loan on the same days."""
    return current(db).stage_days


def office_zone(db: Database) -> tzinfo:
    """The office's time zone (setting office.timezone): the clock every shown moment follows."""
    return ZoneInfo(current(db).get("office.timezone"))


def office_today(db: Database) -> date:
    """The office's day now, on its own clock (setting office.timezone, `OPERATOR_APP_NOW`)."""
    return clock.office_today(current(db).policy)
