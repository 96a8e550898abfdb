"""A real Kannel (Debian's bearerbox + smsbox) with `smsc = fake`: our Kannel transport posts to
smsbox, bearerbox hands the message to the fake SMSC connection (played here over TCP, in
Kannel's fake-SMSC line protocol), and Kannel's delivery report comes back to our callback."""

from __future__ import annotations

import shutil
import socket
import subprocess
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import unquote_to_bytes

import httpx
import pytest
from pytest_httpserver import HTTPServer

from operator_app.errors import KnownError
from operator_app.sms.gateways import open_gateway
from operator_app.sms.gateways.spec import GatewaySettingsError
from operator_app.sms.modem.emulator import Faults, VirtualModem

BEARERBOX = shutil.which("bearerbox") or "/usr/sbin/bearerbox"
SMSBOX = shutil.which("smsbox") or "/usr/sbin/smsbox"
PASSWORD = "k4nnel-S3cret"


def form_bytes(value: bytes) -> bytes:
    """Kannel's fake SMSC writes user data form-encoded: %XX escapes and + for a 0x20 byte."""
    return unquote_to_bytes(value.replace(b"+", b" "))


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@dataclass
class FakeSmsc:
    """The far end of `smsc = fake`: collects every line bearerbox sends (one per part)."""

    sock: socket.socket
    lines: list[bytes] = field(default_factory=list)

    def run(self) -> None:
        buffer = b""
        while True:
            try:
                data = self.sock.recv(65536)
            except OSError:
                return
            if not data:
                return
            buffer += data
            while b"\n" in buffer:
                line, buffer = buffer.split(b"\n", 1)
                self.lines.append(line)

    def messages(self) -> list[tuple[str, str, bytes]]:
        """(from, to, user data) per message, concatenated parts joined in their UDH order."""
        singles: list[tuple[str, str, bytes]] = []
        concat: dict[tuple[str, str, int], dict[int, bytes]] = {}
        totals: dict[tuple[str, str, int], int] = {}
        for line in list(self.lines):
            sender, to, kind, tail = line.split(b" ", 3)
            rest = tail.split(b" ")
            if kind == b"udh":
                udh, data = form_bytes(rest[0]), form_bytes(rest[2])
                assert udh[1] == 0x00 and udh[2] == 3  # concatenation IE, 8-bit reference
                key = (sender.decode(), to.decode(), udh[3])
                concat.setdefault(key, {})[udh[5]] = data
                totals[key] = udh[4]
            else:
                singles.append((sender.decode(), to.decode(), tail if kind == b"text" else form_bytes(tail)))
        for key, parts in concat.items():
            if len(parts) == totals[key]:
                singles.append((key[0], key[1], b"".join(parts[i] for i in sorted(parts))))
        return singles


@dataclass
class Kannel:
    url: str
    smsc: FakeSmsc
    log_dir: Path


def _wait_port(port: int, timeout: float = 15.0) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            socket.create_connection(("127.0.0.1", port), 0.5).close()
            return
        except OSError:
            time.sleep(0.1)
    raise AssertionError(f"port {port} did not open")


def kannel_config(tmp_path: Path, box: int, sendsms: int, smsc: str) -> Path:
    admin = free_port()
    config = tmp_path / "kannel.conf"
    config.write_text(f"""
group = core
admin-port = {admin}
admin-password = adm-{admin}
smsbox-port = {box}
box-allow-ip = 127.0.0.1
log-file = "{tmp_path}/bearerbox.log"
log-level = 0
dlr-storage = internal
{smsc}
group = smsbox
bearerbox-host = 127.0.0.1
bearerbox-port = {box}
sendsms-port = {sendsms}
log-file = "{tmp_path}/smsbox.log"
log-level = 0

group = sendsms-user
username = office
password = {PASSWORD}
max-messages = 10
concatenation = true
""")
    return config


