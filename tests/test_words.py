"""Every sentence reaches the clerk in the operator's language: each message of
operator_app.i18n.MESSAGES, filled with sample values, reads as Chinese in zh_CN (no English word
beyond a small allow-list, no leftover {placeholder}) and has no leftover placeholder in English;
and every place that raises a known error or words a message passes the values its sentence
names. Generic: new messages and new raise sites are walked too."""

from __future__ import annotations

import ast
import re
import string
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest

from operator_app import i18n

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "operator_app"

# Sample values by placeholder name; any other name gets "7". The values are removed from the
# output before it is read for English words: they stand for what the clerk typed or the file said.
SAMPLES: dict[str, str] = {
    "path": "D:/贷款/三月.xlsx", "url": "sqlite:///D:/贷款/office.db", "detail": "磁盘已满",
    "gateway": "kannel:http://10.0.0.5:13013", "status": "sent", "contract_no": "HT-2026-001",
    "to": "13800138000", "phone": "13800138000", "number": "13800138000", "name": "张三",
    "as_of": "2026-12-06", "today": "2026-12-06", "date": "2026-12-06", "start": "2026-12-01",
    "end": "2026-11-30", "until": "2026-12-06 09:00", "reason": "余额不足", "value": "十二",
}

# English that may stand in Chinese text: product and protocol names, a few words Chinese
# offices use as they are, and the TOML keys of a template file. Acronyms, metavars and
# environment variables (all capitals: SMS, SIM, PIN, HTTP, PORT, OPERATOR_APP_NOW), options
# (--by), command lines (`batch approve`), transport specs (kannel:URL), file names (.xlsx) and
# the placeholders' values are allowed by the rules in `english_words`.
ALLOWED = {"Excel", "Kannel", "SQLite", "AccessKey", "Unicode", "Webhook", "dBm", "Ctrl", "APP",
           "code", "params", "PostgreSQL", "pg_dump", "pg_restore"}
SCHEMES = ("modem", "emulator", "kannel", "android-gateway", "aliyun", "twilio", "http", "https",
           "sqlite", "postgresql+psycopg", "profile")


def sample(name: str) -> str:
    return SAMPLES.get(name, "7")


def fields(text: str) -> list[str]:
    return [name for _, name, _, _ in string.Formatter().parse(text) if name is not None]


def commands() -> set[str]:
    """Every command line the parser knows, as `batch approve`, and every choice of an option."""
    import argparse

    from operator_app.cli import build_parser

    out: set[str] = set()

    def walk(parser: argparse.ArgumentParser, prefix: str) -> None:
        for action in parser._actions:
            if isinstance(action, argparse._SubParsersAction):
                for name, child in action.choices.items():
                    out.add(f"{prefix} {name}".strip())
                    walk(child, f"{prefix} {name}".strip())
            elif action.choices and action.option_strings:
                out.update(f"{action.option_strings[0]} {c}" for c in action.choices)
    walk(build_parser(), "")
    return out


def english_words(text: str, values: list[str], command_lines: set[str]) -> list[str]:
    for value in sorted(values, key=len, reverse=True):
        text = text.replace(value, " ")
    text = re.sub(rf"(?<![\w-])(?:{'|'.join(re.escape(s) for s in SCHEMES)}):[^\s、，。；）]*", " ", text)  # specs
    text = re.sub(r"\S*\.(?:xlsx|xls|csv|toml|txt|db)\b", " ", text)  # file names
    for line in sorted(command_lines, key=len, reverse=True):
        text = re.sub(rf"(?<![\w-]){re.escape(line)}(?![\w-])", " ", text)
    text = re.sub(r"--[a-z][\w-]*", " ", text)  # options
    text = re.sub(rf"(?<![\w.])(?:{'|'.join(re.escape(k) for k in setting_keys())})(?![\w.])", " ", text)  # settings set KEY
    text = re.sub(r"\??\w+=[^\s，。；、]*", " ", text)  # name=value
    text = re.sub(r"\d{4}-\d\d-\d\dT[\d:+]+", " ", text)  # a timestamp as written
    words = re.findall(r"[A-Za-z][A-Za-z0-9_]*", text)
    return [w for w in words if w not in ALLOWED | transport_options() and not re.fullmatch(r"[A-Z0-9_]+", w)]


