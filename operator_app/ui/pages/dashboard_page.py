"""总览: the office at a glance. Loans and amounts by stage, the overdue trend across imports,
sending results with opt-outs and holds, and effectiveness per stage (paid within 7 days).
Clicking a stage's figure, or its part of a trend bar, opens the queue on that stage. A panel
with nothing to draw says what to do next, its page names links (`page_wanted`).

Three parts load apart, each in a worker and each only when a change touches it: the loan book
(stage figures and trend) on loans, the outbox's activity on loans or messages, the tiles on
anything the status bar counts."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Signal
from PySide6.QtWidgets import QComboBox, QGridLayout, QGroupBox, QHBoxLayout, QLabel, QVBoxLayout

from operator_app.domain.money import format_fen
from operator_app.services.changes import OpChanges
from operator_app.services.reports.dashboard import (
    OVERDUE,
    Activity,
    Book,
    StageFigure,
    StatusSummary,
    TrendPoint,
    activity,
    book,
    status_summary,
    trend,
)
from operator_app.ui.bar_chart import Bar, BarChart
from operator_app.ui.charts import Bars, Donut, StackedTrend, money_tick
from operator_app.ui.context import GuiContext
from operator_app.ui.lazy import LazyPage
from operator_app.ui.messages import qtr
from operator_app.ui.ops import run
from operator_app.ui.words import status_word
from operator_app.ui.workers import Worker

COLOURS = {"not_due": "#9aa5b1", "pre_due": "#5aa9e6", "due_today": "#3d7bd9", "grace": "#f2c14e",
           "M1": "#f39c4a", "M2": "#e0703c", "M3": "#c8472f", "M3+": "#8e2a1f", "paid": "#5cb85c"}
# A state is said in its one word (ui.words.status_word); the two slices that are not one state
# (sent with no report yet; queued or sending) have their own.
SENDING: tuple[tuple[str, object, str], ...] = (
    ("delivered", None, "#5cb85c"),
    ("sent", QT_TRANSLATE_NOOP("DashboardPage", "Sent, no report yet"), "#5aa9e6"),
    ("waiting", QT_TRANSLATE_NOOP("DashboardPage", "Waiting to send"), "#9aa5b1"),
    ("unknown", None, "#f2c14e"),
    ("failed", None, "#c8472f"))
TILE = "font-size:18px; font-weight:bold;"


def short_stage(stage: str) -> str:
    """A stage's name where room is short (chart axes, legends): M1 … M3+ as they are."""
    return stage if stage.startswith("M") else qtr(f"stage_{stage}")


def percent(part: int, whole: int) -> int:
    """A whole percent, rounded half up (what the bars show)."""
    return (200 * part + whole) // (2 * whole) if whole else 0


