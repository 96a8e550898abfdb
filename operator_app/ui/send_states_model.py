"""The Sending page's live table: one row per message of the batch with its latest state, as
services/sending/send_states.py reads it. A refresh with the same messages changes only the rows whose
state moved (dataChanged), so the view keeps its scroll position and selection while 2,000
messages go; a different set of messages resets the model."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor

from operator_app.domain.phones import shown_phone
from operator_app.i18n import MESSAGES
from operator_app.services.sending.send_states import MessageState
from operator_app.ui.messages import qtr
from operator_app.ui.records_model import RowRole
from operator_app.ui.words import office_time, reason_word, status_word

Index = QModelIndex | QPersistentModelIndex
COL_ID, COL_CONTRACT, COL_TO, COL_STATE, COL_DETAIL = range(5)
HEADERS = (QT_TRANSLATE_NOOP("SendStates", "No."), QT_TRANSLATE_NOOP("SendStates", "Contract"),
           QT_TRANSLATE_NOOP("SendStates", "To"), QT_TRANSLATE_NOOP("SendStates", "State"),
           QT_TRANSLATE_NOOP("SendStates", "Details"))
COLOURS = {"delivered": "#1b7f3b", "sent": "#1b5fa8", "failed": "#c62828", "unknown": "#b26a00",
           "sending": "#6a1b9a", "waiting": "#6b7280", "cancelled": "#6b7280"}


def reason_text(reason: str | None) -> str:
    """A wait or failure reason in plain words (an error code the catalogue knows, else as stored)."""
    if not reason:
        return "—"
    return reason_word(reason)  # "queued" (a wait with no reason stored) reads as the state


def state_text(m: MessageState) -> str:
    if m.state == "waiting" and m.until is not None:
        return QCoreApplication.translate("SendStates", "waiting until %1").replace(
            "%1", office_time(m.until, "%H:%M"))
    return status_word(m.state)


def detail_text(m: MessageState) -> str:
    """The error in plain words when the transport gave one (the catalogue's sentence), else the
    reason, else when it went or arrived."""
    if m.error_code and m.error_code in MESSAGES and m.state in ("failed", "unknown", "waiting", "queued"):
        return qtr(m.error_code, **m.error_params)
    if m.state in ("failed", "unknown", "waiting", "cancelled") or (m.state == "queued" and m.reason):
        return reason_text(m.reason)
    if m.delivered_at is not None:
        return QCoreApplication.translate("SendStates", "arrived %1").replace(
            "%1", office_time(m.delivered_at, "%H:%M:%S"))
    if m.sent_at is not None:
        return QCoreApplication.translate("SendStates", "sent %1").replace(
            "%1", office_time(m.sent_at, "%H:%M:%S"))
    return ""


class SendStatesModel(QAbstractTableModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.records: list[MessageState] = []

    def update(self, records: Sequence[MessageState]) -> int:
        """Take a fresh read; returns how many rows changed."""
        new = list(records)
        if [r.id for r in new] != [r.id for r in self.records]:
            self.beginResetModel()
            self.records = new
            self.endResetModel()
            return len(new)
        changed = [i for i, (old, fresh) in enumerate(zip(self.records, new, strict=True)) if old != fresh]
        self.records = new
        if changed:  # one signal for the span that moved: the dispatcher works through the batch in order
            self.dataChanged.emit(self.index(changed[0], 0), self.index(changed[-1], len(HEADERS) - 1))
        return len(changed)

    def counts(self) -> dict[str, int]:
        out: dict[str, int] = {}
        for r in self.records:
            out[r.state] = out.get(r.state, 0) + 1
        return out

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self.records)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return QCoreApplication.translate("SendStates", str(HEADERS[section]))
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        m = self.records[index.row()]
        col = index.column()
        if role == RowRole:
            return m
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if col == COL_ID:
                return str(m.id)
            if col == COL_CONTRACT:
                return m.contract_no
            if col == COL_TO:
                return shown_phone(m.to)
            if col == COL_STATE:
                return state_text(m)
            return detail_text(m)
        if role == Qt.ItemDataRole.ForegroundRole and col == COL_STATE and m.state in COLOURS:
            return QColor(COLOURS[m.state])
        if role == Qt.ItemDataRole.TextAlignmentRole and col == COL_ID:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None
