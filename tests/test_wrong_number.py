"""Replies (domain.replies): a wrong number stops every message to that number and puts the loan
on the call list for a new number, and it wins over an opt-out written in the same reply; the
traditional and common variants of opt-outs and holds; the fold rule against width, case and
zero-width noise (property tests, derandomized)."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from sqlalchemy import select

from operator_app.domain import replies
from operator_app.messaging import audit
from operator_app.messaging.inbound import Reply, store_reply
from operator_app.store.db import open_database
from operator_app.store.models import audit_table, borrower_table, message_table
from tests.conftest import run_cli, set_office_details
from tests.outbox_office import SH, TODAY
from tests.sheets import loan_book

MSG, BORROWER = message_table, borrower_table


@pytest.mark.parametrize("text", ["不是本人", "不是我", "打错了", "你打错人了", "号码错误", "这不是我的号码", "你们打錯了",
                                  "不是本人，不要再发了", "打错了 退订", "STOP 你打错人了", "号码错误，我要投诉"])
def test_wrong_number_replies_and_they_win_over_opt_out_and_hold(text: str) -> None:
    assert replies.classify_reply(text) == replies.WRONG_NUMBER


@pytest.mark.parametrize("text", ["退訂", "取消訂閱", "请勿再发", "請勿再發", "不要再给我发了", "STOP ALL", "stop all!",
                                  "Ｓｔｏｐ　Ａｌｌ", "别再发了"])
def test_traditional_and_common_opt_outs(text: str) -> None:
    assert replies.classify_reply(text) == replies.OPT_OUT


@pytest.mark.parametrize("text", ["投訴", "我要投訴", "我已经还款了", "已經還了", "舉報你們"])
def test_traditional_and_common_holds(text: str) -> None:
    assert replies.classify_reply(text) == replies.HOLD


KEYWORDS = ([(w, replies.WRONG_NUMBER) for w in replies.WRONG_NUMBER_WORDS]
            + [(w, replies.OPT_OUT) for w in (*replies.OPT_OUT_WORDS, *replies.OPT_OUT_TOKENS)]
            + [(w, replies.HOLD) for w in replies.HOLD_WORDS])
INVISIBLE = ["\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\u00ad"]
SPACES = [" ", "\u3000", "\t", "，", "！", "-", "."]


def full_width(c: str) -> str:
    return chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else c


@given(st.sampled_from(KEYWORDS), st.data())
def test_the_fold_of_a_keyword_with_noise_classifies_the_same(keyword: tuple[str, str], data: st.DataObject) -> None:
    """Each keyword, with any letter in full width or another case and any zero-width character
    or separator between its letters, is still that keyword."""
    word, action = keyword
    noisy = ""
    for c in word:
        if data.draw(st.booleans(), label="full width"):
            c = full_width(c)
        if data.draw(st.booleans(), label="swap case"):
            c = c.swapcase()
        noisy += c + data.draw(st.sampled_from(["", "", *INVISIBLE, *SPACES]), label="noise")
    noisy = data.draw(st.sampled_from(["", " ", "\u200b"]), label="before") + noisy
    assert replies.fold(noisy) == replies.fold(word)
    assert replies.classify_reply(noisy) == action


def rows(day: date) -> list[list[object]]:
    due = lambda n: day - timedelta(days=n)  # noqa: E731 - days past due
    return [
        ["HT101", "张三", "13800138000", None, 1000, due(10), 1000, 0, ""],
        ["HT102", "李四", "13900139000", None, 2000, due(45), 2000, 500, ""],
    ]


@pytest.fixture
def office(db_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> str:
    monkeypatch.setenv("OPERATOR_APP_NOW", datetime.combine(TODAY, time(10), SH).isoformat())
    assert run_cli("--db", db_url, "import", str(loan_book(tmp_path / "book.xlsx", rows(TODAY)))).code == 0
    set_office_details(db_url)
    batch = run_cli("--db", db_url, "batch", "create", "--by", "小王", "--json").json()
    assert isinstance(batch, dict)
    assert run_cli("--db", db_url, "batch", "approve", str(batch["id"]), "--by", "老李").code == 0
    return db_url


@pytest.mark.parametrize("text", ["你打错人了", "不是本人，不要再发了"])
def test_a_wrong_number_reply_stops_the_number_and_asks_for_a_call(office: str, text: str) -> None:
    now = datetime.combine(TODAY, time(10, 30), SH).astimezone(UTC)
    db = open_database(office)
    with db.engine.begin() as conn:
        _, action = store_reply(conn, Reply("+86 139 0013 9000", text, now, "modem:COM3"), now=now)
    with db.engine.connect() as conn:
        person = conn.execute(select(BORROWER.c.opted_out_at, BORROWER.c.hold_until)
                              .where(BORROWER.c.name == "李四")).one()
        entries = conn.execute(select(audit_table.c.action)).scalars().all()
        assert audit.verify(conn).ok
    db.dispose()
    assert action == "wrong_number"
    assert person.hold_until is not None and person.opted_out_at is None  # on hold, not the borrower's opt-out
    assert "wrong_number" in entries
    msgs = {m["contract_no"]: m for m in run_cli("--db", office, "messages", "--json").json()}  # type: ignore[union-attr]
    assert (msgs["HT102"]["status"], msgs["HT102"]["reason"]) == ("cancelled", "wrong_number")
    assert msgs["HT101"]["status"] == "queued"
    calls = run_cli("--db", office, "calls", "--json").json()
    assert {"contract_no": "HT102", "borrower": "李四", "phone_raw": "13900139000", "reason": "wrong_number",
            "priority": 1} in [{k: c[k] for k in ("contract_no", "borrower", "phone_raw", "reason", "priority")}
                               for c in calls]  # type: ignore[union-attr, index]
    inbox = run_cli("--db", office, "inbox", "--json").json()
    assert isinstance(inbox, list) and inbox[0]["action"] == "wrong_number" and inbox[0]["contract_no"] == "HT102"
    en = run_cli("--db", office, "--lang", "en", "calls").out
    zh = run_cli("--db", office, "--lang", "zh_CN", "calls").out
    assert "wrong number: call for a new one" in en and "号码错误：请致电索取新号码" in zh
    assert "号码错误：已暂停催收，已列入电话名单" in run_cli("--db", office, "--lang", "zh_CN", "inbox").out
    # A person checked it and released the hold: off the call list, messages may go again.
    assert run_cli("--db", office, "release", "HT102", "--by", "老李").code == 0
    calls = run_cli("--db", office, "calls", "--json").json()
    assert all(c["reason"] != "wrong_number" for c in calls)  # type: ignore[union-attr]
