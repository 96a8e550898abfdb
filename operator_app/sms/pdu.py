"""SMS-SUBMIT PDUs (3GPP TS 23.040) for AT+CMGF=0: what we hand the modem after AT+CMGS.

The SMSC field is left empty ("00"): the modem uses the SIM's service centre. DELIVER and
STATUS-REPORT decoding come with the modem driver (issue 5, still open).
"""

from __future__ import annotations

from dataclasses import dataclass

from operator_app.sms.encoding import septets, split


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


def encode_address(number: str) -> bytes:
    """Destination address: length in digits, type (0x91 international, 0x81 national), BCD digits."""
    international = number.startswith("+")
    digits = number.lstrip("+")
    if not digits.isdigit():
        raise ValueError(f"not a phone number: {number!r}")
    padded = digits + ("F" if len(digits) % 2 else "")
    swapped = "".join(padded[i + 1] + padded[i] for i in range(0, len(padded), 2))
    return bytes([len(digits), 0x91 if international else 0x81]) + bytes.fromhex(swapped)


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
                 validity_hours: float | None = 24.0, message_ref: int = 0) -> list[SubmitPdu]:
    """One PDU per part; `reference` is the 8-bit concatenation reference shared by the parts."""
    plan = split(text)
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
