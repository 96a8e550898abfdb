"""Compliance lint of a message text: enforced at approval, and cheap enough to run live in the
editor on every keystroke.

Each finding has a code, a severity (error blocks approval; warning and info are shown), the span
it is about (start, end: character offsets in the text) and parameters for its message, which
says how to fix it (i18n `lint_<code>`). The word list and the signature/opt-out rules are data in
resources/lint/rules.toml so an office can add its own words with the reason each is there.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

from operator_app.messaging.parts import parts
from operator_app.messaging.settings_registry import OFFICE_DETAILS, gap
from operator_app.sms.encoding import is_gsm7

RULES = Path(__file__).resolve().parent.parent.parent / "resources" / "lint" / "rules.toml"
ERROR, WARNING, INFO = "error", "warning", "info"

_ID_NUMBER = re.compile(r"(?<!\d)\d{17}[\dXx](?![\dXx])|(?<!\d)\d{15}(?!\d)")
_BANK_CARD = re.compile(r"(?<!\d)(?:\d[ -]?){15,18}\d(?!\d)")
_GAPS = re.compile("|".join(re.escape(gap(key)) for key in OFFICE_DETAILS))
_URL = re.compile(r"(?i)(?<![a-z0-9.-])(?:https?://\S+|www\.\S+|[a-z0-9-]+\.(?:com|cn|net|org|top|xyz|cc|io|vip|me|info|link|app)(?![a-z0-9-])\S*)")


@dataclass(frozen=True)
class Word:
    word: str
    category: str
    why: str
    why_en: str


@dataclass(frozen=True)
class Rules:
    signature: re.Pattern[str]
    opt_out_hints: tuple[str, ...]
    words: tuple[Word, ...]
    words_re: re.Pattern[str] | None = field(default=None)


@cache
def load_rules(path: Path = RULES) -> Rules:
    data = tomllib.loads(path.read_text(encoding="utf-8"))
    words = tuple(Word(w["word"], w["category"], w.get("why", ""), w.get("why_en", "")) for w in data.get("word", []))
    # Longest first, so 银行卡号 is one finding rather than a shorter word inside it.
    alternation = "|".join(re.escape(w.word) for w in sorted(words, key=lambda w: -len(w.word)))
    return Rules(re.compile(data["signature"]), tuple(data["opt_out_hints"]), words,
                 re.compile(alternation, re.IGNORECASE) if alternation else None)


@dataclass(frozen=True)
class Finding:
    code: str
    severity: str
    start: int
    end: int
    params: dict[str, object] = field(default_factory=dict)

    @property
    def blocking(self) -> bool:
        return self.severity == ERROR

    def as_json(self) -> dict[str, object]:
        return {"code": self.code, "severity": self.severity, "start": self.start, "end": self.end, **self.params}


def lint(text: str, *, max_segments: int = 3, rules: Rules | None = None) -> list[Finding]:
    rules = rules or load_rules()
    found: list[Finding] = []
    end = len(text)
    for m in _GAPS.finditer(text):  # a text planned before the office set its details
        found.append(Finding("office_unset", ERROR, m.start(), m.end(), {"key": m.group()[1:-1]}))
    if not rules.signature.search(text) and "【" + gap("office.signature") + "】" not in text:
        found.append(Finding("missing_signature", ERROR, 0, 0))
    if not any(h.lower() in text.lower() for h in rules.opt_out_hints):
        found.append(Finding("missing_opt_out", ERROR, end, end, {"hint": rules.opt_out_hints[0]}))
    if rules.words_re is not None:
        for m in rules.words_re.finditer(text):
            w = next((w for w in rules.words if w.word.lower() == m.group().lower()), None)
            if w is None:
                continue
            code = {"third_party": "third_party", "pii": "personal_data"}.get(w.category, "banned_word")
            found.append(Finding(code, ERROR, m.start(), m.end(),
                                 {"word": m.group(), "category": w.category, "why": w.why, "why_en": w.why_en}))
    ids = [(m.start(), m.end()) for m in _ID_NUMBER.finditer(text)]
    for start, stop in ids:
        found.append(Finding("id_number", ERROR, start, stop))
    for m in _BANK_CARD.finditer(text):
        if not any(s <= m.start() < e for s, e in ids):
            found.append(Finding("bank_card", ERROR, m.start(), m.end()))
    for m in _URL.finditer(text):
        found.append(Finding("url", ERROR, m.start(), m.end(), {"url": m.group()}))
    encoding, count = parts(text)
    if count > max_segments:
        found.append(Finding("too_many_segments", WARNING, 0, end, {"segments": count, "limit": max_segments}))
    if encoding == "ucs2":
        pos = next(i for i, ch in enumerate(text) if not is_gsm7(ch))
        found.append(Finding("ucs2", INFO, pos, pos + 1, {"char": text[pos], "segments": count}))
    return sorted(found, key=lambda f: (f.start, f.code))


def errors(findings: list[Finding]) -> list[Finding]:
    return [f for f in findings if f.blocking]
