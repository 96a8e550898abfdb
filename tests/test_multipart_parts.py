"""Multipart messages finish: a part the network refuses with a definite answer (+CMS ERROR) goes
again later with the same concatenation reference and part number, the parts already accepted
never again, and the phone joins what arrived. python-gammu (an independent codec) decodes the
PDUs the virtual modem took and joins them as a phone would.

- the driver's send_parts against the virtual modem on TCP;
- the dispatcher in-process with a modem refusing every 4th submit (+CMS ERROR 38, temporary):
  0 unknown, every part on the air once;
- a restart (a new run, the modem's faults gone) resumes only the missing parts;
- a line lost after a part's PDU still leaves that message `unknown`;
- parts out on one modem never continue on another transport;
- the CLI: `modem emulate --fail-every 4 --fail-code 38` in its own process, and `send` run as a
  new process again and again until the batch is done.
"""

from __future__ import annotations

import json
import signal
import subprocess
import sys
import time
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping
from datetime import UTC, timedelta
from pathlib import Path
from typing import Any

import gammu
import pytest
from sqlalchemy import select

from operator_app.services import clock
from operator_app.services.sending import dispatch
from operator_app.services.sending.dispatch import send_batch
from operator_app.sms.modem.driver import Modem
from operator_app.sms.modem.emulator import Faults, VirtualModem
from operator_app.sms.modem.errors import ModemError
from operator_app.sms.transport import PartSender
from operator_app.store.db import Database
from operator_app.store.models import message_event_table, message_part_table, message_table
from tests.outbox_office import make_office, phone, ten_am, text_of

MSG, PART, EVENT = message_table, message_part_table, message_event_table
NOW = ten_am().astimezone(UTC)
ROOT = Path(__file__).resolve().parent.parent
TO = "+8613900000001"
LONG = text_of(1, long=True)  # two UCS-2 parts


def refuse_4th() -> Faults:
    """Every 4th submit refused with +CMS ERROR 38 (network out of order: temporary, nothing sent)."""
    return Faults(cms_every=4, cms_code=38)


