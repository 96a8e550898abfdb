"""Who is acting, and what they may do: the one place that turns the `by` every service takes
into an identity.

An office with no account runs as before: `by` is the free-text name given with --by. Once the
office has an account, only a signed-in account acts: `by` must then be the `Signed` value that
services.accounts.sign_in returns (a str, so every service keeps its `by: str`), its role must
allow the action, and the audit chain, the batches and the message events record it as
"account#7 alice". A plain name is refused (`sign_in_required`), whatever it spells.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from sqlalchemy import select

from operator_app.domain.names import MAX_NAME, skeleton
from operator_app.errors import UsageError
from operator_app.store.db import Database
from operator_app.store.models import operator_table

ROLES = ("clerk", "approver", "admin")
_CLERK = frozenset({"import", "plan", "template_draft", "hold", "inbox"})
_APPROVER = _CLERK | {"approve", "send", "resolve"}
# What each role may do; a role has everything of the one before it.
PERMISSIONS: dict[str, frozenset[str]] = {
    "clerk": _CLERK, "approver": _APPROVER,
    "admin": _APPROVER | {"accounts", "settings", "transports", "templates", "id_key", "backup", "privacy"},
}
_ACCOUNT = re.compile(r"account#(\d+) ")


@dataclass(frozen=True)
class Account:
    id: int
    name: str
    display: str
    role: str


class Signed(str):
    """A signed-in account as the services' `by`: its text is what the records show."""

    account: Account

    def __new__(cls, account: Account) -> Signed:
        self = super().__new__(cls, f"account#{account.id} {account.name}")
        self.account = account
        return self


def has_accounts(db: Database) -> bool:
    with db.engine.connect() as conn:
        return conn.execute(select(operator_table.c.id).limit(1)).first() is not None


def actor(by: str | None, db: Database | None = None, may: str | None = None) -> str:
    """The acting operator as the records show them. With `db` and an office that has accounts:
    a signed-in account still enabled whose role allows `may`, else refused (bad input, exit 2).
    Without accounts: the free-text name, trimmed (empty, absurdly long or posing as an account
    is bad input)."""
    if isinstance(by, Signed):
        if db is not None:
            _check(db, by.account, may)
        return str(by)
    text = " ".join((by or "").split())
    if db is not None and has_accounts(db):
        raise UsageError("sign_in_required")
    if not text or len(text) > MAX_NAME:
        raise UsageError("actor_missing")
    if _ACCOUNT.match(text + " "):
        raise UsageError("actor_looks_like_account", name=text)
    return text


def require(db: Database, by: str | None, may: str) -> None:
    """For an action that records no actor (a direct SMS, an inbox sync): once the office has
    accounts, a signed-in account whose role allows `may`."""
    if isinstance(by, Signed):
        _check(db, by.account, may)
    elif has_accounts(db):
        raise UsageError("sign_in_required")


def _check(db: Database, account: Account, may: str | None) -> None:
    """The account as the database holds it now (disabled or given another role since)."""
    with db.engine.connect() as conn:
        row = conn.execute(select(operator_table.c.role, operator_table.c.disabled)
                           .where(operator_table.c.id == account.id)).first()
    if row is None or row.disabled:
        raise UsageError("account_disabled", name=account.name)
    if may is not None and may not in PERMISSIONS.get(row.role, frozenset()):
        raise UsageError("role_forbids", name=account.name, role=row.role, action=may)


def role_of(by: str | None) -> str | None:
    """The signed-in account's role; None for a free-text name (an office without accounts)."""
    return by.account.role if isinstance(by, Signed) else None


def account_id(recorded: str | None) -> int | None:
    """The account a recorded actor ("account#7 alice") names; None for a free-text name."""
    found = _ACCOUNT.match((recorded or "") + " ")
    return int(found.group(1)) if found else None


def same_person(a: str | None, b: str | None) -> bool:
    """Maker and checker are the same person. Two accounts: the same account id, whatever the
    names. Otherwise (a batch made before the office had accounts): the same name as it looks:
    width, case, invisible characters and lookalike letters do not make a second person."""
    if a is None or b is None:
        return False
    ids = account_id(a), account_id(b)
    if ids[0] is not None and ids[1] is not None:
        return ids[0] == ids[1]
    names = [_ACCOUNT.sub("", x, count=1) for x in (a, b)]
    return skeleton(names[0]) == skeleton(names[1])
