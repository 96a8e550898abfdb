"""The one app object: builds the database, pools and translator once and hands them to the window."""

from __future__ import annotations

import argparse
import sys
from datetime import date

from PySide6.QtCore import QCoreApplication, QLocale, QTranslator
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication, QMessageBox

from operator_app import i18n, paths
from operator_app.sms.modem.driver import Modem
from operator_app.sms.modem.emulator import VirtualModem
from operator_app.store.db import Database, DatabaseError, open_database
from operator_app.ui.main_window import MainWindow
from operator_app.ui.messages import qtr
from operator_app.ui.workers import Pools

CJK_FONTS = ("WenQuanYi Micro Hei", "Noto Sans CJK SC", "Microsoft YaHei", "PingFang SC", "SimHei")


def install_translator(app: QCoreApplication, language: str) -> QTranslator:
    translator = QTranslator(app)
    if translator.load(str(i18n.TRANSLATIONS / f"operator_app_{language}.qm")):
        app.installTranslator(translator)
    QLocale.setDefault(QLocale(QLocale.Language.Chinese if language == "zh_CN" else QLocale.Language.English))
    return translator


def pick_cjk_font(app: QApplication) -> None:
    families = set(QFontDatabase.families())
    for family in CJK_FONTS:
        if family in families:
            font = QFont(family)
            font.setPointSize(max(app.font().pointSize(), 10))
            app.setFont(font)
            return


def open_app_database(args: argparse.Namespace, today: date) -> Database:
    if args.demo:
        from operator_app.services.demo import create_demo

        target = args.db or str(paths.demo_db())
        create_demo(target, today=today)
        return open_database(target)
    return open_database(args.db or paths.default_db())


def run_gui(args: argparse.Namespace) -> int:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setOrganizationName("operator-app")
    app.setApplicationName("operator-app")
    install_translator(app, i18n.language())
    pick_cjk_font(app)
    today = date.today()
    try:
        db = open_app_database(args, today)
    except DatabaseError as exc:
        QMessageBox.critical(None, "", qtr(exc.code, **exc.params))
        return 1
    pools = Pools()
    emulator: VirtualModem | None = None
    modem: Modem | None = None
    if args.demo:
        # Demo mode sends through a virtual modem in this process, so nothing leaves the PC.
        emulator = VirtualModem()
        modem = Modem(emulator.serve_tcp())
    window = MainWindow(db=db, pools=pools, today=today, modem=modem,
                        modem_name=QCoreApplication.translate("App", "Virtual modem") if args.demo else "")
    window.show()
    code = app.exec()
    pools.wait()
    if modem is not None:
        modem.close()
    if emulator is not None:
        emulator.stop()
    db.dispose()
    return code
