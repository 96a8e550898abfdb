"""The main window over a demo office, as the GUI page tests open it: the clock pinned to a
morning of TODAY in the office's zone, an operator named, UI state in a private file."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime, time
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import QSettings

from operator_app.services.context import fill_demo
from operator_app.store.db import open_database
from operator_app.ui.main_window import MainWindow
from operator_app.ui.state import OPERATOR_NAME, UiState
from operator_app.ui.workers import Pools

TODAY = date(2026, 11, 27)


def office_window(qtbot: Any, db_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                  *, loans: int, modem: Any = None) -> Iterator[MainWindow]:
    monkeypatch.setenv("OPERATOR_APP_NOW", datetime.combine(TODAY, time(10), ZoneInfo("Asia/Shanghai")).isoformat())
    fill_demo(db_url, today=TODAY, loans=loans)
    db = open_database(db_url)
    pools = Pools()
    state = UiState(QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat))
    state.set(OPERATOR_NAME, "王制单")
    window = MainWindow(db=db, pools=pools, today=TODAY, state=state, modem=modem)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.model.rowCount() > 0, timeout=10000)
    yield window
    pools.wait()
    db.dispose()
