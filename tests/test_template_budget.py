"""Hostile templates (issue 21, item 7): a template is held to a render budget (no loops, calls,
attributes or assignments; bounded arithmetic; time and size while it renders) at saving AND at
planning, and a text over 10 parts is refused at saving and excludes only its loan at planning."""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from sqlalchemy import insert

from operator_app.domain.policy import MAX_MESSAGE_PARTS
from operator_app.messaging import templates as tpl
from operator_app.sms.modem.driver import MAX_PARTS
from operator_app.store.db import open_database
from operator_app.store.models import template_table
from tests.conftest import run_cli
from tests.sheets import loan_book
from tests.test_batches import TODAY, pin, rows

LONG = "逾期说明" * 200  # 800 UCS-2 characters: 12 parts


@pytest.mark.parametrize("body, code", [
    ("{% for a in name %}{% for b in name %}{% for c in name %}{% endfor %}{% endfor %}{% endfor %}", "template_construct"),
    ("{% set a = name ~ name %}{{ a }}", "template_construct"),
    ("{% macro m() %}x{% endmacro %}{{ m() }}", "template_construct"),
    ("{{ signature * 1000000000 }}", "template_budget"),
    ("{{ 2 ** 99999999 }}", "template_budget"),
    ("{{ [signature] * 1000000000 }}", "template_budget"),
    ("{{ '%999999999d' % 1 }}", "template_render"),
    ("{{ name.ljust(1000000000) }}", "template_construct"),
    ("{{ name.__class__ }}", "template_render"),
    ("x" * (tpl.RENDER_MAX_CHARS + 1), "template_budget"),
    ("【{{ signature }}】" + LONG + "回T退订", "template_too_many_parts"),
])
def test_a_hostile_or_overlong_template_is_refused_at_saving_at_once(body: str, code: str) -> None:
    started = time.perf_counter()
    with pytest.raises(tpl.TemplateError) as refused:
        tpl.check_source(body, "zh_CN")
    assert refused.value.code == code
    assert time.perf_counter() - started < 2


def test_an_ordinary_template_still_renders_conditions_and_arithmetic() -> None:
    values = tpl.sample_values("zh_CN")
    body = "【{{ signature }}】{% if days_past_due > 3 %}逾期{{ days_past_due + 1 }}天{% else %}即将到期{% endif %}回T退订"
    tpl.check_source(body)
    assert tpl.render(body, "zh_CN", values) == f"【{values['signature']}】逾期13天回T退订"


def test_the_message_limit_is_the_modems() -> None:
    assert MAX_MESSAGE_PARTS == MAX_PARTS == 10


def _store(url: str, key: str, body: str) -> None:
    """A template version written as an older app (or a hand edit) might have left it: not
    checked at saving, so planning must hold it to the budget itself."""
    db = open_database(url)
    try:
        with db.engine.begin() as conn:
            from operator_app.services.planning.templates import ensure_defaults

            ensure_defaults(conn)
            conn.execute(insert(template_table).values(key=key, locale="zh_CN", version=99, body=body,
                                                       created_by="old-app"))
    finally:
        db.dispose()


@pytest.fixture
def office(db_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> str:
    pin(monkeypatch, TODAY)
    assert run_cli("--db", db_url, "import", str(loan_book(tmp_path / "book.xlsx", rows(TODAY)))).code == 0
    return db_url


def test_planning_refuses_a_hostile_stored_template_in_one_line(office: str) -> None:
    _store(office, "M1", "{% for a in name %}{% for b in name %}{% for c in name %}{% for d in name %}"
                         "{% endfor %}{% endfor %}{% endfor %}{% endfor %}")
    started = time.perf_counter()
    res = run_cli("--db", office, "batch", "create", "--by", "ann", "--json")
    assert res.code == 2 and res.out == ""
    assert res.err.strip() == ("The template uses {% for %}, which an SMS template may not: only text, "
                               "variables, filters and conditions (if).")
    assert time.perf_counter() - started < 30
    zh = run_cli("--lang", "zh_CN", "--db", office, "batch", "create", "--by", "ann")
    assert zh.code == 2 and "短信模板不允许" in zh.err
    assert run_cli("--db", office, "messages", "--json").json() == []


def test_planning_excludes_only_the_loans_whose_text_is_over_budget_or_too_long(office: str) -> None:
    """M1 (HT101, 10 days; HT201, 5 days) gets a short text; M2 (HT102, 45 days; HT203, 35 days)
    a 12-part one; M3 (HT202, 70 days) one over the render budget. The batch is made with the
    others and the pre-due reminder (HT103); the borrower of HT201-HT203 gets the one loan whose
    text can go."""
    sample = tpl.sample_values("zh_CN")["days_past_due"]
    assert sample < 30  # the sample passes saving: only some loans' values break the template
    body = ("【{{ signature }}】{{ masked_name }}逾期{{ days_past_due }}天。"
            "{% if days_past_due > 60 %}{{ signature * 100000 }}{% elif days_past_due > 30 %}" + LONG
            + "{% endif %}回T退订")
    tpl.check_source(body)
    for key in ("M1", "M2", "M3"):
        _store(office, key, body)
    made = run_cli("--db", office, "batch", "create", "--by", "ann", "--json")
    assert made.code == 0, made.err
    data = made.json()
    assert isinstance(data, dict)
    assert sorted(m["contract_no"] for m in data["messages"]) == ["HT101", "HT103", "HT201"]
    excluded = {e["contract_no"]: e["reasons"] for e in data["excluded"]}
    assert excluded["HT102"] == excluded["HT203"] == ["too_many_parts"]
    assert excluded["HT202"] == ["template_failed"]
    shown = run_cli("--lang", "zh_CN", "--db", office, "batch", "show", str(data["id"]))
    assert "短信超过 10 条拆分" in shown.out and "该笔借款无法填入模板" in shown.out


def test_the_reference_planner_agrees(office: str) -> None:
    """planning.plan_day (the preview's path) gives the same exclusions as the bulk planner."""
    from operator_app.domain.policy import cap_window_start
    from operator_app.messaging.planning import history, load_facts, plan_day
    from operator_app.services import clock
    from operator_app.services.office import settings as settings_service
    from operator_app.services.planning.templates import ensure_defaults, latest

    body = "【{{ signature }}】{% if days_past_due > 60 %}{{ signature * 100000 }}{% elif days_past_due > 30 %}" + LONG + "{% endif %}回T退订"
    for key in ("M1", "M2", "M3"):
        _store(office, key, body)
    db = open_database(office)
    try:
        with db.engine.connect() as conn:
            settings = settings_service.load(conn)
            ensure_defaults(conn)
            now = clock.now()
            facts = load_facts(conn, TODAY, settings)
            day = plan_day(facts, latest(conn), history(conn, cap_window_start(now, settings.policy)), now=now, day=TODAY,
                           settings=settings)
    finally:
        db.dispose()
    reasons = {c.loan_id: r for c, r in day.plan.excluded}
    by_contract = {f.contract_no: f.loan_id for f in facts}
    assert reasons[by_contract["HT102"]] == reasons[by_contract["HT203"]] == ("too_many_parts",)
    assert reasons[by_contract["HT202"]] == ("template_failed",)
    assert sorted(p.candidate.loan_id for p in day.plan.planned) == sorted(by_contract[c] for c in ("HT101", "HT103", "HT201"))
