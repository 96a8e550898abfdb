"""The command line: the same services as the GUI, one-line errors in the operator's language.

Exit codes: 0 success, 1 failure at run time, 2 bad usage or bad input (DESIGN.md). Every library
beyond the standard one is imported inside the command that needs it: `--help` and bad
arguments answer without loading SQLAlchemy, Alembic or openpyxl.
"""

from __future__ import annotations

import argparse
import csv
import json
import logging
import sys
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, NoReturn, TextIO

from operator_app import cli_batches, cli_outbox, cli_transports, i18n, paths
from operator_app.domain.money import format_fen
from operator_app.errors import KnownError
from operator_app.i18n import msg
from operator_app.importing.headers import parse_overrides

if TYPE_CHECKING:
    from operator_app.services.context import Database

log = logging.getLogger("operator_app.cli")
DEMO_HELP = ("generate the demo office into --db, else into the default database (data/operator.db), "
             "where `queue` and the GUI find it; an earlier demo there is replaced, a database holding the "
             "office's own loans is refused (exit 2)")


class Parser(argparse.ArgumentParser):
    """argparse with its usage errors as one line in the operator's language (exit 2)."""

    def error(self, message: str) -> NoReturn:
        self.exit(2, msg("usage_error", detail=message) + "\n")


def write_problem_report(path: Path, headers: list[str], rows: Any, issues: Iterable[Any],
                         describe: Callable[[Any], str], columns: tuple[str, str]) -> None:
    """importing.report.write_problem_report, imported when a report is asked for (openpyxl)."""
    from operator_app.importing.report import write_problem_report as write

    write(path, headers, rows, issues, describe, columns)


def build_parser() -> argparse.ArgumentParser:
    parser = Parser(prog="main.py", description="催收短信工作台 / collections SMS desk")
    parser.add_argument("--db", help="database: a file path, sqlite:///… or postgresql+psycopg://…")
    parser.add_argument("--demo", action="store_true", help="open a generated demo office with a virtual modem")
    parser.add_argument("--lang", choices=i18n.LANGUAGES, help="language of messages (default: Chinese)")
    parser.add_argument("--debug", action="store_true", help="show tracebacks")
    sub = parser.add_subparsers(dest="command")

    p = sub.add_parser("import", help="import a borrower spreadsheet (.xlsx, .xls, .csv)")
    p.add_argument("file", type=Path)
    p.add_argument("--sheet")
    p.add_argument("--map", action="append", default=[], metavar="FIELD=HEADER")
    p.add_argument("--kind", choices=("loan", "installment"), help="sheet kind (detected when omitted)")
    p.add_argument("--dry-run", action="store_true")
    p.add_argument("--report", type=Path, metavar="OUT.xlsx")
    p.add_argument("--by", default="operator", help="who imports (for the audit trail)")
    p.add_argument("--json", action="store_true")

    p = sub.add_parser("queue", help="loans with outstanding amounts, days past due and stage")
    p.add_argument("--as-of", dest="as_of")
    p.add_argument("--stage")
    fmt = p.add_mutually_exclusive_group()
    fmt.add_argument("--json", action="store_true")
    fmt.add_argument("--csv", action="store_true")

    p = sub.add_parser("demo", help=DEMO_HELP, description=DEMO_HELP)
    p.add_argument("--loans", type=_positive_int, default=3000)
    p.add_argument("--as-of", dest="as_of")

    p = sub.add_parser("audit", help="the audit trail")
    p.add_argument("action", choices=("verify",))

    sms = sub.add_parser("sms", help="send one SMS directly (no loans involved)")
    sms_sub = sms.add_subparsers(dest="sms_command", required=True)
    p = sms_sub.add_parser("send")
    p.add_argument("--transport", required=True, metavar="SPEC")
    p.add_argument("--to", required=True)
    p.add_argument("--text", required=True)
    p.add_argument("--no-report", action="store_true", help="do not ask for a delivery report")
    p.add_argument("--wait-report", type=float, default=0, metavar="SECONDS",
                   help="wait this long for delivery reports and print the outcome")
    p.add_argument("--template-code", metavar="CODE", help="the provider's approved template (Aliyun SMS)")
    p.add_argument("--param", action="append", default=[], metavar="NAME=VALUE",
                   help="a value of the provider's template (repeatable)")
    p.add_argument("--json", action="store_true")

    modem = sub.add_parser("modem", help="GSM modem tools")
    modem_sub = modem.add_subparsers(dest="modem_command", required=True)
    p = modem_sub.add_parser("probe")
    p.add_argument("spec", metavar="SPEC")
    p.add_argument("--json", action="store_true")
    p = modem_sub.add_parser("emulate", help="serve a virtual modem")
    where = p.add_mutually_exclusive_group()
    where.add_argument("--tcp", type=int, metavar="PORT")
    where.add_argument("--pty", type=Path, metavar="LINK")
    p.add_argument("--log", type=Path, metavar="FILE", help="append every received message as a JSON line")
    p.add_argument("--pin")
    p.add_argument("--fail-every", type=int, default=0, metavar="N", help="+CMS ERROR on every Nth send")
    p.add_argument("--no-network", action="store_true")
    p.add_argument("--unplug-after", type=int, default=0, metavar="N")
    p.add_argument("--delay", type=float, default=0.0, metavar="SECONDS")
    p.add_argument("--noise", action="store_true", help="sprinkle unsolicited ^RSSI lines")
    p.add_argument("--rate-limit", type=int, default=0, metavar="PER_MINUTE")
    p.add_argument("--drop-before-prompt", type=int, default=0, metavar="N",
                   help="drop the line on the Nth send before the prompt (nothing sent)")
    p.add_argument("--drop-after-pdu", type=int, default=0, metavar="N",
                   help="drop the line after accepting the Nth message, before answering")
    p.add_argument("--for", dest="duration", type=float, default=0, metavar="SECONDS",
                   help="stop after this long (default: until Ctrl+C)")
    cli_batches.add_parsers(sub)
    cli_outbox.add_parsers(sub)
    cli_transports.add_parsers(sub)
    return parser


