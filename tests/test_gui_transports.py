"""Settings → 通道 Transports with pytest-qt (offscreen): add a modem on the virtual modem's pty
and probe it, add a Kannel-style gateway and test it against pytest-httpserver (a wrong
password in plain words, never echoed), bad input keeps the dialog open, delete forgets the
secret; the page says where secrets go. Then a batch sent through the saved profile by name."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import UTC, date
from pathlib import Path
from typing import Any

import keyring
import pytest
from keyring.backends import fail
from PySide6.QtCore import QSettings
from pytest_httpserver import HTTPServer
from werkzeug import Request, Response

from operator_app.services.sending import transports
from operator_app.services.sending.dispatch import send_batch
from operator_app.sms.modem.emulator import VirtualModem
from operator_app.store.db import Database
from operator_app.ui.changes import ChangeBus
from operator_app.ui.context import GuiContext
from operator_app.ui.pages.settings_page import SettingsPage
from operator_app.ui.pages.transports_box import SECRET
from operator_app.ui.state import OPERATOR_NAME, UiState
from operator_app.ui.workers import Pools
from tests.outbox_office import make_office, ten_am
from tests.test_transports import MemoryKeyring

PASSWORD = "gw-Pa55/word"


@pytest.fixture
def ring() -> Iterator[MemoryKeyring]:
    before = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(before)


@pytest.fixture
def no_keyring() -> Iterator[None]:
    before = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    yield
    keyring.set_keyring(before)


@pytest.fixture
def page(qtbot: Any, sqlite_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[SettingsPage]:
    """SQLite only: the page's services run on both databases in test_transports.py."""
    from operator_app.store.db import open_database

    monkeypatch.setenv("OPERATOR_APP_CONFIG", str(tmp_path / "config"))
    db = open_database(sqlite_url)
    pools = Pools()
    state = UiState(QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat))
    state.set(OPERATOR_NAME, "王管理")
    ctx = GuiContext(db=db, pools=pools, pinned_day=date(2026, 11, 27), bus=ChangeBus(), state=state)
    widget = SettingsPage(ctx=ctx)
    qtbot.addWidget(widget)
    widget.resize(1100, 900)
    widget.show()
    qtbot.waitUntil(lambda: widget.transports.place.text() != "" and bool(widget.fields), timeout=10000)
    yield widget
    pools.wait()
    db.dispose()


def kannel_like(request: Request) -> Response:
    """Kannel's own answers to a sendsms without a recipient (measured against Debian's smsbox)."""
    if request.headers.get("X-Kannel-Password") != PASSWORD:
        return Response("Authorization failed for sendsms", 403)
    if not request.headers.get("X-Kannel-To"):
        return Response("Missing receiver(s) number(s), rejected", 400)
    return Response("0: Accepted for delivery", 202)


