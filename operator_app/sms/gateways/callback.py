"""The local HTTP server gateways call back with delivery reports and replies.

Started when a gateway needs it (`callback=HOST:PORT` on the spec; port 0 picks a free one), one
per address, shared by the gateways that use it, each under its own path. Each gateway checks
its own shared secret (a per-message token for Kannel, HMAC signatures for android-sms-gateway
and Twilio); a request that fails the check is answered 403 and changes nothing. Where the
gateway cannot reach the office PC, the gateways poll instead.

Anyone on the network can reach the port, so it is bounded: a connection that sends nothing for
READ_TIMEOUT seconds is closed; a POST must say its Content-Length (411 without one, 400 for one
that is not a whole number of 0 or more) and a body may be at most MAX_BODY bytes (413, unread);
at most MAX_CONNECTIONS connections are served at once, others are answered 503 and closed.
"""

from __future__ import annotations

import hashlib
import hmac
import logging
import threading
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from socket import socket
from typing import Any
from urllib.parse import parse_qsl, urlsplit

log = logging.getLogger(__name__)

MAX_BODY = 64 * 1024  # a delivery report or a reply is well under a kilobyte
READ_TIMEOUT = 10.0  # seconds a connection may stay silent while a request is read
MAX_CONNECTIONS = 32


@dataclass(frozen=True)
class CallbackRequest:
    method: str
    path: str
    query: Mapping[str, str]
    headers: Mapping[str, str]  # lower-case names
    body: bytes
    url: str  # the full URL the gateway called, as it signed it


Handler = Callable[[CallbackRequest], tuple[int, str]]


def token_for(secret: str, reference: str) -> str:
    """A per-message token: the gateway gets it in the callback URL, we recompute it on arrival,
    so nothing has to be stored and the shared secret itself never leaves this PC."""
    return hmac.new(secret.encode(), reference.encode(), hashlib.sha256).hexdigest()[:32]


class CallbackServer:
    def __init__(self, host: str = "127.0.0.1", port: int = 0) -> None:
        self._routes: dict[str, Handler] = {}
        server = self

        class _Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"
            timeout = READ_TIMEOUT  # on the socket: a silent client ends in a timeout, not a held thread

            def _body_length(self) -> int | None:
                """The body's length, or None once the request was answered with an error."""
                text = self.headers.get("Content-Length")
                if text is None or self.headers.get("Transfer-Encoding"):
                    if self.command == "GET" and not self.headers.get("Transfer-Encoding"):
                        return 0
                    self._refuse(411, "length required")
                    return None
                if not text.strip().isdigit():  # also refuses a negative length
                    self._refuse(400, "bad content-length")
                    return None
                if int(text) > MAX_BODY:
                    self._refuse(413, "body too large")
                    return None
                return int(text)

            def _refuse(self, status: int, text: str) -> None:
                self.close_connection = True  # the body, if any, is left unread
                self._answer(status, text, close=True)

            def _answer(self, status: int, text: str, *, close: bool = False) -> None:
                data = text.encode()
                self.send_response(status)
                self.send_header("Content-Type", "text/plain; charset=utf-8")
                self.send_header("Content-Length", str(len(data)))
                if close:
                    self.send_header("Connection", "close")
                self.end_headers()
                self.wfile.write(data)

            def _serve(self) -> None:
                length = self._body_length()
                if length is None:
                    return
                body = self.rfile.read(length) if length else b""
                if len(body) < length:  # the client went away (or timed out) mid-body
                    self.close_connection = True
                    return
                parts = urlsplit(self.path)
                handler = server._routes.get(parts.path)
                if handler is None:
                    status, text = 404, "not found"
                else:
                    host_header = str(self.headers.get("Host") or f"{server.host}:{server.port}")
                    request = CallbackRequest(self.command, parts.path, dict(parse_qsl(parts.query, keep_blank_values=True)),
                                              {k.lower(): v for k, v in self.headers.items()}, body,
                                              f"http://{host_header}{self.path}")
                    try:
                        status, text = handler(request)
                    except Exception:
                        log.exception("callback handler failed on %s", parts.path)
                        status, text = 500, "error"
                self._answer(status, text)

            do_GET = do_POST = _serve

            def log_message(self, format: str, *args: object) -> None:  # query strings carry tokens
                return

        self._httpd = _BoundedServer((host, port), _Handler)
        self._httpd.daemon_threads = True
        address = self._httpd.server_address
        self.host: str = str(address[0])
        self.port = int(address[1])
        self._thread = threading.Thread(target=self._httpd.serve_forever, kwargs={"poll_interval": 0.1},
                                        name=f"callback:{self.port}", daemon=True)
        self._thread.start()
        self._users = 0

    @property
    def base_url(self) -> str:
        return f"http://{self.host}:{self.port}"

    def route(self, path: str, handler: Handler) -> str:
        self._routes[path] = handler
        return self.base_url + path

    def unroute(self, path: str) -> None:
        self._routes.pop(path, None)

    def stop(self) -> None:
        self._httpd.shutdown()
        self._httpd.server_close()
        self._thread.join(5)


class _BoundedServer(ThreadingHTTPServer):
    """One thread per connection, at most MAX_CONNECTIONS at once: another is answered 503 and
    closed at once (its thread would otherwise wait on a client that may never speak)."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._slots = threading.BoundedSemaphore(MAX_CONNECTIONS)

    def process_request(self, request: Any, client_address: Any) -> None:
        if not self._slots.acquire(blocking=False):
            _turn_away(request)
            self.shutdown_request(request)
            return
        try:
            super().process_request(request, client_address)
        except BaseException:
            self._slots.release()
            raise

    def process_request_thread(self, request: Any, client_address: Any) -> None:
        try:
            super().process_request_thread(request, client_address)
        finally:
            self._slots.release()


def _turn_away(request: socket) -> None:
    try:
        request.settimeout(1.0)
        request.sendall(b"HTTP/1.1 503 Service Unavailable\r\nContent-Length: 0\r\nConnection: close\r\n\r\n")
    except OSError:
        pass


_servers: dict[tuple[str, int], CallbackServer] = {}
_lock = threading.Lock()


def parse_address(text: str) -> tuple[str, int]:
    host, _, port = text.rpartition(":")
    return (host or "127.0.0.1"), int(port or 0)


def acquire(address: str) -> CallbackServer:
    """The callback server on `address` (HOST:PORT), started on first use."""
    host, port = parse_address(address)
    with _lock:
        server = _servers.get((host, port)) if port else None
        if server is None:
            server = CallbackServer(host, port)
            _servers[(host, server.port)] = server
            if port == 0:
                _servers[(host, 0)] = server
        server._users += 1
        return server


def release(server: CallbackServer) -> None:
    with _lock:
        server._users -= 1
        if server._users > 0:
            return
        for key in [k for k, v in _servers.items() if v is server]:
            del _servers[key]
    server.stop()
