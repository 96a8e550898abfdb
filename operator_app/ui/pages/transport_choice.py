"""The transport field of the Sending page and the Inbox: an editable list of the transports saved
in Settings → 通道 Transports, so a clerk picks "办公室短信猫" instead of typing a spec, while a
typed spec (modem:auto, emulator:, several separated by spaces) still works as before.

A saved transport is offered under its name; `text()` hands the sending services the reference
`profile:NAME`, which they resolve themselves (services/transports.resolve), so the secret never
passes through the page. The list is re-read when the settings change."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox

from operator_app.services.changes import OpChanges
from operator_app.services.sending import transports
from operator_app.services.sending.transports import ProfileView
from operator_app.ui.context import GuiContext
from operator_app.ui.ops import run
from operator_app.ui.workers import Worker


class TransportChoice(QComboBox):
    """`modems_only`: the Inbox reads replies from a SIM, so gateways are not offered there."""

    def __init__(self, *, ctx: GuiContext, text: str = "", modems_only: bool = False) -> None:
        super().__init__()
        self.ctx = ctx
        self.modems_only = modems_only
        self.views: list[ProfileView] = []
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(28)
        self.setText(text)
        ctx.bus.changed.connect(self._on_bus_changed)
        self.worker: Worker | None = self.reload()

    # the QLineEdit face the pages and tests use
    def text(self) -> str:
        """What the services take: `profile:NAME` for a saved transport picked here, else as typed."""
        typed = self.currentText().strip()
        i = self.findText(typed)
        return str(self.itemData(i)) if typed and i >= 0 else typed

    def setText(self, text: str) -> None:
        """As typed, shown from its start (a long modem URL is not cut at the left)."""
        self.setEditText(text)
        edit = self.lineEdit()
        if edit is not None:
            edit.setCursorPosition(0)

    def setPlaceholderText(self, text: str) -> None:
        edit = self.lineEdit()
        if edit is not None:
            edit.setPlaceholderText(text)

    def reload(self) -> Worker:
        db = self.ctx.db
        return run(self, lambda _w: transports.list_views(db), self._on_loaded)

    def _on_loaded(self, views: list[ProfileView]) -> None:
        typed = self.currentText()
        self.views = [v for v in views if not self.modems_only or v.profile.kind in transports.MODEM_KINDS]
        self.blockSignals(True)
        self.clear()
        for v in self.views:
            self.addItem(v.profile.name, transports.REFERENCE + v.profile.name)
            self.setItemData(self.count() - 1, v.shown, Qt.ItemDataRole.ToolTipRole)
        self.setText(typed)
        self.blockSignals(False)

    def _on_bus_changed(self, changes: OpChanges) -> None:
        if changes.settings:
            self.worker = self.reload()
