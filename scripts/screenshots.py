"""Save a PNG of every page of the demo office at 1280x800, offscreen, with a CJK font, in
Chinese or in the language named (en).

    python scripts/screenshots.py OUTDIR [zh_CN|en]
"""

from __future__ import annotations

import os
import sys
import tempfile
from datetime import date, datetime, time
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def main() -> int:
    out = Path(sys.argv[1] if len(sys.argv) > 1 else "screenshots")
    out.mkdir(parents=True, exist_ok=True)
    from PySide6.QtCore import QEventLoop, QSettings, QTimer
    from PySide6.QtWidgets import QApplication

    from operator_app import i18n
    from operator_app.services.context import fill_demo
    from operator_app.services.reports.messages import list_messages
    from operator_app.sms.modem.emulator import VirtualModem
    from operator_app.store.db import open_database
    from operator_app.ui.app import install_translator, pick_cjk_font
    from operator_app.ui.main_window import PAGES, MainWindow
    from operator_app.ui.state import OPERATOR_NAME, UiState
    from operator_app.ui.workers import Pools

    app = QApplication(sys.argv[:1])
    language = sys.argv[2] if len(sys.argv) > 2 else "zh_CN"
    i18n.set_language(language)
    install_translator(app, language)
    pick_cjk_font(app)
    today = date.today()
    # a morning inside the send window, so the batch and the send have messages whatever the hour
    os.environ.setdefault("OPERATOR_APP_NOW", datetime.combine(today, time(10), ZoneInfo("Asia/Shanghai")).isoformat())
    folder = Path(tempfile.mkdtemp())
    fill_demo(str(folder / "demo.db"), today=today, loans=3000)
    db = open_database(str(folder / "demo.db"))
    from operator_app.services.sending import transports

    transports.save(db, transports.TransportProfile("办公室短信猫", "emulator"), secret=None, by="王管理")
    pools = Pools()
    state = UiState(QSettings(str(folder / "ui.ini"), QSettings.Format.IniFormat))
    state.set(OPERATOR_NAME, "王制单")
    win = MainWindow(db=db, pools=pools, today=today, state=state)
    win.resize(1280, 800)
    win.show()

    def settle(ms: int = 600) -> None:
        loop = QEventLoop()
        QTimer.singleShot(ms, loop.quit)
        loop.exec()

    settle(1500)
    win.queue.table.selectRow(3)
    settle(800)
    shots = 0
    sheet = folder / "借款台账.csv"
    sheet.write_text("合同编号,客户姓名,手机号码,借款金额,应还日期,应还金额,已还金额\n"
                     "HT2026110001,张三,13800138000,12000,2026-11-05,1200,0\n"
                     "HT2026110002,李四,010-62345678,8000,2026-11-10,800,0\n"
                     "HT2026110003,,13900139000,abc,2026-13-01,900,0\n"
                     "HT2026110004,王五,1370013,6000,2026-11-20,600,600\n"
                     "合计,,,26000,,3500,600\n", encoding="utf-8")
    for key, _title in PAGES:
        win.show_page(key)
        if key == "import":
            win.import_page.open_file(sheet)
            settle(1200)
        if key == "batches" and win.batches.batches.rowCount() == 0:
            win.show_page("queue")
            win.queue.create_batch_from_filter()
            settle(3000)
            win.show_page("batches")
        if key == "batches":
            settle(900)
            win.batches.message_view.selectRow(0)  # the detail pane shows its whole text
        if key == "sending":
            send_demo_batch(win, settle)
        if key == "inbox":
            vm = VirtualModem()
            vm.serve_tcp()
            sent = [m for m in list_messages(db) if m.status in ("sent", "delivered")]
            for m, text in zip(sent, ("退订", "我已经还了，请核实", "好的，明天还"), strict=False):
                vm.inject(m.to, text)
            win.inbox.spec.setText(f"modem:{vm.url}")
            win.inbox.sync()
            settle(3000)
            vm.stop()
        settle(900)
        path = out / f"{shots + 1:02d}-{key}.png"
        win.grab().save(str(path))
        shots += 1
    win.show_page("templates")
    win.templates.editor.setPlainText(win.templates.editor.toPlainText() + "否则上门。")
    settle(900)
    win.grab().save(str(out / f"{shots + 1:02d}-templates-lint.png"))
    shots += 1
    # the dashboard again, now with the batch sent and the replies in: sending results filled
    win.show_page("dashboard")
    settle(1500)
    win.grab().save(str(out / f"{shots + 1:02d}-dashboard-after-sending.png"))
    shots += 1
    empty = open_database(str(folder / "empty.db"))
    first = MainWindow(db=empty, pools=pools, today=today, state=state)
    first.resize(1280, 800)
    first.show()
    first.show_page("dashboard")
    settle(900)
    first.grab().save(str(out / f"{shots + 1:02d}-welcome.png"))
    first.close()
    pools.wait()
    db.dispose()
    empty.dispose()
    print(f"{shots + 1} screenshots in {out}")
    return 0


def send_demo_batch(win: Any, settle: Any) -> None:
    """Approve the batch the batches page showed (a second operator) and send it to an
    in-process virtual modem from the Sending page, so the page shows a finished run."""
    from operator_app.services.planning import batches as batch_service
    from operator_app.services.reports.dashboard import list_batches

    db = win.ctx.db
    for b in list_batches(db):
        if b.status == "draft":
            batch_service.approve_batch(db, b.id, by="李复核", confirm_stale=True)
    win.sending.refresh()
    settle(900)
    win.sending.spec.setText("emulator:")
    win.sending.start()
    for _ in range(600):
        if win.sending.worker is None:
            break
        settle(200)
    settle(600)


if __name__ == "__main__":
    sys.exit(main())
