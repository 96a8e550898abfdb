"""One SMS straight to a number, a modem's self-description, and a virtual modem to serve: the
wire tools of the CLI (`sms send`, `modem probe`, `modem emulate`), over the Transport protocol
so the CLI never drives a modem itself.

Everything that can be checked before the line is opened is checked first (spec, number, text,
length), so bad input sends nothing and opens nothing.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from operator_app.domain import outbox as rules
from operator_app.domain.phones import normalize_phone
from operator_app.domain.text import clean_text
from operator_app.errors import BAD_INPUT, UsageError
from operator_app.sms.connect import EmulatorTransport, open_transport, parse_transport
from operator_app.sms.encoding import split
from operator_app.sms.modem.driver import MAX_PARTS
from operator_app.sms.modem.emulator import Faults, VirtualModem
from operator_app.sms.modem.status import ModemInfo
from operator_app.sms.transport import (
    KIND_OPTIONS,
    ProviderTemplate,
    ReportSource,
    Transport,
    TransportSpec,
    TransportSpecError,
)
from operator_app.store.db import Database

__all__ = ["Faults", "SmsOutcome", "VirtualModem", "check_text", "overall_status", "probe_modem", "recipient",
           "send_sms", "send_test", "start_emulator"]

Opener = Callable[[TransportSpec], Transport]
SERIAL_URL_SCHEMES = frozenset({"socket", "rfc2217", "loop", "spy", "alt", "hwgrep", "cp2110"})  # pyserial's


@dataclass(frozen=True)
class SmsOutcome:
    """What `sms send` reports: `status` is a code (sent, delivered, pending, failed), put into
    words at the edge."""

    to: str
    encoding: str
    parts: int
    references: tuple[str, ...]
    status: str

    def as_json(self) -> dict[str, object]:
        return {"to": self.to, "encoding": self.encoding, "parts": self.parts,
                "references": list(self.references), "status": self.status}


def recipient(number: str) -> str:
    """The number in E.164, or bad input. A Chinese mobile in any common writing, or any
    international number written with its +."""
    phone = normalize_phone(number)
    if phone.e164:
        return phone.e164
    compact = number.replace(" ", "").replace("-", "")
    if compact.startswith("+") and compact[1:].isdigit() and 8 <= len(compact) <= 16:
        return compact
    raise UsageError("sms_invalid_number", number=number)


def check_text(text: str) -> None:
    """An SMS needs words: a text that is empty, blank or only invisible characters is refused, as
    is one over MAX_PARTS parts."""
    if not clean_text(text):
        raise UsageError("sms_empty_text")
    parts = split(text).count
    if parts > MAX_PARTS:
        raise UsageError("sms_too_long", parts=parts, limit=MAX_PARTS)


def overall_status(outcomes: dict[str, str], references: tuple[str, ...]) -> str:
    """One status for a message from its parts' reports (reference -> "delivered", "pending" or
    "failed"), by the outbox's rule (domain.outbox.parts_outcome: failed if any part failed,
    delivered only when every part was); short of that, pending while some report is in, else sent."""
    mine = set(references)
    final = rules.parts_outcome(len(mine), (state for ref, state in outcomes.items() if ref in mine))
    if final is not None:
        return final
    return "pending" if outcomes else "sent"


def provider_template(code: str, params: list[str]) -> ProviderTemplate:
    """`--template-code CODE --param NAME=VALUE…` as a ProviderTemplate; a malformed pair is bad input."""
    pairs = [p.partition("=") for p in params]
    for raw, (name, sep, _) in zip(params, pairs, strict=True):
        if not sep or not name:
            raise UsageError("gateway_param_syntax", value=raw)
    return ProviderTemplate(code, {name: value for name, _, value in pairs})


def send_sms(spec: str, to: str, text: str, *, status_report: bool = True, wait_report: float = 0.0,
             template: ProviderTemplate | None = None, opener: Opener = open_transport) -> SmsOutcome:
    """Send one text; `template` is for providers that only send approved templates (the text is
    still what the operator wrote and checked). Waits up to `wait_report` seconds for delivery
    reports where the transport hears them (ReportSource)."""
    parsed = parse_transport(spec)
    number = recipient(to)
    check_text(text)
    transport = opener(parsed)
    try:
        sent = transport.send(number, text, status_report=status_report, template=template)
        status = sent.status
        if wait_report > 0 and status_report and isinstance(transport, ReportSource):
            status = overall_status(transport.wait_reports(sent, wait_report), sent.references)
    finally:
        transport.close()
    return SmsOutcome(sent.to, sent.encoding, sent.parts, sent.references, status)


def send_test(db: Database, spec: str, to: str, text: str, *, wait_report: float = 0.0,
              opener: Opener = open_transport) -> SmsOutcome:
    """A test message to the operator's own phone, the office signature in front. It goes straight
    through the transport, never through the outbox: it is no borrower's message, so it counts in
    no cap, quota, batch or report."""
    from operator_app.services.office import settings as settings_service

    signature = settings_service.current(db).get("office.signature")
    return send_sms(spec, to, f"【{signature}】{text}", wait_report=wait_report, opener=opener)


def probe_modem(spec: str) -> ModemInfo:
    """Open the modem a spec names and ask it who it is and how it is doing."""
    scheme = spec.partition(":")[0].strip().lower()
    port_only = ":" not in spec or (scheme in SERIAL_URL_SCHEMES and "://" in spec)  # COM3, socket://…
    parsed = parse_transport("modem:" + spec if port_only and scheme not in KIND_OPTIONS else spec)
    transport = open_transport(parsed)
    try:
        modem = transport.modem if isinstance(transport, EmulatorTransport) else transport
        info = getattr(modem, "info", None)
        if info is None:
            raise TransportSpecError("modem_probe_unsupported", kind=parsed.kind, exit_code=BAD_INPUT)
        result: ModemInfo = info()
        return result
    finally:
        transport.close()


def start_emulator(*, tcp: int | None = None, pty: Path | None = None, log: Path | None = None,
                   pin: str | None = None, faults: Faults | None = None) -> tuple[VirtualModem, str]:
    """A virtual modem serving on TCP (127.0.0.1) or a pseudo-terminal; returns it and where."""
    modem = VirtualModem(pin=pin, faults=faults, log_path=log)
    where = modem.serve_pty(pty) if pty else modem.serve_tcp(tcp or 0, "127.0.0.1")
    return modem, where
