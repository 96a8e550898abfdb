"""The pure rules the dispatcher stands on: the outbox state machine, multipart delivery,
pacing and backoff, and what a borrower's reply asks for."""

from __future__ import annotations

import random
from datetime import datetime
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given
from hypothesis import strategies as st

from operator_app.domain import outbox, pacing, replies


@pytest.mark.parametrize("text", ["退订", "TD", "td", "ＴＤ", " t ", "T", "N", "STOP", "Stop!", "回T退订", "请退订，谢谢",
                                  "退订。", "不要再发了", "ｓｔｏｐ", "UNSUBSCRIBE"])
def test_opt_out_replies(text: str) -> None:
    assert replies.classify_reply(text) == replies.OPT_OUT


@pytest.mark.parametrize("text", ["我要投诉你们", "发错了吧", "我已还", "已经还了", "昨天已还款", "我已还，请核实",
                                  "已经结清"])
def test_hold_replies(text: str) -> None:
    assert replies.classify_reply(text) == replies.HOLD


@pytest.mark.parametrize("text", ["", "   ", "好的", "收到", "明天还", "Not now", "I will pay tomorrow", "还没发工资",
                                  "Tomorrow", "NT", "nothing"])
def test_other_replies_change_nothing(text: str) -> None:
    # Single letters count only as a whole reply: "Not now" and "NT" are not an "N".
    assert replies.classify_reply(text) == replies.NONE


def test_opt_out_wins_over_hold() -> None:
    assert replies.classify_reply("我已经还了，退订") == replies.OPT_OUT


def test_the_machine_never_sends_again_on_its_own() -> None:
    # From every state, the automatic moves never lead back to "sending" once a message has
    # left it (sent, unknown, failed): only an operator's resend re-queues.
    after_send = {"sent", "delivered", "failed", "unknown", "cancelled"}
    for start in after_send:
        seen, todo = {start}, [start]
        while todo:
            state = todo.pop()
            for nxt in outbox.STATES:
                if outbox.allowed(state, nxt) and nxt not in seen:
                    seen.add(nxt)
                    todo.append(nxt)
        assert "sending" not in seen and "queued" not in seen, (start, seen)


def test_operator_moves() -> None:
    assert outbox.allowed("unknown", "sent", by_operator=True)
    assert outbox.allowed("unknown", "queued", by_operator=True)  # an explicit resend
    assert not outbox.allowed("unknown", "queued")
    assert not outbox.allowed("delivered", "queued", by_operator=True)
    with pytest.raises(outbox.TransitionError):
        outbox.check("cancelled", "queued")
    assert outbox.after_restart("sending") == "unknown"
    assert outbox.after_restart("queued") == "queued"


@given(parts=st.integers(1, 10), reports=st.lists(st.sampled_from(["delivered", "failed"]), max_size=10))
def test_multipart_outcome(parts: int, reports: list[str]) -> None:
    reports = reports[:parts]
    got = outbox.parts_outcome(parts, reports)
    if "failed" in reports:
        assert got == "failed"
    elif len(reports) == parts:
        assert got == "delivered"
    else:
        assert got is None


def test_gap_jitter_only_stretches() -> None:
    rng = random.Random(7)
    p = pacing.Pacing(gap_s=3.0, jitter=0.3, daily=100)
    gaps = [p.next_gap(rng) for _ in range(500)]
    assert min(gaps) >= 3.0 and max(gaps) <= 3.9 and len({round(g, 3) for g in gaps}) > 100
    assert pacing.Pacing().next_gap(rng) == 0.0
    assert p.quota_left(99) == 1 and p.quota_left(150) == 0 and pacing.Pacing().quota_left(10**6) is None


@given(attempt=st.integers(1, 30), retry_after=st.one_of(st.none(), st.floats(0, 7200)))
def test_backoff_grows_is_capped_and_honours_retry_after(attempt: int, retry_after: float | None) -> None:
    delay = pacing.backoff_s(attempt, random.Random(attempt), base=30, cap=3600, retry_after=retry_after)
    ceiling = min(3600, 30 * 2 ** (attempt - 1))
    assert ceiling / 2 <= delay or (retry_after is not None and delay == retry_after)
    assert delay <= max(ceiling, retry_after or 0)
    assert delay >= (retry_after or 0)


def test_quota_restarts_at_the_office_midnight() -> None:
    tz = ZoneInfo("Asia/Shanghai")
    now = datetime(2026, 12, 1, 23, 59, 59, tzinfo=tz)
    assert pacing.next_office_midnight(now) == datetime(2026, 12, 2, 0, 0, tzinfo=tz)
