"""Geometry of a provenance timeline: which lane each event goes in, where it starts and ends.

Qt-free, so tests assert on layout rather than pixels. `layout_provenance` turns a record's
ordered `provenance` events into `Segment`s in pixel space:

- ownership lane: one segment per holder (transfers == ownership), from its event to the next
  holder's (or to today: `open_end`); gaps (kind "gap") sit in this lane as labelled breaks;
- custody lane: loans and exhibitions, stacked into sub-rows when they overlap;
- publications lane: reproduced/published as point markers.

A date range gives a fuzzy edge: `x0..solid0` fades in, `solid1..x1` fades out, and a transfer
dated to a range cross-fades the two holders across it. Events without dates are never put at
a year: they stand apart in an "undated" strip at the right end (`undated_x` is its left edge),
and a holder whose successor is undated ends where its own dates end, with a short fade (what
came after is not known). Only when no event has a date are all placed by order. The
axis is piecewise linear: every holder gets at least `min_px`, so a work held for a day before
a fifty-year gap still shows who held it; year ticks follow the same mapping.
"""

from __future__ import annotations

import bisect
import itertools
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from typing import Any

from .axis import Tick, pretty_date, ticks, year_of
from .provenance_words import custody_label, localized, publication_label, who

OWNERSHIP, CUSTODY, PUBLICATIONS = "ownership", "custody", "publications"
LANES = (OWNERSHIP, CUSTODY, PUBLICATIONS)
_STYLE_BY_CERTAINTY = {"certain": "solid", "probable": "light", "possibly": "hatched",
                       "unknown": "faint"}
_EPS = 1e-3  # years: keeps knots strictly increasing
_SHARP = 0.1  # years: a date range shorter than five weeks is a point at a lifetime's scale


@dataclass(frozen=True)
class Segment:
    index: int            # position of the event in the record's provenance list
    lane: str             # ownership | custody | publications
    row: int              # sub-row within the lane (custody events may overlap)
    x0: float             # left end, including the fade-in
    x1: float             # right end, including the fade-out
    solid0: float         # fade-in ends here (== x0 for a sharp edge)
    solid1: float         # fade-out starts here (== x1 for a sharp edge)
    style: str            # solid | light (probable) | hatched (possibly) | faint | gap | marker
    kind: str
    label: str            # who: the holder, lender, publisher, or "whereabouts unknown"
    detail: str           # what and when: "gift · 2017-04-06"
    label_x0: float       # the room the label may use; labels in a row never overlap
    label_x1: float
    open_end: bool = False    # runs on to today (and fades out there)
    undated: bool = False
    joint: str | None = None  # how it joins the previous holder: "direct" | "indirect"

    @property
    def fuzzy_start(self) -> bool:
        return self.solid0 > self.x0 + 0.5

    @property
    def fuzzy_end(self) -> bool:
        return self.x1 > self.solid1 + 0.5


@dataclass
class ProvenanceLayout:
    segments: list[Segment] = field(default_factory=list)
    ticks: list[Tick] = field(default_factory=list)
    today_x: float | None = None
    ordinal: bool = False     # no event has a date: positions are by order only
    custody_rows: int = 1
    undated_x: float | None = None  # left edge of the strip of undated events, if any


class PiecewiseAxis:
    """Monotonic piecewise-linear year → x mapping through (year, x) knots."""

    def __init__(self, knots: Sequence[tuple[float, float]]) -> None:
        self.years = [k[0] for k in knots]
        self.xs = [k[1] for k in knots]

    def __call__(self, year: float) -> float:
        ys, xs = self.years, self.xs
        if len(ys) == 1:
            return xs[0]
        i = max(1, min(len(ys) - 1, bisect.bisect_right(ys, year)))
        y0, y1, x0, x1 = ys[i - 1], ys[i], xs[i - 1], xs[i]
        return x0 + (year - y0) * (x1 - x0) / (y1 - y0)


def lane_of(event: dict[str, Any]) -> str:
    moves = event.get("transfers") or {
        "loan": "custody", "exhibited": "custody", "reproduced": "none",
        "published": "none"}.get(event.get("kind", ""), "ownership")
    if moves == "custody":
        return CUSTODY
    if moves == "none":
        return PUBLICATIONS
    return OWNERSHIP  # ownership, and gaps/unknown transfers that break the chain


