"""Gateway specs, credentials, the retry arithmetic and the CLI over every preset; the secret is
searched for in every output (errors, repr, str, logs, --json)."""

from __future__ import annotations

import json
import random
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime

import httpx
import keyring
import pytest
from hypothesis import given
from hypothesis import strategies as st
from keyring.backend import KeyringBackend, properties
from pytest_httpserver import HTTPServer
from werkzeug import Request, Response

from operator_app.sms.connect import parse_transport
from operator_app.sms.gateways import open_gateway
from operator_app.sms.gateways.core import RetryPolicy, retry_after
from operator_app.sms.gateways.reports import ReportBook
from operator_app.sms.gateways.spec import GatewaySpecError, parse_gateway_spec, resolve_secret
from operator_app.sms.transport import AmbiguousSend, TransportSpecError

SECRET = "Top-S3cret-Pa55"

SPECS = [
    f"kannel:http://office:{SECRET}@127.0.0.1:13013/?from=OFFICE&gap=2&daily=500",
    f"android-gateway:http://sms:{SECRET}@192.168.1.20:8080?gap=2&daily=500&sim=1",
    f"android-gateway:https://sms:{SECRET}@api.example.org/3rdparty/v1?gap=2&daily=500",
    f"aliyun:https://LTAIkey:{SECRET}@dysmsapi.aliyuncs.com/?sign=OFFICE&gap=2&daily=500",
    f"twilio:https://AC123:{SECRET}@api.example.com/?from=%2B15005550006&gap=2&daily=500",
]


@pytest.mark.parametrize("text", SPECS)
def test_every_kind_parses_with_pacing_and_hides_the_secret(text: str) -> None:
    spec = parse_gateway_spec(text)
    assert spec.secret == SECRET and (spec.gap, spec.daily) == (2.0, 500)
    transport_spec = parse_transport(text)
    assert transport_spec.gateway == spec and transport_spec.options == {"gap": "2", "daily": "500"}
    for shown in (str(spec), repr(spec), str(transport_spec), repr(transport_spec)):
        assert SECRET not in shown and "***" in shown


def test_http_profile_spec_and_its_pacing() -> None:
    spec = parse_transport("http:/etc/office/platform.toml?gap=0.5&daily=0")
    assert spec.kind == "http" and spec.gateway.url == "/etc/office/platform.toml" and spec.options["gap"] == "0.5"


@pytest.mark.parametrize(("text", "code"), [
    ("kannel:ftp://h/", "gateway_url"),
    ("kannel:http:///nohost", "gateway_url"),
    ("kannel:http://h:99999/", "gateway_url"),
    ("twilio:https://a:b@h/?bogus=1", "gateway_option"),
    ("twilio:https://a:b@h/?gap=soon", "gateway_option_value"),
    ("android-gateway:http://a:b@h?daily=-3", "gateway_option_value"),
    ("http:profile.json", "gateway_profile_path"),
    ("kannel:http://a:b@h/?charset=klingon", "gateway_charset"),
])
def test_bad_specs_are_bad_input_and_never_echo_the_secret(text: str, code: str) -> None:
    with pytest.raises((GatewaySpecError, TransportSpecError)) as caught:
        parse_transport(text)
    assert caught.value.code == code and caught.value.exit_code == 2
    assert "b@" not in str(caught.value.params)


def test_secret_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("OPERATOR_SMS_SECRET", "from-env")
    assert resolve_secret(parse_gateway_spec("kannel:http://office@127.0.0.1:13013/")) == "from-env"
    monkeypatch.setenv("KANNEL_PW", "named-env")
    assert resolve_secret(parse_gateway_spec("kannel:http://office@127.0.0.1:13013/?secret-env=KANNEL_PW")) == "named-env"


