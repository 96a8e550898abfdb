"""Business settings in the database (`settings show/set/confirm`); every change is audited.

In an office with accounts a change of the contact policy (send window, caps, same-text hours,
working days) by one account is kept pending and takes effect only when a second person, an
approver or another admin, confirms it (`settings confirm KEY`): what borrowers may be sent is
then never one person's decision. An office without accounts changes it at once, as before."""

from __future__ import annotations

import json
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
from operator_app.services.changes import OpChanges, writes
from operator_app.services.office.identity import Signed, actor, same_person
from operator_app.store.db import Database
from operator_app.store.models import app_setting_table

TABLE = app_setting_table
PENDING = "pending:"  # app_setting keys of values waiting for a second person
# The contact policy: what and when borrowers may be sent (two people change it, with accounts).
POLICY_KEYS = frozenset({"policy.window_start", "policy.window_end", "policy.working_days_only", "policy.daily_cap",
                         "policy.weekly_cap", "policy.same_text_hours"})


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
    pending: str | None = None  # a value waiting for a second person's confirmation
    required: bool = False  # an office detail no batch is approved without (OFFICE_DETAILS)

    def as_json(self) -> dict[str, object]:
        return {"key": self.key, "value": self.value, "default": self.default, "is_default": self.value == self.default}


def show(db: Database) -> list[SettingView]:
    """Every setting's value; an office detail not set (or still a shipped placeholder) shows empty."""
    now = current(db)
    with db.engine.connect() as conn:
        waiting = _pending(conn)
    return [SettingView(s.key, now.get(s.key) if s.key in OFFICE_DETAILS else now.raw.get(s.key, s.default),
                        s.default, s.hint, waiting[s.key]["value"] if s.key in waiting else None,
                        s.key in OFFICE_DETAILS)
            for s in REGISTRY.values()]


def _pending(conn: Connection) -> dict[str, dict[str, str]]:
    rows = conn.execute(select(TABLE.c.key, TABLE.c.value).where(TABLE.c.key.like(PENDING + "%")))
    return {key[len(PENDING):]: json.loads(value) for key, value in rows}


def set_value(db: Database, key: str, value: str, *, by: str) -> SettingView:
    """Check, store and audit one value; an unknown key or a bad value changes nothing (exit 2)."""
    return set_values(db, {key: value}, by=by)[0]


def check_values(values: Mapping[str, str]) -> dict[str, str]:
    """Each value by its setting's own rule (the first-run dialog checks its form with it before a
    database exists); the values stripped, or a UsageError naming the first one refused."""
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
    return checked


@writes(OpChanges(settings=True))
def set_values(db: Database, values: Mapping[str, str], *, by: str) -> list[SettingView]:
    """Check every value, then store and audit them together (one audit entry each): a form of
    several settings (the office details on the welcome page) is saved whole or not at all."""
    who = actor(by, db, "settings")
    checked = check_values(values)
    with db.engine.begin() as conn:
        old = load(conn).raw
        try:
            check({**old, **checked})
        except ValueError as exc:
            key, value = next(iter(checked.items()))
            raise UsageError("setting_conflict", key=key, value=value, detail=str(exc)) from exc
        if isinstance(by, Signed) and POLICY_KEYS & set(checked):  # the whole form waits for a second person
            for key, value in checked.items():
                conn.execute(delete(TABLE).where(TABLE.c.key == PENDING + key))
                conn.execute(insert(TABLE).values(key=PENDING + key, value=json.dumps({"value": value, "by": who},
                                                                                      ensure_ascii=False)))
                audit.append(conn, who, "setting_proposed", {"key": key, "old": old.get(key, REGISTRY[key].default),
                                                             "new": value})
            return [SettingView(key, old.get(key, REGISTRY[key].default), REGISTRY[key].default, REGISTRY[key].hint,
                                value) for key, value in checked.items()]
        for key, value in checked.items():
            conn.execute(delete(TABLE).where(TABLE.c.key == PREFIX + key))
            conn.execute(insert(TABLE).values(key=PREFIX + key, value=value))
            audit.append(conn, who, "setting_set", {"key": key, "old": old.get(key, REGISTRY[key].default),
                                                    "new": value})
    return [SettingView(key, value, REGISTRY[key].default, REGISTRY[key].hint) for key, value in checked.items()]


def confirm(db: Database, key: str, *, by: str) -> SettingView:
    """A second person (an approver or admin, never the one who proposed it) makes a pending
    value take effect; it is checked again against the settings as they are now."""
    who = actor(by, db, "approve")
    with db.engine.begin() as conn:
        waiting = _pending(conn).get(key)
        if waiting is None:
            raise UsageError("setting_not_pending", key=key)
        if same_person(waiting["by"], who):
            raise UsageError("setting_confirm_self", key=key, name=who)
        old = load(conn).raw
        value = waiting["value"]
        try:
            check({**old, key: value})
        except ValueError as exc:
            raise UsageError("setting_conflict", key=key, value=value, detail=str(exc)) from exc
        conn.execute(delete(TABLE).where(TABLE.c.key.in_((PREFIX + key, PENDING + key))))
        conn.execute(insert(TABLE).values(key=PREFIX + key, value=value))
        audit.append(conn, who, "setting_set", {"key": key, "old": old.get(key, REGISTRY[key].default), "new": value,
                                                "proposed_by": waiting["by"]})
    return SettingView(key, value, REGISTRY[key].default, REGISTRY[key].hint)


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
