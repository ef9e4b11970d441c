"""The "undated" tray under the timeline: works with no date, as chips wrapped into rows."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QFontMetricsF

from .axis import short_title
from .data import WorkItem

CHIP_H = 26.0
CHIP_GAP = 8.0
MAX_ROWS = 4


@dataclass
class TrayChip:
    work_id: str          # "" for the "+N more" chip
    label: str
    rect: QRectF
    hidden: tuple[str, ...] = ()  # titles folded into a "+N more" chip


def layout_tray(works: Sequence[WorkItem], lang: str, width: float,
                metrics: QFontMetricsF, left: float = 16.0) -> tuple[list[TrayChip], float]:
    """Chips relative to the tray's first row; returns (chips, height of the chip rows)."""
    chips: list[TrayChip] = []
    x, row = left, 0
    ordered = sorted(works, key=lambda w: (w.title_ru if lang == "ru" and w.title_ru
                                           else w.title).lower())
    right = width - 16.0
    for n, work in enumerate(ordered):
        title = work.title_ru if lang == "ru" and work.title_ru else work.title
        # a chip is as long as its title: elided only when wider than the whole tray
        text = metrics.elidedText(short_title(title), Qt.TextElideMode.ElideRight,
                                  right - left - 26)
        w = metrics.horizontalAdvance(text) + 26
        if x + w > right and x > left:
            row += 1
            x = left
        if row == MAX_ROWS - 1 and n + 1 < len(ordered):
            rest = ordered[n:]
            more = f"+{len(rest)}"
            more_w = metrics.horizontalAdvance(more) + 26
            if x + w + CHIP_GAP + more_w > right:
                hidden = tuple(r.title for r in rest)
                chips.append(TrayChip("", more, QRectF(x, row * (CHIP_H + CHIP_GAP), more_w,
                                                       CHIP_H), hidden))
                break
        if row >= MAX_ROWS:
            break
        chips.append(TrayChip(work.id, text, QRectF(x, row * (CHIP_H + CHIP_GAP), w, CHIP_H)))
        x += w + CHIP_GAP
    rows = (max((int(c.rect.top() // (CHIP_H + CHIP_GAP)) for c in chips), default=-1) + 1)
    return chips, rows * (CHIP_H + CHIP_GAP)
