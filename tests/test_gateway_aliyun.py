"""Aliyun SMS (Dysmsapi 2017-05-25) played by pytest-httpserver, which checks each request's
signature the way Aliyun documents it (its own implementation, written from the document's
Java recipe: form-encode, then + → %20, * → %2A, %7E → ~)."""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
from datetime import UTC, datetime, timedelta
from urllib.parse import parse_qsl, quote_plus

import pytest
from pytest_httpserver import HTTPServer
from werkzeug import Request, Response

from operator_app.errors import KnownError
from operator_app.sms.gateways import open_gateway
from operator_app.sms.gateways.aliyun import render
from operator_app.sms.gateways.spec import GatewaySettingsError
from operator_app.sms.transport import ProviderTemplate

KEY_ID = "LTAI5tTestKeyId"
KEY_SECRET = "aliyun-S3cret/Key+="
TEMPLATE = ProviderTemplate("SMS_123456789", {"name": "张*", "amount": "1,234.50", "days": "5"})
CONTENT = "${name}您好，您的借款本期应还${amount}元已逾期${days}天，请尽快还款。退订回T"
TEXT = "【诚信贷】张*您好，您的借款本期应还1,234.50元已逾期5天，请尽快还款。退订回T"


def java_percent(value: str) -> str:
    return quote_plus(value, encoding="utf-8").replace("+", "%20").replace("*", "%2A").replace("%7E", "~")


def expected_signature(params: dict[str, str], secret: str) -> str:
    pairs = sorted((k, v) for k, v in params.items() if k != "Signature")
    canonical = "&".join(java_percent(k) + "=" + java_percent(v) for k, v in pairs)
    string_to_sign = "POST&" + java_percent("/") + "&" + java_percent(canonical)
    return base64.b64encode(hmac.new((secret + "&").encode(), string_to_sign.encode(), hashlib.sha1).digest()).decode()


