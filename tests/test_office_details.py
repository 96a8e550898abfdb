"""The office's own details (signature, office phone) before any message goes, on SQLite and
PostgreSQL: a new office plans and previews with the gap in plain sight, approval is refused in
one line naming the two settings, the shipped placeholders count as not set, and a batch planned
before the details were set is never approved with its gaps."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest
from sqlalchemy import insert

from operator_app.messaging.settings_registry import PLACEHOLDERS, PREFIX, Settings
from operator_app.store.db import open_database
from operator_app.store.models import app_setting_table
from tests.conftest import OFFICE_DETAILS, run_cli, set_office_details
from tests.outbox_office import make_office
from tests.sheets import loan_book
from tests.test_batches import TODAY, pin

EN_REFUSAL = ("Fill in office.signature (the SMS signature) and office.phone (the office phone) under "
              "Settings first.\n")
ZH_REFUSAL = "请先在 设置 中填写 office.signature（短信签名）和 office.phone（办公电话）。\n"


@pytest.fixture
def new_office(db_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> str:
    """An office that imported its book and never opened Settings."""
    pin(monkeypatch, TODAY)
    book = loan_book(tmp_path / "book.xlsx", [
        ["HT301", "张三", "13800138000", None, 1000, TODAY - timedelta(days=10), 1000, 0, ""],
        ["HT302", "李四", "13900139000", None, 2000, TODAY - timedelta(days=40), 2000, 0, ""],
    ])
    assert run_cli("--db", db_url, "import", str(book)).code == 0
    return db_url


def test_a_new_office_plans_with_the_gap_shown_and_approves_only_once_the_details_are_set(new_office: str) -> None:
    created = run_cli("--db", new_office, "batch", "create", "--by", "小王", "--json")
    assert created.code == 0, created.err
    batch = created.json()
    assert isinstance(batch, dict) and len(batch["messages"]) == 2
    for m in batch["messages"]:  # the gap in plain sight, never a made-up office
        assert m["text"].startswith("【{office.signature}】") and "{office.phone}" in m["text"], m["text"]
        assert "某某小贷" not in m["text"] and "400-000-0000" not in m["text"]
    shown = run_cli("--db", new_office, "batch", "show", str(batch["id"]))
    assert EN_REFUSAL.strip() in shown.out and "office.signature was not set when this text was made" in shown.out

    refused = run_cli("--db", new_office, "batch", "approve", str(batch["id"]), "--by", "老李")
    assert (refused.code, refused.err) == (1, EN_REFUSAL)
    zh = run_cli("--db", new_office, "--lang", "zh_CN", "batch", "approve", str(batch["id"]), "--by", "老李")
    assert (zh.code, zh.err) == (1, ZH_REFUSAL)

    set_office_details(new_office)
    # The texts were made with the gaps: they are never approved as they are.
    stale = run_cli("--db", new_office, "batch", "approve", str(batch["id"]), "--by", "老李")
    assert stale.code == 1 and stale.err.count("\n") == 1
    assert "2 message(s) were made before the office's signature and phone were set" in stale.err
    assert run_cli("--db", new_office, "batch", "cancel", str(batch["id"]), "--by", "小王").code == 0
    again = run_cli("--db", new_office, "batch", "create", "--by", "小王", "--json").json()
    assert isinstance(again, dict)
    assert all(m["text"].startswith("【安信小贷】") and "0571-88886666" in m["text"] for m in again["messages"])
    ok = run_cli("--db", new_office, "batch", "approve", str(again["id"]), "--by", "老李")
    assert ok.code == 0, ok.err


def test_the_shipped_placeholders_count_as_not_set(new_office: str) -> None:
    db = open_database(new_office)
    with db.engine.begin() as conn:
        conn.execute(insert(app_setting_table), [{"key": PREFIX + k, "value": v} for k, v in PLACEHOLDERS.items()])
    db.dispose()
    shown = run_cli("--db", new_office, "settings", "show", "--json").json()
    assert isinstance(shown, dict) and shown["office.signature"] == "" and shown["office.phone"] == ""
    plain = run_cli("--db", new_office, "settings", "show").out
    assert "office.signature\tSignature 【…】\t  (not set" in plain
    batch = run_cli("--db", new_office, "batch", "create", "--by", "小王", "--json").json()
    assert isinstance(batch, dict) and "某某小贷" not in batch["messages"][0]["text"]
    refused = run_cli("--db", new_office, "batch", "approve", str(batch["id"]), "--by", "老李")
    assert (refused.code, refused.err) == (1, EN_REFUSAL)


def test_settings_show_marks_only_the_details_approval_waits_for(new_office: str) -> None:
    """office.name is empty in a new office too, but approval never waits for it: `settings show`
    must not tell the clerk it does (it once marked every empty setting so)."""
    before = run_cli("--db", new_office, "settings", "show").out.splitlines()
    blocking = [line.split("\t")[0] for line in before if "(not set: no batch is approved until it is)" in line]
    assert blocking == ["office.signature", "office.phone"]
    assert "office.name\tOffice name\t  (no default: the office sets it)" in before
    zh = run_cli("--db", new_office, "--lang", "zh_CN", "settings", "show").out
    assert "office.name\t公司名称\t  （无默认值，由本公司填写）" in zh.splitlines()
    set_office_details(new_office)  # signature and phone; the name stays empty
    batch = run_cli("--db", new_office, "batch", "create", "--by", "小王", "--json").json()
    assert isinstance(batch, dict)
    assert run_cli("--db", new_office, "batch", "approve", str(batch["id"]), "--by", "老李").code == 0
    after = run_cli("--db", new_office, "settings", "show").out
    assert "not set: no batch is approved" not in after


def test_batch_show_sets_a_finding_off_with_the_languages_colon(new_office: str) -> None:
    """"  ! HT301 错误: 制作这条短信时…" had an ASCII colon in a Chinese line."""
    batch = run_cli("--db", new_office, "batch", "create", "--by", "小王", "--json").json()
    assert isinstance(batch, dict)
    zh = run_cli("--db", new_office, "--lang", "zh_CN", "batch", "show", str(batch["id"])).out.splitlines()
    assert "  ! HT301 错误：制作这条短信时尚未填写 office.signature：请在 设置 中填写后重新制作批次。" in zh
    en = run_cli("--db", new_office, "batch", "show", str(batch["id"])).out
    assert "  ! HT301 error: office.signature was not set when this text was made" in en


@pytest.mark.parametrize(("key", "value", "code"), [
    ("office.signature", "安", 2),  # one character
    ("office.signature", "安信普惠小额贷款有限公司呀", 2),  # 13
    ("office.signature", "【安信】", 2),  # the templates add the brackets
    ("office.signature", "  ", 2),
    ("office.signature", "安信", 0),
    ("office.signature", "安信普惠小额贷款有限公司", 0),  # 12
    ("office.phone", "call us", 2),
    ("office.phone", "123", 2),
    ("office.phone", "0571-88886666", 0),
    ("office.phone", "400 800 1234", 0),
])
def test_the_office_details_are_checked(sqlite_url: str, key: str, value: str, code: int) -> None:
    """The rules of a setting's text, the same on both engines: SQLite only."""
    open_database(sqlite_url).dispose()  # an office that exists (a misspelt --db is refused, not created)
    res = run_cli("--db", sqlite_url, "settings", "set", key, value, "--by", "管理员")
    assert res.code == code, (res.out, res.err)
    if code:
        assert res.err.count("\n") == 1 and key in res.err


