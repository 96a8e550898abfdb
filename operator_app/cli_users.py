"""CLI of operator accounts (DESIGN.md "Operators (sign-in)"): `users add | list | disable | enable
| passwd`, and the global `--user NAME` sign-in. cli.build_parser calls `add_parsers`; cli.run
calls `sign_in` before any command; cli.COMMANDS takes `COMMANDS`.

A password is read from OPERATOR_APP_PASSWORD or a prompt that does not echo (a new one from the
first line of stdin with --password-stdin): never from an argument, where `ps` and the shell
history would keep it. It is never printed.
"""

from __future__ import annotations

import argparse
import getpass
import json
import os
import sys
from typing import TYPE_CHECKING, Any, TextIO

from operator_app.errors import UsageError
from operator_app.i18n import msg, translate

if TYPE_CHECKING:
    from operator_app.services.context import Database

PASSWORD_ENV = "OPERATOR_APP_PASSWORD"
# Commands that change data (or print the office's ID key) but take no --by: the role they need,
# checked here at sign-in.
_EDGE_CHECKS: dict[tuple[str, str | None], str] = {
    ("sms", "send"): "send", ("inbox", "sync"): "inbox", ("id-key", "import"): "id_key", ("id-key", "export"): "id_key"}


def add_parsers(sub: Any) -> None:
    group = sub.add_parser("users", help=translate("cli", "operator accounts: who may sign in and what they may do"))
    usub = group.add_subparsers(dest="users_command", required=True, metavar=translate("cli", "COMMAND"))
    p = usub.add_parser("add", help=translate("cli", "add an account (the office's first must be an admin)"))
    p.add_argument("name", metavar="NAME", help=translate("cli", "the name to sign in with"))
    p.add_argument("--role", required=True, choices=("clerk", "approver", "admin"),
                   help=translate("cli", "clerk (import, plan, hold), approver (+ approve, send, resolve) or admin (+ accounts, settings, transports, templates)"))
    p.add_argument("--display", metavar="TEXT", help=translate("cli", "the name shown on screen (default: NAME)"))
    p.add_argument("--password-stdin", action="store_true", help=translate("cli", "read the new password from the first line of stdin"))
    p = usub.add_parser("list", help=translate("cli", "every account, its role and whether it is disabled or locked"))
    p.add_argument("--json", action="store_true", help=translate("cli", "print the result as JSON (codes, for programs)"))
    for command, text in (("disable", translate("cli", "stop an account from signing in")),
                          ("enable", translate("cli", "let a disabled account sign in again"))):
        p = usub.add_parser(command, help=text)
        p.add_argument("name", metavar="NAME", help=translate("cli", "the account's name"))
    p = usub.add_parser("passwd", help=translate("cli", "set an account's password (an admin, or the account itself)"))
    p.add_argument("name", metavar="NAME", help=translate("cli", "the account's name"))
    p.add_argument("--password-stdin", action="store_true", help=translate("cli", "read the new password from the first line of stdin"))


def _open(args: argparse.Namespace) -> Database:
    from operator_app.services.context import open_db

    return open_db(args.db)


def _new_password(args: argparse.Namespace) -> str:
    """The new password: stdin's first line, else typed twice at a prompt that does not echo."""
    if args.password_stdin:
        return sys.stdin.readline().rstrip("\r\n")
    first = getpass.getpass(msg("password_new_prompt", name=args.name))
    if getpass.getpass(msg("password_again_prompt")) != first:
        raise UsageError("password_mismatch")
    return first


def sign_in(args: argparse.Namespace) -> None:
    """`--user NAME`: check the password and make the account the command's `by` (a --by given
    too must name it). Then the commands that take no --by are checked for the account's role;
    without --user they are refused once the office has accounts."""
    user = getattr(args, "user", None)
    edge = _EDGE_CHECKS.get((args.command, _subcommand(args)))
    if not user and edge is None:
        # The services refuse a plain --by once the office has accounts. Nothing heavy is
        # loaded yet: `import` starts its reader process before the database layer.
        return
    from operator_app.services.office import accounts, identity

    if not user:
        db = accounts.open_if_present(args.db)
        if db is not None and edge is not None:
            try:
                identity.require(db, None, edge)
            finally:
                db.dispose()
        return
    password = os.environ.get(PASSWORD_ENV)
    if password is None:
        password = getpass.getpass(msg("password_prompt", name=user))
    db = _open(args)
    try:
        signed = accounts.sign_in(db, user, password)
        if edge is not None:
            identity.require(db, signed, edge)
    finally:
        db.dispose()
    given = getattr(args, "by", None)
    if given is not None and not accounts.names_account(given, signed):
        raise UsageError("by_not_signed_in", by=given, user=signed.account.name)
    args.by = signed


def accounts_present(target: str | None) -> bool:
    """Whether the office database (when it exists) has accounts. A file not made yet is told
    without loading the database layer (a usage error answers quickly)."""
    from pathlib import Path

    from operator_app import paths

    where = target or str(paths.default_db())
    if "://" not in where and not Path(where).expanduser().exists():
        return False
    from operator_app.services.office import accounts

    db = accounts.open_if_present(target)
    if db is None:
        return False
    try:
        return accounts.has_accounts(db)
    finally:
        db.dispose()


def _subcommand(args: argparse.Namespace) -> str | None:
    for attr in ("sms_command", "inbox_command", "id_key_command"):
        if getattr(args, attr, None):
            return str(getattr(args, attr))
    return None


def cmd_users(args: argparse.Namespace, out: TextIO) -> int:
    from operator_app.services.office import accounts

    command = args.users_command
    by = getattr(args, "by", None)
    if command in ("add", "passwd"):
        accounts.check_name(args.name)  # a refused name before a password is asked for
        password = _new_password(args)
    db = _open(args)
    try:
        if command == "add":
            view = accounts.add_account(db, args.name, role=args.role, password=password, by=by, display=args.display)
            out.write(msg("account_added_line", name=view.name, role=msg("role_" + view.role)) + "\n")
        elif command == "passwd":
            accounts.set_password(db, args.name, password, by=by)
            out.write(msg("account_password_set", name=accounts.check_name(args.name)) + "\n")
        elif command in ("disable", "enable"):
            view = accounts.set_disabled(db, args.name, command == "disable", by=by)
            out.write(msg("account_" + command + "d_line", name=view.name) + "\n")
        else:
            views = accounts.list_accounts(db)
            if args.json:
                json.dump([v.as_json() for v in views], out, ensure_ascii=False)
                out.write("\n")
                return 0
            if not views:
                out.write(msg("accounts_none") + "\n")
            for v in views:
                state = msg("account_state_disabled") if v.disabled else \
                    msg("account_state_locked") if v.locked_until is not None and accounts.is_locked(v) else "-"
                out.write(f"{v.name}\t{v.display}\t{msg('role_' + v.role)}\t{state}\n")
    finally:
        db.dispose()
    return 0


COMMANDS = {"users": cmd_users}
