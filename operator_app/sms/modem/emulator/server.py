"""The virtual modem and its ways of being reached: in-process, TCP, or a pseudo-terminal."""

from __future__ import annotations

import os
import socket
import threading
import time
from collections.abc import Callable
from pathlib import Path

from operator_app.sms.modem.emulator.session import Session
from operator_app.sms.modem.emulator.state import Faults, ModemState, Sent


class VirtualModem:
    """The modem and its ways of being reached."""

    def __init__(self, *, pin: str | None = None, faults: Faults | None = None, log_path: Path | None = None,
                 report_memory: str = "SR", accepts_ds2: bool = True, sr_readable: bool = True) -> None:
        self.state = ModemState(pin=pin, unlocked=pin is None, faults=faults or Faults(), log_path=log_path,
                                report_memory=report_memory, accepts_ds2=accepts_ds2, sr_readable=sr_readable)
        self._stop = threading.Event()
        self._threads: list[threading.Thread] = []
        self._sockets: list[socket.socket] = []
        self._pty_fds: tuple[int, ...] = ()
        self.url = ""

    @property
    def sent(self) -> list[Sent]:
        return self.state.sent

    def inject(self, sender: str, text: str) -> list[int]:
        return self.state.inject(sender, text)

    def deliver_reports(self) -> int:
        """The status reports held back (Faults(report_delay=None)) arrive now, routed as the
        modem's last AT+CNMI said, whether or not anybody is connected."""
        return self.state.deliver_reports()

    def _run_session(self, read: Callable[[], bytes | None], write: Callable[[bytes], None], close: Callable[[], None]) -> None:
        session = Session(self.state, write, close)
        self.state.listeners.append(session.write)
        try:
            while not self._stop.is_set() and session.alive:
                try:
                    data = read()
                except (OSError, ValueError):
                    break
                if data is None:
                    continue
                if not data:
                    break
                session.feed(data)
        finally:
            if session.write in self.state.listeners:
                self.state.listeners.remove(session.write)

    def serve_tcp(self, port: int = 0, host: str = "127.0.0.1") -> str:
        """Listen on TCP; returns the pyserial URL (socket://host:port)."""
        server = socket.create_server((host, port))
        server.settimeout(0.2)
        self._sockets.append(server)
        self.url = f"socket://{host}:{server.getsockname()[1]}"

        def accept_loop() -> None:
            while not self._stop.is_set():
                try:
                    conn, _ = server.accept()
                except TimeoutError:
                    continue
                except OSError:
                    return
                conn.settimeout(0.2)
                # An interactive line protocol: no Nagle delay behind an unacknowledged "> ".
                conn.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
                self._sockets.append(conn)

                def read(c: socket.socket = conn) -> bytes | None:
                    try:
                        return c.recv(4096)
                    except TimeoutError:
                        return None

                def close(c: socket.socket = conn) -> None:
                    try:
                        c.shutdown(socket.SHUT_RDWR)
                    except OSError:
                        pass
                    c.close()

                thread = threading.Thread(target=self._run_session, args=(read, conn.sendall, close), daemon=True)
                thread.start()
                self._threads.append(thread)

        thread = threading.Thread(target=accept_loop, name="virtual-modem-tcp", daemon=True)
        thread.start()
        self._threads.append(thread)
        return self.url

    def serve_pty(self, link: Path | None = None) -> str:
        """A pseudo-terminal; `link` (optional) becomes a symlink to it. Returns the device path."""
        import select
        import tty

        master, slave = os.openpty()
        tty.setraw(slave)
        path = os.ttyname(slave)
        if link is not None:
            link.unlink(missing_ok=True)
            link.symlink_to(path)
            path = str(link)
        self._pty_fds = (master, slave)

        def read() -> bytes | None:
            ready, _, _ = select.select([master], [], [], 0.2)
            if not ready:
                return None
            try:
                return os.read(master, 4096)
            except OSError:  # no one has the slave open right now (EIO): keep serving
                time.sleep(0.05)
                return None

        def write(data: bytes) -> None:
            os.write(master, data)

        thread = threading.Thread(target=self._run_session, args=(read, write, lambda: None), daemon=True)
        thread.start()
        self._threads.append(thread)
        self.url = path
        return path

    def stop(self) -> None:
        self._stop.set()
        for sock in self._sockets:
            try:
                sock.close()
            except OSError:
                pass
        for thread in self._threads:
            thread.join(timeout=2)
        for fd in self._pty_fds:
            try:
                os.close(fd)
            except OSError:
                pass

    def __enter__(self) -> VirtualModem:
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()