def setting_keys() -> list[str]:
    """The settings' keys (office.signature): the name a clerk types after `settings set`."""
    from operator_app.messaging.settings_registry import REGISTRY

    return sorted(REGISTRY, key=len, reverse=True)


def transport_options() -> set[str]:
    """The options a transport spec takes (?pin=, baud=): written as the spec writes them."""
    from operator_app.sms.transport import KIND_OPTIONS

    return {option for options in KIND_OPTIONS.values() for option in options}


def unfinished(language: str) -> list[str]:
    path = i18n.TRANSLATIONS / f"operator_app_{language}.ts"
    out = []
    for ctx in ET.parse(path).getroot().iter("context"):
        for message in ctx.iter("message"):
            node = message.find("translation")
            if node is not None and node.get("type") == "unfinished":
                out.append(f"{ctx.findtext('name')}: {message.findtext('source')}")
    return out


@pytest.fixture
def language() -> Iterator[None]:
    before = i18n.language()
    yield
    i18n.set_language(before)


def test_every_message_reads_in_chinese_and_in_english(language: None, caplog: pytest.LogCaptureFixture) -> None:
    command_lines = commands()
    zh = i18n.catalogue("zh_CN")
    problems: list[str] = []
    for code, source in i18n.MESSAGES.items():
        if not zh.get(source):
            problems.append(f"{code}: no Chinese")
            continue
        params = {name: sample(name) for name in fields(source)}
        values = [*params.values(), i18n.MESSAGES["state_sent"]]
        for lang in i18n.LANGUAGES:
            i18n.set_language(lang)
            text = i18n.msg(code, **params)
            if "{" in text or "}" in text:
                problems.append(f"{code} [{lang}]: {text}")
            if lang == "zh_CN":
                values.append(i18n.msg("state_sent"))
                english = english_words(text, values, command_lines)
                if english:
                    problems.append(f"{code} [zh_CN] English {english}: {text}")
    assert problems == []
    assert [r.getMessage() for r in caplog.records if r.name == "operator_app.i18n"] == []  # no value missing


def test_no_unfinished_chinese_entry() -> None:
    assert unfinished("zh_CN") == []


def test_a_missing_value_reads_as_a_question_mark_in_chinese(language: None) -> None:
    i18n.set_language("zh_CN")
    text = i18n.msg("gateway_unreachable", gateway="kannel:http://10.0.0.5:13013")
    assert "{" not in text and "?" in text and "gateway" not in text and "cannot" not in text
    i18n.set_language("en")
    assert i18n.msg("gateway_unreachable") == re.sub(r"\{[^{}]*\}", "?", i18n.MESSAGES["gateway_unreachable"])


# -- the raise sites: every literal code exists and gets every value its sentence names ---------

def modules() -> dict[Path, ast.Module]:
    return {p: ast.parse(p.read_text(encoding="utf-8"), str(p)) for p in sorted(PACKAGE.rglob("*.py"))}


def known_error_classes(trees: dict[Path, ast.Module]) -> set[str]:
    """The KnownError family whose constructor takes the message code first (a class whose own
    __init__ takes something else, e.g. ModemTimeout(command, seconds), is checked at its
    super().__init__ call instead)."""
    bases: dict[str, set[str]] = {}
    first_arg: dict[str, str] = {}
    for tree in trees.values():
        for node in ast.walk(tree):
            if isinstance(node, ast.ClassDef):
                bases.setdefault(node.name, set()).update(_name(b) for b in node.bases)
                for item in node.body:
                    if isinstance(item, ast.FunctionDef) and item.name == "__init__":
                        positional = [*item.args.posonlyargs, *item.args.args]
                        first_arg[node.name] = positional[1].arg if len(positional) > 1 else ""
    known = {"KnownError"}
    while more := {name for name, of in bases.items() if of & known} - known:
        known |= more

    def takes_code(name: str) -> bool:
        if name in first_arg:
            return first_arg[name] == "code"
        return any(takes_code(b) for b in bases.get(name, ()) if b in known)
    return {name for name in known if takes_code(name)} | {"KnownError"}


