"""The words of a provenance chart's segments, in the reader's language: names, places."""

from __future__ import annotations

from typing import Any

from ...catalog.bilingual import pick


def localized(event: dict[str, Any], field: str, lang: str) -> str:
    """`field` in `lang` (`field_ru` for Russian when written), else the English."""
    return str(pick(event, field, lang) or "").strip()


def who(event: dict[str, Any], role: str, lang: str) -> str:
    """The holder's or party's name in `lang` (the store adds `party_name`/`party_name_ru`
    for the agent id in `party`); an event without names shows what it stores."""
    return localized(event, f"{role}_name", lang) or str(event.get(role) or "")


def publication_label(event: dict[str, Any], words: dict[str, Any]) -> str:
    """Who published it, else what the record says of it ("in the book …"), else unknown."""
    lang = words.get("lang", "en")
    return who(event, "party", lang) or localized(event, "party_note", lang) or words["unknown"]


def custody_label(event: dict[str, Any], words: dict[str, Any]) -> str:
    lang = words.get("lang", "en")
    name = who(event, "party", lang) or words["unknown"]
    place = localized(event, "place", lang)
    if place and place.lower() not in name.lower():
        name = f"{name}, {place}"
    return name
