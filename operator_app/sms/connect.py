"""From a transport spec to an open transport: the one place of sms/ that knows every kind (the
modem driver, the virtual modem, the HTTP gateways). Kept apart from sms/transport.py, which only
says what a transport is, so that the kinds import the protocol and the protocol imports no kind."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from typing import TYPE_CHECKING
from urllib.parse import parse_qsl

from operator_app.errors import RUNTIME
from operator_app.sms.redact import scheme_of
from operator_app.sms.transport import (
    GATEWAY_KINDS,
    KIND_OPTIONS,
    NUMERIC_OPTIONS,
    BeforePart,
    PartsSent,
    ProviderTemplate,
    Submitted,
    Transport,
    TransportSpec,
    TransportSpecError,
    TransportStatus,
)

if TYPE_CHECKING:
    from operator_app.sms.modem.driver import Modem


def parse_transport(spec: str) -> TransportSpec:
    """The spec taken apart; an error names the kind or the option, never the spec's text."""
    kind, sep, rest = spec.partition(":")
    kind = kind.strip().lower()
    if sep and kind in GATEWAY_KINDS:
        from operator_app.sms.gateways.spec import parse_gateway_spec

        gateway = parse_gateway_spec(spec)  # secrets stay inside it, out of repr and options
        pacing = {k: v for k, v in gateway.options.items() if k in ("gap", "daily")}
        return TransportSpec(kind, str(gateway), pacing, gateway)
    if not sep or kind not in KIND_OPTIONS:
        shown = scheme_of(spec)
        if shown:
            raise TransportSpecError("transport_unknown", spec=shown + ":")
        raise TransportSpecError("transport_unreadable")
    target, _, query = rest.partition("?")
    try:
        pairs = parse_qsl(query, keep_blank_values=True, strict_parsing=bool(query))
    except ValueError:
        raise TransportSpecError("transport_options_unreadable") from None
    options = dict(pairs)
    for key, value in pairs:
        # A bare word, or a name that is not a plain word, may be a secret typed in the wrong place.
        plain = re.fullmatch(r"[a-z_]{1,20}", key) is not None and value != ""
        if key not in KIND_OPTIONS[kind]:
            if plain:
                raise TransportSpecError("transport_option", option=key)
            raise TransportSpecError("transport_options_unreadable")
        if key in NUMERIC_OPTIONS and not re.fullmatch(r"\d+(\.\d+)?", value):
            raise TransportSpecError("transport_option", option=key)
    if "baud" in options and not options["baud"].isdigit():
        raise TransportSpecError("transport_option", option="baud")
    if kind == "modem" and not target:
        raise TransportSpecError("transport_no_port")
    return TransportSpec(kind, target, options)


class EmulatorTransport:
    """`emulator:`: a virtual modem in this process, reached by a real Modem over TCP on
    127.0.0.1, so the whole driver runs as it would against a stick."""

    def __init__(self, spec: TransportSpec) -> None:
        from operator_app.sms.modem.driver import Modem
        from operator_app.sms.modem.emulator import VirtualModem

        self.emulator = VirtualModem(pin=spec.pin)
        self.modem = Modem(self.emulator.serve_tcp(), pin=spec.pin)
        self.name = "emulator:"
        try:
            self.modem.open()
        except Exception:
            self.emulator.stop()
            raise

    def send(self, to: str, text: str, *, key: str | None = None, status_report: bool = True,
             template: ProviderTemplate | None = None) -> Submitted:
        sent = self.modem.send(to, text, key=key, status_report=status_report, template=template)
        return replace(sent, transport=self.name)

    def send_parts(self, to: str, text: str, *, reference: int, parts: Sequence[int] | None = None,
                   status_report: bool = True, before_part: BeforePart | None = None) -> PartsSent:
        sent = self.modem.send_parts(to, text, reference=reference, parts=parts, status_report=status_report,
                                     before_part=before_part)
        return replace(sent, transport=self.name)

    def wait_reports(self, sent: Submitted, timeout: float) -> dict[str, str]:
        return self.modem.wait_reports(sent, timeout)

    def status(self) -> TransportStatus:
        return replace(self.modem.status(), name=self.name)

    def lines(self) -> list[tuple[Modem, str]]:
        """The virtual modem's line; its sends are recorded under `emulator:`."""
        return [(self.modem, self.name)]

    def close(self) -> None:
        self.modem.close()
        self.emulator.stop()


def open_transport(spec: str | TransportSpec) -> Transport:
    """The transport a spec names, opened and ready (a modem initialised, its SIM unlocked).
    Raises TransportSpecError for a spec that cannot be used, ModemError when the modem fails."""
    parsed = parse_transport(spec) if isinstance(spec, str) else spec
    if parsed.gateway is not None:
        from operator_app.sms.gateways import open_gateway

        return open_gateway(parsed.gateway)
    if parsed.kind == "emulator":
        return EmulatorTransport(parsed)
    from operator_app.sms.modem.driver import Modem, detect_port

    url = parsed.target
    if url == "auto":
        found = detect_port(baud=parsed.baud)
        if found is None:
            raise TransportSpecError("modem_not_found", exit_code=RUNTIME)
        url = found
    return Modem(url, baud=parsed.baud, pin=parsed.pin).open()
