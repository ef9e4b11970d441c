"""Museum-style dates: what a curator types becomes display text, a range and a certainty.

A date is never just one day: it is the text to show ("c. 1967"), the earliest and latest ISO
days it may stand for (used for sorting, filtering and the timeline), a certainty word, and an
EDTF string for exports. `parse_date` understands the forms curators type in English and Russian.
"""

from __future__ import annotations

import calendar
import datetime
import re
from dataclasses import dataclass

from ..lazy import lazy_pattern
from .problems import Problem

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
_HEDGE = lazy_pattern(r"^(probably|possibly|вероятно|возможно),?\s+", re.I)
_NO_YEAR = lazy_pattern(rf"^(?:\d{{1,2}}\s+)?(?:{_MONTH_NAMES})\.?$", re.I)
_CIRCA = lazy_pattern(r"^(?:c\.|ca\.|circa|about|around|около|ок\.|примерно)\s*", re.I)
# "before 1975" leaves 1975 out; "by 1975" / "not after 1975" keep it (and so for after).
_BEFORE = lazy_pattern(r"^(?:before|до)\s+", re.I)
_BY = lazy_pattern(r"^(?:by|until|not after|no later than|не позднее|не позже)\s+", re.I)
_OR_LATER = lazy_pattern(r"^(.+?)\s+or\s+(later|earlier)$", re.I)  # "1968 or later"
# Any of the four bounds above, to find a qualifier after it ("by about 2011").
_OPEN_ENDED = lazy_pattern(r"^((?:before|до|by|until|not after|no later than|не позднее|не позже|"
                           r"after|после|since|from|not before|no earlier than|не ранее|не раньше|"
                           r"с)\s+)(.*)$", re.I)
_AFTER = lazy_pattern(r"^(?:after|после)\s+", re.I)
_SINCE = lazy_pattern(r"^(?:since|from|not before|no earlier than|не ранее|не раньше|с)\s+",
                      re.I)
_BETWEEN = lazy_pattern(r"^(?:between|между)\s+(.+?)\s+(?:and|и)\s+(.+)$", re.I)
_EITHER = lazy_pattern(r"^(.+?)\s+(?:or|или)\s+(.+)$", re.I)
_SHORT_RANGE = lazy_pattern(r"^(\d{2})(\d{2})\s*[-–/]\s*(\d{2})$")  # 1967-68, 1967/68
_BRACKETS = lazy_pattern(r"^\[(.+)\]$")  # a date the cataloguer supplied, not on the work
_RUSSIAN_YEAR = lazy_pattern(r"\s*(?:гг?\.?|годы|годов|года|году|год)$", re.I)
_CENTURY = lazy_pattern(
    r"^(early|mid|late|начало|середина|конец)?[\s-]*"
    r"(\d{1,2})(?:st|nd|rd|th|-?й|-?го)?\s+(?:century|c\.|век|века)$", re.I)
_ROMAN = {"xv": 15, "xvi": 16, "xvii": 17, "xviii": 18, "xix": 19, "xx": 20, "xxi": 21}
_SEASONS = {"spring": 21, "summer": 22, "autumn": 23, "fall": 23, "winter": 24,
            "весна": 21, "весной": 21, "лето": 22, "летом": 22, "осень": 23, "осенью": 23,
            "зима": 24, "зимой": 24}
_SEASON = lazy_pattern(rf"^({'|'.join(_SEASONS)})\s+(\d{{4}})$", re.I)
_DECADE = lazy_pattern(
    r"^(early|mid|late|начало|середина|конец)?[\s-]*(\d{3})0(?:s|'s|-е|-х|е)$", re.I)
_YEAR = lazy_pattern(r"^(\d{4})$")
_YEAR_MONTH = lazy_pattern(rf"^({_MONTH_NAMES})\.?\s+(\d{{4}})$", re.I)
_DAY_MONTH_YEAR = lazy_pattern(rf"^(\d{{1,2}})\s+({_MONTH_NAMES})\.?\s+(\d{{4}})$", re.I)
_MONTH_DAY_YEAR = lazy_pattern(rf"^({_MONTH_NAMES})\.?\s+(\d{{1,2}}),?\s+(\d{{4}})$", re.I)
_ISO = lazy_pattern(r"^(\d{4})-(\d{2})(?:-(\d{2}))?$")
_NUMERIC_DMY = lazy_pattern(r"^(\d{1,2})\.(\d{1,2})\.(\d{4})$")
_RANGE_SPLIT = lazy_pattern(r"\s*(?:/|–|—|\bto\b|\s-\s|(?<=\d)-(?=\d{4}\b|present\b)|\bпо\b)\s*")
# "2015-05" is May 2015 (ISO), not the short range 2015–2005 that "1967-68" would suggest.
_ISO_MONTH = lazy_pattern(r"^\d{4}-(0[1-9]|1[0-2])$")
_UNKNOWN = {"", "unknown", "undated", "n.d.", "nd", "?", "неизвестно", "б.г.", "без даты",
            "date unknown", "unknown date", "дата неизвестна"}


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