class DashboardPage(LazyPage):
    stage_clicked = Signal(str)
    page_wanted = Signal(str)  # a page's key (main_window.PAGES), from a next-step link
    loaded = Signal()  # the stage figures are shown
    summary_loaded = Signal()
    trend_loaded = Signal()
    activity_loaded = Signal()

    def __init__(self, *, ctx: GuiContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.figures: list[StageFigure] = []
        self.points: list[TrendPoint] = []
        self.activity: Activity | None = None
        self.summary_labels = {k: QLabel("—") for k in ("loans", "overdue", "owed", "import", "waiting", "drafts")}
        names = {"loans": self.tr("Loans"), "overdue": self.tr("Overdue loans"), "owed": self.tr("Overdue amount"),
                 "import": self.tr("Last import"), "waiting": self.tr("Messages waiting"),
                 "drafts": self.tr("Batches to approve")}
        tiles = QGridLayout()  # two rows of three: one row of six would not fit longer words
        for i, (key, label) in enumerate(self.summary_labels.items()):
            box = QGroupBox(names[key])
            label.setStyleSheet(TILE)
            inner = QVBoxLayout(box)
            inner.setContentsMargins(10, 2, 10, 4)
            inner.addWidget(label)
            tiles.addWidget(box, i // 3, i % 3)

        self.stages = BarChart()
        self.stages.ROW = 26  # nine stages in the top half of a 1280x800 window
        self.stages.setAccessibleName(self.tr("Loans and amounts by stage"))
        self.stages.bar_clicked.connect(self.stage_clicked.emit)
        stages_box = QGroupBox(self.tr("By stage (click one to open the queue)"))
        QVBoxLayout(stages_box).addWidget(self.stages)

        self.trend = StackedTrend(self.tr("Overdue at each import"), self._sentences(
            self.tr("No loan sheet imported yet."),
            self.tr("Go to <a href=\"import\">Import</a> and bring in the office's loan sheet."),
            self.tr("Each import adds a bar here.")))
        self.trend.view.setAccessibleName(self.tr("Overdue trend across imports"))
        self.trend.key_clicked.connect(self.stage_clicked.emit)
        self.trend_measure = QComboBox()
        self.trend_measure.setAccessibleName(self.tr("Trend shows"))
        self.trend_measure.addItem(self.tr("Amount"), "amount")
        self.trend_measure.addItem(self.tr("Loans"), "loans")
        self.trend_measure.currentIndexChanged.connect(lambda _i: self._show_trend())
        measure_row = QHBoxLayout()
        measure_row.addStretch(1)
        measure_row.addWidget(self.trend_measure)
        self.trend.box.insertLayout(0, measure_row)

        self.sending = Donut(self.tr("Sending results, last 30 days"), self._sentences(
            self.tr("Nothing sent in the last 30 days."),
            self.tr("Create a batch on the <a href=\"queue\">Queue</a>."),
            self.tr("Have it approved on <a href=\"batches\">Batches</a>."),
            self.tr("Send it on <a href=\"sending\">Sending</a>.")))
        self.sending.view.setAccessibleName(self.tr("Sending results"))
        self.contacts_label = QLabel("—")
        self.contacts_label.setAccessibleName(self.tr("Opt-outs and holds"))
        self.contacts_label.setWordWrap(True)
        self.sending.box.addWidget(self.contacts_label)

        self.effect = Bars(self.tr("Paid within 7 days, by stage"), self._sentences(
            self.tr("Once messages have gone out, this shows who paid within 7 days of one, by stage."),
            self.tr("Start on the <a href=\"queue\">Queue</a>: create a batch.")))
        self.effect.view.setAccessibleName(self.tr("Effectiveness by stage"))

        self.trend.set_next_step(self.tr("Import the loan sheet"), "import")
        self.sending.set_next_step(self.tr("Create a batch on the Queue"), "queue")
        for chart in (self.trend, self.sending, self.effect):
            chart.link_clicked.connect(self.page_wanted.emit)

        charts = QGridLayout()
        charts.addWidget(stages_box, 0, 0)
        charts.addWidget(self.trend, 0, 1)
        charts.addWidget(self.sending, 1, 0)
        charts.addWidget(self.effect, 1, 1)
        charts.setColumnStretch(0, 1)
        charts.setColumnStretch(1, 1)
        charts.setRowStretch(0, 0)  # the stage list at its full height, the charts below take the rest
        charts.setRowStretch(1, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(tiles)
        layout.addLayout(charts, 1)
        ctx.bus.changed.connect(self._on_bus_changed)
        self._missed = OpChanges(loans=True, batches=True, messages=True)

    def _sentences(self, *parts: str) -> str:
        """Short sentences in a row, the language's way ("A. B." in English, "甲。乙。" in Chinese):
        a short one wraps where a long one would widen its panel."""
        text = parts[0]
        for part in parts[1:]:
            text = self.tr("%1 %2", "two sentences in a row").replace("%1", text).replace("%2", part)
        return text

    # loading
    def refresh(self) -> Worker:
        """Load what the changes missed while hidden touch (everything the first time)."""
        missed, self._missed = self._missed, OpChanges()
        if missed.loans or missed.messages:
            self.load_activity()
        if missed.loans:
            self.load_book()
        return self.load_summary()

    def load_book(self) -> Worker:
        """The stage figures, then the trend from the same pass over the loan book."""
        db, today = self.ctx.db, self.ctx.today
        return run(self, lambda _w: book(db, today), self._on_book_loaded)

    def load_activity(self) -> Worker:
        db, today = self.ctx.db, self.ctx.today
        return run(self, lambda _w: activity(db, today), self._on_activity_loaded)

    def load_summary(self) -> Worker:
        db, today = self.ctx.db, self.ctx.today
        return run(self, lambda _w: status_summary(db, today), self._on_summary_loaded)

    def _on_bus_changed(self, changes: OpChanges) -> None:
        if not (changes.loans or changes.batches or changes.messages):
            return
        if not self.isVisible():
            m = self._missed
            self._missed = OpChanges(loans=m.loans or changes.loans, batches=m.batches or changes.batches,
                                   messages=m.messages or changes.messages)
            self.mark_stale()
            return
        self._missed = changes
        self.mark_stale()

    # showing
    def _on_book_loaded(self, b: Book) -> None:
        db = self.ctx.db
        run(self, lambda _w: trend(db, from_book=b), self._on_trend_loaded)
        self.figures = figures = b.figures
        self.stages.set_bars([Bar(f.stage, qtr(f"stage_{f.stage}"), f.loans,
                                  f"{f.loans}  ·  {format_fen(f.outstanding_fen)}", COLOURS[f.stage])
                              for f in figures])
        overdue = [f for f in figures if f.stage in OVERDUE]
        self.summary_labels["overdue"].setText(str(sum(f.loans for f in overdue)))
        self.summary_labels["owed"].setText(format_fen(sum(f.outstanding_fen for f in overdue)))
        self.loaded.emit()

    def _on_summary_loaded(self, summary: StatusSummary) -> None:
        self.summary_labels["loans"].setText(str(summary.loans))
        self.summary_labels["import"].setText(summary.last_import_day.isoformat() if summary.last_import_day
                                              else self.tr("never"))
        self.summary_labels["import"].setStyleSheet(TILE + (" color:#c77700;" if summary.stale else ""))
        self.summary_labels["waiting"].setText(str(summary.waiting))
        self.summary_labels["drafts"].setText(str(summary.drafts))
        self.summary_loaded.emit()

    def _on_trend_loaded(self, points: list[TrendPoint]) -> None:
        self.points = points
        self._show_trend()
        self.trend_loaded.emit()

    def _show_trend(self) -> None:
        points = self.points
        days = [p.day.strftime("%m-%d") for p in points]
        labels = [d if days.count(d) == 1 else f"{d} #{days[:i + 1].count(d)}" for i, d in enumerate(days)]
        by_amount = self.trend_measure.currentData() == "amount"
        series = [(s, short_stage(s), COLOURS[s],
                   [p.amounts_fen[s] if by_amount else p.loans[s] for p in points]) for s in OVERDUE]
        if by_amount:
            self.trend.set_data(labels, series, format_fen, money_tick)
        else:
            self.trend.set_data(labels, series, str, str)

    def _on_activity_loaded(self, a: Activity) -> None:
        self.activity = a
        s = a.sending
        counts = {"delivered": s.delivered, "sent": s.sent, "waiting": s.waiting, "unknown": s.unknown,
                  "failed": s.failed}
        self.sending.set_data([(key, QCoreApplication.translate("DashboardPage", str(name)) if name else status_word(key),
                                colour, counts[key]) for key, name, colour in SENDING])
        c = a.contacts
        self.contacts_label.setText(self.tr("Opted out: %1 (%2 in the last 30 days) · On hold: %3")
                                    .replace("%1", str(c.opted_out)).replace("%2", str(c.opted_out_recent))
                                    .replace("%3", str(c.on_hold)))
        shown = [e for e in a.effect if e.sent]
        tips = [self.tr("%1: %2 paid within 7 days of %3 messages sent").replace("%1", qtr(f"stage_{e.stage}"))
                .replace("%2", str(e.paid_within_7d)).replace("%3", str(e.sent)) for e in shown]
        self.effect.set_data([short_stage(e.stage).replace(" ", "<br>") for e in shown],
                             [percent(e.paid_within_7d, e.sent) for e in shown], tips, "#3d7bd9",
                             lambda v: f"{v}%", high=100)
        self.activity_loaded.emit()
