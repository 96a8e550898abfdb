"""The first run (issue 20): a data folder without a database and without office.json opens this
short dialog instead of an empty window. Three pages (ui/first_run_pages.py): the office's name,
signature, phone and time zone; the embedded database or a PostgreSQL server (tested before it
is taken); the administrator, optional. Finish does the work in a worker (creating the database,
argon2 hashing) and the main window then opens on the welcome page."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QWizard

from operator_app.errors import KnownError
from operator_app.services.office import office_config
from operator_app.services.office.office_config import SetUp
from operator_app.ui.dialogs import known_text, show_known
from operator_app.ui.first_run_pages import AdminPage, DatabasePage, OfficePage
from operator_app.ui.workers import Pools, Worker


class FirstRunWizard(QWizard):
    def __init__(self, *, pools: Pools) -> None:
        super().__init__()
        self.setObjectName("first_run")
        self.setWindowTitle(self.tr("Set up the office"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage)
        self.office = OfficePage()
        self.database = DatabasePage(pools=pools)
        self.admin = AdminPage()
        for page in (self.office, self.database, self.admin):
            self.addPage(page)
        self.pools = pools
        self.made: SetUp | None = None
        self.worker: Worker | None = None
        self.resize(620, 460)

    def accept(self) -> None:
        """Finish: set the office up off the GUI thread; the dialog closes when it is done."""
        if self.worker is not None or not self.validateCurrentPage():
            return
        address, password = self.database.address(), self.database.password.text()
        details, admin = self.office.details(), self.admin.admin()
        self.admin.password.clear()  # the passwords are not kept in the widgets
        self.admin.again.clear()
        self.button(QWizard.WizardButton.FinishButton).setEnabled(False)
        self.button(QWizard.WizardButton.BackButton).setEnabled(False)
        self.admin.status.setText(self.tr("Setting the office up…"))
        worker = Worker(lambda _w: office_config.set_up(address, password, details, admin), handles_failure=True)
        worker.signals.finished.connect(self._on_set_up)
        worker.signals.failed.connect(self._on_failed)
        self.worker = self.pools.start_write(worker)

    def _on_set_up(self, made: SetUp) -> None:
        self.worker = None
        self.made = made
        QDialog.done(self, QDialog.DialogCode.Accepted)  # QWizard.done would check the emptied page again

    def _on_failed(self, exc: Exception) -> None:
        self.worker = None
        self.button(QWizard.WizardButton.FinishButton).setEnabled(True)
        self.button(QWizard.WizardButton.BackButton).setEnabled(True)
        if isinstance(exc, KnownError):
            self.admin.status.setText(known_text(exc))
        else:
            self.admin.status.clear()
            show_known(self, exc)
