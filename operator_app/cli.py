"""The command line: the same services as the GUI, one-line errors in the operator's language.

Exit codes: 0 success, 1 failure at run time, 2 bad usage or bad input (DESIGN.md). Every library
beyond the standard one is imported inside the command that needs it: `--help` and bad
arguments answer without loading SQLAlchemy, Alembic or openpyxl.
"""

from __future__ import annotations

import argparse
import csv
import io
import json
import logging
import sys
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, NoReturn, TextIO

from operator_app import (
    cli_backup,
    cli_batches,
    cli_outbox,
    cli_privacy,
    cli_transports,
    cli_users,
    cli_words,
    i18n,
    paths,
)
from operator_app.domain.money import format_fen
from operator_app.domain.overdue import STAGES
from operator_app.errors import KnownError, UsageError
from operator_app.i18n import choices, code_for, msg, reasons_text, translate
from operator_app.importing.headers import parse_overrides

if TYPE_CHECKING:
    from operator_app.services.context import Database

log = logging.getLogger("operator_app.cli")


class ParseFailed(Exception):
    """A usage error raised instead of exiting (Parser.raising), to decide what to say."""


class Parser(argparse.ArgumentParser):
    """argparse with its usage errors as one line in the operator's language (exit 2)."""

    raising = False

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("formatter_class", cli_words.HelpFormatter)  # subcommands' parsers too
        super().__init__(*args, **kwargs)

    def error(self, message: str) -> NoReturn:
        if Parser.raising:
            raise ParseFailed(message)
        self.exit(2, msg("usage_error", detail=message) + "\n")


def write_problem_report(path: Path, headers: list[str], rows: Any, issues: Iterable[Any],
                         describe: Callable[[Any], str], columns: tuple[str, str]) -> None:
    """importing.report.write_problem_report, imported when a report is asked for (openpyxl)."""
    from operator_app.importing.report import write_problem_report as write

    write(path, headers, rows, issues, describe, columns)


class VersionAction(argparse.Action):
    """`--version`: the version in the installed package's metadata (pyproject), read only when
    asked (a built app carries the dist-info for it)."""

    def __init__(self, option_strings: Sequence[str], dest: str, help: str | None = None) -> None:
        super().__init__(option_strings, dest, nargs=0, default=argparse.SUPPRESS, help=help)

    def __call__(self, parser: argparse.ArgumentParser, namespace: argparse.Namespace,
                 values: object, option_string: str | None = None) -> None:
        from importlib.metadata import version

        sys.stdout.write(f"operator-app {version('operator-app')}\n")
        parser.exit(0)


