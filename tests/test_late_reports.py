"""Delivery reports that come while no `send` runs are not lost: the virtual modem stores them
(AT+CNMI ds=2, "SR" memory or the message store), a later `inbox sync` or `send` stores and
applies them and only then deletes them from the modem; a gateway that can be polled is asked,
by reference from the database, about its messages still `sent`. Late and repeated reports
change nothing; a modem that refuses ds=2 still gets its reports pushed (ds=1). Real parts:
the virtual modem on TCP and a pty, the real driver, SQLite and PostgreSQL, an HTTP server."""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from pytest_httpserver import HTTPServer, URIPattern
from sqlalchemy import func, select
from werkzeug import Request, Response

from operator_app.services.sending.dispatch import send_batch
from operator_app.services.sending.listening import sync_inbox
from operator_app.sms.connect import open_transport
from operator_app.sms.modem.driver import Modem
from operator_app.sms.modem.emulator import CHINA, Faults, VirtualModem
from operator_app.sms.modem.stored import StoredReport, memories_of
from operator_app.sms.pdu import StatusReport, build_status_report, decode
from operator_app.sms.transport import Transport, TransportSpec
from operator_app.store.db import Database
from operator_app.store.models import delivery_report_table, message_table
from tests.conftest import run_cli
from tests.outbox_office import make_office, phone, ten_am

MSG, REPORT = message_table, delivery_report_table
NOW = ten_am().astimezone(UTC)


