"""What every gateway transport has: its spec, the HTTP core, the report book and, when the
spec asks for one (`callback=HOST:PORT`), its place on the local callback server."""

from __future__ import annotations

import hashlib
import random
import time
from collections.abc import Callable
from datetime import datetime

import httpx

from operator_app.errors import os_reason
from operator_app.sms.encoding import split
from operator_app.sms.gateways import callback
from operator_app.sms.gateways.core import HttpCore, RetryPolicy
from operator_app.sms.gateways.reports import GatewayReport, ReportBook
from operator_app.sms.gateways.spec import GatewaySpec, GatewaySpecError, resolve_secret
from operator_app.sms.transport import ProviderTemplate, Submitted, TransportStatus


class GatewayTransport:
    """Base of the presets. Subclasses implement `send` and, where the gateway offers it, `poll`."""

    callback_path = ""  # e.g. "/kannel/dlr"; empty: this gateway takes no callbacks

    def __init__(self, spec: GatewaySpec, *, sleep: Callable[[float], None] = time.sleep,
                 rng: random.Random | None = None, http: httpx.BaseTransport | None = None,
                 secret: str | None = None) -> None:
        self.spec = spec
        self.name = str(spec)
        self.secret = secret if secret is not None else resolve_secret(spec)
        self.core = HttpCore(name=self.name, timeout=spec.timeout, policy=RetryPolicy(attempts=max(1, spec.retries)),
                             auth=self.auth(), sleep=sleep, rng=rng, transport=http,
                             secrets=(self.secret, spec.options.get("callback-secret", "")))
        self.book = ReportBook(self.name)
        self.server: callback.CallbackServer | None = None
        self.callback_url = ""
        self._route = ""
        if "callback" in spec.options and self.callback_path:
            try:
                self.server = callback.acquire(spec.options["callback"])
            except (OSError, ValueError) as exc:
                self.core.close()
                raise GatewaySpecError("gateway_callback_address", address=spec.options["callback"],
                                       detail=os_reason(exc) if isinstance(exc, OSError) else "why_bad_address") from None
            # a stable path per spec, so reports for messages sent before a restart still land
            self._route = self.callback_path + "/" + hashlib.sha256(self.name.encode()).hexdigest()[:8]
            self.server.route(self._route, self.on_callback)
            # the address the gateway must call: the bound one, unless the office's router or
            # a tunnel makes another one reachable (callback-url=)
            self.callback_url = spec.options.get("callback-url", self.server.base_url).rstrip("/") + self._route

    def send(self, to: str, text: str, *, key: str | None = None, status_report: bool = True,
             template: ProviderTemplate | None = None) -> Submitted:
        raise NotImplementedError

    def auth(self) -> httpx.Auth | tuple[str, str] | None:
        return None

    @property
    def callback_secret(self) -> str:
        return self.spec.options.get("callback-secret") or self.secret

    def on_callback(self, request: callback.CallbackRequest) -> tuple[int, str]:
        return 404, "no callbacks"

    def expect(self, reference: str, recipient: str, text: str) -> None:
        self.book.expect(reference, recipient, split(text).count)

    def reports(self) -> list[GatewayReport]:
        """State changes seen since the last call (from callbacks or polling), aggregated per message."""
        return self.book.drain()

    def poll(self, reference: str) -> GatewayReport | None:
        """Ask the gateway for one message's state; gateways without a status query return None."""
        return None

    @property
    def can_poll(self) -> bool:
        """True when the gateway answers status queries (poll() is implemented)."""
        return type(self).poll is not GatewayTransport.poll

    def poll_sent(self, reference: str, to: str, sent_at: datetime | None) -> GatewayReport | None:
        """Poll by reference a message sent earlier, maybe by another process (the book here
        knows nothing of it): the database says to whom and when it went. Presets whose status
        query needs more than the reference (Aliyun: number and day) override this."""
        return self.poll(reference)

    def poll_pending(self) -> list[GatewayReport]:
        """Poll every message not yet delivered or failed: for offices the gateway cannot call."""
        return [r for r in (self.poll(ref) for ref in self.book.pending()) if r is not None]

    def wait_final(self, reference: str, timeout: float) -> str | None:
        """Wait for the message's outcome: from callbacks when we take them, else by polling
        every `poll=` seconds (default 5)."""
        if self.callback_url or type(self).poll is GatewayTransport.poll:
            return self.book.wait_final(reference, timeout)
        interval = max(0.2, float(self.spec.options.get("poll", "5")))
        deadline = time.monotonic() + timeout
        while True:
            self.poll(reference)
            state = self.book.state(reference)
            left = deadline - time.monotonic()
            if state in ("delivered", "failed") or left <= 0:
                return state
            time.sleep(min(interval, left))

    def wait_reports(self, sent: Submitted, timeout: float) -> dict[str, str]:
        """ReportSource: the outcome of each of `sent`'s references that has one by `timeout`
        (a gateway's reference names the whole message, its parts aggregated)."""
        deadline = time.monotonic() + timeout
        outcomes: dict[str, str] = {}
        for reference in sent.references:
            state = self.wait_final(reference, max(0.0, deadline - time.monotonic()))
            if state in ("delivered", "failed", "pending"):
                outcomes[reference] = state
        return outcomes

    def status(self) -> TransportStatus:
        return TransportStatus(self.name, True, self.spec.kind)

    def close(self) -> None:
        if self.server is not None:
            self.server.unroute(self._route)
            callback.release(self.server)
            self.server = None
        self.core.close()

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self.name})"