def build_parser(signed: bool = False) -> argparse.ArgumentParser:
    """The parser in the current language: every help text goes through translate("cli", ...)
    (extracted by lupdate like the messages), argparse's own words through cli_words. `signed`:
    --user is given, so --by may be left out (the account acts)."""
    cli_words.install()
    parser = Parser(prog="operator-app" if paths.frozen() else "main.py", description=translate("cli", "Collections SMS desk: import loan sheets, plan, approve and send "
                                                  "reminder messages."))
    parser.add_argument("--version", action=VersionAction, help=translate("cli", "print the app's version and exit"))
    parser.add_argument("--db", metavar="DB", help=translate("cli", "database: a file path, sqlite:///FILE or postgresql+psycopg://HOST/NAME"))
    parser.add_argument("--demo", action="store_true", help=translate("cli", "open a generated demo office with a virtual modem"))
    parser.add_argument("--lang", choices=i18n.LANGUAGES, help=translate("cli", "language of messages: zh_CN (Chinese, the default) or en (English)"))
    parser.add_argument("--debug", action="store_true", help=translate("cli", "show the technical details (tracebacks) of an error"))
    parser.add_argument("--user", metavar="NAME", help=translate("cli", "sign in as this account; the password from OPERATOR_APP_PASSWORD, else asked for"))
    sub = parser.add_subparsers(dest="command", metavar=translate("cli", "COMMAND"))

    p = sub.add_parser("import", help=translate("cli", "import a borrower spreadsheet (.xlsx, .xls, .csv)"))
    p.add_argument("file", type=Path, metavar="FILE", help=translate("cli", "the spreadsheet to import"))
    p.add_argument("--sheet", metavar="SHEET", help=translate("cli", "the sheet to read (default: the first)"))
    p.add_argument("--map", action="append", default=[], metavar="FIELD=HEADER",
                   help=translate("cli", "which column holds a field when its header is not recognised (repeatable)"))
    p.add_argument("--kind", choices=("loan", "installment"), help=translate("cli", "sheet kind: loan (one row per loan) or installment (one row per installment); detected when omitted"))
    p.add_argument("--dry-run", action="store_true", help=translate("cli", "read and check the sheet, write nothing"))
    p.add_argument("--report", type=Path, metavar="OUT.xlsx", help=translate("cli", "write the problem rows to this workbook"))
    p.add_argument("--by", metavar="NAME", help=translate("cli", "who imports (for the audit trail)"))
    p.add_argument("--json", action="store_true", help=translate("cli", "print the result as JSON (codes, for programs)"))

    p = sub.add_parser("queue", help=translate("cli", "loans with outstanding amounts, days past due and stage"))
    p.add_argument("--as-of", dest="as_of", metavar="YYYY-MM-DD", help=translate("cli", "the day to look from (default: today in the office)"))
    p.add_argument("--stage", metavar="STAGE", help=translate("cli", "only this stage: {stages}").format(
        stages=choices(STAGES, "stage_")))
    fmt = p.add_mutually_exclusive_group()
    fmt.add_argument("--json", action="store_true", help=translate("cli", "print the result as JSON (codes, amounts in fen, for programs)"))
    fmt.add_argument("--csv", action="store_true", help=translate("cli", "print CSV for Excel (headers in the operator's language, amounts in yuan)"))

    demo_help = translate("cli", "generate the demo office into --db, else into the default database (data/operator.db), where "
                  "`queue` and the GUI find it; an earlier demo there is replaced, a database holding the office's "
                  "own loans is refused (exit 2)")
    p = sub.add_parser("demo", help=demo_help, description=demo_help)
    p.add_argument("--loans", type=_positive_int, default=3000, metavar="N", help=translate("cli", "how many loans (default: 3000)"))
    p.add_argument("--as-of", dest="as_of", metavar="YYYY-MM-DD", help=translate("cli", "the demo's today (default: today in the office)"))

    p = sub.add_parser("audit", help=translate("cli", "the audit trail"))
    p.add_argument("action", choices=("verify",), help=translate("cli", "verify: check that no entry was changed or removed"))
    p.add_argument("--json", action="store_true", help=translate("cli", "print the result as JSON (codes, for programs)"))

    sms = sub.add_parser("sms", help=translate("cli", "send one SMS directly (no loans involved)"))
    sms_sub = sms.add_subparsers(dest="sms_command", required=True, metavar=translate("cli", "COMMAND"))
    p = sms_sub.add_parser("send", help=translate("cli", "send one SMS"))
    p.add_argument("--transport", required=True, metavar="SPEC", help=translate("cli", "how to send: modem:PORT, emulator:, kannel:URL, … or a saved transport's name"))
    p.add_argument("--to", required=True, metavar="PHONE", help=translate("cli", "the mobile number"))
    p.add_argument("--text", required=True, metavar="TEXT", help=translate("cli", "the text of the message"))
    p.add_argument("--no-report", action="store_true", help=translate("cli", "do not ask for a delivery report"))
    p.add_argument("--wait-report", type=float, default=0, metavar="SECONDS",
                   help=translate("cli", "wait this long for delivery reports and print the outcome"))
    p.add_argument("--template-code", metavar="CODE", help=translate("cli", "the provider's approved template (Aliyun SMS)"))
    p.add_argument("--param", action="append", default=[], metavar="NAME=VALUE",
                   help=translate("cli", "a value of the provider's template (repeatable)"))
    p.add_argument("--json", action="store_true", help=translate("cli", "print the result as JSON (codes, for programs)"))

    modem = sub.add_parser("modem", help=translate("cli", "GSM modem tools"))
    modem_sub = modem.add_subparsers(dest="modem_command", required=True, metavar=translate("cli", "COMMAND"))
    p = modem_sub.add_parser("probe", help=translate("cli", "ask a modem who it is, its SIM and its signal"))
    p.add_argument("spec", metavar="SPEC", help=translate("cli", "modem:PORT, modem:auto, emulator: or a saved transport's name"))
    p.add_argument("--json", action="store_true", help=translate("cli", "print the result as JSON (codes, for programs)"))
    p = modem_sub.add_parser("emulate", help=translate("cli", "serve a virtual modem"))
    where = p.add_mutually_exclusive_group()
    where.add_argument("--tcp", type=int, metavar="PORT", help=translate("cli", "listen on this TCP port"))
    where.add_argument("--pty", type=Path, metavar="LINK", help=translate("cli", "make a pseudo-terminal and link it here"))
    p.add_argument("--log", type=Path, metavar="FILE", help=translate("cli", "append every received message as a JSON line"))
    p.add_argument("--pin", metavar="PIN", help=translate("cli", "the virtual SIM asks for this PIN"))
    p.add_argument("--fail-every", type=int, default=0, metavar="N", help=translate("cli", "+CMS ERROR on every Nth send"))
    p.add_argument("--fail-code", type=int, default=500, metavar="CODE",
                   help=translate("cli", "the +CMS ERROR code of --fail-every (e.g. 38: network out of order, temporary)"))
    p.add_argument("--no-network", action="store_true", help=translate("cli", "act as a modem with no network"))
    p.add_argument("--unplug-after", type=int, default=0, metavar="N", help=translate("cli", "act as unplugged after N messages"))
    p.add_argument("--delay", type=float, default=0.0, metavar="SECONDS", help=translate("cli", "answer each command this much later"))
    p.add_argument("--noise", action="store_true", help=translate("cli", "sprinkle unsolicited ^RSSI lines"))
    p.add_argument("--rate-limit", type=int, default=0, metavar="PER_MINUTE", help=translate("cli", "refuse sends beyond this many a minute"))
    p.add_argument("--drop-before-prompt", type=int, default=0, metavar="N",
                   help=translate("cli", "drop the line on the Nth send before the prompt (nothing sent)"))
    p.add_argument("--drop-after-pdu", type=int, default=0, metavar="N",
                   help=translate("cli", "drop the line after accepting the Nth message, before answering"))
    p.add_argument("--for", dest="duration", type=float, default=0, metavar="SECONDS",
                   help=translate("cli", "stop after this long (default: until Ctrl+C)"))
    cli_batches.add_parsers(sub, by_required=not signed)
    cli_outbox.add_parsers(sub, by_required=not signed)
    cli_transports.add_parsers(sub, by_required=not signed)
    cli_users.add_parsers(sub)
    cli_backup.add_parsers(sub)
    cli_privacy.add_parsers(sub, by_required=not signed)
    return parser


