"""Operator accounts (issue 19): one spelling per person, roles checked in the services and at the
CLI, maker/checker by account id, lock-out, and no password anywhere in the database."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import timedelta
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from sqlalchemy import select

from operator_app.domain.names import NameRefused, account_name, skeleton
from operator_app.errors import KnownError, UsageError
from operator_app.paths import RESOURCES
from operator_app.services.importing.import_file import import_file
from operator_app.services.office import accounts, privacy, settings
from operator_app.services.office.identity import Signed, same_person
from operator_app.services.planning import batches, templates
from operator_app.services.reports import inbox, messages
from operator_app.services.sending import transports
from operator_app.services.sending.dispatch import send_batch
from operator_app.store.db import Database, open_database
from operator_app.store.models import audit_table
from tests.conftest import run_cli, set_office_details
from tests.sheets import loan_book
from tests.test_batches import TODAY, pin, rows

PASSWORD = "correct-horse-7"  # every account's, in these tests


@pytest.fixture
def quick_hash(monkeypatch: pytest.MonkeyPatch) -> None:
    """Cheaper argon2id for the tests that sign in dozens of times (the real cost is measured in
    test_sign_in_adds_little_to_a_command)."""
    monkeypatch.setattr(accounts, "HASH_PARAMS", {"time_cost": 1, "memory_cost": 1024, "parallelism": 1})


def _office(url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    pin(monkeypatch, TODAY)
    book = loan_book(tmp_path / "book.xlsx", rows(TODAY))
    res = run_cli("--db", url, "import", str(book), "--by", "小王")
    assert res.code == 0, res.err
    set_office_details(url)
    return book


@pytest.fixture
def staffed(db_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, quick_hash: None) -> Iterator[
        tuple[Database, dict[str, Signed], Path]]:
    """An office with loans and four accounts: boss (admin), alice and bob (approvers), carol (clerk)."""
    book = _office(db_url, tmp_path, monkeypatch)
    db = open_database(db_url)
    for name, role in (("boss", "admin"), ("alice", "approver"), ("bob", "approver"), ("carol", "clerk")):
        by = None if name == "boss" else accounts.sign_in(db, "boss", PASSWORD)
        accounts.add_account(db, name, role=role, password=PASSWORD, by=by)
    signed = {n: accounts.sign_in(db, n, PASSWORD) for n in ("boss", "alice", "bob", "carol")}
    yield db, signed, book
    db.dispose()


# --- names ------------------------------------------------------------------------------------

@pytest.mark.parametrize("typed", ["alice", "Alice", "ＡＬＩＣＥ", "ａｌｉｃｅ", "ali\u200bce", "ali\u00adce",
                                   " alice\u2060 ", "ALICE"])
def test_every_typing_of_a_name_is_one_account_name(typed: str) -> None:
    assert account_name(typed) == "alice"


@pytest.mark.parametrize(("typed", "why"), [
    ("\u0430lice", "name_mixed_scripts"),      # Cyrillic а among Latin letters
    ("alic\u03b5", "name_mixed_scripts"),      # Greek ε
    ("\u0430\u0440\u0435", "name_confusable"),  # "ape" written wholly in Cyrillic
    ("", "name_empty"), ("\u200b", "name_empty"), ("a" * 101, "name_too_long"), ("bob😀", "name_bad_character"),
])
def test_lookalike_and_empty_names_are_refused(typed: str, why: str) -> None:
    with pytest.raises(NameRefused) as caught:
        account_name(typed)
    assert caught.value.code == why


@given(st.text(alphabet=st.sampled_from("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789张王李赵"),
               min_size=1, max_size=20), st.integers(0, 20), st.sampled_from(["\u200b", "\u00ad", "\u2060", "\ufeff"]))
def test_width_case_and_an_invisible_character_never_make_another_name(name: str, at: int, invisible: str) -> None:
    """Any name of one script: in full width, another case, or with an invisible character put
    anywhere, it is the same account name (or refused the same way)."""
    if any(c.isascii() and c.isalpha() for c in name) and any(not c.isascii() for c in name):
        name = "".join(c for c in name if c.isascii())  # one script
    full = "".join(chr(ord(c) + 0xFEE0) if c.isascii() and c.isalnum() else c for c in name)
    hidden = name[:at] + invisible + name[at:]
    try:
        expected = account_name(name)
    except NameRefused as exc:
        for other in (full, hidden, name.swapcase()):
            with pytest.raises(NameRefused):
                account_name(other)
        assert exc.code
        return
    assert account_name(full) == account_name(hidden) == account_name(name.swapcase()) == expected


def test_names_in_one_script_are_kept() -> None:
    assert account_name("王小明") == "王小明"
    assert account_name("阿卜杜拉·艾买提") == "阿卜杜拉·艾买提"
    assert account_name("Иван") == "иван"
    assert skeleton("аlice") == skeleton("ａｌｉｃｅ") == skeleton("alice")


def test_free_text_maker_and_checker_are_compared_as_they_look() -> None:
    """An office without accounts: width, invisible characters and lookalike letters do not make
    a second person; two accounts are compared by id whatever their names."""
    for other in ("ａｌｉｃｅ", "ali\u200bce", "ali\u00adce", "\u0430lice", "ALICE"):
        assert same_person("alice", other), other
    assert not same_person("alice", "alicia")
    assert same_person("account#3 alice", "account#3 alice")
    assert not same_person("account#3 alice", "account#4 alice")


# --- the services -----------------------------------------------------------------------------

ACTIONS: dict[str, Callable[[Database, Signed, Path], object]] = {
    "import": lambda db, by, book: import_file(db, book.with_name("missing.xlsx"), actor=by),
    "plan": lambda db, by, book: batches.cancel_batch(db, 999, by=by),
    "template_draft": lambda db, by, book: templates.set_template(db, "M1", book.with_name("missing.txt"), by=by),
    "hold": lambda db, by, book: inbox.release_contract(db, "NO-SUCH", by=by),
    "approve": lambda db, by, book: batches.approve_batch(db, 999, by=by),
    "send": lambda db, by, book: send_batch(db, 999, ["emulator:"], by=by),
    "resolve": lambda db, by, book: messages.resolve(db, 999, as_="sent", by=by),
    "settings": lambda db, by, book: settings.set_value(db, "no.such", "1", by=by),
    "transports": lambda db, by, book: transports.delete_profile(db, "no-such", by=by),
    "accounts": lambda db, by, book: accounts.set_disabled(db, "nobody", True, by=by),
    "privacy": lambda db, by, book: privacy.erase(db, "NO-SUCH", reason="the borrower asked", by=by),
}
ALLOWED = {
    "carol": {"import", "plan", "template_draft", "hold"},
    "alice": {"import", "plan", "template_draft", "hold", "approve", "send", "resolve"},
    "boss": set(ACTIONS),
}


@pytest.mark.parametrize("who", ["carol", "alice", "boss"])
def test_each_role_may_do_its_own_actions_only(staffed: tuple[Database, dict[str, Signed], Path], who: str) -> None:
    """Every action is tried on something that does not exist: a role that may do it gets past
    the check to "no such thing"; another is refused for its role."""
    db, signed, book = staffed
    for action, call in ACTIONS.items():
        with pytest.raises(KnownError) as caught:
            call(db, signed[who], book)
        refused = caught.value.code == "role_forbids"
        assert refused == (action not in ALLOWED[who]), (who, action, caught.value.code)


def test_a_plain_name_is_refused_once_the_office_has_accounts(staffed: tuple[Database, dict[str, Signed], Path]) -> None:
    db, _, book = staffed
    for action, call in ACTIONS.items():
        with pytest.raises(UsageError) as caught:
            call(db, "boss", book)  # type: ignore[arg-type]  # a name typed, not an account signed in
        assert caught.value.code == "sign_in_required", action


def test_a_disabled_account_stops_acting_at_once(staffed: tuple[Database, dict[str, Signed], Path]) -> None:
    db, signed, _ = staffed
    accounts.set_disabled(db, "carol", True, by=signed["boss"])
    with pytest.raises(UsageError) as caught:
        batches.cancel_batch(db, 999, by=signed["carol"])  # signed in before it was disabled
    assert caught.value.code == "account_disabled"
    with pytest.raises(UsageError) as caught:
        accounts.sign_in(db, "carol", PASSWORD)
    assert caught.value.code == "account_disabled"
    with pytest.raises(UsageError) as caught:
        accounts.set_disabled(db, "boss", True, by=signed["boss"])
    assert caught.value.code == "last_admin"
    with pytest.raises(UsageError) as caught:  # a password: the account's own, or an admin's decision
        accounts.set_password(db, "bob", "a-new-password", by=signed["alice"])
    assert caught.value.code == "role_forbids"
    accounts.set_password(db, "alice", "a-new-password", by=signed["alice"])
    assert accounts.sign_in(db, "ａｌｉｃｅ", "a-new-password").account.name == "alice"


def test_the_maker_cannot_approve_under_any_spelling(staffed: tuple[Database, dict[str, Signed], Path]) -> None:
    """alice plans; every typing of her name signs in as alice, and alice's account cannot approve
    her own batch; bob, a second person, can. The records name the accounts."""
    db, signed, _ = staffed
    batch = batches.create_batch(db, as_of=None, by=signed["alice"])
    assert batch.created_by == f"account#{signed['alice'].account.id} alice"
    for typed in ("ａｌｉｃｅ", "ali\u200bce", "ali\u00adce", "ALICE"):
        with pytest.raises(KnownError) as caught:
            batches.approve_batch(db, batch.id, by=accounts.sign_in(db, typed, PASSWORD))
        assert caught.value.code == "batch_self_approval", typed
    with pytest.raises(UsageError) as caught:
        accounts.sign_in(db, "\u0430lice", PASSWORD)
    assert caught.value.code == "sign_in_failed"
    approved = batches.approve_batch(db, batch.id, by=signed["bob"])
    assert approved.approved_by == f"account#{signed['bob'].account.id} bob"
    with db.engine.connect() as conn:
        actors = {a for a, in conn.execute(select(audit_table.c.actor).where(
            audit_table.c.action.in_(("batch_create", "batch_approve"))))}
    assert actors == {f"account#{signed['alice'].account.id} alice", f"account#{signed['bob'].account.id} bob"}


def test_a_clerks_template_waits_for_an_admin(staffed: tuple[Database, dict[str, Signed], Path], tmp_path: Path) -> None:
    db, signed, _ = staffed
    text = tmp_path / "m1.txt"
    shipped = RESOURCES / "templates" / "zh_CN" / "M1.txt"
    text.write_text(shipped.read_text(encoding="utf-8"), encoding="utf-8")
    assert templates.set_template(db, "M1", text, by=signed["carol"]).status == "draft"
    assert templates.set_template(db, "M1", text, by=signed["boss"]).status == "active"


def test_five_wrong_passwords_lock_the_account_for_15_minutes(
        staffed: tuple[Database, dict[str, Signed], Path], monkeypatch: pytest.MonkeyPatch) -> None:
    db, _, _ = staffed
    for _ in range(4):
        with pytest.raises(UsageError) as caught:
            accounts.sign_in(db, "alice", "wrong-password")
        assert caught.value.code == "sign_in_failed"
    assert accounts.sign_in(db, "alice", PASSWORD)  # a right one resets the count
    for _ in range(5):
        with pytest.raises(UsageError):
            accounts.sign_in(db, "alice", "wrong-password")
    with pytest.raises(UsageError) as caught:
        accounts.sign_in(db, "alice", PASSWORD)  # the right password, but locked
    assert caught.value.code == "account_locked" and caught.value.params["until"]
    assert [v.name for v in accounts.list_accounts(db) if accounts.is_locked(v)] == ["alice"]
    with db.engine.connect() as conn:
        locked = list(conn.execute(select(audit_table.c.actor, audit_table.c.detail)
                                   .where(audit_table.c.action == "account_locked")))
    assert len(locked) == 1 and locked[0].actor.endswith(" alice") and PASSWORD not in locked[0].detail
    pin(monkeypatch, TODAY, 10, 14)
    with pytest.raises(UsageError):
        accounts.sign_in(db, "alice", PASSWORD)
    pin(monkeypatch, TODAY, 10, 16)
    assert accounts.sign_in(db, "alice", PASSWORD).account.name == "alice"


def test_the_first_account_is_an_admin_and_then_only_an_admin_adds(db_url: str, quick_hash: None) -> None:
    db = open_database(db_url)
    try:
        with pytest.raises(UsageError) as caught:
            accounts.add_account(db, "alice", role="clerk", password=PASSWORD, by=None)
        assert caught.value.code == "first_account_admin"
        accounts.add_account(db, "boss", role="admin", password=PASSWORD, by=None, display="王老板")
        with pytest.raises(UsageError) as caught:
            accounts.add_account(db, "alice", role="clerk", password=PASSWORD, by=None)
        assert caught.value.code == "sign_in_required"
        boss = accounts.sign_in(db, "BOSS", PASSWORD)
        for name, code in (("ｂｏｓｓ", "account_exists"), ("b0ss", "account_lookalike"), ("x", "password_too_short")):
            with pytest.raises(UsageError) as caught:
                accounts.add_account(db, name, role="clerk", password="short" if name == "x" else PASSWORD, by=boss)
            assert caught.value.code == code
        assert [v.as_json() for v in accounts.list_accounts(db)] == [
            {"name": "boss", "display": "王老板", "role": "admin", "disabled": False, "locked_until": None}]
    finally:
        db.dispose()


# --- the command line -------------------------------------------------------------------------

def _users(url: str, monkeypatch: pytest.MonkeyPatch) -> None:
    open_database(url).dispose()  # the office exists (only import, demo and the GUI create one)
    monkeypatch.setenv("OPERATOR_APP_PASSWORD", PASSWORD)
    for name, role in (("boss", "admin"), ("alice", "approver"), ("bob", "approver"), ("carol", "clerk")):
        signed = () if name == "boss" else ("--user", "boss")
        monkeypatch.setattr("sys.stdin", __import__("io").StringIO(PASSWORD + "\n"))
        res = run_cli("--db", url, *signed, "users", "add", name, "--role", role, "--password-stdin")
        assert res.code == 0, res.err


CLI_ACTIONS = {
    "import": ["import", "missing.xlsx"],
    "plan": ["batch", "cancel", "999"],
    "template_draft": ["templates", "set", "M1", "--file", "missing.txt"],
    "hold": ["release", "NO-SUCH"],
    "approve": ["batch", "approve", "999"],
    "send": ["send", "999", "--transport", "emulator:"],
    "resolve": ["message", "resolve", "999", "--as", "sent"],
    "settings": ["settings", "set", "no.such", "1"],
    "transports": ["transports", "delete", "no-such"],
    "accounts": ["users", "disable", "nobody"],
    "privacy": ["privacy", "erase", "NO-SUCH", "--reason", "the borrower asked"],
}


def test_the_permission_matrix_through_the_cli(sqlite_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                               quick_hash: None) -> None:
    _office(sqlite_url, tmp_path, monkeypatch)
    _users(sqlite_url, monkeypatch)
    for who in ("carol", "alice", "boss"):
        for action, argv in CLI_ACTIONS.items():
            res = run_cli("--lang", "en", "--db", sqlite_url, "--user", who, *argv)
            assert res.code != 0 and ("may not" in res.err) == (action not in ALLOWED[who]), (who, action, res.err)
    # Without --user nothing changes: a --by is refused, whatever name it gives.
    for argv in (["batch", "create", "--by", "boss"], ["batch", "create"], ["hold", "HT101", "--reason", "x", "--by", "alice"],
                 ["settings", "set", "batch.stale_days", "3", "--by", "boss"], ["users", "disable", "carol"]):
        res = run_cli("--lang", "zh_CN", "--db", sqlite_url, *argv)
        assert res.code == 2 and "请先登录：--user 姓名" in res.err, (argv, res.err)
    res = run_cli("--lang", "en", "--db", sqlite_url, "--user", "carol", "sms", "send", "--transport", "emulator:",
                  "--to", "13800138000", "--text", "hi")
    assert res.code == 2 and "may not send messages" in res.err
    res = run_cli("--lang", "en", "--db", sqlite_url, "--user", "alice", "id-key", "export")
    assert res.code == 2 and "may not export or import the ID-number key" in res.err and not res.out
    res = run_cli("--lang", "en", "--db", sqlite_url, "id-key", "export")
    assert res.code == 2 and "Sign in first" in res.err and not res.out


def test_signed_in_the_by_may_be_left_out_and_must_name_the_account(
        sqlite_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, quick_hash: None) -> None:
    _office(sqlite_url, tmp_path, monkeypatch)
    _users(sqlite_url, monkeypatch)
    res = run_cli("--lang", "en", "--db", sqlite_url, "--user", "alice", "batch", "create", "--by", "bob")
    assert res.code == 2 and "does not name the signed-in account alice" in res.err
    res = run_cli("--db", sqlite_url, "--user", "alice", "batch", "create", "--json")
    assert res.code == 0, res.err
    batch = res.json()
    assert isinstance(batch, dict) and batch["created_by"].endswith(" alice")
    for typed in ("ａｌｉｃｅ", "ali\u200bce", "ali\u00adce"):  # alice under another spelling: still alice
        res = run_cli("--lang", "en", "--db", sqlite_url, "--user", typed, "batch", "approve", str(batch["id"]))
        assert res.code == 1 and "alice created batch 1 and cannot also approve it" in res.err, (typed, res.err)
    res = run_cli("--lang", "en", "--db", sqlite_url, "--user", "\u0430lice", "batch", "approve", str(batch["id"]))
    assert res.code == 2 and "Wrong name or password" in res.err
    res = run_cli("--db", sqlite_url, "--user", "bob", "batch", "approve", str(batch["id"]), "--by", "ＢＯＢ")
    assert res.code == 0, res.err
    monkeypatch.setenv("OPERATOR_APP_PASSWORD", "not-the-password")
    res = run_cli("--lang", "en", "--db", sqlite_url, "--user", "bob", "queue")
    assert res.code == 2 and "Wrong name or password" in res.err and "not-the-password" not in res.err + res.out
    res = run_cli("--db", sqlite_url, "users", "list", "--json")
    assert res.code == 0 and [u["name"] for u in res.json()] == ["boss", "alice", "bob", "carol"]  # type: ignore[union-attr]


def test_signed_in_the_next_step_names_the_sign_in_not_a_by(
        sqlite_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, quick_hash: None) -> None:
    """`batch create` told a signed-in clerk "batch approve 1 --by NAME", which the approver's
    own command refuses (sign in first; --by names only the signed-in account)."""
    _office(sqlite_url, tmp_path, monkeypatch)
    _users(sqlite_url, monkeypatch)
    res = run_cli("--lang", "en", "--db", sqlite_url, "--user", "carol", "batch", "create")
    assert res.code == 0, res.err
    assert res.out.splitlines()[-1] == "A second person approves it, signed in as themselves: --user NAME batch approve 1"
    zh = run_cli("--lang", "zh_CN", "--db", sqlite_url, "--user", "carol", "batch", "create")
    assert zh.out.splitlines()[-1] == "批次 2 没有要发送的短信（上面的借款都被排除）：无需复核。可以取消：batch cancel 2"
    assert run_cli("--db", sqlite_url, "--user", "carol", "batch", "cancel", "2").code == 0  # as the line says
    assert run_cli("--db", sqlite_url, "--user", "alice", "batch", "approve", "1").code == 0


def test_an_office_without_accounts_takes_any_name_but_not_a_lookalike_checker(
        sqlite_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _office(sqlite_url, tmp_path, monkeypatch)
    res = run_cli("--db", sqlite_url, "batch", "create", "--by", "alice", "--json")
    assert res.code == 0, res.err
    batch_id = str(res.json()["id"])  # type: ignore[index]
    for typed in ("ａｌｉｃｅ", "ali\u200bce", "ali\u00adce", "\u0430lice"):
        res = run_cli("--lang", "en", "--db", sqlite_url, "batch", "approve", batch_id, "--by", typed)
        assert res.code == 1 and "cannot also approve it" in res.err, typed
    res = run_cli("--lang", "en", "--db", sqlite_url, "batch", "approve", batch_id, "--by", "account#1 alice")
    assert res.code == 2 and "looks like an account" in res.err
    assert run_cli("--db", sqlite_url, "batch", "approve", batch_id, "--by", "bob").code == 0


def test_no_password_reaches_the_database_file(sqlite_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Real hash parameters: the file (and its write-ahead log) holds only argon2id hashes."""
    _office(sqlite_url, tmp_path, monkeypatch)
    _users(sqlite_url, monkeypatch)
    monkeypatch.setattr("sys.stdin", __import__("io").StringIO("another-secret-9\n"))
    assert run_cli("--db", sqlite_url, "--user", "carol", "users", "passwd", "carol", "--password-stdin").code == 0
    monkeypatch.setenv("OPERATOR_APP_PASSWORD", "a-wrong-guess-3")
    assert run_cli("--db", sqlite_url, "--user", "alice", "batch", "create").code == 2
    held = b"".join(p.read_bytes() for p in tmp_path.glob("office.db*"))
    assert b"$argon2id$v=19$m=47104,t=1,p=1$" in held
    for secret in (PASSWORD, "another-secret-9", "a-wrong-guess-3"):
        for encoded in (secret.encode(), secret.encode("utf-16-le")):
            assert encoded not in held, secret


