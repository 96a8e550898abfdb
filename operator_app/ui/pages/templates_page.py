"""模板: every template (stage and language) with its version; an editor with a variable palette,
a live preview on a sample borrower and the compliance lint as you type (problem spans
underlined in the editor, the fix in the tooltip). Saving adds a version; one failing the lint
is kept as a draft and never goes live (services/planning/templates.py)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QItemSelection, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from operator_app.errors import KnownError
from operator_app.i18n import MESSAGES, template_name
from operator_app.messaging.templates import TEMPLATE_KEYS, VARIABLES
from operator_app.services.changes import changed
from operator_app.services.planning import templates as template_service
from operator_app.services.planning.preview import SmsPreview, preview_template
from operator_app.services.planning.template_edit import save_body
from operator_app.services.planning.templates import TemplateRow
from operator_app.ui.bubble import SmsBubble, lint_text
from operator_app.ui.context import GuiContext
from operator_app.ui.dialogs import ask_operator, known_text, show_known
from operator_app.ui.lazy import LazyPage
from operator_app.ui.messages import qtr
from operator_app.ui.ops import run
from operator_app.ui.records_model import Column, RecordsModel, RowRole
from operator_app.ui.state import TEMPLATES_SPLITTER
from operator_app.ui.workers import Worker


def _tr(text: str) -> str:
    return QCoreApplication.translate("TemplatesPage", text)


def _locale_name(locale: str) -> str:
    """zh_CN -> 中文 (the code stays what is stored)."""
    return qtr("locale_" + locale) if "locale_" + locale in MESSAGES else locale


def _key_name(key: str) -> str:
    return template_name(key, qtr)  # the CLI's `report` names it the same way


COLUMNS: list[Column[TemplateRow]] = [
    Column(lambda: QCoreApplication.translate("TemplatesPage", "Template"), lambda t: _key_name(t.key)),
    Column(lambda: QCoreApplication.translate("TemplatesPage", "Language"), lambda t: _locale_name(t.locale)),
    Column(lambda: QCoreApplication.translate("TemplatesPage", "Version"), lambda t: str(t.version), right=True),
    Column(lambda: QCoreApplication.translate("TemplatesPage", "Lint"), lambda t: str(sum(1 for f in t.findings if f.blocking)) + " ✗"
           if any(f.blocking for f in t.findings) else "✓"),
]


class TemplatesPage(LazyPage):
    preview_shown = Signal(object)  # SmsPreview | KnownError
    saved = Signal(object)
    draft_saved = Signal(object)  # the KnownError saying which lint errors kept it a draft

    def __init__(self, *, ctx: GuiContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.model = RecordsModel(COLUMNS, self)
        self.list_view = QTableView()
        self.list_view.setModel(self.model)
        self.list_view.setAccessibleName(self.tr("Templates"))
        self.list_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.list_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list_view.verticalHeader().setVisible(False)
        self.list_view.horizontalHeader().setStretchLastSection(True)
        self.list_view.selectionModel().selectionChanged.connect(self._on_list_selection_changed)
        self.editor = QPlainTextEdit()
        self.editor.setAccessibleName(self.tr("Template text"))
        self._lint_timer = QTimer(self, singleShot=True, interval=200)
        self.editor.textChanged.connect(lambda: self._lint_timer.start())
        self._lint_timer.timeout.connect(self.refresh_preview)
        self.palette_list = QListWidget()
        self.palette_list.setAccessibleName(self.tr("Variables"))
        self.palette_list.setMaximumWidth(170)
        for v in VARIABLES:
            self.palette_list.addItem("{{ " + v + " }}")
        self.palette_list.itemDoubleClicked.connect(lambda item: self.editor.insertPlainText(item.text()))
        self.palette_list.setToolTip(self.tr("Double-click to insert at the cursor"))
        self.bubble = SmsBubble()
        self.error_label = QLabel()
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet("color:#b00020;")
        self.save_button = QPushButton(self.tr("Save as new version"))
        self.save_button.setShortcut("Ctrl+S")
        self.save_button.clicked.connect(lambda: self.save())
        self.title = QLabel()
        self.title.setStyleSheet("font-weight:bold;")

        editor_row = QHBoxLayout()
        editor_row.addWidget(self.editor, 1)
        palette_box = QVBoxLayout()
        palette_box.addWidget(QLabel(self.tr("Variables")))
        palette_box.addWidget(self.palette_list)
        editor_row.addLayout(palette_box)
        middle = QWidget()
        m = QVBoxLayout(middle)
        m.addWidget(self.title)
        m.addLayout(editor_row, 1)
        m.addWidget(self.error_label)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        m.addLayout(buttons)
        right = QWidget()
        r = QVBoxLayout(right)
        r.addWidget(QLabel(self.tr("Preview on a sample borrower")))
        r.addWidget(self.bubble, 1)
        self.splitter = QSplitter()
        self.splitter.addWidget(self.list_view)
        self.splitter.addWidget(middle)
        self.splitter.addWidget(right)
        self.splitter.setSizes([380, 450, 300])  # the list wide enough for its four columns
        saved = ctx.state.get(TEMPLATES_SPLITTER)
        if not saved.isEmpty():
            self.splitter.restoreState(saved)
        QVBoxLayout(self).addWidget(self.splitter)
        self.current: TemplateRow | None = None
        ctx.bus.changed.connect(lambda c: self.mark_stale() if c.templates or c.settings else None)

    def refresh(self) -> Worker:
        db = self.ctx.db
        return run(self, lambda _w: template_service.list_templates(db), self._on_loaded, write=True)

    def _on_loaded(self, rows: list[TemplateRow]) -> None:
        current = (self.current.key, self.current.locale) if self.current else None
        # In stage order, the office's language (Chinese) before English.
        rows = sorted(rows, key=lambda t: (TEMPLATE_KEYS.index(t.key) if t.key in TEMPLATE_KEYS else 99,
                                           t.locale != "zh_CN", t.locale))
        self.model.set_records(rows)
        self.list_view.resizeColumnsToContents()
        for i, t in enumerate(rows):
            if (t.key, t.locale) == current or (current is None and i == 0):
                self.list_view.selectRow(i)

    def _on_list_selection_changed(self, selected: QItemSelection, _d: QItemSelection) -> None:
        if selected.indexes():
            self.open_template(selected.indexes()[0].data(RowRole))

    def open_template(self, t: TemplateRow) -> None:
        self.current = t
        self.title.setText(self.tr("%1 (%2), version %3 by %4").replace("%1", _key_name(t.key))
                           .replace("%2", _locale_name(t.locale)).replace("%3", str(t.version))
                           .replace("%4", qtr("actor_system") if t.created_by == "system" else t.created_by))
        self.editor.setPlainText(t.body)

    def refresh_preview(self) -> Worker | None:
        if self.current is None:
            return None
        db, body, locale = self.ctx.db, self.editor.toPlainText(), self.current.locale
        return run(self, lambda _w: preview_template(db, body, locale),
                   lambda p: self._on_preview(body, p), on_failed=lambda exc: self._on_preview_failed(body, exc))

    def _on_preview(self, body: str, p: SmsPreview) -> None:
        if body != self.editor.toPlainText():
            return
        self.error_label.setText("")
        self.bubble.show_text(p)
        self._underline(p)
        self.preview_shown.emit(p)

    def _on_preview_failed(self, body: str, exc: Exception) -> None:
        if body != self.editor.toPlainText():
            return
        if not isinstance(exc, KnownError):
            show_known(self, exc)
            return
        self.error_label.setText(known_text(exc))
        self.bubble.show_text(None, self.tr("The template cannot be filled in yet."))
        self.editor.setExtraSelections([])
        self.preview_shown.emit(exc)

    def _underline(self, p: SmsPreview) -> None:
        """Underline in the editor the words the lint found in the rendered text (where the same
        word appears in the template), the fix as the tooltip of the list below."""
        body = self.editor.toPlainText()
        marks: list[QTextEdit.ExtraSelection] = []
        tips = []
        for f in p.findings:
            if f.severity == "info":
                continue
            tips.append(lint_text(f.code, dict(f.params)))
            word = p.text[f.start:f.end]
            at = body.find(word) if word else -1
            if at < 0:
                continue
            sel = QTextEdit.ExtraSelection()
            fmt = QTextCharFormat()
            fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.WaveUnderline)
            fmt.setUnderlineColor(QColor("#b00020"))
            fmt.setToolTip(tips[-1])
            sel.format = fmt
            cursor = QTextCursor(self.editor.document())
            cursor.setPosition(at)
            cursor.setPosition(at + len(word), QTextCursor.MoveMode.KeepAnchor)
            sel.cursor = cursor
            marks.append(sel)
        self.editor.setExtraSelections(marks)
        self.editor.setToolTip("\n".join(tips))

    def save(self) -> Worker | None:
        if self.current is None:
            return None
        who = ask_operator(self, self.ctx)
        if not who:
            return None
        db, key, locale, body = self.ctx.db, self.current.key, self.current.locale, self.editor.toPlainText()

        def done(row: TemplateRow) -> None:
            self.current = row
            self.saved.emit(row)

        return run(self, lambda _w: changed(save_body, db, key, locale, body, by=who), done, write=True,
                   on_failed=self._on_save_failed)

    def _on_save_failed(self, exc: Exception) -> None:
        """A text failing the lint was kept as a draft (the live version unchanged): the box and
        the line under the editor say why, the text stays in the editor to be fixed."""
        if isinstance(exc, KnownError) and exc.code == "template_saved_as_draft":
            self.error_label.setText(known_text(exc))
            self.draft_saved.emit(exc)
        show_known(self, exc)

    def save_state(self) -> None:
        self.ctx.state.set(TEMPLATES_SPLITTER, self.splitter.saveState())


__all__ = ["Qt", "TemplatesPage"]
