"""A read-only look at a spreadsheet before importing it: the sheets, the header row found, the
detected mapping (field -> header) and the first rows normalised by the importing package's own
rule book, with each problem cell named. Nothing is written; the ID salt is a throw-away one,
since a preview shows no hashed ID. It runs in a reader process of its own
(services/importing/import_preview.py), like every read of a file the operator picked."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from operator_app.importing.builder import RecordBuilder
from operator_app.importing.headers import find_header
from operator_app.importing.readers import read_table
from operator_app.importing.records import Issue
from operator_app.importing.stream import check_has_data, detect_kind, shown_row

PREVIEW_ROWS = 50


@dataclass(frozen=True)
class ImportPreview:
    sheet: str | None
    sheets: list[str]
    kind: str
    header_row: int  # 1-based, as the spreadsheet shows it
    headers: list[str]
    mapping: dict[str, str]  # field -> header
    rows: list[list[object]]  # the first data rows as read
    first_row: int  # the sheet row number of rows[0]
    data_rows: int  # how many rows follow the header
    issues: list[Issue] = field(default_factory=list)

    def issues_at(self, row: int, column: str | None) -> list[Issue]:
        return [i for i in self.issues if i.row == row and (column is None or i.column == column)]


def build_preview(path: Path, *, sheet: str | None = None, overrides: dict[str, str] | None = None) -> ImportPreview:
    """Raises the import's own ImportFileError for a file that cannot be imported."""
    table = read_table(path, sheet)
    header = find_header(table.rows, overrides)
    kind = detect_kind(table.rows, header)
    data = table.rows[header.row_index + 1:]
    check_has_data(data)
    first_row = header.row_index + 2
    issues: list[Issue] = []
    if "contract_no" in header.columns:
        RecordBuilder(header, b"preview", kind).build_all(data[:PREVIEW_ROWS], first_row, issues)
    return ImportPreview(table.sheet, table.sheets, kind, header.row_index + 1, header.headers, header.as_names(),
                         [shown_row(header.shown_row(row)) for row in data[:PREVIEW_ROWS]], first_row, len(data), issues)
