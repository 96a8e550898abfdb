"""A pseudo-locale that stretches every string by 40% (Vorta's TRANS_SCALE idea), so a layout
that clips a longer translation shows it in English already. OPERATOR_APP_PSEUDO=1 turns it on;
tests/test_gui_pseudo.py walks every page with it and fails on a clipped label or button."""

from __future__ import annotations

from PySide6.QtCore import QTranslator

STRETCH = 0.4


def stretch(text: str) -> str:
    """`text` with padding after it: placeholders (%1, {name}) and line breaks stay as they are."""
    if not text:
        return text
    return "[" + text + "~" * max(1, int(len(text) * STRETCH)) + "]"


class PseudoTranslator(QTranslator):
    def __init__(self, real: QTranslator | None = None) -> None:
        super().__init__()
        self._real = real

    def translate(self, context: str, source: str, disambiguation: str | None = None, n: int = -1) -> str:
        text = self._real.translate(context, source, disambiguation, n) if self._real is not None else ""
        return stretch(text or source)

    def isEmpty(self) -> bool:
        return False
