"""Operator accounts (`users …`, `--user`): add, list, disable, enable, change a password, sign in.

A password is kept only as its argon2id hash and is never logged, printed or audited. The hash
parameters are OWASP's first recommended set (46 MiB, t=1, one lane): one lane, because an office
PC has few cores and other work on them, so a sign-in stays a small part of a CLI command; the
memory is what makes guessing costly. Five wrong passwords in a row lock the account for
fifteen minutes (audited); a right one resets the count.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Any

from sqlalchemy import Connection, func, insert, select, update

from operator_app.domain.names import MAX_NAME, NameRefused, account_name, fold, skeleton
from operator_app.errors import UsageError
from operator_app.messaging import audit
from operator_app.services import clock
from operator_app.services.office.identity import ROLES, Account, Signed, actor, has_accounts
from operator_app.store.db import Database
from operator_app.store.models import operator_table

if TYPE_CHECKING:
    from argon2 import PasswordHasher

__all__ = ["AccountView", "Signed", "add_account", "check_name", "has_accounts", "list_accounts", "set_disabled",
           "set_password", "sign_in"]

T = operator_table
MAX_FAILURES = 5
LOCK_FOR = timedelta(minutes=15)
MIN_PASSWORD = 8
HASH_PARAMS: dict[str, Any] = {"time_cost": 1, "memory_cost": 46 * 1024, "parallelism": 1}


def _hasher() -> PasswordHasher:
    from argon2 import PasswordHasher, Type

    return PasswordHasher(**HASH_PARAMS, type=Type.ID)


@dataclass(frozen=True)
class AccountView:
    id: int
    name: str
    display: str
    role: str
    disabled: bool
    locked_until: datetime | None

    def as_json(self) -> dict[str, object]:
        """DESIGN.md's `users list --json` shape."""
        return {"name": self.name, "display": self.display, "role": self.role, "disabled": self.disabled,
                "locked_until": self.locked_until.isoformat() if self.locked_until else None}


def check_name(text: str) -> str:
    """An account's name as stored; a refused name is bad input (its reason in the code)."""
    try:
        return account_name(text)
    except NameRefused as exc:
        raise UsageError(exc.code, name=text.strip()) from exc


def check_password(password: str) -> str:
    if len(password) < MIN_PASSWORD:
        raise UsageError("password_too_short", min=MIN_PASSWORD)
    return password


def _check_role(role: str) -> str:
    if role not in ROLES:
        raise UsageError("role_unknown", role=role, roles=", ".join(ROLES))
    return role


def _display(text: str | None, name: str) -> str:
    """The name to show: as typed (case and width kept), without invisible characters."""
    shown = " ".join("".join(c for c in text or "" if fold(c) or c.isspace()).split())
    return shown[:MAX_NAME] or name


def add_account(db: Database, name: str, *, role: str, password: str, by: str | None,
                display: str | None = None) -> AccountView:
    """A new account. The office's first must be an admin and needs no sign-in; after that only
    a signed-in admin adds one. A name that looks like an existing one is refused."""
    key = check_name(name)
    _check_role(role)
    check_password(password)
    first = not has_accounts(db)
    if first and role != "admin":
        raise UsageError("first_account_admin")
    who = None if first else actor(by, db, "accounts")
    digest = _hasher().hash(password)
    with db.engine.begin() as conn:
        for other in conn.execute(select(T.c.name)).scalars():
            if other == key or skeleton(other) == skeleton(key):
                raise UsageError("account_exists" if other == key else "account_lookalike", name=key, other=other)
        new_id = int(conn.execute(insert(T).values(name=key, display=_display(display, key), role=role,
                                                     password_hash=digest, disabled=False, failed_attempts=0,
                                                     created_at=clock.now()).returning(T.c.id)).scalar_one())
        audit.append(conn, who or f"account#{new_id} {key}", "account_added",
                     {"account": new_id, "name": key, "role": role, "first": first})
        return _view(conn, key)


def _view(conn: Connection, key: str) -> AccountView:
    row = conn.execute(select(T).where(T.c.name == key)).first()
    if row is None:
        raise UsageError("account_unknown", name=key)
    return AccountView(row.id, row.name, row.display, row.role, bool(row.disabled), row.locked_until)


def list_accounts(db: Database) -> list[AccountView]:
    with db.engine.connect() as conn:
        return [AccountView(r.id, r.name, r.display, r.role, bool(r.disabled), r.locked_until)
                for r in conn.execute(select(T).order_by(T.c.id))]


