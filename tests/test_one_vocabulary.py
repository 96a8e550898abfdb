"""One word per concept (issue 22): a state, a stage, a reason, what the app did with a reply and
what a modem's refusal means each have one catalogue entry, used by the CLI and the GUI alike;
and a refusal is stored as its code, put in words only when shown."""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET

import pytest

from operator_app import i18n
from operator_app.errors import KnownError
from operator_app.i18n import MESSAGES, msg
from operator_app.modem_words import MODEM_ERROR_MESSAGES
from operator_app.paths import RESOURCES
from operator_app.sms.modem.errors import CME, CMS, CommandError, explain

CONCEPTS = ("state_", "stage_", "reason_", "reply_action_", "modem_")


def sources_by_context(language: str) -> dict[str, set[str]]:
    root = ET.parse(RESOURCES / "translations" / f"operator_app_{language}.ts").getroot()
    out: dict[str, set[str]] = {}
    for ctx in root.iter("context"):
        name = ctx.findtext("name") or ""
        for message in ctx.iter("message"):
            out.setdefault(message.findtext("source") or "", set()).add(name)
    return out


def test_each_concept_word_has_one_entry_shared_by_the_cli_and_the_gui() -> None:
    contexts = sources_by_context("zh_CN")
    twice = {key: sorted(contexts.get(source, set()) - {"messages"})
             for key, source in MESSAGES.items() if key.startswith(CONCEPTS)}
    assert {k: v for k, v in twice.items() if v} == {}


def test_the_gui_says_a_state_and_a_reply_action_with_the_cli_words(qapp: object) -> None:
    from operator_app.ui.pages.inbox_page import action_word
    from operator_app.ui.words import status_word

    i18n.set_language("en")
    assert status_word("queued") == msg("state_queued") == "queued"
    assert action_word("hold") == msg("reply_action_hold")


def test_every_modem_code_the_wire_knows_has_words_and_no_others() -> None:
    known = {f"modem_CMS_{c}" for c in CMS} | {f"modem_CME_{c}" for c in CME} | {"modem_CMS_network", "modem_error_unknown"}
    assert set(MODEM_ERROR_MESSAGES) == known
    zh = i18n.catalogue("zh_CN")
    assert [k for k in known if not zh.get(MESSAGES[k])] == []


@pytest.mark.parametrize(("kind", "code", "en", "zh"), [
    ("CMS", 38, "+CMS ERROR 38: network out of order", "+CMS ERROR 38: 网络故障"),
    ("CME", 10, "+CME ERROR 10: SIM not inserted", "+CME ERROR 10: 未插入 SIM 卡"),
    ("CMS", 200, "+CMS ERROR 200: the network rejected the message", "+CMS ERROR 200: 网络拒收该短信"),
    ("CMS", 999, "+CMS ERROR 999: unknown modem error", "+CMS ERROR 999: 未知的模块错误"),
])
def test_a_refusal_is_stored_as_its_code_and_said_in_the_language_of_the_moment(kind: str, code: int, en: str, zh: str) -> None:
    error = CommandError("AT+CMGS", explain(kind, code))
    stored = json.loads(json.dumps({"code": error.code, "params": error.params}))  # as the outbox keeps it
    assert " " not in stored["params"]["error"].replace(" ERROR ", "")  # a label, no sentence
    stored_error = KnownError(stored["code"], **stored["params"])
    i18n.set_language("en")
    assert en in msg(stored_error.code, **stored_error.params)
    i18n.set_language("zh_CN")
    try:
        assert zh in msg(stored_error.code, **stored_error.params)
    finally:
        i18n.set_language("en")


def test_a_loans_exclusion_is_said_with_its_reasons_one_word() -> None:
    """The queue's "excluded" column and a message's reason were two catalogue entries for one
    reason, and they had drifted ("on hold (dispute)" for any hold, "no mobile number" beside
    "no usable mobile number")."""
    from operator_app.domain.policy import LOAN_REASONS

    assert [k for k in MESSAGES if k.startswith("exclusion_")] == []
    assert [r for r in LOAN_REASONS if i18n.reason_key(r) != "reason_" + r] == []


