"""The plain-template fast path of messaging.templates.render against the sandboxed render.

A batch renders one text per loan; `render` joins a plain template (text and whitelisted
variables through whitelisted filters) from its pieces instead of building a Jinja context
per text. These tests prove it writes byte-identical text, raises the same errors, and is
never used for a template that does anything else (attributes, calls, control flow)."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from operator_app.messaging import templates as tpl

TEXT = st.text(alphabet=st.sampled_from(list("ab 张三，。【】\n\t ¥%#{}-")), max_size=12)
PLAIN = st.one_of(
    TEXT.filter(lambda t: "{" not in t and "}" not in t and "#" not in t and "%" not in t),
    st.builds(lambda v, fs, left, r: "{{" + left + " " + v + "".join("|" + f for f in fs) + " " + r + "}}",
              st.sampled_from((*tpl.VARIABLES, "nothing")), st.lists(st.sampled_from(tpl.FILTERS), max_size=2),
              st.sampled_from(["", "-"]), st.sampled_from(["", "-"])),
    st.just("{# a comment #}"),
    st.sampled_from(["}", "{ x", "a}b", "{0}", "}}", "{!s}", "%s"]),  # braces that are only text to Jinja2
)
OTHER = st.sampled_from([
    "{{ name.upper() }}", "{{ name.__class__ }}", "{% if name %}x{% endif %}", "{{ 'lit' }}", "{{ 1 + 2 }}",
    "{{ name|money(2) }}", "{{ name|title }}", "{{ name is defined }}", "{% raw %}{{ x }}{% endraw %}", "{{ name",
    "{% for c in name %}{{ c }}{% endfor %}", "{{ amount_due ~ 'x' }}", "{{ range(3) }}",
])
VALUE = st.one_of(st.text(max_size=6), st.integers(-10**9, 10**9), st.builds(tpl.Fen, st.integers(0, 10**9)),
                  st.dates(min_value=date(2000, 1, 1), max_value=date(2100, 12, 31)), st.just(""))


def outcome(fn: object, body: str, locale: str, values: dict[str, object]) -> tuple[str, str]:
    try:
        return "ok", fn(body, locale, values)  # type: ignore[operator]
    except tpl.TemplateError as exc:
        return "error", f"{exc.code} {exc.params}"
    except Exception as exc:  # e.g. an unknown filter fails to compile either way
        return type(exc).__name__, str(exc)


@given(st.lists(st.one_of(PLAIN, PLAIN, PLAIN, OTHER), max_size=8), st.sampled_from(tpl.LOCALES),
       st.dictionaries(st.sampled_from(tpl.VARIABLES), VALUE))
def test_render_equals_the_sandboxed_render(pieces: list[str], locale: str, values: dict[str, object]) -> None:
    body = "".join(pieces)
    assert outcome(tpl.render, body, locale, values) == outcome(tpl.render_sandboxed, body, locale, values)


@given(st.lists(PLAIN, min_size=1, max_size=8), st.sampled_from(tpl.LOCALES))
def test_plain_templates_take_the_fast_path_and_match(pieces: list[str], locale: str) -> None:
    body = "".join(pieces)
    values = tpl.sample_values(locale)
    if "nothing" not in body:
        assert tpl._plain(body, locale) is not None
    assert outcome(tpl.render, body, locale, values) == outcome(tpl.render_sandboxed, body, locale, values)


def test_every_default_template_is_plain_and_renders_the_same() -> None:
    for t in tpl.default_templates():
        assert tpl._plain(t.body, t.locale) is not None, (t.key, t.locale)
        values = tpl.sample_values(t.locale)
        assert tpl.render(t.body, t.locale, values) == tpl.render_sandboxed(t.body, t.locale, values)


@pytest.mark.parametrize("body", ["{{ name.upper() }}", "{{ name.__init__.__globals__ }}", "{% if name %}x{% endif %}",
                                  "{{ name|money(2) }}", "{{ 'x' }}", "{{ name|title }}"])
def test_anything_beyond_plain_goes_through_the_sandbox(body: str) -> None:
    assert tpl._plain(body, "zh_CN") is None


def test_errors_keep_the_sandbox_wording() -> None:
    values = tpl.sample_values("zh_CN")
    with pytest.raises(tpl.TemplateError) as fast:
        tpl.render("{{ nothing }}", "zh_CN", values)
    with pytest.raises(tpl.TemplateError) as slow:
        tpl.render_sandboxed("{{ nothing }}", "zh_CN", values)
    assert (fast.value.code, fast.value.params) == (slow.value.code, slow.value.params)


# -- a batch's renderer: the office's details written in once, the loan's values as arguments ------
OFFICE_TEXT = st.text(alphabet=st.sampled_from(list("ab 张三{}\n¥-1")), max_size=6)
LOAN = st.tuples(st.text(alphabet=st.sampled_from(list("ab 张三欧阳 {}")), max_size=5),
                 st.text(alphabet=st.sampled_from(list("HT0123{}")), max_size=6),
                 st.integers(-10**9, 10**12), st.integers(-10**9, 10**12),
                 st.one_of(st.none(), st.dates(min_value=date(2000, 1, 1), max_value=date(2100, 12, 31))),
                 st.integers(-5, 10**5), st.integers(0, 10**9))


def through_values(body: str, locale: str, office: dict[str, str], loan: tuple[object, ...]) -> tuple[str, str]:
    name, contract_no, amount_due, outstanding, due, dpd, min_payment = loan
    return outcome(tpl.render, body, locale, tpl.values_for(
        name=name, contract_no=contract_no, amount_due_fen=amount_due, outstanding_fen=outstanding,  # type: ignore[arg-type]
        due_date=due, days_past_due=dpd, min_payment_fen=min_payment, office=office))  # type: ignore[arg-type]


def through_renderer(body: str, locale: str, office: dict[str, str], loan: tuple[object, ...]) -> tuple[str, str]:
    try:
        renderer = tpl.loan_renderer(body, locale, office)
    except tpl.TemplateError as exc:
        return "error", f"{exc.code} {exc.params}"
    except Exception as exc:
        return type(exc).__name__, str(exc)
    return outcome(lambda _b, _l, _v: renderer(*loan), body, locale, {})


@given(st.lists(st.one_of(PLAIN, PLAIN, PLAIN, OTHER), max_size=8), st.sampled_from(tpl.LOCALES),
       st.dictionaries(st.sampled_from(("signature", "office_phone", "repay_channel", "name", "outstanding")),
                       OFFICE_TEXT), LOAN)
def test_the_loan_renderer_equals_render_of_values_for(pieces: list[str], locale: str, office: dict[str, str],
                                                      loan: tuple[object, ...]) -> None:
    """Same text or same error as `render(values_for(…))` for any template, office and loan: an
    office detail missing or named like a loan's value, a filter that fails on it, braces in
    the office's words, a loan without a due date."""
    body = "".join(pieces)
    assert through_renderer(body, locale, office, loan) == through_values(body, locale, office, loan)