class Aliyun:
    """The provider: verifies signature, nonce and timestamp, then answers per `answers`."""

    def __init__(self, answers: list[dict[str, object]]) -> None:
        self.answers = answers
        self.requests: list[dict[str, str]] = []
        self.nonces: set[str] = set()

    def __call__(self, request: Request) -> Response:
        params = dict(parse_qsl(request.get_data(as_text=True), keep_blank_values=True))
        self.requests.append(params)
        stamp = datetime.strptime(params["Timestamp"], "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=UTC)
        if params.get("AccessKeyId") != KEY_ID:
            return self.json({"Code": "InvalidAccessKeyId.NotFound", "Message": "Specified access key is not found."}, 404)
        if params["Signature"] != expected_signature(params, KEY_SECRET):
            return self.json({"Code": "SignatureDoesNotMatch", "Message": "Specified signature is not matched."}, 400)
        if params["SignatureNonce"] in self.nonces:
            return self.json({"Code": "SignatureNonceUsed", "Message": "nonce used"}, 400)
        self.nonces.add(params["SignatureNonce"])
        assert abs(datetime.now(UTC) - stamp) < timedelta(minutes=15)
        assert (params["SignatureMethod"], params["SignatureVersion"], params["Version"], params["Format"]) == \
            ("HMAC-SHA1", "1.0", "2017-05-25", "JSON")
        answer = self.answers.pop(0)
        return self.json(answer, int(answer.pop("_status", 200)))  # type: ignore[call-overload]

    @staticmethod
    def json(body: dict[str, object], status: int) -> Response:
        return Response(json.dumps(body, ensure_ascii=False), status=status, content_type="application/json")


def spec(port: int, secret: str = KEY_SECRET) -> str:
    from urllib.parse import quote

    return f"aliyun:http://{KEY_ID}:{quote(secret, safe='')}@127.0.0.1:{port}/?sign=%E8%AF%9A%E4%BF%A1%E8%B4%B7"


def test_send_sms_signed_as_documented_then_polled(httpserver: HTTPServer) -> None:
    provider = Aliyun([
        {"Code": "OK", "Message": "OK", "BizId": "900619746936498440^0", "RequestId": "F655A8D5"},
        {"Code": "OK", "Message": "OK", "TotalCount": 1, "RequestId": "r2",
         "SmsSendDetailDTOs": {"SmsSendDetailDTO": [{"SendStatus": 3, "ErrCode": "DELIVERED", "PhoneNum": "13800138000",
                                                     "Content": TEXT, "OutId": "out-5"}]}},
    ])
    httpserver.expect_request("/", method="POST").respond_with_handler(provider)
    transport = open_gateway(spec(httpserver.port))
    try:
        result = transport.send("+8613800138000", TEXT, key="out-5", template=TEMPLATE)
        report = transport.poll(result.references[0])  # type: ignore[attr-defined]
    finally:
        transport.close()
    send, query = provider.requests
    assert send["Action"] == "SendSms" and send["PhoneNumbers"] == "13800138000" and send["SignName"] == "诚信贷"
    assert send["TemplateCode"] == "SMS_123456789" and send["OutId"] == "out-5"
    assert json.loads(send["TemplateParam"]) == {"name": "张*", "amount": "1,234.50", "days": "5"}
    assert result.references == ("900619746936498440^0",)
    assert query["Action"] == "QuerySendDetails" and query["BizId"] == "900619746936498440^0"
    assert query["PhoneNumber"] == "13800138000" and len(query["SendDate"]) == 8
    assert send["SignatureNonce"] != query["SignatureNonce"]
    assert report is not None and report.status == "delivered"


def test_wrong_secret_fails_the_providers_check_and_is_a_settings_error(httpserver: HTTPServer) -> None:
    httpserver.expect_request("/").respond_with_handler(Aliyun([]))
    transport = open_gateway(spec(httpserver.port, secret="not-the-secret"))
    try:
        with pytest.raises(GatewaySettingsError) as caught:
            transport.send("+8613800138000", TEXT, template=TEMPLATE)
    finally:
        transport.close()
    assert caught.value.params["code"] == "SignatureDoesNotMatch" and "not-the-secret" not in str(caught.value)


@pytest.mark.parametrize(("code", "expected", "temporary", "settings"), [
    ("isv.BUSINESS_LIMIT_CONTROL", "gateway_limited", True, False),
    ("Throttling.User", "gateway_limited", True, False),
    ("isv.MOBILE_NUMBER_ILLEGAL", "gateway_invalid_number", False, False),
    ("isv.SMS_SIGNATURE_ILLEGAL", "gateway_settings", False, True),
    ("isv.SMS_TEMPLATE_ILLEGAL", "gateway_settings", False, True),
    ("isv.ACCOUNT_NOT_EXISTS", "gateway_suspended", False, True),
    ("isv.OUT_OF_SERVICE", "gateway_suspended", False, True),
    ("isv.AMOUNT_NOT_ENOUGH", "gateway_balance", False, True),
    ("InvalidAccessKeyId.NotFound", "gateway_auth", False, True),
    ("isv.SMS_CONTENT_ILLEGAL", "gateway_rejected", False, False),
])
def test_codes_mapped(httpserver: HTTPServer, code: str, expected: str, temporary: bool, settings: bool) -> None:
    httpserver.expect_request("/").respond_with_handler(Aliyun([{"Code": code, "Message": "说明", "RequestId": "x"}]))
    transport = open_gateway(spec(httpserver.port))
    try:
        with pytest.raises(KnownError) as caught:
            transport.send("+8613800138000", TEXT, template=TEMPLATE)
    finally:
        transport.close()
    assert caught.value.code == expected and caught.value.temporary is temporary
    assert isinstance(caught.value, GatewaySettingsError) is settings


def test_a_message_without_a_provider_template_is_refused_before_sending(httpserver: HTTPServer) -> None:
    transport = open_gateway(spec(httpserver.port))
    try:
        with pytest.raises(KnownError) as caught:
            transport.send("+8613800138000", TEXT)
    finally:
        transport.close()
    assert caught.value.code == "gateway_template_needed" and caught.value.exit_code == 2 and httpserver.log == []


def test_our_text_equals_what_aliyun_renders_from_the_template() -> None:
    assert "【诚信贷】" + render(CONTENT, TEMPLATE.params) == TEXT
    with pytest.raises(KeyError):
        render(CONTENT, {"name": "张*"})


def test_template_only_providers_are_named() -> None:
    from operator_app.sms.gateways import parse_gateway_spec, requires_provider_template

    assert requires_provider_template(spec(1)) and requires_provider_template(parse_gateway_spec(spec(1)))
    assert not requires_provider_template("twilio:https://a:b@h/?from=1") and not requires_provider_template("modem:COM3")
