"""Aliyun SMS (阿里云短信, Dysmsapi 2017-05-25): SendSms and QuerySendDetails over the RPC API.

Aliyun sends only a signature (SignName) and a template approved in advance: we send its
TemplateCode and the values of its ${var} slots (TemplateParam, JSON), never our text; our
text is what we showed and linted, and `render` proves it is what Aliyun will produce.
OutId carries our key. Every request is signed as the RPC signature document says:
StringToSign = METHOD & %2F & percent(sorted, percent-encoded "k=v" pairs joined by &),
Signature = base64(HMAC-SHA1(AccessKeySecret + "&", StringToSign)), with a fresh SignatureNonce
and Timestamp each time.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import re
import uuid
from collections.abc import Mapping
from datetime import UTC, datetime, timedelta, timezone
from typing import Any
from urllib.parse import quote

from operator_app.sms.encoding import split
from operator_app.sms.gateways.base import GatewayTransport
from operator_app.sms.gateways.core import GatewayError, json_or_empty, short
from operator_app.sms.gateways.reports import GatewayReport
from operator_app.sms.gateways.spec import GatewaySettingsError, GatewaySpecError
from operator_app.sms.transport import AmbiguousSend, ProviderTemplate, Submitted

CHINA = timezone(timedelta(hours=8))
LIMITED = ("isv.BUSINESS_LIMIT_CONTROL", "isv.DAY_LIMIT_CONTROL", "isv.MONTH_LIMIT_CONTROL", "Throttling",
           "isp.SYSTEM_ERROR", "ServiceUnavailable", "InternalError")
INVALID_NUMBER = ("isv.MOBILE_NUMBER_ILLEGAL", "isv.MOBILE_COUNT_OVER_LIMIT", "isv.DOMESTIC_NUMBER_NOT_SUPPORTED")
# Office faults (sms/transport.TransportFault): nothing goes until a person acts.
AUTH = ("InvalidAccessKeyId", "SignatureDoesNotMatch", "IncompleteSignature", "MissingAccessKeyId")
BALANCE = ("isv.AMOUNT_NOT_ENOUGH",)
SUSPENDED = ("isv.OUT_OF_SERVICE", "isv.ACCOUNT_ABNORMAL", "isv.ACCOUNT_NOT_EXISTS", "isv.PRODUCT_UN_SUBSCRIPT",
             "isv.PRODUCT_UNSUBSCRIBE")
SETTINGS = ("isv.SMS_SIGNATURE_ILLEGAL", "isv.SMS_SIGN_ILLEGAL", "isv.SIGN_STATE_ILLEGAL",
            "isv.SMS_SIGNATURE_SCENE_ILLEGAL", "isv.SMS_TEMPLATE_ILLEGAL", "isv.TEMPLATE_MISSING_PARAMETERS",
            "isp.RAM_PERMISSION_DENY", "isv.DENY_IP_RANGE", "InvalidTimeStamp", "Forbidden.RAM")
SLOT = re.compile(r"\$\{(\w+)\}")


def percent(value: str) -> str:
    """Aliyun's percent-encoding: RFC 3986 unreserved characters kept, everything else %XY of
    its UTF-8 bytes (space as %20, * as %2A, ~ kept)."""
    return quote(value, safe="-_.~")


def sign(params: Mapping[str, str], secret: str, method: str = "POST") -> str:
    canonical = "&".join(f"{percent(k)}={percent(params[k])}" for k in sorted(params))
    to_sign = f"{method}&{percent('/')}&{percent(canonical)}"
    digest = hmac.new((secret + "&").encode(), to_sign.encode(), hashlib.sha1).digest()
    return base64.b64encode(digest).decode()


def render(content: str, params: Mapping[str, str]) -> str:
    """What Aliyun sends for an approved template `content` with these values: each ${var}
    replaced. A slot without a value raises KeyError: Aliyun would refuse it
    (isv.TEMPLATE_MISSING_PARAMETERS)."""
    return SLOT.sub(lambda m: str(params[m.group(1)]), content)


def national(number: str) -> str:
    """Aliyun's PhoneNumbers: mainland numbers without +86, others as country code + number."""
    if number.startswith("+86"):
        return number[3:]
    return number.lstrip("+")


def _matches(code: str, table: tuple[str, ...]) -> bool:
    return any(code == c or code.startswith(c + ".") for c in table)


