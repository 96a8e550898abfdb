"""The virtual modem's SMS commands: AT+CMGS (with the faults around a send), status reports,
SIM storage (AT+CMGL / AT+CMGR / AT+CMGD) and the private AT$INJECT."""

from __future__ import annotations

import time
from collections.abc import Callable
from datetime import UTC, datetime

from operator_app.sms.modem.emulator.state import ModemState, Sent
from operator_app.sms.pdu import Deliver, PduError, decode


def tpdu_length(pdu: str) -> int:
    """The length AT+CMGS and +CMGL announce: the PDU without its SMSC field."""
    data = bytes.fromhex(pdu)
    return len(data) - 1 - data[0]


class MessageCommands:
    """Mixed into Session, whose framing, replies and per-session settings these use."""

    state: ModemState
    echo: bool
    memory: str  # <mem1> of AT+CPMS: where AT+CMGL / AT+CMGR / AT+CMGD look
    pdu_length: int | None
    alive: bool
    _close: Callable[[], None]

    def write(self, data: bytes) -> None:
        raise NotImplementedError

    def ok(self, *lines: str) -> None:
        raise NotImplementedError

    def error(self, kind: str = "", code: int = 0) -> None:
        raise NotImplementedError

    def _needs_sim(self) -> bool:
        raise NotImplementedError

    def hang_up(self) -> None:
        """The line drops, as when the stick is pulled out."""
        self.alive = False
        self._close()

    def _at_cmgs(self, arg: str) -> None:
        if not self._needs_sim():
            return
        try:
            length = int(arg.lstrip("=").split(",")[0])
        except ValueError:
            self.error("CMS", 304)
            return
        with self.state.lock:
            self.state.prompts += 1
            drop = self.state.faults.drop_before_prompt == self.state.prompts
        if drop:
            self.hang_up()
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
        if not isinstance(message, Deliver) or tpdu_length(pdu) != length:
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
                          datetime.now(UTC).isoformat(), pdu)
            state.sent.append(record)
            if message.status_report and faults.report_delay is None:
                state.owed.append((reference, message.number))  # held, and known before the answer
            state.log_json({"event": "sent", **record.__dict__})
            state.accepted += 1
            accepted = state.accepted
        if faults.drop_after_pdu == accepted:
            self.hang_up()  # on the air, but the answer never leaves the modem
            return
        if faults.mute_after_pdu == accepted:
            return
        self.ok(f"+CMGS: {reference}")
        if message.status_report and faults.report_delay is not None:
            state.owe_report(reference, message.number, self.write)
        if faults.unplug_after and state.sends >= faults.unplug_after:
            self.hang_up()

    def _store(self) -> dict[int, tuple[str, str]]:
        return self.state.store_of(self.memory) or self.state.storage

    def _at_cmgl(self, arg: str) -> None:
        if not self._needs_sim():
            return
        wanted = arg.lstrip("=").strip().strip('"')
        stats = {"0": "REC UNREAD", "1": "REC READ", "4": None, "ALL": None}
        want = stats.get(wanted.upper(), None)
        lines = []
        with self.state.lock:
            store = self._store()
            for index in sorted(store):
                stat, pdu = store[index]
                if want is not None and stat != want:
                    continue
                code = 0 if stat == "REC UNREAD" else 1
                lines += [f"+CMGL: {index},{code},,{tpdu_length(pdu)}", pdu]
                store[index] = ("REC READ", pdu)
        self.ok(*lines)

    def _at_cmgr(self, arg: str) -> None:
        index = int(arg.lstrip("=") or -1) if arg.lstrip("=").isdigit() else -1
        with self.state.lock:
            store = self._store()
            if index not in store:
                self.error("CMS", 321)
                return
            stat, pdu = store[index]
            store[index] = ("REC READ", pdu)
        code = 0 if stat == "REC UNREAD" else 1
        self.ok(f"+CMGR: {code},,{tpdu_length(pdu)}", pdu)

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
            store = self._store()
            if len(parts) > 1 and parts[1].strip() == "4":
                store.clear()
            else:
                try:
                    del store[int(parts[0])]
                except (KeyError, ValueError):
                    self.error("CMS", 321)
                    return
        self.ok()
