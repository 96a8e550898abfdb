"""Our driver against the virtual modem over TCP and on a pseudo-terminal: the same suite."""

from __future__ import annotations

import json
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from operator_app import i18n
from operator_app.sms.modem.channel import CommandError, ModemError, ModemTimeout
from operator_app.sms.modem.driver import Inbound, Modem, csq_to_dbm, dbm_to_bars, detect_port
from operator_app.sms.modem.emulator import Faults, VirtualModem
from operator_app.sms.modem.pool import ModemPool
from operator_app.sms.pdu import StatusReport
from operator_app.sms.transport import TransportFault

LONG_ZH = "【某某小贷】尊敬的张先生，您的借款（合同HT2026001）本期应还1,200.00元已逾期5天，请尽快通过官方渠道还款。如有疑问请致电4008001234。回T退订。" * 2


@pytest.fixture(params=["tcp", "pty"])
def modem_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[tuple[VirtualModem, str]]:
    vm = VirtualModem(log_path=tmp_path / "sent.jsonl")
    url = vm.serve_tcp() if request.param == "tcp" else vm.serve_pty(tmp_path / "ttyVIRT0")
    yield vm, url
    vm.stop()


def test_init_info_send_and_delivery_reports(modem_url: tuple[VirtualModem, str], tmp_path: Path) -> None:
    vm, url = modem_url
    reports: list[StatusReport] = []
    with Modem(url, on_report=reports.append) as modem:
        info = modem.info()
        assert (info.manufacturer, info.model, info.registered, info.operator) == ("huawei", "E3372", True, "CHINA MOBILE")
        assert info.sim == "46000******7890" and info.signal_dbm == -69 and info.bars == 5
        short = modem.send("+8613800138000", "Your payment is due")
        long = modem.send("+8613800138001", LONG_ZH)
        assert (short.encoding, short.parts) == ("gsm7", 1)
        assert (long.encoding, long.parts) == ("ucs2", 3) and len(set(long.references)) == 3
        got = modem.wait_reports(long, 5)
        assert set(got) == set(long.references) and set(got.values()) == {"delivered"}
    assert [s.to for s in vm.sent] == ["+8613800138000"] + ["+8613800138001"] * 3
    assert "".join(s.text for s in vm.sent[1:]) == LONG_ZH
    logged = [json.loads(line) for line in (tmp_path / "sent.jsonl").read_text().splitlines()]
    assert len(logged) == 4 and logged[0]["text"] == "Your payment is due"
    # stored by the modem (AT+CNMI ds=2) until somebody commits them, not pushed to on_report
    assert reports == [] and len(vm.state.reports) == 4


def test_inbound_multipart_is_reassembled_and_announced(modem_url: tuple[VirtualModem, str]) -> None:
    vm, url = modem_url
    received: list[Inbound] = []
    with Modem(url, on_message=received.append) as modem:
        vm.inject("+8613912345678", "退订")
        vm.inject("+8613912345679", "我已经还款了，请核实。" * 10)
        deadline = time.monotonic() + 5
        while len(received) < 2 and time.monotonic() < deadline:
            time.sleep(0.05)
        assert sorted(m.text for m in received) == sorted(["退订", "我已经还款了，请核实。" * 10])
        deadline = time.monotonic() + 5
        while modem.list_messages() and time.monotonic() < deadline:  # deleted once handled
            time.sleep(0.05)
        assert modem.list_messages() == []
    assert vm.state.storage == {}


def test_pin_needed_wrong_and_right() -> None:
    with VirtualModem(pin="1234") as vm:
        url = vm.serve_tcp()
        with pytest.raises(ModemError) as err:
            Modem(url).open()
        assert err.value.code == "modem_pin_needed"
        with pytest.raises(ModemError) as err:
            Modem(url, pin="0000").open()
        assert err.value.code == "modem_pin_wrong"
        with Modem(url, pin="1234") as modem:
            assert modem.info().registered


def test_no_network_and_cms_errors_are_classified() -> None:
    with VirtualModem(faults=Faults(no_network=True)) as vm:
        with Modem(vm.serve_tcp()) as modem:
            assert not modem.info().registered
            with pytest.raises(CommandError) as err:
                modem.send("+8613800138000", "hi")
            # no network is the modem's fault, not the message's: an office fault, nothing sent
            assert err.value.info.code == 331 and isinstance(err.value, TransportFault)
            assert err.value.code == "modem_no_network"
    with VirtualModem(faults=Faults(cms_every=2, cms_code=1)) as vm:
        with Modem(vm.serve_tcp()) as modem:
            modem.send("+8613800138000", "one")
            with pytest.raises(CommandError) as err:
                modem.send("+8613800138000", "two")
            assert err.value.info.code == 1 and not err.value.temporary  # unassigned number: permanent
            assert not isinstance(err.value, TransportFault)  # the message's own refusal
            i18n.set_language("zh_CN")
            try:
                assert "空号" in i18n.msg(err.value.code, **err.value.params)
            finally:
                i18n.set_language("en")


def test_rate_limit_is_temporary() -> None:
    with VirtualModem(faults=Faults(rate_limit=2)) as vm, Modem(vm.serve_tcp()) as modem:
        modem.send("+8613800138000", "1")
        modem.send("+8613800138000", "2")
        with pytest.raises(CommandError) as err:
            modem.send("+8613800138000", "3")
        assert err.value.info.code == 42 and err.value.temporary


