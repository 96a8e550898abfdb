"""The audit chain's head kept outside the database (store/audit_anchor.py) and what `audit
verify` makes of it: a chain cut short, continued by hand or rewritten whole is named, and so is a
frozen text or recipient edited after its batch was approved. Tampering goes through a plain
engine of its own, as someone with the database's password would, never through the app."""

from __future__ import annotations

import json
import os
import stat
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import create_engine, delete, insert, select, update

from operator_app.messaging import audit
from operator_app.store import audit_anchor
from operator_app.store.audit_anchor import Anchor, Head
from operator_app.store.db import open_database, resolve_url
from operator_app.store.models import audit_table, message_table
from tests.conftest import _pg_database, run_cli, set_office_details
from tests.test_batches import TODAY, loan_book, office, pin, rows  # noqa: F401  (a fixture)

ROOT = Path(__file__).resolve().parent.parent


def verify(db_url: str) -> tuple[int, dict[str, object]]:
    res = run_cli("--db", db_url, "audit", "verify", "--json")
    return res.code, json.loads(res.out)


def approved(db_url: str) -> int:
    batch = run_cli("--db", db_url, "batch", "create", "--by", "小王", "--json").json()
    assert isinstance(batch, dict)
    assert run_cli("--db", db_url, "batch", "approve", str(batch["id"]), "--by", "老李").code == 0
    return int(batch["id"])


def test_a_clerks_day_keeps_the_chain_and_its_anchor_in_step(office: str) -> None:  # noqa: F811
    batch = approved(office)
    sent = run_cli("--db", office, "send", str(batch), "--transport", "emulator:", "--json")
    assert sent.code == 0, sent.err
    assert run_cli("--db", office, "opt-out", "13800138000", "--by", "小王").code == 0
    assert run_cli("--db", office, "hold", "HT102", "--reason", "有争议", "--by", "小王").code == 0
    assert run_cli("--db", office, "release", "HT102", "--by", "老李").code == 0
    code, shown = verify(office)
    assert code == 0 and shown["ok"] is True and shown["broken_at"] is None
    anchor = shown["anchor"]
    assert isinstance(anchor, dict) and anchor["confirmed"] == shown["head"]  # the dispatcher's path anchored too
    engine = create_engine(resolve_url(office))
    with engine.connect() as conn:
        actions = [a for (a,) in conn.execute(select(audit_table.c.action).order_by(audit_table.c.id))]
        details = " ".join(conn.execute(select(audit_table.c.detail)).scalars())
    engine.dispose()
    assert {"import", "setting_set", "batch_create", "batch_approve", "message_sent", "opt_out", "hold",
            "release"} <= set(actions)
    assert "13800138000" not in details and "138001" not in details  # digests and ids, never a phone
    path = audit_anchor.path_for(resolve_url(office))
    assert path is not None and stat.S_IMODE(path.stat().st_mode) == 0o600
    res = run_cli("--db", office, "--lang", "zh_CN", "audit", "verify")
    assert res.code == 0 and res.out.count("\n") == 1


def _rechain(rows: list[dict[str, object]]) -> None:
    """Link entries anew from the first, as a forger who read audit.py would."""
    prev = audit.GENESIS
    for row in rows:
        row["prev_hash"] = prev
        row["hash"] = prev = audit._digest(prev, row["at"], str(row["actor"]), str(row["action"]),  # type: ignore[arg-type]
                                           str(row["detail"]))


