"""A table model over a list of frozen records, for the short lists (batches, a batch's messages
and exclusions, templates; ui/paged_model.py pages the long ones over it): columns are named (header, how to show a record), and
RowRole returns the record itself, so neither code nor tests index by bare numbers. SearchRole is
what a search box matches: what is shown, or a column's own `search` text (a masked number is
found by the whole number typed); SortRole what a header click sorts by."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

R = TypeVar("R")
RowRole = Qt.ItemDataRole.UserRole + 1
SearchRole = Qt.ItemDataRole.UserRole + 2
SortRole = Qt.ItemDataRole.UserRole + 3
Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class Column(Generic[R]):
    header: Callable[[], str]  # translated when shown
    show: Callable[[R], str]
    right: bool = False
    tooltip: Callable[[R], str] | None = None
    search: Callable[[R], str] | None = None  # matched by SearchRole besides what is shown
    sort: Callable[[R], int | str] | None = None  # SortRole's key (amounts as numbers), else what is shown


class RecordsModel(QAbstractTableModel, Generic[R]):
    def __init__(self, columns: Sequence[Column[R]], parent: Any = None) -> None:
        super().__init__(parent)
        self.columns = list(columns)
        self.records: list[R] = []

    def set_records(self, records: Sequence[R]) -> None:
        self.beginResetModel()
        self.records = list(records)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self.records)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.columns[section].header()
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        record = self.records[index.row()]
        column = self.columns[index.column()]
        if role == RowRole:
            return record
        if role == Qt.ItemDataRole.DisplayRole:
            return column.show(record)
        if role == SortRole:
            return column.show(record) if column.sort is None else column.sort(record)
        if role == SearchRole:
            shown = column.show(record)
            return shown if column.search is None else f"{shown} {column.search(record)}"
        if role == Qt.ItemDataRole.ToolTipRole and column.tooltip is not None:
            return column.tooltip(record)
        if role == Qt.ItemDataRole.TextAlignmentRole and column.right:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None
