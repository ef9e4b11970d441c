"""A work's record read in one language, for the detail page. Qt-free.

Each value comes back as (text, fallback): `fallback` is True when the text shown is not in the
reader's language (the catalog has no text in it yet), so the page can say so beside it.
Controlled values (kind of work, roles, link and event kinds …) are term labels; medium and
support are the store's own generated lines per language.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from ...catalog.terms import Vocabulary

Text = tuple[str, bool]


def text(record: dict[str, Any], field: str, lang: str, joiner: str = "; ") -> Text:
    """`field_ru` for a Russian reader, else `field`; lists are joined with `joiner`."""
    english = _flat(record.get(field), joiner)
    russian = _flat(record.get(f"{field}_ru"), joiner)
    if lang == "ru":
        return (russian, False) if russian else (english, bool(english))
    return (english, False) if english else (russian, bool(russian))


def _flat(value: Any, joiner: str) -> str:
    if value is None:
        return ""
    if isinstance(value, list | tuple):
        return joiner.join(str(v).strip() for v in value if str(v).strip())
    return str(value).strip()


def term_line(record: dict[str, Any], field: str, lang: str) -> Text:
    """The medium or support line. The store writes both languages, but a free-text note
    without its Russian (an older record) makes the Russian line partly English."""
    shown, fallback = text(record, field, lang)
    if lang == "ru" and shown and not fallback:
        english_only = (record.get(f"{field}_note") and not record.get(f"{field}_note_ru")) \
            or (not record.get(f"{field}_terms") and shown == record.get(field))
        fallback = bool(english_only)
    return shown, fallback


def kind_line(record: dict[str, Any], vocabulary: Vocabulary, lang: str) -> Text:
    """'drawing (on a menu card)': the kind of work's label and its note."""
    code = record.get("work_type")
    if not code:
        return "", False
    term = vocabulary.find("work_type", code)
    label = term.text(lang) if term else str(code)
    fallback = term is None and lang == "ru"
    note, note_fallback = text(record, "work_type_note", lang)
    if note:
        label = f"{label} ({note})"
    return label, fallback or note_fallback


def dimensions_line(record: dict[str, Any], lang: str) -> Text:
    sizes = [record.get(k) for k in ("height", "width", "depth")]
    figures = " × ".join(f"{s:g}" for s in sizes if s)
    if lang == "ru":
        figures = figures.replace(".", ",")  # the Russian decimal comma: 5,7 × 2,7 см
    unit = record.get("dimension_unit")
    if figures and unit:
        figures += f" {_UNITS_RU.get(unit, unit) if lang == 'ru' else unit}"
    note, fallback = text(record, "dimensions_note", lang)
    if figures and note:
        return f"{figures} ({note})", fallback
    return figures or note, bool(note) and fallback


_UNITS_RU = {"cm": "см", "mm": "мм", "in": "дюйм.", "m": "м"}


@dataclass(frozen=True)
class Title:
    text: str
    fallback: bool
    mark: str | None      # "translation", "published", "machine", "ours" or None
    other: str | None     # the other language's title, shown when the work is known by it
    other_status: str | None  # "original" or "published" (None: an older record)


def title_parts(record: dict[str, Any], lang: str) -> Title:
    """The title in the reader's language, how it came to be, and the original beside it."""
    shown, fallback = text(record, "title", lang)
    shown = shown or str(record.get("id") or "")
    mine, theirs = ("title_ru_status", "title_status") if lang == "ru" else \
        ("title_status", "title_ru_status")
    own, other_status = record.get(mine), record.get(theirs)
    other_text = str((record.get("title") if lang == "ru" else record.get("title_ru")) or "")
    other_text = other_text.strip()
    if fallback:  # the other language's title stands in: it is what is shown
        return Title(shown, True, None, None, None)
    known = other_status in ("original", "published")  # the title the work is known by
    mark = None
    if own != "original":
        if known:
            mark = {"published": "published", "machine": "machine"}.get(own or "",
                                                                        "translation")
        elif own in ("ours", "machine"):
            mark = own
    if known and own != "original" and other_text and other_text != shown:
        return Title(shown, False, mark, other_text, other_status)
    if own is None and other_status is None and other_text and other_text != shown:
        return Title(shown, False, mark, other_text, None)  # an older record: no statuses
    return Title(shown, False, mark, None, None)


def other_titles(record: dict[str, Any], lang: str) -> list[str]:
    """Variant titles written in the reader's language (or of unknown language), leaving out
    those that only repeat a title already shown: the same words in another case or spacing,
    or with no more than a cataloguer's note in brackets after them ("… (title unknown)")."""
    out: list[str] = []
    title = title_parts(record, lang)
    seen = {_same_words(str(t)) for t in (record.get("title"), record.get("title_ru"),
                                           title.text, title.other) if t}
    for entry in record.get("other_titles") or []:
        if isinstance(entry, dict):
            words, written_in = str(entry.get("text") or "").strip(), entry.get("lang")
        else:
            words, written_in = str(entry).strip(), None
        if not words or written_in not in (None, lang):
            continue
        same = _same_words(words)
        if same in seen or _same_words(_NOTE_AFTER.sub("", words)) in seen:
            continue
        seen.add(same)
        out.append(words)
    return out


_NOTE_AFTER = re.compile(r"\s*\([^()]*\)\s*$")  # "Title (caption title)" → "Title"


def _same_words(text: str) -> str:
    """Text as compared for repeats: case, spacing and ё/е set aside."""
    return " ".join(text.replace("ё", "е").replace("Ё", "Е").casefold().split())


def holder(record: dict[str, Any], lang: str) -> Text:
    """Today's holder's name in the language (derived by the store from the provenance)."""
    return text(record, "current_holder", lang)


def person_role(person: dict[str, Any], vocabulary: Vocabulary, lang: str) -> str:
    """'Andrei Sokolov (co-artist, probable)'."""
    name, _ = text(person, "name", lang)
    name = name or str(person.get("person_id") or "")
    parts = [vocabulary.label("role", person.get("role"), lang)] if person.get("role") else []
    note, _ = text(person, "role_note", lang)
    if note:
        parts.append(note)
    if person.get("certainty") in ("probable", "possibly"):
        parts.append(vocabulary.label("certainty", person["certainty"], lang))
    return f"{name} ({', '.join(parts)})" if parts else name