def test_a_demo_never_replaces_an_office_with_accounts(sqlite_url: str, monkeypatch: pytest.MonkeyPatch,
                                                       quick_hash: None) -> None:
    _users(sqlite_url, monkeypatch)
    res = run_cli("--lang", "en", "--db", sqlite_url, "demo", "--loans", "10")
    assert res.code == 2 and "operator accounts" in res.err
    assert run_cli("--db", sqlite_url, "users", "list", "--json").json()  # still there


def test_sign_in_adds_little_to_a_command(sqlite_url: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """The real argon2id parameters: a sign-in (reading the account, the hash check, the counter
    written back) costs little more than the hash check itself, measured beside it in the same
    rounds (a busy machine slows both; no absolute time is asserted)."""
    import statistics
    import time

    from sqlalchemy import text

    _users(sqlite_url, monkeypatch)
    db = open_database(sqlite_url)
    try:
        with db.engine.connect() as conn:
            stored = conn.execute(text("SELECT password_hash FROM operator WHERE name = 'alice'")).scalar_one()
        hasher = accounts._hasher()
        accounts.sign_in(db, "alice", PASSWORD)  # argon2 loaded
        ours, floor = [], []
        for _ in range(5):
            start = time.perf_counter()
            hasher.verify(stored, PASSWORD)
            floor.append(time.perf_counter() - start)
            start = time.perf_counter()
            accounts.sign_in(db, "alice", PASSWORD)
            ours.append(time.perf_counter() - start)
        assert statistics.median(ours) < 1.5 * statistics.median(floor)
    finally:
        db.dispose()
    assert timedelta(minutes=15) == accounts.LOCK_FOR


def test_a_policy_change_waits_for_a_second_person(staffed: tuple[Database, dict[str, Signed], Path]) -> None:
    """With accounts, the send window changes only when an approver or another admin confirms;
    the proposer cannot confirm under any spelling; other settings change at once."""
    db, signed, _ = staffed
    view = settings.set_value(db, "policy.window_end", "20:00", by=signed["boss"])
    assert view.pending == "20:00" and settings.current(db).raw.get("policy.window_end") is None
    assert {v.key: v.pending for v in settings.show(db)}["policy.window_end"] == "20:00"
    with pytest.raises(UsageError) as caught:
        settings.confirm(db, "policy.window_end", by=accounts.sign_in(db, "ＢＯＳＳ", PASSWORD))
    assert caught.value.code == "setting_confirm_self"
    with pytest.raises(UsageError) as caught:
        settings.confirm(db, "policy.window_end", by=signed["carol"])
    assert caught.value.code == "role_forbids"
    assert settings.confirm(db, "policy.window_end", by=signed["alice"]).value == "20:00"
    assert settings.current(db).raw["policy.window_end"] == "20:00"
    with pytest.raises(UsageError) as caught:
        settings.confirm(db, "policy.window_end", by=signed["bob"])
    assert caught.value.code == "setting_not_pending"
    assert settings.set_value(db, "batch.stale_days", "3", by=signed["boss"]).pending is None
    assert settings.current(db).raw["batch.stale_days"] == "3"


def test_settings_confirm_through_the_cli(sqlite_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                          quick_hash: None) -> None:
    _office(sqlite_url, tmp_path, monkeypatch)
    _users(sqlite_url, monkeypatch)
    res = run_cli("--lang", "en", "--db", sqlite_url, "--user", "boss", "settings", "set", "policy.daily_cap", "2")
    assert res.code == 0 and "settings confirm policy.daily_cap" in res.out, res.err
    shown = run_cli("--lang", "en", "--db", sqlite_url, "settings", "show").out
    assert "waiting for confirmation: 2" in shown
    res = run_cli("--lang", "en", "--db", sqlite_url, "--user", "boss", "settings", "confirm", "policy.daily_cap")
    assert res.code == 2 and "a second person must confirm it" in res.err
    res = run_cli("--db", sqlite_url, "--user", "alice", "settings", "confirm", "policy.daily_cap")
    assert res.code == 0, res.err
    assert run_cli("--db", sqlite_url, "settings", "show", "--json").json()["policy.daily_cap"] == "2"  # type: ignore[index]


def test_backups_by_hand_are_an_admins(sqlite_url: str, monkeypatch: pytest.MonkeyPatch, quick_hash: None,
                                       tmp_path: Path) -> None:
    """SQLite only (backups are files): a copy holds every borrower; a clerk may not make or restore
    one, an admin may; without signing in, neither (the automatic daily backup is the system's)."""
    _users(sqlite_url, monkeypatch)
    copy = tmp_path / "copy.db"
    assert run_cli("--db", sqlite_url, "backup", "create", str(copy)).code == 2
    clerk = run_cli("--db", sqlite_url, "--user", "carol", "backup", "create", str(copy))
    assert clerk.code == 2 and not copy.exists(), clerk.err
    assert run_cli("--db", sqlite_url, "--user", "boss", "backup", "create", str(copy)).code == 0 and copy.exists()
    assert run_cli("--db", sqlite_url, "--user", "carol", "backup", "restore", str(copy)).code == 2
    assert run_cli("--db", sqlite_url, "--user", "boss", "backup", "restore", str(copy)).code == 0
