"""CLI commands of the dispatcher: `send`, `messages`, `message resolve|resend`, `inbox [sync]`,
`hold`, `release`, `opt-out`, `borrower prefs`, `report` (DESIGN.md's CLI contract). cli.build_parser calls
`add_parsers`; cli.COMMANDS takes `COMMANDS`."""

from __future__ import annotations

import argparse
import json
import sys
import time
from datetime import datetime
from typing import TYPE_CHECKING, Any, TextIO

from operator_app import i18n, paths
from operator_app.domain.outbox import STATES as MESSAGE_STATES
from operator_app.i18n import choices, code_for, language, msg, reason_text, template_name, translate

if TYPE_CHECKING:
    from operator_app.services.context import Database


def add_parsers(sub: Any, by_required: bool = True) -> None:
    """`by_required`: --by must be given (no --user signs in; DESIGN.md "Operators")."""
    p = sub.add_parser("send", help=translate("cli", "send an approved batch through one or more transports"))
    p.add_argument("batch", type=int, metavar="BATCH_ID", help=translate("cli", "the batch number"))
    p.add_argument("--transport", action="append", default=[], required=True, metavar="SPEC",
                   help=translate("cli", "how to send: modem:PORT, kannel:URL, … or a saved transport's name (repeatable)"))
    p.add_argument("--wait", action="store_true", help=translate("cli", "keep going through the send window, caps and backoff"))
    p.add_argument("--by", metavar="NAME", help=translate("cli", "who sends (for the audit trail; signed in with --user, the account)"))
    p.add_argument("--json", action="store_true", help=translate("cli", "print the result as JSON (codes, for programs)"))

    p = sub.add_parser("messages", help=translate("cli", "the outbox"))
    p.add_argument("--batch", type=int, metavar="ID", help=translate("cli", "only this batch's messages"))
    p.add_argument("--status", metavar="STATUS", help=translate("cli", "only messages in this state: {states}").format(
        states=choices(MESSAGE_STATES, "state_")))
    p.add_argument("--json", action="store_true", help=translate("cli", "print the result as JSON (codes, for programs)"))

    p = sub.add_parser("message", help=translate("cli", "an operator's decision about one message"))
    msub = p.add_subparsers(dest="message_command", required=True, metavar=translate("cli", "COMMAND"))
    q = msub.add_parser("resolve", help=translate("cli", "say what became of an unknown message"))
    q.add_argument("id", type=int, metavar="ID", help=translate("cli", "the message number"))
    q.add_argument("--as", dest="as_", required=True, choices=("sent", "failed"),
                   help=translate("cli", "sent (it went out) or failed (it did not)"))
    q.add_argument("--by", required=by_required, metavar="NAME", help=translate("cli", "who does it (for the audit trail)"))
    q = msub.add_parser("resend", help=translate("cli", "queue a failed or unknown message again"))
    q.add_argument("id", type=int, metavar="ID", help=translate("cli", "the message number"))
    q.add_argument("--by", required=by_required, metavar="NAME", help=translate("cli", "who does it (for the audit trail)"))

    p = sub.add_parser("inbox", help=translate("cli", "borrowers' replies"))
    isub = p.add_subparsers(dest="inbox_command", metavar=translate("cli", "COMMAND"))
    q = isub.add_parser("sync", help=translate("cli", "read the replies stored on a modem"))
    q.add_argument("--transport", required=True, metavar="SPEC", help=translate("cli", "the modem: modem:PORT or a saved transport's name"))
    q.add_argument("--json", action="store_true", help=translate("cli", "print the result as JSON (codes, for programs)"))
    p.add_argument("--json", action="store_true", help=translate("cli", "print the result as JSON (codes, for programs)"))

    p = sub.add_parser("hold", help=translate("cli", "stop messages to a contract's borrower (dispute)"))
    p.add_argument("contract_no", metavar="CONTRACT_NO", help=translate("cli", "the contract number"))
    p.add_argument("--reason", required=True, metavar="TEXT", help=translate("cli", "why (kept in the audit trail)"))
    p.add_argument("--by", required=by_required, metavar="NAME", help=translate("cli", "who does it (for the audit trail)"))
    p = sub.add_parser("release", help=translate("cli", "end a hold"))
    p.add_argument("contract_no", metavar="CONTRACT_NO", help=translate("cli", "the contract number"))
    p.add_argument("--by", required=by_required, metavar="NAME", help=translate("cli", "who does it (for the audit trail)"))
    p = sub.add_parser("opt-out", help=translate("cli", "a number asked for no more messages"))
    p.add_argument("phone", metavar="PHONE", help=translate("cli", "the mobile number"))
    p.add_argument("--by", required=by_required, metavar="NAME", help=translate("cli", "who does it (for the audit trail)"))

    p = sub.add_parser("borrower", help=translate("cli", "a borrower's own wishes"))
    bsub = p.add_subparsers(dest="borrower_command", required=True, metavar=translate("cli", "COMMAND"))
    q = bsub.add_parser("prefs", help=translate("cli", "show or change a borrower's contact preferences (from a reply or a call)"))
    q.add_argument("who", metavar="CONTRACT_NO|PHONE", help=translate("cli", "the contract number, or the borrower's mobile number"))
    q.add_argument("--weekdays-only", action="store_true", help=translate("cli", "only on working days"))
    q.add_argument("--window", metavar="HH:MM-HH:MM", help=translate("cli", "only between these times, e.g. 18:00-20:00"))
    q.add_argument("--weekly-max", type=int, metavar="N", help=translate("cli", "at most N messages in 7 days (0: no limit of their own)"))
    q.add_argument("--no-sms", action="store_true", help=translate("cli", "no SMS at all: call instead"))
    q.add_argument("--clear", action="store_true", help=translate("cli", "remove the preferences first (then apply any given)"))
    q.add_argument("--note", metavar="TEXT", help=translate("cli", "where the wish came from (a reply, a call)"))
    q.add_argument("--by", metavar="NAME", help=translate("cli", "who does it (for the audit trail)"))
    q.add_argument("--json", action="store_true", help=translate("cli", "print the result as JSON (codes, for programs)"))

    p = sub.add_parser("report", help=translate("cli", "effectiveness per stage and template"))
    p.add_argument("--from", dest="from_day", metavar="YYYY-MM-DD", help=translate("cli", "the first day counted"))
    p.add_argument("--to", dest="to_day", metavar="YYYY-MM-DD", help=translate("cli", "the last day counted"))
    p.add_argument("--json", action="store_true", help=translate("cli", "print the result as JSON (codes, for programs)"))


