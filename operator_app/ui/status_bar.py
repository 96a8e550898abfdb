"""The status bar's transports part: each transport saved in Settings with the last probe or test
result of this session (signal bars for a modem, ok or error for a gateway), next to the app's own
modem (the demo's virtual modem). Nothing here probes a port by itself — another program may be
driving that modem — only a click on the part does, and only for the app's own modem.

The results are those Settings → 通道 Transports got (`record`), kept per database for the life
of the process, so the bar and the settings page tell the same story."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QLabel

from operator_app.errors import KnownError
from operator_app.services.changes import OpChanges
from operator_app.services.sending import transports
from operator_app.services.sending.transports import CheckResult, ProfileView
from operator_app.ui.context import GuiContext
from operator_app.ui.dialogs import known_text
from operator_app.ui.messages import qtr
from operator_app.ui.ops import run
from operator_app.ui.workers import Worker

BARS = ("▁", "▂", "▄", "▆", "█")


def signal_bars(bars: int) -> str:
    return "".join(BARS[i] if i < bars else "·" for i in range(5))


class SessionChecks(QObject):
    """The last probe or test outcome of each saved transport (a CheckResult or the exception)."""

    recorded = Signal(str)  # the database URL whose transport was checked

    def __init__(self) -> None:
        super().__init__()
        self.last: dict[tuple[str, str], CheckResult | Exception] = {}

    def record(self, db_url: str, name: str, outcome: CheckResult | Exception) -> None:
        self.last[(db_url, name)] = outcome
        self.recorded.emit(db_url)


_checks: SessionChecks | None = None


def session_checks() -> SessionChecks:
    global _checks
    if _checks is None:
        _checks = SessionChecks()
    return _checks


def short_outcome(outcome: CheckResult | Exception | None) -> tuple[str, str]:
    """The few characters the bar shows for an outcome, and its tooltip line."""
    if outcome is None:
        return (QCoreApplication.translate("StatusBar", "not checked"),
                QCoreApplication.translate("StatusBar", "not checked in this session"))
    if isinstance(outcome, Exception):
        return "✗", known_text(outcome) if isinstance(outcome, KnownError) else type(outcome).__name__
    if outcome.modem is not None:
        info = outcome.modem
        text = signal_bars(info.bars) + ("" if info.registered else " ✗")
        return text, f"{info.operator or '—'} · {info.bars}/5"
    return "ok", QCoreApplication.translate("StatusBar", "the gateway answers")


class ClickableLabel(QLabel):
    clicked = Signal()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self.clicked.emit()
        super().mouseReleaseEvent(event)


class TransportsStatus(QLabel):
    """The saved transports with their last result; hidden while none is saved."""

    def __init__(self, *, ctx: GuiContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.names: list[str] = []
        self.setObjectName("transports_status")
        self.setAccessibleName(self.tr("Saved transports"))
        self.setVisible(False)
        session_checks().recorded.connect(self._on_recorded)
        ctx.bus.changed.connect(self._on_bus_changed)
        self.worker: Worker | None = self.reload()

    def reload(self) -> Worker:
        db = self.ctx.db
        return run(self, lambda _w: transports.list_views(db), self._on_loaded)

    def _on_loaded(self, views: list[ProfileView]) -> None:
        self.names = [v.profile.name for v in views]
        self.show_results()

    def show_results(self) -> None:
        last = session_checks().last
        parts, tips = [], []
        for name in self.names:
            short, tip = short_outcome(last.get((self.ctx.db.url, name)))
            parts.append(f"{name} {short}")
            tips.append(qtr("label_count", label=name, count=tip))
        self.setText(self.tr("Saved transports: %1").replace("%1", " · ".join(parts)))
        self.setToolTip("\n".join(tips))
        self.setVisible(bool(parts))

    def _on_recorded(self, db_url: str) -> None:
        if db_url == self.ctx.db.url:
            self.show_results()

    def _on_bus_changed(self, changes: OpChanges) -> None:
        if changes.settings:
            self.worker = self.reload()


def recorder(ctx: GuiContext, name: str) -> Callable[[CheckResult | Exception], None]:
    """What Settings calls with a probe's or a test's outcome."""
    return lambda outcome: session_checks().record(ctx.db.url, name, outcome)