def _name(func: ast.expr) -> str:
    return func.id if isinstance(func, ast.Name) else func.attr if isinstance(func, ast.Attribute) else ""


def worded_calls(trees: dict[Path, ast.Module]) -> Iterator[tuple[str, str, set[str] | None]]:
    """(where, code, keywords) of every known error built with a literal code, `super().__init__`
    of one, and every msg()/qtr() with a literal code; keywords None when `**values` are passed."""
    errors = known_error_classes(trees)
    family = {n.name for t in trees.values() for n in ast.walk(t) if isinstance(n, ast.ClassDef)}
    for path, tree in trees.items():
        for cls in [n for n in ast.walk(tree) if isinstance(n, ast.ClassDef)] + [tree]:
            in_error = isinstance(cls, ast.ClassDef) and cls.name in family
            for node in ast.walk(cls):
                if not isinstance(node, ast.Call) or not node.args:
                    continue
                name = _name(node.func)
                is_super = name == "__init__" and isinstance(node.func, ast.Attribute) and \
                    isinstance(node.func.value, ast.Call) and _name(node.func.value.func) == "super"
                if not ((name in errors and cls is tree) or (is_super and in_error)
                        or (name in ("msg", "qtr") and cls is tree)):
                    continue
                first = node.args[0]
                if not (isinstance(first, ast.Constant) and isinstance(first.value, str)):
                    continue
                keywords = {k.arg for k in node.keywords if k.arg} - {"exit_code", "temporary"}
                spread = any(k.arg is None for k in node.keywords)
                yield f"{path.relative_to(ROOT)}:{node.lineno}", first.value, None if spread else keywords


def test_every_raise_site_passes_the_values_its_sentence_names() -> None:
    calls = list(worded_calls(modules()))
    assert len(calls) > 100  # the walk finds the raise sites
    problems = []
    for where, code, keywords in calls:
        if code not in i18n.MESSAGES:
            problems.append(f"{where}: no message {code!r}")
        elif keywords is not None and (missing := set(fields(i18n.MESSAGES[code])) - keywords):
            problems.append(f"{where}: {code} lacks {sorted(missing)}")
    assert problems == []


# -- the command line: --help, argparse's own words, queue --csv ----------------------------------

def _parsers(parser: object) -> Iterator[object]:
    import argparse

    assert isinstance(parser, argparse.ArgumentParser)
    yield parser
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for child in action.choices.values():
                yield from _parsers(child)


def test_every_help_text_is_in_chinese(language: None) -> None:
    """Every option's and command's help, built in zh_CN, has Chinese in it (none forgotten)."""
    from operator_app.cli import build_parser

    i18n.set_language("zh_CN")
    forgotten = []
    for parser in _parsers(build_parser()):
        for action in parser._actions:  # type: ignore[attr-defined]
            texts = [action.help] + [c.help for c in getattr(action, "_choices_actions", [])]
            forgotten += [t for t in texts if t and not re.search(r"[\u4e00-\u9fff]", t)]
    assert forgotten == []


def test_help_and_usage_errors_read_in_chinese(tmp_path: Path) -> None:
    from tests.conftest import run_cli

    res = run_cli("--lang", "zh_CN", "batch", "approve", "--help")
    assert res.code == 0 and "用法：" in res.out and "显示本帮助并退出" in res.out and "options" not in res.out
    for argv, words in ((["batch", "create"], "缺少必填参数"), (["queue", "--as-of"], "需要一个值"),
                        (["bogus"], "无效的选择"), (["demo", "--loans", "x"], "大于等于 1 的整数")):
        res = run_cli("--lang", "zh_CN", "--db", str(tmp_path / "x.db"), *argv)
        assert res.code == 2 and words in res.err and "required" not in res.err and "invalid" not in res.err
    res = run_cli("--lang", "en", "batch", "create")
    assert res.code == 2 and "the following arguments are required: --by" in res.err