def test_the_default_templates_render_the_same_through_the_loan_renderer() -> None:
    office = {"signature": "示例小贷", "office_phone": "0571-88886666", "repay_channel": "本公司APP"}
    loan = ("欧阳娜娜", "HT20260001", 123450, 1200000, date(2026, 11, 20), 12, 50000)
    for t in tpl.default_templates():
        assert through_renderer(t.body, t.locale, office, loan) == through_values(t.body, t.locale, office, loan)
        assert "¥1,234.50" in tpl.loan_renderer(t.body, t.locale, office)(*loan) or "amount_due" not in t.body


@pytest.mark.parametrize(("body", "office"), [
    ("{{ name }}/{{ outstanding }}", {"name": "办公室", "outstanding": "x"}),  # values_for lets the office's win
    ("{{ signature|money }}", {"signature": "示例"}),  # a filter that fails on an office detail
    ("{{ signature }}{{ name }}", {}),  # an office detail not given
    ("{{ signature }}}{ {{ name|mask }}", {"signature": "{0}{}"}),  # braces in the office's words
])
def test_the_loan_renderer_in_the_corners(body: str, office: dict[str, str]) -> None:
    loan = ("张三", "HT1", 100, 200, None, 3, 50)
    assert through_renderer(body, "zh_CN", office, loan) == through_values(body, "zh_CN", office, loan)
