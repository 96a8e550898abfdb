"""Exactly once on the modem wire, against the virtual modem over TCP: a part is resent only when
the line dropped before its PDU was written; after that the send is ambiguous and never
repeated. Inbound messages leave the SIM only once handled; buffers stay bounded."""

from __future__ import annotations

import json
import threading
import time
from datetime import datetime
from pathlib import Path

import pytest

from operator_app.sms.modem.driver import Inbound, Modem, PartialSend
from operator_app.sms.modem.emulator import CHINA, Faults, VirtualModem
from operator_app.sms.modem.pool import ModemPool
from operator_app.sms.modem.reports import ReportBook
from operator_app.sms.pdu import Deliver, Reassembler, StatusReport, build_deliver, decode
from operator_app.sms.transport import AmbiguousSend, Transport

LONG_ZH = "【某某小贷】尊敬的张先生，您的借款（合同HT2026001）本期应还1,200.00元已逾期5天，请尽快通过官方渠道还款。如有疑问请致电4008001234。回T退订。" * 2
TO = "+8613800138000"


def _logged(path: Path) -> list[dict[str, object]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()] if path.exists() else []


class FakeClock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def test_line_lost_before_the_prompt_is_resent_once(tmp_path: Path) -> None:
    log = tmp_path / "sent.jsonl"
    with VirtualModem(faults=Faults(drop_before_prompt=1), log_path=log) as vm:
        with Modem(vm.serve_tcp()) as modem:
            sent = modem.send(TO, "您好，本期账单已出。")
        time.sleep(0.3)
        assert vm.state.prompts == 2  # the first AT+CMGS lost the line; the retry went through
        assert [s.text for s in vm.sent] == ["您好，本期账单已出。"]
    assert [entry["text"] for entry in _logged(log)] == ["您好，本期账单已出。"]
    assert sent.parts == 1 and len(sent.references) == 1


def test_line_lost_before_a_later_parts_prompt_resends_only_that_part() -> None:
    with VirtualModem(faults=Faults(drop_before_prompt=2)) as vm:
        with Modem(vm.serve_tcp()) as modem:
            sent = modem.send(TO, LONG_ZH)
        assert sent.parts == 3 and len(sent.references) == 3
        assert [s.concat[2] for s in vm.sent if s.concat] == [1, 2, 3]  # each part once, in order
        assert "".join(s.text for s in vm.sent) == LONG_ZH and vm.state.prompts == 4


def test_line_lost_after_the_pdu_is_ambiguous_and_never_resent(tmp_path: Path) -> None:
    log = tmp_path / "sent.jsonl"
    with VirtualModem(faults=Faults(drop_after_pdu=1), log_path=log) as vm:
        with Modem(vm.serve_tcp()) as modem:
            with pytest.raises(AmbiguousSend) as err:
                modem.send(TO, "您好，本期账单已出。")
            assert err.value.references == () and err.value.params["part"] == 1
            assert not err.value.temporary
            time.sleep(0.5)  # nothing may follow on its own
            assert len(vm.sent) == 1
            modem.send(TO, "next")  # the next message reconnects and goes once
        assert [s.text for s in vm.sent] == ["您好，本期账单已出。", "next"]
    assert [entry["text"] for entry in _logged(log)] == ["您好，本期账单已出。", "next"]


def test_multipart_ambiguous_names_the_parts_known_out() -> None:
    with VirtualModem(faults=Faults(drop_after_pdu=2)) as vm:
        with Modem(vm.serve_tcp()) as modem:
            with pytest.raises(AmbiguousSend) as err:
                modem.send(TO, LONG_ZH)  # three parts; the line drops after the second was taken
            assert err.value.references == ("0",) and (err.value.params["part"], err.value.params["parts"]) == (2, 3)
        time.sleep(0.3)
        assert [s.concat[2] for s in vm.sent if s.concat] == [1, 2]  # the third never went


def test_no_answer_after_the_pdu_is_ambiguous_then_the_modem_recovers() -> None:
    with VirtualModem(faults=Faults(mute_after_pdu=1)) as vm:
        with Modem(vm.serve_tcp(), send_timeout=0.5) as modem:
            with pytest.raises(AmbiguousSend):
                modem.send(TO, "one")
            assert modem.send(TO, "two").parts == 1
        assert [s.text for s in vm.sent] == ["one", "two"]


