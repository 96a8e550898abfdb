"""A believable demo office: a few thousand loans spread over every stage, Chinese names,
monthly schedules, a few opted-out borrowers, disputes on hold, landlines and a shared number,
and partial payers in every stage: some paid part of their oldest unpaid installment, others
are loan-level loans (principal, paid, outstanding, one due date) as a loan sheet gives them,
their amounts read by domain.amounts as an import reads them.

Stages are drawn first and schedules built around them, so every bucket is populated whatever
day the demo is opened on.
"""

from __future__ import annotations

import random
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path

from sqlalchemy import Connection, delete, insert, select

from operator_app import clock
from operator_app.domain.amounts import implied_installment, loan_amounts
from operator_app.domain.dates import add_months
from operator_app.domain.phones import normalize_phone
from operator_app.domain.policy import ContactPolicy
from operator_app.messaging import audit
from operator_app.messaging.settings_registry import PREFIX, Settings
from operator_app.services.book.queue import store_figures
from operator_app.store.db import open_database, resolve_url
from operator_app.store.models import (
    app_setting_table,
    borrower_table,
    import_run_table,
    installment_table,
    loan_table,
)

SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈"
GIVEN = "伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超秀兰霞平刚桂英华玉兰萍红娥建国建华志强秀珍海燕文博思远子涵雨欣浩然"
# (share of loans, stage, days past due of the first unpaid installment; negative = days before due)
STAGE_MIX = [
    (0.20, "not_due", lambda r: r.randint(10, 25) * -1),
    (0.08, "pre_due", lambda r: r.choice([-3, -2, -1])),
    (0.04, "due_today", lambda r: 0),
    (0.06, "grace", lambda r: r.randint(1, 3)),
    (0.25, "M1", lambda r: r.randint(4, 30)),
    (0.12, "M2", lambda r: r.randint(31, 60)),
    (0.08, "M3", lambda r: r.randint(61, 90)),
    (0.07, "M3+", lambda r: r.randint(91, 400)),
    (0.10, "paid", None),
]
PARTIAL_SHARE = 0.25  # of the loans that owe something: paid part of what is due
PARTIAL_AT_LEAST = 3  # partial payers per stage, whatever the draw
DEMO_IMPORT_WEEKS = 6  # weekly imports the demo office made, the last one today
OFFICE_ZONE = ContactPolicy().zone  # a new database's office clock
# The demo office's own details (an office sets its own before its first approval): plainly a demo.
DEMO_OFFICE = {"office.signature": "演示小贷", "office.phone": "0571-88886666"}


def _name(rng: random.Random) -> str:
    return rng.choice(SURNAMES) + "".join(rng.choice(GIVEN) for _ in range(rng.choice([1, 2, 2])))


def _mobile(rng: random.Random) -> str:
    """A number that is an allocated Chinese mobile (the import would flag anything else)."""
    while True:
        number = "1" + rng.choice("3456789") + "".join(rng.choice("0123456789") for _ in range(9))
        if normalize_phone(number).e164:
            return number


def _import_days(today: date, now: datetime) -> list[tuple[date, datetime]]:
    """The demo office's weekly imports, oldest first: 09:00 office time, today's a moment ago."""
    days = [today - timedelta(weeks=w) for w in range(DEMO_IMPORT_WEEKS - 1, -1, -1)]
    return [(d, min(now, datetime.combine(d, time(9), OFFICE_ZONE).astimezone(UTC))) for d in days]


def _since(day: date) -> datetime:
    """A demo loan's record is as old as its disbursement (so the older imports saw it)."""
    return datetime.combine(day, time(0), OFFICE_ZONE).astimezone(UTC)


def _office_details(conn: Connection) -> dict[str, str]:
    """The demo's signature and phone where the database has none of its own (a PostgreSQL
    demo keeps what an operator already set), so the demo's batches can be approved."""
    table = app_setting_table
    stored = {k[len(PREFIX):]: v for k, v in conn.execute(
        select(table.c.key, table.c.value).where(table.c.key.like(PREFIX + "%")))}
    missing = {k: v for k, v in DEMO_OFFICE.items() if k in Settings(stored).missing_office_details()}
    for key, value in missing.items():
        conn.execute(delete(table).where(table.c.key == PREFIX + key))
        conn.execute(insert(table).values(key=PREFIX + key, value=value))
    return missing


