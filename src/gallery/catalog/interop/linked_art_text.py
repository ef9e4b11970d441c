"""The Linked Art export's statements in words: materials, dimensions, holder, people and
missions per language, and the place as recorded when the Place reference does not say all."""

from __future__ import annotations

from typing import Any

from .common import dimensions_text
from .linked_art_records import Records


def labelled(label: str, text: str | None) -> str | None:
    return f"{label}: {text}" if text else None


def materials(work: dict[str, Any], lang: str) -> str | None:
    suffix = "_ru" if lang == "ru" else ""
    medium, support = work.get(f"medium{suffix}"), work.get(f"support{suffix}")
    if medium and support:
        return f"{medium} on {support}" if lang == "en" else f"{medium}; {support}"
    return medium or support or None


def dimensions_statement(work: dict[str, Any], lang: str) -> str:
    note = work.get("dimensions_note_ru" if lang == "ru" else "dimensions_note")
    return " — ".join(t for t in (dimensions_text(work, lang), note) if t)


def holder_note(work: dict[str, Any], lang: str) -> str:
    refs_note = work.get("holder_note_ru" if lang == "ru" else "holder_note")
    holder = work.get("current_holder_ru" if lang == "ru" else "current_holder")
    if lang == "ru":
        text = f"Нынешний владелец: {holder}." if holder else "Нынешний владелец неизвестен."
    else:
        text = f"Current holder: {holder}." if holder else "Current holder: unknown."
    return f"{text} {refs_note}" if refs_note else text


def people_text(work: dict[str, Any], records: Records, lang: str) -> str | None:
    refs = records.refs
    people = "; ".join(
        f"{(p.get('name_ru') if lang == 'ru' else None) or p.get('name') or p['person_id']} "
        f"({refs.label('role', p.get('role'), lang)})" for p in work.get("people") or [])
    if not people:
        return None
    return f"People: {people}." if lang == "en" else f"Люди: {people}."


def missions_text(work: dict[str, Any], records: Records, lang: str) -> str | None:
    refs = records.refs
    parts = []
    for m in work.get("missions") or []:
        shown = (m.get("name_ru") if lang == "ru" else None) or m.get("name") or m["mission_id"]
        qualifier = (m.get("qualifier_ru") if lang == "ru" else None) or m.get("qualifier")
        parts.append(f"{refs.label('link_kind', m['link'], lang).replace('_', ' ')} {shown}"
                     + (f" ({qualifier})" if qualifier else ""))
    if not parts:
        return None
    return ("Missions: " if lang == "en" else "Космические полёты: ") + "; ".join(parts) + "."


def place_note(text: str | None, place: dict[str, Any] | None,
               lang: str = "en") -> str | None:
    """The place as recorded, when the Place reference does not say all of it."""
    if text and (place is None or place["_label"] != " ".join(text.split())):
        return f"{'Place as recorded' if lang == 'en' else 'Место по записи'}: {text}"
    return None