def _positive_int(text: str) -> int:
    """argparse type: a whole number of at least 1 (its error becomes one usage line, exit 2)."""
    if not text.strip().isdigit() or int(text) < 1:
        raise argparse.ArgumentTypeError(msg("not_positive_int", value=text))
    return int(text)


def _open(args: argparse.Namespace, *, create: bool = False) -> Database:
    """The database of `--db`; a SQLite file that does not exist is created only with `create`
    (`import`), else bad input (services.context.open_db)."""
    from operator_app.services.context import open_db

    return open_db(args.db, create=create, daily_backup=True)


def cmd_import(args: argparse.Namespace, out: TextIO) -> int:
    from operator_app.importing.child import start_reader

    overrides = parse_overrides(args.map)
    # The reader process starts first and parses while this process loads the database layer
    # and opens the database (whose errors still come first).
    reader = start_reader(args.file, sheet=args.sheet, overrides=overrides, kind=args.kind)
    try:
        from operator_app.services.context import database_missing
        from operator_app.services.importing.import_file import import_file, load_secret_store_meanwhile

        load_secret_store_meanwhile()  # the office's ID key is asked for as soon as the sheet is open
        missing = database_missing(args.db)
        if missing is not None and args.dry_run:  # nothing to compare the sheet with, and nothing is created
            raise UsageError("db_missing_dry_run", path=missing)
        if missing is not None:
            reader.check_opened()  # a file that cannot be imported creates no database
        db = _open(args, create=not args.dry_run)
    except BaseException:
        reader.close()
        raise
    try:
        result = import_file(db, args.file, sheet=args.sheet, overrides=overrides, kind=args.kind,
                             dry_run=args.dry_run, actor=args.by or "operator", reader=reader)
    finally:
        db.dispose()
    issues = [*result.rejected, *result.warnings]
    if args.report and issues:  # no problem rows: no file (an older report there is left alone)
        write_problem_report(args.report, result.headers, result.problem_rows, issues,
                             lambda i: msg(i.detail, **i.params), (msg("report_row_column"), msg("report_error_column")))
    if args.json:
        out.write(json.dumps(result.as_json(), ensure_ascii=False, indent=2) + "\n")  # one write, not one per token
        return 0
    out.write(msg("import_summary", rows_read=result.rows_read, loans_created=result.loans_created,
                 loans_updated=result.loans_updated, loans_unchanged=result.loans_unchanged,
                 installments=result.installments, rejected=len({i.row for i in result.rejected}),
                 warnings=len(result.warnings)) + "\n")
    if result.withdrawn:
        out.write(msg("import_withdrawn", count=result.withdrawn) + "\n")
    for issue in [*result.rejected, *result.warnings]:  # the sentence says kept or not imported
        text = msg(issue.detail, **issue.params)
        line = msg("import_issue_column", row=issue.row, column=issue.column, text=text) if issue.column \
            else msg("import_issue", row=issue.row, text=text)
        out.write(f"  {line}\n")
    if args.dry_run:
        out.write(msg("import_dry_run") + "\n")
    if args.report:
        out.write(msg("report_written" if issues else "report_none", path=args.report) + "\n")
    return 0


