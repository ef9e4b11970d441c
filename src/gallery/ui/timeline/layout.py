"""Where every mission and work sits on the life timeline, at one zoom level.

Content coordinates: x grows with time (`x = PAD + (year - year0) * ppy`), y from the top of the
scrolling body. Lanes, top to bottom: Leonov's life, "when it was made" (the main lane, first so
a laptop shows it without scrolling), "what the work shows" (a work's depicted or commemorated
mission, at the mission's dates, just above the missions themselves), missions and the
exhibitions that showed his art. Items in a
lane are packed into rows so that no two labels overlap, and no label is cut: a label longer
than its lane's measure wraps onto the rows below (up to MAX_LINES), a label that would run
past the end of the axis goes to the left of its mark, and only a title that cannot fit even
so is elided (the full title is the item's tooltip and accessible name). Qt-free: label widths
come from a function, so the packing can be tested without fonts.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from .axis import short_title
from .data import MissionItem, WorkItem
from .exhibitions import ExhibitionItem

PAD = 40.0            # room at both ends of the axis
LIFE_H = 26.0
HEADER_H = 24.0
MISSION_ROW_H = 25.0
WORK_ROW_H = 23.0
LANE_GAP = 12.0
MAX_LABEL = 210.0     # labels longer than this wrap onto the next rows
MAX_LINES = 3         # …up to this many; only the last line of a longer title is elided
MAX_MISSION_LABEL = 460.0  # a mission's name is read whole: a few missions, room to spare
MAX_RUN = 560.0       # works sharing one mark line up their labels, up to this long
RUN_SEP = 20.0
MIN_MARK = 8.0
LANES = ("made", "depicts", "missions", "exhibitions")
ROWS = {"missions": (MISSION_ROW_H, 18.0), "depicts": (WORK_ROW_H, 14.0),
        "made": (WORK_ROW_H, 10.0), "exhibitions": (WORK_ROW_H, 12.0)}  # row and mark height


@dataclass
class PlacedItem:
    kind: str             # mission | made | depicts | exhibition
    key: str              # mission, work or exhibition id
    lane: str
    row: int
    x0: float             # the mark (band, bar or point), content coordinates
    x1: float
    y0: float
    y1: float
    label: str
    label_x: float
    label_w: float
    fuzzy_left: bool = False
    fuzzy_right: bool = False
    point: bool = False
    mission_id: str = ""  # for depicts items: which mission they sit on
    first: bool = True    # False: a later label sharing the mark of the item before it
    thumb: float = 0.0    # room at the label's start for the work's small picture
    lines: tuple[str, ...] = ()  # the label as drawn, one entry per line (wrapped)
    line_h: float = 0.0   # how far apart the lines are (the lane's row height)

    @property
    def left(self) -> float:
        return min(self.x0, self.label_x) if self.first else self.label_x - 4

    @property
    def anchor_x(self) -> float:
        """Where a connector meets this item: its mark, or its label when it shares a mark."""
        return self.x0 + min(6.0, (self.x1 - self.x0) / 2) if self.first else self.label_x + 3

    @property
    def right(self) -> float:
        return max(self.x1, self.label_x + self.label_w)

    @property
    def rows(self) -> int:
        """How many of its lane's rows the item takes (a wrapped label takes more than one)."""
        return max(1, len(self.lines))

    @property
    def bottom(self) -> float:
        """The foot of the item: its mark, or the last line of a wrapped label."""
        return self.y1 + (self.rows - 1) * self.line_h

    def contains(self, x: float, y: float) -> bool:
        return self.left - 4 <= x <= self.right + 2 and self.y0 - 4 <= y <= self.bottom + 4


@dataclass
class Connector:
    work_id: str
    mission_id: str
    made: PlacedItem
    depicts: PlacedItem


@dataclass
class TimelineGeometry:
    year0: float
    year1: float
    ppy: float
    items: list[PlacedItem] = field(default_factory=list)
    connectors: list[Connector] = field(default_factory=list)
    lanes: dict[str, tuple[float, float]] = field(default_factory=dict)  # lane -> (top, h)
    height: float = 0.0

    @property
    def width(self) -> float:
        return max([self.x(self.year1) + PAD] + [i.right + 16 for i in self.items])

    def x(self, year: float) -> float:
        return PAD + (year - self.year0) * self.ppy

    def year(self, x: float) -> float:
        return self.year0 + (x - PAD) / self.ppy


def year_bounds(works: Sequence[WorkItem], missions: Sequence[MissionItem],
                born: float | None, died: float | None,
                exhibitions: Sequence[ExhibitionItem] = ()) -> tuple[float, float]:
    years = [y for y in (born, died) if y is not None]
    years += [y for e in exhibitions for y in (e.start, e.end)]
    years += [y for w in works for y in (w.start, w.end) if y is not None]
    years += [y for m in missions for y in (m.start, m.end)]
    if not years:
        return 1930.0, 2020.0
    return float(math.floor(min(years)) - 1), float(math.ceil(max(years)) + 1)