def create_demo(target: str | Path, *, today: date, loans: int = 3000, seed: int = 20261127) -> int:
    url = resolve_url(target)
    if url.startswith("sqlite:///"):
        path = Path(url.removeprefix("sqlite:///"))
        for suffix in ("", "-wal", "-shm"):
            Path(f"{path}{suffix}").unlink(missing_ok=True)
    db = open_database(url)
    rng = random.Random(seed)
    now = clock.now()
    borrowers, loan_rows, installments = [], [], []
    weights = [w for w, _, _ in STAGE_MIX]
    shared = _mobile(rng)
    partial_count: dict[str, int] = {}
    for i in range(1, loans + 1):
        name = _name(rng)
        phone_raw = _mobile(rng)
        phone: str | None = "+86" + phone_raw
        problem = None
        if i % 97 == 0:
            phone_raw, phone, problem = f"010-{rng.randint(60000000, 69999999)}", None, "landline"
        elif i in (50, 51):
            phone_raw, phone = shared, "+86" + shared
        borrowers.append({
            "id": i, "match_key": f"np:{name}|{phone_raw}#{i}", "name": name, "phone": phone, "phone_raw": phone_raw,
            "phone_problem": problem, "id_last4": f"{rng.randint(0, 9999):04d}", "locale": "zh_CN",
            "opted_out_at": now - timedelta(days=rng.randint(1, 90)) if i % 41 == 0 else None,
            "hold_until": today + timedelta(days=rng.randint(5, 30)) if i % 53 == 0 else None,
            "hold_reason": "借款人申诉，待复核" if i % 53 == 0 else None, "created_at": now,
        })
        principal = rng.randrange(3000, 50000, 500) * 100
        _share, stage, draw = rng.choices(STAGE_MIX, weights)[0]
        owed_days = draw(rng) if draw else None
        partial = draw is not None and (partial_count.get(stage, 0) < PARTIAL_AT_LEAST or rng.random() < PARTIAL_SHARE)
        if partial:
            partial_count[stage] = partial_count.get(stage, 0) + 1
        contract = f"HT{i:08d}"
        if partial and i % 2 and owed_days is not None:
            # As a loan sheet states a partial payer: principal, paid, outstanding, one due date.
            due = today - timedelta(days=owed_days)
            paid = principal * rng.randint(1, 9) // 10
            amounts = loan_amounts(principal, None, paid, principal - paid, due)
            inst = implied_installment(None, due, amounts.amount_due_fen, amounts.amount_paid_fen, None)
            assert inst is not None
            installments.append({"loan_id": i, "seq": inst.seq, "due_on": inst.due_on,
                                 "amount_due_fen": inst.amount_due_fen, "amount_paid_fen": inst.amount_paid_fen,
                                 "paid_on": None, "origin": "loan_sheet"})
            loan_rows.append({"id": i, "contract_no": contract, "borrower_id": i, "principal_fen": principal,
                              "disbursed_on": add_months(due, -12), "outstanding_fen": amounts.outstanding_fen,
                              "status": amounts.status, "created_at": _since(add_months(due, -12)), "updated_at": now})
            continue
        term = rng.choice([6, 6, 12, 12, 12, 24])
        per = principal * (100 + rng.randint(6, 18)) // 100 // term
        n_paid = term if owed_days is None else rng.randint(0, term - 1)
        first_unpaid = today - timedelta(days=owed_days if owed_days is not None else rng.randint(1, 30))
        disbursed = add_months(first_unpaid, -n_paid - 1)
        for k in range(term):
            due = add_months(disbursed, k + 1)
            paid = per if k < n_paid else (rng.randint(1, per - 1) if k == n_paid and partial else 0)
            installments.append({"loan_id": i, "seq": k + 1, "due_on": due, "amount_due_fen": per,
                                 "amount_paid_fen": paid, "paid_on": due - timedelta(days=rng.randint(0, 3)) if paid == per else None,
                                 "origin": "schedule"})
        loan_rows.append({"id": i, "contract_no": f"HT{disbursed:%Y%m}{i:06d}", "borrower_id": i,
                          "principal_fen": principal, "disbursed_on": disbursed, "outstanding_fen": None,
                          "status": "paid" if n_paid == term else "active", "created_at": _since(disbursed),
                          "updated_at": now})
    with db.engine.begin() as conn:
        conn.execute(insert(borrower_table), borrowers)
        conn.execute(insert(loan_table), loan_rows)
        conn.execute(insert(installment_table), installments)
        # An office that imports its book every week, the last time today: the status bar and
        # the approval's stale-data guard read the last import, the dashboard's trend all of them
        # (the book then is this one, on the loans that existed: no payment rows, so older points
        # show the same loans a few weeks younger).
        conn.execute(insert(import_run_table), [{
            "file_name": f"演示台账 {day:%m-%d}.xlsx", "sha256": f"{k:064d}", "sheet": None, "kind": "installment",
            "mapping": "{}", "rows_read": len(installments), "loans_created": loans if k == 0 else 0,
            "loans_unchanged": 0 if k == 0 else loans, "installments": len(installments), "imported_by": "demo",
            "started_at": at, "finished_at": at} for k, (day, at) in enumerate(_import_days(today, now))])
        store_figures(conn)  # the queue's stored figures, as an import writes them
        details = _office_details(conn)
        audit.append(conn, "demo", "demo_created", {"loans": loans, "as_of": today.isoformat(), "settings": details})
    db.dispose()
    return loans