def _season(year: int, code: int) -> tuple[str, str, str]:
    """Northern seasons by months; winter 1967 is December 1966 to February 1967."""
    if code == 24:
        return f"{year - 1:04d}-12-01", _month_span(year, 2)[1], f"{year:04d}-24"
    first_month = {21: 3, 22: 6, 23: 9}[code]
    return (_month_span(year, first_month)[0], _month_span(year, first_month + 2)[1],
            f"{year:04d}-{code}")


def _roman_century(text: str) -> str:
    """'XX век' → '20 век'."""
    return " ".join(str(_ROMAN.get(w.lower(), w)) for w in text.split())


def _century(number: int, part: str) -> tuple[str, str, str]:
    """The 20th century is read as 1900–1999, as EDTF's 19XX."""
    if not 1 <= number <= 30:
        raise DateNotUnderstood(f"there is no {number}th century to read")
    start = (number - 1) * 100
    lo, hi = {"early": (0, 32), "начало": (0, 32), "mid": (33, 66), "середина": (33, 66),
              "late": (67, 99), "конец": (67, 99)}.get(part, (0, 99))  # fmt: skip
    edtf = f"{start + lo:04d}/{start + hi:04d}" if part else f"{number - 1:02d}XX"
    return f"{start + lo:04d}-01-01", f"{start + hi:04d}-12-31", edtf


def _single(text: str) -> tuple[str, str, str]:
    """Parse one point (year, month, day, season, decade, century): earliest, latest, EDTF."""
    text = _RUSSIAN_YEAR.sub("", text.strip()).rstrip(".").strip()
    text = re.sub(r"^(?:in|в)\s+", "", text, flags=re.I)
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
    if m := _SEASON.match(text):
        return _season(int(m[2]), _SEASONS[m[1].lower()])
    if m := _CENTURY.match(_roman_century(text)):
        return _century(int(m[2]), (m[1] or "").lower())
    if m := _DECADE.match(text):
        part, decade = (m[1] or "").lower(), int(m[2]) * 10
        lo, hi = {"early": (0, 3), "начало": (0, 3), "mid": (3, 6), "середина": (3, 6),
                  "late": (6, 9), "конец": (6, 9)}.get(part, (0, 9))  # fmt: skip
        edtf = f"{decade + lo}/{decade + hi}" if part else f"{decade // 10}X"
        return f"{decade + lo:04d}-01-01", f"{decade + hi:04d}-12-31", edtf
    raise DateNotUnderstood(f"could not read {text!r} as a date")


def parse_date(typed: str | None) -> ParsedDate:
    """Read a date as curators write it; raise DateNotUnderstood with a readable message.

    A date followed by a note ("1972 (Scott: 14 September 1972)", "March 1965, during the
    flight", "15–21 July 1975; docking 17 July") is read from the part that is a date: the
    first such part, the whole text staying the display."""
    try:
        return _parse(typed)
    except DateNotUnderstood as error:
        display = " ".join((typed or "").split())
        for part in _NOTE_BREAK.split(display):
            if not part.strip() or part.strip() == display:
                continue
            try:
                found = _parse(part)
            except DateNotUnderstood as wrong:
                if _IMPOSSIBLE.search(str(wrong)):
                    raise wrong from None  # "1975-02-30 (note)": a wrong date, not a note
                continue
            if found.earliest or found.latest:
                return ParsedDate(display, found.earliest, found.latest, found.certainty,
                                  found.edtf)
        raise error


_IMPOSSIBLE = lazy_pattern(r"has no day|ends before it begins")
_NOTE_BREAK = lazy_pattern(r"\s*[;(),]\s*|\)")


