"""Ports the channel can own: pyserial's serial ports (COM3, /dev/ttyUSB0, loop://) and a small
TCP port of our own (socket://host:port, a modem behind ser2net or `modem emulate --tcp`)."""

from __future__ import annotations

import select
import socket
import struct
import sys
from typing import Any, Protocol

from operator_app.errors import BAD_INPUT, os_reason
from operator_app.sms.modem.errors import ModemError, ModemFault
from operator_app.sms.redact import redact


class Port(Protocol):
    """What the channel needs: read() returns the bytes that are there (up to `size`) as soon as
    there are any, or b"" after a short timeout; it raises when the line is gone."""

    def read(self, size: int = 1) -> bytes: ...

    def write(self, data: bytes) -> int | None: ...

    def close(self) -> None: ...



class SerialPort:
    """pyserial's Serial as a Port: the first byte with a timeout, then whatever else is waiting
    (Serial.read(n) would wait for all n bytes)."""

    def __init__(self, serial: Any) -> None:
        self.serial = serial

    def read(self, size: int = 1) -> bytes:
        data: bytes = self.serial.read(1)
        if data:
            waiting = min(self.serial.in_waiting, size - 1)
            if waiting > 0:
                data += self.serial.read(waiting)
        return data

    def write(self, data: bytes) -> int | None:
        result: int | None = self.serial.write(data)
        return result

    def close(self) -> None:
        self.serial.close()


class SocketPort:
    """socket://host:port as a Port. pyserial's own socket handler reports in_waiting as 0 or 1
    and drops the bytes it already read when the peer closes in the same call (the final OK
    before an unplug), so TCP modems get this small class instead."""

    def __init__(self, host: str, port: int, timeout: float = 0.1) -> None:
        self.sock = socket.create_connection((host, port), timeout=5)
        self.sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        self.sock.settimeout(None)  # blocking at Python's level; waits are bounded in the kernel:
        # Windows takes milliseconds as a DWORD, POSIX a struct timeval.
        slice_ = struct.pack("L", 50) if sys.platform == "win32" else struct.pack("ll", 0, 50_000)
        self.sock.setsockopt(socket.SOL_SOCKET, socket.SO_RCVTIMEO, slice_)
        self.timeout = timeout

    def read(self, size: int = 1) -> bytes:
        ready, _, _ = select.select([self.sock], [], [], self.timeout)
        if not ready:
            return b""
        data = self.sock.recv(size)
        if not data:
            raise OSError("socket disconnected")
        return data

    def read_wait(self, size: int) -> bytes:
        """Block up to SO_RCVTIMEO (set at connect) for bytes; b"" when none came."""
        try:
            data = self.sock.recv(size)
        except BlockingIOError:
            return b""
        if not data:
            raise OSError("socket disconnected")
        return data

    def read_now(self, size: int) -> bytes:
        """What is there without waiting; b"" when another thread already took it."""
        try:
            data = self.sock.recv(size, socket.MSG_DONTWAIT)
        except BlockingIOError:
            return b""
        if not data:
            raise OSError("socket disconnected")
        return data

    def fileno(self) -> int:
        return self.sock.fileno()

    def write(self, data: bytes) -> int | None:
        self.sock.sendall(data)
        return len(data)

    def close(self) -> None:
        try:
            self.sock.shutdown(socket.SHUT_RDWR)
        except OSError:
            pass
        self.sock.close()


def _port_reason(exc: BaseException) -> str:
    """Why a port did not open, as a why_ code: pyserial wraps the system's error (its errno, or
    the OSError it was raised from), and its own English stays in the log."""
    for candidate in (exc, exc.__cause__, exc.__context__):
        if isinstance(candidate, OSError) and os_reason(candidate) != "why_other":
            return os_reason(candidate)
    text = str(exc).lower()
    if "no such file" in text or "could not find" in text or "filenotfound" in text:
        return "why_not_found"
    if "denied" in text or "permission" in text:
        return "why_permission"
    if "busy" in text or "lock" in text:
        return "why_busy"
    return "why_other"


def open_port(url: str, *, baud: int = 115200) -> Port:
    """COM3, /dev/ttyUSB0 and loop:// through pyserial's serial_for_url; socket://host:port directly."""
    import serial

    try:
        if url.startswith("socket://"):
            host, _, port = url.removeprefix("socket://").rstrip("/").rpartition(":")
            return SocketPort(host.strip("[]"), int(port))
        return SerialPort(serial.serial_for_url(url, baudrate=baud, timeout=0.1, write_timeout=5))
    except (serial.SerialException, OSError, ValueError) as exc:
        if isinstance(exc, ValueError):  # the port's name or settings cannot be one: bad input
            raise ModemError("modem_port_open_failed", exit_code=BAD_INPUT, port=redact(url),
                             detail=_port_reason(exc)) from exc
        # missing, busy or unplugged: a fault of the office's setup, found at run time
        raise ModemFault("modem_port_open_failed", port=redact(url), detail=_port_reason(exc)) from exc


def list_serial_ports() -> list[tuple[str, str]]:
    """The serial ports this computer has now, as (device, description), for a port picker;
    a modem behind TCP (socket://) or a pseudo-terminal is typed, not listed."""
    from serial.tools import list_ports

    return sorted((p.device, p.description or "") for p in list_ports.comports())
