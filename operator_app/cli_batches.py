"""CLI commands of reviewed batches: `batch`, `templates`, `settings`, `calls` (DESIGN.md's CLI
contract). cli.build_parser calls `add_parsers`; cli.COMMANDS takes `COMMANDS`."""

from __future__ import annotations

import argparse
import json
from collections import Counter
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

from operator_app import i18n, paths
from operator_app.domain.collection import COLLECTION_STAGES
from operator_app.i18n import choices, code_for, finding_text, msg, reason_text, reasons_text, translate
from operator_app.setting_words import actor_name, locale_name, setting_label, setting_value_text

if TYPE_CHECKING:
    from operator_app.services.context import Database
    from operator_app.services.planning import plan_helper


def add_parsers(sub: Any, by_required: bool = True) -> None:
    """`by_required`: --by must be given (no --user signs in; DESIGN.md "Operators")."""
    batch = sub.add_parser("batch", help=translate("cli", "reviewed batches: create, show, approve, cancel, export"))
    bsub = batch.add_subparsers(dest="batch_command", required=True, metavar=translate("cli", "COMMAND"))
    p = bsub.add_parser("create", help=translate("cli", "plan today's messages as a draft batch"))
    p.add_argument("--template", metavar="KEY", help=translate("cli", "one template for every loan (default: each stage's own)"))
    p.add_argument("--as-of", dest="as_of", metavar="YYYY-MM-DD", help=translate("cli", "the day to plan for (default: today in the office)"))
    p.add_argument("--stage", action="append", default=[], metavar="STAGE",
                   help=translate("cli", "only loans in this stage (repeatable; default: every stage): {stages}").format(
                       stages=choices(COLLECTION_STAGES, "stage_")))
    p.add_argument("--contract", action="append", default=[], metavar="CONTRACT_NO",
                   help=translate("cli", "only this loan (may be given several times; the stages still apply)"))
    p.add_argument("--by", required=by_required, metavar="NAME", help=translate("cli", "who does it (for the audit trail)"))
    p.add_argument("--json", action="store_true", help=translate("cli", "print the result as JSON (codes, for programs)"))
    p = bsub.add_parser("show", help=translate("cli", "every message of a batch and why loans were left out"))
    p.add_argument("id", type=int, metavar="ID", help=translate("cli", "the batch number"))
    p.add_argument("--json", action="store_true", help=translate("cli", "print the result as JSON (codes, for programs)"))
    p = bsub.add_parser("approve", help=translate("cli", "the second person's approval"))
    p.add_argument("id", type=int, metavar="ID", help=translate("cli", "the batch number"))
    p.add_argument("--by", required=by_required, metavar="NAME", help=translate("cli", "who does it (for the audit trail)"))
    p.add_argument("--confirm-stale", action="store_true", help=translate("cli", "approve although the loan book is old"))
    p = bsub.add_parser("cancel", help=translate("cli", "cancel a batch: its unsent messages are not sent"))
    p.add_argument("id", type=int, metavar="ID", help=translate("cli", "the batch number"))
    p.add_argument("--by", required=by_required, metavar="NAME", help=translate("cli", "who does it (for the audit trail)"))
    p = bsub.add_parser("export", help=translate("cli", "the batch as .xlsx for offline review"))
    p.add_argument("id", type=int, metavar="ID", help=translate("cli", "the batch number"))
    p.add_argument("out", type=Path, metavar="OUT.xlsx", help=translate("cli", "the workbook to write"))

    templates = sub.add_parser("templates", help=translate("cli", "message templates"))
    tsub = templates.add_subparsers(dest="templates_command", required=True, metavar=translate("cli", "COMMAND"))
    p = tsub.add_parser("list", help=translate("cli", "every template, its language and version"))
    p.add_argument("--json", action="store_true", help=translate("cli", "print the result as JSON (codes, for programs)"))
    p = tsub.add_parser("show", help=translate("cli", "a template's text and its compliance findings"))
    p.add_argument("key", metavar="KEY", help=translate("cli", "the template's name, e.g. M1"))
    p.add_argument("--json", action="store_true", help=translate("cli", "print the result as JSON (codes, for programs)"))
    p = tsub.add_parser("set", help=translate("cli", "a new version of a template from a .txt or .toml file"))
    p.add_argument("key", metavar="KEY", help=translate("cli", "the template's name, e.g. M1"))
    p.add_argument("--file", required=True, type=Path, metavar="FILE", help=translate("cli", "the .txt or .toml file with the text"))
    p.add_argument("--locale", default="zh_CN", metavar="LANG", help=translate("cli", "the text's language: zh_CN (default) or en"))
    p.add_argument("--by", required=by_required, metavar="NAME", help=translate("cli", "who does it (for the audit trail)"))

    settings = sub.add_parser("settings", help=translate("cli", "office settings (contact policy, stages, signature)"))
    ssub = settings.add_subparsers(dest="settings_command", required=True, metavar=translate("cli", "COMMAND"))
    p = ssub.add_parser("show", help=translate("cli", "every setting and its value"))
    p.add_argument("--json", action="store_true", help=translate("cli", "print the result as JSON (codes, for programs)"))
    p = ssub.add_parser("set", help=translate("cli", "change one setting"))
    p.add_argument("key", metavar="KEY", help=translate("cli", "the setting's name as `settings show` prints it"))
    p.add_argument("value", metavar="VALUE", help=translate("cli", "its new value"))
    p.add_argument("--by", required=by_required, metavar="NAME", help=translate("cli", "who does it (for the audit trail)"))
    p = ssub.add_parser("confirm", help=translate("cli", "a second person confirms a pending contact-policy change"))
    p.add_argument("key", metavar="KEY", help=translate("cli", "the setting's name as `settings show` prints it"))
    p.add_argument("--by", metavar="NAME", help=translate("cli", "who does it (for the audit trail)"))

    p = sub.add_parser("calls", help=translate("cli", "borrowers to phone: SMS cannot or did not reach them"))
    p.add_argument("--as-of", dest="as_of", metavar="YYYY-MM-DD", help=translate("cli", "the day to look from (default: today in the office)"))
    fmt = p.add_mutually_exclusive_group()
    fmt.add_argument("--json", action="store_true", help=translate("cli", "print the result as JSON (codes, for programs)"))
    fmt.add_argument("--xlsx", type=Path, metavar="OUT", help=translate("cli", "write the list to this workbook"))