def _open(args: argparse.Namespace) -> Database:
    from operator_app.services.context import open_db

    return open_db(args.db or paths.default_db(), daily_backup=True)


def _dump(data: object, out: TextIO) -> None:
    json.dump(data, out, ensure_ascii=False, indent=1)
    out.write("\n")


class _StderrProgress:
    """Progress on stderr, at most every two seconds (the CLI's face of services.Progress)."""

    def __init__(self) -> None:
        self._last = 0.0

    def report(self, done: int, total: int, note: str = "") -> None:
        now = time.monotonic()
        if note == "done" or now - self._last < 2.0 or not done:
            return
        self._last = now
        eta = note[4:] if note.startswith("eta=") else "?"
        sys.stderr.write(msg("send_progress", done=done, total=total, eta=eta) + "\n")

    def check_cancelled(self) -> None:
        pass


def cmd_send(args: argparse.Namespace, out: TextIO) -> int:
    """Exit 0 when the run did what could be done now; 1 when an office fault stopped a transport
    (one line per fault on stderr: the cause and what to do; its messages still queued); 130 on
    Ctrl-C (a line saying how many went and how many are left)."""
    from operator_app.services.error_text import error_params
    from operator_app.services.office.settings import office_zone
    from operator_app.services.sending.dispatch import send_batch

    db = _open(args)
    try:
        summary = send_batch(db, args.batch, args.transport, wait=args.wait, progress=_StderrProgress(), by=args.by)
        zone = office_zone(db)
    finally:
        db.dispose()

    def local(at: datetime) -> str:  # as the office's clock shows it
        return at.astimezone(zone).strftime("%Y-%m-%d %H:%M")

    if args.json:
        _dump(summary.as_json(), out)
    else:
        data = summary.as_json()
        out.write(msg("send_summary", **data, counts=state_counts(data)) + "\n")
        if summary.recovered:
            out.write(msg("send_recovered", count=summary.recovered) + "\n")
        for transport, until, code, params in summary.paused:
            why = msg(code, **params) if params else reason_text(code)
            out.write("  " + msg("send_paused", transport=transport, until=local(until), reason=why) + "\n")
        for reason, count in summary.cancelled.items():
            out.write("  " + msg("send_cancelled", count=count, reason=reason_text(reason)) + "\n")
        for w in summary.waiting:
            if w.reason == "expires":  # cannot go before its day ends: cancelled then, not sent tomorrow
                out.write("  " + msg("send_expires", count=w.count, until=local(w.until) if w.until else "-") + "\n")
                continue
            out.write("  " + msg("send_waits", count=w.count, reason=reason_text(w.reason),
                                 until=local(w.until) if w.until else "-") + "\n")
    if summary.stopped:
        sys.stderr.write(msg("send_interrupted", sent=summary.sent_now, left=summary.left) + "\n")
        return 130
    for fault in summary.faults:
        sys.stderr.write(msg(fault.error.code, **error_params(fault.error, language())) + "\n")
    return 1 if summary.faults else 0


