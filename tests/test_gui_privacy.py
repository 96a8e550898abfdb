"""The queue page's 导出个人信息 / 删除个人信息 (issue 20, item 4): a selected loan's borrower is
exported to a workbook and erased (after a reason and a confirmation) through the services, in a
worker; the queue then shows the loan without a name. The services' own tests run on both engines
(tests/test_privacy_rights.py); here the page's wiring, on SQLite."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from operator_app.services.office.privacy import Erased
from operator_app.ui.main_window import MainWindow
from tests.gui_office import office_window


@pytest.fixture
def win(qtbot: Any, sqlite_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[MainWindow]:
    yield from office_window(qtbot, sqlite_url, tmp_path, monkeypatch, loans=60)


def test_export_and_erase_from_the_queue(win: MainWindow, qtbot: Any, tmp_path: Path) -> None:
    page = win.queue
    win.show_page("queue")
    actions = page.privacy
    assert actions.export_button.isVisibleTo(page) and not actions.export_button.isEnabled()  # no loan chosen yet
    row = next(i for i in range(win.model.rowCount()) if win.model.row_at(i).borrower)
    target = win.model.row_at(row)
    page.table.selectRow(row)
    qtbot.waitUntil(lambda: actions.erase_button.isEnabled(), timeout=5000)
    win.resize(1280, 800)
    win.grab().save(str(tmp_path / "queue-privacy.png"))
    out = tmp_path / "copy.xlsx"
    worker = actions.export(out)
    assert worker is not None
    qtbot.waitUntil(lambda: out.exists() and out.stat().st_size > 0, timeout=10000)
    done: list[Erased] = []
    assert actions.erase("本人书面申请", on_done=done.append) is not None
    qtbot.waitUntil(lambda: bool(done), timeout=20000)
    assert target.contract_no in done[0].contracts
    qtbot.waitUntil(lambda: any(win.model.row_at(i).contract_no == target.contract_no
                                and win.model.row_at(i).borrower is None for i in range(win.model.rowCount())),
                    timeout=10000)
