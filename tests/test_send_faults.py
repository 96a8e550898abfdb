"""Office faults through the CLI (`send`, in-process), on both engines: a wrong password (401,
403), a gateway that cannot be reached or stops answering, a used-up balance, a SIM wanting its
PIN, no network, a modem unplugged mid-run. Each stops that transport at once: every message not
on the air stays `queued` (never `failed`), one that may have gone as the fault struck is
`unknown` only when it is ambiguous, `send` exits 1 with ONE line in the operator's language
naming the cause and what to do; and a later `send` with the fault removed sends each message
exactly once. Real peers: local HTTP servers (pytest-httpserver, a socket that never answers)
and the virtual modem on TCP."""

from __future__ import annotations

import json
import socket
import threading
import time
from collections import Counter
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC

import pytest
from pytest_httpserver import HTTPServer
from sqlalchemy import select, update
from werkzeug import Request, Response

from operator_app.i18n import set_language
from operator_app.sms.modem.emulator import Faults, VirtualModem
from operator_app.store.db import Database, open_database
from operator_app.store.models import loan_table, message_table
from tests.conftest import run_cli
from tests.outbox_office import make_office, ten_am

NOW = ten_am().astimezone(UTC)
N = 19
MSG = message_table


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@dataclass
class Peer:
    """The far end of one case: what it received (contract per arrival), and how to serve it
    with the fault (phase 1) and without (phase 2)."""

    arrived: Counter[str] = field(default_factory=Counter)


def contract_of(text: str) -> str:
    return text.split()[0][-7:]  # the office's texts start with 【某某小贷】HT00001


class Gateway:
    """android-sms-gateway, Twilio-compatible and Aliyun answers from one handler: `fault` is the
    HTTP status and body while the fault lasts; None answers as the provider does when all is well."""

    def __init__(self, peer: Peer, kind: str) -> None:
        self.peer, self.kind = peer, kind
        self.fault: tuple[int, dict[str, object]] | None = None
        self.lock = threading.Lock()

    def __call__(self, request: Request) -> Response:
        if self.fault is not None:
            status, body = self.fault
            return Response(json.dumps(body, ensure_ascii=False), status=status, content_type="application/json")
        with self.lock:
            if self.kind == "android":
                body = json.loads(request.get_data(as_text=True))
                self.peer.arrived[contract_of(body["textMessage"]["text"])] += 1
                answer: dict[str, object] = {"id": body["id"], "state": "Pending"}
                return Response(json.dumps(answer), status=201, content_type="application/json")
            form = request.form
            if self.kind == "twilio":
                self.peer.arrived[contract_of(form["Body"])] += 1
                answer = {"sid": f"SM{sum(self.peer.arrived.values()):032d}", "status": "queued", "to": form["To"]}
                return Response(json.dumps(answer), status=201, content_type="application/json")
            params = json.loads(form["TemplateParam"])
            self.peer.arrived[params["contract_no"]] += 1
            answer = {"Code": "OK", "BizId": f"biz{sum(self.peer.arrived.values())}", "RequestId": "r"}
            return Response(json.dumps(answer), content_type="application/json")


@contextmanager
def silent_server(port: int = 0) -> Iterator[tuple[int, list[bytes]]]:
    """Reads each request and never answers (a gateway that hangs)."""
    listener = socket.socket()
    listener.bind(("127.0.0.1", port))
    listener.listen(8)
    received: list[bytes] = []
    held: list[socket.socket] = []

    def swallow() -> None:
        while True:
            try:
                conn, _ = listener.accept()
            except OSError:
                return
            held.append(conn)
            received.append(conn.recv(65536))

    threading.Thread(target=swallow, daemon=True).start()
    try:
        yield int(listener.getsockname()[1]), received
    finally:
        listener.close()
        for conn in held:
            conn.close()


def android(port: int) -> str:
    return f"android-gateway:http://office:phone-Pa55@127.0.0.1:{port}?gap=0"


def twilio(port: int, extra: str = "") -> str:
    return f"twilio:http://AC123:tok-Secret@127.0.0.1:{port}/?from=%2B15005550006&gap=0" + extra


def aliyun(port: int) -> str:
    return f"aliyun:http://KEYID:key-Secret@127.0.0.1:{port}/?sign=%E6%9F%90%E6%9F%90%E5%B0%8F%E8%B4%B7&gap=0"


# case -> (the zh_CN words its one line must hold, whether the message in hand may be in doubt)
CASES = {
    "http_401": ("用户名或密码", False),
    "http_403": ("用户名或密码", False),
    "unreachable": ("无法连接网关", False),
    "timeout": ("停止响应", True),  # Twilio-compatible: no key, so the message in hand is in doubt
    "timeout_dedup": ("停止响应", False),  # android-sms-gateway refuses a second copy of our id: it waits
    "balance": ("余额", False),
    "pin": ("PIN", False),
    "no_network": ("未注册到网络", False),
    "unplugged": ("拔出", True),
}