def test_a_part_refused_after_others_went_is_a_partial_send() -> None:
    with VirtualModem(faults=Faults(cms_every=3, cms_code=500)) as vm:
        with Modem(vm.serve_tcp()) as modem:
            with pytest.raises(PartialSend) as err:
                modem.send(TO, LONG_ZH)
            assert err.value.references == ("0", "1") and isinstance(err.value, AmbiguousSend)
        assert len(vm.sent) == 2


def test_pool_never_moves_an_ambiguous_send_to_another_modem() -> None:
    with VirtualModem(faults=Faults(drop_after_pdu=1)) as first, VirtualModem() as second:
        pool = ModemPool([Modem(first.serve_tcp()).open(), Modem(second.serve_tcp()).open()])
        try:
            with pytest.raises(AmbiguousSend):
                pool.send(TO, "only once")
        finally:
            pool.close()
        assert [s.text for s in first.sent] == ["only once"] and second.sent == []


def test_pool_from_several_threads_sends_each_message_once_on_both_modems() -> None:
    with VirtualModem() as a, VirtualModem() as b:
        pool = ModemPool([Modem(a.serve_tcp()).open(), Modem(b.serve_tcp()).open()])
        assert isinstance(pool, Transport) and isinstance(pool.modems[0], Transport)
        errors: list[BaseException] = []
        barrier = threading.Barrier(4)

        def worker(n: int) -> None:
            barrier.wait()
            try:
                for i in range(15):
                    pool.send(TO, f"t{n}-{i}", status_report=False)
            except BaseException as exc:
                errors.append(exc)

        threads = [threading.Thread(target=worker, args=(n,)) for n in range(4)]
        try:
            for t in threads:
                t.start()
            for t in threads:
                t.join(60)
        finally:
            pool.close()
        assert errors == []
        texts = [s.text for s in a.sent] + [s.text for s in b.sent]
        assert sorted(texts) == sorted(f"t{n}-{i}" for n in range(4) for i in range(15))
        assert a.sent and b.sent  # both modems worked


def _wait_until(condition: object, seconds: float = 5) -> None:
    deadline = time.monotonic() + seconds
    while not condition() and time.monotonic() < deadline:  # type: ignore[operator]
        time.sleep(0.05)


def test_a_failing_handler_leaves_the_message_on_the_sim() -> None:
    with VirtualModem() as vm, Modem(vm.serve_tcp()) as modem:
        vm.inject("+8613912345678", "退订")

        def broken(message: Inbound) -> None:
            raise RuntimeError("database is locked")

        with pytest.raises(RuntimeError):
            modem.receive(broken)
        assert len(vm.state.storage) == 1  # the 退订 is still there to be read again
        got: list[Inbound] = []
        assert modem.receive(got.append) == 1
        assert [m.text for m in got] == ["退订"] and vm.state.storage == {}


def test_a_failing_handler_on_the_new_message_notice_keeps_it_too() -> None:
    calls: list[str] = []

    def broken(message: Inbound) -> None:
        calls.append(message.text)
        raise RuntimeError("database is locked")

    with VirtualModem() as vm, Modem(vm.serve_tcp(), on_message=broken):
        vm.inject("+8613912345678", "我要申诉")
        _wait_until(lambda: calls)
        time.sleep(0.2)
        assert calls == ["我要申诉"] and len(vm.state.storage) == 1


def test_an_incomplete_multipart_message_is_given_up_after_the_timeout() -> None:
    clock = FakeClock()
    text = "我已经还款了，请核实。" * 10  # two parts
    with VirtualModem() as vm, Modem(vm.serve_tcp(), clock=clock, reassembly_timeout=600) as modem:
        first, _second = build_deliver("+8613912345679", text, datetime(2026, 12, 1, 9, 0, tzinfo=CHINA), reference=7)
        vm.state.storage[0] = ("REC UNREAD", first)  # the second part never arrives
        got: list[Inbound] = []
        assert modem.receive(got.append) == 0 and len(vm.state.storage) == 1
        clock.now += 601
        assert modem.receive(got.append) == 1
        part = decode(first)
        assert isinstance(part, Deliver)
        assert [(m.text, m.missing) for m in got] == [(part.text, (2,))]
        assert vm.state.storage == {} and modem.reassembler.pending == {}


