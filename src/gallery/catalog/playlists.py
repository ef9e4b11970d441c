"""Slideshow playlists: which works play, in what order, and when. Qt-free.

A playlist record (see COMMON.md) is either a hand-ordered list of works (kind "list") or a
saved search (kind "search", query {text, filters}) evaluated whenever the catalog changes, so a
new Voskhod 2 drawing joins the Voskhod 2 playlist without anyone touching the playlist.

Windows say when a playlist plays: [{days: [0-6], start: "09:00", end: "18:00"}], days counted
from Monday = 0 as `datetime.weekday()` does. A window that ends before it starts (22:00-02:00)
runs past midnight and belongs to the day it starts on. No windows means always.

An exhibition also has a run (runs_from … runs_until, both days included) and closed days
(holidays): outside its run or on a closed day a playlist does not play, whatever its windows.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from typing import Any

from .errors import NotFound

log = logging.getLogger(__name__)

DAY_NAMES = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
ALL_DAYS = frozenset(range(7))
PAGE = 500  # search page size when resolving a saved search or the whole catalog
_HHMM = re.compile(r"^\s*(\d{1,2})[:.](\d{2})\s*$")


# -- time windows ---------------------------------------------------------------------------
def parse_hhmm(text: str) -> time:
    """"09:00" → 09:00; "24:00" is the end of the day (23:59:59.999999)."""
    match = _HHMM.match(str(text))
    if not match:
        raise ValueError(f"{text!r} is not a time; write it as HH:MM, e.g. 09:00")
    hours, minutes = int(match[1]), int(match[2])
    if (hours, minutes) == (24, 0):
        return time.max
    if hours > 23 or minutes > 59:
        raise ValueError(f"{text!r} is not a time of day")
    return time(hours, minutes)


@dataclass(frozen=True)
class TimeWindow:
    days: frozenset[int]
    start: time
    end: time

    def contains(self, now: datetime) -> bool:
        return self.started_on(now) is not None

    def started_on(self, now: datetime) -> date | None:
        """The day whose opening `now` falls in (yesterday, for the small hours of a window
        that runs past midnight), or None when the window is shut."""
        clock = now.time()
        if self.start <= self.end:
            inside = now.weekday() in self.days and self.start <= clock < self.end
            return now.date() if inside else None
        # Past midnight: the evening part today, or the small hours after yesterday's start.
        if now.weekday() in self.days and clock >= self.start:
            return now.date()
        if (now.weekday() - 1) % 7 in self.days and clock < self.end:
            return now.date() - timedelta(days=1)
        return None

    def to_record(self) -> dict[str, Any]:
        end = "24:00" if self.end == time.max else self.end.strftime("%H:%M")
        return {"days": sorted(self.days), "start": self.start.strftime("%H:%M"), "end": end}


def parse_hours(text: str) -> TimeWindow:
    """`--hours 09:00-18:00`: every day between those times."""
    parts = re.split(r"\s*[-–]\s*", str(text).strip())
    if len(parts) != 2:
        raise ValueError(f"{text!r}: write opening hours as HH:MM-HH:MM, e.g. 09:00-18:00")
    start, end = parse_hhmm(parts[0]), parse_hhmm(parts[1])
    if start == end:
        raise ValueError(f"{text!r}: the opening and closing times are the same")
    return TimeWindow(ALL_DAYS, start, end)


def windows_from_record(raw: Iterable[dict[str, Any]] | None) -> list[TimeWindow]:
    """The windows stored on a playlist; a malformed one is logged and ignored."""
    out = []
    for entry in raw or []:
        try:
            days = entry.get("days")
            day_set = ALL_DAYS if days in (None, []) else frozenset(int(d) % 7 for d in days)
            out.append(TimeWindow(day_set, parse_hhmm(entry.get("start", "00:00")),
                                  parse_hhmm(entry.get("end", "24:00"))))
        except (ValueError, TypeError, AttributeError) as error:
            log.warning("ignoring a malformed playlist window %r: %s", entry, error)
    return out


@dataclass(frozen=True)
class Schedule:
    """When one playlist plays: its run, its closed days and its weekly windows."""

    windows: tuple[TimeWindow, ...] = ()
    runs_from: date | None = None
    runs_until: date | None = None
    closed: frozenset[date] = frozenset()

    def open_day(self, day: date) -> bool:
        if self.runs_from and day < self.runs_from:
            return False
        if self.runs_until and day > self.runs_until:
            return False
        return day not in self.closed

    def plays(self, now: datetime) -> bool:
        if not self.windows:
            return self.open_day(now.date())
        return any((d := w.started_on(now)) is not None and self.open_day(d)
                   for w in self.windows)

    def next_start(self, now: datetime, horizon_days: int = 400) -> datetime | None:
        """The next moment it starts playing after `now` (within about a year), or None."""
        for ahead in range(horizon_days + 1):
            day = now.date() + timedelta(days=ahead)
            if not self.open_day(day):
                continue
            starts = [datetime.combine(day, w.start, tzinfo=now.tzinfo) for w in self.windows
                      if day.weekday() in w.days] if self.windows else [
                datetime.combine(day, time.min, tzinfo=now.tzinfo)]
            later = [t for t in starts if t > now]
            if later:
                return min(later)
        return None


def _day(value: Any) -> date | None:
    try:
        return date.fromisoformat(str(value)) if value else None
    except ValueError:
        log.warning("ignoring a malformed playlist day %r", value)
        return None


def schedule_from_record(record: dict[str, Any]) -> Schedule:
    closed = frozenset(d for d in map(_day, record.get("closed_days") or []) if d)
    return Schedule(tuple(windows_from_record(record.get("windows"))),
                    _day(record.get("runs_from")), _day(record.get("runs_until")), closed)


def parse_days_text(text: str) -> list[str]:
    """"2026-12-31, 2027-01-01..2027-01-08" → every day named, as YYYY-MM-DD, in order."""
    days: set[date] = set()
    for chunk in filter(None, (c.strip() for c in re.split(r"[,;\s]+(?![.])", str(text)))):
        first, _, last = chunk.partition("..")
        try:
            start = date.fromisoformat(first.strip())
            end = date.fromisoformat(last.strip()) if last else start
        except ValueError:
            raise ValueError(f"{chunk!r}: write a day as YYYY-MM-DD, or a span as "
                             "YYYY-MM-DD..YYYY-MM-DD") from None
        if end < start:
            raise ValueError(f"{chunk!r}: the span ends before it starts")
        if (end - start).days > 366:
            raise ValueError(f"{chunk!r}: a closed span of more than a year; shorten the run "
                             "instead")
        days.update(start + timedelta(days=i) for i in range((end - start).days + 1))
    return [d.isoformat() for d in sorted(days)]


def format_days(days: Iterable[str] | None) -> str:
    """The inverse of `parse_days_text`: runs of consecutive days written as spans."""
    parsed = sorted(d for d in map(_day, days or []) if d)
    spans: list[list[date]] = []
    for day in parsed:
        if spans and spans[-1][-1] + timedelta(days=1) == day:
            spans[-1].append(day)
        else:
            spans.append([day])
    return ", ".join(s[0].isoformat() if len(s) == 1 else f"{s[0]}..{s[-1]}" for s in spans)


def _day_set(text: str) -> frozenset[int]:
    days: set[int] = set()
    names = [n.lower() for n in DAY_NAMES]
    for part in text.split(","):
        bounds = [b.strip().lower()[:3] for b in re.split(r"[-–]", part)]
        if not all(b in names for b in bounds) or len(bounds) > 2:
            raise ValueError(f"{part.strip()!r}: name days as Mon, Tue … Sun (e.g. Mon-Fri)")
        first, last = names.index(bounds[0]), names.index(bounds[-1])
        days.update((first + i) % 7 for i in range((last - first) % 7 + 1))
    return frozenset(days)


def parse_windows_text(text: str) -> list[dict[str, Any]]:
    """A curator's line such as "Mon-Fri 09:00-18:00; Sat,Sun 10:00-16:00" → window records.

    Days may be left out ("10:00-16:00" means every day); an empty line means always.
    """
    out = []
    for chunk in filter(None, (c.strip() for c in str(text).split(";"))):
        match = re.match(r"^(?:([A-Za-z,\s–-]+?)\s+)?(\d{1,2}[:.]\d{2}\s*[-–]\s*\d{1,2}[:.]\d{2})$",
                         chunk)
        if not match:
            raise ValueError(f"{chunk!r}: write a window as e.g. Mon-Fri 09:00-18:00")
        window = parse_hours(match[2])
        days = _day_set(match[1]) if match[1] else ALL_DAYS
        out.append(TimeWindow(days, window.start, window.end).to_record())
    return out


def format_windows(windows: Iterable[dict[str, Any]] | None) -> str:
    """The inverse of `parse_windows_text`, for showing stored windows in an editor."""
    chunks = []
    for window in windows_from_record(windows):
        record = window.to_record()
        hours = f"{record['start']}-{record['end']}"
        chunks.append(hours if window.days == ALL_DAYS
                      else f"{_format_days(window.days)} {hours}")
    return "; ".join(chunks)


def _format_days(days: frozenset[int]) -> str:
    runs: list[list[int]] = []
    for day in sorted(days):
        if runs and runs[-1][-1] == day - 1:
            runs[-1].append(day)
        else:
            runs.append([day])
    return ",".join(DAY_NAMES[r[0]] if len(r) == 1 else f"{DAY_NAMES[r[0]]}-{DAY_NAMES[r[-1]]}"
                    for r in runs)


# -- what plays -----------------------------------------------------------------------------
@dataclass(frozen=True)
class Slide:
    work_id: str
    caption: str | None = None      # replaces the title line when the curator set one
    duration_s: float | None = None  # None: the playlist's default, else the show's interval


def find_playlist(catalog: Any, name: str) -> dict[str, Any]:
    """A playlist by id, else by name (ignoring case). Raises NotFound."""
    try:
        return catalog.get_record("playlists", name)
    except NotFound:
        pass
    wanted = name.strip().casefold()
    for record in catalog.list_records("playlists"):
        if str(record.get("name") or "").strip().casefold() == wanted:
            return record
    raise NotFound(f"there is no playlist {name!r} (see: gallery playlists list)")


def search_ids(catalog: Any, text: str = "", filters: dict[str, Any] | None = None,
               sort: str = "date") -> list[str]:
    """Every work id a search finds, page by page."""
    ids: list[str] = []
    while True:
        result = catalog.search(text or "", filters or {}, sort=sort, limit=PAGE,
                                offset=len(ids), facets=False)
        ids.extend(row.id for row in result.rows)
        if not result.rows or len(ids) >= result.total:
            return ids


def whole_catalog(catalog: Any) -> list[Slide]:
    """Without a playlist the whole catalog plays, oldest first."""
    return [Slide(work_id) for work_id in search_ids(catalog, sort="date")]


def resolve(catalog: Any, record: dict[str, Any]) -> list[Slide]:
    """The slides of one playlist now: its items (works in the trash left out) or its search."""
    default = record.get("default_duration_s")
    if record.get("kind") == "search":
        query = record.get("query") or {}
        try:
            ids = search_ids(catalog, query.get("text") or "", query.get("filters") or {})
        except ValueError as error:  # an unknown filter saved by a newer program
            log.warning("playlist %s: cannot evaluate its search: %s", record.get("id"), error)
            return []
        return [Slide(work_id, None, default) for work_id in ids]
    live = set(catalog.work_ids())
    return [Slide(item["work_id"], item.get("caption") or None,
                  item.get("duration_s") or default)
            for item in record.get("items") or [] if item.get("work_id") in live]


@dataclass(frozen=True)
class Program:
    """What the show plays now."""

    slides: tuple[Slide, ...]
    playlist_id: str | None = None  # None: the whole catalog
    closed: bool = False            # named playlists exist but none is inside its windows
    opens_at: datetime | None = None
    version: int = 0                # the catalog's data_version it was resolved at


@dataclass
class ProgramSource:
    """Picks the first named playlist inside its windows and resolves it.

    Records are reloaded and slides re-resolved only when the catalog's data_version moved,
    so polling at every slide costs one tiny query.
    """

    names: Sequence[str] = ()
    _version: int | None = None
    _records: list[dict[str, Any]] = field(default_factory=list)
    _resolved: dict[str | None, tuple[Slide, ...]] = field(default_factory=dict)

    def current(self, catalog: Any, now: datetime) -> Program:
        version = catalog.data_version()
        if version != self._version:
            self._reload(catalog)
            self._version = version
        if not self._records:
            return Program(self._slides(catalog, None), None, version=version)
        schedules = [(record, schedule_from_record(record)) for record in self._records]
        for record, schedule in schedules:
            if schedule.plays(now):
                return Program(self._slides(catalog, record), record["id"], version=version)
        starts = [t for _, s in schedules if (t := s.next_start(now)) is not None]
        return Program((), None, closed=True, opens_at=min(starts) if starts else None,
                       version=version)

    def _reload(self, catalog: Any) -> None:
        self._resolved.clear()
        self._records = []
        for name in self.names:
            try:
                self._records.append(find_playlist(catalog, name))
            except NotFound as error:
                log.warning("%s; skipping it", error)
        if self.names and not self._records:
            log.warning("none of the playlists %s exists; playing the whole catalog",
                        ", ".join(self.names))

    def _slides(self, catalog: Any, record: dict[str, Any] | None) -> tuple[Slide, ...]:
        key = record["id"] if record else None
        if key not in self._resolved:
            slides = resolve(catalog, record) if record else whole_catalog(catalog)
            self._resolved[key] = tuple(slides)
        return self._resolved[key]
