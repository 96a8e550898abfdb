"""android-sms-gateway played by pytest-httpserver per its documented API (local /message and
cloud /3rdparty/v1/messages), plus a raw socket peer for dropped connections."""

from __future__ import annotations

import json
import time

import httpx
import pytest
from pytest_httpserver import HTTPServer
from werkzeug import Request, Response

from operator_app.errors import KnownError
from operator_app.sms.gateways import open_gateway
from operator_app.sms.gateways.android import AndroidGatewayTransport, signature
from operator_app.sms.gateways.spec import GatewaySettingsError
from operator_app.sms.transport import AmbiguousSend
from tests.gateway_servers import dropping_server, http_answer

SECRET = "phone-Pa55word"
SIGNING = "sign-K3y-9"


def gateway(server: HTTPServer, path: str = "", options: str = "", **kw: object) -> AndroidGatewayTransport:
    url = f"http://sms:{SECRET}@127.0.0.1:{server.port}{path}"
    transport = open_gateway(f"android-gateway:{url}" + (f"?{options}" if options else ""),
                             sleep=lambda s: None, **kw)
    assert isinstance(transport, AndroidGatewayTransport)
    return transport


def accepted(request: Request) -> Response:
    body = json.loads(request.data)
    return Response(json.dumps({"id": body["id"], "state": "Pending",
                                "recipients": [{"phoneNumber": body["phoneNumbers"][0], "state": "Pending"}]}),
                    status=202, content_type="application/json")


def test_local_send_posts_the_documented_body(httpserver: HTTPServer) -> None:
    httpserver.expect_oneshot_request("/message", method="POST").respond_with_handler(accepted)
    transport = gateway(httpserver, options="sim=2&ttl=3600")
    try:
        result = transport.send("+8613800138000", "您好，请按时还款", key="out-17")
    finally:
        transport.close()
    [(request, _)] = httpserver.log
    body = json.loads(request.data)
    assert body == {"id": "out-17", "textMessage": {"text": "您好，请按时还款"}, "phoneNumbers": ["+8613800138000"],
                    "withDeliveryReport": True, "simNumber": 2, "ttl": 3600}
    assert request.authorization is not None and request.authorization.password == SECRET
    assert result.references == ("out-17",) and result.encoding == "ucs2" and result.status == "sent"


def test_cloud_url_uses_3rdparty_messages_and_polls(httpserver: HTTPServer) -> None:
    httpserver.expect_oneshot_request("/3rdparty/v1/messages", method="POST").respond_with_handler(accepted)
    httpserver.expect_oneshot_request("/3rdparty/v1/messages/k1", method="GET").respond_with_json(
        {"id": "k1", "state": "Processed", "recipients": [{"phoneNumber": "+8613800138000", "state": "Processed"}]})
    httpserver.expect_oneshot_request("/3rdparty/v1/messages/k1", method="GET").respond_with_json(
        {"id": "k1", "state": "Failed",
         "recipients": [{"phoneNumber": "+8613800138000", "state": "Failed", "error": "RESULT_ERROR_GENERIC_FAILURE"}]})
    transport = gateway(httpserver, "/3rdparty/v1")
    try:
        transport.send("+8613800138000", "hi", key="k1")
        assert transport.poll("k1") is None  # Processed: nothing final yet
        report = transport.poll("k1")
    finally:
        transport.close()
    assert report is not None and report.status == "failed" and "GENERIC_FAILURE" in report.detail
    assert transport.reports()[0].status == "failed"


def test_409_means_our_earlier_try_was_accepted(httpserver: HTTPServer) -> None:
    httpserver.expect_oneshot_request("/message").respond_with_json({"message": "message already exists"}, status=409)
    transport = gateway(httpserver)
    try:
        result = transport.send("+8613800138000", "hi", key="dup-1")
    finally:
        transport.close()
    assert result.references == ("dup-1",) and result.status == "sent"


def test_401_is_a_settings_error_and_never_shows_the_password(httpserver: HTTPServer,
                                                              caplog: pytest.LogCaptureFixture) -> None:
    httpserver.expect_request("/message").respond_with_json({"message": "Unauthorized"}, status=401)
    caplog.set_level("DEBUG")
    transport = gateway(httpserver)
    try:
        with pytest.raises(GatewaySettingsError) as caught:
            transport.send("+8613800138000", "hi")
    finally:
        transport.close()
    assert caught.value.code == "gateway_auth" and not caught.value.temporary and len(httpserver.log) == 1
    for text in (str(caught.value), repr(caught.value), repr(transport), str(transport.spec), caplog.text):
        assert SECRET not in text


def test_429_honours_retry_after_then_sends(httpserver: HTTPServer) -> None:
    waits: list[float] = []
    httpserver.expect_ordered_request("/message").respond_with_json(
        {"error": "RateLimitExceeded", "retryAfter": 2}, status=429, headers={"Retry-After": "2"})
    httpserver.expect_ordered_request("/message").respond_with_handler(accepted)
    transport = open_gateway(f"android-gateway:http://sms:{SECRET}@127.0.0.1:{httpserver.port}", sleep=waits.append)
    try:
        result = transport.send("+8613800138000", "hi", key="r1")
    finally:
        transport.close()
    assert waits == [2.0] and result.references == ("r1",) and len(httpserver.log) == 2


