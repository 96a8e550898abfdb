"""The Transport protocol every way of sending implements (a modem, a pool of modems, the
virtual modem, the HTTP gateways in sms/gateways/), and `--transport` specs parsed and opened.
Secrets never appear in `str()`, messages or logs (sms/redact.py).

    modem:/dev/ttyUSB0?baud=115200&pin=1234     modem:COM3     modem:socket://127.0.0.1:7001
    modem:auto                                   emulator:      (an in-process virtual modem)
Every spec also takes gap=SECONDS and daily=N (pacing, read by the dispatcher).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, Protocol, runtime_checkable

from operator_app.errors import BAD_INPUT, KnownError
from operator_app.sms.redact import redact

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
    transport: str = ""  # which transport took it, without secrets (a pool names its modem)

    def as_json(self) -> dict[str, object]:
        return {"to": self.to, "encoding": self.encoding, "parts": self.parts,
                "references": list(self.references), "status": self.status}


@dataclass(frozen=True)
class TransportStatus:
    """What the operator's status bar shows for one transport."""

    name: str  # the spec without secrets
    ready: bool
    detail: str = ""  # when ready, e.g. the operator's network name; when not, the message code of why

    signal_bars: int | None = None  # 0..5 for a modem; None for a gateway


class AmbiguousSend(KnownError):
    """The message may have reached the modem or gateway (the line dropped after the PDU was
    written, a timeout after the request was sent). It must never be retried automatically:
    the outbox records `unknown` and an operator decides. `references`: parts known to be out."""

    temporary = False

    def __init__(self, code: str, /, *, references: tuple[str, ...] = (), **params: Any) -> None:
        super().__init__(code, **params)
        self.references = references


class TransportFault(KnownError):
    """The transport itself cannot send, whatever the message: the office has to act (a wrong
    password, a gateway that cannot be reached or stops answering, a used-up balance or a
    suspended account, a SIM that wants its PIN, no network, a modem unplugged). Nothing is wrong
    with the message in hand, which provably did not go: a dispatcher puts it back in the queue,
    stops that transport's worker and tells a person once, instead of failing every message in
    turn. Kept apart from a message's own refusals (permanent) and from passing trouble
    (`temporary`: busy, rate limited), which stay with one message."""

    temporary = False


class AmbiguousFault(TransportFault, AmbiguousSend):
    """A fault that struck while the message in hand may have gone (the gateway stopped answering
    after the request was sent): that message is in doubt (`unknown`), the others wait."""


@runtime_checkable
class Transport(Protocol):
    """A way to send SMS. `send` either returns Submitted, or raises:
    - a KnownError with temporary=True: provably not sent, try again later (busy, 429, 503);
    - a KnownError with temporary=False: not sent and never will be as it is (invalid number,
      rejected content);
    - AmbiguousSend: may have been sent; never retry;
    - TransportFault: the transport cannot send at all (credentials, unreachable, balance, PIN,
      no network, unplugged): the message is provably unsent (unless also an AmbiguousSend),
      and sending through this transport should stop until a person fixed it.
    `key` is the outbox's idempotency key: a gateway that de-duplicates by it may be retried
    after an ambiguous failure; others ignore it. Implementations are safe to call from one
    thread at a time at least; pools say when they are safe from several."""

    def send(self, to: str, text: str, *, key: str | None = None, status_report: bool = True,
             template: ProviderTemplate | None = None) -> Submitted: ...

    def status(self) -> TransportStatus: ...

    def close(self) -> None: ...


@runtime_checkable
class ReportSource(Protocol):
    """A transport that can wait for the delivery reports of what it sent (a modem hears them on
    its own line). Outcomes per reference: "delivered", "pending" or "failed"; references with no
    report yet are left out."""

    def wait_reports(self, sent: Submitted, timeout: float) -> dict[str, str]: ...


