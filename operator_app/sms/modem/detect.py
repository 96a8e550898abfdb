"""Finding the modem's port: the first candidate that answers AT with OK."""

from __future__ import annotations

from collections.abc import Iterable

from operator_app.sms.modem.channel import ATChannel, ModemError, ModemTimeout, open_port


def detect_port(candidates: Iterable[str] | None = None, *, baud: int = 115200) -> str | None:
    """The first port that answers AT with OK."""
    if candidates is None:
        from serial.tools import list_ports

        candidates = [p.device for p in list_ports.comports()]
    for url in candidates:
        try:
            port = open_port(url, baud=baud)
        except ModemError:
            continue
        channel = ATChannel(port)
        try:
            channel.command("AT", timeout=1.5)
            return url
        except (ModemError, ModemTimeout):
            continue
        finally:
            channel.close()
    return None
