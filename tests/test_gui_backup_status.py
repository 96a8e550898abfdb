"""The status bar's backup age: amber after two days or with no backup at all, the day's backup
made in a worker (never on the GUI thread), hidden for a PostgreSQL office (its server backs up)."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from datetime import date, datetime, time
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import QSettings

from operator_app.services.context import fill_demo
from operator_app.services.office import backups
from operator_app.store.db import open_database
from operator_app.ui.backup_status import AMBER
from operator_app.ui.main_window import MainWindow
from operator_app.ui.state import OPERATOR_NAME, UiState
from operator_app.ui.workers import Pools

TODAY = date(2026, 11, 27)


def pin(monkeypatch: pytest.MonkeyPatch, day: date) -> None:
    monkeypatch.setenv("OPERATOR_APP_NOW", datetime.combine(day, time(10), ZoneInfo("Asia/Shanghai")).isoformat())


@pytest.fixture
def open_window(qtbot: Any, tmp_path: Path) -> Iterator[Any]:
    opened: list[tuple[Any, Pools]] = []

    def make(url: str) -> MainWindow:
        db = open_database(url)
        pools = Pools()
        state = UiState(QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat))
        state.set(OPERATOR_NAME, "王制单")
        win = MainWindow(db=db, pools=pools, today=TODAY, state=state)
        qtbot.addWidget(win)
        win.resize(1280, 800)
        win.show()
        opened.append((db, pools))
        return win
    yield make
    for db, pools in opened:
        pools.wait()
        db.dispose()


def test_a_backup_three_days_old_shows_its_age_in_amber(sqlite_url: str, open_window: Any, qtbot: Any,
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    """SQLite (a backup is a copy of the file): made on the 24th, seen on the 27th."""
    pin(monkeypatch, date(2026, 11, 24))
    fill_demo(sqlite_url, today=TODAY, loans=50)
    db = open_database(sqlite_url)
    backups.create(db, by="王制单")
    db.dispose()
    pin(monkeypatch, TODAY)
    win = open_window(sqlite_url)
    label = win.backup_label
    qtbot.waitUntil(lambda: label.last is not None, timeout=5000)
    assert label.text() == "Backup: 3 day(s) ago" and label.styleSheet() == AMBER and label.isVisible()
    qtbot.wait(300)
    win.grab().save(str(Path(sqlite_url).with_name("backup_status.png")))


def test_the_days_backup_is_made_in_a_worker_and_shows_today(sqlite_url: str, open_window: Any, qtbot: Any,
                                                             monkeypatch: pytest.MonkeyPatch) -> None:
    """SQLite: with the daily backup on, the first start of the day copies the file off the GUI
    thread; the label then says today, not amber."""
    monkeypatch.setenv("OPERATOR_APP_AUTO_BACKUP", "1")
    pin(monkeypatch, TODAY)
    fill_demo(sqlite_url, today=TODAY, loans=50)
    threads: list[threading.Thread] = []
    real = backups.daily

    def watched(db: Any) -> Any:
        threads.append(threading.current_thread())
        return real(db)
    monkeypatch.setattr(backups, "daily", watched)
    win = open_window(sqlite_url)
    label = win.backup_label
    qtbot.waitUntil(lambda: label.last is not None, timeout=5000)
    assert threads and all(t is not threading.main_thread() for t in threads)
    assert label.text() == "Backup: today" and label.styleSheet() == ""
    assert [f.auto for f in backups.backups_of(Path(sqlite_url))] == [True]


def test_no_backup_is_amber_on_sqlite_and_the_part_is_hidden_on_postgresql(db_url: str, open_window: Any, qtbot: Any,
                                                                           monkeypatch: pytest.MonkeyPatch) -> None:
    pin(monkeypatch, TODAY)
    fill_demo(db_url, today=TODAY, loans=20)
    win = open_window(db_url)
    label = win.backup_label
    if db_url.startswith("postgresql"):
        assert not label.isVisible() and label.worker is None
        return
    qtbot.waitUntil(lambda: label.last is not None, timeout=5000)
    assert label.text() == "No backup" and label.styleSheet() == AMBER