@pytest.fixture(autouse=True)
def _pinned_clock(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("OPERATOR_APP_NOW", NOW.isoformat())


def fast_clock(monkeypatch: pytest.MonkeyPatch, speed: float = 400.0) -> None:
    """A clock that starts at 10:00 and runs `speed` times faster, so backoffs pass in a test."""
    t0 = time.monotonic()
    monkeypatch.setattr(clock, "now", lambda: NOW + timedelta(seconds=(time.monotonic() - t0) * speed))
    monkeypatch.setattr(dispatch, "WAIT_POLL_S", 0.05)


def joined_by_gammu(pdus: Iterable[str]) -> dict[tuple[str, int], str]:
    """What a phone shows from these SMS-SUBMIT PDUs, as python-gammu decodes and links them:
    (number, concatenation reference) -> the joined text; an incomplete message is left out."""
    phones: dict[str, list[dict[str, Any]]] = defaultdict(list)  # each phone joins only what it got
    for p in pdus:
        decoded = gammu.DecodePDU(bytes.fromhex(p), SMSC=True)
        phones[decoded["Number"]].append(decoded)
    out: dict[tuple[str, int], str] = {}
    for group in (g for got in phones.values() for g in gammu.LinkSMS([[d] for d in got])):
        first = group[0]
        if first["UDH"]["Type"] == "ConcatenatedMessages" and len(group) != first["UDH"]["AllParts"]:
            continue
        text = "".join(e["Buffer"] or "" for e in gammu.DecodeSMS(group)["Entries"]) if len(group) > 1 else first["Text"]
        out[(first["Number"], first["UDH"]["ID8bit"])] = text
    return out


def air_parts(sent: Iterable[object]) -> Counter[tuple[str, int]]:
    """How often each (number, part) went on the air."""
    return Counter((s.to, s.concat[2] if s.concat else 1) for s in sent)  # type: ignore[attr-defined]


def refs_per_number(sent: Iterable[object]) -> dict[str, set[int]]:
    refs: dict[str, set[int]] = defaultdict(set)
    for s in sent:
        if s.concat:  # type: ignore[attr-defined]
            refs[s.to].add(s.concat[0])  # type: ignore[attr-defined]
    return refs


def statuses(db: Database, batch: int) -> Counter[str]:
    with db.engine.connect() as conn:
        return Counter(conn.execute(select(MSG.c.status).where(MSG.c.batch_id == batch)).scalars())


def parts_table(db: Database) -> dict[tuple[int, int], tuple[str, str | None]]:
    with db.engine.connect() as conn:
        return {(r.message_id, r.part): (r.status, r.reference) for r in conn.execute(select(PART))}


# -- the driver ----------------------------------------------------------------------------------

def test_a_refused_part_goes_later_with_the_same_reference_and_the_phone_joins_it() -> None:
    with VirtualModem(faults=Faults(cms_every=2, cms_code=38)) as vm:
        with Modem(vm.serve_tcp()) as modem:
            assert isinstance(modem, PartSender)
            seen: list[tuple[int, dict[int, str]]] = []
            first = modem.send_parts(TO, LONG, reference=201, before_part=lambda n, acc: seen.append((n, dict(acc))))
            assert first.accepted == {1: "0"} and first.stopped_at == 2 and first.parts == 2
            assert isinstance(first.error, ModemError) and first.error.temporary and not first.ambiguous
            assert seen == [(1, {}), (2, {1: "0"})]  # told before each PDU, with what is out so far
            vm.state.faults.cms_every = 0
            second = modem.send_parts(TO, LONG, reference=201, parts=[2])
            assert second.error is None and second.accepted == {2: "1"}
        assert [s.concat for s in vm.sent] == [(201, 2, 1), (201, 2, 2)]  # each part once, one reference
        assert joined_by_gammu(s.pdu for s in vm.sent) == {(TO, 201): LONG}


def test_a_line_lost_after_a_parts_pdu_is_in_doubt_and_stops_the_rest() -> None:
    text = "【某某小贷】" + "您的借款已逾期，请尽快还款。" * 12  # three parts
    with VirtualModem(faults=Faults(drop_after_pdu=2)) as vm:
        with Modem(vm.serve_tcp(), reconnect_tries=1) as modem:
            out = modem.send_parts(TO, text, reference=9)
        assert out.ambiguous and out.stopped_at == 2 and out.accepted == {1: "0"} and out.parts == 3
        assert [s.concat for s in vm.sent] == [(9, 3, 1), (9, 3, 2)]  # the second went; the third was never tried


def test_a_caller_that_cannot_record_a_part_stops_it_before_its_pdu() -> None:
    def refuse(part: int, _accepted: Mapping[int, str]) -> None:
        if part == 2:
            raise RuntimeError("database gone")

    with VirtualModem() as vm:
        with Modem(vm.serve_tcp()) as modem:
            with pytest.raises(RuntimeError):
                modem.send_parts(TO, LONG, reference=3, before_part=refuse)
            with pytest.raises(ModemError) as err:
                modem.send_parts(TO, LONG, reference=3, parts=[3])
            assert err.value.code == "sms_parts_unknown" and not err.value.temporary
        assert [s.concat for s in vm.sent] == [(3, 2, 1)]


# -- the dispatcher --------------------------------------------------------------------------------

def spec(vm: VirtualModem) -> str:
    return f"modem:{vm.url}?gap=0"


def test_a_modem_refusing_every_4th_submit_leaves_nothing_unknown(db: Database, monkeypatch: pytest.MonkeyPatch) -> None:
    n = 14
    office = make_office(db, n, long_every=1)  # every text takes two parts
    vm = VirtualModem(faults=refuse_4th())
    vm.serve_tcp()
    try:
        fast_clock(monkeypatch)
        summary = send_batch(db, office.batch_id, [spec(vm)], wait=True, inbox_every=-1, report_grace=0.5)
    finally:
        vm.stop()
    final = statuses(db, office.batch_id)
    assert summary.status == "done" and final == {"delivered": n}, final
    air = air_parts(vm.sent)
    assert set(air) == {(phone(i), p) for i in range(n) for p in (1, 2)} and set(air.values()) == {1}
    refs = refs_per_number(vm.sent)
    assert all(len(r) == 1 for r in refs.values())  # the same reference across retries
    with db.engine.connect() as conn:
        stored = dict(conn.execute(select(MSG.c.to, MSG.c.concat_ref).where(MSG.c.batch_id == office.batch_id)).all())
        retries = conn.execute(select(EVENT.c.detail).where(EVENT.c.status == "queued")).scalars().all()
    assert {to: {ref} for to, ref in stored.items()} == refs  # the stored reference is the one on the air
    assert retries and all(json.loads(d)["error"] == "modem_command_error" for d in retries)
    assert joined_by_gammu(s.pdu for s in vm.sent) == {(phone(i), stored[phone(i)]): text_of(i, long=True)
                                                       for i in range(n)}
    assert all(v == ("sent", v[1]) and v[1] for v in parts_table(db).values())
    refused = vm.state.sends - len(vm.sent)
    print(f"fault run: {n} messages, {len(vm.sent)} parts on the air, {refused} refused and sent again, "
          f"{len(retries)} retries, unknown {final.get('unknown', 0)}")


def test_a_restart_resumes_only_the_missing_parts(db: Database, monkeypatch: pytest.MonkeyPatch) -> None:
    office = make_office(db, 6, long_every=1)
    vm = VirtualModem(faults=refuse_4th())
    vm.serve_tcp()
    try:
        first = send_batch(db, office.batch_id, [spec(vm)], inbox_every=-1, report_grace=0.3)
        assert first.status == "sending"
        # Submits 4, 8 and 12 were refused: each a second part, whose message waits with part 1 out.
        waiting = {m for (m, p), (s, _r) in parts_table(db).items() if s == "refused"}
        assert len(waiting) == 3 and statuses(db, office.batch_id) == {"delivered": 3, "queued": 3}
        assert all(parts_table(db)[(m, 1)][0] == "sent" and parts_table(db)[(m, 2)] == ("refused", None)
                   for m in waiting)
        before = len(vm.sent)
        vm.state.faults.cms_every = 0
        monkeypatch.setenv("OPERATOR_APP_NOW", (NOW + timedelta(minutes=10)).isoformat())  # the backoff is over
        second = send_batch(db, office.batch_id, [spec(vm)], inbox_every=-1, report_grace=0.5)  # a new run
        assert second.status == "done" and second.sent_now == 3
    finally:
        vm.stop()
    resumed = vm.sent[before:]
    assert [s.concat[2] for s in resumed if s.concat] == [2, 2, 2] and len(resumed) == 3  # only the missing parts
    assert set(air_parts(vm.sent).values()) == {1} and all(len(r) == 1 for r in refs_per_number(vm.sent).values())
    assert statuses(db, office.batch_id) == {"delivered": 6}  # both parts' reports matched, across the two runs
    assert len(joined_by_gammu(s.pdu for s in vm.sent)) == 6


def test_a_line_lost_after_a_part_still_makes_the_message_unknown(db: Database) -> None:
    office = make_office(db, 3, long_every=1)
    vm = VirtualModem(faults=Faults(drop_after_pdu=4))  # the second part of the second message
    vm.serve_tcp()
    try:
        summary = send_batch(db, office.batch_id, [spec(vm)], inbox_every=-1, report_grace=0.3)
    finally:
        vm.stop()
    second = office.message_ids[1]
    with db.engine.connect() as conn:
        row = conn.execute(select(MSG.c.status, MSG.c.reason).where(MSG.c.id == second)).one()
    assert tuple(row) == ("unknown", "modem_send_ambiguous") and summary.counts["unknown"] == 1
    parts = parts_table(db)
    assert parts[(second, 1)][0] == "sent" and parts[(second, 2)] == ("sending", None)  # in doubt
    assert set(air_parts(vm.sent).values()) == {1} and len(vm.sent) == 6


def test_a_crash_after_a_part_went_leaves_the_message_unknown_and_nothing_resent(db: Database) -> None:
    """The process dies after part 1 was accepted and part 2 marked `sending`, before anything
    else was stored: the next run finds the message cut mid-send (`unknown`) and sends nothing."""
    from operator_app.domain.policy import Calendar, ContactPolicy
    from operator_app.messaging.outbox import Claimed, Outbox

    office = make_office(db, 1, long_every=1)
    box = Outbox(db, ContactPolicy(), Calendar(), now=lambda: NOW)
    box.start()
    c = box.claim(office.batch_id, "modem:x", parts_via="socket://x")
    assert isinstance(c, Claimed) and c.concat_ref == office.message_ids[0] % 256 and c.todo == [1, 2]
    assert parts_table(db) == {(c.id, 1): ("sending", None)}  # committed with the claim, before part 1
    box.part_going(c, 2, {1: "7"}, "socket://x")
    box.stop()  # the run is over (as a killed one is found): its claim was cut
    again = Outbox(db, ContactPolicy(), Calendar(), now=lambda: NOW + timedelta(minutes=10))
    try:
        assert again.start() == 1
        assert statuses(db, office.batch_id) == {"unknown": 1}
        assert parts_table(db) == {(c.id, 1): ("sent", "7"), (c.id, 2): ("sending", None)}
        assert not isinstance(again.claim(office.batch_id, "modem:x", parts_via="socket://x"), Claimed)
    finally:
        again.stop()


def test_parts_out_on_one_modem_never_continue_on_another(db: Database) -> None:
    office = make_office(db, 2, long_every=1)
    vm = VirtualModem(faults=refuse_4th())
    vm.serve_tcp()
    other = VirtualModem()
    other.serve_tcp()
    try:
        send_batch(db, office.batch_id, [spec(vm)], inbox_every=-1, report_grace=0.3)
        assert statuses(db, office.batch_id) == {"delivered": 1, "queued": 1}
        later = NOW + timedelta(minutes=10)
        with pytest.MonkeyPatch.context() as mp:
            mp.setenv("OPERATOR_APP_NOW", later.isoformat())
            elsewhere = send_batch(db, office.batch_id, [spec(other)], inbox_every=-1, report_grace=0)
            assert elsewhere.sent_now == 0 and other.sent == []  # its first part is on vm's SIM
            vm.state.faults.cms_every = 0
            home = send_batch(db, office.batch_id, [spec(vm)], inbox_every=-1, report_grace=0.3)
        assert home.status == "done" and statuses(db, office.batch_id) == {"delivered": 2}
    finally:
        vm.stop()
        other.stop()


def test_a_resend_by_the_operator_sends_the_whole_text_with_a_new_reference(db: Database) -> None:
    from operator_app.services.reports import messages

    office = make_office(db, 1, long_every=1)
    vm = VirtualModem(faults=Faults(drop_after_pdu=1))
    vm.serve_tcp()
    try:
        send_batch(db, office.batch_id, [spec(vm)], inbox_every=-1, report_grace=0)
        assert statuses(db, office.batch_id) == {"unknown": 1}
        messages.resend(db, office.message_ids[0], by="老李")
        assert parts_table(db) == {}
        vm.state.faults.drop_after_pdu = 0
        send_batch(db, office.batch_id, [spec(vm)], inbox_every=-1, report_grace=0.3)
    finally:
        vm.stop()
    assert [s.concat[2] for s in vm.sent if s.concat] == [1, 1, 2]
    first, again, _ = [s.concat[0] for s in vm.sent if s.concat]
    assert first != again  # the phone may hold the first try's part 1: the new parts are not joined to it
    assert statuses(db, office.batch_id) == {"delivered": 1}


# -- the command line: separate processes ----------------------------------------------------------

def test_send_processes_finish_a_batch_the_modem_keeps_refusing_parts_of(db: Database, tmp_path: Path) -> None:
    """`modem emulate --fail-every 4 --fail-code 38` in its own process; `send` is run as a new
    process until the batch is done, the clock moved on past the backoff each time."""
    from tests.test_crash_safety import env, free_port

    n = 13
    port, log = free_port(), tmp_path / "air.jsonl"
    far = subprocess.Popen([sys.executable, str(ROOT / "main.py"), "modem", "emulate", "--tcp", str(port), "--log",
                            str(log), "--fail-every", "4", "--fail-code", "38"],
                           stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env())
    try:
        assert far.stdout is not None
        far.stdout.readline()
        office = make_office(db, n, long_every=1)
        runs: list[dict[str, object]] = []
        for k in range(6):
            done = subprocess.run([sys.executable, str(ROOT / "main.py"), "--db", db.url, "send",
                                   str(office.batch_id), "--transport", f"modem:socket://127.0.0.1:{port}?gap=0",
                                   "--json"], capture_output=True, text=True, timeout=120,
                                  env=env() | {"OPERATOR_APP_NOW": (NOW + timedelta(minutes=30 * k)).isoformat()})
            assert done.returncode == 0, done.stderr
            runs.append(json.loads(done.stdout))
            if runs[-1]["status"] == "done":
                break
    finally:
        far.send_signal(signal.SIGINT)
        try:
            far.wait(5)
        except subprocess.TimeoutExpired:
            far.kill()
    assert runs[-1]["status"] == "done" and len(runs) > 1
    final = statuses(db, office.batch_id)
    assert final.get("unknown", 0) == 0 and sum(final.values()) == n
    assert set(final) <= {"sent", "delivered"}
    air = [json.loads(line) for line in log.read_text(encoding="utf-8").splitlines() if line.strip()]
    counted = Counter((a["to"], a["concat"][2]) for a in air)
    assert set(counted) == {(phone(i), p) for i in range(n) for p in (1, 2)} and set(counted.values()) == {1}
    refs: dict[str, set[int]] = defaultdict(set)
    for a in air:
        refs[a["to"]].add(a["concat"][0])
    assert all(len(r) == 1 for r in refs.values())
    joined = joined_by_gammu(a["pdu"] for a in air)
    assert {to: text for (to, _ref), text in joined.items()} == {phone(i): text_of(i, long=True) for i in range(n)}
    with db.engine.connect() as conn:
        retries = len(conn.execute(select(EVENT.c.id).where(EVENT.c.status == "queued")).all())
    print(f"CLI fault run: {n} messages, {len(air)} parts on the air, {retries} retries over {len(runs)} send runs, "
          f"unknown {final.get('unknown', 0)}, {dict(final)}")


def test_an_office_fault_between_parts_leaves_the_message_waiting_not_failed(
        db: Database, monkeypatch: pytest.MonkeyPatch) -> None:
    """The network goes away (+CMS ERROR 331, no network service: an office fault, not this
    message's) after the first part of a message went: that message waits for its missing part
    (never `failed`), the worker stops with the fault, and a later run sends only that part."""
    office = make_office(db, 3, long_every=1)
    vm = VirtualModem(faults=Faults(cms_every=4, cms_code=331))  # the second part of the second message
    vm.serve_tcp()
    try:
        first = send_batch(db, office.batch_id, [spec(vm)], inbox_every=-1, report_grace=0.3)
        second_message = office.message_ids[1]
        assert [f.error.code for f in first.faults] != [] and statuses(db, office.batch_id)["failed"] == 0
        parts = parts_table(db)
        assert parts[(second_message, 1)][0] == "sent" and parts[(second_message, 2)][0] == "refused"
        with db.engine.connect() as conn:
            assert conn.execute(select(MSG.c.status).where(MSG.c.id == second_message)).scalar_one() == "queued"
        before = len(vm.sent)
        vm.state.faults.cms_every = 0
        monkeypatch.setenv("OPERATOR_APP_NOW", (NOW + timedelta(minutes=10)).isoformat())
        again = send_batch(db, office.batch_id, [spec(vm)], inbox_every=-1, report_grace=0.5)
        assert again.status == "done" and not again.faults
    finally:
        vm.stop()
    assert [s.concat[2] for s in vm.sent[before:] if s.to == vm.sent[2].to][:1] == [2]
    assert set(air_parts(vm.sent).values()) == {1}
    assert statuses(db, office.batch_id)["failed"] == 0 and len(joined_by_gammu(s.pdu for s in vm.sent)) == 3


def _as_delivered(submit_hex: str, sender: str = "+8610690000") -> str:
    """The SMS-DELIVER a phone receives for an SMS-SUBMIT the modem accepted: the same protocol
    id, coding, header and user data bytes, from the office's number, stamped now. Built from the
    bytes on the wire, not from our encoder, so what the real gammu joins is what went out."""
    data = bytes.fromhex(submit_hex)
    data = data[1 + data[0]:]  # the SMSC part
    first, digits = data[0], data[2]
    at = 3 + 1 + (digits + 1) // 2  # type of address, then the semi-octets
    pid, dcs = data[at], data[at + 1]
    vpf = (first >> 3) & 3
    at += 2 + {0: 0, 2: 1}.get(vpf, 7)
    user = data[at:]  # UDL and UD, header included
    number = sender.lstrip("+")
    semi = bytes(int((number + "F")[i + 1] + (number + "F")[i], 16) for i in range(0, len(number) - len(number) % 2 + (len(number) % 2) * 2, 2))
    deliver = bytes([0x04 | (first & 0x40), len(number), 0x91]) + semi + bytes([pid, dcs]) \
        + bytes.fromhex("62216021000023") + user
    return "00" + deliver.hex().upper()


def test_the_real_gammu_joins_the_parts_that_went_out_across_refusals(
        db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The parts the modem accepted, with every 4th submit refused and the refused parts sent
    again, handed to a phone's message store: Debian's gammu (geteachsms, which links the parts
    of a message) shows each borrower one whole text, the message body."""
    import shutil

    assert shutil.which("gammu"), "scripts/test.sh installs Debian's gammu"
    office = make_office(db, 4, long_every=1)
    vm = VirtualModem(faults=refuse_4th())
    vm.serve_tcp()
    try:
        first = send_batch(db, office.batch_id, [spec(vm)], inbox_every=-1, report_grace=0.3)
        assert first.status == "sending"  # some parts were refused and wait
        vm.state.faults.cms_every = 0
        monkeypatch.setenv("OPERATOR_APP_NOW", (NOW + timedelta(minutes=10)).isoformat())  # the backoff is over
        assert send_batch(db, office.batch_id, [spec(vm)], inbox_every=-1, report_grace=0.3).status == "done"
        sent = list(vm.sent)
    finally:
        vm.stop()
    assert set(air_parts(sent).values()) == {1} and any(s.concat for s in sent)
    with db.engine.connect() as conn:
        bodies = {r.to: r.body for r in conn.execute(select(MSG.c.to, MSG.c.body).where(MSG.c.batch_id == office.batch_id))}
    for to in bodies:  # one phone per borrower: its store holds what reached that number
        phone_store = VirtualModem()
        for s in sorted((s for s in sent if s.to == to), key=lambda s: -s.concat[2] if s.concat else 0):
            index = max(phone_store.state.storage, default=-1) + 1
            phone_store.state.storage[index] = ("REC UNREAD", _as_delivered(s.pdu))
        device = phone_store.serve_pty(tmp_path / f"phone{to[-4:]}")
        config = tmp_path / f"gammurc{to[-4:]}"
        config.write_text(f"[gammu]\ndevice = {device}\nconnection = at115200\n")
        try:
            listed = subprocess.run(["gammu", "-c", str(config), "geteachsms"], capture_output=True, text=True,
                                    timeout=90)
        finally:
            phone_store.stop()
        assert listed.returncode == 0, listed.stderr
        if any(s.concat for s in sent if s.to == to):
            assert "Concatenated (linked) message" in listed.stdout, listed.stdout
        shown = "".join(listed.stdout.split())
        assert "".join(bodies[to].split()) in shown, (bodies[to], listed.stdout)
