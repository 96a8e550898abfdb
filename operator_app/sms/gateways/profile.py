"""A generic HTTP gateway described by a TOML profile, for the many SMS platforms with an HTTP
API of their own (`--transport http:PROFILE.toml`). The secret is never in the profile: it comes
from the environment (`secret_env`, default OPERATOR_SMS_SECRET) or the OS keyring.

    url = "https://sms.example.cn/api/send"
    method = "POST"                # GET or POST
    body = "json"                  # json, form or query
    dedup = false                  # true if the platform refuses a second message with our key

    [auth]
    type = "bearer"                # basic, bearer, header, query or none
    user = "office"                # basic: the user name (also names the keyring entry)
    header = "X-Api-Key"           # header: which header carries the secret
    param = "apikey"               # query: which parameter carries the secret
    secret_env = "EXAMPLE_SMS_KEY"

    [fields]                       # our value -> the platform's field (dots nest JSON objects)
    to = "mobile"
    text = "content"
    key = "outId"                  # optional: our idempotency key
    callback = "notifyUrl"         # optional: where delivery reports go

    [static]                       # sent with every message, e.g. sign = "【诚信贷】"

    [success]
    status = [200]                 # HTTP statuses that can mean accepted
    code_path = "code"             # where the platform's result code is
    ok = ["0"]                     # codes that mean accepted
    id_path = "data.msgId"         # where the platform's message id is

    [errors]                       # platform codes by what they mean
    temporary = ["1001"]
    invalid_number = ["2001"]
    settings = ["4001"]

    [callback]                     # how delivery reports map to our states
    id_path = "msgId"
    status_path = "status"
    delivered = ["DELIVRD"]
    failed = ["UNDELIV", "EXPIRED"]
    secret_param = "token"         # the shared secret (`callback-secret=`) must come back here
"""

from __future__ import annotations

import hmac
import json
import tomllib
import uuid
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl, urlencode, urlsplit

import httpx

from operator_app.errors import os_reason
from operator_app.sms.encoding import split
from operator_app.sms.gateways.base import GatewayTransport
from operator_app.sms.gateways.callback import CallbackRequest
from operator_app.sms.gateways.core import GatewayError, json_or_empty, short
from operator_app.sms.gateways.spec import (
    SECRET_ENV,
    GatewaySettingsError,
    GatewaySpec,
    GatewaySpecError,
    resolve_secret,
)
from operator_app.sms.transport import AmbiguousSend, ProviderTemplate, Submitted

SECTIONS = {"url", "method", "body", "dedup", "auth", "fields", "static", "success", "errors", "callback", "name"}


@dataclass(frozen=True)
class Profile:
    url: str
    method: str = "POST"
    body: str = "json"
    dedup: bool = False
    auth: dict[str, str] = field(default_factory=dict)
    fields: dict[str, str] = field(default_factory=dict)
    static: dict[str, Any] = field(default_factory=dict)
    success: dict[str, Any] = field(default_factory=dict)
    errors: dict[str, list[str]] = field(default_factory=dict)
    callback: dict[str, Any] = field(default_factory=dict)


