"""Long work started from the pages goes through ui/ops.py: the settings page's probe of a slow
modem shows the delayed progress dialog (none for a quick one), and an import or a modem probe
whose page or window was deleted meanwhile ends without its answer touching the dead widgets."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest
import shiboken6
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QProgressDialog

from operator_app.services.reports.dashboard import status_summary
from operator_app.services.sending import transports
from operator_app.sms.modem.driver import Modem
from operator_app.sms.modem.emulator import Faults, VirtualModem
from operator_app.store.db import Database, open_database
from operator_app.ui.changes import ChangeBus
from operator_app.ui.context import GuiContext
from operator_app.ui.main_window import MainWindow
from operator_app.ui.pages.import_page import ImportPage
from operator_app.ui.pages.settings_page import SettingsPage
from operator_app.ui.state import OPERATOR_NAME, UiState
from operator_app.ui.workers import Pools

TODAY = date(2026, 11, 27)


@pytest.fixture
def ctx(sqlite_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[GuiContext]:
    monkeypatch.setenv("OPERATOR_APP_CONFIG", str(tmp_path / "config"))
    db = open_database(sqlite_url)
    pools = Pools()
    state = UiState(QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat))
    state.set(OPERATOR_NAME, "王管理")
    yield GuiContext(db=db, pools=pools, pinned_day=TODAY, bus=ChangeBus(), state=state)
    pools.wait()
    db.dispose()


def _dialogs() -> list[QProgressDialog]:
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, QProgressDialog) and w.isVisible()]


def _saved_modem(db: Database, name: str, device: str) -> None:
    transports.save(db, transports.TransportProfile(name, "modem", device, "", {"gap": "0"}), secret=None, by="王管理")


def test_probing_a_slow_modem_from_settings_shows_the_delayed_progress_dialog(qtbot: Any, ctx: GuiContext) -> None:
    slow = VirtualModem(faults=Faults(delay=0.3))  # a few AT commands: well over half a second
    try:
        _saved_modem(ctx.db, "slow-stick", slow.serve_pty())
        page = SettingsPage(ctx=ctx)
        qtbot.addWidget(page)
        page.show()
        box = page.transports
        qtbot.waitUntil(lambda: box.table.rowCount() == 1, timeout=10000)
        box.table.selectRow(0)
        box.check_selected()
        qtbot.waitUntil(lambda: len(_dialogs()) == 1, timeout=5000)
        assert _dialogs()[0].labelText() == "Checking slow-stick…"
        qtbot.waitUntil(lambda: "slow-stick: CHINA MOBILE" in box.result.text(), timeout=30000)
        qtbot.waitUntil(lambda: _dialogs() == [], timeout=3000)
    finally:
        slow.stop()


def test_an_import_whose_page_was_deleted_meanwhile_finishes_without_touching_it(
        qtbot: Any, ctx: GuiContext, tmp_path: Path) -> None:
    header = "合同编号,客户姓名,手机号,借款金额,应还日期,应还金额,已还金额"
    rows = [f"DEL{i:06d},客户{i % 900},1380013{i % 10000:04d},12000,2026-{1 + i % 12:02d}-05,1200,0"
            for i in range(20000)]
    sheet = tmp_path / "book.csv"
    sheet.write_text("\n".join([header, *rows]), encoding="utf-8")
    page = ImportPage(ctx=ctx)
    seen: list[int] = []
    page.progress.valueChanged.connect(lambda v: seen.append(v))
    worker = page.start_import(sheet)
    qtbot.waitUntil(lambda: bool(seen), timeout=30000)  # under way, reporting progress to the page
    page.deleteLater()
    qtbot.waitUntil(lambda: not shiboken6.isValid(page), timeout=3000)
    ctx.pools.wait()
    qtbot.wait(100)  # the answers still queued for the dead page are delivered (and dropped) now
    assert worker.signals is not None and status_summary(ctx.db, TODAY).loans == 20000  # the work itself finished


def test_a_modem_probe_for_a_window_closed_meanwhile_is_dropped(qtbot: Any, ctx: GuiContext) -> None:
    slow = VirtualModem(faults=Faults(delay=0.3))
    modem = Modem(slow.serve_tcp())
    try:
        window = MainWindow(db=ctx.db, pools=ctx.pools, today=TODAY, state=ctx.state, modem=modem, modem_name="slow")
        worker = window.modem_worker
        assert worker is not None and window.modem_label.text() == "Connecting to the modem…"
        window.deleteLater()
        qtbot.waitUntil(lambda: not shiboken6.isValid(window), timeout=3000)
        ctx.pools.wait()
        qtbot.wait(100)
    finally:
        modem.close()
        slow.stop()


def test_the_status_bar_shows_each_saved_transports_last_check_of_this_session_and_never_probes(
        qtbot: Any, ctx: GuiContext) -> None:
    vm = VirtualModem()
    try:
        _saved_modem(ctx.db, "stick", vm.serve_pty())
        transports.save(ctx.db, transports.TransportProfile("kannel", "kannel", "http://127.0.0.1:9/", "office"),
                        secret="pw", by="王管理")
        window = MainWindow(db=ctx.db, pools=ctx.pools, today=TODAY, state=ctx.state)
        qtbot.addWidget(window)
        window.show()
        bar = window.transports_label
        unchecked = "Saved transports: kannel not checked · stick not checked"
        qtbot.waitUntil(lambda: bar.text() == unchecked, timeout=10000)
        qtbot.wait(300)
        assert bar.text() == unchecked  # nothing probed by itself
        box = window.settings.transports
        window.show_page("settings")
        qtbot.waitUntil(lambda: box.table.rowCount() == 2, timeout=10000)
        box.select("stick")
        box.check_selected()
        qtbot.waitUntil(lambda: bar.text() == "Saved transports: kannel not checked · stick ▁▂▄▆█", timeout=15000)
        box.select("kannel")
        box.check_selected()
        qtbot.waitUntil(lambda: bar.text() == "Saved transports: kannel ✗ · stick ▁▂▄▆█", timeout=15000)
        assert "kannel: " in bar.toolTip() and "stick: CHINA MOBILE · 5/5" in bar.toolTip()
    finally:
        vm.stop()


def test_a_click_on_the_modem_part_of_the_status_bar_asks_the_apps_own_modem_again(
        qtbot: Any, ctx: GuiContext) -> None:
    from PySide6.QtCore import Qt

    vm = VirtualModem()
    modem = Modem(vm.serve_tcp())
    try:
        window = MainWindow(db=ctx.db, pools=ctx.pools, today=TODAY, state=ctx.state, modem=modem, modem_name="办公室")
        qtbot.addWidget(window)
        window.show()
        qtbot.waitUntil(lambda: "5/5" in window.modem_label.text(), timeout=10000)
        assert window.modem_worker is None
        vm.state.faults.no_network = True  # the SIM lost the network since
        qtbot.mouseClick(window.modem_label, Qt.MouseButton.LeftButton)
        assert window.modem_worker is not None  # asked again, off the GUI thread
        qtbot.waitUntil(lambda: "no network" in window.modem_label.text(), timeout=10000)
    finally:
        modem.close()
        vm.stop()