def _parse(typed: str | None) -> ParsedDate:
    display = " ".join((typed or "").split())
    text = display.strip()
    lowered = text.lower()
    if lowered in _UNKNOWN or lowered == "present":
        return ParsedDate(display, None, None, "unknown", "")
    certainty = "certain"
    qualifier = ""
    if m := _HEDGE.match(text):  # as the catalog writes it: "probably c. 1970"
        certainty = "probable" if m[1].lower() in ("probably", "вероятно") else "possibly"
        qualifier, text = "?" if certainty == "probable" else "%", text[m.end():]
        inner = _parse(text)
        return ParsedDate(display, inner.earliest, inner.latest, certainty,
                          inner.edtf.rstrip("?%~") + qualifier if inner.edtf else "")
    if m := _BRACKETS.match(text):  # supplied by the cataloguer: probable at best
        certainty, qualifier, text = "probable", "?", m[1].strip()
    if text.endswith("?"):
        certainty, qualifier, text = "probable", "?", text[:-1].strip()
    if m := _CIRCA.match(text):
        certainty, qualifier, text = "probable", "~", text[m.end():]
    if re.search(r"\((?:probable|probably)\)$", text, re.I):
        certainty, qualifier = "probable", "?"
        text = re.sub(r"\s*\((?:probable|probably)\)$", "", text, flags=re.I)
    if m := _OR_LATER.match(text):
        text = f"{'since' if m[2].lower() == 'later' else 'by'} {m[1]}"
    if (m := _OPEN_ENDED.match(text)) and (c := _CIRCA.match(m[2])):  # "by about 2011"
        certainty, qualifier = "probable", "~"
        text = m[1] + m[2][c.end():]
    if m := _BEFORE.match(text):
        earliest, _, _ = _single(text[m.end():])
        latest = _shift(earliest, -1)
        return ParsedDate(display, None, latest, certainty,
                          f"../{_short(latest, True)}{qualifier}")
    if m := _BY.match(text):
        _, latest, edtf = _single(text[m.end():])
        return ParsedDate(display, None, latest, certainty, f"../{edtf}{qualifier}")
    if m := _AFTER.match(text):
        _, latest, _ = _single(text[m.end():])
        earliest = _shift(latest, 1)
        return ParsedDate(display, earliest, None, certainty,
                          f"{_short(earliest, False)}{qualifier}/..")
    if m := _SINCE.match(text):
        earliest, _, edtf = _single(text[m.end():])
        return ParsedDate(display, earliest, None, certainty, f"{edtf}{qualifier}/..")
    if (m := _SHORT_RANGE.match(text)) and not _ISO_MONTH.match(text):
        century, year_from, year_to = m[1], int(m[2]), int(m[3])
        if year_to <= year_from:
            raise DateNotUnderstood(f"{display!r} ends before it begins")
        text = f"{century}{year_from:02d}–{century}{year_to:02d}"
    if m := _BETWEEN.match(text):
        text = f"{m[1]} – {m[2]}"
    if m := _EITHER.match(text):
        first, _, edtf_first = _single(m[1])
        _, last, edtf_last = _single(m[2])
        if first > last:
            raise DateNotUnderstood(f"{display!r}: give the earlier date first")
        return ParsedDate(display, first, last, certainty,
                          f"[{edtf_first},{edtf_last}]{qualifier}")
    parts = _RANGE_SPLIT.split(text)
    if len(parts) == 2 and all(parts):
        start = parts[0]
        end = parts[1]
        if end.lower() in {"present", "today", "наст. время", "н.в."}:
            first, _, edtf_first = _single(start)
            return ParsedDate(display, first, None, certainty, f"{edtf_first}{qualifier}/..")
        # "18–19 March 1965": the start borrows the end's month and year.
        if re.fullmatch(r"\d{1,2}", start) and (
                m := _DAY_MONTH_YEAR.match(_RUSSIAN_YEAR.sub("", end))):
            start = f"{start} {m[2]} {m[3]}"
        # "14 September – 4 October 1972", "March–May 1965": the start borrows the year.
        elif _NO_YEAR.match(start) and (y := re.search(r"(\d{4})(\s*г\.?)?$", end)):
            start = f"{start} {y[1]}"
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


def _shift(day: str, days: int) -> str:
    return (datetime.date.fromisoformat(day) + datetime.timedelta(days=days)).isoformat()


def _short(day: str, is_end: bool) -> str:
    """The shortest EDTF for a range edge: 1974-12-31 as an end is 1974."""
    y, m, d = day.split("-")
    if (m, d) == (("12", "31") if is_end else ("01", "01")):
        return y
    last = calendar.monthrange(int(y), int(m))[1]
    if d == (f"{last:02d}" if is_end else "01"):
        return f"{y}-{m}"
    return day


def day_problem(value: object, partial: bool = False) -> str | None:
    """Why a stored date is not a real day (1975-02-30), or None; `partial` allows YYYY and
    YYYY-MM. Text in other shapes is not judged here."""
    text = str(value or "")
    if m := re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})", text):
        try:
            datetime.date(int(m[1]), int(m[2]), int(m[3]))
        except ValueError:
            return Problem(f"{text} is not a day in the calendar",
                           f"{text} — такого дня в календаре нет")
    elif partial and (m := re.fullmatch(r"\d{4}-(\d{2})", text)) and not 1 <= int(m[1]) <= 12:
        return Problem(f"{text} has no month {m[1]}", f"в {text} нет месяца {m[1]}")
    return None


def certainty_word(text: str | None) -> str:
    """The leading certainty word of a free-text certainty ("probable (per ZKM)" → probable)."""
    head = (text or "").strip().lower()
    for word in CERTAINTIES:
        if head.startswith(word):
            return word
    return "unknown"
