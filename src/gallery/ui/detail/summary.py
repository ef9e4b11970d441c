"""The plain summary block at the head of a work's page, as museum collection pages give it
(maker, title, date, medium and support, size, holder, credit line), and the citation that
"Cite this work" copies: the record's permanent id is its catalog id, the id the exports
publish (LIDO's lidoRecID; Linked Art's object/ID.json under the export's base URL)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QCoreApplication

from ...catalog.date_text import date_text
from ..words import date_phrase, holder_phrase, with_mark
from . import reading

Row = tuple[str, str, bool]  # label, value, not in the reader's language


def tr(text: str) -> str:
    return QCoreApplication.translate("WorkSummary", text)


def makers(record: dict[str, Any], vocabulary: Any, lang: str) -> Row:
    """The artists and co-artists: a plain name for the artist, the role said otherwise."""
    from ...catalog.interop.common import role_kind  # (interop: imported when first used)

    names, fallback = [], False
    for person in record.get("people") or []:
        if role_kind(person.get("role")) != "creator":
            continue
        name, missing = reading.text(person, "name", lang)
        plain_artist = person.get("role") == "artist" and person.get("certainty") in (
            None, "", "certain")
        names.append(name if plain_artist or vocabulary is None
                     else reading.person_role(person, vocabulary, lang))
        fallback = fallback or missing
    return tr("Maker"), "; ".join(n for n in names if n), fallback


def summary_rows(record: dict[str, Any], vocabulary: Any, lang: str) -> list[Row]:
    title = reading.title_parts(record, lang)
    date, date_fallback = reading.text(record, "date_display", lang)
    medium, medium_fallback = reading.term_line(record, "medium", lang)
    support, support_fallback = reading.term_line(record, "support", lang)
    size, size_fallback = reading.dimensions_line(record, lang)
    holder, holder_fallback = reading.holder(record, lang)
    credit, credit_fallback = reading.text(record, "credit_line", lang)
    rows: list[Row] = [
        makers(record, vocabulary, lang),
        (tr("Title"), title.text, title.fallback),
        (tr("Date"), date_phrase(date, record.get("date_certainty")), date_fallback),
        (tr("Medium and support"), "; ".join(p for p in (medium, support) if p),
         medium_fallback or support_fallback),
        (tr("Size"), size or tr("not recorded"), size_fallback),
        (tr("Holder"), holder_phrase(holder, record.get("holder_certainty")), holder_fallback),
        (tr("Credit line"), credit or tr("credit line not known"), credit_fallback),
    ]
    return [(label, with_mark(value, fallback, lang), fallback)
            for label, value, fallback in rows if value]


def citation(record: dict[str, Any], vocabulary: Any, lang: str, base_url: str = "",
             today: dt.date | None = None) -> str:
    """'Maker. Title. Date. Leonov Gallery, record ID, URL. Accessed DATE.' in `lang`."""
    from ...catalog.interop.common import PUBLISHER, PUBLISHER_RU, linked_art_url

    day = (today or dt.date.today()).isoformat()
    maker = makers(record, vocabulary, lang)[1]
    title = reading.title_parts(record, lang).text
    date, _ = reading.text(record, "date_display", lang)
    record_id = str(record["id"])
    where = tr("%1, record %2").replace("%1", PUBLISHER_RU if lang == "ru" else PUBLISHER) \
        .replace("%2", record_id)
    if base_url:
        where += ", " + linked_art_url(base_url.rstrip("/"), record_id)
    parts = [p.rstrip(".") for p in (maker, title, date, where) if p]
    accessed = tr("Accessed %1").replace("%1", date_text(day, day, "exact", lang=lang))
    return ". ".join(parts) + ". " + accessed.rstrip(".") + "."
