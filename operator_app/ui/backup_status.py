"""The status bar's backup part: how old the newest backup of this database is, amber when it is
more than two days old (domain/backups.is_stale) or there is none. Hidden for a PostgreSQL office
(its server backs up with its own tools).

At start it also runs the day's automatic backup (services/backups.daily: the first start of an
office day copies the file, then rotates) — in a worker, like the reading of the age, never on
the GUI thread: copying a 100k-loan office takes a moment. An hourly look repeats both, so a
window left open overnight backs up on the new day too."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QLabel

from operator_app import paths
from operator_app.services.changes import OpChanges
from operator_app.services.office import backups
from operator_app.services.office.backups import LastBackup
from operator_app.ui.context import GuiContext
from operator_app.ui.ops import run
from operator_app.ui.workers import Worker

AMBER = "color:#c77700; font-weight:bold;"
LOOK_EVERY_MS = 60 * 60 * 1000


class BackupStatus(QLabel):
    def __init__(self, *, ctx: GuiContext, daily: bool = True) -> None:
        """`daily`: also run the day's automatic backup (when it is due and `backup.auto` is on)."""
        super().__init__(self.tr("Backup: …"))
        self.ctx = ctx
        self.daily = daily
        self.last: LastBackup | None = None
        self.setObjectName("backup_status")
        self.setToolTip(self.tr("The newest backup of this database, in the backups folder beside it. A backup is "
                                "made on the first start of each day (setting backup.auto) or with: "
                                "python main.py backup create").replace("python main.py", paths.command()))
        self.setVisible(ctx.db.is_sqlite)
        ctx.bus.changed.connect(self._on_bus_changed)
        self.timer = QTimer(self)
        self.timer.timeout.connect(self.reload)
        self.timer.start(LOOK_EVERY_MS)
        self.worker: Worker | None = self.reload() if ctx.db.is_sqlite else None

    def reload(self) -> Worker:
        db, daily = self.ctx.db, self.daily

        def look(_w: Worker) -> LastBackup:
            if daily:
                backups.daily(db)
            return backups.last_backup(db)
        return run(self, look, self._on_loaded)

    def _on_loaded(self, last: LastBackup) -> None:
        self.last = last
        self.setVisible(last.supported)
        if last.age_days is None:
            text = self.tr("No backup")
        elif last.age_days <= 0:
            text = self.tr("Backup: today")
        else:
            text = self.tr("Backup: %n day(s) ago", "", last.age_days)
        self.setText(text)
        self.setStyleSheet(AMBER if last.stale else "")

    def _on_bus_changed(self, changes: OpChanges) -> None:
        if changes.settings and self.ctx.db.is_sqlite:
            self.worker = self.reload()