def build_geometry(works: Sequence[WorkItem], missions: Sequence[MissionItem],
                   year0: float, year1: float, ppy: float, lang: str,
                   text_width: Callable[[str], float],
                   exhibitions: Sequence[ExhibitionItem] = (),
                   max_label: float = MAX_LABEL, thumb_room: float = 0.0) -> TimelineGeometry:
    """`max_label`: the longest a work's or exhibition's label may be before it is elided
    (the view gives more on a wide window); `thumb_room`: what a work with a picture adds
    to its "made" label for the picture (0: none drawn)."""
    geo = TimelineGeometry(year0=year0, year1=year1, ppy=ppy)

    def label_of(text: str, most: float = max_label) -> tuple[str, float]:
        label = short_title(text)
        return label, min(most, text_width(label))

    def lines_of(label: str, most: float = max_label) -> tuple[tuple[str, ...], float]:
        lines = wrap_label(label, most, text_width)
        return lines, max(text_width(line) for line in lines)

    # Missions: bands over their dates; a label inside when the band is wide enough.
    mission_marks: dict[str, tuple[float, float]] = {}
    placed: list[PlacedItem] = []
    for mission in sorted(missions, key=lambda m: (m.start, m.end)):
        x0 = geo.x(mission.start)
        x1 = max(geo.x(mission.end), x0 + MIN_MARK)
        mission_marks[mission.id] = (x0, x1)
        text = (mission.name_ru if lang == "ru" and mission.name_ru else mission.name)
        label, _width = label_of(text, MAX_MISSION_LABEL)
        lines, width = lines_of(label, MAX_MISSION_LABEL)
        inside = x1 - x0 >= width + 16 and len(lines) == 1
        placed.append(PlacedItem(
            "mission", mission.id, "missions", 0, x0, x1, 0, 0, label,
            x0 + 8 if inside else x1 + 6, width,
            fuzzy_left=mission.year_only, fuzzy_right=mission.year_only, lines=lines))
    limit = geo.x(year1) + PAD / 2
    geo.items.extend(_stack(placed, limit))

    # Works: when made (bars, points, open-ended fades) and what they show.
    made: list[PlacedItem] = []
    shown: list[PlacedItem] = []
    for work in works:
        if not work.dated:
            continue
        title = work.title_ru if lang == "ru" and work.title_ru else work.title
        label, _width = label_of(title)
        lines, width = lines_of(label)
        thumb = thumb_room if work.thumb_key else 0.0
        fade = max(3 * ppy, 28.0)
        if work.exact:
            x = geo.x(work.start)  # type: ignore[arg-type]
            item = PlacedItem("made", work.id, "made", 0, x - 5, x + 5, 0, 0, label, x + 11,
                              width + thumb, point=True, thumb=thumb, lines=lines)
        else:
            x0 = geo.x(work.start) if work.start is not None else geo.x(work.end) - fade
            x1 = geo.x(work.end) if work.end is not None else x0 + fade
            x1 = max(x1, x0 + MIN_MARK)
            item = PlacedItem("made", work.id, "made", 0, x0, x1, 0, 0, label, x1 + 6,
                              width + thumb, fuzzy_left=work.start is None,
                              fuzzy_right=work.end is None, thumb=thumb, lines=lines)
        made.append(item)
        for mission_id, _link in work.depicts:
            if mission_id not in mission_marks:
                continue
            m0, m1 = mission_marks[mission_id]
            shown.append(PlacedItem("depicts", work.id, "depicts", 0, m0, m1, 0, 0, label,
                                    m1 + 6, width, mission_id=mission_id, lines=lines))
    geo.items.extend(_stack(shown, limit))
    geo.items.extend(_stack(made, limit))

    # Exhibitions: bands over their dates, an open end fading out.
    shows = []
    for show in exhibitions:
        x0 = geo.x(show.start)
        x1 = max(geo.x(show.end), x0 + MIN_MARK)
        label, _width = label_of(show.text("title", lang) or show.id)
        lines, width = lines_of(label)
        shows.append(PlacedItem("exhibition", show.id, "exhibitions", 0, x0, x1, 0, 0, label,
                                x1 + 6, width, fuzzy_right=show.open_end, lines=lines))
    geo.items.extend(_stack(shows, limit))

    # Vertical placement, lane by lane.
    y = LIFE_H + LANE_GAP / 2
    for lane in LANES:
        row_h, mark_h = ROWS[lane]
        members = [i for i in geo.items if i.lane == lane]
        if lane == "exhibitions" and not members:
            continue  # a catalog without dated exhibitions: no empty lane
        rows = max([i.row + i.rows for i in members], default=0)
        height = HEADER_H + max(1, rows) * row_h + 6
        geo.lanes[lane] = (y, height)
        for item in members:
            mid = y + HEADER_H + item.row * row_h + row_h / 2
            item.y0, item.y1 = mid - mark_h / 2, mid + mark_h / 2
            item.line_h = row_h
        y += height + LANE_GAP
    geo.height = y
    by_made = {i.key: i for i in geo.items if i.kind == "made"}
    geo.connectors = [Connector(i.key, i.mission_id, by_made[i.key], i)
                      for i in geo.items if i.kind == "depicts" and i.key in by_made]
    return geo


