"""A virtual GSM modem speaking the AT dialect of the common USB sticks (Huawei/SIM800/Quectel
flavoured): in-process for demos and tests, on a pseudo-terminal for programs that want a
serial device (the real `gammu` among them), or on TCP.

It decodes every SMS-SUBMIT it receives, logs it as a JSON line, answers with a message
reference, sends a status report when asked, keeps injected inbound messages in "SIM" storage
(+CMTI / AT+CMGL / AT+CMGR / AT+CMGD), and can misbehave on purpose (Faults).
"""

from __future__ import annotations

import json
import logging
import os
import random
import re
import socket
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

from operator_app.sms.pdu import Deliver, PduError, build_deliver, build_status_report, decode

log = logging.getLogger("operator_app.sms.emulator")
CHINA = timezone(timedelta(hours=8))


@dataclass
class Faults:
    cms_every: int = 0  # every Nth send fails with +CMS ERROR (cms_code)
    cms_code: int = 500
    no_network: bool = False
    unplug_after: int = 0  # drop the line after N sends
    delay: float = 0.0  # seconds before every reply
    noise: bool = False  # sprinkle ^RSSI / +CREG lines between replies
    rate_limit: int = 0  # sends allowed per minute, then +CMS ERROR: 42 (congestion)
    report_status: int = 0  # TP-ST of status reports (0 delivered, 0x40+ failed)


@dataclass
class Sent:
    reference: int
    to: str
    text: str
    encoding: str
    concat: tuple[int, int, int] | None
    status_report: bool
    at: str


@dataclass
class ModemState:
    """Shared by every session of one virtual modem (the SIM, the network, what was sent)."""

    pin: str | None = None
    unlocked: bool = True
    manufacturer: str = "huawei"
    model: str = "E3372"
    revision: str = "22.328.62.00.00"
    imei: str = "867123045678901"
    imsi: str = "460001234567890"
    operator: str = "CHINA MOBILE"
    operator_numeric: str = "46000"
    smsc: str = "+8613800100500"
    rssi: int = 22
    faults: Faults = field(default_factory=Faults)
    sent: list[Sent] = field(default_factory=list)
    storage: dict[int, tuple[str, str]] = field(default_factory=dict)  # index -> (stat, pdu)
    next_ref: int = 0
    sends: int = 0
    send_times: list[float] = field(default_factory=list)
    log_path: Path | None = None
    lock: threading.RLock = field(default_factory=threading.RLock)
    listeners: list[Callable[[bytes], None]] = field(default_factory=list)

    def log_json(self, record: dict[str, object]) -> None:
        if self.log_path is not None:
            with self.log_path.open("a", encoding="utf-8") as fh:
                fh.write(json.dumps(record, ensure_ascii=False) + "\n")

    def broadcast(self, data: bytes) -> None:
        for listener in list(self.listeners):
            try:
                listener(data)
            except OSError:
                self.listeners.remove(listener)

    def inject(self, sender: str, text: str, *, when: datetime | None = None) -> list[int]:
        """An inbound message arrives: stored on the SIM and announced with +CMTI."""
        when = when or datetime.now(CHINA)
        with self.lock:
            indexes = []
            reference = random.randrange(256)
            for pdu in build_deliver(sender, text, when, reference=reference, smsc=self.smsc):
                index = max(self.storage, default=-1) + 1
                self.storage[index] = ("REC UNREAD", pdu)
                indexes.append(index)
        for index in indexes:
            self.broadcast(f'\r\n+CMTI: "SM",{index}\r\n'.encode())
        return indexes


