"""`batch export ID OUT.xlsx`: a batch for offline review, every text exactly as it will go out.
Cells that Excel would run as formulas are written as text (domain.text.spreadsheet_safe)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from openpyxl import Workbook

from operator_app.domain.text import spreadsheet_safe
from operator_app.errors import UsageError, os_reason
from operator_app.i18n import reason_key
from operator_app.paths import private_file
from operator_app.services.planning.batches import show_batch
from operator_app.store.db import Database


def export_batch(db: Database, batch_id: int, path: Path, *, headers: dict[str, list[str]],
                 say: Callable[[str], str]) -> int:
    """Writes the messages sheet, the excluded sheet and the batch's facts; returns the number of
    messages. `headers`: the sheets' names and the columns' and facts' titles; `say`: a message
    key in the operator's words (the face's own), for the stages, encodings, states and reasons a
    reviewer reads (codes such as `one_per_borrower` or `delivered` are not words)."""
    def reason(code: str) -> str:
        key = reason_key(code)
        return say(key) if key else code

    view = show_batch(db, batch_id)
    book = Workbook(write_only=True)
    ws = book.create_sheet(headers["messages_sheet"][0])
    ws.append(headers["messages"])
    for m in view.messages:
        # The number is E.164 that the app validated (+ and digits): no formula, and escaped it
        # would read '+8613800138000 in every row.
        ws.append([m.id, spreadsheet_safe(m.contract_no), m.to,
                   *(spreadsheet_safe(v) for v in (say("stage_" + m.stage), m.text, say("encoding_" + m.encoding))),
                   m.segments, say("state_" + m.status), reason(m.reason) if m.reason else ""])
    ws = book.create_sheet(headers["excluded_sheet"][0])
    ws.append(headers["excluded"])
    for contract_no, reasons in view.excluded:
        ws.append([spreadsheet_safe(contract_no), say("list_separator").join(reason(r) for r in reasons)])
    ws = book.create_sheet(headers["batch_sheet"][0])
    facts = (view.id, view.as_of.isoformat(), say("state_" + view.status), view.created_by, view.approved_by or "")
    for title, value in zip(headers["batch"], facts, strict=True):
        ws.append([title, spreadsheet_safe(value)])
    try:
        book.save(private_file(path))
    except OSError as exc:
        raise UsageError("export_unwritable", path=str(path), detail=os_reason(exc)) from exc
    return len(view.messages)
