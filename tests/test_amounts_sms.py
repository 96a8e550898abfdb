"""What a borrower reads is what the office's sheet says is owed (issue 18, item 1).

Random loan sheets, every combination of the principal (借款金额), amount due (应还金额), paid
(已还金额) and outstanding (剩余应还) columns, with or without an installment number (期数), partial
payers, payers who paid more, sheets whose outstanding disagrees, then sometimes an installment
schedule for some of the same loans: each is imported for real, read back through the queue, and
planned as a batch with the default templates. Every amount a planned SMS states (逾期金额, 剩余应还,
本期应还, 应还, 尚有…未还, 最低还款) is then checked against the queue's owed figure for that loan, and
against 应还金额 − 已还金额 where the sheet states an amount due. The expected figures are worked out
here the way a person reads the sheet, not by calling domain/amounts.py.
"""

from __future__ import annotations

import itertools
import re
from datetime import date, timedelta
from pathlib import Path

import pytest
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st

from operator_app.services.book import queue as queue_service
from operator_app.services.importing.import_file import import_file
from operator_app.services.planning import batches
from operator_app.services.reports import dashboard
from operator_app.store.db import open_database

AS_OF = date(2026, 12, 6)
HEADER = {"principal": "借款金额", "amount_due": "应还金额", "paid": "已还金额", "outstanding": "剩余应还",
          "seq": "期数"}
# Days past due that land in every collection stage (D-3, D-1, due today, grace, M1, M2, M3, M3+).
_LATE = st.sampled_from([-3, -1, 0, 2, 9, 40, 75, 120])
# A column set that says something about what is owed: principal, amount due or outstanding.
SHAPES = [frozenset(c) for n in range(1, 5) for c in itertools.combinations(
    ("principal", "amount_due", "paid", "outstanding"), n) if {"principal", "amount_due", "outstanding"} & set(c)]
LABELLED = re.compile(r"(逾期金额|剩余应还|本期应还|应还|尚有|最低还款|至少)¥([\d,]+\.\d\d)")

# principal (yuan), interest (yuan, may make the amount due a per-period figure), paid share, how
# the outstanding cell relates (consistent, principal-based, off), days late, 期数
_ROW = st.tuples(st.integers(500, 60_000), st.sampled_from([0, 400, 2_000, -30_000]),
                 st.sampled_from([0, 0, 10, 50, 99, 100, 120]), st.sampled_from(["same", "principal", "off"]),
                 _LATE, st.sampled_from([None, 1, 3]))
_examples = itertools.count()


@pytest.fixture(autouse=True)
def _office_morning(monkeypatch: pytest.MonkeyPatch) -> None:
    """Planned at 10:00 on the office's day, inside the send window, whatever the hour here."""
    monkeypatch.setenv("OPERATOR_APP_NOW", f"{AS_OF.isoformat()}T10:00:00+08:00")


def _fen(text: str) -> int:
    yuan, cents = text.replace(",", "").split(".")
    return int(yuan) * 100 + int(cents)


def _read(shape: frozenset[str], principal: int, amount_due: int, paid: int, outstanding: int) -> tuple[int, bool]:
    """(what is owed in yuan, whether the sheet states the whole amount due), read as a person
    reads the row: its own 剩余应还 when it has one; else what is to be repaid in all less what
    was paid. The amount due is what is to be repaid in all, unless it is below the principal
    (then it is only this period's, 本期应还, and the principal is the loan's whole)."""
    has_p, has_d = "principal" in shape, "amount_due" in shape
    whole_due = has_d and (not has_p or amount_due >= principal)
    basis = amount_due if whole_due else principal if has_p else None
    if "outstanding" in shape:
        return outstanding, whole_due
    assert basis is not None
    return max(0, basis - (paid if "paid" in shape else 0)), whole_due


@settings(max_examples=30, suppress_health_check=[HealthCheck.function_scoped_fixture],
          phases=[Phase.explicit, Phase.reuse, Phase.generate])