def _positive_int(text: str) -> int:
    """argparse type: a whole number of at least 1 (its error becomes one usage line, exit 2)."""
    if not text.strip().isdigit() or int(text) < 1:
        raise argparse.ArgumentTypeError(f"not a positive whole number: {text!r}")
    return int(text)


def _open(args: argparse.Namespace, *, create: bool = False) -> Database:
    """The database of `--db`; a SQLite file that does not exist is created only with `create`
    (`import`), else bad input (services.context.open_db)."""
    from operator_app.services.context import open_db

    return open_db(args.db, create=create)


def cmd_import(args: argparse.Namespace, out: TextIO) -> int:
    from operator_app.importing.child import start_reader

    overrides = parse_overrides(args.map)
    # The reader process starts first and parses while this process loads the database layer
    # and opens the database (whose errors still come first).
    reader = start_reader(args.file, sheet=args.sheet, overrides=overrides, kind=args.kind)
    try:
        from operator_app.services.context import database_missing
        from operator_app.services.import_file import import_file

        if not args.dry_run and database_missing(args.db) is not None:
            reader.check_opened()  # a file that cannot be imported creates no database
        db = _open(args, create=not args.dry_run)
    except BaseException:
        reader.close()
        raise
    try:
        result = import_file(db, args.file, sheet=args.sheet, overrides=overrides, kind=args.kind,
                             dry_run=args.dry_run, actor=args.by, reader=reader)
    finally:
        db.dispose()
    issues = [*result.rejected, *result.warnings]
    if args.report and issues:  # no problem rows: no file (an older report there is left alone)
        write_problem_report(args.report, result.headers, result.problem_rows, issues,
                             lambda i: msg(i.detail, **i.params), (msg("report_row_column"), msg("report_error_column")))
    if args.json:
        json.dump(result.as_json(), out, ensure_ascii=False, indent=2)
        out.write("\n")
        return 0
    out.write(msg("import_summary", rows_read=result.rows_read, loans_created=result.loans_created,
                 loans_updated=result.loans_updated, loans_unchanged=result.loans_unchanged,
                 installments=result.installments, rejected=len({i.row for i in result.rejected}),
                 warnings=len(result.warnings)) + "\n")
    for issue in [*result.rejected, *result.warnings]:
        column = f" [{issue.column}]" if issue.column else ""
        out.write(f"  {issue.row}{column} {issue.code}: {msg(issue.detail, **issue.params)}\n")
    if args.dry_run:
        out.write(msg("import_dry_run") + "\n")
    if args.report:
        out.write(msg("report_written" if issues else "report_none", path=args.report) + "\n")
    return 0


