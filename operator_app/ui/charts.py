"""The dashboard's charts on QtCharts. Every figure a chart shows (axis ticks, bar labels, legend
entries, tooltips) is text we make, money through domain.money: Qt's own number display would
print floats ("1.2e+06", "1234.5") where the office expects ¥1,234.50.

Each chart keeps the values it was given (`values`), so tests read what is drawn without
decoding pixels."""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QCategoryAxis,
    QChart,
    QChartView,
    QPieSeries,
    QStackedBarSeries,
)
from PySide6.QtCore import QMargins, QPointF, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QPainter, QPen
from PySide6.QtWidgets import QGroupBox, QLabel, QPushButton, QStackedLayout, QVBoxLayout, QWidget

from operator_app.domain.money import format_fen


def money_tick(fen: int) -> str:
    """An axis tick in whole yuan: "¥120,000" (ticks are round, the cents would be noise)."""
    text = format_fen(fen)
    return text[:-3] if text.endswith(".00") else text


def nice_ticks(high: float, count: int = 4) -> list[int]:
    """Round tick values from 0 to at least `high`, steps of 1, 2 or 5 times a power of ten."""
    if high <= 0:
        return [1]
    raw = high / count
    power = 10 ** math.floor(math.log10(raw))
    step = next(m * power for m in (1, 2, 5, 10) if m * power >= raw)
    step = max(1, int(step))
    return [step * k for k in range(1, math.ceil(high / step) + 1)]


def value_axis(high: float, label: Callable[[int], str]) -> QCategoryAxis:
    """A value axis whose tick labels are ours (QCategoryAxis with labels on the values)."""
    axis = QCategoryAxis()
    axis.setLabelsPosition(QCategoryAxis.AxisLabelsPosition.AxisLabelsPositionOnValue)
    ticks = nice_ticks(high)
    axis.setStartValue(0)
    for tick in ticks:
        axis.append(label(tick), tick)
    axis.setRange(0, ticks[-1])
    axis.setGridLineColor(QColor("#e5e7eb"))
    return axis


class ChartBox(QGroupBox):
    """A titled chart, with a note shown in its place while there is nothing to draw: what to do
    next, its page names links (`link_clicked` says which page, by its key)."""

    link_clicked = Signal(str)

    def __init__(self, title: str, empty_text: str, parent: QWidget | None = None) -> None:
        super().__init__(title, parent)
        self.chart = QChart()
        self.chart.setBackgroundVisible(False)  # the group box's own colour, as on the other pages
        self.chart.setMargins(QMargins(2, 2, 2, 2))
        self.chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        self.view = QChartView(self.chart)
        self.view.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.view.setStyleSheet("background: transparent;")
        self.view.setMinimumHeight(200)
        self.empty = QLabel(empty_text)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self.empty.setStyleSheet("color:#4b5563; font-size:14px; padding:6px;")
        self.empty.setTextFormat(Qt.TextFormat.RichText)
        self.empty.linkActivated.connect(self.link_clicked.emit)
        self.next_button = QPushButton()  # set_next_step: the one thing to do, as a button
        self.next_button.hide()
        self.empty_box = QWidget()
        empty = QVBoxLayout(self.empty_box)
        empty.addStretch(1)
        empty.addWidget(self.empty)
        empty.addWidget(self.next_button, 0, Qt.AlignmentFlag.AlignHCenter)
        empty.addStretch(1)
        holder = QWidget()
        self.stack = QStackedLayout(holder)
        self.stack.addWidget(self.view)
        self.stack.addWidget(self.empty_box)
        self.box = QVBoxLayout(self)
        self.box.addWidget(holder, 1)

    def set_next_step(self, text: str, page: str) -> None:
        """A button under the note, for the page to go to while there is nothing to draw."""
        self.next_button.setText(text)
        self.next_button.clicked.connect(lambda: self.link_clicked.emit(page))
        self.next_button.show()

    def show_chart(self, has_data: bool) -> None:
        self.stack.setCurrentWidget(self.view if has_data else self.empty_box)

    def reset(self) -> None:
        self.chart.removeAllSeries()
        for axis in self.chart.axes():
            self.chart.removeAxis(axis)


