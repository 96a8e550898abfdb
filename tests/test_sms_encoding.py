"""Splitting and the GSM alphabet, cross-checked against python-gammu's own splitter."""

from __future__ import annotations

import gammu
from hypothesis import given, settings
from hypothesis import strategies as st

from operator_app.sms.encoding import (
    GSM_BASIC,
    GSM_EXTENSION,
    decode_septets,
    is_gsm7,
    septets,
    split,
)

GSM_CHARS = [c for c in GSM_BASIC if c != "\x1b"] + list(GSM_EXTENSION)
gsm_text = st.text(alphabet=st.sampled_from(GSM_CHARS), max_size=700)
# NUL ends a C string inside gammu, so control characters are left out of the cross-check.
any_text = st.text(alphabet=st.characters(blacklist_categories=("Cs", "Cc")), max_size=300) | st.text(
    alphabet=st.sampled_from("还款提醒您的借款已逾期😀€[]a1 "), max_size=400)


def test_boundaries() -> None:
    assert split("a" * 160).count == 1 and split("a" * 161).count == 2
    assert split("€" * 80).count == 1 and split("€" * 81).count == 2
    assert split("你" * 70).count == 1 and split("你" * 71).count == 2
    assert [len(p) for p in split("你" * 134).parts] == [67, 67]
    assert split("a" * 150).remaining == 10
    assert split("").count == 1


def test_escape_and_surrogate_pairs_are_never_split() -> None:
    parts = split("a" * 152 + "€" + "b" * 10).parts
    assert parts[0] == "a" * 152 and parts[1].startswith("€")
    parts = split("你" * 66 + "😀" + "好" * 5).parts
    assert parts[0] == "你" * 66 and parts[1].startswith("😀")


@given(gsm_text)
def test_septets_round_trip(text: str) -> None:
    assert is_gsm7(text)
    assert decode_septets(septets(text)) == text


@settings(max_examples=150, deadline=None)
@given(any_text)
def test_split_agrees_with_gammu(text: str) -> None:
    ours = split(text)
    assert "".join(ours.parts) == text
    if not text:
        return
    theirs = gammu.EncodeSMS({"Class": -1, "Unicode": ours.encoding == "ucs2",
                              "Entries": [{"ID": "ConcatenatedTextLong", "Buffer": text}]})
    assert ours.count == len(theirs)
    if ours.encoding == "ucs2" and not any(ord(c) > 0xFFFF for c in text):
        assert [len(p) for p in ours.parts] == [len(m["Text"]) for m in theirs]