def load_profile(path: str) -> Profile:
    """Read and check a profile; anything wrong is a one-line error naming the setting."""
    try:
        data = tomllib.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        detail = os_reason(exc) if isinstance(exc, OSError) else "why_not_utf8" if isinstance(exc, UnicodeDecodeError) \
            else "why_not_toml"
        raise GatewaySpecError("gateway_profile_unreadable", path=path, detail=detail) from None

    def bad(name: str) -> GatewaySpecError:
        return GatewaySpecError("gateway_profile_field", path=path, field=name)

    for key in data:
        if key not in SECTIONS:
            raise bad(key)
    url = data.get("url")
    if not isinstance(url, str) or urlsplit(url).scheme not in ("http", "https") or not urlsplit(url).hostname:
        raise bad("url")
    profile = Profile(url=url, method=str(data.get("method", "POST")).upper(), body=str(data.get("body", "json")),
                      dedup=bool(data.get("dedup", False)), auth=dict(data.get("auth", {})),
                      fields=dict(data.get("fields", {})), static=dict(data.get("static", {})),
                      success=dict(data.get("success", {})), errors=dict(data.get("errors", {})),
                      callback=dict(data.get("callback", {})))
    if profile.method not in ("GET", "POST"):
        raise bad("method")
    if profile.body not in ("json", "form", "query") or (profile.method == "GET" and profile.body != "query"):
        raise bad("body")
    if profile.auth.get("type", "none") not in ("basic", "bearer", "header", "query", "none"):
        raise bad("auth.type")
    if profile.auth.get("type") == "header" and not profile.auth.get("header"):
        raise bad("auth.header")
    if profile.auth.get("type") == "query" and not profile.auth.get("param"):
        raise bad("auth.param")
    for name in ("to", "text"):
        if not isinstance(profile.fields.get(name), str):
            raise bad(f"fields.{name}")
    if "secret" in profile.auth:
        raise bad("auth.secret")  # secrets live in the environment or the keyring, never in a file
    return profile


def dig(data: Any, path: str) -> Any:
    """The value at a dotted path ("data.msgId", "result.0.id"), None when absent."""
    for part in path.split("."):
        if isinstance(data, dict):
            data = data.get(part)
        elif isinstance(data, list) and part.isdigit() and int(part) < len(data):
            data = data[int(part)]
        else:
            return None
    return data


def put(target: dict[str, Any], path: str, value: Any, *, nest: bool) -> None:
    if not nest:
        target[path] = value
        return
    *parents, last = path.split(".")
    for part in parents:
        target = target.setdefault(part, {})
    target[last] = value