class Session:
    """One connection's command interpreter: echo and CNMI are per session, the SIM is shared."""

    def __init__(self, state: ModemState, write: Callable[[bytes], None], close: Callable[[], None]) -> None:
        self.state = state
        self._write_raw = write
        self._close = close
        self.echo = True
        self.cmee = 0
        self.cnmi_ds = 0
        self.creg_mode = 0
        self.cops_format = 0
        self.buffer = bytearray()
        self.pdu_length: int | None = None
        self.alive = True

    def write(self, data: bytes) -> None:
        if self.alive:
            try:
                self._write_raw(data)
            except OSError:  # the other end hung up: this session is over
                self.alive = False

    def feed(self, data: bytes) -> None:
        self.buffer += data
        while self.alive:
            if self.pdu_length is not None:
                end = next((i for i, b in enumerate(self.buffer) if b in (0x1A, 0x1B)), -1)
                if end < 0:
                    return
                body, terminator = bytes(self.buffer[:end]), self.buffer[end]
                del self.buffer[: end + 1]
                length, self.pdu_length = self.pdu_length, None
                if self.echo:
                    self.write(body)
                if terminator == 0x1B:
                    self.write(b"\r\nOK\r\n")  # cancelled, like a real modem
                else:
                    self._submit(body.decode("ascii", errors="replace").strip(), length)
                continue
            cut = next((i for i, b in enumerate(self.buffer) if b in (0x0D, 0x0A)), -1)
            if cut < 0:
                return
            raw = bytes(self.buffer[:cut])
            del self.buffer[: cut + 1]
            line = raw.decode("ascii", errors="replace").strip().lstrip("\x1b")
            if not line:
                continue
            if self.echo:
                self.write(line.encode() + b"\r")
            if self.state.faults.delay:
                time.sleep(self.state.faults.delay)
            self._command(line)
            if self.state.faults.noise:
                self.write(f"\r\n^RSSI:{random.randint(10, 31)}\r\n".encode())

    # replies
    def ok(self, *lines: str) -> None:
        body = "".join(f"\r\n{line}\r\n" for line in lines)
        self.write((body + "\r\nOK\r\n").encode())

    def error(self, kind: str = "", code: int = 0) -> None:
        if kind and self.cmee:
            self.write(f"\r\n+{kind} ERROR: {code}\r\n".encode())
        else:
            self.write(b"\r\nERROR\r\n")

    def _command(self, line: str) -> None:
        upper = line.upper()
        if not upper.startswith("AT"):
            self.error()
            return
        body = line[2:]
        if not body or body[0] not in "+^$%":
            self._basic(body.upper())
            return
        match = re.match(r"([+^$%][A-Za-z0-9]+)(.*)", body)
        if match is None:
            self.error()
            return
        name, arg = match.group(1).upper(), match.group(2).strip()
        handler = getattr(self, "_at_" + name[1:].lower(), None)
        if handler is None:
            self.error("CME", 4)
            return
        handler(arg)

    def _basic(self, body: str) -> None:
        for match in re.finditer(r"([A-Z&])(\d*)", body):
            cmd, value = match.groups()
            if cmd == "E":
                self.echo = value == "1"
            elif cmd == "I":
                self.ok(self.state.manufacturer.upper(), self.state.model, f"Revision: {self.state.revision}")
                return
            elif cmd == "Z":
                self.echo, self.cmee, self.cnmi_ds = True, 0, 0
        self.ok()

    def _needs_sim(self) -> bool:
        if not self.state.unlocked:
            self.error("CME", 11)
            return False
        return True

    # identification
    def _at_cgmi(self, arg: str) -> None:
        self.ok(self.state.manufacturer)

    def _at_cgmm(self, arg: str) -> None:
        self.ok(self.state.model)

    def _at_cgmr(self, arg: str) -> None:
        self.ok(self.state.revision)

    def _at_cgsn(self, arg: str) -> None:
        self.ok(self.state.imei)

    _at_gmi, _at_gmm, _at_gmr, _at_gsn = _at_cgmi, _at_cgmm, _at_cgmr, _at_cgsn

    def _at_cimi(self, arg: str) -> None:
        if self._needs_sim():
            self.ok(self.state.imsi)

    # settings that only need an OK
    def _at_cmee(self, arg: str) -> None:
        if arg.startswith("="):
            self.cmee = int(arg[1:] or 0) if arg[1:].strip().isdigit() else 0
            self.ok()
        elif arg == "?":
            self.ok(f"+CMEE: {self.cmee}")
        else:
            self.ok("+CMEE: (0-2)")

    def _at_cmgf(self, arg: str) -> None:
        if arg == "?":
            self.ok("+CMGF: 0")
        elif arg == "=?":
            self.ok("+CMGF: (0-1)")
        elif arg.strip() in ("=0", "=1"):
            self.ok() if arg.strip() == "=0" else self.error("CMS", 303)
        else:
            self.error("CMS", 304)

    def _at_cnmi(self, arg: str) -> None:
        if arg == "=?":
            self.ok("+CNMI: (0-2),(0-3),(0,2),(0-2),(0,1)")
            return
        if arg == "?":
            self.ok(f"+CNMI: 2,1,0,{self.cnmi_ds},0")
            return
        values = arg.lstrip("=").split(",")
        self.cnmi_ds = int(values[3]) if len(values) > 3 and values[3].strip().isdigit() else 0
        self.ok()

    def _at_cscs(self, arg: str) -> None:
        self.ok('+CSCS: ("GSM","UCS2","IRA")') if arg == "=?" else self.ok('+CSCS: "GSM"') if arg == "?" else self.ok()

    def _at_cpms(self, arg: str) -> None:
        used = len(self.state.storage)
        if arg == "=?":
            self.ok('+CPMS: ("SM","ME"),("SM","ME"),("SM","ME")')
        elif arg == "?":
            self.ok(f'+CPMS: "SM",{used},50,"SM",{used},50,"SM",{used},50')
        else:
            self.ok(f"+CPMS: {used},50,{used},50,{used},50")

    def _at_csca(self, arg: str) -> None:
        self.ok(f'+CSCA: "{self.state.smsc}",145') if arg == "?" else self.ok()

    def _at_csmp(self, arg: str) -> None:
        self.ok("+CSMP: 17,167,0,0") if arg == "?" else self.ok()

    def _at_cfun(self, arg: str) -> None:
        self.ok("+CFUN: 1") if arg == "?" else self.ok("+CFUN: (0-1),(0-1)") if arg == "=?" else self.ok()

    def _at_cnma(self, arg: str) -> None:
        self.ok()

    def _at_curc(self, arg: str) -> None:  # Huawei: unsolicited reports on/off
        self.ok()

    def _at_cgatt(self, arg: str) -> None:
        attached = 0 if self.state.faults.no_network or not self.state.unlocked else 1
        self.ok(f"+CGATT: {attached}") if arg == "?" else self.ok()

    def _at_creg(self, arg: str, name: str = "+CREG") -> None:
        if arg.startswith("=") and arg != "=?":
            self.creg_mode = int(arg[1:]) if arg[1:].isdigit() else 0
            self.ok()
            return
        if arg == "=?":
            self.ok(f"{name}: (0-2)")
            return
        stat = 0 if self.state.faults.no_network or not self.state.unlocked else 1
        extra = ',"2A2B","0C3D"' if self.creg_mode == 2 and stat == 1 else ""
        self.ok(f"{name}: {self.creg_mode},{stat}{extra}")

    def _at_cgreg(self, arg: str) -> None:
        self._at_creg(arg, "+CGREG")

    def _at_cops(self, arg: str) -> None:
        if arg == "?":
            if self.state.faults.no_network or not self.state.unlocked:
                self.ok("+COPS: 0")
            elif self.cops_format == 2:
                self.ok(f'+COPS: 0,2,"{self.state.operator_numeric}",2')
            else:
                self.ok(f'+COPS: 0,0,"{self.state.operator}",2')
        elif arg == "=?":
            self.ok(f'+COPS: (2,"{self.state.operator}","CMCC","{self.state.operator_numeric}",2),,(0-4),(0-2)')
        else:
            values = arg.lstrip("=").split(",")
            if len(values) > 1 and values[0].strip() == "3" and values[1].strip().isdigit():
                self.cops_format = int(values[1])
            self.ok()

    def _at_csq(self, arg: str) -> None:
        rssi = 99 if self.state.faults.no_network else self.state.rssi
        self.ok(f"+CSQ: {rssi},99")

    def _at_cpin(self, arg: str) -> None:
        if arg == "?":
            self.ok("+CPIN: READY" if self.state.unlocked else "+CPIN: SIM PIN")
            return
        if arg == "=?":
            self.ok()
            return
        given = arg.lstrip("=").strip().strip('"')
        if self.state.unlocked:
            self.error("CME", 3)
        elif given == self.state.pin:
            self.state.unlocked = True
            self.ok()
        else:
            self.error("CME", 16)

    # messages
    def _at_cmgs(self, arg: str) -> None:
        if not self._needs_sim():
            return
        try:
            length = int(arg.lstrip("=").split(",")[0])
        except ValueError:
            self.error("CMS", 304)
            return
        self.pdu_length = length
        self.write(b"\r\n> ")

    def _submit(self, pdu: str, length: int) -> None:
        state, faults = self.state, self.state.faults
        try:
            message = decode(pdu)
        except PduError:
            self.error("CMS", 304)
            return
        if not isinstance(message, Deliver) or len(bytes.fromhex(pdu)) - 1 - bytes.fromhex(pdu)[0] != length:
            self.error("CMS", 304)
            return
        with state.lock:
            now = time.monotonic()
            if faults.rate_limit:
                state.send_times = [t for t in state.send_times if now - t < 60]
            if faults.no_network:
                self.error("CMS", 331)
                return
            if faults.rate_limit and len(state.send_times) >= faults.rate_limit:
                self.error("CMS", 42)
                return
            state.sends += 1
            if faults.cms_every and state.sends % faults.cms_every == 0:
                self.error("CMS", faults.cms_code)
                return
            if faults.rate_limit:
                state.send_times.append(now)
            reference = state.next_ref
            state.next_ref = (state.next_ref + 1) % 256
            concat = (message.concat.reference, message.concat.total, message.concat.index) if message.concat else None
            record = Sent(reference, message.number, message.text, message.encoding, concat, message.status_report,
                          datetime.now(UTC).isoformat())
            state.sent.append(record)
            state.log_json({"event": "sent", **record.__dict__})
        self.ok(f"+CMGS: {reference}")
        if message.status_report and self.cnmi_ds:
            self._report(reference, message.number)
        if faults.unplug_after and state.sends >= faults.unplug_after:
            self.alive = False
            self._close()

    def _report(self, reference: int, number: str) -> None:
        now = datetime.now(CHINA).replace(microsecond=0)
        pdu = build_status_report(reference, number, self.state.faults.report_status, now, now, smsc=self.state.smsc)
        length = len(bytes.fromhex(pdu)) - 1 - bytes.fromhex(pdu)[0]
        self.write(f"\r\n+CDS: {length}\r\n{pdu}\r\n".encode())

    def _at_cmgl(self, arg: str) -> None:
        if not self._needs_sim():
            return
        wanted = arg.lstrip("=").strip().strip('"')
        stats = {"0": "REC UNREAD", "1": "REC READ", "4": None, "ALL": None}
        want = stats.get(wanted.upper(), None)
        lines = []
        with self.state.lock:
            for index in sorted(self.state.storage):
                stat, pdu = self.state.storage[index]
                if want is not None and stat != want:
                    continue
                code = 0 if stat == "REC UNREAD" else 1
                lines += [f"+CMGL: {index},{code},,{len(bytes.fromhex(pdu)) - 1 - bytes.fromhex(pdu)[0]}", pdu]
                self.state.storage[index] = ("REC READ", pdu)
        self.ok(*lines)

    def _at_cmgr(self, arg: str) -> None:
        index = int(arg.lstrip("=") or -1) if arg.lstrip("=").isdigit() else -1
        with self.state.lock:
            if index not in self.state.storage:
                self.error("CMS", 321)
                return
            stat, pdu = self.state.storage[index]
            self.state.storage[index] = ("REC READ", pdu)
        code = 0 if stat == "REC UNREAD" else 1
        self.ok(f"+CMGR: {code},,{len(bytes.fromhex(pdu)) - 1 - bytes.fromhex(pdu)[0]}", pdu)

    def _at_inject(self, arg: str) -> None:
        """AT$INJECT=<sender>,<text as UTF-8 hex>: a private command of the virtual modem, so a
        test or a demo driving a standalone `modem emulate` can make an inbound message arrive."""
        sender, _, hex_text = arg.lstrip("=").partition(",")
        try:
            text = bytes.fromhex(hex_text.strip().strip('"')).decode("utf-8")
        except ValueError:
            self.error("CMS", 304)
            return
        self.ok()
        self.state.inject(sender.strip().strip('"'), text)

    def _at_cmgd(self, arg: str) -> None:
        parts = arg.lstrip("=").split(",")
        with self.state.lock:
            if len(parts) > 1 and parts[1].strip() == "4":
                self.state.storage.clear()
            else:
                try:
                    del self.state.storage[int(parts[0])]
                except (KeyError, ValueError):
                    self.error("CMS", 321)
                    return
        self.ok()


class VirtualModem:
    """The modem and its ways of being reached."""

    def __init__(self, *, pin: str | None = None, faults: Faults | None = None, log_path: Path | None = None) -> None:
        self.state = ModemState(pin=pin, unlocked=pin is None, faults=faults or Faults(), log_path=log_path)
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
