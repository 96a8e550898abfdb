"""CLI commands of backups (DESIGN.md "Backups and borrowers' rights"): `backup create [FILE] |
verify FILE | restore FILE [--by NAME]`, over services/office/backups.py. cli.build_parser calls
`add_parsers`; cli.COMMANDS takes `COMMANDS`."""

from __future__ import annotations

import argparse
import logging
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

from operator_app import paths
from operator_app.i18n import msg, translate

if TYPE_CHECKING:
    from operator_app.services.office.backups import Verified

log = logging.getLogger("operator_app.cli")


def add_parsers(sub: Any) -> None:
    group = sub.add_parser("backup", help=translate("cli", "back up the office's database file, check a backup, put one back"))
    bsub = group.add_subparsers(dest="backup_command", required=True, metavar=translate("cli", "COMMAND"))
    p = bsub.add_parser("create", help=translate("cli", "a consistent copy of the database, also while others work in it"))
    p.add_argument("file", nargs="?", type=Path, metavar="FILE",
                   help=translate("cli", "where to write it (default: the backups folder beside the database, named by the time)"))
    p.add_argument("--by", metavar="NAME", help=translate("cli", "who does it (for the audit trail)"))
    p = bsub.add_parser("verify", help=translate("cli", "check a backup: intact, its schema, what it holds"))
    p.add_argument("file", type=Path, metavar="FILE", help=translate("cli", "the backup file"))
    p = bsub.add_parser("restore", help=translate("cli", "put a backup in place of the database (the replaced one is kept beside it)"))
    p.add_argument("file", type=Path, metavar="FILE", help=translate("cli", "the backup file"))
    p.add_argument("--by", metavar="NAME", help=translate("cli", "who does it (for the audit trail)"))


def describe(verified: Verified) -> list[str]:
    """A verified backup in the operator's words: intact or not, its schema, what it holds."""
    check = verified.check
    if check.damaged:
        log.info("damaged backup %s: %s", verified.path, "; ".join(check.problems))  # SQLite's English, for --debug
        return [msg("backup_damaged", path=verified.path, count=len(check.problems))]
    counts = check.counts
    return [msg("backup_intact", path=verified.path),
            msg(f"backup_schema_{verified.schema}", revision=check.revision, head=verified.head),
            msg("backup_counts", loans=counts.get("loan", 0), borrowers=counts.get("borrower", 0),
                messages=counts.get("message", 0), audit=counts.get("audit", 0))]


def cmd_backup(args: argparse.Namespace, out: TextIO) -> int:
    from operator_app.services.office import backups

    target = args.db or paths.default_db()
    command = args.backup_command
    if command == "verify":
        verified = backups.verify(args.file)
        out.write("\n".join(describe(verified)) + "\n")
        return 1 if verified.check.damaged else 0
    backups.database_file(target)  # PostgreSQL: the server's own tools (exit 2), before anything opens
    if command == "restore":
        restored = backups.restore(target, args.file, by=args.by or "operator")
        out.write(msg("backup_restored", file=args.file, path=target) + "\n")
        if restored.verified.schema == "older":
            out.write(msg("backup_migrated", revision=restored.verified.check.revision,
                          head=restored.verified.head) + "\n")
        if restored.kept is not None:
            out.write(msg("backup_kept", kept=restored.kept) + "\n")
        return 0
    from operator_app.services.context import open_db

    db = open_db(target)
    try:
        made = backups.create(db, args.file, by=args.by or "operator")
    finally:
        db.dispose()
    out.write(msg("backup_created", path=made) + "\n")
    return 0


COMMANDS = {"backup": cmd_backup}
