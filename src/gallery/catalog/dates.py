"""Museum-style dates: what a curator types becomes display text, a range and a certainty.

A date is never just one day: it is the text to show ("c. 1967"), the earliest and latest ISO
days it may stand for (used for sorting, filtering and the timeline), a certainty word, and an
EDTF string for exports. `parse_date` understands the forms curators type in English and Russian.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass

CERTAINTIES = ("certain", "probable", "possibly", "unknown")

_MONTHS = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
    "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9,
    "sept": 9, "oct": 10, "nov": 11, "dec": 12,
    "январь": 1, "января": 1, "февраль": 2, "февраля": 2, "март": 3, "марта": 3,
    "апрель": 4, "апреля": 4, "май": 5, "мая": 5, "июнь": 6, "июня": 6, "июль": 7,
    "июля": 7, "август": 8, "августа": 8, "сентябрь": 9, "сентября": 9, "октябрь": 10,
    "октября": 10, "ноябрь": 11, "ноября": 11, "декабрь": 12, "декабря": 12,
}  # fmt: skip
_MONTH_NAMES = "|".join(sorted(_MONTHS, key=len, reverse=True))
_CIRCA = re.compile(r"^(?:c\.|ca\.|circa|about|around|около|ок\.|примерно)\s*", re.I)
_BEFORE = re.compile(r"^(?:before|by|until|до|не позднее)\s+", re.I)
_AFTER = re.compile(r"^(?:after|since|from|после|не ранее|с)\s+", re.I)
_DECADE = re.compile(
    r"^(early|mid|late|начало|середина|конец)?[\s-]*(\d{3})0(?:s|'s|-е|-х|е)$", re.I)
_YEAR = re.compile(r"^(\d{4})$")
_YEAR_MONTH = re.compile(rf"^({_MONTH_NAMES})\.?\s+(\d{{4}})$", re.I)
_DAY_MONTH_YEAR = re.compile(rf"^(\d{{1,2}})\s+({_MONTH_NAMES})\.?\s+(\d{{4}})$", re.I)
_MONTH_DAY_YEAR = re.compile(rf"^({_MONTH_NAMES})\.?\s+(\d{{1,2}}),?\s+(\d{{4}})$", re.I)
_ISO = re.compile(r"^(\d{4})-(\d{2})(?:-(\d{2}))?$")
_NUMERIC_DMY = re.compile(r"^(\d{1,2})\.(\d{1,2})\.(\d{4})$")
_RANGE_SPLIT = re.compile(r"\s*(?:/|–|—|\bto\b|\s-\s|(?<=\d)-(?=\d{4}\b)|\bпо\b)\s*")
_UNKNOWN = {"", "unknown", "undated", "n.d.", "nd", "?", "неизвестно", "б.г.", "без даты"}


@dataclass(frozen=True)
class ParsedDate:
    display: str
    earliest: str | None
    latest: str | None
    certainty: str
    edtf: str

    def year_span(self) -> tuple[int | None, int | None]:
        first = int(self.earliest[:4]) if self.earliest else None
        last = int(self.latest[:4]) if self.latest else None
        return first, last


class DateNotUnderstood(ValueError):
    pass


def _day(year: int, month: int, day: int) -> str:
    calendar.monthrange(year, month)  # raises on a month out of range
    if not 1 <= day <= calendar.monthrange(year, month)[1]:
        raise DateNotUnderstood(f"{year}-{month:02d} has no day {day}")
    return f"{year:04d}-{month:02d}-{day:02d}"


def _month_span(year: int, month: int) -> tuple[str, str]:
    if not 1 <= month <= 12:
        raise DateNotUnderstood(f"there is no month {month}")
    last = calendar.monthrange(year, month)[1]
    return f"{year:04d}-{month:02d}-01", f"{year:04d}-{month:02d}-{last:02d}"


def _single(text: str) -> tuple[str, str, str]:
    """Parse one point (year, month or day): earliest, latest, EDTF."""
    text = text.strip().rstrip(".")
    if m := _YEAR.match(text):
        y = int(m[1])
        return f"{y:04d}-01-01", f"{y:04d}-12-31", m[1]
    if m := _ISO.match(text):
        y, mo = int(m[1]), int(m[2])
        if m[3]:
            day = _day(y, mo, int(m[3]))
            return day, day, day
        first, last = _month_span(y, mo)
        return first, last, f"{y:04d}-{mo:02d}"
    if m := _NUMERIC_DMY.match(text):
        day = _day(int(m[3]), int(m[2]), int(m[1]))
        return day, day, day
    if m := _DAY_MONTH_YEAR.match(text):
        day = _day(int(m[3]), _MONTHS[m[2].lower()], int(m[1]))
        return day, day, day
    if m := _MONTH_DAY_YEAR.match(text):
        day = _day(int(m[3]), _MONTHS[m[1].lower()], int(m[2]))
        return day, day, day
    if m := _YEAR_MONTH.match(text):
        y, mo = int(m[2]), _MONTHS[m[1].lower()]
        first, last = _month_span(y, mo)
        return first, last, f"{y:04d}-{mo:02d}"
    if m := _DECADE.match(text):
        part, decade = (m[1] or "").lower(), int(m[2]) * 10
        lo, hi = {"early": (0, 3), "начало": (0, 3), "mid": (3, 6), "середина": (3, 6),
                  "late": (6, 9), "конец": (6, 9)}.get(part, (0, 9))  # fmt: skip
        edtf = f"{decade + lo}/{decade + hi}" if part else f"{decade // 10}X"
        return f"{decade + lo:04d}-01-01", f"{decade + hi:04d}-12-31", edtf
    raise DateNotUnderstood(f"could not read {text!r} as a date")


def parse_date(typed: str | None) -> ParsedDate:
    """Read a date as curators write it; raise DateNotUnderstood with a readable message."""
    display = " ".join((typed or "").split())
    text = display.strip()
    lowered = text.lower()
    if lowered in _UNKNOWN or lowered == "present":
        return ParsedDate(display, None, None, "unknown", "")
    certainty = "certain"
    qualifier = ""
    if text.endswith("?"):
        certainty, qualifier, text = "probable", "?", text[:-1].strip()
    if m := _CIRCA.match(text):
        certainty, qualifier, text = "probable", "~", text[m.end():]
    if re.search(r"\((?:probable|probably)\)$", text, re.I):
        certainty, qualifier = "probable", "?"
        text = re.sub(r"\s*\((?:probable|probably)\)$", "", text, flags=re.I)
    if m := _BEFORE.match(text):
        earliest, latest, edtf = _single(text[m.end():])
        return ParsedDate(display, None, latest, certainty, f"../{edtf}{qualifier}")
    if m := _AFTER.match(text):
        earliest, latest, edtf = _single(text[m.end():])
        return ParsedDate(display, earliest, None, certainty, f"{edtf}{qualifier}/..")
    parts = _RANGE_SPLIT.split(text)
    if len(parts) == 2 and all(parts):
        start = parts[0]
        end = parts[1]
        if end.lower() in {"present", "today", "наст. время", "н.в."}:
            first, _, edtf_first = _single(start)
            return ParsedDate(display, first, None, certainty, f"{edtf_first}{qualifier}/..")
        # "18–19 March 1965": the start borrows the end's month and year.
        if re.fullmatch(r"\d{1,2}", start) and (m := _DAY_MONTH_YEAR.match(end)):
            start = f"{start} {m[2]} {m[3]}"
        first, _, edtf_first = _single(start)
        _, last, edtf_last = _single(end)
        if first > last:
            raise DateNotUnderstood(f"{display!r} ends before it begins")
        return ParsedDate(display, first, last, certainty, f"{edtf_first}/{edtf_last}{qualifier}")
    earliest, latest, edtf = _single(text)
    if qualifier == "~":  # circa widens the range by a few years either side
        earliest = f"{int(earliest[:4]) - 2:04d}-01-01"
        latest = f"{int(latest[:4]) + 2:04d}-12-31"
    return ParsedDate(display, earliest, latest, certainty, f"{edtf}{qualifier}")


def edtf_for(earliest: str | None, latest: str | None, certainty: str) -> str:
    """EDTF for a stored range, for exports of records whose display text is free prose."""
    mark = {"probable": "?", "possibly": "%"}.get(certainty, "")
    if not earliest and not latest:
        return ""

    def short(day: str, is_end: bool) -> str:
        y, m, d = day.split("-")
        if (m, d) == (("12", "31") if is_end else ("01", "01")):
            return y
        last = calendar.monthrange(int(y), int(m))[1]
        if d == (f"{last:02d}" if is_end else "01"):
            return f"{y}-{m}"
        return day

    if earliest and latest:
        a, b = short(earliest, False), short(latest, True)
        return f"{a}{mark}" if a == b else f"{a}/{b}{mark}"
    if earliest:
        return f"{short(earliest, False)}{mark}/.."
    return f"../{short(latest, True)}{mark}"  # type: ignore[arg-type]


def certainty_word(text: str | None) -> str:
    """The leading certainty word of a free-text certainty ("probable (per ZKM)" → probable)."""
    head = (text or "").strip().lower()
    for word in CERTAINTIES:
        if head.startswith(word):
            return word
    return "unknown"
