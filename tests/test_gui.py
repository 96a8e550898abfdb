"""The main window offscreen: lazy loading, search, import in a worker, and a real screenshot."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication

from operator_app.services.context import fill_demo
from operator_app.sms.modem.driver import Modem
from operator_app.sms.modem.emulator import VirtualModem
from operator_app.store.db import open_database
from operator_app.ui.app import install_translator, pick_cjk_font
from operator_app.ui.loans_model import COL_CONTRACT, PAGE, RowRole
from operator_app.ui.main_window import MainWindow
from operator_app.ui.state import OPERATOR_NAME, UiState
from operator_app.ui.workers import Pools
from tests.sheets import loan_book, standard_rows

TODAY = date(2026, 11, 27)


def ui_state(folder: Path) -> UiState:
    """UI state in a file of the test's own, never the user's QSettings."""
    from PySide6.QtCore import QSettings

    state = UiState(QSettings(str(folder / "ui.ini"), QSettings.Format.IniFormat))
    state.set(OPERATOR_NAME, "王制单")  # a write never stops to ask who acts
    return state


def _window(qtbot: Any, url: str, tmp: Path) -> Iterator[Any]:
    fill_demo(url, today=TODAY, loans=700)
    db = open_database(url)
    pools = Pools()
    win = MainWindow(db=db, pools=pools, today=TODAY, state=ui_state(tmp))
    qtbot.addWidget(win)
    win.show()
    qtbot.waitUntil(lambda: win.model.rowCount() == PAGE, timeout=5000)
    yield win
    pools.wait()
    # A worker that failed late has queued its failure for this window: deliver it now and close
    # what it opened, so no box of this test is found by the next one.
    qtbot.wait(20)
    for box in _failure_boxes():
        box.close()
    db.dispose()


@pytest.fixture
def window(qtbot: Any, db_url: str, tmp_path: Path) -> Iterator[Any]:
    """The main window over a demo office, on SQLite and on PostgreSQL (db_url)."""
    yield from _window(qtbot, db_url, tmp_path)


@pytest.fixture
def sqlite_window(qtbot: Any, sqlite_url: str, tmp_path: Path) -> Iterator[Any]:
    yield from _window(qtbot, sqlite_url, tmp_path)


def test_rows_load_lazily_and_search_filters_in_sql(window: Any, qtbot: Any) -> None:
    model = window.model
    window.queue.clear_filters()  # every loan, not only what needs action
    qtbot.waitUntil(lambda: model.rowCount() == PAGE and not model._loading, timeout=5000)
    assert model.rowCount() == PAGE  # one page, not 700 rows
    qtbot.waitUntil(lambda: "700" in window.total_label.text(), timeout=5000)
    assert model.canFetchMore()
    model.fetchMore()
    qtbot.waitUntil(lambda: model.rowCount() == 2 * PAGE, timeout=5000)
    target = model.index(3, COL_CONTRACT).data(RowRole)
    qtbot.keyClicks(window.search, target.contract_no)
    qtbot.waitUntil(lambda: model.rowCount() == 1, timeout=5000)
    assert model.index(0, COL_CONTRACT).data() == target.contract_no


def test_sorting_by_days_past_due_happens_in_the_database(window: Any, qtbot: Any) -> None:
    from PySide6.QtCore import Qt

    from operator_app.ui.loans_model import COL_DPD

    window.table.sortByColumn(COL_DPD, Qt.SortOrder.DescendingOrder)
    qtbot.waitUntil(lambda: window.model.rowCount() == PAGE, timeout=5000)
    dpd = [window.model.row_at(i).days_past_due for i in range(20)]
    assert dpd == sorted(dpd, reverse=True) and dpd[0] > 90


def test_import_runs_in_a_worker_and_refreshes(window: Any, qtbot: Any, tmp_path: Path) -> None:
    path = loan_book(tmp_path / "book.xlsx", standard_rows())
    window.queue.clear_filters()  # the total of every loan
    with qtbot.waitSignal(window.import_page.import_finished, timeout=10000) as blocker:  # waiting before it starts
        window.start_import(path)
    assert blocker.args[0].loans_created == 4
    qtbot.waitUntil(lambda: "704" in window.total_label.text(), timeout=5000)


def test_chinese_screenshot(window: Any, qtbot: Any, artifacts: Path) -> None:
    app = QApplication.instance()
    translator = install_translator(app, "zh_CN")  # type: ignore[arg-type]
    pick_cjk_font(app)  # type: ignore[arg-type]
    with VirtualModem() as vm:
        modem = Modem(vm.serve_tcp())
        win = MainWindow(db=window.ctx.db, pools=window.ctx.pools, today=TODAY, modem=modem, modem_name="虚拟短信猫",
                         state=window.ctx.state)
        qtbot.addWidget(win)
        win.show()
        qtbot.waitUntil(lambda: win.model.rowCount() == PAGE, timeout=5000)
        qtbot.waitUntil(lambda: "5/5" in win.modem_label.text(), timeout=5000)
        modem.close()
    assert win.modem_label.text() == "█▆▄▂▁ 虚拟短信猫 E3372 · 信号 5/5 · CHINA MOBILE".replace("█▆▄▂▁", "▁▂▄▆█")
    assert win.windowTitle() == "催收短信工作台"
    assert win.model.headerData(0, __import__("PySide6.QtCore").QtCore.Qt.Orientation.Horizontal) == "合同编号"
    image = win.grab()
    path = artifacts / "main_window_zh.png"
    assert image.save(str(path))
    assert path.stat().st_size > 10_000
    app.removeTranslator(translator)  # type: ignore[union-attr]


def test_modem_that_fails_shows_why(window: Any, qtbot: Any) -> None:
    win = MainWindow(db=window.ctx.db, pools=window.ctx.pools, today=TODAY, modem=Modem("/dev/ttyDOESNOTEXIST"),
                     state=window.ctx.state)
    qtbot.addWidget(win)
    qtbot.waitUntil(lambda: win.modem_label.text() == "Modem not connected", timeout=5000)
    assert "ttyDOESNOTEXIST" in win.modem_label.toolTip()


def test_broken_file_shows_one_clear_message(window: Any, qtbot: Any, tmp_path: Path) -> None:
    from PySide6.QtWidgets import QMessageBox

    bad = tmp_path / "broken.xlsx"
    bad.write_bytes(b"not a workbook")
    window.start_import(bad)  # fails at once: wait for its box, not the (maybe already sent) signal
    qtbot.waitUntil(lambda: any(isinstance(w, QMessageBox) and w.isVisible() for w in window.findChildren(QMessageBox)),
                    timeout=15000)
    box = next(w for w in window.findChildren(QMessageBox) if w.isVisible())
    assert "broken.xlsx" in box.text() and "cannot be read" in box.text()
    assert window.import_page.choose_button.isEnabled()
    box.close()


def test_a_hostile_file_costs_the_preview_only_its_reader(window: Any, qtbot: Any, tmp_path: Path) -> None:
    """The import page previews a workbook that lies about its size (one cell at XFD1048576, a
    declared A1:E1): the reader process dies on its memory limit, the window shows one line and
    goes on."""
    from PySide6.QtWidgets import QMessageBox

    from tests.test_hostile_files import _xfd_book

    liar = _xfd_book(tmp_path / "liar.xlsx", declared="A1:E1")
    window.show_page("import")
    window.import_page.open_file(liar)
    qtbot.waitUntil(lambda: any(isinstance(w, QMessageBox) and w.isVisible() for w in window.findChildren(QMessageBox)),
                    timeout=30000)
    box = next(w for w in window.findChildren(QMessageBox) if w.isVisible())
    assert "liar.xlsx" in box.text() and "memory limit" in box.text() and "\n" not in box.text()
    box.grab().save(str(tmp_path / "hostile_box.png"))
    box.close()
    assert window.import_page.choose_button.isEnabled()


def test_big_import_reads_in_a_reader_process_and_the_window_keeps_answering(sqlite_window: Any, qtbot: Any,
                                                                              tmp_path: Path) -> None:
    """A file of 2 MB is read by a spawned reader process while the worker thread
    writes; the event loop keeps turning (a 20 ms timer never waits 100 ms or more) and progress
    arrives chunk by chunk.

    SQLite only: the question is the embedded database, whose write lock the import holds to the
    commit; the reader process on PostgreSQL is covered by tests/test_import.py
    (test_reader_process_imports_exactly_what_this_process_does runs on both engines)."""
    window = sqlite_window
    import time
    from itertools import pairwise

    from PySide6.QtCore import QTimer

    big = 2_000_000
    path = tmp_path / "big.csv"
    lines = ["合同编号,客户姓名,手机号码,借款金额,应还日期,应还金额,已还金额"]
    i = 0
    while sum(map(len, lines)) * 1.2 < big * 1.1:  # UTF-8 Chinese: about 1.2 bytes a char here
        lines += [f"BIG{i + k:06d},客户{(i + k) % 900},1380013{(i + k) % 10000:04d},12000,2026-{1 + k % 12:02d}-05,1200,0"
                  for k in range(1000)]
        i += 1000
    path.write_text("\n".join(lines), encoding="utf-8")
    assert path.stat().st_size >= big
    ticks: list[float] = []
    timer = QTimer()
    timer.timeout.connect(lambda: ticks.append(time.perf_counter()))
    timer.start(20)
    progress: list[int] = []
    window.import_page.import_progress.connect(lambda done, _total: progress.append(done))
    window.queue.clear_filters()  # the total of every loan
    with qtbot.waitSignal(window.import_page.import_finished, timeout=60000) as blocker:
        window.start_import(path)
    timer.stop()
    assert blocker.args[0].loans_created == i
    assert len(progress) >= 3
    gaps = [b - a for a, b in pairwise(ticks)]
    worst = max(range(len(gaps)), key=gaps.__getitem__)
    print(f"event loop during a {i}-row import: {len(ticks)} ticks, longest gap {max(gaps) * 1000:.0f} ms "
          f"(tick {worst} of {len(ticks)})")
    assert max(gaps) < 0.1  # the window never pauses for 100 ms while the import runs
    qtbot.waitUntil(lambda: str(700 + i) in window.total_label.text().replace(",", ""), timeout=10000)


def _failure_boxes() -> list[Any]:
    from PySide6.QtWidgets import QMessageBox

    return [w for w in QApplication.allWidgets()
            if isinstance(w, QMessageBox) and w.objectName() == "failure_box" and w.isVisible()]


def test_a_failed_page_load_opens_a_dialog_with_copyable_details(window: Any, qtbot: Any) -> None:
    """Today's bug: the page worker failed and the table just stayed empty. A real failure: the
    loan table is gone under the window (on either engine)."""
    from sqlalchemy import text

    # the window's own first reads are done (the dashboard or the status bar failing too would be
    # another cause, in another dialog)
    pools = window.ctx.pools
    qtbot.waitUntil(lambda: pools.reads.activeThreadCount() == 0 and pools.writes.activeThreadCount() == 0
                    and bool(window.waiting_label.text()), timeout=10000)
    with window.ctx.db.engine.begin() as conn:
        conn.execute(text("ALTER TABLE loan RENAME TO loan_gone"))
    window.model.reload()
    qtbot.waitUntil(lambda: bool(_failure_boxes()), timeout=5000)
    box = _failure_boxes()[0]
    assert "did not expect" in box.text()
    details = box.detailedText()
    assert "Traceback" in details and "loan" in details and "services/book/queue_view.py" in details  # where it failed
    # The count and the page are two workers: the second may still be failing when the first box shows.
    qtbot.waitUntil(lambda: not window.model._loading, timeout=5000)
    assert not window.model.canFetchMore()  # stopped, no retry storm
    assert len(_failure_boxes()) == 1  # the page and the count failed for one cause: one dialog
    copy = next(b for b in box.buttons() if b.text() == "Copy details")
    copy.click()
    assert QApplication.clipboard().text() == details
    for b in _failure_boxes():
        b.close()


def test_an_expected_error_in_a_worker_is_one_short_translated_message(window: Any, qtbot: Any) -> None:
    from operator_app.errors import KnownError
    from operator_app.ui.workers import Worker

    def fail(_w: Worker) -> None:
        raise KnownError("db_folder_missing", path="/srv/office")

    worker = Worker(fail)
    with qtbot.waitSignal(worker.signals.failed, timeout=5000):
        window.ctx.pools.start_read(worker)
    qtbot.waitUntil(lambda: bool(_failure_boxes()), timeout=5000)
    box = _failure_boxes()[0]
    assert box.text() == "The database folder /srv/office does not exist." and box.detailedText() == ""
    box.close()
    app = QApplication.instance()
    translator = install_translator(app, "zh_CN")  # type: ignore[arg-type]
    try:
        worker = Worker(fail)
        with qtbot.waitSignal(worker.signals.failed, timeout=5000):
            window.ctx.pools.start_read(worker)
        qtbot.waitUntil(lambda: bool(_failure_boxes()), timeout=5000)
        box = _failure_boxes()[0]
        assert box.text() == "数据库所在文件夹 /srv/office 不存在。"
        box.close()
    finally:
        app.removeTranslator(translator)  # type: ignore[union-attr]


def test_an_exception_nobody_caught_opens_the_dialog(qtbot: Any) -> None:
    import sys

    from operator_app.ui import errors

    try:
        raise ZeroDivisionError("a bug in a slot")
    except ZeroDivisionError:
        kind, exc, tb = sys.exc_info()
    assert kind is not None and exc is not None
    errors.excepthook(kind, exc, tb)
    box = _failure_boxes()[0]
    qtbot.addWidget(box)
    assert "ZeroDivisionError: a bug in a slot" in box.detailedText()
    assert "test_an_exception_nobody_caught_opens_the_dialog" in box.detailedText()
    box.close()


def test_the_status_bar_tells_the_audit_chains_state(window: Any, qtbot: Any, artifacts: Path) -> None:
    from sqlalchemy import create_engine, delete, func, select

    from operator_app.messaging import audit
    from operator_app.store.db import resolve_url
    from operator_app.store.models import audit_table

    qtbot.waitUntil(lambda: window.audit_label.text() != "", timeout=5000)
    assert window.audit_label.text() == "Audit trail: intact", window.audit_label.toolTip()
    assert "entries" in window.audit_label.toolTip()
    engine = create_engine(resolve_url(window.ctx.db.url))  # not the app's engine: no anchor here moves
    with engine.begin() as conn:  # as another desk writes (its own anchor), or a hand outside the app
        audit.append(conn, "乙", "note", {"desk": "乙"})
    window.audit_label.clicked.emit()  # as a click on it does
    if window.ctx.db.url.startswith("postgresql"):  # a shared server: information, not a break
        qtbot.waitUntil(lambda: "since this computer last wrote: 1," in window.audit_label.toolTip(), timeout=5000)
        assert window.audit_label.text() == "Audit trail: intact" and window.audit_label.styleSheet() == ""
        assert window.statusBar().grab().save(str(artifacts / "status_bar_audit_unseen.png"))
    else:  # one file, its anchor beside it: nobody of the app wrote that entry
        qtbot.waitUntil(lambda: window.audit_label.text() == "Audit trail: broken", timeout=5000)
        assert "added outside the app" in window.audit_label.toolTip()
    with engine.begin() as conn:  # the tail goes: this desk's last entry and the other one's
        top = conn.execute(select(func.max(audit_table.c.id))).scalar_one()
        conn.execute(delete(audit_table).where(audit_table.c.id >= top - 1))
    engine.dispose()
    window.audit_label.clicked.emit()
    qtbot.waitUntil(lambda: "Entries were removed" in window.audit_label.toolTip(), timeout=5000)
    assert window.audit_label.text() == "Audit trail: broken", window.audit_label.toolTip()
    assert window.statusBar().grab().save(str(artifacts / "status_bar_audit.png"))