class ProfileTransport(GatewayTransport):
    callback_path = "/profile/reports"

    def __init__(self, spec: GatewaySpec, **kwargs: Any) -> None:
        self.profile = load_profile(spec.url)
        if "secret" not in kwargs and self.profile.auth.get("type", "none") != "none":
            options = dict(spec.options)
            options.setdefault("secret-env", self.profile.auth.get("secret_env", SECRET_ENV))
            lookup = GatewaySpec("http", self.profile.url, self.profile.auth.get("user", ""), "", options)
            kwargs["secret"] = resolve_secret(lookup)
        kwargs.setdefault("secret", "")
        super().__init__(spec, **kwargs)

    def auth(self) -> httpx.Auth | tuple[str, str] | None:
        return (self.profile.auth.get("user", ""), self.secret) if self.profile.auth.get("type") == "basic" else None

    def send(self, to: str, text: str, *, key: str | None = None, status_report: bool = True,
             template: ProviderTemplate | None = None) -> Submitted:
        profile, fields = self.profile, self.profile.fields
        nest = profile.body == "json"
        payload: dict[str, Any] = {}
        for name, value in profile.static.items():
            put(payload, name, value, nest=nest)
        put(payload, fields["to"], to, nest=nest)
        put(payload, fields["text"], text, nest=nest)
        reference = key or uuid.uuid4().hex
        if "key" in fields:
            put(payload, fields["key"], reference, nest=nest)
        if status_report and self.callback_url and "callback" in fields:
            put(payload, fields["callback"], self._callback_with_secret(), nest=nest)
        headers: dict[str, str] = {}
        params: dict[str, str] = {}
        kind = profile.auth.get("type", "none")
        if kind == "bearer":
            headers["Authorization"] = "Bearer " + self.secret
        elif kind == "header":
            headers[profile.auth["header"]] = self.secret
        elif kind == "query":
            params[profile.auth["param"]] = self.secret
        request: dict[str, Any] = {"headers": headers}
        if profile.body == "json":
            request["json"] = payload
        elif profile.body == "form":
            request["data"] = payload
        else:
            params.update({k: str(v) for k, v in payload.items()})
        url = profile.url
        if params:  # query auth puts the secret in the URL: kept out of our logs by the message below
            url = url + ("&" if "?" in url else "?") + urlencode(params)
        response = self.core.request(profile.method, url, dedup=profile.dedup and "key" in fields, **request)
        return self._classify(response, to, text, reference, status_report)

    def _callback_with_secret(self) -> str:
        param = self.profile.callback.get("secret_param")
        if param and self.spec.options.get("callback-secret"):
            return f"{self.callback_url}?{urlencode({param: self.spec.options['callback-secret']})}"
        return self.callback_url

    def _classify(self, response: httpx.Response, to: str, text: str, reference: str, report: bool) -> Submitted:
        success, errors = self.profile.success, self.profile.errors
        data = json_or_empty(response)
        code_path = success.get("code_path")
        code = dig(data, code_path) if code_path else None
        code_text = "" if code is None else str(code)
        statuses = success.get("status") or list(range(200, 300))
        plan = split(text)
        if response.status_code in statuses and (not code_path or code_text in [str(c) for c in success.get("ok", [])]):
            ident = dig(data, success["id_path"]) if success.get("id_path") else reference
            if ident is None or ident == "":
                raise AmbiguousSend("gateway_bad_answer", gateway=self.name, status=response.status_code)
            ident = str(ident)
            if report and self.callback_url:
                self.book.expect(ident, to, 1)
            return Submitted(to, plan.encoding, plan.count, (ident,))
        reason = short(str(dig(data, success.get("message_path", "message")) or response.text or code_text))
        if code_text and code_text in [str(c) for c in errors.get("temporary", [])]:
            raise GatewayError("gateway_limited", temporary=True, gateway=self.name, code=code_text)
        if code_text and code_text in [str(c) for c in errors.get("invalid_number", [])]:
            raise GatewayError("gateway_invalid_number", gateway=self.name, to=to, reason=reason)
        if code_text and code_text in [str(c) for c in errors.get("settings", [])]:
            raise GatewaySettingsError("gateway_settings", gateway=self.name, code=code_text, reason=reason)
        if response.status_code in (401, 403):
            raise GatewaySettingsError("gateway_auth", gateway=self.name)
        if response.status_code >= 500:
            raise GatewayError("gateway_server_error", temporary=True, gateway=self.name,
                               status=response.status_code, reason=reason)
        if response.status_code in statuses and not code_path:
            raise AmbiguousSend("gateway_bad_answer", gateway=self.name, status=response.status_code)
        raise GatewayError("gateway_rejected", gateway=self.name, status=code_text or response.status_code,
                           reason=reason)

    def on_callback(self, request: CallbackRequest) -> tuple[int, str]:
        rules = self.profile.callback
        expected = self.spec.options.get("callback-secret", "")
        values: dict[str, Any] = dict(request.query)
        if request.body:
            try:
                body = json.loads(request.body)
                values.update(body if isinstance(body, dict) else {})
            except ValueError:
                values.update(parse_qsl(request.body.decode("utf-8", "replace"), keep_blank_values=True))
        given = request.headers.get(str(rules.get("secret_header", "")).lower(), "") if rules.get("secret_header") \
            else str(values.get(str(rules.get("secret_param", "token")), ""))
        if not expected or not hmac.compare_digest(given, expected):
            return 403, "bad secret"
        reference = dig(values, str(rules.get("id_path", "id")))
        status = str(dig(values, str(rules.get("status_path", "status"))) or "")
        if reference is None:
            return 400, "no id"
        if status in [str(s) for s in rules.get("delivered", [])]:
            self.book.add(str(reference), "delivered", whole=True)
        elif status in [str(s) for s in rules.get("failed", [])]:
            self.book.add(str(reference), "failed", detail=short(status, 60), whole=True)
        return 200, str(rules.get("answer", "ok"))
