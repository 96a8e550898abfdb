"""The gateway "test" button: each provider's harmless call against a real Kannel (Debian's
bearerbox + smsbox with a fake SMSC that records every message it is handed) and, for the HTTP
APIs, pytest-httpserver on 127.0.0.1 checking the credentials the way each provider does.
Nothing may be sent, and no answer may echo the secret."""

from __future__ import annotations

import base64
import json
import socket
import time
from pathlib import Path
from urllib.parse import parse_qsl

import pytest
from pytest_httpserver import HTTPServer
from werkzeug import Request, Response

from operator_app.errors import KnownError
from operator_app.services.sending import transports
from operator_app.services.sending.transports import TransportProfile
from tests.test_gateway_aliyun import expected_signature
from tests.test_gateway_profile import write_profile
from tests.test_kannel import PASSWORD, Kannel, kannel  # noqa: F401 - the real Kannel fixture

TOKEN = "tw-T0ken/+="


def basic_ok(request: Request, user: str, secret: str) -> bool:
    expected = "Basic " + base64.b64encode(f"{user}:{secret}".encode()).decode()
    return request.headers.get("Authorization") == expected


def failure(profile: TransportProfile, secret: str) -> KnownError:
    with pytest.raises(KnownError) as caught:
        transports.check(profile, secret=secret)
    assert secret not in json.dumps(caught.value.params, default=str)
    return caught.value


def test_kannel_takes_the_right_password_refuses_a_wrong_one_and_sends_nothing(kannel: Kannel) -> None:  # noqa: F811
    url = kannel.url.replace(f"office:{PASSWORD}@", "")
    profile = TransportProfile("k", "kannel", url, "office", {"from": "OFFICE"})
    result = transports.check(profile, secret=PASSWORD)
    assert result.gateway is not None and result.gateway.code == "check_kannel_ok"
    assert PASSWORD not in result.gateway.gateway
    assert failure(profile, "wrong-password").code == "gateway_auth"
    time.sleep(0.5)  # had anything been queued, bearerbox would hand it to the SMSC at once
    assert kannel.smsc.lines == []


def test_twilio_fetches_its_own_account(httpserver: HTTPServer) -> None:
    sid = "AC0123456789abcdef"

    def account(request: Request) -> Response:
        if not basic_ok(request, sid, TOKEN):
            return Response(json.dumps({"code": 20003, "message": "Authenticate"}), 401)
        return Response(json.dumps({"sid": sid, "friendly_name": "诚信贷 office", "status": "active"}), 200,
                        content_type="application/json")

    httpserver.expect_request(f"/2010-04-01/Accounts/{sid}.json", method="GET").respond_with_handler(account)
    profile = TransportProfile("t", "twilio", httpserver.url_for("/"), sid, {"from": "+15005550006"})
    result = transports.check(profile, secret=TOKEN)
    assert result.gateway is not None and result.gateway.code == "check_twilio_ok"
    assert result.gateway.params["account"] == "诚信贷 office"
    assert failure(profile, "nope").code == "gateway_auth"
    assert all(r.method == "GET" for r, _ in httpserver.log)  # a Messages POST would have been a send


def test_android_gateway_lists_its_webhooks(httpserver: HTTPServer) -> None:
    def hooks(request: Request) -> Response:
        if not basic_ok(request, "sms", "phone-pw"):
            return Response("Unauthorized", 401)
        return Response(json.dumps([{"id": "a", "event": "sms:delivered", "url": "http://x/"}]), 200,
                        content_type="application/json")

    httpserver.expect_request("/webhooks", method="GET").respond_with_handler(hooks)
    profile = TransportProfile("a", "android-gateway", httpserver.url_for("/"), "sms")
    result = transports.check(profile, secret="phone-pw")
    assert result.gateway is not None and result.gateway.code == "check_android_ok"
    assert result.gateway.params == {"webhooks": "1"}
    assert failure(profile, "wrong").code == "gateway_auth"


@pytest.mark.parametrize(("status", "code"), [(1, "check_aliyun_ok"), (0, "check_aliyun_sign_pending"),
                                              (2, "check_aliyun_sign_rejected")])
def test_aliyun_queries_the_signature_with_a_signed_request(httpserver: HTTPServer, status: int, code: str) -> None:
    secret = "aliyun-S3cret/Key+="

    def answer(request: Request) -> Response:
        params = dict(parse_qsl(request.get_data(as_text=True)))
        if params.get("Action") != "QuerySmsSign":
            return Response(json.dumps({"Code": "isv.NOT_A_TEST"}), 400)
        if params.get("Signature") != expected_signature(params, secret):
            return Response(json.dumps({"Code": "SignatureDoesNotMatch", "Message": "signature not matched"}), 400,
                            content_type="application/json")
        return Response(json.dumps({"Code": "OK", "SignName": params["SignName"], "SignStatus": status,
                                    "Reason": "资质不全" if status == 2 else ""}), 200, content_type="application/json")

    httpserver.expect_request("/", method="POST").respond_with_handler(answer)
    profile = TransportProfile("y", "aliyun", httpserver.url_for("/"), "LTAI5tTestKeyId", {"sign": "诚信贷"})
    result = transports.check(profile, secret=secret)
    assert result.gateway is not None and result.gateway.code == code
    assert result.gateway.params["sign"] == "诚信贷"
    wrong = failure(profile, "not-the-secret")
    assert wrong.code == "gateway_settings" and wrong.params["code"] == "SignatureDoesNotMatch"


def test_a_gateway_nobody_listens_on_is_unreachable_in_plain_words() -> None:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    profile = TransportProfile("k", "kannel", f"http://127.0.0.1:{port}/", "office")
    error = failure(profile, "pw-never-shown")
    assert error.code == "check_unreachable"
    from operator_app.i18n import msg

    text = msg(error.code, **error.params)
    assert "Cannot reach" in text and "pw-never-shown" not in text


def test_a_toml_profile_is_tested_for_reachability_only(httpserver: HTTPServer, tmp_path: Path,
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("PLATFORM_SMS_KEY", raising=False)  # no key anywhere: the test still answers
    httpserver.expect_request("/", method="GET").respond_with_data("platform home", status=200)
    profile = TransportProfile("p", "http", str(write_profile(tmp_path, httpserver.port)))
    result = transports.check(profile)
    assert result.gateway is not None and result.gateway.code == "check_http_reachable"
    assert result.gateway.params == {"status": "200"}
    assert [r.path for r, _ in httpserver.log] == ["/"]  # never the send endpoint
