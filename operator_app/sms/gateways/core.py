"""The HTTP part every gateway shares: one httpx client, timeouts, retries and their proof.

Exactly-once decides every retry. A request is retried inside the transport only when we can
prove it had no effect:
- the connection could not be opened (refused, DNS, connect timeout, no free pool slot): the
  gateway never saw a byte;
- the gateway answered 429 or 503: it said, in so many words, that it did not take it.
A failure after the request may have been read (a read timeout, the connection dropped before
the answer, a proxy's 502 / 504, which may come after the gateway behind it acted) is ambiguous:
AmbiguousSend, never retried, unless the gateway de-duplicates by our idempotency key
(`dedup=True`), where one more try with the same key is allowed.
A gateway that cannot be reached, or that stops answering (a timeout), is an office fault
(sms/transport.TransportFault): the dispatcher stops sending to it and tells a person once.
Backoff is exponential with jitter; Retry-After (seconds or an HTTP date) is honoured when it is
short, otherwise the error carries it so the outbox waits instead of this thread.
"""

from __future__ import annotations

import email.utils
import logging
import random
import socket
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any
from urllib.parse import quote, quote_plus

import httpx

from operator_app.errors import KnownError, os_reason
from operator_app.sms.transport import AmbiguousFault, AmbiguousSend, TransportFault

log = logging.getLogger(__name__)

RETRY_STATUSES = frozenset({429, 503})  # the gateway itself says it did not take the request
PROXY_STATUSES = frozenset({502, 504})  # a proxy lost the upstream: it may have acted on it
MAX_INLINE_WAIT = 30.0  # longer Retry-After waits go back to the outbox, not this thread


class _Redact(logging.Filter):
    """Takes every secret a gateway uses out of httpx's and httpcore's own log lines (a profile
    that authenticates by query parameter puts its key into the URL httpx logs)."""

    def __init__(self) -> None:
        super().__init__()
        self.secrets: set[str] = set()

    def add(self, secret: str) -> None:
        if len(secret) >= 4:
            self.secrets |= {secret, quote(secret, safe=""), quote_plus(secret)}

    def scrub(self, text: str) -> str:
        if any(s in text for s in self.secrets):
            for secret in sorted(self.secrets, key=len, reverse=True):
                text = text.replace(secret, "***")
        return text

    def filter(self, record: logging.LogRecord) -> bool:
        if self.secrets:
            text = record.getMessage()
            scrubbed = self.scrub(text)
            if scrubbed != text:
                record.msg, record.args = scrubbed, ()
        return True


REDACT = _Redact()
for _name in ("httpx", "httpcore"):
    logging.getLogger(_name).addFilter(REDACT)


def net_reason(exc: BaseException) -> str:
    """Why a request failed, as a why_ code (operator_app.i18n) instead of httpx's class name."""
    if isinstance(exc, httpx.TimeoutException):
        return "why_timeout"
    if isinstance(exc, httpx.UnsupportedProtocol):
        return "why_bad_address"
    if isinstance(exc, httpx.ConnectError):
        cause: BaseException | None = exc
        for _ in range(6):  # httpx wraps httpcore, which wraps the socket's error
            cause = cause.__cause__ or cause.__context__ if cause is not None else None
            if isinstance(cause, socket.gaierror):
                return "why_unknown_host"
            if isinstance(cause, OSError) and os_reason(cause) != "why_other":
                return os_reason(cause)
        return "why_unknown_host" if "name or service not known" in str(exc).lower() else "why_refused"
    return "why_connection_broken"


class GatewayError(KnownError):
    """A gateway said no or could not be reached; `temporary` tells whether to try later."""


class GatewayFault(TransportFault, GatewayError):
    """The gateway cannot be used now (it cannot be reached, or stopped answering): an office
    fault, the message in hand provably not taken."""


class GatewayGone(AmbiguousFault, GatewayError):
    """The gateway stopped answering after it was handed the message: that one is in doubt."""


@dataclass(frozen=True)
class RetryPolicy:
    attempts: int = 3  # tries in all, the first one included
    base: float = 0.5
    cap: float = 8.0
    max_wait: float = MAX_INLINE_WAIT

    def delay(self, attempt: int, rng: random.Random) -> float:
        """Exponential backoff with "equal jitter": half fixed, half random, so that many senders
        retrying together spread out but never retry at once."""
        step: float = min(self.cap, self.base * (2 ** attempt))
        return step / 2 + rng.uniform(0, step / 2)


