"""A sheet as a stream of normalised chunks, read in this process or in a child process.

Reading and normalising a big sheet (calamine's parse, then our normalising) takes about as
long as its database writes. In a child process (importing.child) the two overlap on two cores:
the child reads and normalises chunk after chunk while this process writes the previous ones
(threads cannot do this: SQLite's executemany takes the GIL back for every row, and a busy
Python thread holds it for a whole switch interval). Every file is read in the child, a small
one too: a hostile file (importing.limits) then costs at most the child, never the app.

Both ways the same generator runs, so the events and their order are the same:
`Opened` (sheet, kind, header), then `Chunk`s in sheet order, then `Finished`.
"""

from __future__ import annotations

from collections.abc import Callable, Generator
from dataclasses import dataclass, field
from itertools import pairwise
from pathlib import Path
from typing import Any

from operator_app.importing.builder import CHUNK_ROWS, RecordBuilder, repeated_contracts
from operator_app.importing.columns import Derived
from operator_app.importing.errors import ImportFileError
from operator_app.importing.headers import HeaderMap, find_header
from operator_app.importing.limits import SHOWN_CELL_CHARS
from operator_app.importing.readers import Table, read_table
from operator_app.importing.records import Issue, Record, make_record, merge_key

FIRST_CHUNK_ROWS = 2_000


@dataclass
class Opened:
    sheet: str | None
    kind: str  # "loan" or "installment"
    mapping: dict[str, str]  # field -> header text
    header_row: int  # 1-based
    headers: list[str]
    total: int  # data rows below the header, blank ones included
    repeated: set[str] = field(default_factory=set)  # contracts on several rows (builder.repeated_contracts)


@dataclass
class Chunk:
    """Normalised records of the next rows as columns, one tuple per Record field in field
    order: sixteen tuples pickle in a fifth of the time of ten thousand records."""

    columns: list[tuple[Any, ...]]
    issues: list[Issue]
    problem_rows: dict[int, list[object]]  # sheet row -> the row as read, for rows with issues
    done: int  # data rows read so far
    derived: Derived | None = None  # loan sheets: digests, borrower keys, statuses of the records

    @property
    def records(self) -> list[Record]:
        return list(map(make_record, zip(*self.columns, strict=True))) if self.columns else []


@dataclass
class Finished:
    blank_rows: int
    duplicate_issues: list[Issue] = field(default_factory=list)  # after every row's own issues
    problem_rows: dict[int, list[object]] = field(default_factory=dict)


Event = Opened | Chunk | Finished


def detect_kind(rows: list[list[object]], header: HeaderMap) -> str:
    """Installment-level when there is an installment-number column and either a contract
    repeats (a schedule) or there is no borrower column at all; loan-level otherwise."""
    cols = header.columns
    if "seq" not in cols or "due_on" not in cols:
        return "loan"
    if "name" not in cols and "phone" not in cols:
        return "installment"
    col = cols["contract_no"]
    values = [row[col] for row in rows[header.row_index + 1:] if col < len(row) and row[col] not in (None, "")]
    return "installment" if len(set(values)) < len(values) else "loan"


def shown_row(row: list[object]) -> list[object]:
    """A row as the app is handed it for a report or a preview: a cell longer than
    limits.SHOWN_CELL_CHARS is cut there (with …), so a few absurd cells cannot fill the app's
    memory from the reader's."""
    limit = SHOWN_CELL_CHARS
    if not any(type(v) is str and len(v) > limit for v in row):
        return row
    return [v[:limit] + "…" if type(v) is str and len(v) > limit else v for v in row]


def check_has_data(data: list[list[object]]) -> None:
    """A sheet with its header and nothing under it is bad input, not an import of nothing
    (often the wrong sheet or an export that failed half-way). Stops at the first filled row."""
    if not any(any(v not in ("", None) for v in row) for row in data):
        raise ImportFileError("no_data_rows")