def _open(args: argparse.Namespace) -> Database:
    from operator_app.services.context import open_db

    return open_db(args.db or paths.default_db(), daily_backup=True)


def _dump(data: object, out: TextIO) -> None:
    out.write(json.dumps(data, ensure_ascii=False, indent=1) + "\n")  # one write: 100k messages stream slowly



def _severity(code: object) -> str:
    key = f"severity_{code}"
    return msg(key) if key in i18n.MESSAGES else str(code)


def cmd_batch(args: argparse.Namespace, out: TextIO) -> int:
    from operator_app.services.planning import plan_helper

    # A batch's helper process starts before the planning code is loaded and while no database
    # connection is open (a --user sign-in has closed its own), and loads that code on the other
    # core meanwhile; it is used for a big book, or a big list of contracts.
    helper = plan_helper.start() if args.batch_command == "create" else None
    try:
        return _batch(args, out, helper)
    finally:
        if helper is not None:
            helper.close()


def _batch(args: argparse.Namespace, out: TextIO, helper: plan_helper.PlanHelper | None) -> int:
    from operator_app.services.clock import parse_day
    from operator_app.services.office import settings as settings_service
    from operator_app.services.planning import batches

    db = _open(args)
    try:
        command = args.batch_command
        if command == "create":
            loans = batches.loans_of_contracts(db, args.contract) if args.contract else None
            view = batches.create_batch(db, as_of=parse_day(args.as_of) if args.as_of else None, by=args.by,
                                        template_key=args.template, loan_ids=loans, helper=helper,
                                        stages=[code_for(s, COLLECTION_STAGES, "stage_") for s in args.stage])
        elif command == "show":
            view = batches.show_batch(db, args.id)
        elif command == "approve":
            view = batches.approve_batch(db, args.id, by=args.by, confirm_stale=args.confirm_stale)
        elif command == "cancel":
            view = batches.cancel_batch(db, args.id, by=args.by)
        else:
            from operator_app.services.planning.batch_export import export_batch

            n = export_batch(db, args.id, args.out, headers=_export_headers(), say=msg)
            out.write(msg("batch_exported", id=args.id, messages=n, path=args.out) + "\n")
            return 0
        missing = settings_service.current(db).missing_office_details()
    finally:
        db.dispose()
    if getattr(args, "json", False):
        _dump(view.as_json(), out)
        return 0
    out.write(msg("batch_summary", id=view.id, as_of=view.as_of.isoformat(), status=view.status,
                  messages=len(view.messages), excluded=len(view.excluded), created_by=actor_name(view.created_by),
                  approved_by=actor_name(view.approved_by) if view.approved_by else "-") + "\n")
    out.write("  " + msg("batch_parts_total", parts=view.parts_total) + "\n")
    if missing and view.status == "draft":  # the texts show the gap; the approval will ask for them
        out.write("  ! " + msg("office_details_missing") + "\n")
    if command == "create":  # the counts; `batch show` lists every text
        from operator_app.domain.collection import in_stage_order

        stages = Counter(m.stage for m in view.messages)
        why = Counter(r for _, rs in view.excluded for r in rs)
        if stages:  # an empty batch has no line of stages, not a blank one
            out.write("  " + msg("list_separator").join(msg("label_count", label=msg("stage_" + s), count=n)
                                                     for s, n in sorted(stages.items(), key=lambda item: in_stage_order(item[0])))
                      + "\n")
        for reason, n in why.most_common():
            out.write(f"  - {msg('label_count', label=reasons_text([reason]), count=n)}\n")
    if command == "show":
        for m in view.messages:
            note = f" ({reason_text(m.reason)})" if m.reason else ""
            facts = msg("list_separator").join((msg("stage_" + m.stage), msg("encoding_" + m.encoding),
                                                msg("sms_part_count", parts=m.segments)))
            out.write(f"  #{m.id} {m.contract_no} {m.to} [{facts}] {msg('state_' + m.status)}{note}\n    {m.text}\n")
        for contract_no, reasons in view.excluded:
            out.write(f"  - {msg('label_count', label=contract_no, count=reasons_text(reasons))}\n")
        for contract_no, code, params in view.lint:
            said = msg("label_count", label=_severity(params.get("severity")), count=finding_text(code, params))
            out.write(f"  ! {contract_no} {said}\n")
    if command == "create":  # an empty batch has nothing for a second person to approve
        # With accounts the approver signs in as themselves (--by names only the signed-in one).
        step = "batch_next_step" if view.messages else "batch_nothing_to_send"
        out.write(msg(step + "_signed" if getattr(args, "user", None) else step, id=view.id) + "\n")
    return 0


