"""`privacy export CONTRACT_NO|PHONE OUT.xlsx`: everything the office holds about a borrower (PIPL
Art. 45, the right to a copy), one sheet per kind: the borrower (every column of the table, so the
preferences and whatever columns come later are in it too), loans, installments, payments,
messages, their state changes, delivery reports and replies.

Amounts are yuan (the `*_fen` columns, as numbers with two decimals), moments are the office's
clock, and the words (sheet names, headings) are the caller's: the service hands over column
names. A phone number several borrowers share exports each of them (the result says how many);
an unknown contract or number is bad input and writes nothing. The file is 0600.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, tzinfo
from decimal import Decimal
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from sqlalchemy import Connection, Table, or_, select

from operator_app.domain.text import spreadsheet_safe
from operator_app.errors import UsageError, os_reason
from operator_app.messaging import audit
from operator_app.paths import private_file
from operator_app.services.office import settings
from operator_app.services.office.identity import actor
from operator_app.services.office.privacy import find, phone_forms
from operator_app.store.db import Database
from operator_app.store.models import (
    borrower_table,
    delivery_report_table,
    inbound_table,
    installment_table,
    loan_table,
    message_event_table,
    message_table,
    payment_table,
)

# The sheets in order: (kind, table). The kind is what the caller names the sheet by.
SHEETS: tuple[tuple[str, Table], ...] = (
    ("borrower", borrower_table), ("loan", loan_table), ("installment", installment_table),
    ("payment", payment_table), ("message", message_table), ("message_event", message_event_table),
    ("delivery_report", delivery_report_table), ("inbound", inbound_table))
# Columns that say nothing to the person and only how the app works inside.
HIDDEN = frozenset({"match_key", "id_number_hash", "source_hash", "schedule_hash", "idempotency_key",
                    "provider_params", "concat_ref", "import_run_id", "owed_since"})


@dataclass(frozen=True)
class Exported:
    borrowers: int  # more than one: the phone number is several borrowers'
    loans: int
    messages: int
    replies: int
    path: Path


def _cell(ws: Any, value: Any, column: str, zone: tzinfo) -> Any:
    """A value as the person reads it: yuan with two decimals, moments on the office's clock,
    days as days; text formula-safe."""
    if value is None:
        return None
    if column.endswith("_fen") and isinstance(value, int):
        cell = WriteOnlyCell(ws, Decimal(value) / 100)
        cell.number_format = "0.00"
        return cell
    if isinstance(value, datetime):
        cell = WriteOnlyCell(ws, value.astimezone(zone).replace(tzinfo=None))
        cell.number_format = "yyyy-mm-dd hh:mm:ss"
        return cell
    if isinstance(value, date):
        cell = WriteOnlyCell(ws, value)
        cell.number_format = "yyyy-mm-dd"
        return cell
    if isinstance(value, bool | int):
        return value
    return spreadsheet_safe(value)


def _rows(conn: Connection, table: Table, where: Any) -> list[Any]:
    return list(conn.execute(select(table).where(where).order_by(*table.primary_key.columns)))


def export(db: Database, key: str, path: Path, *, by: str, sheet_name: Callable[[str], str],
           heading: Callable[[str, str], str]) -> Exported:
    """Write the workbook; `sheet_name(kind)` and `heading(kind, column)` put them in words."""
    who = actor(by, db, "privacy")
    zone = settings.office_zone(db)
    with db.engine.connect() as conn:
        found = find(conn, key)
        if found is None:
            raise UsageError("privacy_unknown_key", key=key)
        if not found.borrowers:  # a schedule sheet's loan, its borrower not known yet
            raise UsageError("privacy_no_borrower", contract=key)
        ids = list(found.borrowers)
        people = _rows(conn, borrower_table, borrower_table.c.id.in_(ids))
        loans = _rows(conn, loan_table, loan_table.c.borrower_id.in_(ids))
        loan_ids = [r.id for r in loans]
        messages = _rows(conn, message_table, message_table.c.borrower_id.in_(ids))
        message_ids = [r.id for r in messages]
        phones = [f for p in people for f in phone_forms(p.phone, p.phone_raw)]
        found_rows: dict[str, list[Any]] = {
            "borrower": people, "loan": loans,
            "installment": _rows(conn, installment_table, installment_table.c.loan_id.in_(loan_ids)),
            "payment": _rows(conn, payment_table, payment_table.c.loan_id.in_(loan_ids)),
            "message": messages,
            "message_event": _rows(conn, message_event_table, message_event_table.c.message_id.in_(message_ids)),
            "delivery_report": _rows(conn, delivery_report_table, or_(
                delivery_report_table.c.message_id.in_(message_ids), delivery_report_table.c.recipient.in_(phones))),
            "inbound": _rows(conn, inbound_table, or_(inbound_table.c.borrower_id.in_(ids),
                                                      inbound_table.c.sender.in_(phones))),
        }
    book = Workbook(write_only=True)
    for kind, table in SHEETS:
        columns = [c.name for c in table.columns if c.name not in HIDDEN]
        ws = book.create_sheet(sheet_name(kind)[:31])
        ws.append([heading(kind, c) for c in columns])
        for row in found_rows[kind]:
            ws.append([_cell(ws, getattr(row, c), c, zone) for c in columns])
    try:
        book.save(private_file(path))
    except OSError as exc:
        raise UsageError("export_unwritable", path=str(path), detail=os_reason(exc)) from exc
    with db.engine.begin() as conn:  # who took a copy of whom is on the chain
        audit.append(conn, who, "privacy_export", {"borrowers": ids, "file": path.name})
    return Exported(len(people), len(loans), len(messages), len(found_rows["inbound"]), path)

