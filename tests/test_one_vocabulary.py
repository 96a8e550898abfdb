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
