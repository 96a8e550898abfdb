"""The first run (issue 20): a data folder without a database and without office.json opens the
first-run dialog; the embedded database and a PostgreSQL server (the one scripts/test.sh starts,
TEST_PG_URL) with its connection test; office.json names the database and never its password;
later starts, the CLI's too, open what it names. GUI tests with pytest-qt, offscreen."""

from __future__ import annotations

import json
import os
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication, QWizard
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from operator_app import paths
from operator_app.services.office import accounts, office_config
from operator_app.services.office import settings as settings_service
from operator_app.services.office.office_config import ServerAddress
from operator_app.ui.app import install_translator, pick_cjk_font
from operator_app.ui.first_run import FirstRunWizard
from operator_app.ui.main_window import MainWindow
from operator_app.ui.workers import Pools
from tests.conftest import run_cli
from tests.test_gui import ui_state

PASSWORD = "correct-horse-42"
PG_ROLE = "operator_pw"  # scripts/test.sh's pg_hba.conf asks this role for a password (scram)


@pytest.fixture
def data(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "data"
    monkeypatch.setenv("OPERATOR_APP_DATA", str(folder))
    monkeypatch.setenv("OPERATOR_APP_CONFIG", str(tmp_path / "config"))  # the secrets file of this test
    return folder


@pytest.fixture
def pg_office() -> Iterator[ServerAddress]:
    """A database owned by a role that signs in with a password, on the test server."""
    base = os.environ.get("TEST_PG_URL")
    if not base:
        pytest.fail("TEST_PG_URL is not set: run the tests with scripts/test.sh, which starts PostgreSQL")
    url = make_url(base)
    name = "fr_" + uuid.uuid4().hex[:10]
    admin = create_engine(base, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        if conn.execute(text("SELECT 1 FROM pg_roles WHERE rolname = :r"), {"r": PG_ROLE}).first() is None:
            conn.execute(text(f"CREATE ROLE {PG_ROLE} LOGIN PASSWORD '{PASSWORD}'"))
        conn.execute(text(f'CREATE DATABASE "{name}" OWNER {PG_ROLE}'))
    try:
        yield ServerAddress(url.host or "127.0.0.1", url.port or 5432, PG_ROLE, name)
    finally:
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


def wizard(qtbot: Any) -> FirstRunWizard:
    w = FirstRunWizard(pools=Pools())
    qtbot.addWidget(w)
    w.show()
    return w


def fill_office(qtbot: Any, w: FirstRunWizard, signature: str = "安信小贷") -> None:
    page = w.office
    for field, value in ((page.name, "杭州安信小额贷款有限公司"), (page.signature, signature),
                         (page.phone, "0571-88886666")):
        field.setText(value)  # QTest types ASCII only


def finish(qtbot: Any, w: FirstRunWizard) -> office_config.SetUp:
    w.button(QWizard.WizardButton.FinishButton).click()
    qtbot.waitUntil(lambda: w.made is not None, timeout=20000)
    assert w.made is not None
    return w.made


def test_first_run_is_due_only_for_a_data_folder_never_set_up(data: Path, tmp_path: Path) -> None:
    assert office_config.first_run_due(None)
    assert not office_config.first_run_due(str(tmp_path / "other.db"))  # --db: the question of before
    assert not data.exists()  # asking created nothing
    data.mkdir()
    (data / "office.json").write_text('{"database": "embedded"}', encoding="utf-8")
    assert not office_config.first_run_due(None) and office_config.configured_target() is None
    (data / "office.json").write_text("not json", encoding="utf-8")
    result = run_cli("queue")
    assert result.code == 2 and "office.json" in result.err and "is not a settings file" in result.err


def test_embedded_path_sets_the_office_up_with_its_admin(qtbot: Any, data: Path, artifacts: Path) -> None:
    w = wizard(qtbot)
    fill_office(qtbot, w, signature="安")  # one character: the settings' own rule refuses it
    w.next()
    assert w.currentPage() is w.office and "2-12 characters without 【】" in w.office.status.text()
    fill_office(qtbot, w)
    w.next()
    assert w.currentPage() is w.database and w.database.embedded.isChecked()
    assert not w.database.box.isEnabled()  # the server's fields wait for the server choice
    w.next()
    assert w.currentPage() is w.admin
    qtbot.keyClicks(w.admin.name, "wang")
    qtbot.keyClicks(w.admin.password, PASSWORD)
    qtbot.keyClicks(w.admin.again, PASSWORD + "x")
    w.button(QWizard.WizardButton.FinishButton).click()
    assert w.made is None and "not the same" in w.admin.status.text()
    w.admin.again.clear()
    qtbot.keyClicks(w.admin.again, PASSWORD)
    made = finish(qtbot, w)
    win = MainWindow(db=made.db, pools=w.pools, signed=made.signed, state=ui_state(data.parent))
    qtbot.addWidget(win)
    win.show_page("dashboard")  # as ui/app.run_gui opens it after the dialog
    win.show()
    try:
        qtbot.waitUntil(lambda: win.stack.currentWidget() is win.welcome and win.welcome.start.isVisible(),
                        timeout=10000)
        assert not win.welcome.details.isVisible()  # the dialog set the details: only import or demo is asked
        qtbot.wait(1500)
        win.grab().save(str(artifacts / "first_run_4_welcome_en.png"))
        assert win.operator.isReadOnly() and win.ctx.signed is made.signed  # the admin is signed in
        assert not made.joined and made.signed is not None and made.signed.account.role == "admin"
        assert json.loads((data / "office.json").read_text(encoding="utf-8")) == {"database": "embedded"}
        assert (data / "operator.db").is_file() and not office_config.first_run_due(None)
        now = settings_service.current(made.db)
        assert (now.get("office.signature"), now.get("office.phone"), now.get("office.name")) == \
            ("安信小贷", "0571-88886666", "杭州安信小额贷款有限公司")
        assert [a.name for a in accounts.list_accounts(made.db)] == ["wang"]
    finally:
        win.close()
        w.pools.wait()
        made.db.dispose()
    result = run_cli("settings", "show", "--json")  # a later start, the CLI's: the same office
    assert result.code == 0, result.err
    assert result.json()["office.signature"] == "安信小贷"  # type: ignore[index]


def test_postgresql_path_tests_the_connection_and_keeps_the_password_out_of_the_file(
        qtbot: Any, data: Path, tmp_path: Path, pg_office: ServerAddress) -> None:
    w = wizard(qtbot)
    fill_office(qtbot, w)
    w.next()
    page = w.database
    page.server.setChecked(True)
    assert page.box.isEnabled()
    page.host.setText(pg_office.host)
    page.port.setValue(pg_office.port)
    page.user.setText(pg_office.user)

    def tested(database: str, password: str) -> str:
        page.database.setText(database)
        page.password.setText(password)
        worker = page.test_connection()
        assert worker is not None
        assert not page.test_button.isEnabled()  # the GUI thread goes on while it connects
        qtbot.waitUntil(lambda: page.test_button.isEnabled(), timeout=15000)
        return page.status.text()

    wrong = tested(pg_office.database, "wrong-password")
    assert "user name or password was refused" in wrong, (
        "the server took a wrong password: its pg_hba.conf must ask role operator_pw for one "
        "(scripts/test.sh writes that line)")
    assert PASSWORD not in wrong and "wrong-password" not in wrong
    w.next()
    assert w.currentPage() is page and "Test the connection first" in page.status.text()
    assert "no database of that name" in tested("no_such_office", PASSWORD)
    assert tested(pg_office.database, PASSWORD) == "Connected: the server answers."
    w.next()
    assert w.currentPage() is w.admin
    made = finish(qtbot, w)  # no administrator: the office goes on without accounts
    try:
        assert made.signed is None and not made.joined and made.db.engine.dialect.name == "postgresql"
        assert settings_service.current(made.db).get("office.signature") == "安信小贷"
    finally:
        made.db.dispose()
    saved = (data / "office.json").read_text(encoding="utf-8")
    assert PASSWORD not in saved
    assert json.loads(saved) == {"database": f"postgresql+psycopg://{PG_ROLE}@{pg_office.host}:{pg_office.port}/"
                                             f"{pg_office.database}"}
    secrets = json.loads((tmp_path / "config" / "secrets.json").read_text(encoding="utf-8"))
    assert secrets[pg_office.secret_account] == PASSWORD  # the keyring is off in the tests: the 0600 file
    target = office_config.configured_target()
    assert target is not None and PASSWORD in target
    result = run_cli("settings", "show", "--json")  # the CLI opens the server the file names
    assert result.code == 0, result.err
    assert result.json()["office.phone"] == "0571-88886666"  # type: ignore[index]

    # A second desk: another data folder set up on the same server joins the office as it is.
    os.environ["OPERATOR_APP_DATA"] = str(tmp_path / "desk2")
    w2 = wizard(qtbot)
    fill_office(qtbot, w2)
    w2.next()
    w2.database.server.setChecked(True)
    for field, value in ((w2.database.host, pg_office.host), (w2.database.user, pg_office.user),
                         (w2.database.database, pg_office.database), (w2.database.password, PASSWORD)):
        field.setText(value)
    w2.database.port.setValue(pg_office.port)
    w2.database.test_connection()
    qtbot.waitUntil(lambda: w2.database.test_button.isEnabled(), timeout=15000)
    assert "already holds the office 【安信小贷】" in w2.database.status.text()
    again = office_config.set_up(pg_office, PASSWORD, {"office.name": "别的", "office.signature": "别的",
                                                       "office.phone": "0571-00000000"}, None)
    try:
        assert again.joined and settings_service.current(again.db).get("office.signature") == "安信小贷"
    finally:
        again.db.dispose()


def test_an_unreachable_server_is_said_in_one_line(data: Path) -> None:
    with pytest.raises(Exception) as caught:
        office_config.check_server(ServerAddress("127.0.0.1", 9, "postgres", "x"), "")
    assert getattr(caught.value, "code", "") == "db_unreachable"
    assert caught.value.params["detail"] == "why_refused"  # type: ignore[attr-defined]


@pytest.mark.parametrize("language", ["zh_CN", "en"])
def test_each_page_in_both_languages(qtbot: Any, qapp: Any, data: Path, artifacts: Path, language: str) -> None:
    translator = install_translator(qapp, language) if language != "en" else None
    pick_cjk_font(qapp)
    try:
        w = wizard(qtbot)
        fill_office(qtbot, w)
        w.office.signature.clear()
        w.next()  # refused: the signature is missing, and the line says so in the language
        assert w.office.status.text()
        w.grab().save(str(artifacts / f"first_run_1_office_{language}.png"))
        fill_office(qtbot, w)
        w.next()
        w.database.server.setChecked(True)
        w.database.host.setText("192.168.1.10")
        assert not w.database.validatePage()  # not tested yet: refused, and said
        w.grab().save(str(artifacts / f"first_run_2_database_{language}.png"))
        if language == "zh_CN":
            assert w.database.status.text().startswith("请先测试连接"), w.database.status.text()
            assert w.windowTitle() == "设置公司"
        w.database.embedded.setChecked(True)
        w.next()
        w.grab().save(str(artifacts / f"first_run_3_admin_{language}.png"))
        assert w.currentPage() is w.admin
        w.button(QWizard.WizardButton.CancelButton).click()
        assert w.result() == QWizard.DialogCode.Rejected and not (data / "office.json").exists()
    finally:
        if translator is not None:
            QApplication.instance().removeTranslator(translator)  # type: ignore[union-attr]


def test_the_data_folder_of_an_installed_app_is_the_users(monkeypatch: pytest.MonkeyPatch) -> None:
    """A checkout keeps ./data (scripts/demo.sh); a built app (sys.frozen) uses platformdirs."""
    import platformdirs

    monkeypatch.delenv("OPERATOR_APP_DATA", raising=False)
    assert paths.data_dir() == paths.ROOT / "data"
    monkeypatch.setattr("sys.frozen", True, raising=False)
    monkeypatch.setattr(platformdirs, "user_data_dir", lambda name, appauthor=None: f"/tmp/frozen-test-{name}")
    assert paths.data_dir() == Path("/tmp/frozen-test-operator-app")
