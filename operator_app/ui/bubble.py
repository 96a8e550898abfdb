"""The exact SMS as a phone shows it: a speech bubble with the text, the character that forces
UCS-2 highlighted, lint findings underlined (their fix in the tooltip), and below it the
encoding, the part count and the characters left in the last part."""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget

from operator_app import i18n
from operator_app.services.planning.preview import SmsPreview
from operator_app.ui.messages import qtr


def lint_text(code: str, params: dict[str, object]) -> str:
    """A finding in the operator's words (the lint's codes are i18n messages `lint_<code>`)."""
    values = dict(params)
    if i18n.language() == "en" and values.get("why_en"):  # rules.toml says why in both languages
        values["why"] = values["why_en"]
    text = qtr(f"lint_{code}", **values)
    return text if text != f"lint_{code}" else code


def marked_html(p: SmsPreview) -> str:
    """The text as HTML: lint spans underlined in red, the UCS-2 character on amber."""
    marks: dict[int, str] = {}
    for f in p.findings:
        if f.severity == "info":
            continue
        for i in range(f.start, f.end):
            marks[i] = "u"
    out: list[str] = []
    for i, ch in enumerate(p.text):
        piece = html.escape(ch)
        if i == p.ucs2_at and p.encoding == "ucs2" and not ch.isascii():
            piece = f"<span style='background:#ffd27f'>{piece}</span>"
        if marks.get(i):
            piece = f"<span style='text-decoration:underline; color:#b00020'>{piece}</span>"
        out.append(piece)
    return "".join(out)


class SmsBubble(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.bubble = QLabel()
        self.bubble.setObjectName("sms_bubble")
        self.bubble.setWordWrap(True)
        self.bubble.setTextFormat(Qt.TextFormat.RichText)
        self.bubble.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.bubble.setStyleSheet("QLabel#sms_bubble { background:#e9e9eb; color:#111; border-radius:14px;"
                                  " padding:10px 12px; }")
        self.bubble.setAccessibleName(QCoreApplication.translate("SmsBubble", "Message text"))
        self.facts = QLabel()
        self.facts.setWordWrap(True)
        self.facts.setStyleSheet("color:#555;")
        self.findings = QLabel()
        self.findings.setWordWrap(True)
        self.findings.setTextFormat(Qt.TextFormat.RichText)
        frame = QFrame()
        frame.setObjectName("phone")
        frame.setStyleSheet("QFrame#phone { background:white; border:1px solid #ccc; border-radius:18px; }")
        inner = QVBoxLayout(frame)
        inner.setContentsMargins(12, 16, 12, 16)
        inner.addWidget(self.bubble)
        inner.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(frame, 1)
        layout.addWidget(self.facts)
        layout.addWidget(self.findings)
        self.show_text(None)

    def show_text(self, p: SmsPreview | None, note: str = "") -> None:
        if p is None or not p.text:
            self.bubble.setText(html.escape(note) or "—")
            self.facts.setText("")
            self.findings.setText("")
            return
        self.bubble.setText(marked_html(p))
        encoding = qtr("encoding_ucs2") if p.encoding == "ucs2" else qtr("encoding_gsm7")
        facts = QCoreApplication.translate("SmsBubble", "%1 · %n part(s)", "", len(p.parts)).replace("%1", encoding)
        facts += " · " + QCoreApplication.translate("SmsBubble", "%n character(s) left in this part", "", p.remaining)
        if p.encoding == "ucs2" and p.ucs2_at is not None:
            facts += " · " + QCoreApplication.translate("SmsBubble", "UCS-2 because of “%1”").replace("%1", p.text[p.ucs2_at])
        self.facts.setText(facts)
        lines = []
        for f in p.findings:
            if f.severity == "info":
                continue
            colour = "#b00020" if f.blocking else "#a15c00"
            label = QCoreApplication.translate("SmsBubble", "error") if f.blocking else QCoreApplication.translate("SmsBubble", "warning")
            said = qtr("label_count", label=label, count=lint_text(f.code, dict(f.params)))  # a full-width colon in Chinese
            lines.append(f"<span style='color:{colour}'>● {html.escape(said)}</span>")
        self.findings.setText("<br>".join(lines) or html.escape(QCoreApplication.translate("SmsBubble", "No compliance problems found.")))
