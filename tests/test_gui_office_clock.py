"""Moments on screen follow the office's clock (setting office.timezone), not the computer's: on
a machine set to UTC a message sent at 10:00 in Shanghai showed 02:00:00 as sent, and a reply
stamped 18:30 by the network showed as 10:30."""

from __future__ import annotations

import os
import time
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from operator_app.services.office import settings as settings_service
from operator_app.ui.main_window import MainWindow
from operator_app.ui.words import office_time
from tests.gui_office import office_window


@pytest.fixture
def utc_machine(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """This computer's zone set to UTC whatever the test machine is set to."""
    monkeypatch.setenv("TZ", "UTC")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


@pytest.fixture
def window(qtbot: Any, db_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
           utc_machine: None) -> Iterator[MainWindow]:
    yield from office_window(qtbot, db_url, tmp_path, monkeypatch, loans=20)


def test_moments_are_shown_on_the_office_clock(window: MainWindow, qtbot: Any) -> None:
    assert os.environ["TZ"] == "UTC" and datetime(2026, 12, 1, 2, 0, tzinfo=UTC).astimezone().hour == 2
    sent = datetime(2026, 12, 1, 2, 0, tzinfo=UTC)  # 10:00 in Shanghai
    assert office_time(sent, "%H:%M") == "10:00"
    page = window.settings
    page.refresh()
    qtbot.waitUntil(lambda: "office.timezone" in page.fields, timeout=10000)
    page.fields["office.timezone"].setText("Europe/Berlin")
    with qtbot.waitSignal(page.saved, timeout=10000):
        page.save()
    assert office_time(sent, "%H:%M") == "03:00"  # the office moved its clock: every page follows
    assert str(settings_service.office_zone(window.ctx.db)) == "Europe/Berlin"


def test_a_yes_no_setting_is_a_check_box(window: MainWindow, qtbot: Any) -> None:
    """仅工作日 was a text field holding "false"; a clerk ticks a box and the setting says true."""
    page = window.settings
    page.refresh()
    qtbot.waitUntil(lambda: "policy.working_days_only" in page.switches, timeout=10000)
    switch = page.switches["policy.working_days_only"]
    assert "policy.working_days_only" not in page.fields and not switch.isChecked()
    switch.setChecked(True)
    assert page.changed() == {"policy.working_days_only": "true"}
    with qtbot.waitSignal(page.saved, timeout=10000):
        page.save()
    assert settings_service.current(window.ctx.db).get("policy.working_days_only") is True
    qtbot.waitUntil(lambda: page.switches["policy.working_days_only"].isChecked() and not page.changed(), timeout=10000)
