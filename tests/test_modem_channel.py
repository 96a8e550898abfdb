"""The AT protocol fed scripted vendor transcripts (no I/O), and the channel over a scripted port."""

from __future__ import annotations

import threading
import time

import pytest

from operator_app.sms.modem.channel import (
    ATChannel,
    ATProtocol,
    CommandError,
    ModemTimeout,
    PortGone,
    Urc,
    _Pending,
)


def _protocol() -> tuple[ATProtocol, list[Urc]]:
    urcs: list[Urc] = []
    return ATProtocol(urcs.append), urcs


def _run(proto: ATProtocol, command: str, *chunks: bytes, prompt: bool = False) -> _Pending:
    expect = "+" + command[3:].split("=")[0].split("?")[0] + ":" if command.startswith("AT+") else None
    pending = _Pending(command, expect, prompt)
    proto.pending = pending
    for chunk in chunks:
        proto.feed(chunk)
    return pending


def test_echo_urc_and_reply_are_told_apart() -> None:
    proto, urcs = _protocol()
    # Huawei E3372 with echo on, a +CMTI and an ^RSSI arriving in the middle of AT+CSQ's reply.
    pending = _run(proto, "AT+CSQ", b"AT+CSQ\r\r\n^RSSI:18\r\n+CS", b"Q: 18,99\r\n\r\n+CMTI: \"SM\",3\r\n", b"\r\nOK\r\n")
    assert pending.lines == ["+CSQ: 18,99"] and pending.final == "OK"
    assert [u.name for u in urcs] == ["^RSSI", "+CMTI"]


def test_creg_reply_is_not_taken_for_a_urc_but_a_bare_creg_is() -> None:
    proto, urcs = _protocol()
    proto.feed(b"\r\n+CREG: 1\r\n")  # unsolicited registration change, nothing pending
    pending = _run(proto, "AT+CREG?", b"\r\n+CREG: 2,1,\"2A2B\",\"0C3D\"\r\n\r\nOK\r\n")
    assert pending.lines == ['+CREG: 2,1,"2A2B","0C3D"']
    assert [u.line for u in urcs] == ["+CREG: 1"]


def test_cds_takes_its_pdu_line_even_while_a_send_waits() -> None:
    proto, urcs = _protocol()
    pending = _run(proto, "AT+CMGS=20", b"\r\n+CDS: 26\r\n0891683108100005F006", b"00\r\n\r\n+CMGS: 7\r\n\r\nOK\r\n")
    assert pending.lines == ["+CMGS: 7"]
    assert urcs[0].name == "+CDS" and urcs[0].pdu == "0891683108100005F00600"


@pytest.mark.parametrize("reply, final", [
    (b"\r\nERROR\r\n", "ERROR"), (b"\r\n+CMS ERROR: 331\r\n", "+CMS ERROR: 331"),
    (b"\r\n+CME ERROR: 11\r\n", "+CME ERROR: 11"),
])
def test_final_results(reply: bytes, final: str) -> None:
    proto, _ = _protocol()
    assert _run(proto, "AT+CMGF=0", reply).final == final


def test_prompt_without_newline_is_seen() -> None:
    proto, _ = _protocol()
    pending = _run(proto, "AT+CMGS=20", b"AT+CMGS=20\r", b"\r\n> ", prompt=True)
    assert pending.prompt and pending.done.is_set()


class ScriptedPort:
    """A port that answers from a script: {command: reply bytes}; None means silence."""

    def __init__(self, script: dict[str, bytes | None]) -> None:
        self.script = script
        self.out: list[bytes] = []
        self.inbox = bytearray()
        self.lock = threading.Lock()
        self.closed = False
        self.written: list[bytes] = []

    def write(self, data: bytes) -> int:
        self.written.append(data)
        for command in data.replace(b"\x1b", b"").decode().split("\r"):
            if command:
                reply = self.script.get(command, b"\r\nERROR\r\n")
                if reply is not None:
                    with self.lock:
                        self.inbox += reply
        return len(data)

    def read(self, size: int = 1) -> bytes:
        if self.closed:
            raise OSError("device reports readiness to read but returned no data (unplugged)")
        time.sleep(0.01)
        with self.lock:
            data, self.inbox[:] = bytes(self.inbox[:size]), self.inbox[size:]
        return data

    @property
    def in_waiting(self) -> int:
        return len(self.inbox)

    def close(self) -> None:
        self.closed = True


def test_timeout_then_resync_before_the_next_command() -> None:
    port = ScriptedPort({"AT+SLOW": None, "AT": b"\r\nOK\r\n", "AT+CSQ": b"\r\n+CSQ: 20,99\r\n\r\nOK\r\n"})
    channel = ATChannel(port)
    try:
        with pytest.raises(ModemTimeout):
            channel.command("AT+SLOW", timeout=0.3)
        assert channel.command("AT+CSQ") == ["+CSQ: 20,99"]
        assert b"\x1bAT\r" in port.written  # the resync came first
    finally:
        channel.close()


def test_error_instead_of_prompt_and_missing_prompt() -> None:
    port = ScriptedPort({"AT+CMGS=10": b"\r\n+CMS ERROR: 331\r\n", "AT+CMGS=11": None, "AT": b"\r\nOK\r\n"})
    channel = ATChannel(port)
    try:
        with pytest.raises(CommandError) as err:
            channel.command_with_pdu("AT+CMGS=10", "00", timeout=1)
        assert err.value.info.code == 331 and err.value.code == "modem_no_network"  # an office fault
        with pytest.raises(ModemTimeout):
            channel.command_with_pdu("AT+CMGS=11", "00", prompt_timeout=0.3)
        assert port.written[-1] == b"\x1b"  # the half-started message was abandoned
    finally:
        channel.close()


def test_unplugged_port_fails_fast() -> None:
    port = ScriptedPort({"AT": b"\r\nOK\r\n"})
    channel = ATChannel(port)
    assert channel.command("AT") == []
    port.closed = True
    time.sleep(0.1)
    started = time.monotonic()
    with pytest.raises(PortGone):
        channel.command("AT", timeout=5)
    assert time.monotonic() - started < 1
    channel.close()
