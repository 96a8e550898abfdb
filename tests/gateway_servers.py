"""Test peers for the HTTP gateways that pytest-httpserver cannot play: a raw TCP server that
drops the connection before or after reading the request, then answers normally."""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field


@dataclass
class DroppingServer:
    """Each connection takes the next behaviour from `script`: "drop-before" resets the
    connection without reading (the client cannot know whether it was read), "drop-after" reads the whole request then closes, "answer" replies `answer`.
    `requests` holds every request read in full (what the gateway "received")."""

    script: list[str]
    answer: bytes = b""
    requests: list[bytes] = field(default_factory=list)
    port: int = 0

    def serve(self, sock: socket.socket) -> None:
        while True:
            try:
                conn, _ = sock.accept()
            except OSError:
                return
            with conn:
                action = self.script.pop(0) if self.script else "answer"
                if action == "drop-before":
                    time.sleep(0.2)  # the client has written its request by now; it is never read
                    conn.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, b"\x01\x00\x00\x00\x00\x00\x00\x00")
                    continue  # closed with a reset, nothing read
                request = _read_request(conn)
                self.requests.append(request)
                if action == "answer":
                    conn.sendall(self.answer)


def _read_request(conn: socket.socket) -> bytes:
    data = b""
    while b"\r\n\r\n" not in data:
        chunk = conn.recv(65536)
        if not chunk:
            return data
        data += chunk
    head, _, body = data.partition(b"\r\n\r\n")
    length = 0
    for line in head.split(b"\r\n"):
        if line.lower().startswith(b"content-length:"):
            length = int(line.split(b":", 1)[1])
    while len(body) < length:
        chunk = conn.recv(65536)
        if not chunk:
            break
        body += chunk
    return head + b"\r\n\r\n" + body


@contextmanager
def dropping_server(script: list[str], answer: bytes = b"") -> Iterator[DroppingServer]:
    server = DroppingServer(list(script), answer)
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    sock.listen(8)
    server.port = int(sock.getsockname()[1])
    thread = threading.Thread(target=server.serve, args=(sock,), daemon=True)
    thread.start()
    try:
        yield server
    finally:
        try:
            sock.shutdown(socket.SHUT_RDWR)  # wakes the blocked accept()
        except OSError:
            pass
        sock.close()
        thread.join(2)


def http_answer(status: str, body: bytes, content_type: str = "application/json") -> bytes:
    return (f"HTTP/1.1 {status}\r\nContent-Type: {content_type}\r\nContent-Length: {len(body)}\r\n"
            "Connection: close\r\n\r\n").encode() + body
