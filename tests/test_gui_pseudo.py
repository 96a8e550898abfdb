"""Every page under the pseudo-locale (each string 40% longer) at 1280x800: no label or button
may clip its text. Runs on SQLite only: the question is layout, not the database."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QWidget

from operator_app.services.context import fill_demo
from operator_app.store.db import open_database
from operator_app.ui.main_window import PAGES, MainWindow
from operator_app.ui.pseudo import PseudoTranslator, stretch
from operator_app.ui.state import OPERATOR_NAME, UiState
from operator_app.ui.workers import Pools

TODAY = date(2026, 11, 27)


def clipped(root: QWidget) -> list[str]:
    """Visible single-line labels and buttons whose text is wider than the room they have (in a
    layout, a label rather widens the window: the size check below catches that)."""
    out = []
    for w in root.findChildren(QWidget):
        if not w.isVisible():
            continue
        if isinstance(w, QLabel) and not w.wordWrap() and w.text() and "<" not in w.text():
            need = max(w.fontMetrics().horizontalAdvance(line) for line in w.text().splitlines())
            if need > w.contentsRect().width() + 1:
                out.append(f"label {w.text()!r}: needs {need}px, has {w.contentsRect().width()}px")
        elif isinstance(w, QAbstractButton) and w.text() and w.width() > 0:
            need = w.fontMetrics().horizontalAdvance(w.text().replace("&", ""))
            if need > w.width() - 6:
                out.append(f"button {w.text()!r}: needs {need}px, has {w.width()}px")
    return out


@pytest.fixture
def pseudo_window(qtbot: Any, sqlite_url: str, tmp_path: Path) -> Iterator[MainWindow]:
    app = QApplication.instance()
    assert app is not None
    translator = PseudoTranslator()
    app.installTranslator(translator)
    fill_demo(sqlite_url, today=TODAY, loans=200)
    db = open_database(sqlite_url)
    pools = Pools()
    state = UiState(QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat))
    state.set(OPERATOR_NAME, "王制单")
    win = MainWindow(db=db, pools=pools, today=TODAY, state=state)
    qtbot.addWidget(win)
    win.resize(1280, 800)
    win.show()
    yield win
    pools.wait()
    db.dispose()
    app.removeTranslator(translator)


def test_the_pseudo_locale_stretches_strings(pseudo_window: MainWindow) -> None:
    assert pseudo_window.windowTitle() == stretch("Collections SMS desk")


def test_no_page_clips_a_stretched_label(pseudo_window: MainWindow, qtbot: Any) -> None:
    for key, _title in PAGES:
        pseudo_window.show_page(key)

        def laid_out_without_clipping(key: str = key) -> None:
            assert (key, clipped(pseudo_window)) == (key, [])
            # a layout makes room for its labels by growing the window: it must still fit 1280x800
            hint = pseudo_window.minimumSizeHint()
            assert (key, hint.width() <= 1280, hint.height() <= 800) == (key, True, True), hint

        # the page's first load arrives and is laid out; a label that stays clipped fails here
        qtbot.waitUntil(laid_out_without_clipping, timeout=3000)
