"""The problem report: rejected and warned rows with their original columns plus what is wrong,
so the clerk can fix the sheet and import it again."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from pathlib import Path

from openpyxl import Workbook
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE, Cell
from openpyxl.styles import Font

from operator_app.errors import os_reason
from operator_app.importing.errors import ImportFileError
from operator_app.importing.records import Issue
from operator_app.paths import private_file


def write_problem_report(path: Path, headers: list[str], rows: dict[int, list[object]], issues: Iterable[Issue],
                         render: Callable[[Issue], str], labels: tuple[str, str]) -> None:
    """`labels` are the translated titles of the row-number and problem columns."""
    by_row: dict[int, list[str]] = {}
    for issue in issues:
        column = f"[{issue.column}] " if issue.column else ""
        by_row.setdefault(issue.row, []).append(column + render(issue))
    book = Workbook()
    sheet = book.active
    sheet.title = "problems"
    bold = Font(bold=True)
    for col, title in enumerate([labels[0], *headers, labels[1]], start=1):
        _put(sheet.cell(1, col), title).font = bold
    for out_row, row_no in enumerate(sorted(by_row), start=2):
        values: list[object] = [row_no, *rows.get(row_no, [])]
        values += [None] * (len(headers) + 1 - len(values))
        values.append("；".join(by_row[row_no]))
        for col, value in enumerate(values, start=1):
            _put(sheet.cell(out_row, col), value)
    try:
        book.save(private_file(path))
    except OSError as exc:
        raise ImportFileError("report_unwritable", path=str(path), detail=os_reason(exc)) from exc


def _put(cell: Cell, value: object) -> Cell:
    """Text stays text even when it starts with = + - @: no formula can be smuggled in."""
    if isinstance(value, str):
        cell.value = ILLEGAL_CHARACTERS_RE.sub("", value)
        cell.data_type = "s"
    elif value is not None and value != "":
        cell.value = value
    return cell
