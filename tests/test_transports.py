"""Saved transports (Settings → Transports): profiles in the database without their secrets, the
secrets in the OS keyring (keyring's own API, with a backend registered through its documented
`set_keyring`) or, with no usable keyring, in a 0600 file that says what it is; `profile:NAME`
wherever a spec is taken; probing the virtual modem on a pty and TCP."""

from __future__ import annotations

import json
import os
import stat
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import keyring
import pytest
from jaraco.classes import properties
from keyring.backend import KeyringBackend
from keyring.backends import fail
from keyring.errors import PasswordDeleteError, PasswordSetError
from sqlalchemy import select

from operator_app.errors import KnownError
from operator_app.services.office.secrets import SecretStore, SecretStoreError
from operator_app.services.sending import transports
from operator_app.sms.modem.emulator import Faults, VirtualModem
from operator_app.store.db import Database, open_database
from operator_app.store.models import app_setting_table, audit_table
from tests.conftest import run_cli

SECRET = "k4nnel-S3cret/@&?"


class MemoryKeyring(KeyringBackend):
    """A keyring backend of this test, plugged in where keyring takes any backend."""

    @properties.classproperty
    def priority(cls) -> float:
        # Not viable for keyring's own discovery (it would become every test's default backend):
        # it is used only where a test plugs it in with keyring.set_keyring.
        raise RuntimeError("plugged in by tests only")

    def __init__(self, refuse: bool = False) -> None:
        super().__init__()
        self.values: dict[tuple[str, str], str] = {}
        self.refuse = refuse

    def get_password(self, service: str, username: str) -> str | None:
        return self.values.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        if self.refuse:
            raise PasswordSetError("locked")
        self.values[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        if (service, username) not in self.values:
            raise PasswordDeleteError(username)
        del self.values[(service, username)]


@pytest.fixture
def ring() -> Iterator[MemoryKeyring]:
    before = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    try:
        yield backend
    finally:
        keyring.set_keyring(before)


@pytest.fixture
def no_keyring() -> Iterator[None]:
    """This machine as it is: keyring finds no backend (its fail.Keyring). Set explicitly, since a
    test module that defines a viable backend class makes keyring pick that one by itself."""
    before = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    yield
    keyring.set_keyring(before)


@pytest.fixture
def store(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> SecretStore:
    monkeypatch.setenv("OPERATOR_APP_CONFIG", str(tmp_path / "config"))
    return SecretStore()


def kannel(name: str = "office", url: str = "http://127.0.0.1:13013/") -> transports.TransportProfile:
    return transports.TransportProfile(name, "kannel", url, "office", {"from": "OFFICE", "gap": "0"})


def stored_text(db: Database) -> str:
    with db.engine.connect() as conn:
        rows = [*conn.execute(select(app_setting_table.c.value)).scalars(),
                *conn.execute(select(audit_table.c.detail)).scalars()]
    return json.dumps(rows, ensure_ascii=False, default=str)


def test_a_gateway_profile_keeps_its_secret_in_the_keyring_and_resolves_by_name(
        db: Database, ring: MemoryKeyring, store: SecretStore) -> None:
    view = transports.save(db, kannel(), secret=SECRET, by="ann")
    assert view.secret == "saved" and "***" in view.shown and SECRET not in view.shown
    assert _kept(ring) == {("operator-app", "profile:office"): SECRET}
    assert SECRET not in stored_text(db) and "k4nnel" not in stored_text(db)
    assert store.place().kind == "keyring" and "MemoryKeyring" in store.place().detail
    assert not store.file.exists()

    spec = transports.resolve(db, ["profile:office"])[0]
    from operator_app.sms.connect import parse_transport

    parsed = parse_transport(spec)
    assert parsed.gateway.secret == SECRET and parsed.gateway.username == "office"
    assert parsed.gateway.options == {"from": "OFFICE", "gap": "0"}
    assert SECRET not in str(parsed)
    assert transports.resolve(db, ["office", "emulator:"]) == [spec, "emulator:"]  # the bare name too

    # editing without a new secret keeps the saved one for the same address; deleting forgets it
    transports.save(db, kannel(url="http://127.0.0.1:13013/cgi-bin/sendsms"), secret=None, by="ann")
    assert parse_transport(transports.resolve(db, ["office"])[0]).gateway.secret == SECRET
    # a new kind does not inherit the old secret: a gateway password is no SIM PIN
    transports.save(db, transports.TransportProfile("office", "modem", "COM3"), secret=None, by="ann")
    assert transports.resolve(db, ["office"]) == ["modem:COM3"] and ring.values == {}
    transports.delete_profile(db, "office", by="ann")
    assert ring.values == {} and transports.profiles(db) == []


def test_without_a_keyring_the_secret_goes_to_a_0600_file_that_says_so(db: Database, no_keyring: None,
                                                                      store: SecretStore) -> None:
    assert store.place().kind == "file"  # this machine has no keyring backend: keyring's fail.Keyring
    transports.save(db, kannel(), secret=SECRET, by="ann")
    mode = stat.S_IMODE(os.stat(store.file).st_mode)
    assert mode == 0o600
    assert {k: json.loads(v)["secret"] for k, v in json.loads(store.file.read_text(encoding="utf-8")).items()} == {
        "profile:office": SECRET}
    assert SECRET not in stored_text(db)
    assert transports.list_views(db)[0].secret == "saved"


def test_another_workstation_without_the_secret_is_told_to_enter_it(db: Database, no_keyring: None,
                                                                   store: SecretStore, tmp_path: Path) -> None:
    transports.save(db, kannel(), secret=SECRET, by="ann")
    elsewhere = SecretStore(tmp_path / "other-pc")
    assert transports.list_views(db, elsewhere)[0].secret == "missing"
    with pytest.raises(KnownError) as caught:
        transports.resolve(db, ["profile:office"], elsewhere)
    assert caught.value.code == "transport_profile_no_secret" and SECRET not in str(caught.value.params)


def test_bad_input_changes_nothing(db: Database, ring: MemoryKeyring) -> None:
    cases = [
        (transports.TransportProfile("two words", "emulator"), "transport_profile_name"),
        (transports.TransportProfile("x", "pigeon"), "transport_profile_kind"),
        (transports.TransportProfile("x", "kannel", "ftp://host/"), "gateway_url"),
        (transports.TransportProfile("x", "kannel", "http://u:p@host/"), "transport_profile_userinfo"),
        (transports.TransportProfile("x", "modem", ""), "transport_no_port"),
        (transports.TransportProfile("x", "modem", "COM3", options={"baud": "fast"}), "transport_option"),
        (transports.TransportProfile("x", "twilio", "https://api.example/", "AC1", {"bogus": "1"}), "gateway_option"),
    ]
    for profile, code in cases:
        with pytest.raises(KnownError) as caught:
            transports.save(db, profile, secret=SECRET, by="ann")
        assert caught.value.code == code, profile
        assert caught.value.exit_code == 2
        assert SECRET not in json.dumps(caught.value.params, default=str)
    assert transports.profiles(db) == [] and ring.values == {}
    with pytest.raises(KnownError) as unknown:
        transports.resolve(db, ["profile:nobody"])
    assert unknown.value.code == "transport_profile_unknown"


def test_a_keyring_that_refuses_leaves_no_profile_behind(db: Database) -> None:
    before = keyring.get_keyring()
    keyring.set_keyring(MemoryKeyring(refuse=True))
    try:
        with pytest.raises(SecretStoreError) as caught:
            transports.save(db, kannel(), secret=SECRET, by="ann")
    finally:
        keyring.set_keyring(before)
    assert caught.value.code == "secret_keyring_failed"
    assert transports.profiles(db) == []


def test_a_modem_pin_is_a_secret_too_and_the_probe_reads_the_virtual_modem_on_a_pty(
        db: Database, ring: MemoryKeyring) -> None:
    vm = VirtualModem(pin="4739")
    try:
        device = vm.serve_pty()
        profile, pin = transports.from_spec("stick", f"modem:{device}?pin=4739&gap=3")
        assert pin == "4739" and profile.options == {"gap": "3"}
        transports.save(db, profile, secret=pin, by="ann")
        assert "4739" not in stored_text(db)
        result = transports.check(transports.get(db, "stick"))
        assert result.modem is not None and result.gateway is None
        assert result.modem.operator == "CHINA MOBILE" and result.modem.registered and 0 < result.modem.bars <= 5
        assert transports.detect_port(["/dev/nonexistent-modem", device]) == device
    finally:
        vm.stop()


def test_the_probe_says_no_network_on_tcp() -> None:
    vm = VirtualModem(faults=Faults(no_network=True))
    try:
        profile = transports.TransportProfile("tcp", "modem", vm.serve_tcp())
        info = transports.check(profile).modem
        assert info is not None and not info.registered
    finally:
        vm.stop()


def test_cli_saves_lists_checks_and_sends_through_a_profile(sqlite_url: str, no_keyring: None,
                                                            store: SecretStore) -> None:
    """SQLite only: the CLI path is the same on both; the services above run on both."""
    open_database(sqlite_url).dispose()  # only import, demo and the GUI create an office
    assert run_cli("--db", sqlite_url, "transports", "add", "bench", "emulator:?gap=0", "--by", "ann").code == 0
    listed = run_cli("--db", sqlite_url, "transports", "list", "--json")
    assert json.loads(listed.out)[0]["spec"] == "emulator:?gap=0"
    checked = run_cli("--db", sqlite_url, "transports", "check", "bench", "--json")
    assert checked.code == 0 and json.loads(checked.out)["operator"] == "CHINA MOBILE"
    sent = run_cli("--db", sqlite_url, "sms", "send", "--transport", "profile:bench", "--to", "13800138000",
                   "--text", "hello", "--json")
    assert sent.code == 0 and json.loads(sent.out)["status"] == "sent"
    missing = run_cli("--db", sqlite_url, "sms", "send", "--transport", "profile:nobody", "--to", "13800138000",
                      "--text", "hello")
    assert missing.code == 2 and "bench" in missing.err
    added = run_cli("--db", sqlite_url, "transports", "add", "k", "kannel:http://office:pw-1@127.0.0.1:1/", "--by", "ann")
    assert "NOT encrypted" in added.out and str(store.file) in added.out and "pw-1" not in added.out
    assert run_cli("--db", sqlite_url, "transports", "delete", "k", "--by", "ann").code == 0
    assert run_cli("--db", sqlite_url, "transports", "delete", "bench", "--by", "ann").code == 0
    assert "No saved transports" in run_cli("--db", sqlite_url, "transports", "list").out


def test_cli_reads_the_secret_from_stdin_and_lists_ports(sqlite_url: str, ring: MemoryKeyring,
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    """SQLite only: the CLI's own plumbing. The secret typed on stdin never shows in the output."""
    import io

    monkeypatch.setattr("sys.stdin", io.StringIO("from-stdin-Pw\n"))
    open_database(sqlite_url).dispose()  # only import, demo and the GUI create an office
    added = run_cli("--db", sqlite_url, "transports", "add", "tw", "twilio:https://AC1@127.0.0.1:9/?from=%2B1500",
                    "--secret-stdin", "--by", "ann")
    assert added.code == 0 and "from-stdin-Pw" not in added.out
    assert _kept(ring) == {("operator-app", "profile:tw"): "from-stdin-Pw"}
    listed = json.loads(run_cli("--db", sqlite_url, "transports", "list", "--json").out)
    assert listed[0]["spec"] == "twilio:https://AC1:***@127.0.0.1:9/?from=+1500" and listed[0]["secret"] == "saved"
    ports = run_cli("transports", "ports", "--json")
    assert ports.code == 0 and all(set(p) == {"device", "description", "modem"} for p in json.loads(ports.out))


def _kept(ring: Any) -> dict[tuple[str, str], str]:
    """The secrets in the keyring without the destination each is bound to."""
    return {k: json.loads(v)["secret"] for k, v in ring.values.items()}


def test_a_saved_secret_is_never_sent_to_another_address(db: Database, ring: MemoryKeyring) -> None:
    """Issue 19: re-adding a saved gateway with a new host kept the old password and sent it to
    the new host. Now the new address needs the password typed again, and a profile whose
    address was changed in the shared database (by hand, or by another workstation's older
    version) is refused instead of sending the secret there."""
    from operator_app.errors import UsageError
    from operator_app.sms.connect import parse_transport

    transports.save(db, kannel(), secret=SECRET, by="ann")
    for moved in ("http://evil.example:13013/", "http://127.0.0.1:14013/", "https://127.0.0.1:13013/"):
        with pytest.raises(UsageError) as refused:
            transports.save(db, kannel(url=moved), secret=None, by="ann")
        assert refused.value.code == "transport_secret_rebind"
    with pytest.raises(UsageError):
        transports.save(db, transports.TransportProfile("office", "kannel", "http://127.0.0.1:13013/", "other",
                                                        {"from": "OFFICE"}), secret=None, by="ann")
    assert parse_transport(transports.resolve(db, ["office"])[0]).gateway.url.startswith("http://127.0.0.1:13013")
    # typed again for the new host: saved and bound there
    transports.save(db, kannel(url="http://10.0.0.7:13013/"), secret="new-Pw-1", by="ann")
    assert parse_transport(transports.resolve(db, ["office"])[0]).gateway.secret == "new-Pw-1"
    # the shared database edited by hand to point elsewhere: refused, the secret goes nowhere
    with db.engine.begin() as conn:
        raw = conn.execute(select(app_setting_table.c.value).where(app_setting_table.c.key == "transport:office")).scalar_one()
        data = json.loads(raw)
        data["target"] = "http://evil.example:13013/"
        conn.execute(app_setting_table.update().where(app_setting_table.c.key == "transport:office")
                     .values(value=json.dumps(data)))
    with pytest.raises(UsageError) as refused:
        transports.resolve(db, ["office"])
    assert refused.value.code == "transport_secret_elsewhere"
    assert [v.secret for v in transports.list_views(db)] == ["missing"]


def test_webhook_secrets_are_kept_like_passwords_and_secret_env_is_refused(db: Database, ring: MemoryKeyring) -> None:
    from operator_app.errors import UsageError
    from operator_app.sms.connect import parse_transport

    profile, secret = transports.from_spec(
        "hook", "kannel:http://office:pw-1@127.0.0.1:13013/?from=OFFICE&callback-secret=hook-S3cret&callback=127.0.0.1:9")
    view = transports.save(db, profile, secret=secret, by="ann")
    assert "hook-S3cret" not in stored_text(db) and "hook-S3cret" not in view.shown
    assert "hook-S3cret" not in json.dumps(view.as_json(), ensure_ascii=False)
    spec = parse_transport(transports.resolve(db, ["hook"])[0])
    assert spec.gateway.options["callback-secret"] == "hook-S3cret" and "hook-S3cret" not in str(spec)
    # edited with the secret shown as *** keeps it
    again = transports.TransportProfile("hook", "kannel", profile.target, "office",
                                        {**profile.options, "callback-secret": "***"})
    transports.save(db, again, secret=None, by="ann")
    assert parse_transport(transports.resolve(db, ["hook"])[0]).gateway.options["callback-secret"] == "hook-S3cret"
    for forbidden in ({"secret-env": "HOME"}, {"pin": "1234"}):
        with pytest.raises(UsageError) as refused:
            transports.save(db, transports.TransportProfile("env", "kannel", "http://127.0.0.1:13013/", "office",
                                                            forbidden), secret=None, by="ann")
        assert refused.value.code == "transport_profile_secret_option"
