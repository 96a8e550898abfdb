"""Our SMS-SUBMIT PDUs decoded by python-gammu, an independent codec."""

from __future__ import annotations

import gammu
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from operator_app.sms.encoding import GSM_EXTENSION, split
from operator_app.sms.pdu import build_submit, pack_septets, relative_validity

texts = st.text(alphabet=st.sampled_from("您好，您的借款已逾期请尽快还款【某某小贷】退订回T abcXYZ0123€[]{}^|@£😀"), min_size=1,
                max_size=400)


def _decode(pdu_hex: str) -> dict:  # type: ignore[type-arg]
    return gammu.DecodePDU(bytes.fromhex(pdu_hex), SMSC=True)


def test_known_vector() -> None:
    # "hellohello" to +8613800138000, the classic example with no VP and no report.
    (pdu,) = build_submit("+8613800138000", "hellohello", status_report=False, validity_hours=None)
    assert pdu.hex == "0001000D91683108108300F000000AE8329BFD4697D9EC37"
    assert pdu.tpdu_length == len(bytes.fromhex(pdu.hex)) - 1


def test_tilde_bytes() -> None:
    # python-gammu's decoder treats "~" as its own escape in Unicode text, so "~" is checked
    # here at the byte level instead of through the cross-check above.
    assert build_submit("+8613800138000", "~【", status_report=False, validity_hours=None)[0].hex.endswith("04007E3010")
    assert build_submit("+8613800138000", "~", status_report=False, validity_hours=None)[0].hex.endswith("029B1E")  # ESC 0x1B, 0x3D packed


def test_pack_septets_with_fill() -> None:
    assert pack_septets([0x41]).hex() == "41"
    assert pack_septets([0x41], 1).hex() == "82"


@pytest.mark.parametrize("hours, vp", [(0.0833, 0), (12, 143), (24, 167), (48, 168), (24 * 30, 196), (24 * 63, 201)])
def test_relative_validity(hours: float, vp: int) -> None:
    assert relative_validity(hours) == vp


@settings(max_examples=120, deadline=None)
@given(texts, st.sampled_from(["+8613800138000", "13800138000", "+447700900123"]), st.integers(0, 255),
       st.booleans())
def test_gammu_decodes_what_we_encode(text: str, number: str, ref: int, report: bool) -> None:
    pdus = build_submit(number, text, reference=ref, status_report=report)
    decoded = [_decode(p.hex) for p in pdus]
    parts = split(text).parts
    for part, d in zip(parts, decoded, strict=True):
        # python-gammu returns as many characters as the part has septets, so after each escape
        # (€ [ ] …) one character of whatever follows the buffer trails the text: compare the head.
        escapes = sum(ch in GSM_EXTENSION for ch in part) if d["Coding"] == "Default_No_Compression" else 0
        assert d["Text"][: len(part)] == part
        assert len(d["Text"]) == len(part) + escapes
    for i, d in enumerate(decoded, start=1):
        assert d["Number"] == number
        assert d["Type"] == "Submit"
        if len(pdus) > 1:
            assert d["UDH"]["Type"] == "ConcatenatedMessages"
            assert (d["UDH"]["ID8bit"], d["UDH"]["AllParts"], d["UDH"]["PartNumber"]) == (ref, len(pdus), i)