@pytest.mark.parametrize("tamper", ["delete_tail", "forged", "rewrite", "edit_body", "edit_to"])
def test_verify_names_each_kind_of_tampering(office: str, tamper: str) -> None:  # noqa: F811
    batch = approved(office)
    assert verify(office)[0] == 0
    engine = create_engine(resolve_url(office))  # not the app's: no anchor moves
    with engine.begin() as conn:
        rows = [dict(r._mapping) for r in conn.execute(select(audit_table).order_by(audit_table.c.id))]
        last = rows[-1]
        first_message = conn.execute(select(message_table.c.id).where(message_table.c.batch_id == batch)
                                     .order_by(message_table.c.id)).scalars().first()
        forged = 0
        if tamper == "delete_tail":
            conn.execute(delete(audit_table).where(audit_table.c.id >= rows[-2]["id"]))
        elif tamper == "forged":
            at = last["at"]
            detail = json.dumps({"batch": batch, "messages": 99})
            forged = conn.execute(insert(audit_table).returning(audit_table.c.id).values(
                at=at, actor="老李", action="batch_approve", detail=detail, prev_hash=last["hash"],
                hash=audit._digest(str(last["hash"]), at, "老李", "batch_approve", detail))).scalar_one()  # type: ignore[arg-type]
        elif tamper == "rewrite":
            rows[0]["actor"] = "mallory"
            _rechain(rows)
            conn.execute(delete(audit_table))
            conn.execute(insert(audit_table), rows)
        elif tamper == "edit_body":
            conn.execute(update(message_table).where(message_table.c.id == first_message)
                         .values(body="【安信小贷】您已逾期，今天不还就上门。"))
        else:
            conn.execute(update(message_table).where(message_table.c.id == first_message).values(to="+8613011112222"))
    engine.dispose()
    code, shown = verify(office)
    if tamper == "forged" and office.startswith("postgresql"):
        # The limit of per-desk anchors: on a shared server another desk's entry and a forged one
        # look alike past this computer's last write; both are told as unseen, not as a break.
        assert code == 0 and shown["ok"] is True and shown["broken_at"] is None
        assert shown["unseen"] == 1 and shown["unseen_from"] == forged
        return
    assert code == 1 and shown["ok"] is False and shown["unseen"] == 0
    expected = {"delete_tail": ("tail_missing", last["id"]), "forged": ("unseen_after", forged if tamper == "forged" else 0),
                "rewrite": ("rewritten", last["id"]), "edit_body": ("batch_changed", None),
                "edit_to": ("batch_changed", None)}[tamper]
    assert shown["problem"] == expected[0]
    if expected[1] is not None:
        assert shown["broken_at"] == expected[1]
    else:  # the approval's entry, and the batch
        approval = next(r["id"] for r in rows if r["action"] == "batch_approve")
        assert shown["broken_at"] == approval and shown["batch"] == batch
    for lang in ("en", "zh_CN"):
        res = run_cli("--db", office, "--lang", lang, "audit", "verify")
        assert res.code == 1 and res.out.count("\n") == 1 and "{" not in res.out


def test_a_rolled_back_append_leaves_the_anchor_and_a_lost_confirmation_is_no_alarm(db_url: str) -> None:
    db = open_database(db_url)
    path = audit_anchor.path_for(db.url)
    assert path is not None
    try:
        with db.engine.begin() as conn:
            audit.append(conn, "tester", "note", {"n": 1})
        before = audit_anchor.read(path)
        with pytest.raises(RuntimeError), db.engine.begin() as conn:
            audit.append(conn, "tester", "note", {"n": 2})
            raise RuntimeError("changed my mind")
        assert audit_anchor.read(path) == before
        with db.engine.connect() as conn:
            assert audit.verify(conn, audit_anchor.read(path)).ok
        # A process that died between its COMMIT and the confirmation: the head is the pending one.
        real = audit_anchor.confirm
        audit_anchor.confirm = lambda *a, **k: None  # type: ignore[assignment]
        try:
            with db.engine.begin() as conn:
                audit.append(conn, "tester", "note", {"n": 3})
        finally:
            audit_anchor.confirm = real  # type: ignore[assignment]
        left = audit_anchor.read(path)
        assert left is not None and left.pending is not None and left.confirmed == (before and before.confirmed)
        with db.engine.connect() as conn:
            assert audit.verify(conn, left).ok
        with db.engine.begin() as conn:  # the next write builds on it and confirms it
            audit.append(conn, "tester", "note", {"n": 4})
        after = audit_anchor.read(path)
        assert after is not None and after.confirmed is not None and after.confirmed.seq > left.pending.seq
        with db.engine.connect() as conn:
            assert audit.verify(conn, after).ok
    finally:
        db.dispose()


def test_the_anchor_never_moves_backwards(tmp_path: Path) -> None:
    path = tmp_path / "office.db.audit-head"
    audit_anchor.confirm(path, Head(5, "e"))
    audit_anchor.confirm(path, Head(3, "c"))  # a slower process's late word
    audit_anchor.pending(path, Head(4, "d"), Head(3, "c"))
    assert audit_anchor.read(path) == Anchor(Head(5, "e"), None)
    audit_anchor.pending(path, Head(6, "f"), Head(5, "e"))
    audit_anchor.confirm(path, Head(5, "e"))
    assert audit_anchor.read(path) == Anchor(Head(5, "e"), Head(6, "f"))
    assert stat.S_IMODE(path.stat().st_mode) == 0o600