def _ranges(events: Sequence[dict[str, Any]], today: float) -> tuple[list, list[bool], bool]:
    """(p0, p1) in years for each event; undated events placed by order between neighbours."""
    raw = [(year_of(e.get("date_earliest")), year_of(e.get("date_latest"), end=True))
           for e in events]
    dated = [r for r in raw if r[0] is not None or r[1] is not None]
    if not dated:
        n = len(events)
        return [(float(i), float(i)) for i in range(n)], [True] * n, True
    out: list[list[float | None]] = [[lo, hi] for lo, hi in raw]
    undated = [lo is None and hi is None for lo, hi in raw]
    for i, (lo, hi) in enumerate(raw):
        if lo is None and hi is not None:       # "before X" / "by X": from the previous anchor
            out[i][0] = min(hi, _anchor_before(out, i, hi - 5.0))
        elif hi is None and lo is not None and events[i].get("kind") != "gap":
            out[i][1] = max(lo, _anchor_after(out, i, today, lo + 1.0))
    i = 0
    while i < len(out):                          # runs of undated events share the stretch
        if not undated[i]:
            i += 1
            continue
        j = i
        while j < len(out) and undated[j]:
            j += 1
        start = _anchor_before(out, i, None)
        stop = _anchor_after(out, j - 1, today, today)
        # An open-ended gap just before ("after 1975") shares the unknown stretch.
        shared = int(i > 0 and events[i - 1].get("kind") == "gap" and out[i - 1][1] is None)
        if start is None:
            start = stop - (j - i + 1)
        stop = max(stop, start)
        step = (stop - start) / (j - i + 1 + shared)
        for k in range(i, j):
            slot = k - i + shared
            out[k] = [start + step * slot, start + step * (slot + 1)]
        i = j
    return [(float(a), float(b) if b is not None else None) for a, b in out], undated, False


def _anchor_before(out: list, i: int, default: float | None) -> float | None:
    """The latest known moment before event i: the end of a gap, else the start of an event."""
    best = None
    for lo, hi in out[:i]:
        candidate = hi if hi is not None else lo
        if candidate is not None and (best is None or candidate > best):
            best = candidate
    if best is None:
        return default
    return best


def _anchor_after(out: list, i: int, today: float, default: float) -> float:
    for lo, _hi in out[i + 1:]:
        if lo is not None:
            return lo
    return today if default is None else default


def _fit_axis(starts: list[float], first: float, last: float, left: float, right: float,
              min_px: float, stops: Sequence[float] = ()) -> PiecewiseAxis:
    """Knots at each holder's start (and known end); every holder interval gets at least
    min_px."""
    knots_y = sorted({first, *starts, *stops, last})
    durations = [b - a for a, b in itertools.pairwise(knots_y)]
    width = max(1.0, right - left)
    n = len(durations)
    if n == 0:
        return PiecewiseAxis([(first, left), (first + 1, right)])
    need = [k for k in range(n) if knots_y[k] in starts or knots_y[k + 1] == last]
    floor = min(min_px, width / max(1, n) * 0.9)
    fixed: set[int] = set()
    for _ in range(n + 1):
        free = [k for k in range(n) if k not in fixed]
        room = width - floor * len(fixed)
        total = sum(durations[k] for k in free) or 1.0
        scale = room / total
        grown = {k for k in free if k in need and durations[k] * scale < floor}
        if not grown:
            break
        fixed |= grown
    widths = [floor if k in fixed else durations[k] * scale for k in range(n)]
    xs = [left]
    for w in widths:
        xs.append(xs[-1] + w)
    factor = width / (xs[-1] - left) if xs[-1] > left else 1.0
    return PiecewiseAxis([(y, left + (x - left) * factor) for y, x in zip(knots_y, xs,
                                                                           strict=True)])


_TAIL_PX = 18.0  # the fade after a holder whose end is not known
_OPEN_FADE_PX = 36.0  # the fade of a holding still running as it reaches today


def _is_undated(event: dict[str, Any]) -> bool:
    return year_of(event.get("date_earliest")) is None and year_of(
        event.get("date_latest"), end=True) is None


def layout_provenance(events: Sequence[dict[str, Any]], left: float, right: float,
                      today: float, words: dict[str, Any], text_width: Callable[[str], float],
                      min_px: float = 120.0) -> ProvenanceLayout:
    """Lay out `events` between x = left and x = right. See the module docstring."""
    undated = [i for i, e in enumerate(events) if _is_undated(e)]
    if not undated or len(undated) == len(events):
        return _layout(events, left, right, today, words, text_width, min_px)
    dated = [i for i in range(len(events)) if i not in set(undated)]
    lanes = [lane_of(e) for e in events]
    # A holder followed (directly or through undated events) by an undated change of
    # holder ends where its own dates end: when it changed hands is not known.
    chain = [i for i in range(len(events)) if lanes[i] == OWNERSHIP]
    closed = {dated.index(a) for a, b in itertools.pairwise(chain)
              if a in dated and b in undated}
    width = right - left
    per_lane = max(sum(1 for i in undated if lanes[i] == lane) for lane in LANES)
    strip = min(0.4 * width, max(110.0, 90.0 * per_lane))
    strip_x = right - strip
    out = _layout([events[i] for i in dated], left, strip_x - 16, today, words, text_width,
                  min_px, closed)
    out.segments = [replace(s, index=dated[s.index]) for s in out.segments]
    out.undated_x = strip_x
    lang = words.get("lang", "en")
    for lane in LANES:
        members = [i for i in undated if lanes[i] == lane]
        slot = strip / max(1, len(members))
        for k, i in enumerate(members):
            event = events[i]
            x0 = strip_x + k * slot
            out.segments.append(_undated_segment(
                i, event, lane, x0, x0 + slot, words, lang,
                last_holder=lane == OWNERSHIP and i == chain[-1]))
    return out


