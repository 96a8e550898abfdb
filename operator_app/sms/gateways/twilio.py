"""Twilio-compatible Messages API (2010-04-01): also spoken by several other providers, which is
why the host is part of the spec.

POST {host}/2010-04-01/Accounts/{AccountSid}/Messages.json, form fields To, From (or
MessagingServiceSid), Body and StatusCallback, Basic auth AccountSid:AuthToken. 201 gives the
message `sid` and a status (queued, sending, sent, delivered, undelivered, failed). Errors carry
a numeric `code`: 20003 bad credentials, 20005 / 10001 / 30002 an account not active or
suspended, 20429 too many requests (with Retry-After), 21211 an
invalid To, 21610 the recipient replied STOP. Status callbacks are form posts signed with
X-Twilio-Signature = base64(HMAC-SHA1(auth token, URL + each POST field name and value, sorted
by name)).

This API takes no idempotency key: a failure after the request may have reached it is
AmbiguousSend and never retried.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
from typing import Any
from urllib.parse import parse_qsl

import httpx

from operator_app.sms.encoding import split
from operator_app.sms.gateways.base import GatewayTransport
from operator_app.sms.gateways.callback import CallbackRequest
from operator_app.sms.gateways.core import GatewayError, json_or_empty, short
from operator_app.sms.gateways.reports import GatewayReport
from operator_app.sms.gateways.spec import GatewaySettingsError, GatewaySpecError
from operator_app.sms.transport import AmbiguousSend, ProviderTemplate, Submitted

STATES = {"accepted": "sent", "scheduled": "sent", "queued": "sent", "sending": "sent", "sent": "sent",
          "delivered": "delivered", "undelivered": "failed", "failed": "failed", "canceled": "failed"}
INVALID_TO = {21211, 21214, 21217, 21612, 21614}
OPTED_OUT = 21610
AUTH_CODES = {20003}
SUSPENDED = {10001, 20005, 30002}  # account not active, suspended


def twilio_signature(token: str, url: str, params: dict[str, str]) -> str:
    data = url + "".join(k + params[k] for k in sorted(params))
    return base64.b64encode(hmac.new(token.encode(), data.encode(), hashlib.sha1).digest()).decode()


class TwilioTransport(GatewayTransport):
    callback_path = "/twilio/status"

    def __init__(self, spec: Any, **kwargs: Any) -> None:
        if "from" not in spec.options and "service" not in spec.options:
            raise GatewaySpecError("gateway_option_missing", kind="twilio", option="from")
        super().__init__(spec, **kwargs)
        self.base = f"{spec.url.rstrip('/')}/2010-04-01/Accounts/{spec.username}/Messages"

    def auth(self) -> httpx.Auth | tuple[str, str] | None:
        return (self.spec.username, self.secret)

    def send(self, to: str, text: str, *, key: str | None = None, status_report: bool = True,
             template: ProviderTemplate | None = None) -> Submitted:
        form = {"To": to, "Body": text}
        if "service" in self.spec.options:
            form["MessagingServiceSid"] = self.spec.options["service"]
        else:
            form["From"] = self.spec.options["from"]
        if status_report and self.callback_url:
            form["StatusCallback"] = self.callback_url
        response = self.core.request("POST", self.base + ".json", data=form)
        data = json_or_empty(response)
        plan = split(text)
        if response.status_code in (200, 201):
            sid = data.get("sid")
            if not isinstance(sid, str) or not sid:
                raise AmbiguousSend("gateway_bad_answer", gateway=self.name, status=response.status_code)
            state = STATES.get(str(data.get("status", "")), "sent")
            if status_report:
                self.book.expect(sid, to, 1)  # Twilio reports once per message
            if state == "failed":
                raise GatewayError("gateway_rejected", gateway=self.name, status=response.status_code,
                                   reason=str(data.get("error_message") or data.get("error_code") or "failed"))
            return Submitted(to, plan.encoding, plan.count, (sid,), "delivered" if state == "delivered" else "sent")
        code = data.get("code")
        reason = short(str(data.get("message") or response.text))
        if code in SUSPENDED:
            raise GatewaySettingsError("gateway_suspended", gateway=self.name, code=code)
        if response.status_code in (401, 403) or code in AUTH_CODES:
            raise GatewaySettingsError("gateway_auth", gateway=self.name)
        if code in INVALID_TO:
            raise GatewayError("gateway_invalid_number", gateway=self.name, to=to, reason=reason)
        if code == OPTED_OUT:
            raise GatewayError("gateway_opted_out", gateway=self.name, to=to, opted_out=True)
        if response.status_code >= 500:
            raise GatewayError("gateway_server_error", temporary=True, gateway=self.name,
                               status=response.status_code, reason=reason)
        raise GatewayError("gateway_rejected", gateway=self.name, status=response.status_code,
                           reason=f"{code}: {reason}" if code else reason)

    def poll(self, reference: str) -> GatewayReport | None:
        response = self.core.request("GET", f"{self.base}/{reference}.json")
        if response.status_code != 200:
            return None
        data = json_or_empty(response)
        state = STATES.get(str(data.get("status", "")))
        if state not in ("delivered", "failed"):
            return None
        return self.book.add(reference, state, recipient=str(data.get("to", "")),
                             detail=str(data.get("error_code") or ""), whole=True)

    def on_callback(self, request: CallbackRequest) -> tuple[int, str]:
        params = dict(parse_qsl(request.body.decode("utf-8", "replace"), keep_blank_values=True))
        given = request.headers.get("x-twilio-signature", "")
        if not hmac.compare_digest(given, twilio_signature(self.callback_secret, self.callback_url, params)):
            return 403, "bad signature"
        sid = params.get("MessageSid", "")
        state = STATES.get(params.get("MessageStatus", ""))
        if sid and state in ("delivered", "failed"):
            self.book.add(sid, state, event_id=f"{sid}:{params.get('MessageStatus')}", recipient=params.get("To", ""),
                          detail=params.get("ErrorCode", ""), whole=True)
        return 200, ""
