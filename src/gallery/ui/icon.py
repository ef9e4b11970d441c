"""The application icon, drawn by the project: an orbital sunrise over the Earth's limb,
after the coloured-pencil sketch Leonov made on Voskhod 2 — the dark of space, the curve of
the planet, the bands of the atmosphere lit from below, and the sun breaking over the rim.

`paint_icon` draws it at any size with QPainter; `write_icons` saves the PNGs shipped in
gallery/resources/icons (regenerate with `python -m gallery.ui.icon`); `app_icon` loads them.
"""

from __future__ import annotations

import math
import sys
from pathlib import Path

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QIcon,
    QImage,
    QLinearGradient,
    QPainter,
    QPainterPath,
    QPen,
    QPixmap,
    QRadialGradient,
)

ICON_DIR = Path(__file__).resolve().parents[1] / "resources" / "icons"
ICON_NAME = "leonov-gallery"
SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def icon_path(size: int) -> Path:
    return ICON_DIR / f"{ICON_NAME}-{size}.png"


def paint_icon(painter: QPainter, side: float) -> None:
    """Draw the icon into a `side` × `side` square at the painter's origin."""
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    r = side * 0.2
    frame = QPainterPath()
    frame.addRoundedRect(QRectF(0, 0, side, side), r, r)
    painter.setClipPath(frame)
    sky = QLinearGradient(0, 0, 0, side)
    sky.setColorAt(0.0, QColor("#05060f"))
    sky.setColorAt(0.55, QColor("#101a3c"))
    sky.setColorAt(1.0, QColor("#1d2b5c"))
    painter.fillRect(QRectF(0, 0, side, side), sky)

    if side >= 32:  # a few stars; at tiny sizes they would only be noise
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(255, 250, 235, 200))
        for fx, fy, fr in ((0.18, 0.16, 0.010), (0.74, 0.12, 0.008), (0.86, 0.34, 0.007),
                           (0.32, 0.30, 0.006), (0.58, 0.22, 0.005)):
            painter.drawEllipse(QPointF(fx * side, fy * side), fr * side, fr * side)

    # The Earth: a great circle whose top edge is the horizon, low in the frame.
    cx, cy, radius = side * 0.5, side * 1.62, side * 0.98
    horizon_y = cy - radius
    bands = (("#3b6fd8", 0.075), ("#f0a040", 0.05), ("#e8543a", 0.03))
    for colour, thickness in bands:  # atmosphere bands, outermost first
        glow = QColor(colour)
        glow.setAlpha(210)
        painter.setBrush(glow)
        painter.drawEllipse(QPointF(cx, cy), radius + thickness * side,
                            radius + thickness * side)
    earth = QRadialGradient(QPointF(cx, horizon_y + side * 0.05), radius * 1.2)
    earth.setColorAt(0.0, QColor("#2c6fb0"))
    earth.setColorAt(0.35, QColor("#143e78"))
    earth.setColorAt(1.0, QColor("#071634"))
    painter.setBrush(QBrush(earth))
    painter.drawEllipse(QPointF(cx, cy), radius, radius)

    # The sun breaking over the rim, with a soft halo and four long rays.
    sun = QPointF(side * 0.62, horizon_y - side * 0.035)
    halo = QRadialGradient(sun, side * 0.36)
    halo.setColorAt(0.0, QColor(255, 246, 214, 255))
    halo.setColorAt(0.12, QColor(255, 214, 140, 220))
    halo.setColorAt(0.45, QColor(240, 140, 60, 70))
    halo.setColorAt(1.0, QColor(240, 120, 40, 0))
    painter.setBrush(QBrush(halo))
    painter.drawEllipse(sun, side * 0.36, side * 0.36)
    pen = QPen(QColor(255, 240, 200, 190), max(1.0, side * 0.012))
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    painter.setPen(pen)
    for angle, length in ((0, 0.30), (90, 0.22), (180, 0.30), (270, 0.16)):
        rad = math.radians(angle)
        painter.drawLine(sun, QPointF(sun.x() + math.cos(rad) * length * side,
                                      sun.y() - math.sin(rad) * length * side))
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor("#fffdf4"))
    painter.drawEllipse(sun, side * 0.05, side * 0.05)
    painter.setClipping(False)
    painter.setPen(QPen(QColor(255, 255, 255, 40), max(1.0, side / 128)))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawPath(frame)


def icon_image(size: int) -> QImage:
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    paint_icon(painter, float(size))
    painter.end()
    return image


def app_icon() -> QIcon:
    """The icon at every shipped size (drawn now if the PNGs are missing)."""
    icon = QIcon()
    for size in SIZES:
        path = icon_path(size)
        if path.is_file():
            icon.addFile(str(path))
        else:
            icon.addPixmap(QPixmap.fromImage(icon_image(size)))
    return icon


def write_icons(folder: Path = ICON_DIR) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for size in SIZES:
        path = folder / f"{ICON_NAME}-{size}.png"
        if not icon_image(size).save(str(path), "PNG"):
            raise OSError(f"{path}: could not be written")
        written.append(path)
    return written


if __name__ == "__main__":  # regenerate the shipped PNGs
    from PySide6.QtGui import QGuiApplication

    _app = QGuiApplication(sys.argv[:1])
    for written_path in write_icons():
        print(written_path)