def _undated_segment(i: int, event: dict[str, Any], lane: str, x0: float, x1: float,
                     words: dict[str, Any], lang: str, last_holder: bool) -> Segment:
    """One event in the undated strip: a bar (or a marker) in its lane, with no year."""
    kind = event.get("kind", "")
    detail = f"{words['kinds'].get(kind, kind)} · {words['undated']}"
    if lane == PUBLICATIONS:
        x = x0 + 8
        return Segment(index=i, lane=lane, row=0, x0=x - 5, x1=x + 5, solid0=x - 5,
                       solid1=x + 5, style="marker", kind=kind,
                       label=publication_label(event, words), detail=detail,
                       label_x0=x + 9, label_x1=max(x + 9, x1 - 4), undated=True)
    gap = kind == "gap"
    if lane == CUSTODY:
        label = custody_label(event, words)
    else:
        label = words["gap"] if gap else (who(event, "holder", lang) or who(event, "party", lang)
                                          or words["unknown"])
    return Segment(index=i, lane=lane, row=0, x0=x0 + 2, x1=x1 - 2, solid0=x0 + 2,
                   solid1=x1 - 2,
                   style="gap" if gap else _STYLE_BY_CERTAINTY.get(event.get("certainty"),
                                                                   "faint"),
                   kind=kind, label=label, detail=words["undated"] if gap else detail,
                   label_x0=x0 + 2, label_x1=x1 - 2, open_end=last_holder and not gap,
                   undated=True)


