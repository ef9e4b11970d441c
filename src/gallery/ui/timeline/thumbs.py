"""Small pictures of the works on the timeline, beside their labels in the "made" lane.

They come from the grid's ThumbnailLoader (the same cache, made off the GUI thread); a work
whose picture is not there yet is asked for when it is painted, and the view repaints as
pictures arrive. A view without a loader (tests, a bare widget) draws none and keeps no room.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPixmap

from .data import WorkItem
from .layout import PlacedItem

THUMB_W, THUMB_H, THUMB_GAP = 26.0, 18.0, 5.0
ROOM = THUMB_W + THUMB_GAP  # what a label grows by


class EventThumbnails:
    def __init__(self, loader: Any, images_dir: Callable[[], Path | None],
                 repaint: Callable[[], None]) -> None:
        self._loader = loader
        self._images_dir = images_dir
        loader.ready.connect(lambda _key: repaint())

    def pending(self) -> int:
        return int(self._loader.pending())

    def pixmap(self, work: WorkItem) -> QPixmap | None:
        """The work's small picture, or None (asked for, when it has one)."""
        if not work.thumb_key:
            return None
        found = self._loader.pixmap(work.thumb_key)
        folder = self._images_dir()
        if found is None and folder is not None and not self._loader.has_failed(
                work.thumb_key):
            self._loader.request(work.thumb_key, folder / work.image_path)
        return found


def paint_thumb(painter: QPainter, x: float, mid: float, pixmap: QPixmap | None) -> None:
    """The picture fitted into a THUMB_W × THUMB_H box at `x`, centred on `mid`; a quiet
    frame while it is on its way."""
    box = QRectF(x, mid - THUMB_H / 2, THUMB_W, THUMB_H)
    if pixmap is None or pixmap.isNull():
        painter.setPen(QColor(255, 255, 255, 40))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRoundedRect(box.adjusted(0.5, 0.5, -0.5, -0.5), 2, 2)
        return
    dpr = pixmap.devicePixelRatio() or 1.0
    w, h = pixmap.width() / dpr, pixmap.height() / dpr
    k = min(THUMB_W / w, THUMB_H / h)
    target = QRectF(0, 0, w * k, h * k)
    target.moveCenter(box.center())
    painter.drawPixmap(target, pixmap, QRectF(pixmap.rect()))


def leftward(item: PlacedItem) -> bool:
    """Whether the label is set to the left of its mark (no room on its right)."""
    return item.first and item.label_x + item.label_w <= item.x0 + 1


def thumb_x(item: PlacedItem) -> float:
    """Where the work's small picture goes: at the label's start, or, for a label left of its
    mark, at its end, beside the mark (issue 15 review: it was drawn far from the mark)."""
    if leftward(item):
        return item.label_x + item.label_w - item.thumb + THUMB_GAP
    return item.label_x


def line_x(item: PlacedItem, width: float) -> float:
    """Where a label's line of `width` px starts: after the picture, or right-aligned against
    it when the label reads towards a mark on its right."""
    if leftward(item):
        return item.label_x + item.label_w - item.thumb - width
    return item.label_x + item.thumb
