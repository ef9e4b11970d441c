"""The date a reader sees, generated from the stored range and its qualifier, per language.

The truth is the structure: earliest and latest day, a qualifier (exact, circa, before, after,
unknown) and a certainty. The display text is never typed: it is made here, in English or in
Russian ("c. 1970" / "около 1970 г.", "by July 1975" / "не позднее июля 1975 г."). What the
structure cannot say goes to a date note per language, shown beside this text.
"""

from __future__ import annotations

import calendar
from dataclasses import dataclass

QUALIFIERS = ("exact", "circa", "before", "after", "unknown")
_MONTHS_EN = ("January", "February", "March", "April", "May", "June", "July", "August",
              "September", "October", "November", "December")
_MONTHS_RU = ("январь", "февраль", "март", "апрель", "май", "июнь", "июль", "август",
              "сентябрь", "октябрь", "ноябрь", "декабрь")
_MONTHS_RU_OF = ("января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа",
                 "сентября", "октября", "ноября", "декабря")
_WORDS = {
    # The range's edges are included: "by" and "not before" say so, and read back the same.
    "en": {"unknown": "date unknown", "circa": "c. {}", "before": "by {}",
           "after": "not before {}", "probable": "probably {}", "possibly": "possibly {}"},
    "ru": {"unknown": "дата неизвестна", "circa": "около {}", "before": "не позднее {}",
           "after": "не ранее {}", "probable": "вероятно, {}", "possibly": "возможно, {}"},
}


@dataclass(frozen=True)
class _Day:
    year: int
    month: int
    day: int

    @classmethod
    def parse(cls, text: str) -> _Day:
        y, m, d = [*text.split("-"), "01", "01"][:3]
        return cls(int(y), int(m), int(d))

    def month_start(self) -> bool:
        return self.day == 1

    def month_end(self) -> bool:
        return self.day == calendar.monthrange(self.year, self.month)[1]


def _year(year: int, lang: str, plural: bool = False) -> str:
    if lang == "ru":
        return f"{year} {'гг.' if plural else 'г.'}"
    return str(year)


def _month(day: _Day, lang: str, of: bool) -> str:
    if lang == "ru":
        return (_MONTHS_RU_OF if of else _MONTHS_RU)[day.month - 1]
    return _MONTHS_EN[day.month - 1]


def _point(day: _Day, lang: str, grain: str, of: bool) -> str:
    """One edge: a year, a month of a year, or a day."""
    if grain == "year":
        return _year(day.year, lang)
    if grain == "month":
        return f"{_month(day, lang, of)} {_year(day.year, lang)}"
    return f"{day.day} {_month(day, lang, True)} {_year(day.year, lang)}"


def _grain(first: _Day, last: _Day) -> str:
    if (first.month, first.day) == (1, 1) and (last.month, last.day) == (12, 31):
        return "year"
    if first.month_start() and last.month_end():
        return "month"
    return "day"


def _span(first: _Day, last: _Day, lang: str, of: bool) -> str:
    grain = _grain(first, last)
    if grain == "year":
        if first.year == last.year:
            return _year(first.year, lang)
        return f"{first.year}–{_year(last.year, lang, plural=True)}"
    if first.year == last.year and first.month == last.month:
        if grain == "month":
            return _point(first, lang, "month", of)
        if first.day == last.day:
            return _point(first, lang, "day", of)
        return f"{first.day}–{last.day} {_month(first, lang, True)} {_year(first.year, lang)}"
    if first.year == last.year:
        if grain == "month":
            return f"{_month(first, lang, of)}–{_month(last, lang, of)} {_year(first.year, lang)}"
        return (f"{first.day} {_month(first, lang, True)} – "
                f"{last.day} {_month(last, lang, True)} {_year(first.year, lang)}")
    return f"{_point(first, lang, grain, of)} – {_point(last, lang, grain, of)}"


def _edge(day: _Day, lang: str, is_end: bool) -> str:
    """'July 1975' for a month edge, '1975' for a year edge, else the day (genitive in ru)."""
    whole_year = (day.month, day.day) == ((12, 31) if is_end else (1, 1))
    whole_month = day.month_end() if is_end else day.month_start()
    grain = "year" if whole_year else "month" if whole_month else "day"
    return _point(day, lang, grain, of=True)


