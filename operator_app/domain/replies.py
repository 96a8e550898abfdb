"""What a borrower's reply asks for: stop messages (opt-out), a review (hold), or nothing.

Borrowers answer from phones with every input method: "退订", "ＴＤ", " t ", "STOP!", "回T退订"
copied back, "我已经还了", "你们打错了". The rule has to be generous where the borrower clearly asks
to stop (a missed opt-out is unlawful and cruel) and careful with single letters, which only count
when they are the whole reply (an "N" inside a sentence is not a request).

An opt-out wins over a hold: it stops every message at once, which is what a hold would also do;
the inbox still shows the text, so staff can see a dispute written beside it. A hold is the safe
side of doubt ("不是我…" may be a wrong number or a complaint): a person reviews it and releases.
"""

from __future__ import annotations

import re
import unicodedata

OPT_OUT = "opt_out"
HOLD = "hold"
NONE = "none"
ACTIONS = (OPT_OUT, HOLD, NONE)

# Whole-reply tokens (after folding case, width and punctuation away).
_OPT_OUT_TOKENS = frozenset({"t", "td", "n", "stop", "unsubscribe", "qx", "0000"})
# Anywhere in the reply.
_OPT_OUT_WORDS = ("退订", "退定", "取消订阅", "不要再发", "别再发", "不要发短信", "拒收", "unsubscribe")
_HOLD_WORDS = ("投诉", "不是本人", "不是我", "号码错误", "打错了", "发错了", "已还", "已经还了", "还清了", "已结清",
               "已经结清", "12378", "举报")
_FOLD = re.compile(r"[\W_]+", re.UNICODE)


def fold(text: str) -> str:
    """The reply as comparable text: NFKC (full-width letters and digits become ASCII),
    lower case, punctuation, symbols and spaces removed."""
    return _FOLD.sub("", unicodedata.normalize("NFKC", text).casefold())


def classify_reply(text: str) -> str:
    """OPT_OUT, HOLD or NONE for one inbound text."""
    folded = fold(text)
    if not folded:
        return NONE
    if folded in _OPT_OUT_TOKENS or any(word in folded for word in _OPT_OUT_WORDS):
        return OPT_OUT
    if any(word in folded for word in _HOLD_WORDS):
        return HOLD
    return NONE
