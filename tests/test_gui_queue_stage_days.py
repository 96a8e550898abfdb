"""The queue page reads the office's stage days once and again when the settings change: a page
costs one query, and a clerk who moves the grace period sees the queue follow it."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from operator_app.services.changes import OpChanges
from operator_app.services.office import settings as settings_service
from operator_app.ui.main_window import MainWindow
from tests.gui_office import office_window


@pytest.fixture
def window(qtbot: Any, db_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[MainWindow]:
    yield from office_window(qtbot, db_url, tmp_path, monkeypatch, loans=200)


def test_the_queue_follows_a_change_of_stage_days(window: MainWindow, qtbot: Any) -> None:
    model = window.model
    qtbot.waitUntil(lambda: model._stage_days is not None, timeout=10000)
    assert model._stage_days is not None and model._stage_days.grace_days == 3
    graced = lambda: sum(1 for i in range(model.rowCount()) if model.row_at(i).stage == "grace")  # noqa: E731
    settings_service.set_value(window.ctx.db, "stages.grace_days", "10", by="老李")
    window.ctx.bus.tell(OpChanges(settings=True))
    qtbot.waitUntil(lambda: model._stage_days is not None and model._stage_days.grace_days == 10
                    and model.rowCount() > 0, timeout=10000)
    while model.canFetchMore():
        model.fetchMore()
        qtbot.waitUntil(lambda: not model._loading, timeout=10000)
    wider = graced()
    settings_service.set_value(window.ctx.db, "stages.repeat_grace_days", "0", by="老李")
    settings_service.set_value(window.ctx.db, "stages.grace_days", "0", by="老李")
    window.ctx.bus.tell(OpChanges(settings=True))
    qtbot.waitUntil(lambda: model._stage_days is not None and model._stage_days.grace_days == 0
                    and model.rowCount() > 0, timeout=10000)
    while model.canFetchMore():
        model.fetchMore()
        qtbot.waitUntil(lambda: not model._loading, timeout=10000)
    assert wider > 0 and graced() == 0
