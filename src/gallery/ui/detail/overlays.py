"""What the image view paints over the picture: the zoom figure and notes (chips), the
navigator, and the stand-in label in the reader's language. Every stand-in picture carries
"STAND-IN IMAGE — not the artwork" drawn into its pixels (in English, as the files are
shared); in another language the view writes the label again over it, in the same place."""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from PySide6.QtCore import QCoreApplication, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPen, QPixmap

PLATE, INK = QColor(12, 12, 16), QColor(245, 245, 240)


def label_text() -> str:
    return QCoreApplication.translate("StandinLabel", "STAND-IN IMAGE — not the artwork")


@lru_cache(maxsize=64)
def _geometry(width: int, height: int) -> tuple[tuple[int, int, int, int], int]:
    from ...imaging.standins import label_geometry  # Pillow's font metrics: once per size

    return label_geometry(width, height)


def paint_label(painter: QPainter, target: QRectF, width: int, height: int,
                text: str, scale: float | None = None) -> QRectF:
    """Cover the drawn label of a `width`×`height` stand-in shown in `target` (widget
    coordinates) with `text`; the plate grows to the left when the text is longer. `scale`
    (widget pixels per picture pixel; default: the picture's on screen) sizes the label,
    never wider than the picture."""
    (x0, y0, x1, y1), size = _geometry(width, height)
    on_screen = target.width() / width
    s = on_screen if scale is None else scale
    font = QFont(painter.font())
    font.setBold(True)
    font.setPixelSize(max(1, round(size * s)))
    needed = QFontMetricsF(font).horizontalAdvance(text) + 2 * size * 0.6 * s
    room = target.width() - 2 * (width - x1) * on_screen
    if 0 < room < needed:  # the words would run past the picture's left: smaller
        s *= room / needed
        font.setPixelSize(max(1, int(size * s)))
        needed = QFontMetricsF(font).horizontalAdvance(text) + 2 * size * 0.6 * s
    pad = size * 0.6 * s
    # From the drawn label's bottom-right corner, so a bigger plate still covers it.
    right, bottom = target.x() + x1 * on_screen, target.y() + y1 * on_screen
    top = bottom - (y1 - y0) * s
    left = min(right - (x1 - x0) * s, right - needed)
    plate = QRectF(left, top, right - left, bottom - top)
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(PLATE)
    painter.drawRoundedRect(plate.adjusted(-1, -1, 1, 1), pad, pad)
    painter.setFont(font)
    painter.setPen(INK)
    painter.drawText(plate, Qt.AlignmentFlag.AlignCenter, text)
    painter.restore()
    return plate


def chip_rect(metrics: QFontMetricsF, text: str, x: float, y: float,
              max_width: float = 0) -> QRectF:
    """The chip's box: one line, or whole words wrapped within `max_width` (0: no limit)."""
    width = metrics.horizontalAdvance(text) + 16
    if max_width <= 0 or width <= max_width:
        return QRectF(x, y, width, metrics.height() + 6)
    lines = metrics.boundingRect(QRectF(0, 0, max_width - 16, 1e6),
                                 Qt.TextFlag.TextWordWrap, text)
    return QRectF(x, y, lines.width() + 16, lines.height() + 6)


def paint_chip(painter: QPainter, text: str, x: float, y: float,
               max_width: float = 0) -> None:
    """A small dark chip of text with its top-left corner at (x, y): the zoom figure, and
    the note over a picture shown from the cache (wrapped within `max_width` when given)."""
    rect = chip_rect(QFontMetricsF(painter.font()), text, x, y, max_width)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor(0, 0, 0, 130))
    painter.drawRoundedRect(rect, 6, 6)
    painter.setPen(QColor("#d9d4ca"))
    painter.drawText(rect, Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap, text)


def paint_navigator(painter: QPainter, box: QRectF, base: QPixmap, seen: QRectF,
                    k: float) -> None:
    """The whole picture small in `box`, the part on screen (`seen`, in image pixels; `k`
    image pixels to box pixels) outlined."""
    painter.fillRect(box.adjusted(-3, -3, 3, 3), QColor(0, 0, 0, 150))
    painter.setOpacity(0.9)
    painter.drawPixmap(box, base, QRectF(base.rect()))
    painter.setOpacity(1.0)
    outline = QRectF(seen.x() * k, seen.y() * k, seen.width() * k, seen.height() * k)
    painter.setPen(QPen(QColor("#d8a657"), 1.5))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawRect(outline.translated(box.topLeft()).intersected(box))


def paint_focus_ring(painter: QPainter, rect: QRectF) -> None:
    """The gold ring every focused control shows, inside `rect`."""
    painter.setPen(QPen(QColor("#d8a657"), 2))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawRoundedRect(rect.adjusted(1, 1, -1, -1), 4, 4)


class KeyboardFocusRing:
    """For a painted widget: `keyboard_focus()` is True while it has focus that came from
    the keyboard (Tab, Shift+Tab, a shortcut), so a mouse user or a page that focuses it
    on opening gets no stray ring (as :focus-visible on the web)."""

    _by_keyboard = False

    def focusInEvent(self, event: Any) -> None:
        self._by_keyboard = event.reason() in (Qt.FocusReason.TabFocusReason,
                                               Qt.FocusReason.BacktabFocusReason,
                                               Qt.FocusReason.ShortcutFocusReason)
        super().focusInEvent(event)  # type: ignore[misc]

    def keyboard_focus(self) -> bool:
        return self._by_keyboard and self.hasFocus()  # type: ignore[attr-defined]
