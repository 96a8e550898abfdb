"""The benchmarks' sheet shapes (benchmarks/sheet_shapes.py) import as an office would expect:
every row a loan, nothing rejected, every column the app reads found wherever it stands, and
numbers and dates typed as text read as the numbers and dates they spell. A benchmark on a sheet
the app misread would time the wrong work."""

from __future__ import annotations

import sys
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import select

from operator_app.services.importing.import_file import import_file
from operator_app.store.db import Database
from operator_app.store.models import borrower_table, installment_table, loan_table

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))
from sheet_shapes import SHAPES, Shape

ROWS = 60


@pytest.mark.parametrize("shape", SHAPES, ids=lambda s: s.name)
def test_every_shape_imports_every_row(db: Database, tmp_path: Path, shape: Shape) -> None:
    book = tmp_path / f"{shape.name}.xlsx"
    shape.make(book, ROWS)
    result = import_file(db, book)
    assert (result.rows_read, result.loans_created, result.installments) == (ROWS, ROWS, ROWS)
    assert result.rejected == []
    assert result.header_row == shape.skip
    assert {"contract_no", "name", "phone", "principal", "disbursed_on", "due_on", "amount_due", "amount_paid",
            "outstanding"} <= result.mapping.keys()


def test_the_office_shape_reads_text_numbers_and_dates(db: Database, tmp_path: Path) -> None:
    """18 columns in another order under two merged title rows: "8,400.00"-style amounts, dates as
    "2025/1/1" and "2025年1月31日", spaced phone numbers, a column with no header."""
    book = tmp_path / "office.xlsx"
    next(s for s in SHAPES if s.name == "office").make(book, ROWS)
    result = import_file(db, book)
    assert result.mapping["contract_no"] == "借据号" and result.mapping["due_on"] == "到期日"
    with db.engine.connect() as conn:
        loan = conn.execute(select(loan_table).where(loan_table.c.contract_no == "JJ2026-0000000")).one()
        inst = conn.execute(select(installment_table).where(installment_table.c.loan_id == loan.id)).one()
        spaced = conn.execute(select(borrower_table.c.phone_raw, borrower_table.c.phone)
                              .where(borrower_table.c.id == loan.borrower_id)).one()
    assert loan.disbursed_on == date(2025, 1, 1) and inst.due_on == date(2025, 1, 31)
    # amount due = principal + 5 %; the first row has paid half of it, and says what is left
    assert inst.amount_due_fen == loan.principal_fen + loan.principal_fen // 20 > 300_000
    assert inst.amount_paid_fen == inst.amount_due_fen // 2
    assert loan.outstanding_fen == inst.amount_due_fen - inst.amount_paid_fen
    assert spaced.phone_raw.count(" ") == 2  # written "1xx xxxx xxxx"
