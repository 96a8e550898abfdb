"""The `sms send` service over the Transport protocol: bad input opens nothing, the outcome comes
from the transport's answer and its delivery reports, and the transport is always closed."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from operator_app.errors import KnownError, UsageError
from operator_app.services.sending.sms_send import overall_status, recipient, send_sms
from operator_app.sms.connect import EmulatorTransport, open_transport, parse_transport
from operator_app.sms.modem.driver import Modem
from operator_app.sms.modem.emulator import Faults, VirtualModem
from operator_app.sms.transport import (
    AmbiguousSend,
    ReportSource,
    Transport,
    TransportSpec,
    TransportSpecError,
)


class Recorder:
    """Opens the real transport and remembers that it did, and whether it was closed."""

    def __init__(self) -> None:
        self.opened: list[TransportSpec] = []
        self.closed = 0

    def __call__(self, spec: TransportSpec) -> Transport:
        self.opened.append(spec)
        transport = open_transport(spec)
        recorder = self
        close = transport.close

        def closing() -> None:
            recorder.closed += 1
            close()

        transport.close = closing  # type: ignore[method-assign]
        return transport


@pytest.mark.parametrize("to, text, code", [
    ("13800138000", "", "sms_empty_text"), ("13800138000", " \n\t", "sms_empty_text"),
    ("13800138000", "\u200b\ufeff\u3000", "sms_empty_text"),
    ("12345", "hi", "sms_invalid_number"), ("13800138000", "长" * 700, "sms_too_long"),
])
def test_bad_input_opens_nothing(to: str, text: str, code: str) -> None:
    opener = Recorder()
    with pytest.raises(UsageError) as err:
        send_sms("emulator:", to, text, opener=opener)
    assert err.value.code == code and err.value.exit_code == 2 and opener.opened == []


def test_sent_and_delivered_through_the_emulator_transport() -> None:
    opener = Recorder()
    outcome = send_sms("emulator:", "138-0013-8000", "您好" * 40, wait_report=5, opener=opener)
    assert (outcome.to, outcome.encoding, outcome.parts, outcome.status) == ("+8613800138000", "ucs2", 2, "delivered")
    assert all(ref.isdigit() for ref in outcome.references) and opener.closed == 1


def test_an_ambiguous_send_is_raised_and_the_transport_closed() -> None:
    with VirtualModem(faults=Faults(drop_after_pdu=1)) as vm:
        opener = Recorder()
        with pytest.raises(AmbiguousSend):
            send_sms(f"modem:{vm.serve_tcp()}", "13800138000", "hi", opener=opener)
        assert opener.closed == 1 and len(vm.sent) == 1


def test_every_transport_here_implements_the_protocol() -> None:
    emulator = open_transport("emulator:")
    try:
        assert isinstance(emulator, EmulatorTransport)
        assert isinstance(emulator, Transport) and isinstance(emulator, ReportSource)
        status = emulator.status()
        assert (status.name, status.ready, status.detail, status.signal_bars) == ("emulator:", True, "CHINA MOBILE", 5)
        sent = emulator.send("+8613800138000", "hi")
        assert sent.transport == "emulator:" and sent.references and sent.status == "sent"
    finally:
        emulator.close()
    with VirtualModem() as vm:
        modem = open_transport(f"modem:{vm.serve_tcp()}?gap=0&daily=0")
        try:
            assert isinstance(modem, Modem) and isinstance(modem, Transport) and isinstance(modem, ReportSource)
            assert modem.status().ready
        finally:
            modem.close()
        assert not modem.status().ready  # closed: says so instead of raising


def test_overall_status_from_the_parts_reports() -> None:
    refs = ("1", "2")
    assert overall_status({}, refs) == "sent"
    assert overall_status({"1": "delivered"}, refs) == "pending"
    assert overall_status({"1": "delivered", "2": "delivered"}, refs) == "delivered"
    assert overall_status({"1": "delivered", "2": "failed"}, refs) == "failed"


def test_numbers_and_specs() -> None:
    assert recipient("+44 7700 900123") == "+447700900123"
    with pytest.raises(UsageError):
        recipient("+12")
    spec = parse_transport("modem:/dev/ttyUSB0?baud=9600&pin=1234")
    assert (spec.baud, spec.pin) == (9600, "1234") and "1234" not in str(spec)
    for bad in ("modem:", "modem:COM3?gap=soon", "modem:COM3?=x", "modem:COM3?a=1&&b"):
        with pytest.raises(TransportSpecError):
            parse_transport(bad)
    with pytest.raises(KnownError) as err:
        parse_transport("pigeon://u:p@h")
    assert err.value.params == {"spec": "pigeon:"}


def test_the_cli_says_an_ambiguous_send_in_one_translated_line() -> None:
    """The real process: the driver's own log line about the dropped line must not come before
    the operator's one line (it is English, and reads as a second error)."""
    import subprocess
    import sys
    from pathlib import Path

    with VirtualModem(faults=Faults(drop_after_pdu=1)) as vm:
        done = subprocess.run([sys.executable, str(Path(__file__).resolve().parent.parent / "main.py"), "--lang",
                               "zh_CN", "sms", "send", "--transport", f"modem:{vm.serve_tcp()}", "--to",
                               "13800138000", "--text", "您好", "--no-report"],
                              capture_output=True, text=True, timeout=60)
    lines = done.stderr.splitlines()
    assert done.returncode == 1 and len(lines) == 1, done.stderr
    assert "WARNING" not in done.stderr and any("\u4e00" <= ch <= "\u9fff" for ch in lines[0])


def _old_overall_status(outcomes: dict[str, str], references: tuple[str, ...]) -> str:
    """sms_send's own rule before it used domain.outbox.parts_outcome."""
    values = set(outcomes.values())
    if "failed" in values:
        return "failed"
    if outcomes and values == {"delivered"} and set(outcomes) >= set(references):
        return "delivered"
    return "pending" if outcomes else "sent"


@settings(derandomize=True, max_examples=300)
@given(st.lists(st.sampled_from("123456"), min_size=1, max_size=5, unique=True).flatmap(
    lambda refs: st.tuples(st.just(tuple(refs)), st.dictionaries(st.sampled_from(refs),
                                                                st.sampled_from(("delivered", "pending", "failed"))))))
def test_overall_status_is_the_outboxs_parts_rule(case: tuple[tuple[str, ...], dict[str, str]]) -> None:
    """`sms send --wait-report` says what the outbox would say of the same parts' reports."""
    refs, outcomes = case
    assert overall_status(outcomes, refs) == _old_overall_status(outcomes, refs)
