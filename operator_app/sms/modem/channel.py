"""The AT channel: one reader thread owns the port and feeds bytes to a protocol object that
does no I/O (pyserial's split). Every line is checked against the unsolicited result codes,
also while a command is waiting; a command ends only on an exact final result or on the "> "
prompt, and every wait has a deadline. After a timeout the channel resynchronises before the
next command.

For AT+CMGS the channel knows whether the PDU was written: a failure before that (no prompt,
the line gone) provably sent nothing; after it, the failure is `Unconfirmed`.
"""

from __future__ import annotations

import logging
import queue
import select
import threading
import time
from collections.abc import Callable

from operator_app.sms.modem.errors import (
    CommandError,
    ModemError,
    ModemTimeout,
    PortGone,
    Unconfirmed,
    command_error,
    explain,
)
from operator_app.sms.modem.ports import Port, SerialPort, SocketPort, open_port
from operator_app.sms.modem.protocol import (
    _CME,
    FINAL_ERROR,
    FINAL_OK,
    URC_PREFIXES,
    ATProtocol,
    Urc,
    _expected_prefix,
    _Pending,
)
from operator_app.sms.redact import redact

__all__ = [
    "FINAL_ERROR",
    "FINAL_OK",
    "URC_PREFIXES",
    "ATChannel",
    "ATProtocol",
    "CommandError",
    "ModemError",
    "ModemTimeout",
    "Port",
    "PortGone",
    "SerialPort",
    "SocketPort",
    "Unconfirmed",
    "Urc",
    "_Pending",
    "open_port",
]

log = logging.getLogger("operator_app.sms.modem")
READER_QUIET = 0.05  # seconds without a command before the reader thread reads a TCP modem


class ATChannel:
    def __init__(self, port: Port, *, on_urc: Callable[[Urc], None] | None = None) -> None:
        self.port = port
        self.urcs: queue.Queue[Urc | None] = queue.Queue()  # None: close() wakes the dispatcher
        self.urcs_queued = 0  # the seq of the latest notice read off the port
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
                    # not even woken: it polls, sleeping on the close event so close() ends it).
                    quiet = time.monotonic() - self._last_command_end
                    if not self._reader_may_read.is_set() or quiet < READER_QUIET:
                        self._closed.wait(max(READER_QUIET - quiet, 0.01))
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
            if log.isEnabledFor(logging.DEBUG):
                log.debug("<- %s", redact(repr(data)))
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
        pending.pdu_written = True  # before the write: a write that fails half-way may have gone
        try:
            self.port.write(pending.after_prompt)
        except Exception as exc:
            self.gone = str(exc) or type(exc).__name__
            pending.done.set()

    def _queue_urc(self, urc: Urc) -> None:
        self.urcs_queued += 1  # the reader thread is the only writer
        urc.seq = self.urcs_queued
        self.urcs.put(urc)

    def _dispatch_loop(self) -> None:
        while not self._closed.is_set():
            try:
                urc = self.urcs.get(timeout=0.2)
            except queue.Empty:
                continue
            if urc is not None and self._handler is not None:
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
        """AT+CMGS=<n>: wait for "> ", send the PDU and Ctrl-Z, wait for the result.

        Raises PortGone or ModemTimeout only when the PDU was provably never written (the part is
        not on the air); once it was written, a lost line or a missing answer is `Unconfirmed`.
        An ERROR answer is CommandError either way: the modem said the part did not go."""
        with self._command_lock:
            self._resync_if_needed()
            pending = self._start(command, wants_prompt=True)
            pending.after_prompt = pdu.encode() + b"\x1a"
            self._write((command + "\r").encode())
            try:
                if not self._wait(pending, prompt_timeout) and not pending.prompt:
                    with self.protocol.lock:
                        if not pending.prompt:  # no prompt yet: make sure the PDU never goes out late
                            pending.after_prompt = None
                            self.protocol.pending = None
                    if not pending.prompt:
                        self._write(b"\x1b")  # abandon: no half-typed message left in the modem
                        self._abandon(pending, command, prompt_timeout)
                return self._finish(pending, timeout)
            except (PortGone, ModemTimeout) as exc:
                if pending.pdu_written:
                    raise Unconfirmed(exc) from exc
                raise

    def _start(self, command: str, *, wants_prompt: bool) -> _Pending:
        if self.gone is not None:
            raise PortGone(self.gone)
        expect = _expected_prefix(command.partition("=")[0])
        pending = _Pending(command, expect, wants_prompt)
        with self.protocol.lock:
            self.protocol.pending = pending
        if log.isEnabledFor(logging.DEBUG):
            log.debug("-> %s", redact(command))
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
            raise command_error(pending.command, explain(match.group(1), code))
        raise command_error(pending.command, explain("ERROR", None))

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
        self.urcs.put(None)  # the dispatcher ends now, not at its next poll: a run ends when its modem is closed
        try:
            self.port.close()
        except Exception:
            log.debug("closing the port failed", exc_info=True)
        self._reader.join(timeout=2)
        self._dispatcher.join(timeout=2)