def retry_after(response: httpx.Response, now: datetime | None = None) -> float | None:
    """Retry-After as seconds from now (delta-seconds or an HTTP date), None when absent or bad."""
    value = response.headers.get("Retry-After")
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return max(0.0, (when - (now or datetime.now(UTC))).total_seconds())


class HttpCore:
    """One httpx client per gateway plus the retry rules above. `sleep` and `rng` are the clock
    and the dice, replaceable so tests can see the waits without spending them."""

    def __init__(self, *, name: str, timeout: float = 10.0, policy: RetryPolicy | None = None,
                 auth: httpx.Auth | tuple[str, str] | None = None,
                 sleep: Callable[[float], None] = time.sleep, rng: random.Random | None = None,
                 transport: httpx.BaseTransport | None = None, secrets: tuple[str, ...] = ()) -> None:
        for secret in secrets:
            REDACT.add(secret)
        self.name = name  # the spec without secrets: the only thing errors and logs name
        self.policy = policy or RetryPolicy()
        self.sleep = sleep
        self.rng = rng or random.Random()
        self.client = httpx.Client(timeout=httpx.Timeout(timeout, connect=min(timeout, 5.0)), auth=auth,
                                   transport=transport, follow_redirects=False,
                                   headers={"User-Agent": "operator-app"})

    def close(self) -> None:
        self.client.close()

    def request(self, method: str, url: str, *, dedup: bool = False, **kwargs: Any) -> httpx.Response:
        """Send one request with the retry rules; returns any other answer for the caller to
        classify, raises GatewayError (temporary) or AmbiguousSend. With `dedup` (the gateway
        refuses a second message with our key) 502 / 504 are retried like 503."""
        ambiguous_retried = False
        attempt = 0
        while True:
            try:
                response = self.client.request(method, url, **kwargs)
            except (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout, httpx.UnsupportedProtocol) as exc:
                # nothing reached the gateway: provably not sent
                if attempt + 1 >= self.policy.attempts:
                    raise GatewayFault("gateway_unreachable", temporary=True, gateway=self.name,
                                       detail=net_reason(exc)) from None
                wait = self.policy.delay(attempt, self.rng)
                log.info("%s: cannot connect (%s), retry in %.2fs", self.name, type(exc).__name__, wait)
            except httpx.TransportError as exc:
                # the request may have been read: only a de-duplicating gateway may see it again
                if dedup and not ambiguous_retried:
                    ambiguous_retried = True
                    log.info("%s: %s after sending, one retry with the same key", self.name, type(exc).__name__)
                    continue
                if isinstance(exc, httpx.TimeoutException):  # the gateway stopped answering: stop sending to it
                    # with our key it refuses a second copy, so the message may simply wait
                    fault = GatewayFault if dedup else GatewayGone
                    raise fault("gateway_timeout", temporary=True, gateway=self.name,
                                detail=net_reason(exc)) from None
                raise AmbiguousSend("gateway_ambiguous", gateway=self.name, detail=net_reason(exc)) from None
            else:
                if response.status_code in PROXY_STATUSES:
                    if not dedup:
                        raise AmbiguousSend("gateway_ambiguous", gateway=self.name,
                                            detail=f"HTTP {response.status_code}")
                elif response.status_code not in RETRY_STATUSES:
                    return response
                after = retry_after(response)
                if attempt + 1 >= self.policy.attempts or (after is not None and after > self.policy.max_wait):
                    raise GatewayError("gateway_busy", temporary=True, gateway=self.name,
                                       status=response.status_code,
                                       retry_after=int(after) if after is not None else 0)
                wait = after if after is not None else self.policy.delay(attempt, self.rng)
                log.info("%s: HTTP %s, retry in %.2fs", self.name, response.status_code, wait)
            attempt += 1
            self.sleep(wait)


def json_or_empty(response: httpx.Response) -> Mapping[str, Any]:
    try:
        data = response.json()
    except ValueError:
        return {}
    return data if isinstance(data, dict) else {}


def short(text: str, limit: int = 200) -> str:
    """A gateway's reason as one short line (it goes into a one-line error), without any of our
    secrets: some gateways echo the request back in their error text."""
    line = REDACT.scrub(" ".join(text.split()))
    return line if len(line) <= limit else line[: limit - 1] + "…"
