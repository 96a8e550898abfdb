"""Our SMS-SUBMIT PDUs decoded by python-gammu, an independent codec."""

from __future__ import annotations

import gammu
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from operator_app.sms.encoding import GSM_EXTENSION, is_gsm7, split
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


# --- reading: DELIVER and STATUS-REPORT, decoded by us and by python-gammu from the same bytes

from datetime import datetime, timedelta, timezone  # noqa: E402

from operator_app.sms.pdu import (  # noqa: E402
    Deliver,
    PduError,
    Reassembler,
    StatusReport,
    build_deliver,
    build_status_report,
    decode,
)

zones = st.integers(-48, 56).map(lambda q: timezone(timedelta(minutes=15 * q)))
# python-gammu reads a two-digit year of 80 or more as 20xx - 10 (a quirk); offices live before 2080.
moments = st.builds(lambda d, z: d.replace(tzinfo=z), st.datetimes(datetime(2000, 1, 1), datetime(2079, 12, 31)).map(
    lambda d: d.replace(microsecond=0)), zones)
senders = st.sampled_from(["+8613912345678", "10086", "95588", "ChinaBank", "+447700900123", "1065712345"])


@settings(max_examples=150, deadline=None)
@given(senders, texts, moments, st.integers(0, 255))
def test_deliver_decodes_like_gammu(sender: str, text: str, moment: datetime, ref: int) -> None:
    pdus = build_deliver(sender, text, moment, reference=ref)
    ours = [decode(p) for p in pdus]
    theirs = [gammu.DecodePDU(bytes.fromhex(p), SMSC=True) for p in pdus]
    for o, t in zip(ours, theirs, strict=True):
        assert isinstance(o, Deliver)
        assert o.number == t["Number"]
        assert o.timestamp == t["DateTime"]
        assert t["Text"].startswith(o.text)
        if o.concat:
            assert (o.concat.reference, o.concat.total, o.concat.index) == (
                t["UDH"]["ID8bit"], t["UDH"]["AllParts"], t["UDH"]["PartNumber"])
    whole = None
    machine = Reassembler()
    for part in reversed(ours):  # parts may arrive in any order
        whole = machine.add(part) or whole  # type: ignore[arg-type]
    assert whole is not None and whole.text == text and not machine.pending


@settings(max_examples=80, deadline=None)
@given(st.integers(0, 255), st.sampled_from(["+8613800138000", "13800138000"]), st.sampled_from([0, 1, 0x20, 0x41, 0x60]),
       moments)
def test_status_report_decodes_like_gammu(ref: int, number: str, status: int, moment: datetime) -> None:
    pdu = build_status_report(ref, number, status, moment, moment + timedelta(seconds=7))
    ours = decode(pdu)
    theirs = gammu.DecodePDU(bytes.fromhex(pdu), SMSC=True)
    assert isinstance(ours, StatusReport)
    assert theirs["Type"] == "Status_Report"
    assert (ours.message_ref, ours.recipient, ours.status) == (theirs["MessageReference"], theirs["Number"],
                                                               theirs["DeliveryStatus"])
    assert ours.submitted == theirs["DateTime"] and ours.discharged == theirs["SMSCDateTime"]
    assert ours.outcome == {0: "delivered", 1: "delivered", 0x20: "pending", 0x41: "failed", 0x60: "failed"}[status]


def test_submit_decodes_back_for_the_virtual_modem() -> None:
    pdus = build_submit("+8613800138000", "您好" * 50, reference=9)
    parts = [decode(p.hex) for p in pdus]
    assert all(isinstance(p, Deliver) and p.status_report and p.number == "+8613800138000" for p in parts)
    assert "".join(p.text for p in parts) == "您好" * 50  # type: ignore[union-attr]


def test_hand_assembled_deliver() -> None:
    # Assembled by hand from TS 23.040: "Hello" (7-bit C8329BFD06) from +8613912345678 via SMSC
    # +8613800100500, stamped 2026-11-27 09:30:05 +08:00 (zone 32 quarters = "23").
    pdu = "0891683108100005F0040D91683119325476F800006211729003502305C8329BFD06"
    assert gammu.DecodePDU(bytes.fromhex(pdu), SMSC=True)["Text"] == "Hello"
    message = decode(pdu)
    assert isinstance(message, Deliver)
    assert (message.number, message.text) == ("+8613912345678", "Hello")
    assert message.timestamp == datetime(2026, 11, 27, 9, 30, 5, tzinfo=timezone(timedelta(hours=8)))


@pytest.mark.parametrize("bad", ["", "zz", "0891683108100005F004", "07911326040000F0" + "03" * 3])
def test_garbage_is_a_pdu_error(bad: str) -> None:
    with pytest.raises(PduError):
        decode(bad)


@settings(max_examples=100, deadline=None)
@given(texts, st.sampled_from(["+8613800138000", "13800138000"]))
def test_we_decode_what_gammu_encodes(text: str, number: str) -> None:
    unicode = not is_gsm7(text)
    parts = gammu.EncodeSMS({"Class": -1, "Unicode": unicode,
                             "Entries": [{"ID": "ConcatenatedTextLong", "Buffer": text}]})
    decoded = []
    for part in parts:
        part["Number"] = number
        part["SMSC"] = {"Location": 0, "Number": "", "Format": "Text", "Validity": "NA", "Class": -1, "Name": ""}
        part["Type"] = "Submit"
        message = decode(gammu.EncodePDU(part).hex())
        assert isinstance(message, Deliver) and message.number == number
        assert message.encoding == ("ucs2" if unicode else "gsm7")
        if len(parts) > 1:
            assert message.concat is not None and (message.concat.total, message.concat.index) == (
                len(parts), len(decoded) + 1)
        decoded.append(message.text)
    assert "".join(decoded) == text