@given(st.sampled_from(SHAPES), st.booleans(), st.lists(_ROW, min_size=1, max_size=9), st.booleans())
def test_every_amount_in_a_planned_sms_is_what_the_sheet_says_is_owed(
        db_url: str, tmp_path: Path, shape: frozenset[str], with_seq: bool,
        rows: list[tuple[int, int, int, str, int, int | None]], with_schedule: bool) -> None:
    example = next(_examples)
    fields = [f for f in ("principal", "amount_due", "paid", "outstanding") if f in shape]
    fields += ["seq"] if with_seq else []
    lines = [",".join(["合同编号", "姓名", "手机号码", "应还日期", *(HEADER[f] for f in fields)])]
    owed: dict[str, int] = {}
    stated: dict[str, int] = {}  # contracts whose sheet states the whole amount due and no 剩余应还: due − paid
    for i, (principal, interest, share, how, late, seq) in enumerate(rows):
        contract = f"S{example}-{i}"
        amount_due = max(100, principal + interest)
        paid = amount_due * share // 100
        basis = amount_due if "amount_due" in shape and ("principal" not in shape or amount_due >= principal) \
            else principal
        outstanding = {"same": max(0, basis - paid), "principal": max(0, principal - paid),
                       "off": max(0, basis - paid) + 777}[how]
        cells = {"principal": principal, "amount_due": amount_due, "paid": paid, "outstanding": outstanding,
                 "seq": seq if seq is not None else ""}
        lines.append(",".join([contract, "张三丰", f"138{example:04d}{i:04d}", (AS_OF - timedelta(days=late)).isoformat(),
                               *(str(cells[f]) for f in fields)]))
        owed[contract], whole_due = _read(shape, principal, amount_due, paid, outstanding)
        if whole_due and "outstanding" not in shape:
            stated[contract] = amount_due - (paid if "paid" in shape else 0)
    sheet = tmp_path / f"book{example}.csv"
    sheet.write_text("\n".join(lines) + "\n", encoding="utf-8")
    schedule: dict[str, list[tuple[date, int, int]]] = {}
    if with_schedule:
        # The office's schedule for the first loans, imported after the loan sheet: three monthly
        # installments, the first partly paid. The newer sheet replaces what the loan sheet said.
        sched = ["合同编号,期数,应还日期,应还金额,已还金额"]
        for contract in list(owed)[:3]:
            dues = [(AS_OF - timedelta(days=35 - 30 * k), 1_000 + 100 * k, 300 if k == 0 else 0) for k in range(3)]
            schedule[contract] = dues
            sched += [f"{contract},{k + 1},{d.isoformat()},{a},{p}" for k, (d, a, p) in enumerate(dues)]
        path = tmp_path / f"schedule{example}.csv"
        path.write_text("\n".join(sched) + "\n", encoding="utf-8")
    db = open_database(db_url)
    try:
        result = import_file(db, sheet)
        assert not result.rejected, result.rejected
        if with_schedule:
            assert not import_file(db, path, kind="installment").rejected
        book = queue_service.queue(db, AS_OF)
        queue = {r.contract_no: r for r in book if r.contract_no in owed}
        view = batches.create_batch(db, as_of=AS_OF, by="alice")
        # The dashboard's figures per stage add up the same owed figures the queue shows.
        by_stage: dict[str, int] = {}
        for r in book:
            by_stage[r.stage] = by_stage.get(r.stage, 0) + r.outstanding_fen
        figures = {f.stage: f.outstanding_fen for f in dashboard.stage_figures(db, AS_OF) if f.loans}
        assert figures == {k: v for k, v in by_stage.items() if k in figures}
    finally:
        db.dispose()
    for contract, row in queue.items():
        if contract in schedule:
            owed[contract] = sum(a - p for _, a, p in schedule[contract])
            stated.pop(contract, None)
        assert row.outstanding_fen == owed[contract] * 100, (contract, shape, row)
    planned = {m.contract_no: m for m in view.messages}
    for contract, message in planned.items():
        amounts = [(label, _fen(text)) for label, text in LABELLED.findall(message.text)]
        assert amounts, message.text
        queue_owed = queue[contract].outstanding_fen
        for label, fen in amounts:
            if contract in schedule:
                # A schedule asks for what is overdue or due next; all of it is never more than owed,
                # and 剩余应还 is the whole.
                assert fen <= queue_owed, (label, message.text, queue_owed)
                if label == "剩余应还":
                    assert fen == queue_owed, (message.text, queue_owed)
            else:
                assert fen == queue_owed, (label, message.text, queue_owed)
                if contract in stated:
                    assert fen == stated[contract] * 100, (message.text, stated[contract])
    # Every loan that owes something and sits in a collection stage got its message.
    for contract, row in queue.items():
        if row.stage not in ("paid", "not_due") and row.outstanding_fen > 0:
            assert contract in planned, (contract, row.stage, [e for e in view.excluded if e[0] == contract])