def cmd_queue(args: argparse.Namespace, out: TextIO) -> int:
    from operator_app.services.stages import check_stage

    check_stage(args.stage)  # before the database is opened (or created): bad input changes nothing
    from operator_app.domain.text import spreadsheet_safe
    from operator_app.services.clock import parse_day
    from operator_app.services.queue import queue

    today = parse_day(args.as_of)
    db = _open(args)
    try:
        rows = queue(db, today, stage=args.stage)
    finally:
        db.dispose()
    if args.json:
        json.dump([r.as_json() for r in rows], out, ensure_ascii=False, indent=1)
        out.write("\n")
    elif args.csv:
        writer = csv.writer(out)
        writer.writerow(["contract_no", "borrower", "phone", "outstanding_fen", "days_past_due", "stage",
                         "eligible", "exclusions"])
        for r in rows:
            writer.writerow([spreadsheet_safe(v) for v in (r.contract_no, r.borrower or "", r.phone or r.phone_raw or "",
                             r.outstanding_fen, r.days_past_due, r.stage, int(r.eligible), " ".join(r.exclusions))])
    else:
        # For a person: their language, phones masked as on screen; --json/--csv keep the codes.
        out.write("\t".join(msg(c) for c in ("col_contract", "col_borrower", "col_mobile", "col_outstanding",
                                            "col_days_past_due", "col_stage", "col_excluded")) + "\n")
        for r in rows:
            reasons = msg("list_separator").join(msg(f"exclusion_{e}") for e in r.exclusions)
            out.write(f"{r.contract_no}\t{r.borrower or '-'}\t{r.shown_phone or '-'}\t{format_fen(r.outstanding_fen)}\t"
                      f"{r.days_past_due}\t{msg(f'stage_{r.stage}')}\t{reasons or '-'}\n")
    return 0


def cmd_demo(args: argparse.Namespace, out: TextIO) -> int:
    from operator_app.services.context import fill_demo, shown_target

    target = args.db or str(paths.default_db())
    from operator_app.services.clock import parse_day

    n = fill_demo(target, today=parse_day(args.as_of), loans=args.loans)
    out.write(msg("demo_created", path=shown_target(target), loans=n) + "\n")
    db_arg = f" --db {shown_target(args.db)}" if args.db else ""
    out.write(msg("demo_next", command=f"python main.py{db_arg} queue") + "\n")
    return 0


def cmd_audit(args: argparse.Namespace, out: TextIO) -> int:
    from operator_app.services.context import verify_audit

    db = _open(args)
    try:
        verdict = verify_audit(db)
    finally:
        db.dispose()
    if verdict.ok:
        out.write(msg("audit_ok", entries=verdict.entries) + "\n")
        return 0
    out.write(msg("audit_broken", entry=verdict.broken_at) + "\n")
    return 1


def _saved_spec(args: argparse.Namespace, spec: str) -> str:
    """`profile:NAME` (or a saved bare NAME) as the spec it stands for; other specs unchanged."""
    from operator_app.services import transports

    if not transports.looks_like_reference(spec):
        return spec
    db = _open(args)
    try:
        return transports.resolve(db, [spec])[0]
    finally:
        db.dispose()


def cmd_sms(args: argparse.Namespace, out: TextIO) -> int:
    from operator_app.services.sms_send import send_sms

    args.transport = _saved_spec(args, args.transport)

    template = None
    if args.template_code:  # providers that send only their approved templates (Aliyun SMS)
        from operator_app.services.sms_send import provider_template

        template = provider_template(args.template_code, args.param)
    result = send_sms(args.transport, args.to, args.text, status_report=not args.no_report,
                      wait_report=args.wait_report, template=template)
    if args.json:
        json.dump(result.as_json(), out, ensure_ascii=False)
        out.write("\n")
    else:
        out.write(msg("sms_sent", to=result.to, parts=result.parts, encoding=msg("encoding_" + result.encoding),
                      references=",".join(result.references), status=msg("sms_status_" + result.status)) + "\n")
    return 0