def test_a_language_argparse_refuses_is_worded_too(monkeypatch: pytest.MonkeyPatch) -> None:
    """`--lang fr` is refused before the parser that installs argparse's words is built: it read
    "用法有误：argument --lang: invalid choice: 'fr' (choose from 'zh_CN', 'en')"."""
    import argparse
    import gettext

    from tests.conftest import run_cli

    monkeypatch.setattr(argparse, "_", gettext.gettext)  # a fresh process: nothing installed yet
    monkeypatch.setattr(argparse, "ngettext", gettext.ngettext)
    monkeypatch.delenv("OPERATOR_APP_LANG", raising=False)
    monkeypatch.setenv("LANG", "zh_CN.UTF-8")
    res = run_cli("--lang", "fr", "queue")
    assert res.code == 2 and res.err == "用法有误：参数 --lang：无效的选择 'fr'（可选：'zh_CN', 'en'）（运行 --help 查看用法）。\n"
    monkeypatch.setenv("OPERATOR_APP_LANG", "en")
    res = run_cli("--lang", "fr", "queue")
    assert res.code == 2 and "invalid choice: 'fr'" in res.err and "用法" not in res.err


def test_queue_csv_opens_in_excel_as_chinese(tmp_path: Path) -> None:
    import csv
    import io
    import json

    from tests.conftest import run_cli

    db = str(tmp_path / "demo.db")
    assert run_cli("--db", db, "demo", "--loans", "40", "--as-of", "2026-11-27").code == 0
    res = run_cli("--lang", "zh_CN", "--db", db, "queue", "--as-of", "2026-11-27", "--csv")
    assert res.code == 0 and res.out.startswith("\ufeff")
    rows = list(csv.reader(io.StringIO(res.out[1:])))
    assert rows[0] == ["合同编号", "借款人", "手机", "剩余应还（元）", "逾期天数", "阶段", "发送短信", "不发送原因"]
    data = json.loads(run_cli("--db", db, "queue", "--as-of", "2026-11-27", "--json").out)
    by_contract = {r["contract_no"]: r for r in data}
    for row in rows[1:]:
        fen = by_contract[row[0]]["outstanding_fen"]
        assert row[3] == f"{fen // 100}.{fen % 100:02d}"
        assert not re.search(r"[A-Za-z]{3,}", row[5] + row[6] + row[7]), row  # stages and exclusions in words
    assert {r["stage"] for r in data} <= {"not_due", "pre_due", "due_today", "grace", "M1", "M2", "M3", "M3+", "paid"}


def test_every_import_issue_passes_the_values_its_sentence_names() -> None:
    """Issue(row, column, code, "issue_…", {values}): the sentence and its values, like a raise site."""
    problems, seen = [], 0
    for path, tree in modules().items():
        for node in ast.walk(tree):
            if not (isinstance(node, ast.Call) and _name(node.func) == "Issue" and len(node.args) >= 4):
                continue
            detail = node.args[3]
            if not (isinstance(detail, ast.Constant) and isinstance(detail.value, str)):
                continue
            seen += 1
            given = node.args[4] if len(node.args) > 4 else next(
                (k.value for k in node.keywords if k.arg == "params"), None)
            if given is not None and not isinstance(given, ast.Dict):
                continue  # values built elsewhere
            names = {k.value for k in given.keys if isinstance(k, ast.Constant)} if given is not None else set()
            where = f"{path.relative_to(ROOT)}:{node.lineno}"
            if detail.value not in i18n.MESSAGES:
                problems.append(f"{where}: no message {detail.value!r}")
            elif missing := set(fields(i18n.MESSAGES[detail.value])) - names:
                problems.append(f"{where}: {detail.value} lacks {sorted(missing)}")
    assert seen > 5 and problems == []