def cmd_messages(args: argparse.Namespace, out: TextIO) -> int:
    from operator_app.domain.phones import shown_phone
    from operator_app.services.reports.messages import list_messages

    db = _open(args)
    try:
        rows = list_messages(db, batch=args.batch,
                             status=code_for(args.status, MESSAGE_STATES, "state_") if args.status else None)
    finally:
        db.dispose()
    if args.json:
        _dump([r.as_json() for r in rows], out)
        return 0
    out.write("\t".join(msg(c) for c in ("col_message", "col_batch", "col_contract", "col_mobile", "col_status",
                                        "col_attempts", "col_references", "col_why")) + "\n")
    for r in rows:
        why = reason_text(r.reason)
        if r.error and r.status in ("failed", "unknown"):  # the stored error's sentence, with its values
            params = dict(r.error.get("params") or {})  # type: ignore[call-overload]
            said = msg(str(r.error.get("code")), **params)
            why = said if r.reason == r.error.get("code") else msg("label_count", label=why, count=said)
        out.write(f"#{r.id}\t{r.batch}\t{r.contract_no}\t{shown_phone(r.to)}\t{msg('state_' + r.status)}\t{r.attempts}"
                  f"\t{r.provider_ref or '-'}\t{why or '-'}\n")
    return 0


def cmd_message(args: argparse.Namespace, out: TextIO) -> int:
    from operator_app.services.reports import messages

    db = _open(args)
    try:
        if args.message_command == "resolve":
            messages.resolve(db, args.id, as_=args.as_, by=args.by)
            out.write(msg("message_resolved", id=args.id, status=args.as_) + "\n")
        else:
            messages.resend(db, args.id, by=args.by)
            out.write(msg("message_requeued", id=args.id) + "\n")
    finally:
        db.dispose()
    return 0


def cmd_inbox(args: argparse.Namespace, out: TextIO) -> int:
    from operator_app.domain.phones import shown_number
    from operator_app.services.office.settings import office_zone
    from operator_app.services.reports import inbox
    from operator_app.services.sending import listening

    db = _open(args)
    try:
        if args.inbox_command == "sync":
            result = listening.sync_inbox(db, args.transport)
            if args.json:
                _dump(result.as_json(), out)
            else:
                out.write(msg("inbox_synced", **result.as_json()) + "\n")
                out.write(msg("inbox_reports_synced", **result.as_json()) + "\n")
            return 0
        rows = inbox.list_inbox(db)
        zone = office_zone(db)
    finally:
        db.dispose()
    if args.json:
        _dump([r.as_json() for r in rows], out)
        return 0
    # For a person: a header row, and when each reply came on the office's clock (never UTC).
    out.write("\t".join(msg(c) for c in ("col_reply", "col_received", "col_sender", "col_contract", "col_borrower",
                                        "col_action", "col_text")) + "\n")
    for r in rows:
        out.write(f"#{r.id}\t{r.received_at.astimezone(zone).strftime('%Y-%m-%d %H:%M')}\t{shown_number(r.sender)}"
                  f"\t{r.contract_no or '-'}\t{r.borrower or '-'}\t{msg('reply_action_' + r.action)}\t{r.text}\n")
    return 0


