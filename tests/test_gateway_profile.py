"""The generic TOML profile against a local platform (pytest-httpserver), and the CLI end to end."""

from __future__ import annotations

import json
from pathlib import Path
from urllib.parse import parse_qsl

import httpx
import pytest
from pytest_httpserver import HTTPServer
from werkzeug import Request, Response

from operator_app.errors import KnownError
from operator_app.sms.gateways import open_gateway
from operator_app.sms.gateways.spec import GatewaySettingsError, GatewaySpecError

API_KEY = "plat-API-k3y-777"


def write_profile(tmp_path: Path, port: int, auth: str = 'type = "bearer"', body: str = "json",
                  method: str = "POST", extra: str = "") -> Path:
    path = tmp_path / "platform.toml"
    path.write_text(f"""
url = "http://127.0.0.1:{port}/api/sms/send"
method = "{method}"
body = "{body}"

[auth]
{auth}
secret_env = "PLATFORM_SMS_KEY"

[fields]
to = "mobile"
text = "content"
key = "outId"
callback = "notify.url"

[static]
sign = "【诚信贷】"

[success]
code_path = "code"
ok = ["0"]
id_path = "data.msgId"

[errors]
temporary = ["1001"]
invalid_number = ["2001"]
settings = ["4001"]

[callback]
id_path = "msgId"
status_path = "status"
delivered = ["DELIVRD"]
failed = ["UNDELIV"]
secret_param = "token"
{extra}
""", encoding="utf-8")
    return path


def answer(code: str, msg_id: str | None = "P-1") -> Response:
    return Response(json.dumps({"code": code, "message": "说明", "data": {"msgId": msg_id}}), content_type="application/json")


