"""CLI commands of saved transports (Settings → Transports): `transports list | add | delete |
check | ports`, and of the office's ID-number key (`id-key export | import`), the other secret a
workstation keeps. A saved transport is then used by name anywhere a spec is taken
(`send 7 --transport profile:office-kannel`). cli.build_parser calls `add_parsers`; cli.COMMANDS
takes `COMMANDS`."""

from __future__ import annotations

import argparse
import json
import sys
from typing import TYPE_CHECKING, Any, TextIO

from operator_app.i18n import msg, translate

if TYPE_CHECKING:
    from operator_app.services.context import Database
    from operator_app.services.sending.transports import CheckResult


def add_parsers(sub: Any, by_required: bool = True) -> None:
    """`by_required`: --by must be given (no --user signs in; DESIGN.md "Operators")."""
    group = sub.add_parser("transports", help=translate("cli", "saved transports (modems, gateways) with their secrets in the keyring"))
    tsub = group.add_subparsers(dest="transports_command", required=True, metavar=translate("cli", "COMMAND"))
    p = tsub.add_parser("list", help=translate("cli", "the saved transports"))
    p.add_argument("--json", action="store_true", help=translate("cli", "print the result as JSON (codes, for programs)"))
    p = tsub.add_parser("add", help=translate("cli", "save (or replace) a transport under a name; its password goes to the keyring"))
    p.add_argument("name", metavar="NAME", help=translate("cli", "the transport's name: letters, digits, '.', '-' or '_'"))
    p.add_argument("spec", metavar="SPEC", help=translate("cli", "how to send: modem:PORT, kannel:URL, android-gateway:URL, …"))
    p.add_argument("--secret-stdin", action="store_true",
                   help=translate("cli", "read the password or PIN from the first line of stdin (keeps it out of the shell history)"))
    p.add_argument("--by", required=by_required, metavar="NAME", help=translate("cli", "who does it (for the audit trail)"))
    p = tsub.add_parser("delete", help=translate("cli", "delete a saved transport and its password"))
    p.add_argument("name", metavar="NAME", help=translate("cli", "the transport's name"))
    p.add_argument("--by", required=by_required, metavar="NAME", help=translate("cli", "who does it (for the audit trail)"))
    p = tsub.add_parser("check", help=translate("cli", "probe a saved modem or test a saved gateway (nothing is sent)"))
    p.add_argument("name", metavar="NAME", help=translate("cli", "the transport's name"))
    p.add_argument("--json", action="store_true", help=translate("cli", "print the result as JSON (codes, for programs)"))
    p = tsub.add_parser("ports", help=translate("cli", "this computer's serial ports"))
    p.add_argument("--detect", action="store_true", help=translate("cli", "also say which one a modem answers on"))
    p.add_argument("--json", action="store_true", help=translate("cli", "print the result as JSON (codes, for programs)"))
    group = sub.add_parser("id-key", help=translate("cli", "the office's ID-number key, kept on each workstation (never in the database)"))
    ksub = group.add_subparsers(dest="id_key_command", required=True, metavar=translate("cli", "COMMAND"))
    ksub.add_parser("export", help=translate("cli", "print this office's key, to carry to another workstation of the office"))
    ksub.add_parser("import", help=translate("cli", "keep this office's key on this computer (read from stdin)"))


def _open(args: argparse.Namespace) -> Database:
    from operator_app.services.context import open_db

    return open_db(args.db, daily_backup=True)


def describe(result: CheckResult) -> str:
    """A probe or test result in the operator's words (also used by the GUI's words)."""
    if result.gateway is not None:
        return msg(result.gateway.code, gateway=result.gateway.gateway, **result.gateway.params)
    info = result.modem
    assert info is not None
    shown = {**info.as_json(), "registered": msg("value_yes" if info.registered else "value_no")}
    for key in ("manufacturer", "model", "revision", "imei", "sim", "operator"):
        shown[key] = shown[key] or msg("value_unknown")
    return msg("probe_result_no_signal" if info.signal_dbm is None else "probe_result", **shown)


def cmd_transports(args: argparse.Namespace, out: TextIO) -> int:
    from operator_app.services.sending import transports

    command = args.transports_command
    if command == "ports":
        ports = transports.serial_ports()
        found = transports.detect_port([d for d, _ in ports]) if args.detect else None
        if args.json:
            json.dump([{"device": d, "description": t, "modem": d == found} for d, t in ports], out, ensure_ascii=False)
            out.write("\n")
        for device, text in [] if args.json else ports:
            text = "" if text.strip().lower() in ("n/a", "") else text  # pyserial's "no description"
            out.write(f"{device}  {text or '-'}" + (f"  {msg('modem_marker')}" if device == found else "") + "\n")
        return 0
    db = _open(args)
    try:
        if command == "list":
            views = transports.list_views(db)
            if args.json:
                json.dump([v.as_json() for v in views], out, ensure_ascii=False)
                out.write("\n")
            elif not views:
                out.write(msg("transports_none") + "\n")
            for v in [] if args.json else views:
                out.write(msg("transports_line", name=v.profile.name, spec=v.shown, secret=msg("secret_" + v.secret))
                          + "\n")
            return 0
        if command == "add":
            profile, secret = transports.from_spec(args.name, args.spec)
            if args.secret_stdin:
                secret = sys.stdin.readline().rstrip("\r\n")
            view = transports.save(db, profile, secret=secret or None, by=args.by)
            out.write(msg("transports_saved", name=view.profile.name, spec=view.shown) + "\n")
            if view.secret == "saved":
                place = transports.SecretStore().place()
                out.write(msg("secret_place_" + place.kind, detail=place.detail, path=place.detail) + "\n")
            return 0
        if command == "delete":
            transports.delete_profile(db, args.name, by=args.by)
            out.write(msg("transports_deleted", name=args.name) + "\n")
            return 0
        result = transports.check(transports.get(db, args.name))
        if args.json:
            data = result.modem.as_json() if result.modem is not None else {
                "gateway": result.gateway.gateway, "result": result.gateway.code, **result.gateway.params} \
                if result.gateway is not None else {}
            json.dump(data, out, ensure_ascii=False)
            out.write("\n")
        else:
            out.write(describe(result) + "\n")
        return 0
    finally:
        db.dispose()


def cmd_id_key(args: argparse.Namespace, out: TextIO) -> int:
    from operator_app.services.office import id_key

    db = _open(args)
    try:
        if args.id_key_command == "export":
            out.write(id_key.export_key(db) + "\n")
            sys.stderr.write(msg("id_key_exported") + "\n")
            return 0
        id_key.import_key(db, sys.stdin.readline())
        out.write(msg("id_key_imported") + "\n")
        return 0
    finally:
        db.dispose()


COMMANDS = {"transports": cmd_transports, "id-key": cmd_id_key}