def test_500_is_temporary(httpserver: HTTPServer) -> None:
    httpserver.expect_request("/message").respond_with_data("boom", status=500)
    transport = gateway(httpserver)
    try:
        with pytest.raises(KnownError) as caught:
            transport.send("+8613800138000", "hi")
    finally:
        transport.close()
    assert caught.value.temporary and caught.value.code == "gateway_server_error"


def test_503_retried_with_backoff_then_temporary(httpserver: HTTPServer) -> None:
    waits: list[float] = []
    httpserver.expect_request("/message").respond_with_json({"error": "QueueLimitExceeded"}, status=503)
    transport = open_gateway(f"android-gateway:http://sms:{SECRET}@127.0.0.1:{httpserver.port}?retries=3",
                             sleep=waits.append)
    try:
        with pytest.raises(KnownError) as caught:
            transport.send("+8613800138000", "hi")
    finally:
        transport.close()
    assert caught.value.temporary and len(httpserver.log) == 3
    assert len(waits) == 2 and 0.25 <= waits[0] <= 0.5 and 0.5 <= waits[1] <= 1.0  # exponential, jittered


def test_dropped_connection_is_retried_once_with_the_same_id() -> None:
    answer = http_answer("202 Accepted", json.dumps({"id": "same-id", "state": "Pending"}).encode())
    with dropping_server(["drop-after"], answer) as server:
        transport = open_gateway(f"android-gateway:http://sms:{SECRET}@127.0.0.1:{server.port}")
        try:
            result = transport.send("+8613800138000", "hi", key="same-id")
        finally:
            transport.close()
    assert result.references == ("same-id",)
    ids = [json.loads(r.split(b"\r\n\r\n", 1)[1])["id"] for r in server.requests]
    assert ids == ["same-id", "same-id"]  # the gateway de-duplicates by it


def test_dropped_twice_is_ambiguous() -> None:
    with dropping_server(["drop-after", "drop-after"]) as server:
        transport = open_gateway(f"android-gateway:http://sms:{SECRET}@127.0.0.1:{server.port}")
        try:
            with pytest.raises(AmbiguousSend) as caught:
                transport.send("+8613800138000", "hi", key="k")
        finally:
            transport.close()
    assert caught.value.code == "gateway_ambiguous" and len(server.requests) == 2  # one retry, no more


def test_connection_refused_is_temporary_and_retried() -> None:
    waits: list[float] = []
    transport = open_gateway(f"android-gateway:http://sms:{SECRET}@127.0.0.1:9?retries=2", sleep=waits.append)
    try:
        with pytest.raises(KnownError) as caught:
            transport.send("+8613800138000", "hi")
    finally:
        transport.close()
    assert caught.value.code == "gateway_unreachable" and caught.value.temporary and len(waits) == 1


def _post_event(url: str, event: dict[str, object], key: str = SIGNING, stamp: int | None = None) -> int:
    body = json.dumps(event).encode()
    timestamp = str(stamp if stamp is not None else int(time.time()))
    headers = {"X-Signature": signature(key, body, timestamp), "X-Timestamp": timestamp,
               "Content-Type": "application/json"}
    return httpx.post(url, content=body, headers=headers).status_code


def _event(kind: str, ident: str, message: str, **payload: object) -> dict[str, object]:
    return {"deviceId": "dev1", "event": kind, "id": ident, "webhookId": "w1",
            "payload": {"messageId": message, "recipient": "+8613800138000", **payload}}


def test_webhooks_signed_deduplicated_and_aggregated_per_part(httpserver: HTTPServer) -> None:
    httpserver.expect_request("/webhooks", method="POST").respond_with_json({"id": "x"}, status=201)
    httpserver.expect_oneshot_request("/message").respond_with_handler(accepted)
    transport = gateway(httpserver, options=f"callback=127.0.0.1:0&signing-key={SIGNING}")
    try:
        registered = {json.loads(r.data)["event"] for r, _ in httpserver.log if r.path == "/webhooks"}
        assert registered == {"sms:sent", "sms:delivered", "sms:failed", "sms:received"}
        text = "您好" * 50  # 100 UCS-2 characters: 2 parts
        result = transport.send("+8613800138000", text, key="multi")
        assert result.parts == 2
        url = transport.callback_url
        assert _post_event(url, _event("sms:sent", "e1", "multi", partsCount=2)) == 200
        assert _post_event(url, _event("sms:delivered", "e2", "multi")) == 200
        assert _post_event(url, _event("sms:delivered", "e2", "multi")) == 200  # repeated webhook
        assert transport.book.state("multi") == "sent"  # one part of two: not delivered yet
        assert _post_event(url, _event("sms:delivered", "e3", "multi"), key="wrong") == 403
        assert _post_event(url, _event("sms:delivered", "e3", "multi"), stamp=int(time.time()) - 3600) == 403
        assert transport.book.state("multi") == "sent"
        assert _post_event(url, _event("sms:delivered", "e3", "multi")) == 200
        assert transport.wait_final("multi", 1) == "delivered"
        [report] = transport.reports()
        assert (report.status, report.parts_done, report.parts) == ("delivered", 2, 2)
        reply = {"deviceId": "dev1", "event": "sms:received", "id": "e4",
                 "payload": {"messageId": "abc", "message": "TD", "sender": "+8613800138000",
                             "receivedAt": "2026-12-01T10:00:00.000+08:00"}}
        assert _post_event(url, reply) == 200 and _post_event(url, reply) == 200
        [inbound] = transport.inbound()
        assert (inbound.sender, inbound.text) == ("+8613800138000", "TD")
    finally:
        transport.close()


