"""总览: loans and amounts outstanding by stage; clicking a bar opens the queue on that stage."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QGridLayout, QGroupBox, QLabel, QVBoxLayout

from operator_app.domain.money import format_fen
from operator_app.services.dashboard import StageFigure, StatusSummary, stage_figures, status_summary
from operator_app.ui.bar_chart import Bar, BarChart
from operator_app.ui.changes import Changes
from operator_app.ui.context import GuiContext
from operator_app.ui.lazy import LazyPage
from operator_app.ui.messages import qtr
from operator_app.ui.ops import run
from operator_app.ui.workers import Worker

COLOURS = {"not_due": "#9aa5b1", "pre_due": "#5aa9e6", "due_today": "#3d7bd9", "grace": "#f2c14e",
           "M1": "#f39c4a", "M2": "#e0703c", "M3": "#c8472f", "M3+": "#8e2a1f", "paid": "#5cb85c"}


class DashboardPage(LazyPage):
    stage_clicked = Signal(str)
    loaded = Signal()

    def __init__(self, *, ctx: GuiContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.counts = BarChart()
        self.counts.setAccessibleName(self.tr("Loans by stage"))
        self.amounts = BarChart()
        self.amounts.setAccessibleName(self.tr("Outstanding by stage"))
        self.counts.bar_clicked.connect(self.stage_clicked.emit)
        self.amounts.bar_clicked.connect(self.stage_clicked.emit)
        self.figures: list[StageFigure] = []
        self.summary_labels = {k: QLabel("—") for k in ("loans", "overdue", "owed", "import", "waiting", "drafts")}
        names = {"loans": self.tr("Loans"), "overdue": self.tr("Overdue loans"), "owed": self.tr("Overdue amount"),
                 "import": self.tr("Last import"), "waiting": self.tr("Messages waiting"),
                 "drafts": self.tr("Batches to approve")}
        tiles = QGridLayout()
        for i, (key, label) in enumerate(self.summary_labels.items()):
            box = QGroupBox(names[key])
            label.setStyleSheet("font-size:20px; font-weight:bold;")
            inner = QVBoxLayout(box)
            inner.addWidget(label)
            tiles.addWidget(box, i // 3, i % 3)
        counts_box = QGroupBox(self.tr("Loans by stage (click a bar to open the queue)"))
        QVBoxLayout(counts_box).addWidget(self.counts)
        amounts_box = QGroupBox(self.tr("Outstanding by stage"))
        QVBoxLayout(amounts_box).addWidget(self.amounts)
        charts = QGridLayout()
        charts.addWidget(counts_box, 0, 0)
        charts.addWidget(amounts_box, 0, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(tiles)
        layout.addLayout(charts)
        layout.addStretch(1)
        ctx.bus.changed.connect(self._on_bus_changed)

    def refresh(self) -> Worker:
        db, today = self.ctx.db, self.ctx.today
        return run(self, lambda _w: (stage_figures(db, today), status_summary(db, today)),
                   lambda result: self._on_loaded(*result))

    def _on_loaded(self, figures: list[StageFigure], summary: StatusSummary) -> None:
        self.figures = figures
        self.counts.set_bars([Bar(f.stage, qtr(f"stage_{f.stage}"), f.loans, str(f.loans), COLOURS[f.stage])
                              for f in figures])
        self.amounts.set_bars([Bar(f.stage, qtr(f"stage_{f.stage}"), f.outstanding_fen,
                                   format_fen(f.outstanding_fen), COLOURS[f.stage])
                               for f in figures if f.stage != "paid"])
        overdue = [f for f in figures if f.stage in ("grace", "M1", "M2", "M3", "M3+")]
        self.summary_labels["loans"].setText(str(summary.loans))
        self.summary_labels["overdue"].setText(str(sum(f.loans for f in overdue)))
        self.summary_labels["owed"].setText(format_fen(sum(f.outstanding_fen for f in overdue)))
        self.summary_labels["import"].setText(summary.last_import_day.isoformat() if summary.last_import_day
                                              else self.tr("never"))
        self.summary_labels["import"].setStyleSheet("font-size:20px; font-weight:bold;"
                                                    + (" color:#c77700;" if summary.stale else ""))
        self.summary_labels["waiting"].setText(str(summary.waiting))
        self.summary_labels["drafts"].setText(str(summary.drafts))
        self.loaded.emit()

    def _on_bus_changed(self, changes: Changes) -> None:
        if changes.loans or changes.batches or changes.messages:
            self.mark_stale()
