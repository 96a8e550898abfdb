"""One connection's AT command interpreter: framing, echo, identification, settings and status.
The SMS commands live in `messages.MessageCommands`, mixed in here."""

from __future__ import annotations

import random
import re
import time
from collections.abc import Callable

from operator_app.sms.modem.emulator.messages import MessageCommands
from operator_app.sms.modem.emulator.state import ModemState


class Session(MessageCommands):
    """One connection's command interpreter: echo and CNMI are per session, the SIM is shared."""

    def __init__(self, state: ModemState, write: Callable[[bytes], None], close: Callable[[], None]) -> None:
        self.state = state
        self._write_raw = write
        self._close = close
        self.echo = True
        self.cmee = 0
        self.memory = "SM"
        self.creg_mode = 0
        self.cops_format = 0
        self.buffer = bytearray()
        self.pdu_length: int | None = None
        self.alive = True

    @property
    def cnmi_ds(self) -> int:
        """How status reports are routed: the modem's setting, not this connection's."""
        return self.state.cnmi_ds

    @cnmi_ds.setter
    def cnmi_ds(self, value: int) -> None:
        self.state.cnmi_ds = value

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
                self.echo, self.cmee, self.cnmi_ds, self.memory = True, 0, 0, "SM"
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
            self.ok("+CNMI: (0-2),(0-3),(0,2),(0-2),(0,1)" if self.state.accepts_ds2 else
                    "+CNMI: (0-2),(0-3),(0,2),(0,1),(0,1)")
            return
        if arg == "?":
            self.ok(f"+CNMI: 2,1,0,{self.cnmi_ds},0")
            return
        values = arg.lstrip("=").split(",")
        ds = int(values[3]) if len(values) > 3 and values[3].strip().isdigit() else 0
        if ds > 2 or (ds == 2 and not self.state.accepts_ds2):
            self.error("CMS", 303)
            return
        self.cnmi_ds = ds
        self.ok()

    def _at_cscs(self, arg: str) -> None:
        self.ok('+CSCS: ("GSM","UCS2","IRA")') if arg == "=?" else self.ok('+CSCS: "GSM"') if arg == "?" else self.ok()

    def _at_cpms(self, arg: str) -> None:
        """<mem1> (read, list, delete) is this connection's; "SR" exists where reports have a
        memory of their own."""
        state, cap = self.state, self.state.capacity
        used = len(state.storage)
        if arg == "=?":
            first = '("SM","ME","SR")' if state.store_of("SR") is not None else '("SM","ME")'
            self.ok(f'+CPMS: {first},("SM","ME"),("SM","ME")')
            return
        if arg == "?":
            mine = len(self._store())
            self.ok(f'+CPMS: "{self.memory}",{mine},{cap},"SM",{used},{cap},"SM",{used},{cap}')
            return
        wanted = arg.lstrip("=").split(",")[0].strip().strip('"').upper()
        if state.store_of(wanted) is None:
            self.error("CMS", 302)
            return
        self.memory = wanted
        self.ok(f"+CPMS: {len(self._store())},{cap},{used},{cap},{used},{cap}")

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