class AliyunTransport(GatewayTransport):
    def __init__(self, spec: Any, **kwargs: Any) -> None:
        if not spec.options.get("sign"):
            raise GatewaySpecError("gateway_option_missing", kind="aliyun", option="sign")
        super().__init__(spec, **kwargs)
        self.endpoint = spec.url.rstrip("/") + "/"
        self._sent: dict[str, tuple[str, str]] = {}  # BizId -> (phone, SendDate), for polling

    def _call(self, action: str, params: dict[str, str], *, now: datetime | None = None) -> dict[str, Any]:
        stamp = (now or datetime.now(UTC)).strftime("%Y-%m-%dT%H:%M:%SZ")
        full = {"AccessKeyId": self.spec.username, "Action": action, "Format": "JSON",
                "RegionId": self.spec.options.get("region", "cn-hangzhou"), "SignatureMethod": "HMAC-SHA1",
                "SignatureNonce": uuid.uuid4().hex, "SignatureVersion": "1.0", "Timestamp": stamp,
                "Version": "2017-05-25", **params}
        full["Signature"] = sign(full, self.secret)
        response = self.core.request("POST", self.endpoint, data=full)
        data = dict(json_or_empty(response))
        if not data.get("Code"):
            if response.status_code >= 500:
                raise GatewayError("gateway_server_error", temporary=True, gateway=self.name,
                                   status=response.status_code, reason=short(response.text))
            raise AmbiguousSend("gateway_bad_answer", gateway=self.name, status=response.status_code)
        return data

    def send(self, to: str, text: str, *, key: str | None = None, status_report: bool = True,
             template: ProviderTemplate | None = None) -> Submitted:
        if template is None:
            raise GatewayError("gateway_template_needed", gateway=self.name, exit_code=2)
        params = {"PhoneNumbers": national(to), "SignName": self.spec.options["sign"],
                  "TemplateCode": template.code,
                  "TemplateParam": json.dumps(dict(template.params), ensure_ascii=False, separators=(",", ":"))}
        if key:
            params["OutId"] = key
        data = self._call("SendSms", params)
        code = str(data["Code"])
        plan = split(text)
        if code == "OK":
            biz = str(data.get("BizId") or "")
            if not biz:
                raise AmbiguousSend("gateway_bad_answer", gateway=self.name, status=200)
            self._sent[biz] = (params["PhoneNumbers"], datetime.now(CHINA).strftime("%Y%m%d"))
            self.book.expect(biz, to, 1)
            return Submitted(to, plan.encoding, plan.count, (biz,))
        reason = short(str(data.get("Message") or code))
        if _matches(code, LIMITED):
            raise GatewayError("gateway_limited", temporary=True, gateway=self.name, code=code)
        if _matches(code, INVALID_NUMBER):
            raise GatewayError("gateway_invalid_number", gateway=self.name, to=to, reason=reason)
        if _matches(code, AUTH):
            raise GatewaySettingsError("gateway_auth", gateway=self.name, code=code)
        if _matches(code, BALANCE):
            raise GatewaySettingsError("gateway_balance", gateway=self.name, code=code)
        if _matches(code, SUSPENDED):
            raise GatewaySettingsError("gateway_suspended", gateway=self.name, code=code)
        if _matches(code, SETTINGS):
            raise GatewaySettingsError("gateway_settings", gateway=self.name, code=code, reason=reason)
        raise GatewayError("gateway_rejected", gateway=self.name, status=code, reason=reason)

    def poll_sent(self, reference: str, to: str, sent_at: datetime | None) -> GatewayReport | None:
        """QuerySendDetails needs the number and the day (China time) it was sent."""
        day = sent_at.astimezone(CHINA).strftime("%Y%m%d") if sent_at is not None else None
        return self.poll(reference, to, day)

    def poll(self, reference: str, phone: str | None = None, send_date: str | None = None) -> GatewayReport | None:
        """QuerySendDetails for one BizId (SendStatus 1 waiting, 2 failed, 3 delivered)."""
        known = self._sent.get(reference)
        phone = phone or (known[0] if known else "")
        send_date = send_date or (known[1] if known else datetime.now(CHINA).strftime("%Y%m%d"))
        data = self._call("QuerySendDetails", {"PhoneNumber": national(phone), "BizId": reference,
                                               "SendDate": send_date, "PageSize": "10", "CurrentPage": "1"})
        if data.get("Code") != "OK":
            return None
        details = (data.get("SmsSendDetailDTOs") or {}).get("SmsSendDetailDTO") or []
        for detail in details:
            status = detail.get("SendStatus")
            if status in (2, 3):
                return self.book.add(reference, "delivered" if status == 3 else "failed",
                                     recipient=str(detail.get("PhoneNum", "")),
                                     detail=str(detail.get("ErrCode", "")), whole=True)
        return None
