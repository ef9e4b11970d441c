"""Labels of a provenance chart that do not fit on their own bar: set beside it, never cut.

A work's page keeps a reading measure, so its provenance chart is narrow (about 500 px) and a
holder who kept the work for three years gets a bar a few dozen pixels wide. A label that
fits its bar (or a marker's room) stays there; one that does not becomes a callout in rows
under its lane, starting under its bar (moved left only as far as the chart's end needs),
joined to the bar by a leader, with rows stacked so no two callouts overlap. Only a line
wider than the whole chart is elided; the segment's tooltip and the chart's accessible
description carry every word. Qt-free: widths come from functions, as in the layout.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from .layout import wrap_label
from .provenance_layout import OWNERSHIP, PUBLICATIONS, Segment

INSET = 7.0       # the painter's padding between a bar's edge and its text
GAP = 12.0        # between two callouts on one row


@dataclass(frozen=True)
class Callout:
    segment: int              # position in the layout's segments
    lane: str
    row: int
    x: float                  # left edge of the text
    width: float
    lines: tuple[str, ...]    # ownership: the name (maybe wrapped) then the detail line


def fits_on_bar(segment: Segment, text_width: Callable[[str], float],
                name_width: Callable[[str], float]) -> bool:
    """Whether the painter can draw the segment's label (and detail) whole where it is.
    `name_width`: a holder's name as drawn (demi-bold), `text_width`: everything else."""
    if segment.lane == PUBLICATIONS:
        return text_width(segment.label) <= segment.label_x1 - segment.label_x0
    room = segment.label_x1 - max(segment.label_x0, segment.x0) - 2 * INSET
    if segment.lane == OWNERSHIP:
        return max(name_width(segment.label), text_width(segment.detail)) <= room
    return text_width(segment.label) <= room


def place_callouts(segments: Sequence[Segment], left: float, right: float,
                   text_width: Callable[[str], float],
                   name_width: Callable[[str], float] | None = None) -> list[Callout]:
    """Callouts for the labels that do not fit, row by row under each lane; a name wraps
    onto a second line before anything is elided."""
    name_width = name_width or text_width
    out: list[Callout] = []
    rows: dict[str, list[list[tuple[float, float]]]] = {}
    most = max(40.0, right - left)
    order = sorted(range(len(segments)), key=lambda n: segments[n].x0)
    for n in order:
        segment = segments[n]
        if fits_on_bar(segment, text_width, name_width):
            continue
        if segment.lane == OWNERSHIP:
            name = wrap_label(segment.label, most, name_width, max_lines=2)
            lines = (*name, *wrap_label(segment.detail, most, text_width, max_lines=1))
            width = max([name_width(line) for line in name] + [text_width(lines[-1])])
        else:
            lines = wrap_label(segment.label, most, text_width, max_lines=2)
            width = max(text_width(line) for line in lines)
        width = min(width, most)
        x = max(left, min(segment.x0, right - width))
        lane_rows = rows.setdefault(segment.lane, [])
        row = next((r for r, spans in enumerate(lane_rows)
                    if all(x + width + GAP <= a or x >= b + GAP for a, b in spans)),
                   len(lane_rows))
        if row == len(lane_rows):
            lane_rows.append([])
        lane_rows[row].append((x, x + width))
        out.append(Callout(n, segment.lane, row, x, width, lines))
    return out


def row_count(callouts: Sequence[Callout], lane: str) -> int:
    return max((c.row + 1 for c in callouts if c.lane == lane), default=0)


def lines_per_row(callouts: Sequence[Callout], lane: str) -> int:
    """How many text lines a row of the lane's callouts holds (its tallest callout)."""
    return max((len(c.lines) for c in callouts if c.lane == lane), default=1)