def _layout(events: Sequence[dict[str, Any]], left: float, right: float,
            today: float, words: dict[str, Any], text_width: Callable[[str], float],
            min_px: float = 120.0, closed: set[int] | frozenset[int] = frozenset()
            ) -> ProvenanceLayout:
    """The layout of events all dated, or all undated (then by order). `closed`: chain
    positions (event indices) whose holding ends at its own dates."""
    if not events:
        return ProvenanceLayout()
    ranges, undated, ordinal = _ranges(events, today)
    end_year = float(len(events)) if ordinal else max(
        [today] + [hi for _lo, hi in ranges if hi is not None])
    lanes = [lane_of(e) for e in events]
    chain = [i for i, lane in enumerate(lanes) if lane == OWNERSHIP]
    # Holder starts, strictly increasing so the axis can give each its room.
    starts: list[float] = []
    for i in chain:
        lo = ranges[i][0]
        if events[i].get("kind") == "gap" and starts:
            lo = max(lo, ranges[chain[len(starts) - 1]][1] or lo)
        starts.append(max(lo, starts[-1] + _EPS) if starts else lo)
    first = min([lo for lo, _hi in ranges] + starts)
    first = min(first, starts[0]) if starts else first
    end_year = max(end_year, (starts[-1] + _EPS) if starts else end_year)
    # A closed holding's known end: its own latest date (never before its start).
    stops = {n: max(starts[n] + _EPS, ranges[i][1] or starts[n])
             for n, i in enumerate(chain) if i in closed}
    axis = _fit_axis(starts, first, end_year, left, right, min_px, list(stops.values()))
    out = ProvenanceLayout(ordinal=ordinal, today_x=None if ordinal else axis(today))
    if not ordinal:
        out.ticks = ticks(first, end_year, axis, text_width,
                          anchors=[int(starts[0])] if starts else [])

    lang = words.get("lang", "en")

    def detail(i: int) -> str:
        date = pretty_date(localized(events[i], "date_display", lang), lang)
        date = date or words["undated"]
        return f"{words['kinds'].get(events[i].get('kind'), events[i].get('kind', ''))} · {date}"

    # Ownership lane: holders cross-fade over the dated range of each transfer.
    ends = [stops.get(n, v) for n, v in enumerate([*starts[1:], end_year])]
    xs0 = [axis(v) for v in starts]
    solids1 = [axis(v) for v in ends]
    solids0 = []
    for n, i in enumerate(chain):
        fade_in = starts[n] if events[i].get("kind") == "gap" else max(
            starts[n], ranges[i][1] or starts[n])
        if fade_in - starts[n] < _SHARP:
            fade_in = starts[n]
        # A fade never eats more than 60% of the holder's room (the axis may stretch it).
        solids0.append(min(axis(fade_in), xs0[n] + 0.6 * (solids1[n] - xs0[n])))
    for n, i in enumerate(chain):
        event = events[i]
        gap = event.get("kind") == "gap"
        x1 = solids1[n]
        if n in stops:  # what came after is not known: a short fade, never a longer bar
            x1 = min(x1 + _TAIL_PX, xs0[n + 1] if n + 1 < len(chain) else right)
        elif n + 1 < len(chain) and not gap and events[chain[n + 1]].get("kind") != "gap":
            x1 = max(x1, solids0[n + 1])  # fade out while the next holder fades in
        joint = None
        if n and not gap and events[chain[n - 1]].get("kind") != "gap":
            joint = "direct" if event.get("direct") else "indirect"
        label = words["gap"] if gap else (who(event, "holder", lang)
                                          or who(event, "party", lang) or words["unknown"])
        out.segments.append(Segment(
            index=i, lane=OWNERSHIP, row=0, x0=xs0[n], x1=x1, solid0=solids0[n],
            solid1=solids1[n],
            style="gap" if gap else _STYLE_BY_CERTAINTY.get(event.get("certainty"), "faint"),
            kind=event.get("kind", ""), label=label,
            detail=pretty_date(localized(event, "date_display", lang), lang) if gap
            else detail(i),
            label_x0=xs0[n], label_x1=solids1[n],
            open_end=n + 1 == len(chain) and not ordinal and n not in stops,
            undated=undated[i], joint=joint))
    # Custody lane: each loan or showing over its own dates, overlapping ones on sub-rows.
    custody = [i for i, lane in enumerate(lanes) if lane == CUSTODY]
    placed: list[tuple[int, float, float, float, float]] = []
    row_ends: list[float] = []
    for i in sorted(custody, key=lambda k: ranges[k][0]):
        lo, hi = ranges[i]
        x0, x1 = axis(lo), axis(hi if hi is not None else end_year)
        x1 = max(x1, x0 + 10)
        raw_lo = year_of(events[i].get("date_earliest"))
        solid0 = x0 if raw_lo is not None and not undated[i] else max(x0, x1 - 10)
        want = x0 + text_width(who(events[i], "party", lang)) + 24
        row = next((r for r, row_end in enumerate(row_ends) if x0 >= row_end + 6), None)
        if row is None:
            row = len(row_ends)
            row_ends.append(float("-inf"))
        row_ends[row] = max(x1, min(want, right))
        placed.append((i, row, x0, x1, solid0))
    for i, row, x0, x1, solid0 in placed:
        later = [p[2] for p in placed if p[1] == row and p[2] > x0]
        room_end = min([*later, right]) - 6
        out.segments.append(Segment(
            index=i, lane=CUSTODY, row=row, x0=x0, x1=x1, solid0=solid0, solid1=x1,
            style=_STYLE_BY_CERTAINTY.get(events[i].get("certainty"), "faint"),
            kind=events[i].get("kind", ""), label=custody_label(events[i], words),
            detail=detail(i), label_x0=x0, label_x1=max(x1, room_end),
            undated=undated[i]))
    out.custody_rows = max(1, len(row_ends))
    # Publications: point markers; labels take the free room to their right.
    pubs = sorted((i for i, lane in enumerate(lanes) if lane == PUBLICATIONS),
                  key=lambda k: ranges[k][0])
    xs = [axis((ranges[i][0] + (ranges[i][1] or ranges[i][0])) / 2) for i in pubs]
    for n, i in enumerate(pubs):
        x = xs[n]
        room_end = (xs[n + 1] if n + 1 < len(xs) else right) - 8
        out.segments.append(Segment(
            index=i, lane=PUBLICATIONS, row=0, x0=x - 5, x1=x + 5, solid0=x - 5, solid1=x + 5,
            style="marker", kind=events[i].get("kind", ""),
            label=publication_label(events[i], words), detail=detail(i),
            label_x0=x + 9, label_x1=max(x + 9, room_end), undated=undated[i]))
    if out.today_x is not None:
        out.segments = [_end_by_today(s, out.today_x) for s in out.segments]
    return out


def _end_by_today(segment: Segment, today_x: float) -> Segment:
    """Nothing dated runs past today (issue 15 review: an end not known was drawn as a bar
    into the future); a holding still running fades out as it reaches today: open, not
    ended."""
    if segment.lane == PUBLICATIONS:
        return segment
    x1 = max(segment.x0 + 1.0, min(segment.x1, today_x))
    solid1 = min(segment.solid1, x1)
    if segment.open_end and segment.style != "gap":
        solid1 = max(segment.solid0, min(solid1, x1 - _OPEN_FADE_PX))
    label_x1 = min(segment.label_x1, x1) if segment.lane == OWNERSHIP else segment.label_x1
    return replace(segment, x1=x1, solid1=solid1, label_x1=label_x1)
