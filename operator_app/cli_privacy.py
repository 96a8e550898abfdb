"""CLI commands of borrowers' rights (DESIGN.md "Backups and borrowers' rights"): `privacy export
CONTRACT_NO|PHONE OUT.xlsx | erase CONTRACT_NO --reason TEXT | purge [--before DATE] [--dry-run]`,
over services/privacy*.py. cli.build_parser calls `add_parsers`; cli.COMMANDS takes `COMMANDS`.
The export's sheet names and headings are operator_app/privacy_words.py's (shared with the GUI)."""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any, TextIO

from operator_app.i18n import msg, translate
from operator_app.privacy_words import heading, sheet_name


def add_parsers(sub: Any, *, by_required: bool) -> None:
    group = sub.add_parser("privacy", help=translate("cli", "borrowers' rights: a copy of a borrower's data, erasure, retention"))
    psub = group.add_subparsers(dest="privacy_command", required=True, metavar=translate("cli", "COMMAND"))
    p = psub.add_parser("export", help=translate("cli", "everything the office holds about a borrower, as a workbook"))
    p.add_argument("key", metavar="CONTRACT_NO|PHONE", help=translate("cli", "a contract number, or the borrower's mobile number"))
    p.add_argument("out", type=Path, metavar="OUT.xlsx", help=translate("cli", "the workbook to write"))
    p.add_argument("--by", metavar="NAME", required=by_required, help=translate("cli", "who does it (for the audit trail)"))
    p.add_argument("--json", action="store_true", help=translate("cli", "print the result as JSON"))
    p = psub.add_parser("erase", help=translate("cli", "erase a borrower's personal data; amounts and dates are kept"))
    p.add_argument("contract", metavar="CONTRACT_NO", help=translate("cli", "a contract number of the borrower"))
    p.add_argument("--reason", metavar="TEXT", required=True, help=translate("cli", "why (e.g. the borrower's request and its date)"))
    p.add_argument("--by", metavar="NAME", required=by_required, help=translate("cli", "who does it (for the audit trail)"))
    p.add_argument("--json", action="store_true", help=translate("cli", "print the result as JSON"))
    p = psub.add_parser("purge", help=translate("cli", "remove the texts of loans closed longer ago than the retention setting"))
    p.add_argument("--before", metavar="YYYY-MM-DD", help=translate("cli", "loans closed before this day (default: privacy.retention_months ago)"))
    p.add_argument("--dry-run", action="store_true", help=translate("cli", "count only, change nothing"))
    p.add_argument("--by", metavar="NAME", required=by_required, help=translate("cli", "who does it (for the audit trail)"))
    p.add_argument("--json", action="store_true", help=translate("cli", "print the result as JSON"))


def cmd_privacy(args: argparse.Namespace, out: TextIO) -> int:
    from operator_app.services.context import open_db

    command = args.privacy_command
    before = None
    if command == "purge" and args.before:
        from operator_app.services.clock import parse_day

        before = parse_day(args.before)  # bad input before the database is opened
    db = open_db(args.db)
    try:
        if command == "export":
            return _export(db, args, out)
        if command == "erase":
            return _erase(db, args, out)
        from operator_app.services.office.privacy_purge import purge

        purged = purge(db, by=args.by or "operator", before=before, dry_run=args.dry_run)
    finally:
        db.dispose()
    if args.json:
        out.write(json.dumps(purged.as_json(), ensure_ascii=False) + "\n")
        return 0
    words = dict(messages=purged.messages, replies=purged.replies, loans=purged.loans, before=purged.before.isoformat())
    out.write(msg("privacy_purge_dry_run" if purged.dry_run else "privacy_purged", **words) + "\n")
    if not purged.wiped:
        out.write(msg("privacy_wal_busy") + "\n")
    return 0


def _export(db: Any, args: argparse.Namespace, out: TextIO) -> int:
    from operator_app.services.office.privacy_export import export

    made = export(db, args.key, args.out, by=args.by or "operator", sheet_name=sheet_name, heading=heading)
    if args.json:
        out.write(json.dumps({"path": str(made.path), "borrowers": made.borrowers, "loans": made.loans,
                              "messages": made.messages, "replies": made.replies}, ensure_ascii=False) + "\n")
        return 0
    out.write(msg("privacy_exported", path=made.path, borrowers=made.borrowers, loans=made.loans,
                  messages=made.messages, replies=made.replies) + "\n")
    if made.borrowers > 1:
        out.write(msg("privacy_several_borrowers", count=made.borrowers) + "\n")
    elif made.loans > 1:
        out.write(msg("privacy_several_loans", count=made.loans) + "\n")
    return 0


def _erase(db: Any, args: argparse.Namespace, out: TextIO) -> int:
    from operator_app.services.office.privacy import erase

    done = erase(db, args.contract, reason=args.reason, by=args.by or "operator")
    if args.json:
        out.write(json.dumps(done.as_json(), ensure_ascii=False) + "\n")
        return 0
    contracts = msg("list_separator").join(done.contracts)
    lines = [msg("privacy_erased", contracts=contracts, messages=done.messages, replies=done.replies)]
    if len(done.contracts) > 1:
        lines.append(msg("privacy_erased_loans", contracts=contracts))
    if done.withdrawn:
        lines.append(msg("privacy_erased_withdrawn", count=done.withdrawn))
    if done.entries:
        lines.append(msg("privacy_erased_entries", count=done.entries))
    if done.shared_phone:
        lines.append(msg("privacy_erased_shared"))
    if not db.is_sqlite:
        lines.append(msg("privacy_postgresql"))
    elif not done.wiped:
        lines.append(msg("privacy_wal_busy"))
    if done.backups:
        lines.append(msg("privacy_backups", count=len(done.backups), path=done.backups[0]))
    out.write("\n".join(lines) + "\n")
    return 0


COMMANDS = {"privacy": cmd_privacy}
