"""Draw the app icon (a message bubble with a ¥ on a blue tile) with Qt and write
resources/icons/app.png (256 px, the window icon) and app.ico (Windows' exe icon, 128 px).
Run once when the icon changes; both files are checked in."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFont, QGuiApplication, QImage, QPainter, QPainterPath, QPen

OUT = Path(__file__).resolve().parent.parent / "resources" / "icons"


def draw(size: int) -> QImage:
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    p = QPainter(image)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    s = size / 256
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(QColor("#1d4ed8"))
    p.drawRoundedRect(QRectF(8 * s, 8 * s, 240 * s, 240 * s), 48 * s, 48 * s)
    bubble = QPainterPath()
    bubble.addRoundedRect(QRectF(40 * s, 52 * s, 176 * s, 124 * s), 36 * s, 36 * s)
    tail = QPainterPath()
    tail.moveTo(76 * s, 160 * s)
    tail.lineTo(64 * s, 212 * s)
    tail.lineTo(124 * s, 170 * s)
    tail.closeSubpath()
    p.setBrush(QColor("white"))
    p.drawPath(bubble.united(tail))
    p.setPen(QPen(QColor("#1d4ed8")))
    font = QFont("DejaVu Sans")
    font.setPixelSize(int(100 * s))
    font.setBold(True)
    p.setFont(font)
    p.drawText(QRectF(40 * s, 52 * s, 176 * s, 124 * s), Qt.AlignmentFlag.AlignCenter, "¥")
    p.end()
    return image


def main() -> int:
    QGuiApplication(sys.argv[:1])
    OUT.mkdir(parents=True, exist_ok=True)
    draw(256).save(str(OUT / "app.png"))
    # Qt's ICO writer stores one image per file: Windows scales the 128 px one.
    if not draw(128).save(str(OUT / "app.ico"), "ICO"):
        raise SystemExit("could not write app.ico (Qt's ico image plugin)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