def test_unplug_between_messages_reconnects_and_sends_once() -> None:
    with VirtualModem(faults=Faults(unplug_after=1)) as vm:
        with Modem(vm.serve_tcp()) as modem:
            modem.send("+8613800138000", "first")
            time.sleep(0.2)
            vm.state.faults.unplug_after = 0
            modem.send("+8613800138000", "second")  # the port vanished: reopened, then sent once
        assert [s.text for s in vm.sent] == ["first", "second"]
    with VirtualModem(faults=Faults(unplug_after=2)) as vm:
        with Modem(vm.serve_tcp(), reconnect_tries=2) as modem:
            # Three parts; the line drops after the second was answered, so the third provably
            # never left: the driver reconnects and sends the third, once.
            sent = modem.send("+8613800138000", LONG_ZH)
            assert sent.references == ("0", "1", "2")
        assert [s.concat[2] for s in vm.sent if s.concat] == [1, 2, 3]


def test_slow_modem_times_out_and_recovers() -> None:
    with VirtualModem() as vm, Modem(vm.serve_tcp(), command_timeout=1) as modem:
        vm.state.faults.delay = 0.6
        ch = modem.channel
        assert ch is not None
        with pytest.raises(ModemTimeout):
            ch.command("AT+CSQ", timeout=0.3)
        vm.state.faults.delay = 0
        assert ch.command("AT+CSQ") == ["+CSQ: 22,99"]


def test_noisy_modem_still_works() -> None:
    with VirtualModem(faults=Faults(noise=True)) as vm, Modem(vm.serve_tcp()) as modem:
        assert modem.info().model == "E3372"
        assert modem.send("+8613800138000", LONG_ZH).parts == 3


def test_pool_skips_a_failed_modem() -> None:
    with VirtualModem(faults=Faults(no_network=True)) as bad, VirtualModem() as good:
        pool = ModemPool([Modem(bad.serve_tcp()).open(), Modem(good.serve_tcp()).open()])
        try:
            for i in range(4):
                pool.send("+8613800138000", f"m{i}")
        finally:
            pool.close()
        assert [s.text for s in good.sent] == ["m0", "m1", "m2", "m3"] and bad.sent == []


def test_detect_port_finds_the_modem(tmp_path: Path) -> None:
    with VirtualModem() as vm:
        url = vm.serve_tcp()
        assert detect_port(["/dev/ttyDOESNOTEXIST", "socket://127.0.0.1:1", url]) == url


def test_wrong_port_is_a_clear_error() -> None:
    with pytest.raises(ModemError) as err:
        Modem("/dev/ttyDOESNOTEXIST").open()
    assert err.value.code == "modem_port_open_failed"


def test_signal_conversion() -> None:
    assert csq_to_dbm(0) == -113 and csq_to_dbm(31) == -51 and csq_to_dbm(99) is None
    assert [dbm_to_bars(d) for d in (-51, -80, -90, -100, -110, None)] == [5, 4, 3, 2, 1, 0]


def test_silent_device_is_reported_not_waited_on_forever() -> None:
    import socket
    import threading

    server = socket.create_server(("127.0.0.1", 0))
    accepted: list[socket.socket] = []
    threading.Thread(target=lambda: accepted.append(server.accept()[0]), daemon=True).start()
    started = time.monotonic()
    try:
        with pytest.raises(ModemError) as err:
            Modem(f"socket://127.0.0.1:{server.getsockname()[1]}").open()
        assert err.value.code == "modem_silent"
        assert time.monotonic() - started < 6
    finally:
        for conn in accepted:
            conn.close()
        server.close()


def test_read_one_stored_message() -> None:
    with VirtualModem() as vm, Modem(vm.serve_tcp()) as modem:
        (index,) = vm.inject("10086", "Balance: 12.00")
        part = modem.read_message(index)
        assert part is not None and (part.number, part.text) == ("10086", "Balance: 12.00")
        with pytest.raises(CommandError):
            modem.read_message(99)


def test_private_inject_command_announces_a_new_message() -> None:
    received: list[Inbound] = []
    with VirtualModem() as vm, Modem(vm.serve_tcp(), on_message=received.append) as modem:
        assert modem.channel is not None
        modem.channel.command("AT$INJECT=+8613912345678," + "我要申诉".encode().hex())
        deadline = time.monotonic() + 5
        while not received and time.monotonic() < deadline:
            time.sleep(0.05)
    assert [(m.sender, m.text) for m in received] == [("+8613912345678", "我要申诉")]


def test_a_pool_moves_past_a_modem_without_network_and_raises_the_fault_when_none_can_send() -> None:
    with VirtualModem(faults=Faults(no_network=True)) as down, VirtualModem() as up:
        modems = [Modem(down.serve_tcp()).open(), Modem(up.serve_tcp()).open()]
        pool = ModemPool(modems)
        try:
            for i in range(3):
                pool.send("+8613800138000", f"hi {i}")
            assert len(up.sent) == 3 and down.sent == []  # an office fault of one modem: the other sends
            up.state.faults.no_network = True
            with pytest.raises(TransportFault) as caught:
                pool.send("+8613800138000", "nobody can")
            assert caught.value.code == "modem_no_network" and len(up.sent) == 3
        finally:
            pool.close()
