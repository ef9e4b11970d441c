"""The "undated" tray under the timeline: works with no date, as chips wrapped into rows.

Folded (the default) it is one line: its heading with the count, the chips that fit, and a
"+N more" chip that unfolds it; unfolded, every chip and a last one that folds it again.
At 1280×720 the lanes above need the room (issue 15 review: the tray and legend left the
lanes ~300 px).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QFontMetricsF

from .axis import short_title
from .data import WorkItem

CHIP_H = 26.0
CHIP_GAP = 8.0
TOGGLE = "toggle"  # the mission-id slot of the fold/unfold chip's target: ("tray", "", TOGGLE)


@dataclass
class TrayChip:
    work_id: str          # "" for the chip that folds or unfolds the tray
    label: str
    rect: QRectF
    hidden: tuple[str, ...] = ()  # titles folded away behind a "+N more" chip


@dataclass(frozen=True)
class TrayWords:
    more: str             # "+%1 more"
    fewer: str            # "Show fewer"


def _title(work: WorkItem, lang: str) -> str:
    return work.title_ru if lang == "ru" and work.title_ru else work.title


def layout_tray(works: Sequence[WorkItem], lang: str, width: float, metrics: QFontMetricsF,
                left: float = 16.0, lead: float = 0.0, unfolded: bool = False,
                words: TrayWords = TrayWords("+%1", "−")) -> tuple[list[TrayChip], float]:
    """Chips relative to the tray's first row, the first after `lead` px of heading; returns
    (chips, height of the chip rows)."""
    ordered = sorted(works, key=lambda w: _title(w, lang).lower())
    right = width - 16.0

    def chip_width(text: str) -> float:
        return metrics.horizontalAdvance(text) + 26

    def label(work: WorkItem) -> str:
        # a chip is as long as its title: elided only when wider than the whole tray
        return metrics.elidedText(short_title(_title(work, lang)), Qt.TextElideMode.ElideRight,
                                  right - left - 26)

    def more(count: int) -> str:
        return words.more.replace("%1", str(count))

    chips: list[TrayChip] = []
    x, row = left + lead, 0
    if not unfolded:  # one line: the chips that fit beside a "+N more" for the rest
        for n, work in enumerate(ordered):
            text, after = label(work), len(ordered) - n - 1
            need = chip_width(text) + (CHIP_GAP + chip_width(more(after)) if after else 0)
            if x + need > right:
                break
            chips.append(TrayChip(work.id, text, QRectF(x, 0, chip_width(text), CHIP_H)))
            x += chip_width(text) + CHIP_GAP
        rest = ordered[len(chips):]
        if rest:
            chips.append(TrayChip("", more(len(rest)), QRectF(x, 0, chip_width(more(len(rest))),
                                                               CHIP_H),
                                  tuple(_title(r, lang) for r in rest)))
        return chips, CHIP_H + CHIP_GAP
    for work in ordered:
        text = label(work)
        w = chip_width(text)
        if x + w > right and x > left:
            row, x = row + 1, left
        chips.append(TrayChip(work.id, text, QRectF(x, row * (CHIP_H + CHIP_GAP), w, CHIP_H)))
        x += w + CHIP_GAP
    w = chip_width(words.fewer)  # all shown: a last chip folds the tray again
    if x + w > right and x > left:
        row, x = row + 1, left
    chips.append(TrayChip("", words.fewer, QRectF(x, row * (CHIP_H + CHIP_GAP), w, CHIP_H)))
    return chips, (row + 1) * (CHIP_H + CHIP_GAP)