def test_reassembler_keeps_at_most_max_pending_groups() -> None:
    clock = FakeClock()
    machine = Reassembler(timeout=3600, max_pending=64, clock=clock)
    moment = datetime(2026, 12, 1, 9, 0, tzinfo=CHINA)
    for ref in range(200):
        pdu = build_deliver(f"+86139{ref:08d}", "长" * 100, moment, reference=ref % 256)[0]
        part = decode(pdu)
        assert isinstance(part, Deliver) and machine.add(part) is None
        clock.now += 1
    given_up = machine.expire()
    assert len(given_up) == 136 and len(machine.pending) == 64
    assert given_up[0].message.number == "+8613900000000"  # the oldest go first


def test_report_and_sent_buffers_do_not_grow_with_the_messages_sent() -> None:
    # reports pushed as +CDS (a modem without ds=2): every one goes through the bounded book
    with VirtualModem(accepts_ds2=False) as vm, Modem(vm.serve_tcp(), report_capacity=20) as modem:
        last = None
        for i in range(120):
            last = modem.send(TO, f"m{i}")
        assert last is not None
        assert modem.wait_reports(last, 5) == {last.references[0]: "delivered"}
        assert len(modem.reports) <= 20 and len(modem._sent_at) <= 20
        assert len(vm.sent) == 120


def test_a_repeated_reference_matches_only_its_own_send() -> None:
    clock = FakeClock()
    book = ReportBook(capacity=10, clock=clock)
    moment = datetime(2026, 12, 1, 9, 0, tzinfo=CHINA)
    book.add(StatusReport(7, TO, 0x40, moment, moment))  # an old send with reference 7 failed
    clock.now += 100
    since = clock.now  # 256 sends later, reference 7 again, to the same number
    assert book.find(TO, [7], since) == {}
    book.add(StatusReport(7, "+8613900000001", 0, moment, moment))  # another recipient's
    assert book.find(TO, [7], since) == {}
    clock.now += 1
    report = StatusReport(7, "8613800138000", 0, moment.replace(minute=5), moment.replace(minute=5))
    book.add(report)  # the SMSC writes the number without "+"
    assert book.find(TO, [7], since) == {7: report}
    assert book.wait(TO, [7], since, timeout=0.1) == {7: report}


def test_inbound_buffers_drain_however_many_messages_arrive() -> None:
    received: list[Inbound] = []
    with VirtualModem() as vm, Modem(vm.serve_tcp(), on_message=received.append) as modem:
        for i in range(40):
            vm.inject(f"+86139{i:08d}", "我已经还款了，请核实。" * 8)  # two parts each
        channel = modem.channel
        assert channel is not None
        _wait_until(lambda: len(received) == 40 and not vm.state.storage and channel.urcs.qsize() == 0, 20)
        assert len(received) == 40 and vm.state.storage == {}
        assert modem.reassembler.pending == {} and modem.reassembler.first_seen == {}
        assert channel.urcs.qsize() == 0


def test_a_burst_of_new_message_notices_is_one_listing(monkeypatch: pytest.MonkeyPatch) -> None:
    """Each +CMTI read before a listing began names a message that listing handed over: the
    80 notices of 40 two-part replies cost one AT+CMGL, not 80."""
    received: list[Inbound] = []
    listings: list[int] = []
    real = Modem._list_messages

    def counted(self: Modem) -> list[Inbound]:
        listings.append(1)
        return real(self)

    monkeypatch.setattr(Modem, "_list_messages", counted)
    with VirtualModem() as vm, Modem(vm.serve_tcp(), on_message=received.append) as modem:
        channel = modem.channel
        assert channel is not None
        with modem._inbox_lock:  # the first notice's listing waits until every notice is read
            for i in range(40):
                vm.inject(f"+86139{i:08d}", "我已经还款了，请核实。" * 8)
            _wait_until(lambda: channel.urcs_queued == 80, 20)
            assert channel.urcs_queued == 80
        _wait_until(lambda: len(received) == 40 and channel.urcs.qsize() == 0, 20)
        assert len(received) == 40 and vm.state.storage == {} and channel.urcs.qsize() == 0
        assert len(listings) == 1
        vm.inject("+8613900000099", "退订")  # a notice read after that listing still lists
        _wait_until(lambda: len(received) == 41, 10)
        assert [m.text for m in received[40:]] == ["退订"] and len(listings) == 2
