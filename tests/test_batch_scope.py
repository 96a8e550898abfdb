"""`batch create --contract` and the service's `loan_ids` (the queue's selection and filter), on
SQLite and PostgreSQL: only the chosen loans are planned or excluded, the stages still apply,
and an unknown or empty choice is bad input that plans nothing."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from operator_app.errors import UsageError
from operator_app.services.book.queue_view import QueueFilter
from operator_app.services.planning import batches
from operator_app.store.db import open_database
from operator_app.store.models import batch_table, loan_table, message_table
from tests.conftest import run_cli
from tests.test_batches import TODAY, office  # noqa: F401 - the imported office, as a fixture


def test_batch_create_for_chosen_contracts(office: str) -> None:  # noqa: F811
    res = run_cli("--db", office, "batch", "create", "--by", "小王", "--contract", "HT101", "--contract", "HT106",
                  "--contract", "HT203", "--contract", "HT104", "--json")
    assert res.code == 0, res.err
    batch = res.json()
    assert isinstance(batch, dict)
    assert [m["contract_no"] for m in batch["messages"]] == ["HT203", "HT101"]  # HT203 alone of its borrower now
    assert batch["excluded"] == [{"contract_no": "HT106", "reasons": ["invalid_phone"]}]  # HT104: D-2, no stage
    staged = run_cli("--db", office, "batch", "create", "--by", "小王", "--contract", "HT102", "--contract", "HT103",
                     "--stage", "M2", "--json").json()
    assert isinstance(staged, dict)
    assert [m["contract_no"] for m in staged["messages"]] == ["HT102"] and staged["excluded"] == []  # stage applies


@pytest.mark.parametrize("contracts", [("HT999",), ("HT101", "NOPE")])
def test_an_unknown_contract_is_bad_input_and_plans_nothing(office: str, contracts: tuple[str, ...]) -> None:  # noqa: F811
    argv = [a for c in contracts for a in ("--contract", c)]
    res = run_cli("--db", office, "batch", "create", "--by", "小王", *argv)
    assert res.code == 2 and res.err.count("\n") == 1 and contracts[-1] in res.err
    db = open_database(office)
    with db.engine.connect() as conn:
        assert conn.execute(select(func.count()).select_from(batch_table)).scalar() == 0
    db.dispose()


def test_the_service_refuses_an_empty_or_unknown_choice(office: str) -> None:  # noqa: F811
    db = open_database(office)
    try:
        for loan_ids, code in (([], "batch_no_loans"), ([10**6], "batch_loan_unknown")):
            with pytest.raises(UsageError) as caught:
                batches.create_batch(db, as_of=TODAY, by="小王", loan_ids=loan_ids)
            assert caught.value.code == code
        with db.engine.connect() as conn:
            assert conn.execute(select(func.count()).select_from(message_table)).scalar() == 0
            ids = dict(conn.execute(select(loan_table.c.contract_no, loan_table.c.id)).all())
        # the queue's filter picks the loans: overdue 30 days or more
        chosen = batches.loans_of_filter(db, TODAY, QueueFilter(dpd_min=30))
        assert chosen is not None and sorted(chosen) == sorted(ids[c] for c in ("HT102", "HT202", "HT203"))
        assert batches.loans_of_filter(db, TODAY, QueueFilter()) is None  # no filter: the whole book
        assert batches.loans_of_filter(db, TODAY, QueueFilter(search="nobody")) == []
        view = batches.create_batch(db, as_of=TODAY, by="小王", loan_ids=chosen)
        assert [m.contract_no for m in view.messages] == ["HT202", "HT102"]  # most overdue first
        assert view.excluded == [("HT203", ["one_per_borrower"])]
    finally:
        db.dispose()