EXPORT_BATCH_FACTS = ("id", "as_of", "status", "created_by", "approved_by")  # export_batch's order


def _export_headers() -> dict[str, list[str]]:
    return {"messages_sheet": [msg("export_messages_sheet")], "excluded_sheet": [msg("export_excluded_sheet")],
            "batch_sheet": [msg("export_batch_sheet")],
            "messages": [msg(f"export_col_{c}") for c in ("id", "contract_no", "to", "stage", "text", "encoding",
                                                          "segments", "status", "reason")],
            "excluded": [msg("export_col_contract_no"), msg("export_col_reasons")],
            "batch": [msg(f"export_batch_{c}") for c in EXPORT_BATCH_FACTS]}


def cmd_templates(args: argparse.Namespace, out: TextIO) -> int:
    from operator_app.services.planning import templates

    db = _open(args)
    try:
        if args.templates_command == "set":
            rows = [templates.set_template(db, args.key, args.file, by=args.by, locale=args.locale)]
        elif args.templates_command == "show":
            rows = templates.show(db, args.key)
        else:
            rows = templates.list_templates(db)
    finally:
        db.dispose()
    if getattr(args, "json", False):
        _dump([r.as_json() for r in rows], out)
        return 0
    if args.templates_command == "list":
        out.write("\t".join(msg(c) for c in ("col_template", "col_language", "col_version", "col_created_by",
                                            "col_lint")) + "\n")
    for r in rows:
        errors = sum(1 for f in r.findings if f.blocking)
        if args.templates_command == "list":
            out.write(f"{r.key}\t{locale_name(r.locale)}\t{r.version}\t{actor_name(r.created_by)}"
                      f"\t{msg('template_lint_count', errors=errors)}\n")
            continue
        if args.templates_command == "set":
            out.write(msg("template_saved", key=r.key, locale=locale_name(r.locale), version=r.version) + "\n")
            if r.status == "draft":  # a clerk's or an approver's version: an admin makes it live
                out.write("  " + msg("template_saved_for_admin") + "\n")
        out.write(msg("template_heading", key=r.key, locale=locale_name(r.locale), version=r.version) + f"\n{r.body}\n")
        for name, spec in r.providers.items():
            out.write(f"  {name}: {spec.get('code')} {json.dumps(spec.get('params', {}), ensure_ascii=False)}\n")
        for f in r.findings:
            if f.severity != "info":
                out.write(f"  ! {msg('label_count', label=_severity(f.severity), count=finding_text(f.code, f.params))}\n")
    return 0