def _runs(items: list[PlacedItem], limit: float) -> list[list[PlacedItem]]:
    """Items with the same mark (works on one mission, stamps of one issue) share it: their
    labels line up after it in runs of at most MAX_RUN pixels (and never past `limit`),
    instead of one row each."""
    groups: dict[tuple[float, float], list[PlacedItem]] = {}
    for item in items:
        groups.setdefault((round(item.x0, 1), round(item.x1, 1)), []).append(item)
    runs: list[list[PlacedItem]] = []
    for members in groups.values():
        start = members[0].label_x
        longest = min(MAX_RUN, limit - start)
        run: list[PlacedItem] = []
        x = start
        for item in members:
            if run and x + item.label_w - start > longest:
                runs.append(run)
                run, x = [], start
            item.label_x, item.first = x, not run
            x += item.label_w + RUN_SEP
            run.append(item)
        runs.append(run)
    return runs


def _stack(items: list[PlacedItem], limit: float, gap: float = 12.0) -> list[PlacedItem]:
    """Rows so that no two marks or labels in one lane overlap.

    Runs go in order of where they start; each takes the lowest row where it fits with its
    labels on the right, or (a single item) with its label on the left of its mark, so a
    crowded decade fans out both ways instead of growing a tall stack. A label that would run
    past `limit` (the end of the axis) goes on the left when it can.
    """
    runs = sorted(_runs(items, limit), key=lambda r: (r[0].x0, r[0].x1, r[0].label))
    rows: list[list[tuple[float, float]]] = []

    def fits(row: int, a: float, b: float, height: int) -> bool:
        return all(all(b + gap <= s or a >= e + gap for s, e in rows[r])
                   for r in range(row, min(row + height, len(rows))))

    def lowest(a: float, b: float, height: int) -> int:
        return next(r for r in range(len(rows) + 1) if fits(r, a, b, height))

    for run in runs:
        head, tail = run[0], run[-1]
        height = max(item.rows for item in run)
        right = (head.x0 - 2, max(head.x1, tail.label_x + tail.label_w))
        left_x = head.x0 - 6 - head.label_w
        left = (left_x - 2, head.x1)
        row_right = lowest(*right, height)
        row_left = (lowest(*left, height) if len(run) == 1 and left_x > PAD / 2
                    else len(rows) + 1)
        if row_left < row_right or (right[1] > limit and row_left <= len(rows)):
            head.label_x, span, row = left_x, left, row_left
        elif right[1] > limit and len(run) == 1:
            # no room on either side of the mark: the label ends at the axis's end, over
            # the mark's own stretch, rather than run off the lane
            head.label_x = max(PAD / 2, limit - head.label_w)
            span = (min(head.x0, head.label_x) - 2, max(head.x1, limit))
            row = lowest(*span, height)
        else:
            span, row = right, row_right
        while len(rows) < row + height:
            rows.append([])
        for r in range(row, row + height):
            rows[r].append(span)
        for item in run:
            item.row = row
    return [item for run in runs for item in run]


def wrap_label(text: str, width: float, text_width: Callable[[str], float],
               max_lines: int = MAX_LINES) -> tuple[str, ...]:
    """`text` as lines no wider than `width`, broken between words and balanced (two lines
    of like length rather than a long one and a stub); only what cannot fit in `max_lines`
    is elided with "…"."""
    full = text_width(text)
    if full <= width or not text.strip():
        return (text,)
    count = min(max_lines, math.ceil(full / width))
    lines = _break(text, min(width, full / count * 1.12), text_width)
    if len(lines) > count:
        lines = _break(text, width, text_width)
    if len(lines) > max_lines:
        lines = [*lines[:max_lines - 1], " ".join(lines[max_lines - 1:])]
    return tuple(_elide(line, width, text_width) for line in lines)


def _break(text: str, width: float, text_width: Callable[[str], float]) -> list[str]:
    lines: list[str] = []
    current = ""
    for word in text.split(" "):  # never at a no-break space (ui.keep_together)
        if not word:
            continue
        trial = f"{current} {word}" if current else word
        if current and text_width(trial) > width:
            lines.append(current)
            current = word
        else:
            current = trial
    return [*lines, current] if current else lines


def _elide(text: str, width: float, text_width: Callable[[str], float]) -> str:
    if text_width(text) <= width:
        return text
    while text and text_width(text.rstrip() + "…") > width:
        text = text[:-1]
    return text.rstrip() + "…"