@pytest.fixture(autouse=True)
def _pinned_clock(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("OPERATOR_APP_NOW", NOW.isoformat())


@pytest.fixture
def late() -> Iterator[VirtualModem]:
    """A modem whose network reports come only when the test says (the phones were off)."""
    vm = VirtualModem(faults=Faults(report_delay=None))
    vm.serve_tcp()
    yield vm
    vm.stop()


def statuses(db: Database, batch: int) -> Counter[str]:
    with db.engine.connect() as conn:
        return Counter(conn.execute(select(MSG.c.status).where(MSG.c.batch_id == batch)).scalars())


def reports_stored(db: Database) -> int:
    with db.engine.connect() as conn:
        return int(conn.execute(select(func.count()).select_from(REPORT)).scalar_one())


def sync(db: Database, vm: VirtualModem) -> dict[str, int]:
    res = run_cli("--db", db.url, "inbox", "sync", "--transport", f"modem:{vm.url}", "--json")
    assert res.code == 0, res.err
    out = res.json()
    assert isinstance(out, dict)
    return out


def test_a_report_after_send_exited_is_stored_by_a_later_inbox_sync(db: Database, late: VirtualModem) -> None:
    office = make_office(db, 4, long_every=2)  # two of them in two parts: six reports in all
    summary = send_batch(db, office.batch_id, [f"modem:{late.url}?gap=0"], inbox_every=-1, report_grace=0)
    assert summary.sent_now == 4 and statuses(db, office.batch_id) == {"sent": 4}
    assert late.state.cnmi_ds == 2  # the driver asked the modem to keep reports
    assert late.deliver_reports() == 6  # hours later: nobody is connected
    assert len(late.state.reports) == 6 and late.state.dropped_reports == 0
    assert statuses(db, office.batch_id) == {"sent": 4}

    out = sync(db, late)
    assert out == {"read": 0, "opted_out": 0, "held": 0, "wrong_number": 0, "reports_stored": 6, "messages_changed": 4}
    assert statuses(db, office.batch_id) == {"delivered": 4}
    assert late.state.reports == {}  # committed, then deleted from the modem
    assert reports_stored(db) == 6
    text = run_cli("--db", db.url, "inbox", "sync", "--transport", f"modem:{late.url}")
    assert text.code == 0 and "0 delivery report(s) stored; 0 message(s) now delivered or failed." in text.out


def test_late_and_repeated_reports_change_nothing(db: Database, late: VirtualModem) -> None:
    office = make_office(db, 2)
    send_batch(db, office.batch_id, [f"modem:{late.url}?gap=0"], inbox_every=-1, report_grace=0)
    late.deliver_reports()
    kept = dict(late.state.reports)
    assert sync(db, late)["messages_changed"] == 2
    # the modem hands the same two reports over again (a delete that never happened) ...
    late.state.reports.update(kept)
    # ... and a late one says the first message failed after all
    first = decode(next(iter(kept.values()))[1])
    assert isinstance(first, StatusReport)
    moment = datetime.now(CHINA).replace(microsecond=0)
    late.state.reports[9] = ("REC UNREAD", build_status_report(first.message_ref, first.recipient, 0x46, moment, moment))
    out = sync(db, late)
    assert (out["reports_stored"], out["messages_changed"]) == (1, 0)  # the repeats are not stored twice
    assert statuses(db, office.batch_id) == {"delivered": 2} and late.state.reports == {}
    assert reports_stored(db) == 3


def test_a_failing_handler_leaves_the_report_on_the_modem(tmp_path: Path) -> None:
    """On a pseudo-terminal: the report is deleted only after its handler returned."""
    with VirtualModem(faults=Faults(report_delay=None)) as vm:
        url = vm.serve_pty(tmp_path / "ttyVIRT0")
        with Modem(url) as modem:
            modem.send("+8613800138000", "Your bill is due")
            vm.deliver_reports()

            def broken(report: StoredReport) -> None:
                raise RuntimeError("database is locked")

            with pytest.raises(RuntimeError):
                modem.receive_reports(broken)
            assert len(vm.state.reports) == 1
            got: list[StoredReport] = []
            assert modem.receive_reports(got.append) == 1
            assert [(r.memory, r.report.outcome) for r in got] == [("SR", "delivered")] and vm.state.reports == {}


def _refuse_reports(db: Database, on: bool) -> None:
    """A database that fails the report's insert (a real error inside the handler's transaction)."""
    with db.engine.begin() as conn:
        if db.url.startswith("postgresql"):
            if on:
                conn.exec_driver_sql("CREATE FUNCTION refuse() RETURNS trigger AS $$ BEGIN "
                                     "RAISE EXCEPTION 'disk full'; END $$ LANGUAGE plpgsql")
                conn.exec_driver_sql("CREATE TRIGGER refuse BEFORE INSERT ON delivery_report "
                                     "FOR EACH ROW EXECUTE FUNCTION refuse()")
            else:
                conn.exec_driver_sql("DROP TRIGGER refuse ON delivery_report")
                conn.exec_driver_sql("DROP FUNCTION refuse()")
        elif on:
            conn.exec_driver_sql("CREATE TRIGGER refuse BEFORE INSERT ON delivery_report "
                                 "BEGIN SELECT RAISE(ABORT, 'disk full'); END")
        else:
            conn.exec_driver_sql("DROP TRIGGER refuse")


def test_a_sync_whose_database_fails_leaves_the_reports_and_a_later_one_stores_them_once(
        db: Database, late: VirtualModem) -> None:
    office = make_office(db, 2)
    send_batch(db, office.batch_id, [f"modem:{late.url}?gap=0"], inbox_every=-1, report_grace=0)
    late.deliver_reports()
    _refuse_reports(db, True)
    try:
        with pytest.raises(Exception, match="disk full"):
            sync_inbox(db, f"modem:{late.url}")
    finally:
        _refuse_reports(db, False)
    assert len(late.state.reports) == 2 and reports_stored(db) == 0
    assert statuses(db, office.batch_id) == {"sent": 2}
    assert sync_inbox(db, f"modem:{late.url}").as_json()["reports_stored"] == 2
    assert sync_inbox(db, f"modem:{late.url}").as_json()["reports_stored"] == 0
    assert reports_stored(db) == 2 and statuses(db, office.batch_id) == {"delivered": 2}


def test_a_running_send_stores_reports_at_once_and_those_left_from_before(db: Database, late: VirtualModem) -> None:
    first = make_office(db, 3)
    send_batch(db, first.batch_id, [f"modem:{late.url}?gap=0"], inbox_every=-1, report_grace=0)
    late.deliver_reports()  # left on the modem while nothing ran
    # and each of them twice (a delete that was lost with the line): stored once all the same
    late.state.reports.update({20 + i: slot for i, slot in late.state.reports.items()})
    late.state.faults.report_delay = 0.0  # from now on the network answers at once
    second = make_office(db, 3, start=100)
    summary = send_batch(db, second.batch_id, [f"modem:{late.url}?gap=0"], inbox_every=-1, report_grace=0.3)
    assert summary.sent_now == 3
    assert statuses(db, first.batch_id) == {"delivered": 3} and statuses(db, second.batch_id) == {"delivered": 3}
    assert late.state.reports == {} and reports_stored(db) == 6


def test_reports_in_the_message_store_beside_replies(db: Database) -> None:
    """A modem without an "SR" memory keeps reports with the replies: each goes its own way."""
    with VirtualModem(faults=Faults(report_delay=None), report_memory="SM") as vm:
        vm.serve_tcp()
        office = make_office(db, 2)
        send_batch(db, office.batch_id, [f"modem:{vm.url}?gap=0"], inbox_every=-1, report_grace=0)
        vm.deliver_reports()
        vm.inject(phone(0).removeprefix("+86"), "好的，明天还")
        assert len(vm.state.storage) == 3 and vm.state.reports == {}
        out = sync(db, vm)
        assert out == {"read": 1, "opted_out": 0, "held": 0, "wrong_number": 0, "reports_stored": 2, "messages_changed": 2}
        assert vm.state.storage == {} and statuses(db, office.batch_id) == {"delivered": 2}


def test_a_modem_refusing_ds2_still_gets_its_reports_pushed(db: Database) -> None:
    with VirtualModem(accepts_ds2=False) as vm:
        vm.serve_tcp()
        office = make_office(db, 3)
        send_batch(db, office.batch_id, [f"modem:{vm.url}?gap=0"], inbox_every=-1)
        assert vm.state.cnmi_ds == 1 and vm.state.reports == {}
        assert statuses(db, office.batch_id) == {"delivered": 3}
        with Modem(vm.url) as modem:
            assert not modem.stored.enabled and modem.take_reports(everything=True) == []


def test_a_modem_announcing_a_memory_it_cannot_read_falls_back_to_pushed_reports(db: Database) -> None:
    """+CDSI: "SR" from a modem whose AT+CPMS offers no SR: that report cannot be read, so the
    driver switches the modem to ds=1 and the following reports are pushed and stored."""
    with VirtualModem(sr_readable=False) as vm:
        vm.serve_tcp()
        office = make_office(db, 6)
        # A pause between messages, as an office's modem has (its default gap is longer): the
        # switch is an AT command, and without any pause the sends could hold the port until the
        # last report was stored where it cannot be read (seen with six test workers on two cores).
        send_batch(db, office.batch_id, [f"modem:{vm.url}?gap=0.3"], inbox_every=-1)
        # lost: the report(s) announced before the worker read the first notice (one or two on an
        # idle machine; more while other work slows the worker), never the ones after the switch
        lost = len(vm.state.reports)
        assert vm.state.cnmi_ds == 1 and 1 <= lost < 6
        assert statuses(db, office.batch_id) == {"delivered": 6 - lost, "sent": lost}


def test_storage_memories_are_read_from_cpms() -> None:
    assert memories_of('("SM","ME","SR"),("SM","ME"),("SM","ME")') == ["SM", "ME", "SR"]
    assert memories_of('"SM","ME"') == ["SM", "ME"]  # the iWOW style without lists
    assert memories_of('"SR",3,50,"SM",0,50,"SM",0,50') == ["SR", "SM", "SM"]


class AndroidPhone:
    """android-sms-gateway's local API as documented: POST /message, GET /message/{id}."""

    def __init__(self) -> None:
        self.states: dict[str, str] = {}

    def send(self, request: Request) -> Response:
        body = json.loads(request.data)
        self.states[body["id"]] = "Pending"
        return self._answer(body["id"], body["phoneNumbers"][0], 202)

    def status(self, request: Request) -> Response:
        ident = request.path.rsplit("/", 1)[1]
        if ident not in self.states:
            return Response("{}", status=404, content_type="application/json")
        return self._answer(ident, "", 200)

    def _answer(self, ident: str, to: str, code: int) -> Response:
        state = self.states[ident]
        return Response(json.dumps({"id": ident, "state": state, "recipients": [{"phoneNumber": to, "state": state}]}),
                        status=code, content_type="application/json")


def test_a_gateways_message_that_changed_while_we_were_away_is_updated_by_inbox_sync(
        db: Database, httpserver: HTTPServer) -> None:
    phone_app = AndroidPhone()
    httpserver.expect_request("/message", method="POST").respond_with_handler(phone_app.send)
    httpserver.expect_request(uri=_Prefix("/message/"), method="GET").respond_with_handler(phone_app.status)
    spec = f"android-gateway:http://sms:secret-Pa55@127.0.0.1:{httpserver.port}"
    office = make_office(db, 3)
    send_batch(db, office.batch_id, [spec + "?gap=0"], inbox_every=-1, report_grace=0)
    assert statuses(db, office.batch_id) == {"sent": 3} and len(phone_app.states) == 3
    first, second, _third = sorted(phone_app.states)
    phone_app.states[first], phone_app.states[second] = "Delivered", "Failed"  # while we were not running
    res = run_cli("--db", db.url, "inbox", "sync", "--transport", spec, "--json")
    assert res.code == 0, res.err
    assert res.json() == {"read": 0, "opted_out": 0, "held": 0, "wrong_number": 0, "reports_stored": 2, "messages_changed": 2}
    assert statuses(db, office.batch_id) == {"delivered": 1, "failed": 1, "sent": 1}
    polls = [r for r, _ in httpserver.log if r.method == "GET"]
    assert len(polls) == 3  # every message still `sent`, asked by its reference
    again = run_cli("--db", db.url, "inbox", "sync", "--transport", spec, "--json").json()
    assert isinstance(again, dict) and again["reports_stored"] == 0  # only the one still `sent` is asked again
    assert len([r for r, _ in httpserver.log if r.method == "GET"]) == 4


class _Prefix(URIPattern):
    """A URI matcher for pytest-httpserver: any path under a prefix."""

    def __init__(self, prefix: str) -> None:
        self.prefix = prefix

    def match(self, uri: str) -> bool:
        return uri.startswith(self.prefix)


class WebhookAtTheEnd:
    """Progress that, as the workers finish, has the phone call our webhook: each message was
    delivered (before `send` stores what it heard and exits)."""

    def __init__(self, phone_app: AndroidPhone, numbers: dict[str, str]) -> None:
        self.phone_app, self.numbers, self.url = phone_app, numbers, ""
        self.answers: list[int] = []

    def report(self, done: int, total: int, note: str = "") -> None:
        import httpx

        from operator_app.sms.gateways.android import signature

        if note != "done" or self.answers:
            return
        for n, ident in enumerate(sorted(self.phone_app.states)):
            body = json.dumps({"deviceId": "dev1", "event": "sms:delivered", "id": f"e{n}", "webhookId": "w1",
                               "payload": {"messageId": ident, "recipient": self.numbers[ident]}}).encode()
            stamp = str(int(datetime.now(UTC).timestamp()))
            headers = {"X-Signature": signature("sign-K3y-9", body, stamp), "X-Timestamp": stamp,
                       "Content-Type": "application/json"}
            self.answers.append(httpx.post(self.url, content=body, headers=headers).status_code)

    def check_cancelled(self) -> None:
        pass


def test_a_gateways_webhook_reports_heard_while_send_runs_are_stored(db: Database, httpserver: HTTPServer) -> None:
    phone_app = AndroidPhone()
    numbers: dict[str, str] = {}

    def send(request: Request) -> Response:
        body = json.loads(request.data)
        numbers[body["id"]] = body["phoneNumbers"][0]
        return phone_app.send(request)

    httpserver.expect_request("/webhooks", method="POST").respond_with_json({"id": "x"}, status=201)
    httpserver.expect_request("/message", method="POST").respond_with_handler(send)
    hook = WebhookAtTheEnd(phone_app, numbers)

    def opener(spec: TransportSpec) -> Transport:
        transport = open_transport(spec)
        hook.url = getattr(transport, "callback_url", "")
        return transport

    spec = (f"android-gateway:http://sms:secret-Pa55@127.0.0.1:{httpserver.port}"
            "?gap=0&callback=127.0.0.1:0&signing-key=sign-K3y-9")
    office = make_office(db, 3)
    send_batch(db, office.batch_id, [spec], inbox_every=-1, progress=hook, opener=opener, report_grace=0.2)
    assert hook.answers == [200, 200, 200]
    assert statuses(db, office.batch_id) == {"delivered": 3} and reports_stored(db) == 3