def cmd_settings(args: argparse.Namespace, out: TextIO) -> int:
    from operator_app.services.office import settings

    db = _open(args)
    try:
        if args.settings_command in ("set", "confirm"):
            view = settings.set_value(db, args.key, args.value, by=args.by) if args.settings_command == "set" \
                else settings.confirm(db, args.key, by=args.by)
            if view.pending is not None:
                out.write(msg("setting_pending", key=setting_label(view.key), code=view.key,
                              value=setting_value_text(view.key, view.pending)) + "\n")
                return 0
            out.write(msg("setting_saved", key=setting_label(view.key), value=setting_value_text(view.key, view.value))
                      + "\n")
            return 0
        rows = settings.show(db)
    finally:
        db.dispose()
    if args.json:
        _dump({r.key: r.value for r in rows}, out)
        return 0
    # For a person: what the setting is in words, its value in words; the key is what `settings
    # set` takes. --json keeps the keys and the stored values.
    out.write("\t".join(msg(c) for c in ("col_setting", "col_name", "col_value")) + "\n")
    for r in rows:
        value = setting_value_text(r.key, r.value)
        if r.value == r.default:
            mark = ""
        elif r.default:
            mark = "  " + msg("setting_aside", note=msg("setting_default", default=setting_value_text(r.key, r.default)))
        else:  # office details ship empty: the office sets them
            mark = "  " + msg("setting_aside", note=msg("setting_default_none"))
        if not r.value and not r.default:  # an office detail still to fill in; approval waits only for some
            mark = "  " + msg("setting_aside", note=msg("setting_not_set" if r.required else "setting_default_none"))
        if r.pending is not None:
            mark += "  " + msg("setting_aside", note=msg("setting_pending_mark", value=setting_value_text(r.key, r.pending)))
        out.write(f"{r.key}\t{setting_label(r.key)}\t{value}{mark}\n")
    return 0


def cmd_calls(args: argparse.Namespace, out: TextIO) -> int:
    from operator_app.domain.money import format_fen
    from operator_app.services.book import calls
    from operator_app.services.clock import parse_day

    db = _open(args)
    try:
        rows = calls.call_list(db, parse_day(args.as_of) if args.as_of else None)
    finally:
        db.dispose()
    if args.json:
        _dump([r.as_json() for r in rows], out)
    elif args.xlsx:
        calls.export_calls(rows, args.xlsx, [msg(f"export_col_{c}") for c in calls.EXPORT_COLUMNS],
                           lambda code: msg("reason_" + code))
        out.write(msg("calls_exported", count=len(rows), path=args.xlsx) + "\n")
    else:
        columns = ("priority", "contract_no", "borrower", "phone", "owed", "days_past_due", "reason")
        out.write("\t".join(msg(f"export_col_{c}") for c in columns) + "\n")
        for r in rows:
            out.write(f"{r.priority}\t{r.contract_no}\t{r.borrower or '-'}\t{r.phone_raw or '-'}\t"
                      f"{format_fen(r.outstanding_fen)}\t{r.days_past_due}\t{msg('reason_' + r.reason)}\n")
    return 0


COMMANDS = {"batch": cmd_batch, "templates": cmd_templates, "settings": cmd_settings, "calls": cmd_calls}
