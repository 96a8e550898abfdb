"""Templates in the Jinja2 sandbox and the compliance lint."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from operator_app.messaging import templates as tpl
from operator_app.messaging.lint import lint
from operator_app.messaging.parts import parts
from operator_app.sms.encoding import split

OFFICE = {"signature": "安信小贷", "office_phone": "0571-88886666", "repay_channel": "安信APP"}


def values(locale: str = "zh_CN") -> dict[str, object]:
    return tpl.values_for(name="张三丰", contract_no="HT0042", amount_due_fen=123450, outstanding_fen=1000000,
                          due_date=date(2026, 11, 20), days_past_due=7, min_payment_fen=50000, office=OFFICE)


def codes(text: str, **kw: int) -> list[str]:
    return [f.code for f in lint(text, **kw)]


@pytest.mark.parametrize("locale", tpl.LOCALES)
def test_every_default_template_renders_and_passes_the_lint(locale: str) -> None:
    shipped = [t for t in tpl.default_templates() if t.locale == locale]
    assert sorted(t.key for t in shipped) == sorted(tpl.TEMPLATE_KEYS)
    for t in shipped:
        tpl.check_source(t.body, locale)
        text = tpl.render(t.body, locale, values(locale))
        assert "【安信小贷】" in text and "HT0042" in text, t.key
        assert "{" not in text and "123450" not in text, t.key
        findings = lint(text)
        assert [f.code for f in findings if f.severity != "info"] == [], (t.key, text, findings)
        assert split(text).count <= 3, (t.key, len(text))


# The longest realistic values: a 3-character name, five-figure amounts, a 14-character contract
# number (the demo's), a three-digit DPD, the default repay channel, the longest signature the
# setting takes (12) and a 13-character office phone.
WORST = {"signature": "安信普惠小额贷款有限公司", "office_phone": "0571-88886666", "repay_channel": "本公司APP或对公账户"}


@pytest.mark.parametrize("locale", tpl.LOCALES)
def test_every_default_template_fits_two_parts_with_the_longest_values(locale: str) -> None:
    """Two UCS-2 parts (134 UTF-16 units) at most: what each reminder costs the office."""
    for t in (t for t in tpl.default_templates() if t.locale == locale):
        values = tpl.values_for(name="欧阳娜", contract_no="HT202611000123", amount_due_fen=1234567,
                                outstanding_fen=9999999, due_date=date(2026, 12, 28), days_past_due=365,
                                min_payment_fen=1234567, office=WORST)
        text = tpl.render(t.body, locale, values)
        assert "【安信普惠小额贷款有限公司】" in text and ("¥12,345.67" in text or "¥99,999.99" in text), t.key
        assert len(text.encode("utf-16-le")) // 2 <= 134, (t.key, len(text), text)
        assert split(text).count <= 2 and split(text).encoding == "ucs2", t.key
        assert [f.code for f in lint(text) if f.severity != "info"] == [], (t.key, text)


def test_filters_money_date_mask() -> None:
    text = tpl.render("{{ amount_due|money }} {{ due_date|date }} {{ name|mask }} {{ masked_name }} {{ outstanding }}",
                      "zh_CN", values())
    assert text == "¥1,234.50 11月20日 张** 张** ¥10,000.00"
    assert tpl.render("{{ due_date|date }}", "en", values("en")) == "20 Nov"
    assert tpl.mask_name("张三") == "张*" and tpl.mask_name("李") == "李*"


@pytest.mark.parametrize(("body", "code"), [
    ("{{ id_number }}", "template_unknown_variable"),
    ("{{ name|upper }}", "template_unknown_filter"),
    ("{{ name is defined }}", "template_unknown_filter"),
    ("{{ name ", "template_syntax"),
    ("{{ name.__class__.__mro__ }}", "template_render"),
])
def test_templates_outside_the_whitelist_are_refused(body: str, code: str) -> None:
    with pytest.raises(tpl.TemplateError) as info:
        tpl.check_source(body)
    assert info.value.code == code
    assert info.value.exit_code == 2


def test_the_sandbox_blocks_python_internals() -> None:
    with pytest.raises(tpl.TemplateError):
        tpl.render("{{ name.__init__.__globals__ }}", "zh_CN", values())
    with pytest.raises(tpl.TemplateError):
        tpl.render("{{ nothing }}", "zh_CN", values())  # StrictUndefined: no silent gap


GOOD = "【安信小贷】张*您好，您的借款已逾期7天，逾期金额¥1,234.50。请通过安信APP还款。回T退订"


def test_a_clean_text_has_only_the_encoding_note() -> None:
    findings = lint(GOOD)
    assert [(f.code, f.params["char"]) for f in findings] == [("ucs2", "【")]


@pytest.mark.parametrize(("text", "code", "span"), [
    (GOOD.replace("【安信小贷】", ""), "missing_signature", None),
    (GOOD.replace("回T退订", ""), "missing_opt_out", None),
    (GOOD + "否则上门", "banned_word", "上门"),
    (GOOD + "将曝光", "banned_word", "曝光"),
    (GOOD + "联系通讯录", "third_party", "通讯录"),
    (GOOD + "请家人代还", "third_party", "家人"),
    (GOOD + "老赖", "banned_word", "老赖"),
    (GOOD + "110101199003077777", "id_number", "110101199003077777"),
    (GOOD + "卡6222 0212 3456 7890 123", "bank_card", "6222 0212 3456 7890 123"),
    (GOOD + "详见 http://pay.example.com/x", "url", "http://pay.example.com/x"),
    (GOOD + "登录 www.anxin.cn", "url", "www.anxin.cn"),
    (GOOD + "登录anxin.com", "url", "anxin.com"),
])
def test_lint_errors_name_their_span(text: str, code: str, span: str | None) -> None:
    findings = [f for f in lint(text) if f.code == code]
    assert findings and findings[0].severity == "error"
    if span is not None:
        assert text[findings[0].start:findings[0].end] == span


def test_phone_numbers_and_amounts_are_not_pii() -> None:
    assert codes(GOOD + "咨询0571-88886666或13800138000，剩余¥12,000.00") == ["ucs2"]


def test_segments_warning_and_the_character_that_forces_ucs2() -> None:
    long = GOOD + "请尽快还款。" * 40
    findings = {f.code: f for f in lint(long)}
    assert findings["too_many_segments"].severity == "warning"
    assert findings["too_many_segments"].params["segments"] == split(long).count > 3
    assert "too_many_segments" not in codes(long, max_segments=10)
    english = "Dear Zhang, pay {amt} please. Reply T to opt out. 【Anxin】".replace("{amt}", "100")
    ucs2 = next(f for f in lint(english) if f.code == "ucs2")
    assert ucs2.params["char"] == "【" and english[ucs2.start] == "【"


ALPHABETS = ["ab1 ,.@£", "ab1 ,.@£€[]{}~^|\\", "张三【】¥,.1", "张三【】¥😀", "ab张"]


@given(st.sampled_from(ALPHABETS).flatmap(lambda a: st.integers(0, 420).flatmap(
    lambda n: st.text(alphabet=st.sampled_from(a), min_size=n, max_size=n))) | st.text(max_size=300))
@example("a" * 160)
@example("a" * 161)
@example("a" * 306)
@example("a" * 307)
@example("张" * 66 + "😀" + "张" * 10)
@example("张" * 70)
@example("张" * 71)
@example("张" * 134)
@example("张" * 135)
def test_the_fast_part_count_agrees_with_the_splitter(text: str) -> None:
    s = split(text)
    assert parts(text) == (s.encoding, s.count)