def cmd_queue(args: argparse.Namespace, out: TextIO) -> int:
    from operator_app.services.book.stages import check_stage

    stage = code_for(args.stage, STAGES, "stage_") if args.stage else None  # a code, or its words as listed
    check_stage(stage)  # before the database is opened (or created): bad input changes nothing
    from operator_app.services.book.queue import queue
    from operator_app.services.clock import parse_day
    from operator_app.services.office.settings import office_today

    as_of = parse_day(args.as_of)
    db = _open(args)
    try:
        rows = queue(db, as_of or office_today(db), stage=stage)
    finally:
        db.dispose()
    if args.json:
        json.dump([r.as_json() for r in rows], out, ensure_ascii=False, indent=1)
        out.write("\n")
    elif args.csv:
        write_queue_csv(rows, out)
    else:
        # For a person: their language, phones masked as on screen; --json/--csv keep the codes.
        out.write("\t".join(msg(c) for c in ("col_contract", "col_borrower", "col_mobile", "col_outstanding",
                                            "col_days_past_due", "col_stage", "col_excluded")) + "\n")
        for r in rows:
            reasons = reasons_text(r.exclusions)
            out.write(f"{r.contract_no}\t{r.borrower or '-'}\t{r.shown_phone or '-'}\t{format_fen(r.outstanding_fen)}\t"
                      f"{r.days_past_due}\t{msg(f'stage_{r.stage}')}\t{reasons or '-'}\n")
    return 0


def write_queue_csv(rows: Sequence[Any], out: TextIO) -> None:
    """The queue for Excel: a UTF-8 BOM (so Excel opens it as UTF-8, not the ANSI code page),
    headers in the operator's language, amounts in yuan, stages and exclusions in words, every
    cell formula-safe. --json keeps the codes and fen."""
    from operator_app.domain.text import spreadsheet_safe

    if isinstance(out, io.TextIOWrapper):  # stdout redirected on Windows: GBK and \r\n translation
        out.reconfigure(encoding="utf-8", newline="")  # csv writes its own \r\n
    out.write("\ufeff")
    writer = csv.writer(out)
    writer.writerow([msg(c) for c in ("col_contract", "col_borrower", "col_mobile", "queue_csv_outstanding",
                                      "col_days_past_due", "col_stage", "queue_csv_eligible", "col_excluded")])
    for r in rows:
        reasons = reasons_text(r.exclusions)
        writer.writerow([spreadsheet_safe(v) for v in (
            r.contract_no, r.borrower or "", r.phone or r.phone_raw or "", _yuan(r.outstanding_fen),
            r.days_past_due, msg(f"stage_{r.stage}"), msg("value_yes" if r.eligible else "value_no"), reasons)])


def _yuan(fen: int) -> str:
    """8400.00: a plain number Excel reads as one (no ¥, no thousands separator), exact in fen."""
    whole, cents = divmod(abs(fen), 100)
    return f"{'-' if fen < 0 else ''}{whole}.{cents:02d}"


def cmd_demo(args: argparse.Namespace, out: TextIO) -> int:
    from operator_app.services.context import fill_demo, shown_target

    target = args.db or str(paths.default_db())
    from operator_app.services.clock import parse_day

    n = fill_demo(target, today=parse_day(args.as_of), loans=args.loans)
    out.write(msg("demo_created", path=shown_target(target), loans=n) + "\n")
    db_arg = f" --db {shown_target(args.db)}" if args.db else ""
    out.write(msg("demo_next", command=f"{paths.command()}{db_arg} queue") + "\n")
    return 0


def cmd_audit(args: argparse.Namespace, out: TextIO) -> int:
    from operator_app.services.context import verify_audit

    db = _open(args)
    try:
        verdict = verify_audit(db)
    finally:
        db.dispose()
    if args.json:
        json.dump(verdict.as_json(), out, ensure_ascii=False)
        out.write("\n")
    elif verdict.ok:
        out.write(msg("audit_ok", entries=verdict.entries) + "\n")
        if verdict.unseen:  # PostgreSQL: information, not a break (messaging/audit.py)
            out.write(msg("audit_unseen", unseen=verdict.unseen, entry=verdict.unseen_from) + "\n")
    else:
        head = verdict.head.seq if verdict.head is not None else 0
        out.write(msg(f"audit_{verdict.problem}", entry=verdict.broken_at, head=head, batch=verdict.batch) + "\n")
    return 0 if verdict.ok else 1


