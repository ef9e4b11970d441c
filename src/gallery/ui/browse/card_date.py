"""A card's date shortened to its width without ever losing the year.

A grid card has one line for the date. "вероятно, не позднее 17 июля 1975 г." does not fit a
small card, and eliding it at the end cut off the one thing a visitor scans for: the year. So
the day and month go first ("вероятно, не позднее 1975 г."), then the qualifier takes its
short form ("вероятно, до 1975 г."), then the certainty word becomes a catalogue's "(?)"
("до 1975 г. (?)"), and last the years stand alone ("1975 г."). A word is never cut in the
middle ("probably n… 1960" read as nothing). The full text stays in the card's tooltip and
accessible name. Qt-free: the caller says what fits.
"""

from __future__ import annotations

import re
from collections.abc import Callable

_MONTHS = (
    "january february march april may june july august september october november december "
    "январь февраль март апрель май июнь июль август сентябрь октябрь ноябрь декабрь "
    "января февраля марта апреля мая июня июля августа сентября октября ноября декабря"
).split()
_DAYS = re.compile(r"^\d{1,2}(?:[–-]\d{1,2})?[,.]?$")
_YEARS = re.compile(r"\d{4}")
_DASHES = {"–", "-", "—"}
_RU_YEAR_MARKS = {"г.", "гг.", "г", "гг"}
# the qualifiers gallery.catalog.date_text writes, in their short forms (the edges of the
# range are included either way: "from 1960" is "not before 1960")
_SHORT_QUALIFIERS = {"not before": "from", "не ранее": "с", "не позднее": "до", "около": "ок."}
_UNCERTAIN = ("probably", "possibly", "вероятно,", "возможно,")


def _is_day_or_month(token: str) -> bool:
    return bool(_DAYS.match(token)) or token.lower().strip(",.") in _MONTHS


def short_forms(text: str) -> tuple[str, str, str] | None:
    """(qualifier, years, the short date) for a date with a year, else None.

    "вероятно, 1 января 1964 г. – 17 марта 1965 г." → ("вероятно,", "1964–1965 гг.",
    "вероятно, 1964–1965 гг."); "probably by September 1999" → ("probably by", "1999",
    "probably by 1999").
    """
    years = list(dict.fromkeys(_YEARS.findall(text)))
    if not years:
        return None
    russian = any(mark in text.split() for mark in _RU_YEAR_MARKS)
    span = "–".join((years[0], years[-1])) if len(years) > 1 else years[0]
    if russian:
        span += " гг." if len(years) > 1 else " г."
    first_year = text.find(years[0])
    words = [w for w in text[:first_year].split()
             if not _is_day_or_month(w) and w not in _DASHES]
    qualifier = " ".join(words)
    return qualifier, span, f"{qualifier} {span}".strip()


def compact_forms(qualifier: str, span: str) -> list[str]:
    """Shorter and shorter forms of a short date, longest first, each of whole words:
    "probably not before", "1960" → ["probably from 1960", "from 1960 (?)", "1960 (?)"]."""
    words = qualifier.split()
    uncertain = bool(words) and words[0] in _UNCERTAIN
    rest = " ".join(words[1:] if uncertain else words)
    compact = _SHORT_QUALIFIERS.get(rest, rest)
    forms = []
    if uncertain:
        forms.append(" ".join(w for w in (words[0], compact, span) if w))
        forms.append(" ".join(w for w in (compact, span, "(?)") if w))
        forms.append(f"{span} (?)")
    elif compact:
        forms.append(f"{compact} {span}")
    return [f for f in dict.fromkeys(forms) if f != f"{qualifier} {span}".strip()]


def fit_date(text: str, fits: Callable[[str], bool],
             elide: Callable[[str, int], str], width: int, full: bool = True) -> str:
    """The longest form of `text` that fits `width`, keeping the year (see the module).

    `fits(s)` says whether s fits; `elide(s, w)` shortens s to w with an ellipsis at its end
    (only a text with no year). `full=False` starts from the short forms (the same date in
    the other language does not fit whole: a card says no more in one than in the other)."""
    if fits(text) and (full or short_forms(text) is None):
        return text
    forms = short_forms(text)
    if forms is None:  # no year to keep ("date unknown"): an ordinary ellipsis
        return elide(text, width)
    qualifier, span, short = forms
    for form in (short, *compact_forms(qualifier, span)):
        if fits(form):
            return form
    return span
