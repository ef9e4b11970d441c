"""Time-axis arithmetic shared by the timeline views: dates as fractional years, year ticks
whose labels never collide, and greedy row packing for labels.

Qt-free on purpose (label widths come in as numbers), so the geometry is easy to test.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

_ISO_DAY = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?")


def year_of(iso: str | None, end: bool = False) -> float | None:
    """'1965-03-18' → 1965.21; with end=True the end of that day (so a year spans 1.0).

    Accepts 'YYYY', 'YYYY-MM' and 'YYYY-MM-DD'; anything else gives None.
    """
    if not iso:
        return None
    m = _ISO_DAY.match(str(iso).strip())
    if not m:
        return None
    year = int(m[1])
    month = int(m[2] or (12 if end else 1))
    days_in_month = calendar.monthrange(year, max(1, min(12, month)))[1]
    day = int(m[3] or (days_in_month if end else 1))
    try:
        day_of_year = dt.date(year, month, day).timetuple().tm_yday
    except ValueError:
        return None
    length = 366 if calendar.isleap(year) else 365
    return year + (day_of_year - (0 if end else 1)) / length


def today_year(today: dt.date | None = None) -> float:
    day = today or dt.date.today()
    return year_of(day.isoformat(), end=True) or float(day.year)


@dataclass(frozen=True)
class Tick:
    year: int
    x: float
    major: bool
    label: str


TICK_STEPS = (1, 2, 5, 10, 20, 25, 50, 100)


def ticks(first: float, last: float, to_x: Callable[[float], float],
          label_width: Callable[[str], float], gap: float = 14.0,
          anchors: Sequence[int] = ()) -> list[Tick]:
    """Year ticks between first and last; labelled ticks never overlap.

    Picks the finest step whose labels fit at the local scale; the scale may vary along the
    axis (a piecewise axis), so labels are also skipped greedily where they would collide.
    Unlabelled minor ticks mark the finer years where they are at least 5 px apart.
    `anchors` are years labelled first (a creation year, a birth year); the rest make room.
    """
    if last <= first:
        return []
    start, stop = int(first) if first >= 0 else int(first) - 1, int(last) + 1
    out: list[Tick] = []
    # The step follows the average scale; greedy skipping below copes with local squeeze.
    per_year = (to_x(last) - to_x(first)) / (last - first)
    widest = label_width("0000") + gap
    step = next((s for s in TICK_STEPS if s * per_year >= widest), TICK_STEPS[-1])
    minor = 1 if step <= 10 else step // 5
    taken: list[tuple[float, float]] = []  # labelled extents so far

    def free(x0: float, x1: float) -> bool:
        return all(x1 + gap <= a or x0 >= b + gap for a, b in taken)

    anchored = set()
    for year in anchors:
        if first <= year <= last:
            x, half = to_x(year), label_width(str(year)) / 2
            if free(x - half, x + half):
                taken.append((x - half, x + half))
                anchored.add(year)
    previous_minor_x = float("-inf")
    for year in range(start, stop + 1):
        if not first <= year <= last:
            continue
        x = to_x(year)
        if year in anchored:
            out.append(Tick(year, x, True, str(year)))
            previous_minor_x = x
        elif year % step == 0:
            text = str(year)
            half = label_width(text) / 2
            if free(x - half, x + half):
                out.append(Tick(year, x, True, text))
                taken.append((x - half, x + half))
            else:
                out.append(Tick(year, x, False, ""))
            previous_minor_x = x
        elif year % minor == 0 and x - previous_minor_x >= 5:
            out.append(Tick(year, x, False, ""))
            previous_minor_x = x
    return out


def pack_rows(spans: Sequence[tuple[float, float]], gap: float = 8.0) -> list[int]:
    """Greedy interval packing: the row index for each (x0, x1) so no two in a row overlap.

    Spans are taken in the order given (callers sort by x0); each goes into the first row
    whose last span ended at least `gap` before it starts.
    """
    row_ends: list[float] = []
    rows: list[int] = []
    for x0, x1 in spans:
        for index, end in enumerate(row_ends):
            if x0 >= end + gap:
                row_ends[index] = x1
                rows.append(index)
                break
        else:
            row_ends.append(x1)
            rows.append(len(row_ends) - 1)
    return rows


def short_title(title: str) -> str:
    """A label-sized title: drops trailing parenthetical notes ('(stamp)', '(series record)')."""
    text = " ".join((title or "").split())
    shorter = re.sub(r"\s*\([^()]*\)\s*$", "", text)
    return shorter or text


_MONTH_ABBR = {
    "en": ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"),
    "ru": ("янв.", "февр.", "марта", "апр.", "мая", "июня", "июля", "авг.", "сент.", "окт.",
           "нояб.", "дек."),
}
_ISO_RANGE = re.compile(r"^(\d{4})-(\d{2})-(\d{2})(?:\s*/\s*(\d{4})-(\d{2})-(\d{2}))?$")


_ISO_MONTH = re.compile(r"\b(\d{4})-(\d{2})\b(?!-)")
_UNDATED = {"", "unknown", "undated", "n.d.", "nd", "?", "date unknown", "неизвестно"}
_RU_WORDS = ((re.compile(r"\bpresent\b", re.I), "наст. время"),
             (re.compile(r"^after\b", re.I), "после"), (re.compile(r"^before\b", re.I), "до"),
             (re.compile(r"^by\b", re.I), "не позднее"), (re.compile(r"^(?:ca?\.|circa)\s*", re.I),
                                                             "ок. "),
             (re.compile(r"\(probable\)", re.I), "(вероятно)"))


def pretty_date(display: str | None, lang: str = "en") -> str:
    """ISO days as people write them ('1965-03-18/1965-03-19' → '18–19 Mar 1965').

    Other display text (a curator's 'ca. 1970', 'by 1982') is kept, with its few English
    qualifier words said in Russian when lang is 'ru'; "unknown" and the like give ''.
    """
    text = (display or "").strip()
    if text.lower() in _UNDATED:
        return ""
    m = _ISO_RANGE.match(text)
    if not m:
        months = _MONTH_ABBR.get(lang, _MONTH_ABBR["en"])
        text = _ISO_MONTH.sub(lambda d: f"{months[int(d[2]) - 1]} {d[1]}"
                              if 1 <= int(d[2]) <= 12 else d[0], text)
        if lang == "ru":
            for pattern, word in _RU_WORDS:
                text = pattern.sub(word, text)
        return text
    months = _MONTH_ABBR.get(lang, _MONTH_ABBR["en"])
    y0, m0, d0 = int(m[1]), int(m[2]), int(m[3])
    if not 1 <= m0 <= 12:
        return text
    first = f"{d0} {months[m0 - 1]} {y0}"
    if not m[4]:
        return first
    y1, m1, d1 = int(m[4]), int(m[5]), int(m[6])
    if not 1 <= m1 <= 12:
        return text
    if (y0, m0) == (y1, m1):
        return first if d0 == d1 else f"{d0}–{d1} {months[m0 - 1]} {y0}"
    if y0 == y1:
        return f"{d0} {months[m0 - 1]} – {d1} {months[m1 - 1]} {y1}"
    return f"{first} – {d1} {months[m1 - 1]} {y1}"
