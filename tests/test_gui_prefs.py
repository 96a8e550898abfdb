"""The borrower's own contact wishes in the GUI, offscreen on SQLite and PostgreSQL: edited from
the queue (side pane button, context menu) and from a reply on the inbox page with a small
dialog, shown in the queue's last column (with the note in its tooltip) and in the timeline,
and the queue filtered and sorted on them by the database."""

from __future__ import annotations

import os
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QTime, QTimer
from sqlalchemy import insert, select

from operator_app.services.book.preferences import preferences_of
from operator_app.store.models import inbound_table, loan_table
from operator_app.ui.loans_model import COL_CONTRACT, COL_PREFS
from operator_app.ui.main_window import MainWindow
from operator_app.ui.prefs_dialog import PrefsDialog
from operator_app.ui.records_model import RowRole
from tests.gui_office import office_window

LOANS = 60
SHOTS = os.environ.get("PREFS_SHOTS")  # a folder: screenshots of the changed widgets, to look at


def shot(widget: Any, name: str) -> None:
    if SHOTS:
        widget.grab().save(str(Path(SHOTS) / f"{name}.png"))


@pytest.fixture
def win(qtbot: Any, db_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[MainWindow]:
    yield from office_window(qtbot, db_url, tmp_path, monkeypatch, loans=LOANS)


def _answer(dialog: PrefsDialog, *, window: tuple[int, int] | None = None, weekdays: bool = False,
            note: str = "", name: str = "") -> None:
    """Fill the dialog as a clerk would, once it is on screen, and press OK."""
    def fill() -> None:
        if window is not None:
            dialog.use_window.setChecked(True)
            dialog.start.setTime(QTime(window[0] // 60, window[0] % 60))
            dialog.end.setTime(QTime(window[1] // 60, window[1] % 60))
        dialog.weekdays.setChecked(weekdays)
        if note:
            dialog.note.setText(note)
        if name:
            shot(dialog, name)
        dialog.accept()

    QTimer.singleShot(0, fill)


def test_wishes_from_the_queue(win: MainWindow, qtbot: Any) -> None:
    win.resize(1280, 800)
    win.show_page("queue")
    page, model = win.queue, win.model
    qtbot.waitUntil(lambda: model.rowCount() > 3 and not model._loading, timeout=10000)
    page.table.selectRow(2)
    contract = model.row_at(2).contract_no
    qtbot.waitUntil(lambda: page.prefs_button.isEnabled(), timeout=5000)
    written: list[Any] = []
    page.edit_preferences(opened=lambda d: _answer(d, window=(18 * 60, 20 * 60), note="电话中说只在晚上方便",
                                                   name="prefs_dialog"),
                          done=written.append)
    qtbot.waitUntil(lambda: bool(written), timeout=10000)
    (b,) = preferences_of(win.ctx.db, contract)
    assert b.prefs.window == (18 * 60, 20 * 60) and b.note == "电话中说只在晚上方便" and b.set_by == "王制单"

    # the database filters on them: only that borrower's loans
    page.with_prefs.setChecked(True)
    qtbot.waitUntil(lambda: not model._loading and model.rowCount() == len(b.contracts), timeout=10000)
    row = model.row_at(0)
    assert row.contract_no in b.contracts
    assert model.index(0, COL_PREFS).data() == "18–20"
    tip = model.index(0, COL_PREFS).data(3)  # the tooltip: the wishes in words and the note
    assert "only 18:00-20:00" in tip and "电话中说只在晚上方便" in tip
    page.table.selectRow(0)
    assert "Borrower's wishes: only 18:00-20:00" in page.preview_title.text()
    qtbot.waitUntil(lambda: any("contact wishes" in page.timeline.item(i).text()
                                for i in range(page.timeline.count())), timeout=10000)
    entry = next(page.timeline.item(i).text() for i in range(page.timeline.count())
                 if "contact wishes" in page.timeline.item(i).text())
    assert "only 18:00-20:00" in entry and "王制单" in entry
    shot(page, "queue_with_prefs")

    # and sorts on them: borrowers with wishes first, then the rest
    page.with_prefs.setChecked(False)
    page.needs_action.setChecked(False)
    qtbot.waitUntil(lambda: not model._loading and model.rowCount() > len(b.contracts), timeout=10000)
    model.sort(COL_PREFS)
    qtbot.waitUntil(lambda: not model._loading and model.rowCount() > 0
                    and model.row_at(0).contract_no in b.contracts, timeout=10000)
    assert [model.row_at(i).prefs_set_at is not None for i in range(len(b.contracts) + 1)] == [
        *([True] * len(b.contracts)), False]

    # the context menu offers the same dialog for the row under the mouse
    rect = page.table.visualRect(model.index(len(b.contracts), COL_CONTRACT))
    menu = page.table_menu(rect.center())
    other = model.index(len(b.contracts), COL_CONTRACT).data(RowRole).contract_no
    assert menu is not None and [a.text() for a in menu.actions()] == [f"Contact wishes of {other}…"]


def test_wishes_from_a_reply_on_the_inbox_page(win: MainWindow, qtbot: Any) -> None:
    db = win.ctx.db
    with db.engine.begin() as conn:
        loan = conn.execute(select(loan_table.c.contract_no, loan_table.c.borrower_id)
                            .where(loan_table.c.borrower_id.is_not(None)).order_by(loan_table.c.id)).first()
        assert loan is not None
        conn.execute(insert(inbound_table).values(sender="+8613800000001", text="请只在工作日联系我",
                                                  borrower_id=loan.borrower_id, action="none",
                                                  received_at=datetime.now(UTC)))
    win.show_page("inbox")
    page = win.inbox
    page.refresh()
    qtbot.waitUntil(lambda: page.model.rowCount() > 0, timeout=10000)
    page.table.selectRow(0)
    assert page.prefs_button.isEnabled()
    seen: list[str] = []
    written: list[Any] = []

    def opened(d: PrefsDialog) -> None:
        seen.append(d.note.text())
        _answer(d, weekdays=True)

    page.edit_preferences(opened=opened, done=written.append)
    qtbot.waitUntil(lambda: bool(written), timeout=10000)
    assert seen == ["Reply: 请只在工作日联系我"]  # the note says where the wish came from
    (b,) = [p for p in preferences_of(db, loan.contract_no)]
    assert b.prefs.weekdays_only and b.note == "Reply: 请只在工作日联系我"
    shot(page, "inbox_with_prefs_button")
