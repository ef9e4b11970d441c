"""Exhibitions of Leonov's art on the life timeline: when and where his works were shown.

Each dated exhibition is a band over its dates (an open end fades out); its title, city and
generated date are read in the reader's language. An exhibition with no date at all is left
out here (its works' pages still name it).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from ..quotes import typographic_fields
from ..words import date_phrase
from .axis import year_of
from .style import localized

_TEXTS = ("title", "title_ru", "city", "city_ru", "date_display", "date_display_ru",
          "date_certainty", "date_note", "date_note_ru")
OPEN_END = 0.25  # years: how far the band of an exhibition with no closing date fades out


@dataclass
class ExhibitionItem:
    id: str
    start: float
    end: float
    open_end: bool        # no closing date: the band fades out
    texts: dict[str, Any] = field(default_factory=dict)

    def text(self, name: str, lang: str) -> str:
        return localized(self.texts, name, lang)


def exhibition_item(record: dict[str, Any]) -> ExhibitionItem | None:
    """An exhibition with its span; None when it has no date at all."""
    start = year_of(record.get("date_start"))
    end = year_of(record.get("date_end"), end=True)
    if start is None and end is None:
        return None
    if start is None:
        start = end - 1 / 365  # type: ignore[operator]
    open_end = end is None
    if end is None:
        end = start + OPEN_END
    return ExhibitionItem(id=record["id"], start=start, end=max(end, start + 1 / 365),
                          open_end=open_end,
                          texts=typographic_fields({k: record.get(k) for k in _TEXTS}))


def exhibition_text(show: ExhibitionItem, lang: str) -> str:
    """The tooltip and accessible description: title, city, date and its note."""
    lines = [show.text("title", lang) or show.id]
    city = show.text("city", lang)
    if city:
        lines.append(city)
    lines.append(date_phrase(show.text("date_display", lang), show.texts.get("date_certainty")))
    note = show.text("date_note", lang)
    if note:
        lines.append(note)
    return "\n".join(lines)
