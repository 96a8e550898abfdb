"""A Twilio-compatible Messages API played by pytest-httpserver per Twilio's documented wire
format, and a raw socket peer for the timeout / dropped-connection cases."""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import socket
import threading
from urllib.parse import parse_qsl

import httpx
import pytest
from pytest_httpserver import HTTPServer
from werkzeug import Request, Response

from operator_app.errors import KnownError
from operator_app.sms.gateways import open_gateway
from operator_app.sms.gateways.spec import GatewaySettingsError
from operator_app.sms.transport import AmbiguousSend, TransportFault
from tests.gateway_servers import dropping_server

SID = "AC0123456789abcdef0123456789abcdef"
TOKEN = "tw-Auth-T0ken-42"
PATH = f"/2010-04-01/Accounts/{SID}/Messages.json"


def spec(port: int, extra: str = "") -> str:
    return f"twilio:http://{SID}:{TOKEN}@127.0.0.1:{port}/?from=%2B15005550006" + extra


def created(request: Request) -> Response:
    form = dict(parse_qsl(request.get_data(as_text=True)))
    return Response(json.dumps({"sid": "SM" + "1" * 32, "status": "queued", "to": form["To"], "body": form["Body"]}),
                    status=201, content_type="application/json")


def error(status: int, code: int, message: str, **headers: str) -> Response:
    body = {"code": code, "message": message, "more_info": f"https://www.twilio.com/docs/errors/{code}", "status": status}
    return Response(json.dumps(body), status=status, content_type="application/json", headers=headers)


def test_send_is_a_form_post_with_basic_auth(httpserver: HTTPServer) -> None:
    httpserver.expect_oneshot_request(PATH, method="POST").respond_with_handler(created)
    transport = open_gateway(spec(httpserver.port))
    try:
        result = transport.send("+8613800138000", "您好，请按时还款")
    finally:
        transport.close()
    [(request, _)] = httpserver.log
    assert request.content_type == "application/x-www-form-urlencoded"
    assert dict(parse_qsl(request.get_data(as_text=True))) == {"To": "+8613800138000", "From": "+15005550006",
                                                               "Body": "您好，请按时还款"}
    assert request.authorization is not None and (request.authorization.username, request.authorization.password) == (SID, TOKEN)
    assert result.references == ("SM" + "1" * 32,) and result.status == "sent"


@pytest.mark.parametrize(("status", "code", "expected", "temporary"), [
    (400, 21211, "gateway_invalid_number", False),
    (400, 21610, "gateway_opted_out", False),
    (401, 20003, "gateway_auth", False),
    (400, 21602, "gateway_rejected", False),
    (500, 20500, "gateway_server_error", True),
])
def test_error_codes(httpserver: HTTPServer, status: int, code: int, expected: str, temporary: bool) -> None:
    httpserver.expect_request(PATH).respond_with_response(error(status, code, "Twilio says no"))
    transport = open_gateway(spec(httpserver.port))
    try:
        with pytest.raises(KnownError) as caught:
            transport.send("+8613800138000", "hi")
    finally:
        transport.close()
    assert caught.value.code == expected and caught.value.temporary is temporary and len(httpserver.log) == 1
    assert isinstance(caught.value, GatewaySettingsError) is (code == 20003)
    if code == 21610:
        assert caught.value.params["opted_out"] is True
    assert TOKEN not in str(caught.value)


def test_429_20429_honours_retry_after(httpserver: HTTPServer) -> None:
    waits: list[float] = []
    httpserver.expect_ordered_request(PATH).respond_with_response(error(429, 20429, "Too Many Requests", **{"Retry-After": "3"}))
    httpserver.expect_ordered_request(PATH).respond_with_handler(created)
    transport = open_gateway(spec(httpserver.port), sleep=waits.append)
    try:
        result = transport.send("+8613800138000", "hi")
    finally:
        transport.close()
    assert waits == [3.0] and result.references[0].startswith("SM")


