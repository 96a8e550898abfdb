"""`--transport` specs, parsed into what to open. Secrets never appear in `str()` or logs.

    modem:/dev/ttyUSB0?baud=115200&pin=1234     modem:COM3     modem:socket://127.0.0.1:7001
    modem:auto                                   emulator:      (an in-process virtual modem)
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, Protocol, runtime_checkable
from urllib.parse import parse_qsl

from operator_app.errors import BAD_INPUT, RUNTIME, KnownError

# -- the contract every way of sending implements (modem, modem pool, HTTP gateways) -------------

@dataclass(frozen=True)
class ProviderTemplate:
    """For providers that only send templates approved in advance (Aliyun SMS): the provider's
    template code and the values of its slots. `text` passed beside it is what we showed and
    linted; the provider renders the same words from the code and the values."""

    code: str
    params: Mapping[str, str]


@dataclass(frozen=True)
class Submitted:
    """The transport accepted a message. `references` are the provider's ids as text (a modem's
    TP-MR per part, a gateway's message id), kept to match delivery reports later."""

    to: str
    encoding: str
    parts: int
    references: tuple[str, ...]
    status: str = "sent"  # "sent", or "delivered" where the provider says so at once

    def as_json(self) -> dict[str, object]:
        return {"to": self.to, "encoding": self.encoding, "parts": self.parts,
                "references": list(self.references), "status": self.status}


@dataclass(frozen=True)
class TransportStatus:
    """What the operator's status bar shows for one transport."""

    name: str  # the spec without secrets
    ready: bool
    detail: str = ""  # e.g. the operator's network name
    signal_bars: int | None = None  # 0..5 for a modem; None for a gateway


class AmbiguousSend(KnownError):
    """The message may have reached the modem or gateway (the line dropped after the PDU was
    written, a timeout after the request was sent). It must never be retried automatically:
    the outbox records `unknown` and an operator decides. `references`: parts known to be out."""

    temporary = False

    def __init__(self, code: str, /, *, references: tuple[str, ...] = (), **params: Any) -> None:
        super().__init__(code, **params)
        self.references = references


@runtime_checkable
class Transport(Protocol):
    """A way to send SMS. `send` either returns Submitted, or raises:
    - a KnownError with temporary=True: provably not sent, try again later (busy, 429, 5xx
      before the request was accepted, no network);
    - a KnownError with temporary=False: not sent and never will be as it is (invalid number,
      rejected content, bad credentials);
    - AmbiguousSend: may have been sent; never retry.
    `key` is the outbox's idempotency key: a gateway that de-duplicates by it may be retried
    after an ambiguous failure; others ignore it. Implementations are safe to call from one
    thread at a time at least; pools say when they are safe from several."""

    def send(self, to: str, text: str, *, key: str | None = None, status_report: bool = True,
             template: ProviderTemplate | None = None) -> Submitted: ...

    def status(self) -> TransportStatus: ...

    def close(self) -> None: ...


class TransportSpecError(KnownError):
    """A transport spec that cannot be used as written (bad input), or a modem not found."""

    exit_code = BAD_INPUT


@dataclass(frozen=True)
class TransportSpec:
    kind: str  # "modem" | "emulator"
    target: str
    options: dict[str, str] = field(default_factory=dict)
    gateway: Any = None  # a GatewaySpec for the HTTP gateway kinds (see operator_app.sms.gateways)

    def __str__(self) -> str:
        if self.gateway is not None:
            return str(self.gateway)
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
                raise TransportSpecError("modem_not_found", exit_code=RUNTIME)
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
    if sep and kind in ("kannel", "android-gateway", "aliyun", "twilio", "http"):
        from operator_app.sms.gateways.spec import parse_gateway_spec

        gateway = parse_gateway_spec(spec)  # secrets stay inside it, out of repr and options
        pacing = {k: v for k, v in gateway.options.items() if k in ("gap", "daily")}
        return TransportSpec(kind, str(gateway), pacing, gateway)
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