@pytest.mark.parametrize("language", ["en", "zh_CN"])
def test_the_send_summary_says_each_state_with_its_one_word(language: str) -> None:
    from operator_app.cli_outbox import state_counts
    from operator_app.services.sending.send_summary import COUNTED

    i18n.set_language(language)
    try:
        data = {"batch": 3, "status": "done", "sent_now": 2, "sent": 2, "delivered": 2, "failed": 0, "unknown": 1,
                "cancelled": 0, "queued": 0}
        line = msg("send_summary", **data, counts=state_counts(data))
        for state in COUNTED:
            assert msg("state_" + state) in line
        assert "?" not in line and "{" not in line
        if language == "zh_CN":
            assert "状态不明 1" in line and "未知" not in line  # the word `messages` shows for that state
    finally:
        i18n.set_language("en")


def test_chinese_has_one_word_for_a_batchs_approval() -> None:
    """复核 everywhere: the help said 审批 where every output said 复核."""
    text = (RESOURCES / "translations" / "operator_app_zh_CN.ts").read_text(encoding="utf-8")
    assert "审批" not in text and "批准" not in text
    assert i18n.catalogue("zh_CN").get(MESSAGES["state_approved"]) == "已复核"


def test_a_template_is_named_by_its_stage_in_the_report_and_on_the_templates_page() -> None:
    i18n.set_language("zh_CN")
    try:
        assert i18n.template_name("pre_due") == msg("stage_pre_due") == "即将到期"
        assert i18n.template_name("M2_firm") == msg("stage_M2") + " · 严厉版"
        assert i18n.template_name("holiday_notice") == "holiday_notice"  # an office's own key, as it is
    finally:
        i18n.set_language("en")


@pytest.mark.parametrize(("typed", "codes", "prefix", "code"), [
    ("状态不明", "states", "state_", "unknown"),
    ("已发送", "states", "state_", "sent"),
    ("Delivered", "states", "state_", "delivered"),
    ("即将到期", "stages", "stage_", "pre_due"),
    ("m2", "stages", "stage_", "M2"),
    ("M3+（逾期90天以上）", "stages", "stage_", "M3+"),
    ("bogus", "stages", "stage_", "bogus"),  # left for the service to refuse with the list
])
def test_an_option_takes_a_code_or_the_words_its_list_shows(typed: str, codes: str, prefix: str, code: str) -> None:
    from operator_app.domain.outbox import STATES
    from operator_app.domain.overdue import STAGES

    assert i18n.code_for(typed, STATES if codes == "states" else STAGES, prefix) == code


@pytest.mark.parametrize("columns", ["60", "80", "100"])
def test_chinese_help_lists_the_refusals_choices_and_never_cuts_a_code(columns: str,
                                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    """`queue --help` lists every stage with its words, as the refusal of a wrong stage does;
    argparse used to wrap Chinese text inside a code ("deliv" / "ered")."""
    from operator_app.domain.outbox import STATES
    from operator_app.domain.overdue import STAGES
    from tests.conftest import run_cli

    monkeypatch.setenv("COLUMNS", columns)
    for argv, codes in ((["queue", "--help"], STAGES), (["messages", "--help"], STATES)):
        out = run_cli("--lang", "zh_CN", *argv).out
        lines = out.splitlines()
        assert all(lines.count(line) < 3 for line in lines)
        assert not any(line.strip().startswith(("、", "，", "）")) for line in lines)
        for code in codes:
            assert any(code + "（" in line or line.rstrip().endswith(code) for line in lines), (code, out)
    refused = run_cli("--lang", "zh_CN", "queue", "--stage", "bogus")
    assert refused.code == 2
    listed = refused.err.split("：", 1)[1].strip()
    assert "".join(run_cli("--lang", "zh_CN", "queue", "--help").out.split()).count("".join(listed.split())) == 1
