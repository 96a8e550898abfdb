"""Simple horizontal bars drawn with QPainter (no chart library needed): one bar per item, its
label on the left and its figure on the right; clicking a bar emits its key."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QRect, QSize, Qt, Signal
from PySide6.QtGui import QColor, QMouseEvent, QPainter, QPaintEvent
from PySide6.QtWidgets import QSizePolicy, QWidget


@dataclass(frozen=True)
class Bar:
    key: str
    label: str
    value: int
    text: str  # the figure as shown
    colour: str = "#3d7bd9"


class BarChart(QWidget):
    bar_clicked = Signal(str)
    ROW = 30

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.bars: list[Bar] = []
        self.setMouseTracking(True)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

    def set_bars(self, bars: list[Bar]) -> None:
        self.bars = bars
        self.updateGeometry()
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(420, max(1, len(self.bars)) * self.ROW + 8)

    def minimumSizeHint(self) -> QSize:
        return self.sizeHint()

    def _label_width(self) -> int:
        fm = self.fontMetrics()
        return max([fm.horizontalAdvance(b.label) for b in self.bars] + [40]) + 12

    def _text_width(self) -> int:
        fm = self.fontMetrics()
        return max([fm.horizontalAdvance(b.text) for b in self.bars] + [40]) + 12

    def bar_rect(self, i: int) -> QRect:
        left = self._label_width()
        room = max(10, self.width() - left - self._text_width())
        top = i * self.ROW + 4
        high = max((b.value for b in self.bars), default=0) or 1
        return QRect(left, top + 4, max(2, int(room * self.bars[i].value / high)), self.ROW - 10)

    def paintEvent(self, _event: QPaintEvent) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        label_w = self._label_width()
        for i, b in enumerate(self.bars):
            rect = self.bar_rect(i)
            p.setPen(self.palette().text().color())
            p.drawText(QRect(0, rect.top() - 4, label_w - 8, self.ROW - 2),
                       int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter), b.label)
            p.fillRect(rect, QColor(b.colour))
            p.drawText(QRect(rect.right() + 6, rect.top() - 4, self._text_width(), self.ROW - 2),
                       int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter), b.text)
        p.end()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        i = int(event.position().y() - 4) // self.ROW
        if 0 <= i < len(self.bars):
            self.bar_clicked.emit(self.bars[i].key)
