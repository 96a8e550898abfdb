"""`--transport` specs, parsed into what to open. Secrets never appear in `str()` or logs.

    modem:/dev/ttyUSB0?baud=115200&pin=1234     modem:COM3     modem:socket://127.0.0.1:7001
    modem:auto                                   emulator:      (an in-process virtual modem)
"""

from __future__ import annotations

from dataclasses import dataclass, field
from urllib.parse import parse_qsl


class TransportSpecError(ValueError):
    def __init__(self, code: str, **params: object) -> None:
        super().__init__(code)
        self.code = code
        self.params = params


@dataclass(frozen=True)
class TransportSpec:
    kind: str  # "modem" | "emulator"
    target: str
    options: dict[str, str] = field(default_factory=dict)

    def __str__(self) -> str:
        shown = {k: ("***" if k in ("pin", "password", "token") else v) for k, v in self.options.items()}
        query = "&".join(f"{k}={v}" for k, v in shown.items())
        return f"{self.kind}:{self.target}" + (f"?{query}" if query else "")

    @property
    def baud(self) -> int:
        return int(self.options.get("baud", "115200"))

    @property
    def pin(self) -> str | None:
        return self.options.get("pin")


class ModemTransport:
    """An opened modem (real or the in-process virtual one) behind one spec; close() cleans up."""

    def __init__(self, spec: TransportSpec) -> None:
        from operator_app.sms.modem.driver import Modem, detect_port
        from operator_app.sms.modem.emulator import VirtualModem

        self.spec = spec
        self.emulator: VirtualModem | None = None
        url = spec.target
        if spec.kind == "emulator":
            self.emulator = VirtualModem()
            url = self.emulator.serve_tcp()
        elif url == "auto":
            found = detect_port()
            if found is None:
                raise TransportSpecError("modem_not_found")
            url = found
        self.modem = Modem(url, baud=spec.baud, pin=spec.pin)
        try:
            self.modem.open()
        except Exception:
            self.close()
            raise

    def close(self) -> None:
        self.modem.close() if hasattr(self, "modem") else None
        if self.emulator is not None:
            self.emulator.stop()


def parse_transport(spec: str) -> TransportSpec:
    kind, sep, rest = spec.partition(":")
    kind = kind.strip().lower()
    if not sep or kind not in ("modem", "emulator"):
        raise TransportSpecError("transport_unknown", spec=spec.split("?")[0])
    target, _, query = rest.partition("?")
    options = dict(parse_qsl(query, keep_blank_values=True))
    for key in options:
        if key not in ("baud", "pin", "faults"):
            raise TransportSpecError("transport_option", option=key)
    if "baud" in options and not options["baud"].isdigit():
        raise TransportSpecError("transport_option", option="baud")
    if kind == "modem" and not target:
        raise TransportSpecError("transport_no_port")
    return TransportSpec(kind, target, options)