def stop(processes: list[subprocess.Popen[bytes]]) -> None:
    for process in reversed(processes):
        process.terminate()
    for process in processes:
        try:
            process.wait(10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(5)


@pytest.fixture
def kannel(tmp_path: Path) -> Iterator[Kannel]:
    box, smsc_port, sendsms = free_port(), free_port(), free_port()
    config = kannel_config(tmp_path, box, sendsms, f"""
group = smsc
smsc = fake
smsc-id = fake
port = {smsc_port}
connect-allow-ip = 127.0.0.1
""")
    processes = [subprocess.Popen([BEARERBOX, str(config)], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)]
    try:
        _wait_port(smsc_port)
        sock = socket.create_connection(("127.0.0.1", smsc_port))
        smsc = FakeSmsc(sock)
        threading.Thread(target=smsc.run, daemon=True).start()
        _wait_port(box)
        processes.append(subprocess.Popen([SMSBOX, str(config)], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL))
        _wait_port(sendsms)
        yield Kannel(f"http://office:{PASSWORD}@127.0.0.1:{sendsms}/", smsc, tmp_path)
        sock.close()
    finally:
        stop(processes)


@dataclass
class KannelModem:
    url: str
    modem: VirtualModem


@pytest.fixture
def kannel_modem(tmp_path: Path, request: pytest.FixtureRequest) -> Iterator[KannelModem]:
    """Kannel's own AT driver (`smsc = at`) on a pty to our virtual modem. The modem definition
    skips the PIN query and sets CNMI as the virtual modem takes it: Kannel takes "+CPIN: READY"
    for the final answer, and the virtual modem knows no AT+CSMS."""
    modem = VirtualModem(faults=getattr(request, "param", None))
    device = modem.serve_pty()
    box, sendsms = free_port(), free_port()
    config = kannel_config(tmp_path, box, sendsms, f"""
group = smsc
smsc = at
smsc-id = modem
modemtype = virtual
device = {device}
speed = 115200

group = modems
id = virtual
name = "operator-app virtual modem"
no-pin = true
init-string = "AT+CNMI=2,1,0,1,0"
""")
    processes = [subprocess.Popen([BEARERBOX, str(config)], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)]
    try:
        _wait_port(box)
        processes.append(subprocess.Popen([SMSBOX, str(config)], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL))
        _wait_port(sendsms)
        yield KannelModem(f"http://office:{PASSWORD}@127.0.0.1:{sendsms}/", modem)
    finally:
        stop(processes)
        modem.stop()


def _wait(predicate: object, timeout: float = 10.0) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if predicate():  # type: ignore[operator]
            return
        time.sleep(0.05)


LONG_CHINESE = ("【诚信贷】张*先生您好，您的借款合同 HT20240518 本期应还 1,234.50 元已逾期 5 天，"
                "请尽快通过官方 App 或对公账户还款，以免影响您的信用记录。如已还款请忽略。退订回T 😀") * 2


def test_long_chinese_arrives_byte_exact_and_the_report_comes_back(kannel: Kannel,
                                                                   caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level("DEBUG")
    transport = open_gateway(f"kannel:{kannel.url}?from=OFFICE&callback=127.0.0.1:0")
    try:
        result = transport.send("+8613800138000", LONG_CHINESE, key="msg-41")
        assert result.encoding == "ucs2" and result.parts > 2 and result.references == ("msg-41",)
        _wait(lambda: kannel.smsc.messages())
        [(sender, to, data)] = kannel.smsc.messages()
        assert (sender, to) == ("OFFICE", "+8613800138000")
        assert data == LONG_CHINESE.encode("utf-16-be")  # byte-exact, surrogate pair included
        assert len(kannel.smsc.lines) == result.parts
        assert transport.wait_final("msg-41", 10) == "delivered"
        [report] = transport.reports()
        assert (report.reference, report.status, report.recipient) == ("msg-41", "delivered", "+8613800138000")
        assert "sendsms" in caplog.text and PASSWORD not in caplog.text + repr(transport) + str(transport.spec)
    finally:
        transport.close()


def test_plain_text_goes_as_gsm(kannel: Kannel) -> None:
    transport = open_gateway(f"kannel:{kannel.url}?from=OFFICE")
    try:
        result = transport.send("+8613800138001", "Pay 100 RMB today please")
        assert result.encoding == "gsm7" and result.parts == 1
        _wait(lambda: kannel.smsc.messages())
        [(_, to, data)] = kannel.smsc.messages()
        assert to == "+8613800138001" and data == b"Pay 100 RMB today please"
    finally:
        transport.close()


def test_wrong_password_is_a_settings_error_without_the_secret(kannel: Kannel) -> None:
    url = kannel.url.replace(PASSWORD, "wrong-Pa55")
    transport = open_gateway(f"kannel:{url}")
    try:
        with pytest.raises(GatewaySettingsError) as caught:
            transport.send("+8613800138000", "hello")
    finally:
        transport.close()
    assert caught.value.code == "gateway_auth" and not caught.value.temporary
    assert "wrong-Pa55" not in str(caught.value) and "wrong-Pa55" not in repr(transport)
    assert kannel.smsc.lines == []


def test_missing_sender_is_rejected_with_kannels_reason(kannel: Kannel) -> None:
    transport = open_gateway(f"kannel:{kannel.url}")  # no from= and no global-sender
    try:
        with pytest.raises(KnownError) as caught:
            transport.send("+8613800138000", "hello")
    finally:
        transport.close()
    assert caught.value.code == "gateway_rejected" and not caught.value.temporary
    assert "rejected" in caught.value.params["reason"].lower()


def test_forged_report_is_refused(kannel: Kannel) -> None:
    transport = open_gateway(f"kannel:{kannel.url}?from=OFFICE&callback=127.0.0.1:0")
    try:
        transport.send("+8613800138000", "hello", key="m1")
        good = transport.wait_final("m1", 10)
        forged = httpx.get(transport.callback_url, params={"id": "m2", "t": "0" * 32, "type": "2"})
        assert good == "delivered" and forged.status_code == 403
        assert transport.book.state("m2") is None
    finally:
        transport.close()


def test_cli_sms_send_through_kannel(kannel: Kannel, capsys: pytest.CaptureFixture[str]) -> None:
    from operator_app.cli import main

    spec = f"kannel:{kannel.url}?from=OFFICE&callback=127.0.0.1:0"
    code = main(["--lang", "en", "sms", "send", "--transport", spec, "--to", "13800138000",
                 "--text", "您好，请按时还款", "--wait-report", "10", "--json"])
    out, err = capsys.readouterr()
    assert code == 0, err
    assert '"status": "delivered"' in out and '"encoding": "ucs2"' in out and '"to": "+8613800138000"' in out
    assert PASSWORD not in out + err
    _wait(lambda: kannel.smsc.messages())
    assert kannel.smsc.messages()[0][2] == "您好，请按时还款".encode("utf-16-be")


@pytest.mark.parametrize(("status", "body", "code", "temporary"), [
    (202, "3: Queued for later delivery", None, False),
    (403, "Not routable. Do not try again.", "gateway_not_routable", False),
    (503, "Temporal failure, try again later.", "gateway_busy", True),
    (400, "Number(s) has/have been denied.", "gateway_rejected", False),
    (403, "Authorization failed for sendsms", "gateway_auth", False),
])
def test_smsbox_answers_mapped(httpserver: HTTPServer, status: int, body: str, code: str | None,
                               temporary: bool) -> None:
    """smsbox's documented answers that a fake SMSC cannot provoke, played by a local server."""
    httpserver.expect_request("/cgi-bin/sendsms", method="POST").respond_with_data(body, status=status)
    transport = open_gateway(f"kannel:http://office:{PASSWORD}@127.0.0.1:{httpserver.port}/?from=OFFICE&retries=1")
    try:
        if code is None:
            assert transport.send("+8613800138000", "hi", key="q1").references == ("q1",)
        else:
            with pytest.raises(KnownError) as caught:
                transport.send("+8613800138000", "hi")
            assert caught.value.code == code and caught.value.temporary is temporary
            assert PASSWORD not in str(caught.value)
    finally:
        transport.close()
    request = httpserver.log[0][0]
    assert request.headers["X-Kannel-Password"] == PASSWORD and PASSWORD not in request.full_path


@pytest.mark.parametrize(("kind", "state"), [("2", "failed"), ("16", "failed"), ("1", "delivered")])
def test_final_report_types(httpserver: HTTPServer, kind: str, state: str) -> None:
    """Kannel's GET on our dlr-url, as it expands %d / %A / %T / %p."""
    httpserver.expect_request("/cgi-bin/sendsms").respond_with_data("0: Accepted for delivery", status=202)
    transport = open_gateway(f"kannel:http://office:{PASSWORD}@127.0.0.1:{httpserver.port}/?from=O&callback=127.0.0.1:0")
    try:
        transport.send("+8613800138000", "hi", key="d1")
        template = httpserver.log[0][0].headers["X-Kannel-DLR-Url"]
        url = (template.replace("%d", kind).replace("%A", "id%3A1+stat%3AUNDELIV").replace("%T", "1764579600")
               .replace("%p", "%2B8613800138000"))
        assert httpx.get(url).status_code == 200 and httpx.get(url.replace("type=", "type=8&x=")).status_code == 200
        assert httpx.get(url + "&type=4").status_code == 200
        [report] = transport.reports()
    finally:
        transport.close()
    assert (report.status, report.recipient, report.reference) == (state, "+8613800138000", "d1")
    assert report.at.year == 2025 and "UNDELIV" in report.detail


def test_utf16be_charset_declared_arrives_the_same(kannel: Kannel) -> None:
    transport = open_gateway(f"kannel:{kannel.url}?from=OFFICE&charset=UTF-16BE")
    try:
        transport.send("+8613800138000", "逾期提醒：请于今日还款。退订回T")
        _wait(lambda: kannel.smsc.messages())
        [(_, _, data)] = kannel.smsc.messages()
    finally:
        transport.close()
    assert data == "逾期提醒：请于今日还款。退订回T".encode("utf-16-be")


def test_through_kannels_at_driver_to_the_virtual_modem(kannel_modem: KannelModem) -> None:
    """bearerbox drives the (virtual) GSM modem itself; the modem's status report (+CDS) becomes
    Kannel's delivery report on our callback. Kannel asks for a report on the first part only."""
    transport = open_gateway(f"kannel:{kannel_modem.url}?from=OFFICE&callback=127.0.0.1:0")
    try:
        result = transport.send("+8613800138000", LONG_CHINESE, key="via-modem")
        _wait(lambda: len(kannel_modem.modem.sent) == result.parts, 30)
        sent = kannel_modem.modem.sent
        assert [s.concat[1:] for s in sent if s.concat] == [(result.parts, i + 1) for i in range(result.parts)]
        assert {s.to for s in sent} == {"+8613800138000"} and {s.encoding for s in sent} == {"ucs2"}
        assert "".join(s.text for s in sent) == LONG_CHINESE  # UCS-2 decoded: the same code units
        assert sent[0].status_report
        assert transport.wait_final("via-modem", 20) == "delivered"
        [report] = transport.reports()
        assert report.detail == "Success"
    finally:
        transport.close()


@pytest.mark.parametrize("kannel_modem", [Faults(report_status=0x46)], indirect=True)  # TP-ST: SME busy, final
def test_a_failed_status_report_fails_the_message(kannel_modem: KannelModem) -> None:
    transport = open_gateway(f"kannel:{kannel_modem.url}?from=OFFICE&callback=127.0.0.1:0")
    try:
        transport.send("+8613800138000", "您好，请按时还款", key="fails")
        assert transport.wait_final("fails", 30) == "failed"
    finally:
        transport.close()
