"""The provenance as a list of events in one language: date, kind, party, place, note. Qt-free.

The paragraph (catalog.provenance.paragraph) tells the chain of owners; this list keeps what a
paragraph leaves out: publications, offers, notes, the party's note and the date's note.
"""

from __future__ import annotations

from typing import Any

from ...catalog.provenance import KIND_LABELS, party_name
from ...catalog.terms import Vocabulary
from .reading import text

_NO_DATE = {"date unknown", "дата неизвестна", ""}


def localized_event(event: dict[str, Any], lang: str) -> dict[str, Any]:
    """A copy whose plain fields read in `lang`: names instead of ids, the date, place and
    note in the language (for views that read `party`, `holder`, `date_display` directly)."""
    out = dict(event)
    for which in ("party", "holder"):
        name = party_name(event, which, lang)
        out[which] = name or None
    for field in ("date_display", "place", "note", "date_note", "party_note"):
        out[field] = text(event, field, lang)[0] or None
    return out


def event_line(event: dict[str, Any], vocabulary: Vocabulary, lang: str) -> tuple[str, bool]:
    """'18 March 2005 — reproduction: Salizhan Sharipov, International Space Station. …'"""
    kind = event.get("kind") or ""
    term = vocabulary.find("event_kind", kind)
    label = term.text(lang) if term else KIND_LABELS.get(lang, {}).get(kind, kind)
    fallback = False
    date, _ = text(event, "date_display", lang)
    date = "" if date.lower() in _NO_DATE else date
    date_note, note_fallback = text(event, "date_note", lang)
    fallback |= note_fallback
    if date_note:
        date = f"{date} ({date_note})" if date else date_note
    who = party_name(event, "party", lang)
    holder = party_name(event, "holder", lang)
    if holder and holder != who:
        who = f"{who} → {holder}" if who else holder
    party_note, note_fallback = text(event, "party_note", lang)
    fallback |= note_fallback
    if party_note:
        who = f"{who} ({party_note})" if who else party_note
    if event.get("certainty") in ("probable", "possibly") and who:
        who = f"{who}, {vocabulary.label('certainty', event['certainty'], lang)}"
    place, place_fallback = text(event, "place", lang)
    note, note_fallback = text(event, "note", lang)
    fallback |= place_fallback or note_fallback
    head = f"{date} — {label}" if date else label[:1].upper() + label[1:]
    body = ", ".join(p for p in (who, place) if p)
    line = f"{head}: {body}" if body else head
    if note:
        line = f"{line}. {note}"
    return line, fallback
