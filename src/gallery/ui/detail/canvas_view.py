"""Geometry of the image canvas: where the picture sits and which tiles are on screen.

Kept apart from the widget so the arithmetic reads plainly and is tested without painting.
`View` holds the image size, the scale (screen pixels per image pixel) and the image point
shown at the middle of the widget.
"""

from __future__ import annotations

import math
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

MAX_FIT = 2.0  # a small picture may be enlarged to fit, but not beyond twice its size


@dataclass
class View:
    width: int = 0
    height: int = 0
    scale: float = 1.0
    cx: float = 0.0
    cy: float = 0.0


def fit_scale(view: View, widget_w: int, widget_h: int, margin: int = 24) -> float:
    if not view.width or not view.height:
        return 1.0
    w, h = max(1, widget_w - 2 * margin), max(1, widget_h - 2 * margin)
    return min(w / view.width, h / view.height, MAX_FIT)


def clamp_center(view: View, widget_w: int, widget_h: int) -> None:
    """Keep the picture on screen: centred when smaller than the widget, edge-bound else."""
    for attr, size, extent in (("cx", view.width, widget_w), ("cy", view.height, widget_h)):
        half = extent / 2 / view.scale
        if size * view.scale <= extent:
            setattr(view, attr, size / 2)
        else:
            setattr(view, attr, min(max(getattr(view, attr), half), size - half))


def visible_tiles(geometry: Any, level: int, view: View, widget_w: int,
                  widget_h: int) -> Iterator[tuple[int, int]]:
    """(col, row) of every tile of `level` that overlaps the widget, nearest the middle first."""
    s = view.scale
    left = max(0.0, view.cx - widget_w / 2 / s)
    top = max(0.0, view.cy - widget_h / 2 / s)
    right = min(float(view.width), view.cx + widget_w / 2 / s)
    bottom = min(float(view.height), view.cy + widget_h / 2 / s)
    if right <= left or bottom <= top:
        return
    span = geometry.tile_size * geometry.scale_factor(level)
    cols, rows = geometry.grid(level)
    c0, c1 = int(left // span), min(cols - 1, math.ceil(right / span) - 1)
    r0, r1 = int(top // span), min(rows - 1, math.ceil(bottom / span) - 1)
    mid_c, mid_r = (c0 + c1) / 2, (r0 + r1) / 2
    cells = [(c, r) for r in range(r0, r1 + 1) for c in range(c0, c1 + 1)]
    cells.sort(key=lambda cell: (cell[0] - mid_c) ** 2 + (cell[1] - mid_r) ** 2)
    yield from cells