def cmd_stop(args: argparse.Namespace, out: TextIO) -> int:
    from operator_app.services.reports import inbox

    db = _open(args)
    try:
        if args.command == "hold":
            n = inbox.hold_contract(db, args.contract_no, reason=args.reason, by=args.by)
            out.write(msg("hold_done", contract_no=args.contract_no, withdrawn=n) + "\n")
        elif args.command == "release":
            inbox.release_contract(db, args.contract_no, by=args.by)
            out.write(msg("release_done", contract_no=args.contract_no) + "\n")
        else:
            borrowers, n = inbox.opt_out_phone(db, args.phone, by=args.by)
            out.write(msg("opt_out_done", borrowers=borrowers, withdrawn=n) + "\n")
    finally:
        db.dispose()
    return 0


def cmd_borrower(args: argparse.Namespace, out: TextIO) -> int:
    """`borrower prefs WHO`: without an option it shows them; with options it changes them."""
    from operator_app.domain.preferences import parse_window
    from operator_app.errors import UsageError
    from operator_app.services.book import preferences

    window = None
    if args.window is not None:
        try:
            window = parse_window(args.window)
        except ValueError as exc:
            raise UsageError(str(exc), window=args.window) from exc
    change = preferences.Change(clear=args.clear, weekdays_only=True if args.weekdays_only else None, window=window,
                                weekly_max=args.weekly_max, no_sms=True if args.no_sms else None, note=args.note)
    db = _open(args)
    try:
        if change.empty:
            found, withdrawn = preferences.preferences_of(db, args.who), None
        else:
            found, withdrawn = preferences.set_preferences(db, args.who, change, by=args.by)
        zone = _office_zone(db)
    finally:
        db.dispose()
    if args.json:
        _dump([b.as_json() for b in found], out)
        return 0
    for b in found:
        words = msg("list_separator").join(msg(code, **values) for code, values in b.prefs.phrases()) \
            or msg("prefs_none")
        out.write(msg("prefs_line", borrower=b.name or "-", contracts=msg("list_separator").join(b.contracts) or "-", prefs=words) + "\n")
        if b.note:
            out.write("  " + msg("prefs_note", note=b.note) + "\n")
        if b.set_at is not None:
            out.write("  " + msg("prefs_set", by=b.set_by or "-",
                                 at=b.set_at.astimezone(zone).strftime("%Y-%m-%d %H:%M")) + "\n")
    if withdrawn:
        out.write(msg("prefs_withdrawn", withdrawn=withdrawn) + "\n")
    return 0


def _office_zone(db: Database) -> Any:
    from operator_app.services.office.settings import office_zone

    return office_zone(db)


def cmd_report(args: argparse.Namespace, out: TextIO) -> int:
    from operator_app.services.clock import parse_day
    from operator_app.services.reports.report import COUNTS, effectiveness, report_period

    db = _open(args)
    try:
        from_day = parse_day(args.from_day) if args.from_day else None
        to_day = parse_day(args.to_day) if args.to_day else None
        data = effectiveness(db, from_day=from_day, to_day=to_day)
        start, end = report_period(db, from_day, to_day)
    finally:
        db.dispose()
    if args.json:
        _dump(data, out)
        return 0
    out.write(msg("report_period", start=start.isoformat(), end=end.isoformat()) + "\n")
    for group, first in (("by_stage", "report_col_stage"), ("by_template", "report_col_template")):
        out.write(msg("report_" + group) + "\n")
        out.write(msg(first) + "\t" + "\t".join(msg("report_col_" + c) for c in COUNTS) + "\n")
        for name, counts in data[group].items():  # a stage, a template, in words
            shown = msg("stage_" + name) if group == "by_stage" and "stage_" + name in i18n.MESSAGES \
                else template_name(name)
            out.write(shown + "\t" + "\t".join(str(counts[c]) for c in COUNTS) + "\n")
    return 0


def state_counts(data: dict[str, Any]) -> str:
    """A send summary's counts (send_summary.COUNTED), each with its state's one word."""
    from operator_app.services.sending.send_summary import COUNTED

    return msg("list_separator").join(msg("state_count", count=data[k], state=msg("state_" + k)) for k in COUNTED)


COMMANDS = {"send": cmd_send, "messages": cmd_messages, "message": cmd_message, "inbox": cmd_inbox,
            "hold": cmd_stop, "release": cmd_stop, "opt-out": cmd_stop, "borrower": cmd_borrower,
            "report": cmd_report}
