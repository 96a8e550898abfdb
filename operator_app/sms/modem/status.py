"""What a modem says about itself, turned into plain values: signal in dBm and bars, the SIM's
IMSI masked, registration and operator."""

from __future__ import annotations

import re
from dataclasses import dataclass


@dataclass(frozen=True)
class ModemInfo:
    port: str
    manufacturer: str
    model: str
    revision: str
    imei: str
    sim: str  # IMSI, masked
    signal_dbm: int | None
    bars: int
    registered: bool
    operator: str

    def as_json(self) -> dict[str, object]:
        return dict(self.__dict__)


def csq_to_dbm(rssi: int) -> int | None:
    """AT+CSQ rssi 0..31 is -113..-51 dBm in 2 dB steps; 99 means unknown."""
    return None if rssi == 99 or not 0 <= rssi <= 31 else -113 + 2 * rssi


def dbm_to_bars(dbm: int | None) -> int:
    if dbm is None:
        return 0
    return 5 if dbm >= -73 else 4 if dbm >= -83 else 3 if dbm >= -93 else 2 if dbm >= -103 else 1 if dbm > -113 else 0


def mask_imsi(imsi: str) -> str:
    return imsi[:5] + "*" * max(0, len(imsi) - 9) + imsi[-4:] if len(imsi) > 9 else imsi


def value_of(lines: list[str], prefix: str) -> str:
    """The text after `prefix` on the first reply line that starts with it, or ""."""
    for line in lines:
        if line.startswith(prefix):
            return line[len(prefix):].strip()
    return ""


def parse_info(port: str, answers: dict[str, str]) -> ModemInfo:
    """ModemInfo from the stripped answers to CGMI, CGMM, CGMR, CGSN, CIMI, CSQ, CREG?, COPS?."""
    try:
        rssi = int(answers.get("CSQ", "").split(",")[0])
    except ValueError:
        rssi = 99
    dbm = csq_to_dbm(rssi)
    creg = answers.get("CREG", "").split(",")
    stat = creg[1].strip() if len(creg) > 1 else (creg[0].strip() if creg else "0")
    names = re.findall(r'"([^"]*)"', answers.get("COPS", ""))
    return ModemInfo(port, answers.get("CGMI", ""), answers.get("CGMM", ""), answers.get("CGMR", ""),
                     answers.get("CGSN", ""), mask_imsi(answers.get("CIMI", "")), dbm, dbm_to_bars(dbm),
                     stat in ("1", "5"), names[0] if names else "")
