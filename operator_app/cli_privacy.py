"""CLI commands of borrowers' rights (DESIGN.md "Backups and borrowers' rights"): `privacy export
CONTRACT_NO|PHONE OUT.xlsx | erase CONTRACT_NO --reason TEXT | purge [--before DATE] [--dry-run]`,
over services/privacy*.py. cli.build_parser calls `add_parsers`; cli.COMMANDS takes `COMMANDS`.
The export's sheet names and headings are said here (context "privacy"); a column the words do
not know yet (a new borrower preference) is headed by its own name."""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any, TextIO

from operator_app.i18n import QT_TRANSLATE_NOOP, msg, translate

SHEET_WORDS = {
    "borrower": QT_TRANSLATE_NOOP("privacy", "Borrower"),
    "loan": QT_TRANSLATE_NOOP("privacy", "Loans"),
    "installment": QT_TRANSLATE_NOOP("privacy", "Installments"),
    "payment": QT_TRANSLATE_NOOP("privacy", "Payments"),
    "message": QT_TRANSLATE_NOOP("privacy", "Messages"),
    "message_event": QT_TRANSLATE_NOOP("privacy", "Message history"),
    "delivery_report": QT_TRANSLATE_NOOP("privacy", "Delivery reports"),
    "inbound": QT_TRANSLATE_NOOP("privacy", "Replies"),
}
COLUMN_WORDS = {
    "id": QT_TRANSLATE_NOOP("privacy", "No."),
    "name": QT_TRANSLATE_NOOP("privacy", "Name"),
    "phone": QT_TRANSLATE_NOOP("privacy", "Mobile"),
    "phone_raw": QT_TRANSLATE_NOOP("privacy", "Phone as imported"),
    "phone_problem": QT_TRANSLATE_NOOP("privacy", "Phone problem"),
    "id_last4": QT_TRANSLATE_NOOP("privacy", "ID number, last 4"),
    "opted_out_at": QT_TRANSLATE_NOOP("privacy", "Opted out at"),
    "hold_until": QT_TRANSLATE_NOOP("privacy", "On hold until"),
    "hold_reason": QT_TRANSLATE_NOOP("privacy", "Hold reason"),
    "locale": QT_TRANSLATE_NOOP("privacy", "Language"),
    "created_at": QT_TRANSLATE_NOOP("privacy", "Created at"),
    "erased_at": QT_TRANSLATE_NOOP("privacy", "Erased at"),
    "contract_no": QT_TRANSLATE_NOOP("privacy", "Contract no."),
    "borrower_id": QT_TRANSLATE_NOOP("privacy", "Borrower no."),
    "principal_fen": QT_TRANSLATE_NOOP("privacy", "Principal (yuan)"),
    "disbursed_on": QT_TRANSLATE_NOOP("privacy", "Disbursed on"),
    "outstanding_fen": QT_TRANSLATE_NOOP("privacy", "Outstanding on the sheet (yuan)"),
    "owed_fen": QT_TRANSLATE_NOOP("privacy", "Owed (yuan)"),
    "status": QT_TRANSLATE_NOOP("privacy", "Status"),
    "updated_at": QT_TRANSLATE_NOOP("privacy", "Updated at"),
    "loan_id": QT_TRANSLATE_NOOP("privacy", "Loan no."),
    "seq": QT_TRANSLATE_NOOP("privacy", "Installment"),
    "due_on": QT_TRANSLATE_NOOP("privacy", "Due on"),
    "amount_due_fen": QT_TRANSLATE_NOOP("privacy", "Amount due (yuan)"),
    "amount_paid_fen": QT_TRANSLATE_NOOP("privacy", "Amount paid (yuan)"),
    "paid_on": QT_TRANSLATE_NOOP("privacy", "Paid on"),
    "origin": QT_TRANSLATE_NOOP("privacy", "Source"),
    "amount_fen": QT_TRANSLATE_NOOP("privacy", "Amount (yuan)"),
    "batch_id": QT_TRANSLATE_NOOP("privacy", "Batch"),
    "installment_id": QT_TRANSLATE_NOOP("privacy", "Installment no."),
    "template_id": QT_TRANSLATE_NOOP("privacy", "Template no."),
    "to": QT_TRANSLATE_NOOP("privacy", "To"),
    "body": QT_TRANSLATE_NOOP("privacy", "Text"),
    "segments": QT_TRANSLATE_NOOP("privacy", "SMS parts"),
    "encoding": QT_TRANSLATE_NOOP("privacy", "Encoding"),
    "stage": QT_TRANSLATE_NOOP("privacy", "Stage"),
    "days_past_due": QT_TRANSLATE_NOOP("privacy", "Days overdue"),
    "reason": QT_TRANSLATE_NOOP("privacy", "Reason"),
    "transport": QT_TRANSLATE_NOOP("privacy", "Sent through"),
    "provider_ref": QT_TRANSLATE_NOOP("privacy", "Provider reference"),
    "attempts": QT_TRANSLATE_NOOP("privacy", "Attempts"),
    "error": QT_TRANSLATE_NOOP("privacy", "Error"),
    "planned_at": QT_TRANSLATE_NOOP("privacy", "Planned for"),
    "queued_at": QT_TRANSLATE_NOOP("privacy", "Approved at"),
    "sent_at": QT_TRANSLATE_NOOP("privacy", "Sent at"),
    "delivered_at": QT_TRANSLATE_NOOP("privacy", "Delivered at"),
    "message_id": QT_TRANSLATE_NOOP("privacy", "Message no."),
    "at": QT_TRANSLATE_NOOP("privacy", "At"),
    "actor": QT_TRANSLATE_NOOP("privacy", "By"),
    "detail": QT_TRANSLATE_NOOP("privacy", "Detail"),
    "reference": QT_TRANSLATE_NOOP("privacy", "Reference"),
    "recipient": QT_TRANSLATE_NOOP("privacy", "Recipient"),
    "status_code": QT_TRANSLATE_NOOP("privacy", "Status code"),
    "submitted_at": QT_TRANSLATE_NOOP("privacy", "Submitted at"),
    "discharged_at": QT_TRANSLATE_NOOP("privacy", "Delivered (network) at"),
    "received_at": QT_TRANSLATE_NOOP("privacy", "Received at"),
    "part": QT_TRANSLATE_NOOP("privacy", "Part"),
    "sender": QT_TRANSLATE_NOOP("privacy", "From"),
    "text": QT_TRANSLATE_NOOP("privacy", "Text"),
    "action": QT_TRANSLATE_NOOP("privacy", "Action taken"),
}


def sheet_name(kind: str) -> str:
    return translate("privacy", SHEET_WORDS[kind])


def heading(_kind: str, column: str) -> str:
    """A column's heading; one the words do not know yet (a column added later) keeps its name."""
    return translate("privacy", COLUMN_WORDS[column]) if column in COLUMN_WORDS else column


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
        from operator_app.services.privacy_purge import purge

        purged = purge(db, by=args.by or "operator", before=before, dry_run=args.dry_run)
    finally:
        db.dispose()
    if args.json:
        out.write(json.dumps(purged.as_json(), ensure_ascii=False) + "\n")
        return 0
    words = dict(messages=purged.messages, replies=purged.replies, loans=purged.loans, before=purged.before.isoformat())
    out.write(msg("privacy_purge_dry_run" if purged.dry_run else "privacy_purged", **words) + "\n")
    return 0


def _export(db: Any, args: argparse.Namespace, out: TextIO) -> int:
    from operator_app.services.privacy_export import export

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
    from operator_app.services.privacy import erase

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