def _saved_spec(args: argparse.Namespace, spec: str) -> str:
    """`profile:NAME` (or a saved bare NAME) as the spec it stands for; other specs unchanged."""
    from operator_app.services.sending import transports

    if not transports.looks_like_reference(spec):
        return spec
    db = _open(args)
    try:
        return transports.resolve(db, [spec])[0]
    finally:
        db.dispose()


def cmd_sms(args: argparse.Namespace, out: TextIO) -> int:
    from operator_app.services.sending.sms_send import send_sms

    args.transport = _saved_spec(args, args.transport)

    template = None
    if args.template_code:  # providers that send only their approved templates (Aliyun SMS)
        from operator_app.services.sending.sms_send import provider_template

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
    from operator_app.services.sending.sms_send import probe_modem

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

    from operator_app.services.sending.sms_send import Faults, start_emulator

    faults = Faults(cms_every=args.fail_every, cms_code=args.fail_code, no_network=args.no_network, unplug_after=args.unplug_after,
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
COMMANDS.update(cli_backup.COMMANDS)
COMMANDS.update(cli_privacy.COMMANDS)
COMMANDS.update(cli_users.COMMANDS)


def run(args: argparse.Namespace, out: TextIO | None = None, err: TextIO | None = None) -> int:
    out = out or sys.stdout
    err = err or sys.stderr
    try:
        cli_users.sign_in(args)
        return COMMANDS[args.command](args, out)
    except KnownError as exc:  # expected: its own message and exit code, no traceback
        from operator_app.services.error_text import error_params

        if args.debug:
            log.exception("known error")
        err.write(msg(exc.code, **error_params(exc, i18n.language())) + "\n")
        return exc.exit_code
    except KeyboardInterrupt:
        err.write(msg("interrupted") + "\n")
        return 130  # 128 + SIGINT, as a shell reports it
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
    error is worded in it. A --lang argparse refuses (--lang fr) is worded in the language the
    environment names, argparse's words included."""
    cli_words.install()
    i18n.set_language(i18n.pick_language(None))
    early = Parser(add_help=False)
    early.add_argument("--lang", choices=i18n.LANGUAGES)
    early.add_argument("--user")
    known, _rest = early.parse_known_args(argv)
    i18n.set_language(i18n.pick_language(known.lang))
    args = build_parser(signed=True).parse_args(argv)  # --by may be left out: checked below
    if args.db is None and not args.demo:
        args.db = configured_db()
    if not known.user and getattr(args, "by", "") is None:
        _without_by(args, argv)
    i18n.set_language(i18n.pick_language(args.lang))
    # The operator reads one translated line per outcome; the modules' English log lines are for
    # --debug (a warning printed before that line would read as a second, untranslated error).
    logging.basicConfig(level=logging.DEBUG if args.debug else logging.ERROR)
    return args


def configured_db() -> str | None:
    """The database this computer's first run chose (office.json in the data folder), else None
    (the embedded file). A damaged file is one line and exit 2."""
    if not (paths.data_dir(create=False) / "office.json").exists():
        return None
    from operator_app.services.office import office_config

    try:
        return office_config.configured_target()
    except KnownError as exc:
        from operator_app.services.error_text import error_params

        if sys.stderr is not None:  # None in Windows' windowed build
            sys.stderr.write(msg(exc.code, **error_params(exc, i18n.language())) + "\n")
        raise SystemExit(exc.exit_code) from None


def _without_by(args: argparse.Namespace, argv: Sequence[str] | None) -> None:
    """No --user and no --by: a command that needs --by answers argparse's "required" in an
    office without accounts, as before; in one with accounts the command goes on and the service
    answers "sign in first" (DESIGN.md "Operators")."""
    Parser.raising = True
    try:
        build_parser(signed=False).parse_args(argv)
        return  # --by is optional here (import, send)
    except ParseFailed as exc:
        if cli_users.accounts_present(args.db):
            return
        detail = str(exc)
    finally:
        Parser.raising = False
    sys.stderr.write(msg("usage_error", detail=detail) + "\n")
    raise SystemExit(2)


def main(argv: Sequence[str] | None = None) -> int:
    """The commands only; operator_app.__main__ opens the GUI when no command is given."""
    args = parse_args(argv)
    if args.command is None:
        build_parser().print_usage()
        return 2
    return run(args)
