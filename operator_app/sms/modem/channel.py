"""The AT channel: one reader thread owns the port and feeds bytes to a protocol object that
does no I/O (pyserial's split). Every line is checked against the unsolicited result codes,
also while a command is waiting; a command ends only on an exact final result or on the "> "
prompt, and every wait has a deadline. After a timeout the channel resynchronises before the
next command.
"""

from __future__ import annotations

import logging
import queue
import re
import select
import socket
import struct
import sys
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any, Protocol

from operator_app.errors import BAD_INPUT, KnownError
from operator_app.sms.modem.errors import ErrorInfo, explain

log = logging.getLogger("operator_app.sms.modem")

FINAL_OK = {"OK", "CONNECT"}
FINAL_ERROR = {"ERROR", "NO CARRIER", "NO DIALTONE", "BUSY", "NO ANSWER", "COMMAND NOT SUPPORT", "TOO MANY PARAMETERS"}
_CME = re.compile(r"^\+(CME|CMS) ERROR:\s*(.*)$")
# Unsolicited result codes. "+CDS:" and "+CMT:" carry their PDU on the next line.
URC_PREFIXES = ("+CMTI:", "+CDSI:", "+CDS:", "+CMT:", "+CBM:", "RING", "+CRING:", "+CLIP:", "^RSSI:", "^BOOT:",
                "^MODE:", "^SRVST:", "^SIMST:", "^HCSQ:", "^DSFLOWRPT:", "^CEND:", "^ORIG:", "^CONF:", "^CONN:",
                "+CREG:", "+CGREG:", "+CEREG:", "+CUSD:", "+QIND:", "+CPIN:", "RDY", "Call Ready", "SMS Ready",
                "+CFUN:", "+PACSP", "^STIN:", "+STIN:", "NORMAL POWER DOWN", "UNDER-VOLTAGE")
_PDU_FOLLOWS = ("+CDS:", "+CMT:", "+CBM:")
READER_QUIET = 0.05  # seconds without a command before the reader thread reads a TCP modem
_EOL = re.compile(rb"[\r\n]")
_COMMAND_PREFIX = re.compile(r"^AT([+^$%][A-Z0-9]+)", re.IGNORECASE)


class ModemError(KnownError):
    """Anything that went wrong talking to the modem; `code` names the message to show."""

    temporary = True


class CommandError(ModemError):
    """The modem answered ERROR, +CME ERROR or +CMS ERROR."""

    def __init__(self, command: str, info: ErrorInfo) -> None:
        super().__init__("modem_command_error", command=command, error=info.text("en"))
        self.command = command
        self.info = info
        self.temporary = info.temporary


class ModemTimeout(ModemError):
    def __init__(self, command: str, seconds: float) -> None:
        super().__init__("modem_timeout", command=command, seconds=seconds)


class PortGone(ModemError):
    """The port closed under us (USB unplugged, TCP peer gone)."""

    def __init__(self, detail: str) -> None:
        super().__init__("modem_port_gone", detail=detail)


class Port(Protocol):
    """What the channel needs: read() returns the bytes that are there (up to `size`) as soon as
    there are any, or b"" after a short timeout; it raises when the line is gone."""

    def read(self, size: int = 1) -> bytes: ...

    def write(self, data: bytes) -> int | None: ...

    def close(self) -> None: ...


@dataclass
class Urc:
    name: str  # the prefix without ":" ("+CMTI", "RING")
    line: str
    pdu: str | None = None


@dataclass
class _Pending:
    command: str
    expect: str | None  # response prefix, e.g. "+CSQ:"
    wants_prompt: bool = False
    lines: list[str] = field(default_factory=list)
    final: str | None = None
    prompt: bool = False
    done: threading.Event = field(default_factory=threading.Event)
    # Written by the reader thread the moment "> " arrives, without waking the caller first:
    # one thread hand-off less per message part.
    after_prompt: bytes | None = None


