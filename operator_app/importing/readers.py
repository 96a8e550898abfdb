"""Read a sheet into rows of plain Python values: .xlsx/.xlsm/.xls via python-calamine, .csv by hand.

calamine reads many times faster than openpyxl (benchmarks/import_100k.py), and it reads .xls too.
CSV files from Chinese offices come in UTF-8 (with or without BOM) or GB18030/GBK, with commas,
semicolons or tabs: both are detected.
"""

from __future__ import annotations

import csv
import io
import logging
import zipfile
from dataclasses import dataclass, field
from pathlib import Path

import python_calamine as calamine

from operator_app.errors import os_reason
from operator_app.importing.errors import ImportFileError

_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_ENCRYPTED_MARK = "EncryptedPackage".encode("utf-16-le")
SPREADSHEET_SUFFIXES = {".xlsx", ".xlsm", ".xls", ".xlsb", ".ods"}

log = logging.getLogger("operator_app.importing")


@dataclass
class Table:
    sheet: str | None
    rows: list[list[object]]
    sheets: list[str] = field(default_factory=list)
    hidden_sheets: list[str] = field(default_factory=list)


def read_table(path: Path, sheet: str | None = None) -> Table:
    if path.is_dir():
        raise ImportFileError("file_is_folder", path=str(path))
    if not path.is_file():
        raise ImportFileError("file_not_found", path=str(path))
    data_head = path.open("rb").read(8)
    if path.stat().st_size == 0:
        raise ImportFileError("file_empty", path=path.name)
    suffix = path.suffix.lower()
    if suffix in (".csv", ".txt", ".tsv"):
        # A CSV has no sheets; Excel shows its one sheet under the file's own name, so that
        # name is accepted and any other is bad input, never silently ignored.
        if sheet is not None and sheet != path.stem:
            raise ImportFileError("sheet_on_csv", path=path.name, sheet=sheet)
        return Table(None, read_csv(path.read_bytes(), path.name))
    if suffix not in SPREADSHEET_SUFFIXES:
        raise ImportFileError("file_type_unknown", path=path.name)
    if data_head.startswith(_OLE_MAGIC) and _ENCRYPTED_MARK in path.read_bytes():
        raise ImportFileError("file_password", path=path.name)
    if suffix in (".xlsx", ".xlsm") and not zipfile.is_zipfile(path):
        raise ImportFileError("file_unreadable", path=path.name, detail="why_not_spreadsheet")
    return _read_workbook(path, sheet)


def _read_workbook(path: Path, sheet: str | None) -> Table:
    try:
        book = calamine.CalamineWorkbook.from_path(str(path))
    except calamine.PasswordError as exc:
        raise ImportFileError("file_password", path=path.name) from exc
    except Exception as exc:  # calamine raises several unrelated types for broken files
        raise ImportFileError("file_unreadable", path=path.name, detail=_why(exc)) from exc
    try:
        metas = [m for m in book.sheets_metadata if m.typ == calamine.SheetTypeEnum.WorkSheet]
        visible = [m.name for m in metas if m.visible == calamine.SheetVisibleEnum.Visible]
        hidden = [m.name for m in metas if m.name not in visible]
        if sheet is not None:
            if sheet not in book.sheet_names:
                raise ImportFileError("sheet_not_found", sheet=sheet, sheets="、".join(book.sheet_names))
            chosen = sheet
        elif visible:
            chosen = visible[0]
        else:
            raise ImportFileError("file_empty", path=path.name)
        ws = book.get_sheet_by_name(chosen)
        if sheet is None:  # offices often leave an empty "Sheet1" first: take the first with data
            for name in visible[1:]:
                if ws.height > 0 and ws.width > 0:
                    break
                chosen, ws = name, book.get_sheet_by_name(name)
        rows: list[list[object]] = ws.to_python(skip_empty_area=False)  # type: ignore[assignment]
        _fill_merged(ws, rows)
    except ImportFileError:
        raise
    except Exception as exc:
        raise ImportFileError("file_unreadable", path=path.name, detail=_why(exc)) from exc
    finally:
        book.close()
    return Table(chosen, rows, sheets=[m.name for m in metas], hidden_sheets=hidden)


def _fill_merged(ws: calamine.CalamineSheet, rows: list[list[object]]) -> None:
    """Spread a merged cell's value over the rows it covers (a name merged over its installments).

    Merges across columns on one row (title banners) are left alone: copying a title into
    every column would make it look like data.
    """
    ranges = ws.merged_cell_ranges or []
    for (r0, c0), (r1, c1) in ranges:
        if r1 == r0 or r0 >= len(rows):
            continue
        value = rows[r0][c0] if c0 < len(rows[r0]) else ""
        for r in range(r0 + 1, min(r1 + 1, len(rows))):
            row = rows[r]
            for c in range(c0, min(c1 + 1, len(row))):
                if row[c] in ("", None):
                    row[c] = value


def read_csv(raw: bytes, name: str) -> list[list[object]]:
    text = _decode(raw, name)
    if not text.strip():
        raise ImportFileError("file_empty", path=name)
    sample = text[:65536]
    try:
        dialect: type[csv.Dialect] | csv.Dialect = csv.Sniffer().sniff(sample, delimiters=",;\t|")
    except csv.Error:
        dialect = csv.excel
    reader = csv.reader(io.StringIO(text, newline=""), dialect)
    try:
        return [list(row) for row in reader]
    except csv.Error as exc:
        raise ImportFileError("file_unreadable", path=name, detail="why_not_spreadsheet") from exc


def _decode(raw: bytes, name: str) -> str:
    if b"\x00" in raw[:4096] and not raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise ImportFileError("file_unreadable", path=name, detail="binary data")
    for encoding in ("utf-8-sig", "utf-16", "gb18030"):
        if encoding == "utf-16" and not raw.startswith((b"\xff\xfe", b"\xfe\xff")):
            continue
        try:
            return raw.decode(encoding)
        except UnicodeDecodeError:
            continue
    raise ImportFileError("file_encoding", path=name)


def _why(exc: BaseException) -> str:
    """Why a workbook cannot be read, as a why_ code: the system's reason for a file error, else
    not a spreadsheet (the parsers' own English stays in the log)."""
    log.info("unreadable workbook: %s", _one_line(exc))
    return os_reason(exc) if isinstance(exc, OSError) else "why_not_spreadsheet"


def _one_line(exc: BaseException) -> str:
    text = str(exc).strip().splitlines()
    return text[0][:200] if text else type(exc).__name__