def test_no_keyring_backend_says_what_to_do(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("OPERATOR_SMS_SECRET", raising=False)
    from keyring.backends import fail

    previous = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    try:
        with pytest.raises(GatewaySpecError) as caught:
            resolve_secret(parse_gateway_spec("kannel:http://office@127.0.0.1:13013/"))
    finally:
        keyring.set_keyring(previous)
    assert caught.value.code == "gateway_no_keyring" and caught.value.params["env"] == "OPERATOR_SMS_SECRET"


class MemoryKeyring(KeyringBackend):
    """A keyring backend kept in memory (the OS ones need a desktop session), plugged in with
    keyring.set_keyring where a test uses it."""

    @properties.classproperty
    def priority(cls) -> float:
        # Not viable for keyring's own discovery, which would make it every test's default backend
        # (keyring: a backend not suitable here raises RuntimeError from `priority`).
        raise RuntimeError("plugged in by tests only")

    def __init__(self) -> None:
        super().__init__()
        self.store: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.store.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.store[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.store.pop((service, username), None)


def test_no_backend_a_test_defines_is_one_keyring_would_pick_by_itself() -> None:
    """keyring discovers every KeyringBackend subclass ever imported and takes the viable one with
    the highest priority: a viable test backend would silently become the whole run's keyring."""
    import tests.test_transports  # noqa: F401  (its backend too)

    defined = [c for c in KeyringBackend._classes  # type: ignore[attr-defined]
               if c.__module__.rpartition(".")[2].startswith("test_")]
    assert {c.__module__.rpartition(".")[2] for c in defined} >= {"test_gateway_core", "test_transports"}
    assert [c for c in defined if c.viable] == []


def test_secret_from_the_keyring(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("OPERATOR_SMS_SECRET", raising=False)
    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    try:
        keyring.set_password("operator-app", "twilio:AC123@api.example.com", "kept-in-keyring")
        assert resolve_secret(parse_gateway_spec("twilio:https://AC123@api.example.com/")) == "kept-in-keyring"
        with pytest.raises(GatewaySpecError) as caught:
            resolve_secret(parse_gateway_spec("twilio:https://AC999@api.example.com/"))
    finally:
        keyring.set_keyring(previous)
    assert caught.value.code == "gateway_no_secret" and caught.value.params["account"] == "twilio:AC999@api.example.com"


@given(st.integers(min_value=0, max_value=20), st.integers())
def test_backoff_is_exponential_with_bounded_jitter(attempt: int, seed: int) -> None:
    policy = RetryPolicy(base=0.5, cap=8.0)
    step = min(8.0, 0.5 * 2 ** attempt)
    delay = policy.delay(attempt, random.Random(seed))
    assert step / 2 <= delay <= step


def test_retry_after_seconds_and_http_date() -> None:
    now = datetime(2026, 12, 1, 9, 0, tzinfo=UTC)
    assert retry_after(httpx.Response(429, headers={"Retry-After": "7"})) == 7.0
    later = format_datetime(now + timedelta(seconds=30), usegmt=True)
    assert retry_after(httpx.Response(429, headers={"Retry-After": later}), now) == 30.0
    assert retry_after(httpx.Response(429, headers={"Retry-After": "soon"})) is None
    assert retry_after(httpx.Response(429)) is None


def test_callback_server_unknown_path_is_404(httpserver: HTTPServer) -> None:
    httpserver.expect_request("/webhooks").respond_with_json({}, status=201)
    transport = open_gateway(f"android-gateway:http://sms:{SECRET}@127.0.0.1:{httpserver.port}?callback=127.0.0.1:0")
    try:
        assert transport.server is not None
        assert httpx.get(transport.server.base_url + "/nothing").status_code == 404
        unsigned = httpx.post(transport.callback_url, json={"event": "sms:delivered", "id": "e", "payload": {}})
        assert unsigned.status_code == 403  # no signing key configured: nothing is trusted
    finally:
        transport.close()


def test_callback_address_in_use_is_a_clear_error(httpserver: HTTPServer) -> None:
    with pytest.raises(GatewaySpecError) as caught:
        open_gateway(f"kannel:http://o:{SECRET}@127.0.0.1:{httpserver.port}/?callback=127.0.0.1:{httpserver.port}")
    assert caught.value.code == "gateway_callback_address" and SECRET not in str(caught.value)


def _accepted(request: Request) -> Response:
    body = json.loads(request.data)
    return Response(json.dumps({"id": body["id"], "state": "Pending"}), status=202, content_type="application/json")


@pytest.mark.parametrize("kind", ["android-gateway", "twilio", "aliyun"])
def test_cli_sms_send_json_for_each_preset(kind: str, httpserver: HTTPServer, capsys: pytest.CaptureFixture[str],
                                           caplog: pytest.LogCaptureFixture) -> None:
    from operator_app.cli import main

    caplog.set_level("DEBUG")
    base = f"http://ID:{SECRET}@127.0.0.1:{httpserver.port}"
    extra: list[str] = []
    if kind == "android-gateway":
        httpserver.expect_request("/message").respond_with_handler(_accepted)
        spec = f"{kind}:{base}"
    elif kind == "twilio":
        httpserver.expect_request("/2010-04-01/Accounts/ID/Messages.json").respond_with_json(
            {"sid": "SM1", "status": "queued"}, status=201)
        spec = f"{kind}:{base}/?from=%2B15005550006"
    else:
        httpserver.expect_request("/").respond_with_json({"Code": "OK", "BizId": "B1", "RequestId": "r"})
        spec = f"{kind}:{base}/?sign=OFFICE"
        extra = ["--template-code", "SMS_1", "--param", "name=张*"]
    code = main(["sms", "send", "--transport", spec, "--to", "13800138000", "--text", "您好", "--json", *extra])
    out, err = capsys.readouterr()
    assert code == 0, err
    data = json.loads(out)
    assert data["to"] == "+8613800138000" and data["status"] == "sent" and len(data["references"]) == 1
    ours = "\n".join(r.getMessage() for r in caplog.records if not r.name.startswith("werkzeug"))
    assert SECRET not in out + err + ours


def test_cli_aliyun_without_template_is_refused(capsys: pytest.CaptureFixture[str]) -> None:
    from operator_app.cli import main

    code = main(["sms", "send", "--transport", f"aliyun:https://ID:{SECRET}@127.0.0.1:9/?sign=X",
                 "--to", "13800138000", "--text", "hi"])
    _, err = capsys.readouterr()
    assert code == 2 and "template" in err and SECRET not in err


def test_cli_bad_spec_is_one_line_exit_2(capsys: pytest.CaptureFixture[str]) -> None:
    from operator_app.cli import main

    code = main(["sms", "send", "--transport", f"twilio:https://ID:{SECRET}@h/?nope=1", "--to", "13800138000",
                 "--text", "hi"])
    _, err = capsys.readouterr()
    assert code == 2 and err.count("\n") == 1 and "nope" in err and SECRET not in err


def test_every_preset_is_a_transport(tmp_path: object) -> None:
    from operator_app.sms.transport import Transport

    for text in SPECS:
        transport = open_gateway(text)
        try:
            assert isinstance(transport, Transport)
            status = transport.status()
            assert status.ready and SECRET not in status.name and status.signal_bars is None
        finally:
            transport.close()


def test_callback_url_names_the_address_the_gateway_calls(httpserver: HTTPServer) -> None:
    httpserver.expect_request("/cgi-bin/sendsms").respond_with_data("0: Accepted for delivery", status=202)
    transport = open_gateway(f"kannel:http://o:{SECRET}@127.0.0.1:{httpserver.port}/?from=O&callback=127.0.0.1:0"
                             "&callback-url=http://office.example:9000/")
    try:
        transport.send("+8613800138000", "hi", key="c1")
        dlr = httpserver.log[0][0].headers["X-Kannel-DLR-Url"]
        assert dlr.startswith("http://office.example:9000/kannel/dlr/") and transport.server is not None
        local = dlr.replace("http://office.example:9000", transport.server.base_url)
        assert httpx.get(local.replace("%d", "1").replace("%A", "").replace("%T", "").replace("%p", "")).status_code == 200
        assert transport.book.state("c1") == "delivered"
    finally:
        transport.close()


def test_a_proxy_504_is_ambiguous_without_dedup_and_retried_with_it(httpserver: HTTPServer) -> None:
    httpserver.expect_ordered_request("/2010-04-01/Accounts/AC1/Messages.json").respond_with_data("", status=504)
    transport = open_gateway(f"twilio:http://AC1:{SECRET}@127.0.0.1:{httpserver.port}/?from=%2B1500", sleep=lambda s: None)
    try:
        with pytest.raises(AmbiguousSend):
            transport.send("+8613800138000", "hi")
    finally:
        transport.close()
    assert len(httpserver.log) == 1
    httpserver.clear()
    httpserver.expect_ordered_request("/message").respond_with_data("", status=502)
    httpserver.expect_ordered_request("/message").respond_with_handler(_accepted)
    transport = open_gateway(f"android-gateway:http://s:{SECRET}@127.0.0.1:{httpserver.port}", sleep=lambda s: None)
    try:
        assert transport.send("+8613800138000", "hi", key="p1").references == ("p1",)
    finally:
        transport.close()
    assert len(httpserver.log) == 2


@pytest.mark.parametrize(("text", "option"), [("twilio:https://AC1:x@h/", "from"), ("aliyun:https://K:x@h/", "sign")])
def test_required_options(text: str, option: str) -> None:
    with pytest.raises(GatewaySpecError) as caught:
        open_gateway(text)
    assert caught.value.code == "gateway_option_missing" and caught.value.params["option"] == option


events = st.lists(st.tuples(st.sampled_from(["delivered", "failed", "sent"]), st.integers(0, 6)), max_size=12)


@given(st.integers(1, 4), events)
def test_report_book_outcome(parts: int, stream: list[tuple[str, int]]) -> None:
    """Rule: a message is delivered when every part was (each event counted once), failed when
    a part failed first; the first outcome is final and reported exactly once."""
    book = ReportBook("t")
    book.expect("m", "+86", parts)
    seen: set[str] = set()
    delivered, outcome = 0, None
    for state, ident in stream:
        book.add("m", state, event_id=f"{state}{ident}")
        if f"{state}{ident}" in seen or outcome is not None:
            seen.add(f"{state}{ident}")
            continue
        seen.add(f"{state}{ident}")
        if state == "delivered":
            delivered += 1
            outcome = "delivered" if delivered >= parts else None
        elif state == "failed":
            outcome = "failed"
    assert book.state("m") == (outcome or "sent")
    assert [r.status for r in book.drain()] == ([outcome] if outcome else [])
