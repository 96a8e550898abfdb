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
from operator_app.importing import limits
from operator_app.importing.errors import ImportFileError
from operator_app.importing.workbook_zip import check_workbook_zip

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
    with path.open("rb") as fh:
        data_head = fh.read(4096)
    size = path.stat().st_size
    if size == 0:
        raise ImportFileError("file_empty", path=path.name)
    if size > limits.MAX_FILE_BYTES:
        raise ImportFileError("file_too_big", path=path.name, mb=size // 1_000_000,
                              limit_mb=limits.MAX_FILE_BYTES // 1_000_000)
    suffix = path.suffix.lower()
    # Loan systems often export a CSV under an .xls name: neither a zip nor an OLE file but
    # text, it is read as the CSV it is.
    if suffix in (".csv", ".txt", ".tsv") or (suffix in SPREADSHEET_SUFFIXES and _is_text(data_head)):
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


def _is_text(head: bytes) -> bool:
    """Whether a file's first bytes are a CSV's (text, its first line split by a delimiter), not
    a zip, an OLE file or other binary."""
    if head.startswith((b"PK\x03\x04", _OLE_MAGIC)):
        return False
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        return True
    if b"\x00" in head:
        return False
    text = head.decode("gb18030", errors="replace")
    printable = sum(ch.isprintable() or ch in "\r\n\t" for ch in text)
    first_line = text.lstrip("\ufeff\r\n").split("\n", 1)[0]
    return printable >= 0.95 * len(text) and any(d in first_line for d in ",;\t|")


def _read_workbook(path: Path, sheet: str | None) -> Table:
    declared = check_workbook_zip(path) if zipfile.is_zipfile(path) else {}
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
        ws = _load_sheet(book, chosen, declared)
        if sheet is None:  # offices often leave an empty "Sheet1" first: take the first with data
            for name in visible[1:]:
                if ws.height > 0 and ws.width > 0:
                    break
                chosen, ws = name, _load_sheet(book, name, declared)
            if ws.height == 0 or ws.width == 0:  # every visible sheet empty: not a header problem
                raise ImportFileError("file_empty", path=path.name)
        _check_shape(ws.end[0] + 1 if ws.end else 0, ws.end[1] + 1 if ws.end else 0)
        rows: list[list[object]] = ws.to_python(skip_empty_area=False)  # type: ignore[assignment]
        _check_cells(rows, path.name)
        _fill_merged(ws, rows)
    except ImportFileError:
        raise
    except Exception as exc:
        raise ImportFileError("file_unreadable", path=path.name, detail=_why(exc)) from exc
    finally:
        book.close()
    return Table(chosen, rows, sheets=[m.name for m in metas], hidden_sheets=hidden)


def _load_sheet(book: calamine.CalamineWorkbook, name: str,
                declared: dict[str, tuple[int, int]]) -> calamine.CalamineSheet:
    """The sheet, once its declared dimension (when the workbook declares one) is within the
    bounds: calamine lays the used area out as one rectangle in memory."""
    if name in declared:
        _check_shape(*declared[name])
    return book.get_sheet_by_name(name)


def _check_shape(rows: int, columns: int) -> None:
    """Refuse a sheet whose rectangle (from A1, as the rows are read) is over the bounds."""
    if rows > limits.MAX_ROWS or columns > limits.MAX_COLUMNS or rows * columns > limits.MAX_CELLS:
        raise ImportFileError("sheet_too_big", rows=rows, columns=columns, max_rows=limits.MAX_ROWS,
                              max_columns=limits.MAX_COLUMNS, max_cells=limits.MAX_CELLS)


def _check_cells(rows: list[list[object]], name: str) -> None:
    """Refuse a cell longer than Excel allows, and more text than any loan book holds (a
    workbook's shared strings let one long text fill every cell from a small file). Every cell
    is looked at once, in one comprehension (this is on the path of every import, before its
    first row goes to the app)."""
    lengths = [len(v) for row in rows for v in row if type(v) is str]
    if lengths and max(lengths) > limits.MAX_CELL_CHARS:
        raise ImportFileError("cell_too_long", path=name, limit=limits.MAX_CELL_CHARS)
    total = sum(lengths)
    if total > limits.MAX_TEXT_CHARS:
        raise ImportFileError("sheet_too_much_text", path=name, chars=total, limit=limits.MAX_TEXT_CHARS)


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
    # A longer field ends the read with csv.Error at once, before it is built.
    previous = csv.field_size_limit(limits.MAX_CELL_CHARS)
    try:
        rows = list(reader)
    except csv.Error as exc:
        if "field larger than field limit" in str(exc):
            raise ImportFileError("cell_too_long", path=name, limit=limits.MAX_CELL_CHARS) from exc
        raise ImportFileError("file_unreadable", path=name, detail="why_not_spreadsheet") from exc
    finally:
        csv.field_size_limit(previous)
    _check_shape(len(rows), max(map(len, rows), default=0))
    _check_cells(rows, name)  # type: ignore[arg-type]
    return rows  # type: ignore[return-value]


def _decode(raw: bytes, name: str) -> str:
    if b"\x00" in raw[:4096] and not raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise ImportFileError("file_unreadable", path=name, detail="why_not_spreadsheet")
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
