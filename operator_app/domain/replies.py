"""What a borrower's reply asks for: stop messages (opt-out), a review (hold), a new number
(wrong number), or nothing.

Borrowers answer from phones with every input method: "退订", "ＴＤ", " t ", "STOP!", "回T退订"
copied back, "我已经还了", "你们打错了", traditional characters ("退訂", "投訴"). The rule has to be
generous where the borrower clearly asks to stop (a missed opt-out is unlawful and cruel) and
careful with single letters, which only count when they are the whole reply (an "N" inside a
sentence is not a request).

Precedence, decided here once:
- A wrong number wins over everything, an opt-out included ("不是本人，不要再发了"). Whoever
  answered is not the borrower: every message to that number reaches a stranger, so all of them
  stop at once (the borrowers with that number are put on hold, which stops more than an opt-out
  would), and the loan goes on the call list for a new number. It is deliberately NOT recorded as
  the borrower's opt-out: that would also silence the borrower's right number once the office has
  it. The stranger's "don't send again" is honoured by the hold, which only a person releases.
- An opt-out wins over a hold: it stops every message at once, which is what a hold would also
  do; the inbox still shows the text, so staff can see a dispute written beside it.
- A hold is the safe side of doubt (a complaint, "already paid"): a person reviews it and releases.
"""

from __future__ import annotations

import re
import unicodedata

OPT_OUT = "opt_out"
HOLD = "hold"
WRONG_NUMBER = "wrong_number"
NONE = "none"
ACTIONS = (OPT_OUT, HOLD, WRONG_NUMBER, NONE)

# Whole-reply tokens (after folding case, width and punctuation away).
OPT_OUT_TOKENS = frozenset({"t", "td", "n", "stop", "stopall", "unsubscribe", "qx", "0000"})
# Anywhere in the reply (simplified and traditional).
OPT_OUT_WORDS = ("退订", "退定", "取消订阅", "不要再发", "别再发", "不要发短信", "拒收", "请勿再发", "不要再给我发",
                 "退訂", "取消訂閱", "不要再發", "別再發", "請勿再發", "不要再給我發", "unsubscribe")
WRONG_NUMBER_WORDS = ("不是本人", "不是我", "打错了", "打错人", "发错人", "号码错误", "错号",
                      "打錯了", "打錯人", "號碼錯誤", "發錯人")
HOLD_WORDS = ("投诉", "发错了", "已还", "已经还了", "已经还款", "还清了", "已结清", "已经结清", "12378", "举报",
              "投訴", "發錯了", "已還", "已經還", "還清了", "已結清", "舉報")
# Everything that is not a letter or a digit goes: punctuation, spaces, symbols, and the
# invisible format characters (zero-width space and joiners, BOM, soft hyphen) that would
# otherwise split a word for the substring search.
_FOLD = re.compile(r"[\W_]+", re.UNICODE)


def fold(text: str) -> str:
    """The reply as comparable text: NFKC (full-width letters and digits become ASCII),
    lower case, punctuation, symbols, spaces and zero-width characters removed."""
    return _FOLD.sub("", unicodedata.normalize("NFKC", text).casefold())


def classify_reply(text: str) -> str:
    """WRONG_NUMBER, OPT_OUT, HOLD or NONE for one inbound text (precedence: module docstring)."""
    folded = fold(text)
    if not folded:
        return NONE
    if any(word in folded for word in WRONG_NUMBER_WORDS):
        return WRONG_NUMBER
    if folded in OPT_OUT_TOKENS or any(word in folded for word in OPT_OUT_WORDS):
        return OPT_OUT
    if any(word in folded for word in HOLD_WORDS):
        return HOLD
    return NONE