def test_long_retry_after_goes_back_to_the_outbox(httpserver: HTTPServer) -> None:
    waits: list[float] = []
    httpserver.expect_request(PATH).respond_with_response(error(429, 20429, "Too Many Requests", **{"Retry-After": "120"}))
    transport = open_gateway(spec(httpserver.port), sleep=waits.append)
    try:
        with pytest.raises(KnownError) as caught:
            transport.send("+8613800138000", "hi")
    finally:
        transport.close()
    assert caught.value.temporary and caught.value.params["retry_after"] == 120 and waits == []


def test_timeout_after_the_request_was_sent_is_ambiguous_and_not_retried() -> None:
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen(4)
    received: list[bytes] = []

    def swallow() -> None:  # reads the request, never answers
        while True:
            try:
                conn, _ = listener.accept()
            except OSError:
                return
            received.append(conn.recv(65536))

    threading.Thread(target=swallow, daemon=True).start()
    transport = open_gateway(spec(listener.getsockname()[1], "&timeout=0.5"))
    try:
        with pytest.raises(AmbiguousSend) as caught:
            transport.send("+8613800138000", "hi")
    finally:
        transport.close()
        listener.close()
    # a gateway that stops answering is an office fault as well: the dispatcher stops sending to it
    assert caught.value.code == "gateway_timeout" and len(received) == 1
    assert isinstance(caught.value, TransportFault)


@pytest.mark.parametrize("script", [["drop-before"], ["drop-after"]])
def test_dropped_connection_is_never_retried(script: list[str]) -> None:
    with dropping_server(script) as server:
        transport = open_gateway(spec(server.port))
        try:
            with pytest.raises(AmbiguousSend):
                transport.send("+8613800138000", "hi")
        finally:
            transport.close()
    assert server.script == []  # exactly one connection: no second try
    assert len(server.requests) == (1 if script == ["drop-after"] else 0)


def signed(token: str, url: str, params: dict[str, str]) -> str:
    """Twilio's documented recipe, written out separately from the transport's."""
    payload = url
    for name in sorted(params):
        payload += name + params[name]
    return base64.b64encode(hmac.new(token.encode(), payload.encode(), hashlib.sha1).digest()).decode()


def test_status_callback_signed_and_deduplicated(httpserver: HTTPServer) -> None:
    httpserver.expect_request(PATH).respond_with_handler(created)
    transport = open_gateway(spec(httpserver.port, "&callback=127.0.0.1:0"))
    try:
        result = transport.send("+8613800138000", "hi")
        form = dict(parse_qsl(httpserver.log[0][0].get_data(as_text=True)))
        assert form["StatusCallback"] == transport.callback_url
        sid = result.references[0]
        sent = {"MessageSid": sid, "MessageStatus": "sent", "To": "+8613800138000", "AccountSid": SID}
        delivered = {**sent, "MessageStatus": "delivered"}
        url = transport.callback_url

        def post(params: dict[str, str], token: str = TOKEN) -> int:
            return httpx.post(url, data=params, headers={"X-Twilio-Signature": signed(token, url, params)}).status_code

        assert post(sent) == 200 and transport.book.state(sid) == "sent"
        assert post(delivered, token="forged") == 403 and transport.book.state(sid) == "sent"
        assert post(delivered) == 200 and post(delivered) == 200
        assert [r.status for r in transport.reports()] == ["delivered"]
    finally:
        transport.close()


def test_polling_reads_the_message_status(httpserver: HTTPServer) -> None:
    httpserver.expect_request(PATH).respond_with_handler(created)
    sid = "SM" + "1" * 32
    httpserver.expect_request(f"/2010-04-01/Accounts/{SID}/Messages/{sid}.json", method="GET").respond_with_json(
        {"sid": sid, "status": "undelivered", "error_code": 30003, "to": "+8613800138000"})
    transport = open_gateway(spec(httpserver.port))
    try:
        transport.send("+8613800138000", "hi")
        report = transport.poll(sid)  # type: ignore[attr-defined]
    finally:
        transport.close()
    assert report is not None and report.status == "failed" and report.detail == "30003"