def test_failed_webhook_fails_the_message(httpserver: HTTPServer) -> None:
    httpserver.expect_request("/webhooks", method="POST").respond_with_json({"id": "x"}, status=201)
    httpserver.expect_oneshot_request("/message").respond_with_handler(accepted)
    transport = gateway(httpserver, options=f"callback=127.0.0.1:0&signing-key={SIGNING}")
    try:
        transport.send("+8613800138000", "hi", key="f1")
        assert _post_event(transport.callback_url, _event("sms:failed", "e9", "f1", reason="Network error")) == 200
        [report] = transport.reports()
    finally:
        transport.close()
    assert report.status == "failed" and report.detail == "Network error"


def test_reset_before_reading_is_retried_once_with_the_same_id() -> None:
    answer = http_answer("202 Accepted", json.dumps({"id": "rst", "state": "Pending"}).encode())
    with dropping_server(["drop-before"], answer) as server:
        transport = open_gateway(f"android-gateway:http://sms:{SECRET}@127.0.0.1:{server.port}")
        try:
            result = transport.send("+8613800138000", "hi", key="rst")
        finally:
            transport.close()
    assert result.references == ("rst",) and len(server.requests) == 1


def test_waiting_for_the_report_polls_without_callbacks(httpserver: HTTPServer) -> None:
    states = ["Sent", "Delivered"]

    def status(request: Request) -> Response:
        state = states.pop(0)
        return Response(json.dumps({"id": "poll-1", "state": state,
                                    "recipients": [{"phoneNumber": "+8613800138000", "state": state}]}),
                        content_type="application/json")

    httpserver.expect_oneshot_request("/message", method="POST").respond_with_handler(accepted)
    httpserver.expect_request("/message/poll-1", method="GET").respond_with_handler(status)
    spec = f"android-gateway:http://sms:{SECRET}@127.0.0.1:{httpserver.port}?poll=0.2"
    transport = open_gateway(spec)
    try:
        transport.send("+8613800138000", "hi", key="poll-1")
        started = time.monotonic()
        assert transport.wait_final("poll-1", 5) == "delivered"
        assert 0.15 < time.monotonic() - started < 3  # one pause between the two queries
    finally:
        transport.close()
    assert [r.path for r, _ in httpserver.log] == ["/message", "/message/poll-1", "/message/poll-1"]


def test_poll_pending_polls_only_unfinished_messages(httpserver: HTTPServer) -> None:
    httpserver.expect_request("/message", method="POST").respond_with_handler(accepted)
    httpserver.expect_request("/message/a", method="GET").respond_with_json({"id": "a", "state": "Delivered"})
    httpserver.expect_request("/message/b", method="GET").respond_with_json({"id": "b", "state": "Pending"})
    transport = gateway(httpserver)
    try:
        transport.send("+8613800138000", "hi", key="a")
        transport.send("+8613800138000", "hi", key="b")
        assert [r.reference for r in transport.poll_pending()] == ["a"]
        assert [r.reference for r in transport.poll_pending()] == []  # a is final: only b asked again
    finally:
        transport.close()
    assert [r.path for r, _ in httpserver.log].count("/message/a") == 1


def test_a_500_is_tried_once_more_with_the_same_message_id(httpserver: HTTPServer) -> None:
    httpserver.expect_ordered_request("/message", method="POST").respond_with_json({"message": "oops"}, status=500)
    httpserver.expect_ordered_request("/message", method="POST").respond_with_handler(accepted)
    httpserver.expect_ordered_request("/message", method="POST").respond_with_json({"message": "oops"}, status=500)
    httpserver.expect_ordered_request("/message", method="POST").respond_with_json({"message": "oops"}, status=500)
    transport = gateway(httpserver)
    try:
        sent = transport.send("+8613800138000", "hi", key="k-1")
        with pytest.raises(KnownError) as caught:
            transport.send("+8613800138000", "again", key="k-2")
    finally:
        transport.close()
    ids = [json.loads(request.data)["id"] for request, _ in httpserver.log]
    assert sent.references == ("k-1",) and ids == ["k-1", "k-1", "k-2", "k-2"]  # the gateway drops a repeat id
    assert caught.value.code == "gateway_server_error" and caught.value.temporary  # twice: back to the queue later