def test_the_dispatcher_confirms_its_head_with_its_next_write_and_when_it_closes(db_url: str) -> None:
    """The dispatcher anchors each head `pending` before its COMMIT and leaves the confirmation to
    its next transaction (messaging/outbox_tx.py): in between, the anchor reads as after a crash
    between COMMIT and confirmation, which verify accepts; a tail deleted then still shows once
    the next write confirms the head it built on."""
    from operator_app.messaging.outbox_tx import Transactions

    db = open_database(db_url)
    path = audit_anchor.path_for(db.url)
    assert path is not None
    writer = Transactions(db, lambda _reason: None)
    try:
        first = writer.fast_tx(lambda conn: audit.append(conn, "dispatch#1", "message_sent", {"message": 1}))
        left = audit_anchor.read(path)
        assert left is not None and left.pending is not None and left.pending.hash == first
        assert left.confirmed is None or left.confirmed.seq < left.pending.seq  # not confirmed yet
        with db.engine.connect() as conn:
            assert audit.verify(conn, left).ok
        writer.fast_tx(lambda conn: audit.append(conn, "dispatch#1", "message_sent", {"message": 2}))
        now = audit_anchor.read(path)
        assert now is not None and now.confirmed == left.pending  # confirmed on the way
        assert now.pending is not None and now.pending.seq > left.pending.seq
        writer.fast_tx(lambda conn: None, durable=False)  # a transaction that appends nothing confirms
        assert audit_anchor.read(path) == Anchor(now.pending, None)
        third = writer.fast_tx(lambda conn: audit.append(conn, "dispatch#1", "message_sent", {"message": 3}))
    finally:
        writer.close()
    closed = audit_anchor.read(path)
    assert closed is not None and closed.confirmed is not None and closed.confirmed.hash == third
    with db.engine.connect() as conn:
        assert audit.verify(conn, closed).ok
    db.dispose()


WRITER = """
import sys
from operator_app.messaging import audit
from operator_app.store.db import open_database
db = open_database(sys.argv[1])
for i in range(int(sys.argv[2])):
    with db.engine.begin() as conn:
        audit.append(conn, sys.argv[3], "note", {"i": i})
db.dispose()
"""


def test_two_processes_appending_keep_the_anchor_on_the_head(db_url: str) -> None:
    open_database(db_url).dispose()
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    writers = [subprocess.Popen([sys.executable, "-c", WRITER, db_url, "40", name], env=env, cwd=ROOT)
               for name in ("甲", "乙")]
    assert [w.wait(timeout=120) for w in writers] == [0, 0]
    code, shown = verify(db_url)
    assert code == 0 and shown["entries"] == 80
    anchor = shown["anchor"]
    assert isinstance(anchor, dict) and anchor["confirmed"] == shown["head"]