def test_the_reported_sheet_reads_8400_everywhere(db_url: str, tmp_path: Path) -> None:
    """The office's own case: 借款金额 8,000, 应还金额 8,400, 已还金额 0, overdue. The queue, the
    overdue SMS and a pre-due SMS for the same kind of loan all say 8,400."""
    sheet = tmp_path / "book.csv"
    sheet.write_text("合同编号,姓名,手机号,借款金额,应还金额,已还金额,应还日期\n"
                     f"HT001,张三,13800138000,8000,8400,0,{(AS_OF - timedelta(days=16)).isoformat()}\n"
                     f"HT002,李四,13900139000,8000,8400,400,{(AS_OF + timedelta(days=3)).isoformat()}\n"
                     f"HT003,王五,13700137000,8000,8400,0,{(AS_OF - timedelta(days=45)).isoformat()}\n",
                     encoding="utf-8")
    db = open_database(db_url)
    try:
        assert not import_file(db, sheet).warnings
        queue = {r.contract_no: r.outstanding_fen for r in queue_service.queue(db, AS_OF)}
        texts = {m.contract_no: m.text for m in batches.create_batch(db, as_of=AS_OF, by="alice").messages}
    finally:
        db.dispose()
    assert queue == {"HT001": 840000, "HT002": 800000, "HT003": 840000}
    assert "逾期金额¥8,400.00" in texts["HT001"] and "最低还款¥8,400.00" in texts["HT001"]
    assert "本期应还¥8,000.00" in texts["HT002"]
    assert "剩余应还¥8,400.00" in texts["HT003"]
    assert "8,000.00" not in texts["HT001"] + texts["HT003"]


def test_remaining_principal_beside_an_amount_due_is_not_what_is_owed(db_url: str, tmp_path: Path) -> None:
    """剩余本金 counts principal only: beside 应还金额 the borrower owes amount due − paid, and a
    剩余应还 column wins over a 剩余本金 one wherever it stands; alone (no amount due) 剩余本金 is
    still the sheet's outstanding (the partial payers of tests/test_amounts.py)."""
    due = (AS_OF - timedelta(days=16)).isoformat()
    sheet = tmp_path / "book.csv"
    sheet.write_text("合同编号,姓名,手机号,借款金额,剩余本金,应还金额,已还金额,应还日期\n"
                     f"R1,张三,13800138000,8000,7000,8400,1000,{due}\n", encoding="utf-8")
    both = tmp_path / "both.csv"
    both.write_text("合同编号,姓名,手机号,借款金额,剩余本金,剩余应还,已还金额,应还日期\n"
                    f"R2,李四,13900139000,8000,7000,7300,1000,{due}\n", encoding="utf-8")
    db = open_database(db_url)
    try:
        first = import_file(db, sheet)
        second = import_file(db, both)
        queue = {r.contract_no: r.outstanding_fen for r in queue_service.queue(db, AS_OF)}
    finally:
        db.dispose()
    assert not first.warnings and queue["R1"] == 740000
    assert [w.code for w in second.warnings] == ["amounts_disagree"] and queue["R2"] == 730000
