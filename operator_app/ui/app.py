"""The one app object: builds the database, pools and translator once and hands them to the window."""

from __future__ import annotations

import argparse
import sys
from typing import Literal

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator
from PySide6.QtGui import QFont, QFontDatabase, QIcon
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from operator_app import i18n, paths
from operator_app.errors import KnownError
from operator_app.services.context import AppContext, database_missing, open_app
from operator_app.services.error_text import error_params
from operator_app.services.office.identity import Signed, has_accounts
from operator_app.services.office.office_config import first_run_due
from operator_app.ui import first_paint
from operator_app.ui.errors import install_excepthook
from operator_app.ui.first_run import FirstRunWizard
from operator_app.ui.main_window import MainWindow
from operator_app.ui.messages import qtr
from operator_app.ui.sign_in_dialog import SignInDialog
from operator_app.ui.workers import Pools

CJK_FONTS = ("WenQuanYi Micro Hei", "Noto Sans CJK SC", "Microsoft YaHei", "PingFang SC", "SimHei")


def install_translator(app: QCoreApplication, language: str) -> QTranslator:
    translator = QTranslator(app)
    if translator.load(str(i18n.TRANSLATIONS / f"operator_app_{language}.qm")):
        app.installTranslator(translator)

    QLocale.setDefault(QLocale(QLocale.Language.Chinese if language == "zh_CN" else QLocale.Language.English))
    return translator


def install_qt_words(app: QCoreApplication, language: str) -> None:
    """Qt's own words (OK / Cancel / Yes / No in dialogs) from the catalogue PySide6 ships."""
    qt_words = QTranslator(app)
    if language != "en" and qt_words.load(f"qtbase_{language}",
                                          QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt_words)


def pick_cjk_font(app: QApplication) -> None:
    """A Chinese font the system has, else the one a built app carries (paths.BUNDLED_FONTS), so
    a machine without one shows 汉字, not boxes."""
    families = set(QFontDatabase.families())
    if not families & set(CJK_FONTS):
        for path in sorted(paths.BUNDLED_FONTS.glob("*.tt[cf]")) if paths.BUNDLED_FONTS.is_dir() else ():
            families.update(QFontDatabase.applicationFontFamilies(QFontDatabase.addApplicationFont(str(path))))
    for family in CJK_FONTS:
        if family in families:
            font = QFont(family)
            font.setPointSize(max(app.font().pointSize(), 10))
            app.setFont(font)
            return


def confirm_new_database(path: str, parent: QWidget | None = None) -> bool:
    """The GUI's first run (or a `--db` naming a file that is not there): ask before creating
    an empty office database, since a misspelt name would otherwise start one silently."""
    box = QMessageBox(QMessageBox.Icon.Question, QCoreApplication.translate("App", "New office database"),
                      QCoreApplication.translate(
                          "App", "There is no database at {path} yet.\n\nCreate a new, empty office database "
                          "there? If the name is misspelt, do not create it.").format(path=path),
                      QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, parent)
    box.setObjectName("new_db_box")
    box.button(QMessageBox.StandardButton.Yes).setText(QCoreApplication.translate("App", "Create it"))
    box.button(QMessageBox.StandardButton.No).setText(QCoreApplication.translate("App", "Do not create"))
    box.setDefaultButton(QMessageBox.StandardButton.No)
    return box.exec() == QMessageBox.StandardButton.Yes


def sign_in_at_start(context: AppContext, args: argparse.Namespace) -> Signed | Literal[False] | None:
    """An office with accounts: nobody works unsigned (False: the sign-in was given up, the
    database is closed). None: an office without accounts."""
    if not has_accounts(context.db):
        return None
    dialog = SignInDialog(db=context.db, name=getattr(args, "user", None) or "")
    if dialog.exec() != SignInDialog.DialogCode.Accepted or dialog.signed is None:
        context.close()
        return False
    return dialog.signed


def run_gui(args: argparse.Namespace) -> int:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setOrganizationName("operator-app")
    app.setApplicationName("operator-app")
    app.setWindowIcon(QIcon(str(paths.RESOURCES / "icons" / "app.png")))
    install_translator(app, i18n.language())
    install_qt_words(app, i18n.language())
    pick_cjk_font(app)
    install_excepthook()
    pools = Pools()
    fresh = not args.demo and first_run_due(args.db)
    if fresh:  # this computer never set up: the first-run dialog
        wizard = FirstRunWizard(pools=pools)
        first_paint.watch(wizard)
        if wizard.exec() != FirstRunWizard.DialogCode.Accepted or wizard.made is None:
            pools.wait()
            return 0
        made = wizard.made
        context = AppContext(made.db)
        signed: Signed | Literal[False] | None = made.signed
        if made.joined:
            signed = sign_in_at_start(context, args)
    else:
        missing = None if args.demo else database_missing(args.db)
        if missing is not None and not confirm_new_database(missing):
            return 2  # nothing created: most likely a misspelt --db
        try:
            context = open_app(args.db, demo=args.demo, create=missing is not None)
        except KnownError as exc:
            QMessageBox.critical(None, "", qtr(exc.code, **error_params(exc, i18n.language())))
            return exc.exit_code
        signed = sign_in_at_start(context, args)
    if signed is False:
        return 0
    window = MainWindow(db=context.db, pools=pools, modem=context.modem, signed=signed or None,
                        modem_name=QCoreApplication.translate("App", "Virtual modem") if args.demo else "")
    if fresh:
        window.show_page("dashboard")  # an empty office: the welcome page
    first_paint.watch(window)
    window.show()
    code = app.exec()
    pools.wait()
    context.close()
    return code