def test_every_temporary_error_reads_as_a_short_reason(language: None) -> None:
    """A temporary error's code is stored as the reason a message waits or a transport paused
    (`send` prints "14 wait (the gateway is busy) until 10:05"), without its values: each one
    needs words that name no value (a reason_… message, or a sentence without placeholders)."""
    trees = modules()
    temporary: dict[str, str] = {}
    modem_family = {"ModemError"}
    bases = {n.name: {_name(b) for b in n.bases} for t in trees.values() for n in ast.walk(t) if isinstance(n, ast.ClassDef)}
    while more := {name for name, of in bases.items() if of & modem_family} - modem_family:
        modem_family |= more
    takes_code = known_error_classes(trees)
    for path, tree in trees.items():
        for cls in [n for n in ast.walk(tree) if isinstance(n, ast.ClassDef)] + [tree]:
            for node in ast.walk(cls):
                if not (isinstance(node, ast.Call) and node.args and isinstance(node.args[0], ast.Constant)
                        and isinstance(node.args[0].value, str)):
                    continue
                name = _name(node.func)
                flagged = any(k.arg == "temporary" and isinstance(k.value, ast.Constant) and k.value.value is True
                              for k in node.keywords)
                in_modem = name in modem_family & takes_code or (name == "__init__" and isinstance(cls, ast.ClassDef)
                                                    and cls.name in modem_family)
                not_temporary = any(k.arg == "temporary" and isinstance(k.value, ast.Constant) and k.value.value is False
                                    for k in node.keywords)
                if (flagged or in_modem) and not not_temporary:
                    temporary[node.args[0].value] = f"{path.relative_to(ROOT)}:{node.lineno}"
    assert "gateway_unreachable" in temporary and "modem_timeout" in temporary
    i18n.set_language("zh_CN")
    wordless = [f"{where}: {code}" for code, where in temporary.items()
                if (key := i18n.reason_key(code)) is None or fields(i18n.MESSAGES[key])]
    assert wordless == []


# Errors of a transport's settings: raised when it is opened, before anything is sent, so never
# a message's stored reason.
SETTINGS_ERRORS = ("transport_", "gateway_option", "gateway_url", "gateway_profile", "gateway_charset", "gateway_no_",
                   "gateway_keyring", "gateway_callback", "gateway_param", "check_", "emulator_", "modem_probe")


def test_every_send_error_reads_as_a_short_reason(language: None) -> None:
    """A message that failed or is in doubt keeps its error's code as its reason (batch show,
    the history page): each code the wire (operator_app/sms) and the outbox raise needs words
    that name no value."""
    codes = {code: where for where, code, _ in worded_calls(modules())
             if where.startswith(("operator_app/sms/", "operator_app/messaging/outbox")) and code in i18n.MESSAGES
             and not code.startswith(SETTINGS_ERRORS)}
    codes["send_crashed"] = "operator_app/messaging/outbox.py"  # record_unknown's own code
    assert "gateway_rejected" in codes and "modem_send_ambiguous" in codes
    wordless = [f"{where}: {code}" for code, where in codes.items()
                if (key := i18n.reason_key(code)) is None or fields(i18n.MESSAGES[key])]
    assert wordless == []


def test_queue_csv_is_utf8_with_one_line_end_when_stdout_is_not() -> None:
    """On Chinese Windows a redirected stdout is GBK and turns \\n into \\r\\n: the CSV still
    comes out as UTF-8 with its BOM, each row ending in one \\r\\n."""
    import io

    from operator_app.cli import write_queue_csv

    raw = io.BytesIO()
    out = io.TextIOWrapper(raw, encoding="gbk", newline="\r\n")
    write_queue_csv([], out)
    out.flush()
    data = raw.getvalue()
    assert data.startswith("\ufeff".encode()) and data.endswith(b"\r\n") and b"\r\r\n" not in data
    assert data.decode("utf-8-sig").startswith("合同编号") or data.decode("utf-8-sig").startswith("Contract")