def cmd_modem(args: argparse.Namespace, out: TextIO) -> int:
    if args.modem_command == "emulate":
        return _emulate(args, out)
    from operator_app.services.sms_send import probe_modem

    info = probe_modem(_saved_spec(args, args.spec))
    if args.json:
        json.dump(info.as_json(), out, ensure_ascii=False)
        out.write("\n")
        return 0
    shown = {**info.as_json(), "registered": msg("value_yes" if info.registered else "value_no")}
    for key in ("manufacturer", "model", "revision", "imei", "sim", "operator"):
        shown[key] = shown[key] or msg("value_unknown")
    if info.signal_dbm is None:
        out.write(msg("probe_result_no_signal", **shown) + "\n")
    else:
        out.write(msg("probe_result", **shown) + "\n")
    return 0


def _emulate(args: argparse.Namespace, out: TextIO) -> int:
    import time

    from operator_app.services.sms_send import Faults, start_emulator

    faults = Faults(cms_every=args.fail_every, no_network=args.no_network, unplug_after=args.unplug_after,
                    delay=args.delay, noise=args.noise, rate_limit=args.rate_limit,
                    drop_before_prompt=args.drop_before_prompt, drop_after_pdu=args.drop_after_pdu)
    modem, where = start_emulator(tcp=args.tcp, pty=args.pty, log=args.log, pin=args.pin, faults=faults)
    out.write(msg("emulator_listening", where=where) + "\n")
    out.flush()
    try:
        deadline = time.monotonic() + args.duration if args.duration else None
        while deadline is None or time.monotonic() < deadline:
            time.sleep(0.2)
    except KeyboardInterrupt:
        pass  # Ctrl+C is how an emulator is stopped
    finally:
        modem.stop()
    return 0


COMMANDS: dict[str, Callable[[argparse.Namespace, TextIO], int]] = {
    "import": cmd_import, "queue": cmd_queue, "demo": cmd_demo, "audit": cmd_audit, "sms": cmd_sms,
    "modem": cmd_modem,
}
COMMANDS.update(cli_batches.COMMANDS)
COMMANDS.update(cli_outbox.COMMANDS)
COMMANDS.update(cli_transports.COMMANDS)


def run(args: argparse.Namespace, out: TextIO | None = None, err: TextIO | None = None) -> int:
    out = out or sys.stdout
    err = err or sys.stderr
    try:
        return COMMANDS[args.command](args, out)
    except KnownError as exc:  # expected: its own message and exit code, no traceback
        from operator_app.services.error_text import error_params

        if args.debug:
            log.exception("known error")
        err.write(msg(exc.code, **error_params(exc, i18n.language())) + "\n")
        return exc.exit_code
    except KeyboardInterrupt:
        err.write(msg("interrupted") + "\n")
        return 1
    except BrokenPipeError:  # `queue | head`: the reader left, which is not an error of ours
        import os

        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
    except Exception as exc:
        if args.debug:
            raise
        err.write(msg("unexpected_error", detail=f"{type(exc).__name__}: {exc}".splitlines()[0]) + "\n")
        return 1


def parse_args(argv: Sequence[str] | None = None) -> argparse.Namespace:
    """Parse the command line in the operator's language: --lang is read first, so even a usage
    error is worded in it."""
    early = Parser(add_help=False)
    early.add_argument("--lang", choices=i18n.LANGUAGES)
    known, _rest = early.parse_known_args(argv)
    i18n.set_language(i18n.pick_language(known.lang))
    args = build_parser().parse_args(argv)
    i18n.set_language(i18n.pick_language(args.lang))
    # The operator reads one translated line per outcome; the modules' English log lines are for
    # --debug (a warning printed before that line would read as a second, untranslated error).
    logging.basicConfig(level=logging.DEBUG if args.debug else logging.ERROR)
    return args


def main(argv: Sequence[str] | None = None) -> int:
    """The commands only; operator_app.__main__ opens the GUI when no command is given."""
    args = parse_args(argv)
    if args.command is None:
        build_parser().print_usage()
        return 2
    return run(args)
