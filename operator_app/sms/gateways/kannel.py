"""Kannel's smsbox `sendsms` interface (Kannel 1.4 user guide, "SMS Push").

POST /cgi-bin/sendsms, the text as the body (its charset in Content-Type) and username,
password, from, to, coding, dlr-mask and dlr-url as X-Kannel-* headers (the same fields as the
GET form, kept out of URLs and logs). Chinese goes as coding=2 (UCS-2) with charset=UTF-8 so
Kannel converts our UTF-8 to UCS-2 itself; long texts are split by
Kannel (the sendsms-user's max-messages must allow it). Kannel gives no message id, so the
reference is ours: it rides in the dlr-url with a per-message token, and Kannel fills in %d
(the report type), %A (the SMSC's reply), %T (its time) and %p (the recipient).

Answers: 202 "0: Accepted for delivery" / "3: Queued for later delivery" → sent; 403
"Authorization failed for sendsms" → a settings error; 403 "Not routable. Do not try again." →
failed, permanent; 503 "Temporal failure, try again later." → retry; 400 "… rejected" → failed
with the reason.
"""

from __future__ import annotations

import hashlib
import hmac
import re
import uuid
from datetime import UTC, datetime
from urllib.parse import urlencode, urlsplit

from operator_app.sms.encoding import split
from operator_app.sms.gateways.base import GatewayTransport
from operator_app.sms.gateways.callback import CallbackRequest, token_for
from operator_app.sms.gateways.core import GatewayError, short
from operator_app.sms.gateways.spec import GatewaySettingsError
from operator_app.sms.transport import ProviderTemplate, Submitted

DLR_DELIVERED, DLR_FAILED, DLR_BUFFERED, DLR_SMSC_OK, DLR_SMSC_FAILED = 1, 2, 4, 8, 16
FINAL_MASK = DLR_DELIVERED | DLR_FAILED | DLR_SMSC_FAILED
SAFE_REFERENCE = re.compile(r"[A-Za-z0-9_-]{1,64}")


def reference_for(key: str | None) -> str:
    """Our reference in Kannel's dlr-url: the outbox key when it is URL-safe, else a digest of it
    (Kannel expands every % in the URL, so an escaped key would be mangled)."""
    if key is None:
        return uuid.uuid4().hex
    return key if SAFE_REFERENCE.fullmatch(key) else hashlib.sha256(key.encode()).hexdigest()[:32]


class KannelTransport(GatewayTransport):
    callback_path = "/kannel/dlr"

    @property
    def sendsms_url(self) -> str:
        url = self.spec.url
        return url.rstrip("/") + "/cgi-bin/sendsms" if urlsplit(url).path in ("", "/") else url

    def send(self, to: str, text: str, *, key: str | None = None, status_report: bool = True,
             template: ProviderTemplate | None = None) -> Submitted:
        reference = reference_for(key)
        plan = split(text)
        # POST with X-Kannel headers, not GET: a query string would carry the password into
        # every access log and httpx's own request log.
        headers = {"X-Kannel-Username": self.spec.username, "X-Kannel-Password": self.secret, "X-Kannel-To": to,
                   "Content-Type": "text/plain; charset=" + self.spec.options.get("charset", "UTF-8")}
        if "from" in self.spec.options:
            headers["X-Kannel-From"] = self.spec.options["from"]
        if "smsc" in self.spec.options:
            headers["X-Kannel-SMSC"] = self.spec.options["smsc"]
        if plan.encoding == "ucs2":
            headers["X-Kannel-Coding"] = "2"  # UCS-2; Kannel converts from the declared charset
        if status_report and self.callback_url:
            headers["X-Kannel-DLR-Mask"] = self.spec.options.get("dlr-mask", str(FINAL_MASK))
            token = token_for(self.callback_secret, reference)
            # the %-escapes stay literal for Kannel to fill in on each report
            headers["X-Kannel-DLR-Url"] = (f"{self.callback_url}?{urlencode({'id': reference, 't': token})}"
                                           "&type=%d&reply=%A&ts=%T&to=%p")
        charset = self.spec.options.get("charset", "UTF-8")
        response = self.core.request("POST", self.sendsms_url, content=text.encode(charset), headers=headers)
        body = short(response.text)
        if response.status_code == 202 or body.startswith(("0:", "3:")):
            if status_report and self.callback_url:
                self.book.expect(reference, to, 1)  # Kannel reports once for all parts
            return Submitted(to, plan.encoding, plan.count, (reference,))
        lowered = body.lower()
        if "authorization failed" in lowered or response.status_code == 401:
            raise GatewaySettingsError("gateway_auth", gateway=self.name)
        if response.status_code >= 500:
            raise GatewayError("gateway_server_error", temporary=True, gateway=self.name,
                               status=response.status_code, reason=body)
        if "not routable" in lowered:
            raise GatewayError("gateway_not_routable", gateway=self.name, to=to, reason=body)
        raise GatewayError("gateway_rejected", gateway=self.name, status=response.status_code, reason=body)

    def on_callback(self, request: CallbackRequest) -> tuple[int, str]:
        reference = request.query.get("id", "")
        token = request.query.get("t", "")
        if not reference or not hmac.compare_digest(token, token_for(self.callback_secret, reference)):
            return 403, "bad token"
        try:
            kind = int(request.query.get("type", ""))
        except ValueError:
            return 400, "bad type"
        if kind & DLR_DELIVERED:
            state = "delivered"
        elif kind & (DLR_FAILED | DLR_SMSC_FAILED):
            state = "failed"
        else:
            return 200, "ok"  # buffered / reached the SMSC: not final
        at = None
        stamp = request.query.get("ts", "")
        if stamp.isdigit():
            at = datetime.fromtimestamp(int(stamp), UTC)
        self.book.add(reference, state, recipient=request.query.get("to", ""),
                      detail=short(request.query.get("reply", ""), 120), at=at)
        return 200, "ok"