class ATProtocol:
    """Bytes in, events out; no I/O and no clock, so transcripts can be fed to it directly."""

    def __init__(self, on_urc: Callable[[Urc], None], on_prompt: Callable[[_Pending], None] | None = None) -> None:
        self.on_urc = on_urc
        self.on_prompt = on_prompt
        self.buffer = bytearray()
        self.pending: _Pending | None = None
        self._urc_waiting_pdu: Urc | None = None
        self.lock = threading.Lock()

    def feed(self, data: bytes) -> None:
        with self.lock:
            self.buffer += data
            self._drain()

    def _drain(self) -> None:
        buffer = self.buffer
        while buffer:
            blank = len(buffer) - len(buffer.lstrip(b"\r\n"))  # empty lines between replies
            if blank:
                del buffer[:blank]
                if not buffer:
                    return
            pending = self.pending
            if pending is not None and pending.wants_prompt and not pending.prompt:
                if buffer.startswith(b"> ") or buffer == b">":
                    pending.prompt = True
                    del buffer[:]
                    if pending.after_prompt is not None and self.on_prompt is not None:
                        self.on_prompt(pending)
                    else:
                        pending.done.set()
                    return
            eol = _EOL.search(buffer)
            if eol is None:
                return
            cut = eol.start()
            raw = bytes(buffer[:cut])
            del buffer[: cut + 1]
            line = raw.decode("utf-8", errors="replace").strip()
            if line:
                self._line(line)

    def _line(self, line: str) -> None:
        if self._urc_waiting_pdu is not None:
            urc, self._urc_waiting_pdu = self._urc_waiting_pdu, None
            urc.pdu = line
            self.on_urc(urc)
            return
        pending = self.pending
        if pending is not None and (line in FINAL_OK or line in FINAL_ERROR or _CME.match(line)):
            if line.upper() == pending.command.upper():
                return
            pending.final = line
            pending.done.set()
            return
        if self._is_urc(line, pending):
            name = line.split(":", 1)[0]
            urc = Urc(name, line)
            if line.startswith(_PDU_FOLLOWS):
                self._urc_waiting_pdu = urc
            else:
                self.on_urc(urc)
            return
        if pending is None:
            log.debug("stray line from modem: %r", line)
            return
        if line.upper() == pending.command.upper():  # echo
            return
        pending.lines.append(line)

    @staticmethod
    def _is_urc(line: str, pending: _Pending | None) -> bool:
        if not line.startswith(URC_PREFIXES):
            return False
        if pending is not None and pending.expect and line.startswith(pending.expect):
            return False
        return True


@lru_cache(maxsize=256)
def _expected_prefix(command_name: str) -> str | None:
    """AT+CSQ -> "+CSQ:", AT+CMGS=12 -> "+CMGS:" (the reply line that is not a URC)."""
    match = _COMMAND_PREFIX.match(command_name)
    return match.group(1).upper() + ":" if match else None