@runtime_checkable
class Line(Protocol):
    """A modem's own line, on which replies and delivery reports arrive (AT+CNMI): `on_report`
    hears a live +CDS; `take_reports` / `release_reports` hand over the reports the modem stored
    (deleted only after the caller committed them); `receive` / `receive_reports` hand each stored
    reply or report to a handler and delete it once the handler returned."""

    name: str
    on_report: Callable[[Any], None] | None

    def receive(self, handler: Callable[[Any], None]) -> int: ...

    def receive_reports(self, handler: Callable[[Any], None]) -> int: ...

    def take_reports(self, *, everything: bool = False) -> list[Any]: ...

    def release_reports(self, reports: Iterable[Any]) -> None: ...


@runtime_checkable
class HasLines(Protocol):
    """A transport that hears replies and reports itself: a modem, the virtual modem, a pool.
    `lines()` gives each line with the transport name its sends are recorded under."""

    def lines(self) -> Sequence[tuple[Line, str]]: ...


@runtime_checkable
class PolledReports(Protocol):
    """An HTTP gateway: its delivery reports reach its webhook (or are polled when `can_poll`),
    and `reports()` hands over what was heard since the last call."""

    @property
    def can_poll(self) -> bool: ...

    def reports(self) -> list[Any]: ...


@dataclass(frozen=True)
class PartsSent:
    """What became of the parts a PartSender was asked to send. Parts go in order and the first
    one that does not go stops the rest: `error` says why and `stopped_at` names that part.
    - error None: every part asked for was accepted (`accepted`: part number -> reference);
    - a KnownError that is not AmbiguousSend: `stopped_at` was refused with a definite answer
      (the modem's +CMS ERROR, or the line provably gone before its PDU): it had no effect, and
      neither had the parts after it, which were not tried;
    - AmbiguousSend: `stopped_at` may be on the air (the line was lost after its PDU)."""

    to: str
    encoding: str
    parts: int  # how many parts the whole text takes
    reference: int  # the concatenation reference every part carries
    accepted: Mapping[int, str]
    stopped_at: int | None = None
    error: KnownError | None = None
    transport: str = ""

    @property
    def ambiguous(self) -> bool:
        return isinstance(self.error, AmbiguousSend)


BeforePart = Callable[[int, Mapping[int, str]], None]


@runtime_checkable
class PartSender(Protocol):
    """A transport that sends a concatenated text part by part (a modem): it can send some of the
    parts with a reference the caller chose and persisted, so that parts refused now can go later
    with the same reference and part numbers and the phone still joins them. `before_part(part,
    accepted_so_far)` is called before each part's PDU is written (the caller stores that the part
    is going); if it raises, nothing more is sent and the exception propagates. HTTP gateways hand
    the whole text to the provider in one request and do not implement this: for them a message
    is one unit, sent whole or not at all, as `Transport.send` says."""

    def send_parts(self, to: str, text: str, *, reference: int, parts: Sequence[int] | None = None,
                   status_report: bool = True, before_part: BeforePart | None = None) -> PartsSent: ...


class TransportSpecError(KnownError):
    """A transport spec that cannot be used as written (bad input), or a modem not found. Its
    parameters never hold the spec itself, which may carry a password."""

    exit_code = BAD_INPUT


# kind -> the options it takes; gateways add theirs. gap and daily pace every kind.
KIND_OPTIONS: dict[str, frozenset[str]] = {
    "modem": frozenset({"baud", "pin", "gap", "daily"}),
    "emulator": frozenset({"pin", "gap", "daily"}),
}
NUMERIC_OPTIONS = frozenset({"baud", "gap", "daily"})
# HTTP gateways (operator_app.sms.gateways), parsed by their own module.
GATEWAY_KINDS = frozenset({"kannel", "android-gateway", "aliyun", "twilio", "http"})


@dataclass(frozen=True)
class TransportSpec:
    kind: str  # "modem" | "emulator"
    target: str
    options: dict[str, str] = field(default_factory=dict)
    gateway: Any = None  # a GatewaySpec for the HTTP gateway kinds (see operator_app.sms.gateways)

    def __str__(self) -> str:
        if self.gateway is not None:
            return str(self.gateway)
        query = "&".join(f"{k}={v}" for k, v in self.options.items())
        return redact(f"{self.kind}:{self.target}" + (f"?{query}" if query else ""))

    @property
    def baud(self) -> int:
        return int(self.options.get("baud", "115200"))

    @property
    def pin(self) -> str | None:
        return self.options.get("pin")
