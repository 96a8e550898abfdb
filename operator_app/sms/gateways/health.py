"""A gateway's "test" button: one harmless request per provider that proves the gateway is
reachable and takes our credentials, without sending anything to anybody.

    kannel           POST /cgi-bin/sendsms with the user name and password but no recipient:
                     smsbox checks the credentials first ("Authorization failed" when wrong),
                     then refuses the request for its missing receiver; nothing is queued.
    android-gateway  GET {url}/webhooks with Basic auth (lists the registered webhooks).
    twilio           GET {url}/2010-04-01/Accounts/{AccountSid}.json (the account's own record).
    aliyun           QuerySmsSign for the signature of the spec (sign=): the AccessKey is checked
                     by the signature of the request, and the answer says whether the SMS
                     signature is approved.
    http (profile)   GET on the profile's address: reachability only, the key is not checked
                     (a generic profile names no harmless call).

One attempt, no retries, no callback server: a test must answer in seconds.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import Any
from urllib.parse import urlsplit, urlunsplit

from operator_app.sms.gateways.core import GatewayError, json_or_empty, short
from operator_app.sms.gateways.spec import GatewaySettingsError, GatewaySpec

CALLBACK_OPTIONS = ("callback", "callback-url", "callback-secret")
ALIYUN_SIGN_STATES = {0: "check_aliyun_sign_pending", 1: "check_aliyun_ok", 2: "check_aliyun_sign_rejected"}


@dataclass(frozen=True)
class GatewayCheck:
    """What the test found: `code` is the message code of the result, `params` its values (no
    secret among them)."""

    gateway: str
    code: str
    params: dict[str, str] = field(default_factory=dict)


def check_gateway(spec: GatewaySpec, *, timeout: float = 8.0, secret: str | None = None) -> GatewayCheck:
    """Run the kind's harmless call; raises GatewaySettingsError (credentials or settings refused)
    or GatewayError (unreachable, an answer the test does not understand)."""
    from operator_app.sms.gateways import open_gateway

    options = {k: v for k, v in spec.options.items() if k not in CALLBACK_OPTIONS}
    options.update(retries="1", timeout=str(timeout))
    quiet = replace(spec, options=options)
    if spec.kind == "http" and secret is None:
        secret = ""  # the reachability test needs no key: do not ask the environment or keyring for one
    transport: Any = open_gateway(quiet, **({"secret": secret} if secret is not None else {}))
    name = str(spec)
    try:
        try:
            if spec.kind == "kannel":
                return _kannel(transport, name)
            if spec.kind == "android-gateway":
                return _android(transport, name)
            if spec.kind == "twilio":
                return _twilio(transport, name)
            if spec.kind == "aliyun":
                return _aliyun(transport, name)
            return _reachable(transport, name)
        except GatewayError as exc:
            if exc.code in ("gateway_unreachable", "gateway_busy"):
                raise GatewayError("check_unreachable", gateway=name, detail=exc.params.get("detail")
                                   or f"HTTP {exc.params.get('status', '')}") from None
            raise
    finally:
        transport.close()


def _refused(name: str, status: int, text: str) -> GatewayError:
    return GatewayError("check_unexpected", gateway=name, status=status, reason=short(text, 120) or "—")


def _kannel(transport: Any, name: str) -> GatewayCheck:
    headers = {"X-Kannel-Username": transport.spec.username, "X-Kannel-Password": transport.secret,
               "Content-Type": "text/plain; charset=UTF-8"}
    response = transport.core.request("POST", transport.sendsms_url, content=b"", headers=headers)
    body = response.text.lower()
    if "authorization failed" in body or response.status_code in (401, 403):
        raise GatewaySettingsError("gateway_auth", gateway=name)
    if "receiver" in body or response.status_code == 400:
        return GatewayCheck(name, "check_kannel_ok")
    raise _refused(name, response.status_code, response.text)


def _android(transport: Any, name: str) -> GatewayCheck:
    response = transport.core.request("GET", transport.spec.url.rstrip("/") + "/webhooks")
    if response.status_code in (401, 403):
        raise GatewaySettingsError("gateway_auth", gateway=name)
    if response.status_code == 200:
        try:
            hooks = response.json()
        except ValueError:
            hooks = None
        if isinstance(hooks, list):
            return GatewayCheck(name, "check_android_ok", {"webhooks": str(len(hooks))})
    raise _refused(name, response.status_code, response.text)


def _twilio(transport: Any, name: str) -> GatewayCheck:
    sid = transport.spec.username
    response = transport.core.request("GET", f"{transport.spec.url.rstrip('/')}/2010-04-01/Accounts/{sid}.json")
    if response.status_code in (401, 403):
        raise GatewaySettingsError("gateway_auth", gateway=name)
    data = json_or_empty(response)
    if response.status_code == 404:
        raise GatewaySettingsError("gateway_settings", gateway=name, code="404",
                                   reason=short(str(data.get("message") or "account not found"), 120))
    if response.status_code == 200 and data.get("sid") == sid:
        status = str(data.get("status") or "")
        if status and status != "active":
            raise GatewaySettingsError("gateway_settings", gateway=name, code=status,
                                       reason=short(str(data.get("friendly_name") or sid), 80))
        return GatewayCheck(name, "check_twilio_ok", {"account": short(str(data.get("friendly_name") or sid), 80)})
    raise _refused(name, response.status_code, response.text)


def _aliyun(transport: Any, name: str) -> GatewayCheck:
    sign = transport.spec.options.get("sign", "")
    data = transport._call("QuerySmsSign", {"SignName": sign})
    code = str(data.get("Code"))
    if code != "OK":
        raise GatewaySettingsError("gateway_settings", gateway=name, code=code,
                                   reason=short(str(data.get("Message") or ""), 120))
    state = data.get("SignStatus")
    result = ALIYUN_SIGN_STATES.get(state if isinstance(state, int) else -1, "check_aliyun_sign_unknown")
    return GatewayCheck(name, result, {"sign": sign, "reason": short(str(data.get("Reason") or "—"), 120)})


def _reachable(transport: Any, name: str) -> GatewayCheck:
    parts = urlsplit(transport.profile.url)
    response = transport.core.request("GET", urlunsplit((parts.scheme, parts.netloc, "/", "", "")))
    return GatewayCheck(name, "check_http_reachable", {"status": str(response.status_code)})