def _circa(first: _Day, last: _Day, lang: str) -> str:
    """'c. 1970' for a symmetric span of whole years around 1970 (how circa is stored)."""
    if _grain(first, last) == "year" and (last.year - first.year) % 2 == 0:
        return _year((first.year + last.year) // 2, lang)
    if first.year == last.year:  # an approximate date is given to the year, never the day
        return _year(first.year, lang)
    return f"{first.year}–{_year(last.year, lang, plural=True)}"


def date_text(earliest: str | None, latest: str | None, qualifier: str | None = "exact",
              certainty: str | None = "certain", lang: str = "en") -> str:
    """The date as a reader of `lang` ('en' or 'ru') reads it."""
    words = _WORDS["ru" if lang == "ru" else "en"]
    lang = "ru" if lang == "ru" else "en"
    qualifier = qualifier if qualifier in QUALIFIERS else "exact"
    if qualifier == "unknown" or not (earliest or latest):
        return words["unknown"]
    first = _Day.parse(earliest) if earliest else None
    last = _Day.parse(latest) if latest else None
    if first is not None and last is not None and qualifier in ("before", "after") and (
            first.year != last.year):
        qualifier = "exact"  # both edges known, years apart: the range says more
    if last is not None and (qualifier == "before" or first is None):
        text = words["before"].format(_edge(last, lang, is_end=True))
    elif first is not None and (qualifier == "after" or last is None):
        text = words["after"].format(_edge(first, lang, is_end=False))
    elif first is not None and last is not None and qualifier == "circa":
        text = words["circa"].format(_circa(first, last, lang))
    elif first is not None and last is not None:
        text = _span(first, last, lang, of=False)
    else:
        return words["unknown"]
    # "c. 1970" already says the date is not exact: "probably c. 1970" would say it twice.
    if certainty == "possibly" or (certainty == "probable" and qualifier != "circa"):
        text = words[certainty].format(text)
    return text


def _edtf_edge(day: _Day, is_end: bool) -> str:
    """The shortest EDTF for a range edge: 1974-12-31 as an end is 1974, 1975-07-31 is 1975-07."""
    if (day.month, day.day) == ((12, 31) if is_end else (1, 1)):
        return f"{day.year:04d}"
    if day.month_end() if is_end else day.month_start():
        return f"{day.year:04d}-{day.month:02d}"
    return f"{day.year:04d}-{day.month:02d}-{day.day:02d}"


def edtf_mark(qualifier: str | None, certainty: str | None) -> str:
    """EDTF's qualifier: '?' uncertain, '~' approximate, '%' both. EDTF has no degrees of doubt,
    so 'probable' and 'possibly' are both '?'; '%' is only for a doubtful circa date."""
    uncertain = certainty in ("probable", "possibly")
    approximate = qualifier == "circa"
    return "%" if uncertain and approximate else "?" if uncertain else "~" if approximate else ""


def edtf_text(earliest: str | None, latest: str | None, qualifier: str | None = "exact",
              certainty: str | None = "certain") -> str:
    """Extended Date/Time Format (ISO 8601-2, level 1) for the range date_text shows:
    '1970~', '../1975-07', '1968?/1982?'. A mark qualifies only the date it follows, so each
    end of an interval carries its own."""
    qualifier = qualifier if qualifier in QUALIFIERS else "exact"
    if qualifier == "unknown" or not (earliest or latest):
        return ""
    first = _Day.parse(earliest) if earliest else None
    last = _Day.parse(latest) if latest else None
    if first is not None and last is not None and qualifier in ("before", "after") and (
            first.year != last.year):
        qualifier = "exact"  # as date_text: both edges known, years apart, the range says more
    if qualifier == "before" and last is not None:
        first = None
    elif qualifier == "after" and first is not None:
        last = None
    mark = edtf_mark(qualifier, certainty)
    if qualifier == "circa" and first is not None and last is not None and (
            _grain(first, last) == "year" and (last.year - first.year) % 2 == 0):
        return f"{(first.year + last.year) // 2:04d}{mark}"
    start = _edtf_edge(first, False) + mark if first is not None else ".."
    end = _edtf_edge(last, True) + mark if last is not None else ".."
    return start if start == end else f"{start}/{end}"