@pytest.fixture
def pg_office(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[str]:
    """The test office on PostgreSQL only: what it is about is several workstations sharing one
    server, each with its own anchor, which a SQLite file (its anchor beside it) never has."""
    pin(monkeypatch, TODAY)
    for url in _pg_database():
        assert run_cli("--db", url, "import", str(loan_book(tmp_path / "book.xlsx", rows(TODAY)))).code == 0
        set_office_details(url)
        yield url


def test_two_desks_on_one_server_verify_ok_and_either_catches_a_deleted_tail(
        pg_office: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    desks = {"甲": tmp_path / "desk-a", "乙": tmp_path / "desk-b"}  # each computer's config folder

    def at(desk: str) -> None:
        monkeypatch.setenv("OPERATOR_APP_CONFIG", str(desks[desk]))

    def head() -> int:
        engine = create_engine(resolve_url(pg_office))
        with engine.connect() as conn:
            top = conn.execute(select(audit_table.c.id).order_by(audit_table.c.id.desc()).limit(1)).scalar_one()
        engine.dispose()
        return int(top)

    last: dict[str, int] = {}
    for desk, contract in [("甲", "HT101"), ("乙", "HT102"), ("甲", "HT103"), ("乙", "HT104")]:
        at(desk)
        res = run_cli("--db", pg_office, "hold", contract, "--reason", "有争议", "--by", desk)
        assert res.code == 0, res.err
        last[desk] = head()
        for who in desks:
            at(who)
            code, shown = verify(pg_office)
            assert code == 0 and shown["ok"] is True and shown["problem"] is None, shown
            after = [] if who not in last else list(range(last[who] + 1, head() + 1))
            assert shown["unseen"] == len(after) and shown["unseen_from"] == (after[0] if after else None)
    at("甲")  # 乙 wrote last: 甲 is told of 乙's entries in one more line, in both languages
    for lang in ("en", "zh_CN"):
        res = run_cli("--db", pg_office, "--lang", lang, "audit", "verify")
        assert res.code == 0 and res.out.count("\n") == 2 and "{" not in res.out, res.out
        assert str(last["甲"] + 1) in res.out.splitlines()[1]
    engine = create_engine(resolve_url(pg_office))  # the last entries of both desks go
    with engine.begin() as conn:
        conn.execute(delete(audit_table).where(audit_table.c.id >= last["甲"]))
    engine.dispose()
    for who in desks:
        at(who)
        code, shown = verify(pg_office)
        assert code == 1 and shown["problem"] == "tail_missing" and shown["broken_at"] == last[who], shown


def test_on_a_server_a_pending_head_never_committed_is_a_gap_and_one_rewritten_is_a_break(
        tmp_path: Path) -> None:
    """PostgreSQL only: ids come from a sequence, so a COMMIT that failed after its pending head
    was written leaves a gap the next desk's entry skips, and that id never holds another entry
    unless someone rewrote the chain."""
    for url in _pg_database():
        db = open_database(url)
        try:
            with db.engine.begin() as conn:
                audit.append(conn, "甲", "note", {"n": 1})
            with db.engine.connect() as conn:
                mine = audit.verify(conn).head
                assert mine is not None
                conn.exec_driver_sql("SELECT nextval(pg_get_serial_sequence('audit', 'id'))")  # the lost COMMIT's id
            gap = Head(mine.seq + 1, "f" * 64)
            other = create_engine(resolve_url(url))  # another desk: its own anchor, none of ours
            with other.begin() as conn:
                audit.append(conn, "乙", "note", {"n": 2})
            with db.engine.connect() as conn:
                shown = audit.verify(conn, Anchor(mine, gap))
                assert shown.ok and shown.unseen == 1 and shown.unseen_from == mine.seq + 2
                conn.execute(update(audit_table).where(audit_table.c.id == mine.seq + 2).values(id=gap.seq))
                conn.commit()
            with other.begin() as conn:
                audit.append(conn, "乙", "note", {"n": 3})
            with db.engine.connect() as conn:
                shown = audit.verify(conn, Anchor(mine, gap))  # another entry sits at the pending id
                assert not shown.ok and shown.problem == "rewritten" and shown.broken_at == gap.seq
            other.dispose()
        finally:
            db.dispose()


def test_a_keeper_writes_what_the_plain_updates_write_whoever_else_writes_between(tmp_path: Path) -> None:
    # The dispatcher's Keeper remembers the slots it last read or wrote and decodes them again
    # only when they changed; another process's writes between two of its updates (the plain
    # functions below, as a second process runs them) must still be read, and a torn slot too.
    kept, plain = tmp_path / "kept.audit-head", tmp_path / "plain.audit-head"
    keeper = audit_anchor.Keeper(kept, "sqlite:///x.db")
    h = [Head(i, f"{i:064x}") for i in range(12)]
    steps: list[tuple[str, Head, Head | None]] = [
        ("keeper_pending", h[1], None), ("keeper_pending", h[2], h[1]), ("other_pending", h[3], h[2]),
        ("other_confirm", h[3], None), ("keeper_pending", h[4], h[3]), ("keeper_confirm", h[4], None),
        ("keeper_pending", h[5], h[4]), ("other_pending", h[7], h[5]), ("keeper_pending", h[6], h[5]),
        ("tear", h[0], None), ("keeper_pending", h[8], h[7]), ("keeper_confirm", h[8], None),
        ("other_confirm", h[10], None), ("keeper_pending", h[9], h[8]), ("keeper_confirm", h[9], None),
        ("keeper_pending", h[11], h[10]),
    ]
    try:
        for step, head, prev in steps:
            if step == "tear":  # a slot half written: both copies alike
                for path in (kept, plain):
                    data = bytearray(path.read_bytes())
                    data[audit_anchor.SLOT + 20] ^= 1
                    path.write_bytes(bytes(data))
                continue
            if step == "keeper_pending":
                keeper.pending(head, prev)
            elif step == "keeper_confirm":
                keeper.confirm(head)
            elif step == "other_pending":
                audit_anchor.pending(kept, head, prev, "sqlite:///x.db")
            else:
                audit_anchor.confirm(kept, head, "sqlite:///x.db")
            if step.endswith("pending"):
                audit_anchor.pending(plain, head, prev, "sqlite:///x.db")
            else:
                audit_anchor.confirm(plain, head, "sqlite:///x.db")
            assert kept.read_bytes() == plain.read_bytes(), step
            assert audit_anchor.read(kept) == audit_anchor.read(plain)
    finally:
        keeper.close()
    assert audit_anchor.read(kept) == Anchor(h[10], h[11])
