"""The borrower's own contact preferences (domain/preferences.py): read and set by staff, from a
reply or a call, for the borrower of a contract or every borrower with a number.

They are the person's, kept on the borrower row, and no import writes them. Setting "no SMS"
withdraws the borrower's messages not yet claimed at once (`borrower_no_sms`), like a hold; the
other wishes are honoured by the dispatcher's claim-time check (a message waits for the
borrower's hours, or is withdrawn when they are over for its day). Every change is audited.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import datetime
from typing import Any

from sqlalchemy import Connection, select, update

from operator_app.domain.preferences import NO_PREFERENCES, Preferences, of_columns, shown_window
from operator_app.errors import UsageError
from operator_app.messaging import audit, inbound
from operator_app.messaging.moments import as_utc
from operator_app.services import clock
from operator_app.services.changes import OpChanges, writes
from operator_app.services.office.identity import actor
from operator_app.store.db import Database
from operator_app.store.models import borrower_table, loan_table

BORROWER, LOAN = borrower_table, loan_table
PREF_COLUMNS = (BORROWER.c.contact_weekdays_only, BORROWER.c.contact_window_start, BORROWER.c.contact_window_end,
                BORROWER.c.contact_weekly_max, BORROWER.c.contact_no_sms)
NOTE_MAX = 200


@dataclass(frozen=True)
class BorrowerPrefs:
    """One borrower's preferences as staff see them."""

    borrower_id: int
    name: str | None
    prefs: Preferences
    note: str | None
    set_by: str | None
    set_at: datetime | None
    contracts: tuple[str, ...]

    def as_json(self) -> dict[str, object]:
        window = self.prefs.window
        return {"borrower": self.name, "contracts": list(self.contracts),
                "weekdays_only": self.prefs.weekdays_only,
                "window": shown_window(*window) if window else None, "weekly_max": self.prefs.weekly_max,
                "no_sms": self.prefs.no_sms, "note": self.note, "set_by": self.set_by,
                "set_at": self.set_at.isoformat() if self.set_at else None}


@dataclass(frozen=True)
class Change:
    """What `set_preferences` is asked to do: `clear` first, then each field given (None: as it is)."""

    clear: bool = False
    weekdays_only: bool | None = None
    window: tuple[int, int] | None = None
    weekly_max: int | None = None
    no_sms: bool | None = None
    note: str | None = None

    @property
    def empty(self) -> bool:
        return self == Change()


def borrowers_of(conn: Connection, key: str) -> list[int]:
    """The borrower of contract `key`, else every borrower with the number `key`. Bad input
    (exit 2) when it is neither, or a contract without a known borrower."""
    key = key.strip()
    found = conn.execute(select(LOAN.c.borrower_id).where(LOAN.c.contract_no == key)).first()
    if found is not None:
        if found.borrower_id is None:
            raise UsageError("contract_no_borrower", contract_no=key)
        return [int(found.borrower_id)]
    number = inbound.number_of(key)
    ids = inbound.borrowers_with(conn, number) if any(c.isdigit() for c in number) else []
    if not ids:
        raise UsageError("prefs_who_unknown", key=key)
    return ids


def _read(conn: Connection, borrower_ids: list[int]) -> list[BorrowerPrefs]:
    rows = conn.execute(select(BORROWER.c.id, BORROWER.c.name, *PREF_COLUMNS, BORROWER.c.contact_pref_note,
                               BORROWER.c.contact_pref_set_by, BORROWER.c.contact_pref_set_at)
                        .where(BORROWER.c.id.in_(borrower_ids)).order_by(BORROWER.c.id)).all()
    contracts: dict[int, list[str]] = {}
    for borrower_id, contract_no in conn.execute(select(LOAN.c.borrower_id, LOAN.c.contract_no)
                                                 .where(LOAN.c.borrower_id.in_(borrower_ids))
                                                 .order_by(LOAN.c.contract_no)):
        contracts.setdefault(borrower_id, []).append(contract_no)
    return [BorrowerPrefs(r.id, r.name, of_columns(*r[2:7]), r.contact_pref_note, r.contact_pref_set_by,
                          as_utc(r.contact_pref_set_at), tuple(contracts.get(r.id, ()))) for r in rows]


def preferences_of(db: Database, key: str) -> list[BorrowerPrefs]:
    with db.engine.connect() as conn:
        return _read(conn, borrowers_of(conn, key))


def preferences_of_borrower(db: Database, borrower_id: int) -> BorrowerPrefs | None:
    with db.engine.connect() as conn:
        found = _read(conn, [borrower_id])
    return found[0] if found else None


def _merged(old: Preferences, change: Change) -> Preferences:
    base = NO_PREFERENCES if change.clear else old
    fields: dict[str, Any] = {}
    if change.weekdays_only is not None:
        fields["weekdays_only"] = change.weekdays_only
    if change.window is not None:
        fields["window_start"], fields["window_end"] = change.window
    if change.weekly_max is not None:
        fields["weekly_max"] = change.weekly_max or None  # 0: no limit of their own
    if change.no_sms is not None:
        fields["no_sms"] = change.no_sms
    try:
        return replace(base, **fields)
    except ValueError as exc:  # a code: prefs_window_bad, prefs_weekly_bad
        raise UsageError(str(exc)) from exc


@writes(OpChanges(loans=True, messages=True))  # the borrower's wishes, and messages a no-SMS wish withdrew
def set_preferences(db: Database, key: str, change: Change, *, by: str) -> tuple[list[BorrowerPrefs], int]:
    """Change the preferences of the borrower(s) `key` names (borrowers_of). Returns them as
    they are now and how many messages not yet claimed were withdrawn (a new "no SMS")."""
    who = actor(by, db, "hold")
    if change.empty:
        raise UsageError("prefs_nothing")
    note = None if change.note is None else change.note.strip()[:NOTE_MAX]
    now = clock.now()
    with db.engine.begin() as conn:
        ids = borrowers_of(conn, key)
        withdrawn = 0
        for current in _read(conn, ids):
            new = _merged(current.prefs, change)
            kept_note = None if change.clear else current.note
            new_note = (note or None) if note is not None else kept_note
            marked = new.any or bool(new_note)
            conn.execute(update(BORROWER).where(BORROWER.c.id == current.borrower_id).values(
                contact_weekdays_only=new.weekdays_only or None, contact_window_start=new.window_start,
                contact_window_end=new.window_end, contact_weekly_max=new.weekly_max,
                contact_no_sms=new.no_sms or None, contact_pref_note=new_note,
                contact_pref_set_by=who if marked else None, contact_pref_set_at=now if marked else None))
            if new.no_sms and not current.prefs.no_sms:
                withdrawn += inbound.withdraw(conn, "borrower_no_sms", who, now, borrower_ids=[current.borrower_id],
                                              statuses=("draft", "queued"))
        # No phone number on the chain (an erase must be able to remove the person).
        after = _read(conn, ids)
        audit.append(conn, who, "borrower_prefs", {
            "borrowers": ids, "source": "contract" if key.strip() in {c for b in after for c in b.contracts}
            else "phone", "prefs": {str(b.borrower_id): b.as_json() | {"borrower": None, "contracts": None}
                                    for b in after},
            "withdrawn": withdrawn}, at=now)
    return after, withdrawn