def set_disabled(db: Database, name: str, disabled: bool, *, by: str | None) -> AccountView:
    """Disable (or enable again) an account; never the office's last enabled admin."""
    who = actor(by, db, "accounts")
    key = check_name(name)
    with db.engine.begin() as conn:
        view = _view(conn, key)
        if disabled and view.role == "admin" and not view.disabled:
            admins = conn.execute(select(func.count()).select_from(T).where(T.c.role == "admin",
                                                                           T.c.disabled.is_(False))).scalar_one()
            if admins <= 1:
                raise UsageError("last_admin", name=key)
        conn.execute(update(T).where(T.c.id == view.id).values(disabled=disabled, failed_attempts=0,
                                                              locked_until=None))
        audit.append(conn, who, "account_disabled" if disabled else "account_enabled", {"account": view.id, "name": key})
        return _view(conn, key)


def set_password(db: Database, name: str, password: str, *, by: str | None) -> None:
    """A new password: an admin for anyone, a signed-in account for itself. Unlocks the account."""
    key = check_name(name)
    own = isinstance(by, Signed) and by.account.name == key
    who = actor(by, db, None if own else "accounts")
    digest = _hasher().hash(check_password(password))
    with db.engine.begin() as conn:
        view = _view(conn, key)
        conn.execute(update(T).where(T.c.id == view.id).values(password_hash=digest, failed_attempts=0,
                                                              locked_until=None))
        audit.append(conn, who, "account_password", {"account": view.id, "name": key})


def sign_in(db: Database, name: str, password: str) -> Signed:
    """The account, when the password is its own; else refused (exit 2) with the same words for
    an unknown name and a wrong password. The fifth failure in a row locks it for LOCK_FOR."""
    from argon2.exceptions import InvalidHashError, VerificationError

    try:
        key = account_name(name)
    except NameRefused:
        key = ""
    hasher = _hasher()
    now = clock.now()
    with db.engine.begin() as conn:
        query = select(T).where(T.c.name == key)
        row = conn.execute(query.with_for_update() if conn.dialect.name == "postgresql" else query).first()
        if row is None:
            hasher.hash(password)  # as long as a wrong password takes: no hint that the name is unknown
            refused = "sign_in_failed"
        elif row.disabled:
            refused = "account_disabled"
        elif row.locked_until is not None and row.locked_until > now:
            refused = "account_locked"
        else:
            try:
                hasher.verify(row.password_hash, password)
                refused = ""
            except (VerificationError, InvalidHashError):
                refused = "sign_in_failed"
            _count(conn, row.id, row.name, failed=bool(refused), already=row.failed_attempts, now=now)
            if not refused and hasher.check_needs_rehash(row.password_hash):
                conn.execute(update(T).where(T.c.id == row.id).values(password_hash=hasher.hash(password)))
    if refused == "account_locked":
        raise UsageError(refused, name=key, until=_local(db, row.locked_until))  # type: ignore[union-attr]
    if refused:
        raise UsageError(refused, name=key or name.strip())
    assert row is not None
    return Signed(Account(row.id, row.name, row.display, row.role))


def _count(conn: Connection, account: int, name: str, *, failed: bool, already: int, now: datetime) -> None:
    """Reset the count after a right password; count a wrong one, and lock at the fifth."""
    if not failed:
        if already:
            conn.execute(update(T).where(T.c.id == account).values(failed_attempts=0, locked_until=None))
        return
    count = already + 1
    if count >= MAX_FAILURES:
        until = now + LOCK_FOR
        conn.execute(update(T).where(T.c.id == account).values(failed_attempts=0, locked_until=until))
        audit.append(conn, f"account#{account} {name}", "account_locked",
                     {"account": account, "failures": count, "until": until.isoformat()}, at=now)
        return
    conn.execute(update(T).where(T.c.id == account).values(failed_attempts=count))
    audit.append(conn, f"account#{account} {name}", "sign_in_failed", {"account": account, "failures": count}, at=now)


def _local(db: Database, at: datetime | None) -> str:
    from operator_app.services.office.settings import office_zone

    return at.astimezone(office_zone(db)).strftime("%H:%M") if at else "-"


def names_account(given: str, signed: Signed) -> bool:
    """Whether a --by given beside --user names the signed-in account (any typing of its name)."""
    try:
        return account_name(given) == signed.account.name
    except NameRefused:
        return False


def is_locked(view: AccountView) -> bool:
    return view.locked_until is not None and view.locked_until > clock.now()


def open_if_present(target: str | None) -> Database | None:
    """The office database when it exists already (None: a SQLite file not made yet holds no
    account, and a check must not create it)."""
    from operator_app.services.office.opening import database_missing, open_office

    return None if database_missing(target) is not None else open_office(target)