@pytest.fixture(autouse=True)
def _key(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PLATFORM_SMS_KEY", API_KEY)


def test_json_body_with_bearer_auth_and_id_path(httpserver: HTTPServer, tmp_path: Path) -> None:
    httpserver.expect_request("/api/sms/send", method="POST").respond_with_response(answer("0", "P-42"))
    profile = write_profile(tmp_path, httpserver.port)
    transport = open_gateway(f"http:{profile}")
    try:
        result = transport.send("+8613800138000", "您好", key="k-1")
    finally:
        transport.close()
    [(request, _)] = httpserver.log
    assert request.headers["Authorization"] == f"Bearer {API_KEY}"
    assert json.loads(request.data) == {"sign": "【诚信贷】", "mobile": "+8613800138000", "content": "您好", "outId": "k-1"}
    assert result.references == ("P-42",) and str(transport.spec) == f"http:{profile}"


def test_query_auth_keeps_the_key_out_of_logs(httpserver: HTTPServer, tmp_path: Path,
                                             caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level("DEBUG")
    httpserver.expect_request("/api/sms/send", method="GET").respond_with_response(answer("0"))
    profile = write_profile(tmp_path, httpserver.port, auth='type = "query"\nparam = "apikey"', body="query",
                            method="GET")
    transport = open_gateway(f"http:{profile}")
    try:
        transport.send("+8613800138000", "hello")
    finally:
        transport.close()
    [(request, _)] = httpserver.log
    assert request.args["apikey"] == API_KEY and request.args["mobile"] == "+8613800138000"
    ours = "\n".join(r.getMessage() for r in caplog.records if not r.name.startswith("werkzeug"))  # not the peer's log
    assert "HTTP Request: GET" in ours and "apikey=***" in ours and API_KEY not in ours


@pytest.mark.parametrize(("code", "expected", "temporary"), [
    ("1001", "gateway_limited", True), ("2001", "gateway_invalid_number", False),
    ("4001", "gateway_settings", False), ("9999", "gateway_rejected", False)])
def test_platform_codes(httpserver: HTTPServer, tmp_path: Path, code: str, expected: str, temporary: bool) -> None:
    httpserver.expect_request("/api/sms/send").respond_with_response(answer(code))
    transport = open_gateway(f"http:{write_profile(tmp_path, httpserver.port)}")
    try:
        with pytest.raises(KnownError) as caught:
            transport.send("+8613800138000", "hello")
    finally:
        transport.close()
    assert caught.value.code == expected and caught.value.temporary is temporary
    assert API_KEY not in str(caught.value)


def test_form_body_with_basic_auth_and_401(httpserver: HTTPServer, tmp_path: Path) -> None:
    httpserver.expect_request("/api/sms/send").respond_with_data("no", status=401)
    profile = write_profile(tmp_path, httpserver.port, auth='type = "basic"\nuser = "office"', body="form")
    transport = open_gateway(f"http:{profile}")
    try:
        with pytest.raises(GatewaySettingsError):
            transport.send("+8613800138000", "hello")
    finally:
        transport.close()
    [(request, _)] = httpserver.log
    assert request.authorization is not None and request.authorization.password == API_KEY
    assert dict(parse_qsl(request.get_data(as_text=True)))["content"] == "hello"


def test_callback_maps_states_and_checks_the_shared_secret(httpserver: HTTPServer, tmp_path: Path) -> None:
    def accept(request: Request) -> Response:
        return answer("0", "P-7")

    httpserver.expect_request("/api/sms/send").respond_with_handler(accept)
    profile = write_profile(tmp_path, httpserver.port)
    transport = open_gateway(f"http:{profile}?callback=127.0.0.1:0&callback-secret=cb-S3cret")
    try:
        transport.send("+8613800138000", "hello", key="k-7")
        notify = json.loads(httpserver.log[0][0].data)["notify"]["url"]
        assert notify.startswith(transport.callback_url) and "token=cb-S3cret" in notify
        assert httpx.post(transport.callback_url + "?token=wrong", json={"msgId": "P-7", "status": "DELIVRD"}).status_code == 403
        assert transport.book.state("P-7") == "sent"
        assert httpx.post(notify, json={"msgId": "P-7", "status": "DELIVRD"}).status_code == 200
        assert [r.status for r in transport.reports()] == ["delivered"]
    finally:
        transport.close()


@pytest.mark.parametrize(("content", "field"), [
    ('method = "POST"\n', "url"),
    ('url = "http://127.0.0.1:1/x"\nbogus = 1\n', "bogus"),
    ('url = "http://127.0.0.1:1/x"\n[auth]\ntype = "bearer"\nsecret = "inline"\n[fields]\nto = "m"\ntext = "c"\n', "auth.secret"),
    ('url = "http://127.0.0.1:1/x"\n[fields]\nto = "m"\n', "fields.text"),
])
def test_bad_profiles_are_bad_input(tmp_path: Path, content: str, field: str) -> None:
    path = tmp_path / "bad.toml"
    path.write_text(content)
    with pytest.raises(GatewaySpecError) as caught:
        open_gateway(f"http:{path}")
    assert caught.value.exit_code == 2 and caught.value.params["field"] == field


def test_unreadable_profile(tmp_path: Path) -> None:
    with pytest.raises(GatewaySpecError) as caught:
        open_gateway(f"http:{tmp_path}/missing.toml")
    assert caught.value.code == "gateway_profile_unreadable"


def test_cli_sms_send_with_a_profile(httpserver: HTTPServer, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from operator_app.cli import main

    httpserver.expect_request("/api/sms/send").respond_with_response(answer("0", "P-9"))
    profile = write_profile(tmp_path, httpserver.port)
    code = main(["sms", "send", "--transport", f"http:{profile}", "--to", "13800138000", "--text", "您好", "--json"])
    out, err = capsys.readouterr()
    assert code == 0, err
    assert json.loads(out) == {"to": "+8613800138000", "encoding": "ucs2", "parts": 1, "references": ["P-9"],
                               "status": "sent"}
    assert API_KEY not in out + err


def test_cli_gateway_error_is_one_translated_line(httpserver: HTTPServer, tmp_path: Path,
                                                  capsys: pytest.CaptureFixture[str]) -> None:
    from operator_app.cli import main

    httpserver.expect_request("/api/sms/send").respond_with_response(answer("2001"))
    profile = write_profile(tmp_path, httpserver.port)
    code = main(["--lang", "zh_CN", "sms", "send", "--transport", f"http:{profile}", "--to", "13800138000",
                 "--text", "hi"])
    _, err = capsys.readouterr()
    assert code == 1 and err.count("\n") == 1 and "不是有效号码" in err and API_KEY not in err


def test_a_gateway_echoing_the_key_in_its_error_does_not_leak_it(httpserver: HTTPServer, tmp_path: Path) -> None:
    httpserver.expect_request("/api/sms/send").respond_with_json({"code": "9", "message": f"bad key {API_KEY}"})
    transport = open_gateway(f"http:{write_profile(tmp_path, httpserver.port)}")
    try:
        with pytest.raises(KnownError) as caught:
            transport.send("+8613800138000", "hello")
    finally:
        transport.close()
    assert "bad key ***" in caught.value.params["reason"] and API_KEY not in repr(caught.value.args)
