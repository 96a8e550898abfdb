"""The delivery-report callback server against hostile clients (issue 21, item 7), over real
sockets: a silent connection is closed after the read timeout; a POST without a Content-Length
is 411, a negative or non-numeric one 400, a body over 64 KB 413 (unread); connections beyond
the bound are answered 503 at once, and the server keeps serving the honest ones."""

from __future__ import annotations

import socket
import time
from collections.abc import Iterator

import pytest

from operator_app.sms.gateways import callback
from operator_app.sms.gateways.callback import CallbackRequest, CallbackServer


def _running(monkeypatch: pytest.MonkeyPatch, bound: int) -> CallbackServer:
    monkeypatch.setattr(callback, "READ_TIMEOUT", 0.5)
    monkeypatch.setattr(callback, "MAX_CONNECTIONS", bound)
    seen: list[CallbackRequest] = []
    running = CallbackServer()
    running.route("/dlr", lambda request: (seen.append(request), (200, "ok"))[1])
    running.seen = seen  # type: ignore[attr-defined]
    return running


@pytest.fixture
def server(monkeypatch: pytest.MonkeyPatch) -> Iterator[CallbackServer]:
    """Three connections at most: the bound is reached with a few sockets."""
    running = _running(monkeypatch, 3)
    yield running
    running.stop()


@pytest.fixture
def roomy_server(monkeypatch: pytest.MonkeyPatch) -> Iterator[CallbackServer]:
    """The shipped bound, for requests made one after another: on a loaded machine the thread of
    an answered connection may not have given its slot back when the next one connects."""
    running = _running(monkeypatch, callback.MAX_CONNECTIONS)
    yield running
    running.stop()


def _exchange(server: CallbackServer, raw: bytes) -> bytes:
    with socket.create_connection((server.host, server.port), timeout=5) as conn:
        conn.sendall(raw)
        answer = b""
        while chunk := conn.recv(65536):
            answer += chunk
            if b"\r\n\r\n" in answer and answer.endswith((b"ok", b"required", b"content-length", b"too large")):
                break
        return answer


def _status(answer: bytes) -> int:
    return int(answer.split(b" ", 2)[1])


def test_content_length_is_required_whole_and_bounded(roomy_server: CallbackServer) -> None:
    server = roomy_server
    head = b"POST /dlr HTTP/1.1\r\nHost: x\r\n"
    assert _status(_exchange(server, head + b"\r\nabc")) == 411
    assert _status(_exchange(server, head + b"Transfer-Encoding: chunked\r\n\r\n3\r\nabc\r\n0\r\n\r\n")) == 411
    assert _status(_exchange(server, head + b"Content-Length: -5\r\n\r\n")) == 400
    assert _status(_exchange(server, head + b"Content-Length: abc\r\n\r\n")) == 400
    started = time.perf_counter()  # refused from the header alone: the 70 KB are never waited for
    assert _status(_exchange(server, head + b"Content-Length: 70000\r\n\r\nonly a little")) == 413
    assert time.perf_counter() - started < callback.READ_TIMEOUT
    assert server.seen == []  # type: ignore[attr-defined]
    body = b"id=1&status=delivered"
    assert _status(_exchange(server, head + b"Content-Length: %d\r\n\r\n" % len(body) + body)) == 200
    assert _status(_exchange(server, b"GET /dlr?id=2 HTTP/1.1\r\nHost: x\r\n\r\n")) == 200
    assert [r.body for r in server.seen] == [body, b""]  # type: ignore[attr-defined]


def test_a_silent_or_slow_client_is_cut_off(server: CallbackServer) -> None:
    for partial in (b"", b"POST /dlr HTTP/1.1\r\nHost: x\r\n", b"POST /dlr HTTP/1.1\r\nContent-Length: 10\r\n\r\nab"):
        with socket.create_connection((server.host, server.port), timeout=5) as conn:
            conn.sendall(partial)
            started = time.perf_counter()
            assert conn.recv(1024) == b""  # closed without an answer, by the timeout
            assert callback.READ_TIMEOUT * 0.8 < time.perf_counter() - started < callback.READ_TIMEOUT + 2


def test_connections_beyond_the_bound_are_turned_away_and_the_server_recovers(server: CallbackServer) -> None:
    silent = [socket.create_connection((server.host, server.port), timeout=5) for _ in range(3)]
    try:
        time.sleep(0.1)  # all three taken by their threads
        extra = _exchange(server, b"GET /dlr HTTP/1.1\r\nHost: x\r\n\r\n")
        assert _status(extra) == 503
    finally:
        for conn in silent:
            conn.close()
    deadline = time.monotonic() + 5
    while time.monotonic() < deadline:  # the three threads see the close and give their slots back
        answer = _exchange(server, b"GET /dlr HTTP/1.1\r\nHost: x\r\n\r\n")
        if _status(answer) == 200:
            break
        time.sleep(0.05)
    assert _status(answer) == 200