def test_settings_read_the_details_and_their_gaps() -> None:
    unset = Settings({})
    assert unset.missing_office_details() == ("office.signature", "office.phone")
    assert unset.office_values()["signature"] == "{office.signature}"
    assert "signature" not in unset.office_values(gaps=False)
    # A value an older rule let in (16 characters) counts as not set rather than breaking reads.
    assert Settings({"office.signature": "安信普惠小额贷款有限公司分公司"}).get("office.signature") == ""
    done = Settings(dict(OFFICE_DETAILS))
    assert done.missing_office_details() == ()
    assert done.office_values()["office_phone"] == "0571-88886666"


def test_send_refuses_without_the_details_or_with_texts_made_before_them(db_url: str,
                                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    """A batch approved before this rule (its texts the shipped placeholder) never goes out as it is."""
    from sqlalchemy import delete, func, select, update

    from operator_app.store.models import message_table
    from tests.outbox_office import ten_am

    monkeypatch.setenv("OPERATOR_APP_NOW", ten_am().isoformat())
    db = open_database(db_url)
    office = make_office(db, 3)
    with db.engine.begin() as conn:
        conn.execute(delete(app_setting_table))
    db.dispose()
    refused = run_cli("--db", db_url, "send", str(office.batch_id), "--transport", "emulator:")
    assert (refused.code, refused.err) == (1, EN_REFUSAL)
    set_office_details(db_url)
    db = open_database(db_url)
    with db.engine.begin() as conn:
        conn.execute(update(message_table).where(message_table.c.id == office.message_ids[0])
                     .values(body="【某某小贷】您的借款已逾期，请尽快还款。回T退订"))
    db.dispose()
    old = run_cli("--db", db_url, "send", str(office.batch_id), "--transport", "emulator:")
    assert old.code == 1 and "1 message(s) were made before the office's signature and phone were set" in old.err
    db = open_database(db_url)
    with db.engine.connect() as conn:
        statuses = set(conn.execute(select(message_table.c.status).where(
            message_table.c.batch_id == office.batch_id)).scalars())
        assert conn.execute(select(func.count()).select_from(message_table)).scalar_one() == 3
    db.dispose()
    assert statuses == {"queued"}  # nothing claimed, nothing sent