@contextmanager
def far_end(case: str, peer: Peer, httpserver: HTTPServer) -> Iterator[tuple[str, Callable[[], str]]]:
    """Yields the spec with the fault in place, and a function that removes the fault and gives
    the spec to use then (the same place, fixed: the right password, the gateway started, ...)."""
    if case in ("http_401", "http_403", "balance"):
        kind = "aliyun" if case == "balance" else "android"
        gateway = Gateway(peer, kind)
        gateway.fault = ((200, {"Code": "isv.AMOUNT_NOT_ENOUGH", "Message": "账户余额不足", "RequestId": "r"})
                         if case == "balance" else (int(case[-3:]), {"message": "Unauthorized"}))
        httpserver.expect_request("/", method="POST").respond_with_handler(gateway)
        httpserver.expect_request("/message", method="POST").respond_with_handler(gateway)
        make = aliyun if case == "balance" else android

        def fixed() -> str:
            gateway.fault = None
            return make(httpserver.port)

        yield make(httpserver.port), fixed
    elif case == "unreachable":
        port = free_port()  # nothing listens there yet
        server = HTTPServer(port=port)

        def started() -> str:
            server.expect_request("/message", method="POST").respond_with_handler(Gateway(peer, "android"))
            server.start()
            return android(port)

        try:
            yield android(port), started
        finally:
            if server.is_running():
                server.stop()
    elif case == "timeout_dedup":
        with silent_server() as (port, received):
            def answering_phone() -> str:
                assert len(received) == 2  # sent once more with the same id, then left waiting
                httpserver.expect_request("/message", method="POST").respond_with_handler(Gateway(peer, "android"))
                return android(httpserver.port)

            yield android(port) + "&timeout=0.5", answering_phone
    elif case == "timeout":
        with silent_server() as (port, received):
            def answering() -> str:
                assert len(received) == 1  # one request, never retried: it may have gone
                httpserver.expect_request("/2010-04-01/Accounts/AC123/Messages.json", method="POST") \
                    .respond_with_handler(Gateway(peer, "twilio"))
                return twilio(httpserver.port)

            yield twilio(port, "&timeout=0.5"), answering
    else:
        faults = Faults(no_network=case == "no_network", delay=0.02 if case == "unplugged" else 0.0)
        vm = VirtualModem(pin="1234" if case == "pin" else None, faults=faults)
        url = vm.serve_tcp()
        modems = [vm]
        if case == "unplugged":  # pulled out after the third message, for good
            def unplug() -> None:
                while len(vm.sent) < 3:
                    time.sleep(0.001)
                vm.stop()

            threading.Thread(target=unplug, daemon=True).start()

        def plugged() -> str:
            for one in modems:
                peer.arrived.update(contract_of(s.text) for s in one.sent)
            vm.stop()
            again = VirtualModem(pin="1234" if case == "pin" else None)
            again.serve_tcp(int(url.rsplit(":", 1)[1]))
            modems[:] = [again]
            return f"modem:{url}?gap=0" + ("&pin=1234" if case == "pin" else "")

        try:
            yield f"modem:{url}?gap=0", plugged
        finally:
            for one in modems:
                peer.arrived.update(contract_of(s.text) for s in one.sent)
                one.stop()


def states(db: Database, batch: int) -> dict[str, str]:
    with db.engine.connect() as conn:
        return {r.contract_no: r.status for r in conn.execute(
            select(loan_table.c.contract_no, MSG.c.status).join(loan_table, loan_table.c.id == MSG.c.loan_id)
            .where(MSG.c.batch_id == batch))}


@pytest.mark.parametrize("case", list(CASES))
def test_an_office_fault_pauses_the_batch_and_a_later_send_sends_each_once(
        db_url: str, httpserver: HTTPServer, monkeypatch: pytest.MonkeyPatch, case: str) -> None:
    words, may_doubt = CASES[case]
    monkeypatch.setenv("OPERATOR_APP_NOW", NOW.isoformat())
    db = open_database(db_url)
    office = make_office(db, N, now=NOW)
    if case == "balance":  # Aliyun sends approved templates only: each message carries its values
        with db.engine.begin() as conn:
            for i, message_id in enumerate(office.message_ids):
                frozen = {"aliyun": {"code": "SMS_1", "params": {"contract_no": f"HT{i:05d}"}}}
                conn.execute(update(MSG).where(MSG.c.id == message_id).values(provider_params=json.dumps(frozen)))
    peer = Peer()
    progress = ("正在发送", "Sending:")  # the progress lines a long run writes every two seconds
    with far_end(case, peer, httpserver) as (spec, fixed):
        first = run_cli("--db", db_url, "--lang", "zh_CN", "send", str(office.batch_id), "--transport", spec)
        lines = [line for line in first.err.splitlines() if line.strip() and not line.startswith(progress)]
        assert first.code == 1, first.err
        assert len(lines) == 1 and words in lines[0] and "{" not in lines[0], first.err
        assert "Traceback" not in first.err and "tok-Secret" not in first.err + first.out
        after = Counter(states(db, office.batch_id).values())
        assert "failed" not in after and "sending" not in after, after
        assert after["unknown"] <= (1 if may_doubt else 0), after
        went = after["sent"] + after["delivered"]
        assert after["queued"] == N - went - after["unknown"] > 0
        second = run_cli("--db", db_url, "--lang", "en", "send", str(office.batch_id), "--transport", fixed(),
                         "--json")
        assert second.code == 0, second.err
        summary = json.loads(second.out)
        assert summary["faults"] == [] and summary["queued"] == 0 and summary["status"] == "done"
    final = states(db, office.batch_id)
    assert set(final.values()) <= {"sent", "delivered", "unknown"}
    unknown = {c for c, s in final.items() if s == "unknown"}
    assert all(peer.arrived[c] == 1 for c, s in final.items() if s != "unknown"), peer.arrived
    assert all(peer.arrived[c] <= 1 for c in unknown) and max(peer.arrived.values()) == 1
    db.dispose()
    set_language("en")