def _chunk_bounds(total: int) -> list[tuple[int, int]]:
    """A small first chunk, so the writer starts at once, then chunks of up to CHUNK_ROWS, and
    the last CHUNK_ROWS rows in small chunks again: what the writer still has to write once the
    reader has sent its last row is then a small chunk, not a big one."""
    if not total:
        return []
    head = min(FIRST_CHUNK_ROWS, total)
    tail = max(head, total - CHUNK_ROWS)
    if tail - head < FIRST_CHUNK_ROWS:
        tail = head
    cuts = sorted({0, total, *_even_cuts(head, tail, CHUNK_ROWS), *_even_cuts(tail, total, FIRST_CHUNK_ROWS)})
    return list(pairwise(cuts))


def _even_cuts(start: int, end: int, size: int) -> list[int]:
    """Where rows start..end are cut into as few chunks of at most `size` as can be, all alike."""
    pieces = -(-(end - start) // size)
    return [start + (end - start) * i // pieces for i in range(pieces)]


def read_records(path: Path, salt: bytes | Callable[[Opened], bytes], *, sheet: str | None = None,
                 overrides: dict[str, str] | None = None, kind: str | None = None,
                 table: Table | None = None) -> Generator[Event, None, None]:
    """The events of one sheet. Raises ImportFileError before the first event for a file that
    cannot be imported. `salt` (the ID-hash key) may be a function of the sheet's `Opened`, called
    at the first ID number to hash: the reader process parses the file before the database has
    given the salt, and a sheet without ID numbers never needs the key (services/office/id_key.py).
    `table`: the sheet as `read_table(path, sheet)` gave it already (the reader process reads it
    while this module loads)."""
    table = table if table is not None else read_table(path, sheet)
    header = find_header(table.rows, overrides)
    kind = kind or detect_kind(table.rows, header)
    if kind == "installment" and not {"seq", "due_on", "amount_due"} <= header.columns.keys():
        raise ImportFileError("kind_unknown")
    data = table.rows[header.row_index + 1:]
    check_has_data(data)
    first_row = header.row_index + 2  # 1-based sheet row of data[0]
    repeated = repeated_contracts(header, data)
    opened = Opened(table.sheet, kind, header.as_names(), header.row_index + 1, header.headers, len(data), repeated)
    yield opened
    # The key is asked for at the first ID number (in the reader process it comes from the app
    # through a pipe): a sheet whose ID column is empty never waits for it.
    builder = RecordBuilder(header, (lambda: salt(opened)) if callable(salt) else salt, kind)
    masked = header.shown_row  # a problem row as the report shows it: ID numbers' last four only

    def report_row(row: list[object]) -> list[object]:
        return shown_row(masked(row))
    installment = kind == "installment"
    first_of: dict[tuple[str, int | None], int] = {}
    finished = Finished(0)
    for start, end in _chunk_bounds(len(data)):
        issues: list[Issue] = []
        records = builder.build_chunk(data[start:end], first_row + start, issues)
        for rec in records:  # only a contract on several rows can be a duplicate
            if rec.contract_no in repeated:
                first = first_of.setdefault(merge_key(rec, installment), rec.row)
                if first != rec.row:
                    finished.duplicate_issues.append(Issue(
                        rec.row, None, "duplicate_merged", "issue_duplicate_merged",
                        {"contract_no": rec.contract_no, "first_row": first}))
                    finished.problem_rows[rec.row] = report_row(table.rows[rec.row - 1])
        problems = {i.row: report_row(table.rows[i.row - 1]) for i in issues if 0 < i.row <= len(table.rows)}
        columns = list(zip(*records, strict=True)) if records else []
        derived = Derived.of(dict(zip(Record._fields, columns, strict=True))) if records and not installment else None
        yield Chunk(columns, issues, problems, end, derived)
    finished.blank_rows = builder.blank_rows
    yield finished