def test_add_probe_test_and_delete_transports(qtbot: Any, ring: MemoryKeyring, page: SettingsPage,
                                              httpserver: HTTPServer) -> None:
    box = page.transports
    assert "keyring" in box.place.text() and "MemoryKeyring" in box.place.text()
    vm = VirtualModem(pin="4739")
    try:
        device = vm.serve_pty()
        dialog = box.add()
        dialog.name.setText("office-stick")
        dialog.kind.setCurrentIndex(dialog.kind.findData("modem"))
        assert dialog.check_button.text() == "Probe the modem" and dialog.port_row.isVisible()
        assert not dialog.url.isVisible()
        dialog.port.setEditText(device)
        dialog.secret.setText("4739")
        dialog.gap.setText("0")
        dialog.check()  # outcomes are awaited on screen: a quick worker may report before a waitSignal connects
        qtbot.waitUntil(lambda: "CHINA MOBILE" in dialog.answer.text(), timeout=15000)
        assert "registered on the network" in dialog.answer.text()
        dialog.port.addItem(device, device)  # as if listed (a pty is not among the serial ports)
        dialog.port.setEditText("auto")
        dialog.detect()
        qtbot.waitUntil(lambda: "A modem answers on" in dialog.answer.text(), timeout=20000)
        assert dialog.port.currentText() == device
        with qtbot.waitSignal(dialog.accepted, timeout=10000):
            dialog.save()
        qtbot.waitUntil(lambda: box.table.rowCount() == 1, timeout=5000)
        assert box.table.item(0, SECRET).text() == "saved on this computer"
        assert _kept(ring) == {("operator-app", "profile:office-stick"): "4739"}
        box.table.selectRow(0)
        box.check_selected()
        qtbot.waitUntil(lambda: "office-stick: CHINA MOBILE" in box.result.text(), timeout=15000)
    finally:
        vm.stop()

    httpserver.expect_request("/cgi-bin/sendsms", method="POST").respond_with_handler(kannel_like)
    dialog = box.add()
    dialog.name.setText("kannel")
    dialog.kind.setCurrentIndex(dialog.kind.findData("kannel"))
    assert dialog.check_button.text() == "Test the gateway" and not dialog.port_row.isVisible()
    assert dialog.labels[dialog.sender_edit].text() == "Sender (from)"
    dialog.url.setText(httpserver.url_for("/"))
    dialog.account.setText("office")
    dialog.secret.setText("not-the-password")
    dialog.check()
    qtbot.waitUntil(lambda: "refused the user name or password" in dialog.answer.text(), timeout=10000)
    assert "not-the-password" not in dialog.answer.text()
    dialog.secret.setText(PASSWORD)
    dialog.check()
    qtbot.waitUntil(lambda: "nothing was sent" in dialog.answer.text(), timeout=10000)
    assert PASSWORD not in dialog.answer.text()
    assert all(not r.headers.get("X-Kannel-To") for r, _ in httpserver.log)

    dialog.name.setText("two words")  # bad input: the dialog stays open and says why
    dialog.save()
    qtbot.waitUntil(lambda: "no spaces" in dialog.answer.text(), timeout=10000)
    assert dialog.isVisible()
    dialog.name.setText("kannel")
    with qtbot.waitSignal(dialog.accepted, timeout=10000):
        dialog.save()
    qtbot.waitUntil(lambda: box.table.rowCount() == 2, timeout=5000)
    names = [box.table.item(r, 0).text() for r in range(2)]
    assert names == ["kannel", "office-stick"]
    assert PASSWORD not in box.table.item(0, 2).text() and "***" in box.table.item(0, 2).text()

    box.table.selectRow(names.index("office-stick"))
    box.delete_selected(confirm=False)
    qtbot.waitUntil(lambda: box.table.rowCount() == 1, timeout=5000)
    assert ("operator-app", "profile:office-stick") not in ring.values


def test_without_a_keyring_the_page_says_the_file_is_not_encrypted(no_keyring: None, page: SettingsPage,
                                                                  tmp_path: Path) -> None:
    text = page.transports.place.text()
    assert "NOT encrypted" in text and str(tmp_path / "config" / "secrets.json") in text


def test_a_batch_goes_out_through_a_saved_profile_by_name(db: Database, ring: MemoryKeyring,
                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("OPERATOR_APP_NOW", ten_am().astimezone(UTC).isoformat())
    vm = VirtualModem(pin="1234")
    try:
        vm.serve_tcp()
        transports.save(db, transports.TransportProfile("bench", "modem", vm.url, options={"gap": "0"}),
                        secret="1234", by="ann")
        office = make_office(db, 3)
        summary = send_batch(db, office.batch_id, ["profile:bench"], inbox_every=-1)
        assert summary.sent_now == 3 and len(vm.sent) == 3
    finally:
        vm.stop()


def _kept(ring: Any) -> dict[tuple[str, str], str]:
    """The secrets in the keyring without the destination each is bound to."""
    return {k: json.loads(v)["secret"] for k, v in ring.values.items()}
