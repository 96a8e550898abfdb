"""android-sms-gateway (capcom6 "SMS Gateway for Android"): the phone's local server or its
cloud / private server, Basic auth on both.

    local:   POST http://IP:8080/message          GET http://IP:8080/message/{id}
    cloud:   POST https://HOST/3rdparty/v1/messages  GET https://HOST/3rdparty/v1/messages/{id}

We send our idempotency key as the message `id`: the gateway refuses a second message with the
same id (409), so after a lost answer or an HTTP 500 the same request is sent once more and a
409 means the first one was accepted. States Pending / Processed / Sent / Delivered / Failed come by polling
and by webhooks (sms:sent, sms:delivered per part, sms:failed, sms:received for replies),
signed with X-Signature = hex HMAC-SHA256(signing key, raw body + X-Timestamp) and repeated
until answered, so they are de-duplicated by the event `id`.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import logging
import re
import threading
import time
import uuid
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any
from urllib.parse import urlsplit

import httpx

from operator_app.sms.encoding import split
from operator_app.sms.gateways.base import GatewayTransport
from operator_app.sms.gateways.callback import CallbackRequest
from operator_app.sms.gateways.core import GatewayError, json_or_empty, short
from operator_app.sms.gateways.reports import GatewayReport
from operator_app.sms.gateways.spec import GatewaySettingsError
from operator_app.sms.transport import ProviderTemplate, Submitted, TransportStatus

log = logging.getLogger(__name__)

SAFE_ID = re.compile(r"[A-Za-z0-9_-]{1,36}")
STATES = {"Pending": "sent", "Processed": "sent", "Sent": "sent", "Delivered": "delivered", "Failed": "failed"}
EVENTS = {"sms:sent": "sent", "sms:delivered": "delivered", "sms:failed": "failed"}
WEBHOOK_EVENTS = ("sms:sent", "sms:delivered", "sms:failed", "sms:received")
MAX_SKEW = 300  # seconds a signed webhook's timestamp may be off


def message_id(key: str | None) -> str:
    """The gateway-side id: our key when it fits the gateway's id rules, else a digest of it, so
    the same key always gives the same id (that is what makes a retry safe)."""
    if key is None:
        return uuid.uuid4().hex
    return key if SAFE_ID.fullmatch(key) else hashlib.sha256(key.encode()).hexdigest()[:32]


def signature(key: str, body: bytes, timestamp: str) -> str:
    return hmac.new(key.encode(), body + timestamp.encode(), hashlib.sha256).hexdigest()


@dataclass(frozen=True)
class Inbound:
    """A reply received by the phone (sms:received)."""

    sender: str
    text: str
    received_at: str
    event_id: str


class AndroidGatewayTransport(GatewayTransport):
    callback_path = "/android-gateway/events"

    def __init__(self, spec: Any, **kwargs: Any) -> None:
        super().__init__(spec, **kwargs)
        path = urlsplit(spec.url).path.rstrip("/")
        self.cloud = "3rdparty" in path
        self.messages_url = spec.url.rstrip("/") + ("/messages" if self.cloud else "/message")
        self.signing_key = spec.options.get("signing-key") or spec.options.get("callback-secret", "")
        self._inbound: list[Inbound] = []
        self._lock = threading.Lock()
        if self.callback_url:
            self._register_webhooks()

    def auth(self) -> httpx.Auth | tuple[str, str] | None:
        return (self.spec.username, self.secret)

    def _register_webhooks(self) -> None:
        """Point the gateway's webhooks at our callback server; each registration has a fixed id
        so registering again replaces it. Failing here only means we rely on polling."""
        url = self.spec.url.rstrip("/") + "/webhooks"
        for event in WEBHOOK_EVENTS:
            body = {"id": "operator-app-" + event.replace(":", "-"), "url": self.callback_url, "event": event}
            try:
                response = self.core.request("POST", url, json=body)
            except Exception as exc:  # a phone that cannot take webhooks still sends
                log.warning("%s: webhook %s not registered (%s); polling instead", self.name, event, type(exc).__name__)
                return
            if response.status_code >= 300:
                log.warning("%s: webhook %s not registered (HTTP %s); polling instead", self.name, event,
                            response.status_code)
                return

    def send(self, to: str, text: str, *, key: str | None = None, status_report: bool = True,
             template: ProviderTemplate | None = None) -> Submitted:
        ident = message_id(key)
        plan = split(text)
        body: dict[str, Any] = {"id": ident, "textMessage": {"text": text}, "phoneNumbers": [to],
                                "withDeliveryReport": status_report}
        if "sim" in self.spec.options:
            body["simNumber"] = int(self.spec.options["sim"])
        if "ttl" in self.spec.options:
            body["ttl"] = int(self.spec.options["ttl"])
        if "device" in self.spec.options:
            body["deviceId"] = self.spec.options["device"]
        response = self.core.request("POST", self.messages_url, json=body, dedup=True)
        if response.status_code == 500:  # the phone's server failed mid-way: it refuses a second copy of this id
            log.info("%s: HTTP 500, one retry with the same message id", self.name)
            response = self.core.request("POST", self.messages_url, json=body, dedup=True)
        code = response.status_code
        if code in (200, 201, 202) or code == 409:
            # 409: a message with this id exists, i.e. our earlier try was accepted
            data = json_or_empty(response)
            # an older gateway may name the message its own way: its id is then the reference
            reference = str(data.get("id") or ident) if code != 409 else ident
            self.book.expect(reference, to, plan.count)
            state = STATES.get(str(data.get("state", "")), "sent")
            return Submitted(to, plan.encoding, plan.count, (reference,),
                             "delivered" if state == "delivered" else "sent")
        reason = short(str(json_or_empty(response).get("message") or response.text))
        if code in (401, 403):
            raise GatewaySettingsError("gateway_auth", gateway=self.name)
        if code >= 500:
            raise GatewayError("gateway_server_error", temporary=True, gateway=self.name, status=code, reason=reason)
        if code == 400 and "phone" in reason.lower():
            raise GatewayError("gateway_invalid_number", gateway=self.name, to=to, reason=reason)
        raise GatewayError("gateway_rejected", gateway=self.name, status=code, reason=reason)

    def poll(self, reference: str) -> GatewayReport | None:
        """Ask the gateway for one message's state (for offices the phone cannot call back)."""
        response = self.core.request("GET", f"{self.messages_url}/{reference}")
        if response.status_code != 200:
            return None
        data = json_or_empty(response)
        state = STATES.get(str(data.get("state", "")))
        if state is None or state == "sent":
            return None
        recipients = data.get("recipients") or [{}]
        first = recipients[0] if isinstance(recipients[0], dict) else {}
        detail = short(str(first.get("error") or ""), 120)
        recipient = str(first.get("phoneNumber", ""))
        return self.book.add(reference, state, recipient=recipient, detail=detail, whole=True)

    def on_callback(self, request: CallbackRequest) -> tuple[int, str]:
        timestamp = request.headers.get("x-timestamp", "")
        given = request.headers.get("x-signature", "").strip().lower()
        if not self.signing_key or not timestamp.isdigit() or abs(time.time() - int(timestamp)) > MAX_SKEW:
            return 403, "unsigned or stale"
        if not hmac.compare_digest(given, signature(self.signing_key, request.body, timestamp)):
            return 403, "bad signature"
        try:
            event = json.loads(request.body)
        except ValueError:
            return 400, "not json"
        if not isinstance(event, dict):
            return 400, "not an event"
        kind = str(event.get("event", ""))
        event_id = str(event.get("id", "")) or None
        raw = event.get("payload")
        payload: dict[str, Any] = raw if isinstance(raw, dict) else {}
        if kind == "sms:received":
            self._received(payload, event_id or "")
            return 200, "ok"
        state = EVENTS.get(kind)
        reference = str(payload.get("messageId", ""))
        if state is None or not reference:
            return 200, "ignored"
        recipient = str(payload.get("recipient") or payload.get("phoneNumber") or "")
        parts = payload.get("partsCount") if state == "sent" else None
        at = _stamp(payload.get("deliveredAt") or payload.get("failedAt") or payload.get("sentAt"))
        self.book.add(reference, state, event_id=event_id, recipient=recipient,
                      detail=short(str(payload.get("reason") or ""), 120), at=at,
                      parts=int(parts) if isinstance(parts, int) else None)
        return 200, "ok"

    def _received(self, payload: dict[str, Any], event_id: str) -> None:
        if event_id and not self.book.first_time(event_id):
            return
        with self._lock:
            self._inbound.append(Inbound(str(payload.get("sender") or payload.get("phoneNumber") or ""),
                                         str(payload.get("message", "")), str(payload.get("receivedAt", "")),
                                         event_id))

    def inbound(self) -> list[Inbound]:
        """Replies received since the last call."""
        with self._lock:
            out, self._inbound = self._inbound, []
            return out

    def status(self) -> TransportStatus:
        return TransportStatus(self.name, True, "android-sms-gateway " + ("cloud" if self.cloud else "local"))


def _stamp(value: object) -> datetime | None:
    if not isinstance(value, str) or not value:
        return None
    try:
        return datetime.fromisoformat(value.replace("Z", "+00:00")).astimezone(UTC)
    except ValueError:
        return None
