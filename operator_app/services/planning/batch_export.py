"""`batch export ID OUT.xlsx`: a batch for offline review, every text exactly as it will go out.
Cells that Excel would run as formulas are written as text (domain.text.spreadsheet_safe)."""

from __future__ import annotations

from pathlib import Path

from openpyxl import Workbook

from operator_app.domain.text import spreadsheet_safe
from operator_app.errors import UsageError, os_reason
from operator_app.paths import private_file
from operator_app.services.planning.batches import show_batch
from operator_app.store.db import Database


def export_batch(db: Database, batch_id: int, path: Path, *, headers: dict[str, list[str]]) -> int:
    """Writes the messages sheet and the excluded sheet; returns the number of messages."""
    view = show_batch(db, batch_id)
    book = Workbook(write_only=True)
    ws = book.create_sheet(headers["messages_sheet"][0])
    ws.append(headers["messages"])
    for m in view.messages:
        ws.append([spreadsheet_safe(v) for v in (m.id, m.contract_no, m.to, m.stage, m.text, m.encoding,
                                                 m.segments, m.status, m.reason or "")])
    ws = book.create_sheet(headers["excluded_sheet"][0])
    ws.append(headers["excluded"])
    for contract_no, reasons in view.excluded:
        ws.append([spreadsheet_safe(contract_no), " ".join(reasons)])
    ws = book.create_sheet(headers["batch_sheet"][0])
    for k, v in (("id", view.id), ("status", view.status), ("as_of", view.as_of.isoformat()),
                 ("created_by", view.created_by), ("approved_by", view.approved_by or "")):
        ws.append([k, spreadsheet_safe(v)])
    try:
        book.save(private_file(path))
    except OSError as exc:
        raise UsageError("export_unwritable", path=str(path), detail=os_reason(exc)) from exc
    return len(view.messages)