class StackedTrend(ChartBox):
    """Stacked bars, one per category (an import), one set per key (a stage); clicking a set's
    bar emits its key."""

    key_clicked = Signal(str)

    def __init__(self, title: str, empty_text: str, parent: QWidget | None = None) -> None:
        super().__init__(title, empty_text, parent)
        self.values: dict[str, list[int]] = {}
        self.sets: dict[str, QBarSet] = {}

    def set_data(self, categories: Sequence[str], series: Sequence[tuple[str, str, str, list[int]]],
                 figure: Callable[[int], str], tick: Callable[[int], str]) -> None:
        """series: (key, legend name, colour, one value per category)."""
        self.reset()
        self.values = {key: list(values) for key, _, _, values in series}
        self.sets = {}
        stacked = QStackedBarSeries()
        for key, name, colour, values in series:
            bar = QBarSet(name)
            bar.setColor(QColor(colour))
            bar.setBorderColor(QColor(colour))
            bar.append([float(v) for v in values])
            bar.clicked.connect(lambda _i, key=key: self.key_clicked.emit(key))
            bar.hovered.connect(lambda on, i, name=name, values=values, cats=categories: self.view.setToolTip(
                f"{cats[i]} · {name}: {figure(values[i])}" if on else ""))
            stacked.append(bar)
            self.sets[key] = bar
        stacked.setBarWidth(0.6)
        self.chart.addSeries(stacked)
        x = QBarCategoryAxis()
        x.append(list(categories))
        x.setTruncateLabels(False)
        self.chart.addAxis(x, Qt.AlignmentFlag.AlignBottom)
        stacked.attachAxis(x)
        totals = [sum(col) for col in zip(*self.values.values(), strict=True)] if self.values else []
        y = value_axis(max(totals, default=0), tick)
        self.chart.addAxis(y, Qt.AlignmentFlag.AlignLeft)
        stacked.attachAxis(y)
        self.show_chart(bool(categories) and any(totals))

    def bar_position(self, key: str, index: int) -> QPointF:
        """The middle of a set's bar, in the view's coordinates (where a click lands on it)."""
        keys = list(self.values)
        below = sum(self.values[k][index] for k in keys[:keys.index(key)])
        middle = below + self.values[key][index] / 2
        series = self.chart.series()[0]
        scene = self.chart.mapToPosition(QPointF(index, middle), series)
        return QPointF(self.view.mapFromScene(scene))


class Bars(ChartBox):
    """Vertical bars of one set, one per category, with our label on each bar and an axis of 0
    to 100 (a share) or of counts."""

    def __init__(self, title: str, empty_text: str, parent: QWidget | None = None) -> None:
        super().__init__(title, empty_text, parent)
        self.values: list[int] = []
        self.chart.legend().hide()

    def set_data(self, categories: Sequence[str], values: Sequence[int], tips: Sequence[str], colour: str,
                 tick: Callable[[int], str], high: int | None = None) -> None:
        self.reset()
        self.values = list(values)
        bar = QBarSet("")
        bar.setColor(QColor(colour))
        bar.setBorderColor(QColor(colour))
        bar.append([float(v) for v in values])
        bar.setLabelColor(QColor("#111827"))
        bar.hovered.connect(lambda on, i: self.view.setToolTip(tips[i] if on else ""))
        series = QBarSeries()
        series.append(bar)
        series.setBarWidth(0.55)
        series.setLabelsVisible(True)
        series.setLabelsPosition(QBarSeries.LabelsPosition.LabelsOutsideEnd)
        series.setLabelsFormat("@value%")  # values are whole percents: Qt prints them as integers
        self.chart.addSeries(series)
        x = QBarCategoryAxis()
        x.append(list(categories))
        x.setTruncateLabels(False)  # Qt cuts "即将到期" to "即将…" with room to spare
        self.chart.addAxis(x, Qt.AlignmentFlag.AlignBottom)
        series.attachAxis(x)
        y = value_axis(high if high is not None else max(values, default=0), tick)
        self.chart.addAxis(y, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(y)
        self.show_chart(bool(categories))


class Donut(ChartBox):
    """A donut of counts; the legend carries each slice's name and count."""

    def __init__(self, title: str, empty_text: str, parent: QWidget | None = None) -> None:
        super().__init__(title, empty_text, parent)
        self.values: dict[str, int] = {}
        self.chart.legend().setAlignment(Qt.AlignmentFlag.AlignRight)

    def set_data(self, slices: Sequence[tuple[str, str, str, int]]) -> None:
        """slices: (key, name, colour, count)."""
        self.reset()
        self.values = {key: n for key, _, _, n in slices}
        pie = QPieSeries()
        pie.setHoleSize(0.45)
        for _key, name, colour, n in slices:
            piece = pie.append(f"{name}  {n}", float(n))
            piece.setBrush(QBrush(QColor(colour)))
            piece.setPen(QPen(QColor("white"), 1))
        self.chart.addSeries(pie)
        self.show_chart(any(self.values.values()))
