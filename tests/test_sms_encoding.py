"""Splitting and the GSM alphabet, cross-checked against python-gammu's own splitter."""

from __future__ import annotations

import itertools

import gammu
import regex
from hypothesis import example, given, settings
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
    alphabet=st.sampled_from("还款提醒您的借款已逾期😀€[]a1 "), max_size=400) | st.lists(
    # accents and enclosing marks after letters, flags, ZWJ families: where part boundaries matter
    st.sampled_from(["还", "款", "e\u0301", "a\u0308\u0301", "1\u20e3", "🇨🇳", "👨\u200d👩\u200d👧", "😀",
                              "\u0301", "가", "\u1100\u1161"]), max_size=120).map("".join)


def gammu_parts(text: str, unicode: bool) -> list[int]:
    theirs = gammu.EncodeSMS({"Class": -1, "Unicode": unicode,
                              "Entries": [{"ID": "ConcatenatedTextLong", "Buffer": text}]})
    return [len(m["Text"]) for m in theirs]


def _gammu_combining(ch: str) -> bool:
    """The marks gammu keeps with the character before them (gsmmulti.c, AlignIfCombinedCharacter)."""
    n = ord(ch)
    return 0xFE20 <= n <= 0xFE2F or 0x300 <= n <= 0x36F or 0x1AB0 <= n <= 0x1AFF or 0x1DC0 <= n <= 0x1DFF \
        or 0x20D0 <= n <= 0x20FF


def gammu_rule_covers(text: str) -> bool:
    """True when gammu's narrower rule and ours cut the same places: every user-perceived
    character is one code point (not a mark, not a regional indicator), or a BMP letter with one
    mark gammu knows. Elsewhere gammu cuts inside clusters (two marks, ZWJ sequences, Hangul jamo,
    a mark after an emoji, where it even splits the surrogate pair)."""
    for cluster in regex.findall(r"\X", text):
        if len(cluster) == 1:
            if _gammu_combining(cluster) or 0x1F1E6 <= ord(cluster) <= 0x1F1FF:
                return False
        elif not (len(cluster) == 2 and ord(cluster[0]) <= 0xFFFF and not _gammu_combining(cluster[0])
                  and _gammu_combining(cluster[1])):
            return False
    return True


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


def test_a_letter_keeps_its_accent_flags_and_emoji_sequences_stay_whole() -> None:
    # The case seen failing against gammu: a combining mark right after the 67th unit.
    text = "你" * 66 + "e\u0301" + "好" * 3
    assert [len(p) for p in split(text).parts] == [66, 5] == gammu_parts(text, True)
    assert split("你" * 66 + "🇨🇳" + "好").parts[1].startswith("🇨🇳")
    family = "👨\u200d👩\u200d👧"
    assert split("你" * 65 + family + "好").parts[1].startswith(family)
    # One cluster longer than a part (a letter with 80 accents) is cut between code points.
    piled = "a" + "\u0301" * 80
    assert "".join(split(piled).parts) == piled and [len(p) for p in split(piled).parts] == [67, 14]


@given(gsm_text)
def test_septets_round_trip(text: str) -> None:
    assert is_gsm7(text)
    assert decode_septets(septets(text)) == text


@settings(max_examples=150)
@given(any_text)
@example("你" * 66 + "e\u0301" + "好" * 3)
def test_split_agrees_with_gammu(text: str) -> None:
    ours = split(text)
    assert "".join(ours.parts) == text
    if not text:
        return
    limit = 160 if ours.count == 1 else 153
    if ours.encoding == "ucs2":
        limit = 70 if ours.count == 1 else 67
        sizes = [len(p.encode("utf-16-le")) // 2 for p in ours.parts]
        assert all(size <= limit for size in sizes)
        clusters = regex.findall(r"\X", text)
        ends = set(itertools.accumulate(len(c) for c in clusters))
        cuts = list(itertools.accumulate(len(p) for p in ours.parts))[:-1]
        long_cluster = any(len(c.encode("utf-16-le")) // 2 > 67 for c in clusters)
        assert long_cluster or all(cut in ends for cut in cuts)  # never inside a user-perceived character
    theirs = gammu_parts(text, ours.encoding == "ucs2")
    if ours.encoding == "gsm7" or gammu_rule_covers(text):
        assert ours.count == len(theirs)
        if ours.encoding == "ucs2" and not any(ord(c) > 0xFFFF for c in text):
            assert [len(p) for p in ours.parts] == theirs


def test_property_tests_here_run_derandomized() -> None:
    """The conftest profile makes hypothesis deterministic; a test's own @settings must keep it."""
    import os
    import sys

    from tests import test_sms_pdu

    if os.environ.get("HYPOTHESIS_PROFILE", "deterministic") != "deterministic":
        return
    tests = [f for module in (sys.modules[__name__], test_sms_pdu) for name, f in vars(module).items()
             if name.startswith("test_") and hasattr(f, "hypothesis")]
    assert len(tests) >= 4
    for test in tests:
        chosen = test._hypothesis_internal_use_settings
        assert chosen.derandomize and chosen.database is None, test.__name__
