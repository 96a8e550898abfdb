"""An office with an approved batch of N queued messages, written straight into the store (the
batch rules are tested in test_batches.py; here the outbox is what is under test). Each message
text names its contract, so the far end's log shows which message arrived how often."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, time
from zoneinfo import ZoneInfo

from sqlalchemy import delete, insert

from operator_app.messaging.settings_registry import PREFIX
from operator_app.store.db import Database
from operator_app.store.models import (
    app_setting_table,
    batch_table,
    borrower_table,
    loan_table,
    message_table,
)
from tests.conftest import OFFICE_DETAILS

SH = ZoneInfo("Asia/Shanghai")
TODAY = datetime.now(UTC).astimezone(SH).date()


def ten_am(day: date = TODAY, hour: int = 10) -> datetime:
    return datetime.combine(day, time(hour, 0), SH)


def phone(i: int) -> str:
    return f"+86139{i:08d}"


def text_of(i: int, *, long: bool = False) -> str:
    body = f"【安信小贷】HT{i:05d} 您的借款已逾期，请尽快还款。回T退订"
    return body + ("详情请致电客服热线四零零零零零零零零零，我们将竭诚为您服务。" * 2 if long else "")


@dataclass
class Office:
    batch_id: int
    message_ids: list[int]
    borrower_ids: list[int]


def make_office(db: Database, n: int, *, now: datetime | None = None, long_every: int = 0,
                start: int = 0) -> Office:
    now = (now or ten_am()).astimezone(UTC)
    with db.engine.begin() as conn:
        # The office's details, set as it sets them before its first approval (no audit entry here:
        # the outbox is under test, not the settings).
        keys = [PREFIX + k for k in OFFICE_DETAILS]
        conn.execute(delete(app_setting_table).where(app_setting_table.c.key.in_(keys)))
        conn.execute(insert(app_setting_table), [{"key": PREFIX + k, "value": v} for k, v in OFFICE_DETAILS.items()])
        borrowers = [int(conn.execute(insert(borrower_table).values(
            match_key=f"np:b{start + i}", name=f"借款人{start + i}", phone=phone(start + i), phone_raw=phone(start + i),
            locale="zh_CN", created_at=now)).inserted_primary_key[0]) for i in range(n)]
        loans = [int(conn.execute(insert(loan_table).values(
            contract_no=f"HT{start + i:05d}", borrower_id=b, outstanding_fen=100000, status="active", created_at=now,
            updated_at=now)).inserted_primary_key[0]) for i, b in enumerate(borrowers)]
        batch = int(conn.execute(insert(batch_table).values(
            as_of=now.astimezone(SH).date(), status="approved", created_by="小王", created_at=now, approved_by="老李",
            approved_at=now, messages_count=n)).inserted_primary_key[0])
        ids = []
        for i, (b, loan) in enumerate(zip(borrowers, loans, strict=True)):
            k = start + i
            long = bool(long_every) and k % long_every == 0
            ids.append(int(conn.execute(insert(message_table).values(
                batch_id=batch, loan_id=loan, borrower_id=b, to=phone(k), body=text_of(k, long=long),
                segments=2 if long else 1, encoding="ucs2", locale="zh_CN", stage="M1", days_past_due=5,
                amount_fen=100000, status="queued", attempts=0, idempotency_key=f"{loan}:0:M1:{TODAY.isoformat()}",
                planned_at=now, created_at=now, queued_at=now, updated_at=now)).inserted_primary_key[0]))
    return Office(batch, ids, borrowers)
