"""The queue page's borrowers' rights (services/privacy*): 导出个人信息 writes everything the office
holds about the selected loan's borrower to a workbook; 删除个人信息 erases that person after a
reason and a confirmation. An admin's (role permission `privacy`): hidden from other accounts;
an office without accounts shows them to whoever works the desk (the services check again)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox, QPushButton, QWidget

from operator_app.privacy_words import heading, sheet_name
from operator_app.services.changes import changed
from operator_app.services.office.identity import role_of
from operator_app.services.office.privacy import Erased, erase
from operator_app.services.office.privacy_export import Exported, export
from operator_app.ui.context import GuiContext
from operator_app.ui.dialogs import ask_operator, show_known
from operator_app.ui.messages import qtr
from operator_app.ui.ops import run
from operator_app.ui.workers import Worker

if TYPE_CHECKING:
    from collections.abc import Callable


class PrivacyActions(QObject):
    def __init__(self, page: QWidget, ctx: GuiContext) -> None:
        super().__init__(page)
        self.page, self.ctx = page, ctx
        self.contract: str | None = None
        self.export_button = QPushButton(self.tr("Export personal data…"))
        self.export_button.setToolTip(self.tr("Everything the office holds about this loan's borrower, as a workbook "
                                              "(the borrower's right to a copy)."))
        self.erase_button = QPushButton(self.tr("Erase personal data…"))
        self.erase_button.setToolTip(self.tr("Erase this borrower's name, mobile, ID digits, message texts and "
                                             "replies; amounts and dates are kept."))
        self.export_button.clicked.connect(self._on_export_clicked)
        self.erase_button.clicked.connect(self._on_erase_clicked)
        allowed = ctx.signed is None or role_of(ctx.signed) == "admin"
        for b in (self.export_button, self.erase_button):
            b.setVisible(allowed)
            b.setEnabled(False)

    def set_contract(self, contract: str | None) -> None:
        self.contract = contract
        for b in (self.export_button, self.erase_button):
            b.setEnabled(contract is not None)

    def _status(self, text: str) -> None:
        self.page.window().statusBar().showMessage(text, 15000)  # type: ignore[attr-defined]

    def _on_export_clicked(self) -> None:
        if self.contract is None:
            return
        name, _f = QFileDialog.getSaveFileName(self.page, self.tr("Export personal data"),
                                               f"{self.contract}-personal-data.xlsx", self.tr("Excel workbook (*.xlsx)"))
        if name:
            self.export(Path(name))

    def export(self, path: Path) -> Worker | None:
        who = ask_operator(self.page, self.ctx)
        if self.contract is None or not who:
            return None
        db, contract = self.ctx.db, self.contract

        def done(made: Exported) -> None:
            self._status(qtr("privacy_exported", path=str(made.path), borrowers=made.borrowers, loans=made.loans,
                             messages=made.messages, replies=made.replies))

        return run(self, lambda _w: export(db, contract, path, by=who, sheet_name=sheet_name, heading=heading),
                   done, on_failed=lambda exc: show_known(self.page, exc))

    def _on_erase_clicked(self) -> None:
        if self.contract is None:
            return
        reason, ok = QInputDialog.getText(self.page, self.tr("Erase personal data"),
                                          self.tr("Why (e.g. the borrower's request and its date)?"))
        if not ok or not reason.strip():
            return
        sure = QMessageBox.question(
            self.page, self.tr("Erase personal data"),
            self.tr("Erase the personal data of the borrower of %1, with all their loans? Their name, mobile, ID "
                    "digits, message texts and replies are replaced; amounts and dates stay. This cannot be "
                    "undone, and backups made before still hold them.").replace("%1", self.contract))
        if sure == QMessageBox.StandardButton.Yes:
            self.erase(reason)

    def erase(self, reason: str, on_done: Callable[[Erased], object] | None = None) -> Worker | None:
        who = ask_operator(self.page, self.ctx)
        if self.contract is None or not who:
            return None
        db, contract = self.ctx.db, self.contract

        def done(result: Erased) -> None:
            contracts = qtr("list_separator").join(result.contracts)
            self._status(qtr("privacy_erased", contracts=contracts, messages=result.messages, replies=result.replies))
            if on_done is not None:
                on_done(result)

        return run(self, lambda _w: changed(erase, db, contract, reason=reason, by=who), done, write=True,
                   on_failed=lambda exc: show_known(self.page, exc))
