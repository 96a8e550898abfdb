"""逾期队列: the lazy loan table with filters done in SQL (stage, days past due, amount, search),
every exclusion named, and a preview pane with the exact SMS as a phone bubble. It opens on what
needs action (overdue or due within the reminder days, the most overdue first); "Needs action
only" unticked, or "Clear filters", shows every loan. The columns fit a 1280 px window with the
reason a loan gets no SMS in view."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QItemSelection, QPoint, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from operator_app.domain.money import format_fen
from operator_app.domain.overdue import STAGES
from operator_app.services.book.queue_view import QueueFilter
from operator_app.services.book.timeline import TimelineEntry, timeline
from operator_app.services.changes import OpChanges, changed
from operator_app.services.planning.batches import BatchView, create_batch
from operator_app.services.planning.preview import LoanPreview, preview_loan
from operator_app.ui.bubble import SmsBubble
from operator_app.ui.context import GuiContext
from operator_app.ui.loans_model import (
    COL_CONTRACT,
    COL_DPD,
    COL_EXCLUDED,
    LoansTableModel,
    RowRole,
    prefs_words,
)
from operator_app.ui.messages import qtr
from operator_app.ui.ops import run
from operator_app.ui.pages.privacy_actions import PrivacyActions
from operator_app.ui.prefs_dialog import edit_preferences
from operator_app.ui.state import QUEUE_COLUMNS, QUEUE_SPLITTER
from operator_app.ui.words import kind_word, office_time, reason_words, status_word
from operator_app.ui.workers import Worker


def _yuan_box() -> QDoubleSpinBox:
    box = QDoubleSpinBox()
    box.setRange(0, 100_000_000)
    box.setDecimals(0)
    box.setSingleStep(1000)
    box.setSpecialValueText("—")
    return box


class QueuePage(QWidget):
    batch_created = Signal(object)  # BatchView

    def __init__(self, *, ctx: GuiContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.model = LoansTableModel(db=ctx.db, pools=ctx.pools, today=ctx.today, parent=self,
                                     start=QueueFilter(needs_action=True))

        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search contract, name or phone"))
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(self.tr("Search"))
        self.stage = QComboBox()
        self.stage.setAccessibleName(self.tr("Stage"))
        self.stage.addItem(self.tr("All stages"), "")
        for s in STAGES:
            self.stage.addItem(qtr(f"stage_{s}"), s)
        self.dpd_min, self.dpd_max = QSpinBox(), QSpinBox()
        for box, name in ((self.dpd_min, self.tr("Days past due from")), (self.dpd_max, self.tr("Days past due to"))):
            box.setRange(-1, 9999)
            box.setSpecialValueText("—")
            box.setValue(-1)
            box.setAccessibleName(name)
        self.amount_min, self.amount_max = _yuan_box(), _yuan_box()
        self.amount_min.setAccessibleName(self.tr("Outstanding from (yuan)"))
        self.amount_max.setAccessibleName(self.tr("Outstanding to (yuan)"))
        self._filter_timer = QTimer(self, singleShot=True, interval=250)
        self._filter_timer.timeout.connect(self.apply_filter)
        self.search.textChanged.connect(lambda _t: self._filter_timer.start())
        self.stage.currentIndexChanged.connect(lambda _i: self.apply_filter())
        for spin in (self.dpd_min, self.dpd_max, self.amount_min, self.amount_max):
            spin.valueChanged.connect(lambda _v: self._filter_timer.start())
        self.needs_action = QCheckBox(self.tr("Needs action only"))
        self.needs_action.setToolTip(self.tr("Overdue loans and loans due within the reminder days. Untick to "
                                             "see every loan, paid and not yet due ones too."))
        self.needs_action.setChecked(True)
        self.needs_action.toggled.connect(lambda _c: self.apply_filter())
        self.with_prefs = QCheckBox(self.tr("With contact wishes only"))
        self.with_prefs.setToolTip(self.tr("Borrowers who asked for working days only, certain hours, fewer "
                                           "messages or no SMS (set from a reply or a call)."))
        self.with_prefs.toggled.connect(lambda _c: self.apply_filter())
        self.clear_button = QPushButton(self.tr("Clear filters"))
        self.clear_button.clicked.connect(self.clear_filters)

        filters = QHBoxLayout()
        filters.addWidget(self.search, 3)
        filters.addWidget(self.stage, 1)
        filters.addWidget(QLabel(self.tr("DPD")))
        filters.addWidget(self.dpd_min)
        filters.addWidget(QLabel("–"))
        filters.addWidget(self.dpd_max)
        filters.addWidget(QLabel(self.tr("Amount ¥")))
        filters.addWidget(self.amount_min)
        filters.addWidget(QLabel("–"))
        filters.addWidget(self.amount_max)
        filters.addWidget(self.clear_button)

        self.table = QTableView()
        self.table.setObjectName("queue_table")
        self.table.setAccessibleName(self.tr("Loans"))
        self.table.setModel(self.model)
        self.table.setSortingEnabled(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(26)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for col, width in enumerate((112, 56, 92, 84, 84, 76, 132)):  # contract … stage: the reason in view
            self.table.setColumnWidth(col, width)  # a header cut short shows whole in its tooltip
        self.table.setColumnWidth(COL_EXCLUDED, 124)  # the borrower's wishes after it, in the last column
        header.setSortIndicator(COL_DPD, Qt.SortOrder.DescendingOrder)  # the most overdue first
        saved = ctx.state.get(QUEUE_COLUMNS)
        if not saved.isEmpty():
            header.restoreState(saved)
        self.table.selectionModel().selectionChanged.connect(self._on_table_selection_changed)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._on_table_menu)

        self.preview_title = QLabel()
        self.preview_title.setWordWrap(True)
        self.preview_title.setStyleSheet("font-weight:bold;")
        self.bubble = SmsBubble()
        self.timeline = QListWidget()
        self.timeline.setAccessibleName(self.tr("Timeline"))
        self.timeline.setMaximumHeight(150)
        self.timeline.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.timeline.customContextMenuRequested.connect(
            lambda pos: self._menu_at(self.timeline.viewport(), pos))
        self.prefs_button = QPushButton(self.tr("Contact wishes…"))
        self.prefs_button.setToolTip(self.tr("What the borrower asked for in a reply or a call: working days only, "
                                             "certain hours, fewer messages, or no SMS"))
        self.prefs_button.setEnabled(False)
        self.prefs_button.clicked.connect(lambda: self.edit_preferences())
        self.batch_button = QPushButton(self.tr("Create batch from this filter"))
        self.batch_button.setToolTip(self.tr("Plans today's messages for the loans the queue shows (the whole book "
                                             "when nothing is filtered); a second operator approves them on the "
                                             "Batches page."))
        self.batch_button.clicked.connect(self.create_batch_from_filter)
        self.selection_button = QPushButton(self.tr("Create batch from selection"))
        self.selection_button.setToolTip(self.tr("Plans today's messages for the selected loans only (Ctrl or Shift "
                                                 "+ click to select several)."))
        self.selection_button.setEnabled(False)
        self.selection_button.clicked.connect(self.create_batch_from_selection)
        side = QWidget()
        side_layout = QVBoxLayout(side)
        side_layout.addWidget(self.preview_title)
        side_layout.addWidget(self.bubble, 1)
        timeline_row = QHBoxLayout()
        timeline_row.addWidget(QLabel(self.tr("Timeline")), 1)
        timeline_row.addWidget(self.prefs_button)
        side_layout.addLayout(timeline_row)
        side_layout.addWidget(self.timeline)
        side_layout.addWidget(self.selection_button)
        side_layout.addWidget(self.batch_button)
        self.privacy = PrivacyActions(self, ctx)  # an admin's: 导出个人信息 / 删除个人信息
        side_layout.addWidget(self.privacy.export_button)  # one above the other: the table keeps its width
        side_layout.addWidget(self.privacy.erase_button)

        self.splitter = QSplitter()
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(side)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([880, 280])
        saved = ctx.state.get(QUEUE_SPLITTER)
        if not saved.isEmpty():
            self.splitter.restoreState(saved)

        self.total_label = QLabel()
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.splitter, 1)
        bottom = QHBoxLayout()  # what the count counts, beside it (the filter row has no room left)
        bottom.addWidget(self.needs_action)
        bottom.addWidget(self.with_prefs)
        bottom.addWidget(self.total_label, 1)
        layout.addLayout(bottom)
        self.model.total_changed.connect(lambda n: self.total_label.setText(self.tr("%n loan(s)", "", n)))
        QShortcut(QKeySequence.StandardKey.Find, self, lambda: self.search.setFocus())
        ctx.bus.changed.connect(self._on_bus_changed)
        self.preview_worker: Worker | None = None
        self._preview_for: int | None = None
        self._shown_contract: str | None = None  # the loan of the preview pane (and of a context menu)
        self.model.reload()

    # filters
    def current_filter(self) -> QueueFilter:
        stage = self.stage.currentData()
        def opt(v: float) -> int | None:
            return None if v < 0 else int(v)
        return QueueFilter(search=self.search.text().strip(), needs_action=self.needs_action.isChecked(),
                           stages=(stage,) if stage else (),
                           dpd_min=opt(self.dpd_min.value()), dpd_max=opt(self.dpd_max.value()),
                           amount_min_fen=int(self.amount_min.value() * 100) if self.amount_min.value() else None,
                           amount_max_fen=int(self.amount_max.value() * 100) if self.amount_max.value() else None,
                           with_prefs=self.with_prefs.isChecked())

    def apply_filter(self) -> None:
        f = self.current_filter()
        if f != self.model.filter:
            self.model.set_filter(f)

    def clear_filters(self) -> None:
        """Every loan: the needs-action view too is a filter."""
        boxes = (self.needs_action, self.with_prefs, self.search, self.stage, self.dpd_min, self.dpd_max,
                 self.amount_min, self.amount_max)
        for w in boxes:
            w.blockSignals(True)
        self.needs_action.setChecked(False)
        self.with_prefs.setChecked(False)
        self.search.clear()
        self.stage.setCurrentIndex(0)
        self.dpd_min.setValue(-1)
        self.dpd_max.setValue(-1)
        self.amount_min.setValue(0)
        self.amount_max.setValue(0)
        for w in boxes:
            w.blockSignals(False)
        self.apply_filter()

    def show_stage(self, stage: str) -> None:
        """Open the queue filtered to one stage (the dashboard's figures link here)."""
        self.clear_filters()
        self.stage.setCurrentIndex(max(0, self.stage.findData(stage)))

    # preview
    def selected_loan_ids(self) -> list[int]:
        return [i.data(RowRole).loan_id for i in self.table.selectionModel().selectedRows(COL_CONTRACT)]

    def _on_table_selection_changed(self, selected: QItemSelection, _deselected: QItemSelection) -> None:
        self.selection_button.setEnabled(self.table.selectionModel().hasSelection())
        rows = selected.indexes()
        if not rows:
            return
        row = rows[0].siblingAtColumn(COL_CONTRACT).data(RowRole)
        self.privacy.set_contract(row.contract_no)
        self._shown_contract = row.contract_no
        self.prefs_button.setEnabled(True)
        self.preview_title.setText(f"{row.contract_no} · {row.borrower or '—'} · {qtr('stage_' + row.stage)}")
        if row.exclusions:
            excluded = reason_words(row.exclusions)
            self.preview_title.setText(self.preview_title.text() + "\n" + self.tr("No SMS: %1").replace("%1", excluded))
        if row.prefs.any:
            self.preview_title.setText(self.preview_title.text() + "\n"
                                       + self.tr("Borrower's wishes: %1").replace("%1", prefs_words(row)))
        self._preview_for = row.loan_id
        db, today, loan_id = self.ctx.db, self.ctx.today, row.loan_id
        self.preview_worker = run(self, lambda _w: preview_loan(db, loan_id, today),
                                  lambda p: self._on_preview_loaded(loan_id, p))
        self.timeline_worker = run(self, lambda _w: timeline(db, loan_id),
                                   lambda entries: self._on_timeline_loaded(loan_id, entries))

    def _on_timeline_loaded(self, loan_id: int, entries: list[TimelineEntry]) -> None:
        if loan_id != self._preview_for:
            return
        self.timeline.clear()
        for e in entries:
            when = office_time(e.at, "%Y-%m-%d %H:%M") if e.kind != "payment" else e.at.date().isoformat()
            what = kind_word(e.kind)
            if e.kind == "message":
                what += " · " + status_word(e.status)
            elif e.kind == "payment":
                what += " " + format_fen(e.amount_fen)
            elif e.kind == "hold":
                what += " " + str(e.params.get("until", "")) + (" · " + e.text if e.text else "")
            elif e.kind == "reply":
                what += " “" + e.text + "”"
            elif e.kind == "prefs":
                phrases = e.params.get("prefs") or []
                what += " " + (qtr("list_separator").join(qtr(code, **values) for code, values in phrases)  # type: ignore[attr-defined]
                               or qtr("prefs_none"))
                what += (" · " + e.text if e.text else "") + (" · " + str(e.params["by"]) if e.params.get("by") else "")
            item = QListWidgetItem(f"{when}  {what}" + (f"  ({e.contract_no})" if e.contract_no else ""))
            if e.kind == "prefs":
                item.setToolTip(what)  # the whole of it: the pane is narrow
            elif e.text:
                item.setToolTip(e.text)
            self.timeline.addItem(item)
        if not entries:
            self.timeline.addItem(self.tr("Nothing sent, paid or replied yet."))

    def _on_preview_loaded(self, loan_id: int, p: LoanPreview | None) -> None:
        if loan_id != self._preview_for:
            return
        if p is None or p.sms is None:
            self.bubble.show_text(None, self.tr("This loan gets no message at this stage."))
            return
        self.bubble.show_text(p.sms)

    # the borrower's own contact wishes
    def _on_table_menu(self, pos: QPoint) -> None:
        menu = self.table_menu(pos)
        if menu is not None:
            menu.popup(self.table.viewport().mapToGlobal(pos))

    def table_menu(self, pos: QPoint) -> QMenu | None:
        """The context menu of the row under `pos` (viewport coordinates)."""
        index = self.table.indexAt(pos)
        if not index.isValid():
            return None
        self._shown_contract = index.siblingAtColumn(COL_CONTRACT).data(RowRole).contract_no
        return self._prefs_menu()

    def _menu_at(self, widget: QWidget, pos: QPoint) -> None:
        menu = self._prefs_menu()
        if menu is not None:
            menu.popup(widget.mapToGlobal(pos))

    def _prefs_menu(self) -> QMenu | None:
        if not self._shown_contract:
            return None
        menu = QMenu(self)
        menu.addAction(self.tr("Contact wishes of %1…").replace("%1", self._shown_contract),
                       lambda: self.edit_preferences())
        return menu

    def edit_preferences(self, **hooks: object) -> Worker | None:
        """The wishes of the borrower of the loan shown (ui/prefs_dialog.py)."""
        if not self._shown_contract:
            return None
        return edit_preferences(self, self.ctx, self._shown_contract, **hooks)  # type: ignore[arg-type]

    # actions
    def create_batch_from_filter(self) -> Worker | None:
        """A batch of the loans the queue shows (chosen by the queue's own query, in the worker)."""
        from operator_app.services.planning.batches import loans_of_filter

        f, db, today = self.current_filter(), self.ctx.db, self.ctx.today
        return self._create_batch(lambda: loans_of_filter(db, today, f))

    def create_batch_from_selection(self) -> Worker | None:
        ids = self.selected_loan_ids()
        return self._create_batch(lambda: ids) if ids else None

    def _create_batch(self, loans: Callable[[], list[int] | None]) -> Worker | None:
        from operator_app.ui.dialogs import ask_operator, show_known

        who = ask_operator(self, self.ctx)
        if not who:
            return None
        db = self.ctx.db
        buttons = (self.batch_button, self.selection_button)
        for b in buttons:
            b.setEnabled(False)

        def settle() -> None:
            self.batch_button.setEnabled(True)
            self.selection_button.setEnabled(self.table.selectionModel().hasSelection())

        def done(view: BatchView) -> None:
            settle()
            self.batch_created.emit(view)

        def failed(exc: Exception) -> None:
            settle()
            show_known(self, exc)

        return run(self, lambda _w: changed(create_batch, db, as_of=None, by=who, loan_ids=loans()), done,
                   write=True, on_failed=failed)

    def _on_bus_changed(self, changes: OpChanges) -> None:
        if changes.settings:
            self.model.settings_changed()  # stage days may have moved
        elif changes.loans:
            self.model.reload()

    def save_state(self) -> None:
        self.ctx.state.set(QUEUE_SPLITTER, self.splitter.saveState())
        self.ctx.state.set(QUEUE_COLUMNS, self.table.horizontalHeader().saveState())


__all__ = ["COL_EXCLUDED", "QueuePage"]