class ATChannel:
    def __init__(self, port: Port, *, on_urc: Callable[[Urc], None] | None = None) -> None:
        self.port = port
        self.urcs: queue.Queue[Urc] = queue.Queue()
        self._handler = on_urc
        self.protocol = ATProtocol(self._queue_urc, self._on_prompt)
        self._command_lock = threading.Lock()
        self._closed = threading.Event()
        self.gone: str | None = None
        self._needs_resync = False
        self._io_lock = threading.Lock()
        self._shared_reads = hasattr(port, "read_now") and hasattr(port, "fileno")
        self._reader_may_read = threading.Event()
        self._reader_may_read.set()
        self._last_command_end = 0.0
        self._reader = threading.Thread(target=self._read_loop, name="modem-reader", daemon=True)
        self._dispatcher = threading.Thread(target=self._dispatch_loop, name="modem-urc", daemon=True)
        self._reader.start()
        self._dispatcher.start()

    # threads
    def _read_loop(self) -> None:
        while not self._closed.is_set():
            try:
                if self._shared_reads:
                    # While commands follow each other their threads read everything (URCs
                    # included); the reader steps in once the line has been quiet a moment, so
                    # it never competes with a waiting command for the bytes or the GIL (it is
                    # not even woken: it polls with sleep()).
                    quiet = time.monotonic() - self._last_command_end
                    if not self._reader_may_read.is_set() or quiet < READER_QUIET:
                        time.sleep(max(READER_QUIET - quiet, 0.01))
                        continue
                    self._reader_pump(0.1)
                    continue
                data = self.port.read(4096)
            except Exception as exc:  # pyserial raises SerialException/OSError when the port vanishes
                self._mark_gone(exc)
                return
            self._feed(data)

    def _mark_gone(self, exc: BaseException) -> None:
        if not self._closed.is_set() and self.gone is None:
            self.gone = str(exc) or type(exc).__name__
            log.warning("modem port gone: %s", self.gone)
        pending = self.protocol.pending
        if pending is not None:
            pending.done.set()

    # On ports that allow it (TCP) the thread that waits for a reply reads it itself, so a reply
    # costs no hand-off between threads; the reader thread reads only while no command waits,
    # which is how URCs still arrive. Both feed the protocol under one lock, so bytes stay in order.
    def _read_reply(self) -> None:
        """The waiting command's read: one blocking recv bounded by the port's kernel timeout."""
        with self._io_lock:
            self._feed(self.port.read_wait(65536))  # type: ignore[attr-defined]

    def _reader_pump(self, wait: float) -> None:
        ready, _, _ = select.select([self.port.fileno()], [], [], wait)  # type: ignore[attr-defined]
        if ready:
            with self._io_lock:
                if not self._reader_may_read.is_set():
                    return  # a command's thread is reading: leave the bytes to it
                self._feed(self.port.read_now(65536))  # type: ignore[attr-defined]

    def _feed(self, data: bytes) -> None:
        if data:
            log.debug("<- %r", data)
            self.protocol.feed(data)

    def _wait(self, pending: _Pending, timeout: float) -> bool:
        if not self._shared_reads:
            return pending.done.wait(timeout)
        deadline = time.monotonic() + timeout
        self._reader_may_read.clear()
        try:
            while not pending.done.is_set():
                left = deadline - time.monotonic()
                if left <= 0 or self.gone is not None:
                    return pending.done.is_set()
                try:
                    self._read_reply()
                except Exception as exc:
                    self._mark_gone(exc)
            return True
        finally:
            self._last_command_end = time.monotonic()
            self._reader_may_read.set()

    def _on_prompt(self, pending: _Pending) -> None:
        assert pending.after_prompt is not None
        try:
            self.port.write(pending.after_prompt)
        except Exception as exc:
            self.gone = str(exc) or type(exc).__name__
            pending.done.set()

    def _queue_urc(self, urc: Urc) -> None:
        self.urcs.put(urc)

    def _dispatch_loop(self) -> None:
        while not self._closed.is_set():
            try:
                urc = self.urcs.get(timeout=0.2)
            except queue.Empty:
                continue
            if self._handler is not None:
                try:
                    self._handler(urc)
                except Exception:
                    log.exception("URC handler failed for %s", urc.line)

    # commands
    def command(self, command: str, *, timeout: float = 10.0) -> list[str]:
        """Send one AT command and return its response lines; raise on ERROR or timeout."""
        with self._command_lock:
            self._resync_if_needed()
            pending = self._start(command, wants_prompt=False)
            self._write((command + "\r").encode())
            return self._finish(pending, timeout)

    def command_with_pdu(self, command: str, pdu: str, *, timeout: float = 30.0, prompt_timeout: float = 5.0) -> list[str]:
        """AT+CMGS=<n>: wait for "> ", send the PDU and Ctrl-Z, wait for the result."""
        with self._command_lock:
            self._resync_if_needed()
            pending = self._start(command, wants_prompt=True)
            pending.after_prompt = pdu.encode() + b"\x1a"
            self._write((command + "\r").encode())
            if not self._wait(pending, prompt_timeout) and not pending.prompt:
                with self.protocol.lock:
                    if not pending.prompt:  # no prompt yet: make sure the PDU never goes out late
                        pending.after_prompt = None
                        self.protocol.pending = None
                if not pending.prompt:
                    self._write(b"\x1b")  # abandon: no half-typed message left in the modem
                    self._abandon(pending, command, prompt_timeout)
            return self._finish(pending, timeout)

    def _start(self, command: str, *, wants_prompt: bool) -> _Pending:
        if self.gone is not None:
            raise PortGone(self.gone)
        expect = _expected_prefix(command.partition("=")[0])
        pending = _Pending(command, expect, wants_prompt)
        with self.protocol.lock:
            self.protocol.pending = pending
        log.debug("-> %s", command)
        return pending

    def _write(self, data: bytes) -> None:
        try:
            self.port.write(data)
        except Exception as exc:
            self.gone = str(exc) or type(exc).__name__
            raise PortGone(self.gone) from exc

    def _finish(self, pending: _Pending, timeout: float) -> list[str]:
        if (not pending.done.is_set() and not self._wait(pending, timeout)) or (
                pending.final is None and self.gone is None):
            self._abandon(pending, pending.command, timeout)
        self._check_gone(pending)
        with self.protocol.lock:
            self.protocol.pending = None
        final = pending.final or ""
        if final in FINAL_OK:
            return pending.lines
        match = _CME.match(final)
        if match:
            try:
                code: int | None = int(match.group(2).strip())
            except ValueError:
                code = None
            raise CommandError(pending.command, explain(match.group(1), code))
        raise CommandError(pending.command, explain("ERROR", None))

    def _check_gone(self, pending: _Pending) -> None:
        if self.gone is not None and pending.final is None:
            with self.protocol.lock:
                self.protocol.pending = None
            raise PortGone(self.gone)

    def _abandon(self, pending: _Pending, command: str, timeout: float) -> None:
        self._check_gone(pending)
        with self.protocol.lock:
            self.protocol.pending = None
        self._needs_resync = True
        raise ModemTimeout(command, timeout)

    def _resync_if_needed(self) -> None:
        """After a timeout the modem may still owe us a reply: talk until a plain AT gets OK."""
        if not self._needs_resync:
            return
        for _ in range(4):
            time.sleep(0.2)
            with self.protocol.lock:
                self.protocol.buffer.clear()
            pending = self._start("AT", wants_prompt=False)
            self._write(b"\x1bAT\r")
            # A plain AT answers a bare OK; an OK that comes with lines is the late reply of the
            # command that timed out, so probe again.
            if self._wait(pending, 2.0) and pending.final in FINAL_OK and not pending.lines:
                time.sleep(0.1)  # let a straggling OK arrive while nothing is pending
                with self.protocol.lock:
                    self.protocol.pending = None
                    self.protocol.buffer.clear()
                self._needs_resync = False
                return
        with self.protocol.lock:
            self.protocol.pending = None
        raise ModemTimeout("AT", 6.0)

    def close(self) -> None:
        self._closed.set()
        try:
            self.port.close()
        except Exception:
            log.debug("closing the port failed", exc_info=True)
        self._reader.join(timeout=2)
        self._dispatcher.join(timeout=2)


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


def open_port(url: str, *, baud: int = 115200) -> Port:
    """COM3, /dev/ttyUSB0 and loop:// through pyserial's serial_for_url; socket://host:port directly."""
    import serial

    try:
        if url.startswith("socket://"):
            host, _, port = url.removeprefix("socket://").rstrip("/").rpartition(":")
            return SocketPort(host.strip("[]"), int(port))
        return SerialPort(serial.serial_for_url(url, baudrate=baud, timeout=0.1, write_timeout=5))
    except (serial.SerialException, OSError, ValueError) as exc:
        detail = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
        raise ModemError("modem_port_open_failed", exit_code=BAD_INPUT, port=url, detail=detail) from exc
