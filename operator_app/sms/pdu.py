"""PDUs of 3GPP TS 23.040 for AT+CMGF=0: SMS-SUBMIT to send, SMS-DELIVER and SMS-STATUS-REPORT
to read, and SUBMIT decoding for the virtual modem.

The SMSC field of what we send is left empty ("00"): the modem uses the SIM's service centre.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone

from operator_app.sms.encoding import Split, decode_septets, septets, split


def pack_septets(codes: list[int], fill_bits: int = 0) -> bytes:
    """Pack 7-bit codes LSB first, after `fill_bits` zero bits (to align after a UDH)."""
    value = 0
    bits = fill_bits
    out = bytearray()
    for code in codes:
        value |= (code & 0x7F) << bits
        bits += 7
        while bits >= 8:
            out.append(value & 0xFF)
            value >>= 8
            bits -= 8
    if bits:
        out.append(value & 0xFF)
    return bytes(out)


_SWAP_NIBBLES = bytes(((b & 0x0F) << 4) | (b >> 4) for b in range(256))


def encode_address(number: str) -> bytes:
    """Destination address: length in digits, type (0x91 international, 0x81 national), BCD digits."""
    international = number.startswith("+")
    digits = number.lstrip("+")
    if not digits.isascii() or not digits.isdigit():
        raise ValueError(f"not a phone number: {number!r}")
    semi_octets = bytes.fromhex(digits + "F" * (len(digits) & 1)).translate(_SWAP_NIBBLES)
    return bytes([len(digits), 0x91 if international else 0x81]) + semi_octets


def relative_validity(hours: float) -> int:
    """TP-VP relative format: 5-minute steps to 12 h, then half hours to 24 h, then days, then weeks."""
    minutes = int(hours * 60)
    if minutes <= 720:
        return max(0, minutes // 5 - 1)
    if minutes <= 1440:
        return 143 + (minutes - 720) // 30
    days = minutes // 1440
    if days <= 30:
        return 166 + days
    return min(255, 192 + days // 7)


@dataclass(frozen=True)
class SubmitPdu:
    hex: str  # what follows AT+CMGS's prompt (SMSC "00" included)
    tpdu_length: int  # the number AT+CMGS=<n> takes: octets after the SMSC field


def build_submit(number: str, text: str, *, reference: int = 0, status_report: bool = True,
                 validity_hours: float | None = 24.0, message_ref: int = 0, plan: Split | None = None) -> list[SubmitPdu]:
    """One PDU per part; `reference` is the 8-bit concatenation reference shared by the parts."""
    plan = plan or split(text)
    total = plan.count
    pdus = []
    for index, part in enumerate(plan.parts, start=1):
        udh = bytes([0x05, 0x00, 0x03, reference & 0xFF, total, index]) if total > 1 else b""
        first = 0x01 | (0x10 if validity_hours is not None else 0) | (0x20 if status_report else 0) | (
            0x40 if udh else 0)
        body = bytearray([first, message_ref & 0xFF])
        body += encode_address(number)
        body.append(0x00)  # TP-PID
        if plan.encoding == "gsm7":
            codes = septets(part)
            body.append(0x00)  # TP-DCS: GSM 7-bit
            if validity_hours is not None:
                body.append(relative_validity(validity_hours))
            udh_septets = (len(udh) * 8 + 6) // 7
            fill = udh_septets * 7 - len(udh) * 8
            body.append(udh_septets + len(codes))  # TP-UDL in septets
            body += udh + pack_septets(codes, fill)
        else:
            payload = part.encode("utf-16-be")
            body.append(0x08)  # TP-DCS: UCS-2
            if validity_hours is not None:
                body.append(relative_validity(validity_hours))
            body.append(len(udh) + len(payload))  # TP-UDL in octets
            body += udh + payload
        pdus.append(SubmitPdu("00" + body.hex().upper(), len(body)))
    return pdus


class PduError(ValueError):
    """Bytes that are not a PDU we understand."""


def unpack_septets(data: bytes, count: int, fill_bits: int = 0) -> list[int]:
    value = int.from_bytes(data, "little")
    return [(value >> (fill_bits + 7 * i)) & 0x7F for i in range(count)]


def decode_address(data: bytes, offset: int) -> tuple[str, int]:
    """An address field at `offset`; returns the number (or alphanumeric sender) and the next offset."""
    digits = data[offset]
    kind = data[offset + 1]
    octets = (digits + 1) // 2
    raw = data[offset + 2: offset + 2 + octets]
    if len(raw) < octets:
        raise PduError("address runs past the end")
    if kind & 0x70 == 0x50:  # alphanumeric, GSM 7-bit packed
        text = decode_septets(unpack_septets(raw, digits * 4 // 7))
        return text, offset + 2 + octets
    swapped = "".join(f"{b & 0x0F:X}{b >> 4:X}" for b in raw)[:digits]
    number = swapped.replace("F", "")
    if kind & 0x70 == 0x10:
        number = "+" + number
    return number, offset + 2 + octets


def _bcd(b: int) -> int:
    return (b & 0x0F) * 10 + (b >> 4)


def decode_timestamp(data: bytes) -> datetime:
    """TP-SCTS: semi-octets YY MM DD hh mm ss and the zone in quarter hours (sign in bit 3)."""
    if len(data) < 7:
        raise PduError("timestamp runs past the end")
    year, month, day, hour, minute, second = (_bcd(b) for b in data[:6])
    tz = data[6]
    quarters = (tz & 0x07) * 10 + (tz >> 4)
    if tz & 0x08:
        quarters = -quarters
    try:
        return datetime(2000 + year, month, day, hour, minute, second,
                        tzinfo=timezone(timedelta(minutes=15 * quarters)))
    except ValueError as exc:
        raise PduError("bad timestamp") from exc


@dataclass(frozen=True)
class Concat:
    reference: int
    total: int
    index: int


@dataclass(frozen=True)
class Deliver:
    """An inbound message part, or (for the virtual modem) a submitted one: `number` is the
    sender of a DELIVER and the recipient of a SUBMIT."""

    number: str
    text: str
    encoding: str
    timestamp: datetime | None = None
    concat: Concat | None = None
    status_report: bool = False
    message_ref: int = 0


@dataclass(frozen=True)
class StatusReport:
    message_ref: int
    recipient: str
    status: int
    submitted: datetime
    discharged: datetime

    @property
    def outcome(self) -> str:
        """delivered | pending | failed (TS 23.040 9.2.3.15)."""
        if self.status < 0x20:
            return "delivered"
        if self.status < 0x40:
            return "pending"
        return "failed"


def _skip_smsc(data: bytes, has_smsc: bool) -> int:
    return 1 + data[0] if has_smsc else 0


def _user_data(data: bytes, offset: int, dcs: int, has_udh: bool) -> tuple[str, str, Concat | None]:
    if offset >= len(data):
        raise PduError("no user data")
    udl = data[offset]
    body = data[offset + 1:]
    alphabet = _alphabet(dcs)
    concat = None
    header_len = 0
    if has_udh:
        if not body:
            raise PduError("no user data header")
        header_len = body[0] + 1
        concat = _parse_udh(body[1:header_len])
    if alphabet == 0:
        fill = (7 - (header_len * 8) % 7) % 7
        skip_septets = (header_len * 8 + fill) // 7
        codes = unpack_septets(body[header_len:], udl - skip_septets, fill)
        if len(body[header_len:]) * 8 < (udl - skip_septets) * 7 + fill - 7:
            raise PduError("user data runs past the end")
        return decode_septets(codes), "gsm7", concat
    payload = body[header_len:udl]
    if alphabet == 2:
        return payload.decode("utf-16-be", errors="replace"), "ucs2", concat
    return payload.hex().upper(), "8bit", concat


def _alphabet(dcs: int) -> int:
    """0 GSM 7-bit, 1 8-bit data, 2 UCS-2, from the TP-DCS coding groups (TS 23.038 4)."""
    group = dcs >> 4
    if group <= 0x07:
        alphabet = (dcs >> 2) & 0x03
        return 1 if alphabet == 3 else alphabet
    if group in (0x0C, 0x0D):
        return 0
    if group == 0x0E:
        return 2
    if group == 0x0F:
        return 1 if dcs & 0x04 else 0
    return 1


def _parse_udh(udh: bytes) -> Concat | None:
    i = 0
    while i + 1 < len(udh):
        iei, length = udh[i], udh[i + 1]
        value = udh[i + 2: i + 2 + length]
        if iei == 0x00 and length == 3:
            return Concat(value[0], value[1], value[2])
        if iei == 0x08 and length == 4:
            return Concat((value[0] << 8) | value[1], value[2], value[3])
        i += 2 + length
    return None


def decode(pdu_hex: str, *, has_smsc: bool = True) -> Deliver | StatusReport:
    """A DELIVER (inbound text) or a STATUS-REPORT; a SUBMIT decodes as a Deliver too."""
    try:
        data = bytes.fromhex(pdu_hex.strip())
    except ValueError as exc:
        raise PduError("not hexadecimal") from exc
    try:
        return _decode(data, has_smsc)
    except IndexError as exc:
        raise PduError("PDU runs past the end") from exc


def _decode(data: bytes, has_smsc: bool) -> Deliver | StatusReport:
    i = _skip_smsc(data, has_smsc)
    first = data[i]
    mti = first & 0x03
    has_udh = bool(first & 0x40)
    if mti == 0x00:  # SMS-DELIVER
        number, i = decode_address(data, i + 1)
        dcs = data[i + 1]
        stamp = decode_timestamp(data[i + 2: i + 9])
        text, enc, concat = _user_data(data, i + 9, dcs, has_udh)
        return Deliver(number, text, enc, stamp, concat)
    if mti == 0x01:  # SMS-SUBMIT
        ref = data[i + 1]
        number, i = decode_address(data, i + 2)
        dcs = data[i + 1]
        i += 2
        vpf = (first >> 3) & 0x03
        i += {0: 0, 2: 1}.get(vpf, 7)
        text, enc, concat = _user_data(data, i, dcs, has_udh)
        return Deliver(number, text, enc, None, concat, bool(first & 0x20), ref)
    if mti == 0x02:  # SMS-STATUS-REPORT
        ref = data[i + 1]
        number, i = decode_address(data, i + 2)
        submitted = decode_timestamp(data[i: i + 7])
        discharged = decode_timestamp(data[i + 7: i + 14])
        return StatusReport(ref, number, data[i + 14], submitted, discharged)
    raise PduError(f"unsupported message type {mti}")


@dataclass(frozen=True)
class Incomplete:
    """A concatenated message given up on: the parts that came, joined in order, and the part
    numbers that never did."""

    message: Deliver
    missing: tuple[int, ...]
    reference: int
    total: int


@dataclass
class Reassembler:
    """Collects the parts of concatenated inbound messages; a whole message comes out once.

    A part may never come (the network lost it, the phone sent only some): a group that stays
    incomplete longer than `timeout` seconds, or the oldest group beyond `max_pending`, is given
    up by `expire()`, so the pending groups stay bounded. `clock` is injectable for tests."""

    timeout: float = 3600.0
    max_pending: int = 64
    clock: Callable[[], float] = time.monotonic
    pending: dict[tuple[str, int, int], dict[int, Deliver]] = field(default_factory=dict)
    first_seen: dict[tuple[str, int, int], float] = field(default_factory=dict)

    def add(self, part: Deliver) -> Deliver | None:
        if part.concat is None:
            return part
        key = (part.number, part.concat.reference, part.concat.total)
        parts = self.pending.setdefault(key, {})
        self.first_seen.setdefault(key, self.clock())
        parts[part.concat.index] = part
        if len(parts) < part.concat.total:
            return None
        del self.pending[key]
        del self.first_seen[key]
        return _joined(list(parts.values()))

    def expire(self) -> list[Incomplete]:
        """Give up the groups that waited too long (and the oldest beyond max_pending)."""
        now = self.clock()
        by_age = sorted(self.first_seen, key=self.first_seen.__getitem__)
        overflow = max(0, len(by_age) - self.max_pending)
        out = []
        for n, key in enumerate(by_age):
            if n < overflow or now - self.first_seen[key] >= self.timeout:
                parts = self.pending.pop(key)
                del self.first_seen[key]
                missing = tuple(i for i in range(1, key[2] + 1) if i not in parts)
                out.append(Incomplete(_joined(list(parts.values())), missing, key[1], key[2]))
        return out


def _joined(parts: list[Deliver]) -> Deliver:
    ordered = sorted(parts, key=lambda p: p.concat.index if p.concat else 0)
    first = ordered[0]
    return Deliver(first.number, "".join(p.text for p in ordered), first.encoding, first.timestamp)


def encode_timestamp(moment: datetime) -> bytes:
    offset = moment.utcoffset() or timedelta(0)
    quarters = int(offset.total_seconds() // 900)
    sign = 0x08 if quarters < 0 else 0
    quarters = abs(quarters)

    def semi(value: int) -> int:
        return ((value % 10) << 4) | (value // 10)

    fields = (moment.year % 100, moment.month, moment.day, moment.hour, moment.minute, moment.second)
    return bytes(semi(v) for v in fields) + bytes([((quarters % 10) << 4) | (quarters // 10) | sign])


def _encode_sender(sender: str) -> bytes:
    if sender.lstrip("+").isdigit():
        return encode_address(sender)
    codes = septets(sender)
    packed = pack_septets(codes)
    return bytes([len(packed) * 2 - (1 if (len(codes) * 7) % 8 and (len(codes) * 7) % 8 <= 4 else 0), 0xD0]) + packed


def build_deliver(sender: str, text: str, timestamp: datetime, *, reference: int = 0,
                  smsc: str = "+8613800100500") -> list[str]:
    """Inbound parts as a modem stores them (SMSC included): what the virtual modem serves."""
    plan = split(text)
    smsc_field = encode_address(smsc)[1:]
    out = []
    for index, part in enumerate(plan.parts, start=1):
        udh = bytes([0x05, 0x00, 0x03, reference & 0xFF, plan.count, index]) if plan.count > 1 else b""
        body = bytearray([0x04 | (0x40 if udh else 0)])
        body += _encode_sender(sender)
        body.append(0x00)
        if plan.encoding == "gsm7":
            codes = septets(part)
            udh_septets = (len(udh) * 8 + 6) // 7
            body.append(0x00)
            body += encode_timestamp(timestamp)
            body.append(udh_septets + len(codes))
            body += udh + pack_septets(codes, udh_septets * 7 - len(udh) * 8)
        else:
            payload = part.encode("utf-16-be")
            body.append(0x08)
            body += encode_timestamp(timestamp)
            body.append(len(udh) + len(payload))
            body += udh + payload
        out.append((bytes([len(smsc_field)]) + smsc_field + bytes(body)).hex().upper())
    return out


def build_status_report(message_ref: int, recipient: str, status: int, submitted: datetime,
                        discharged: datetime, *, smsc: str = "+8613800100500") -> str:
    smsc_field = encode_address(smsc)[1:]
    body = bytes([0x06, message_ref & 0xFF]) + encode_address(recipient) + encode_timestamp(submitted) \
        + encode_timestamp(discharged) + bytes([status])
    return (bytes([len(smsc_field)]) + smsc_field + body).hex().upper()
