"""Linked Art vocabulary (Getty AAT terms the model requires or recommends) and small builders.

Only AAT ids taken from the Linked Art vocabulary pages are used; a concept without a known
AAT id (a subject keyword, a free-text work type) becomes a Type record of our own, exported
with the rest, so every id in the export resolves.
"""

from __future__ import annotations

from typing import Any

from .common import day_end, day_start

CONTEXT = "https://linked.art/ns/v1/linked-art.json"
AAT = "http://vocab.getty.edu/aat/"


def aat(number: str, label: str, meta: dict[str, Any] | None = None) -> dict[str, Any]:
    term: dict[str, Any] = {"id": AAT + number, "type": "Type", "_label": label}
    if meta:
        term["classified_as"] = [meta]
    return term


# AAT's own label for this id is "Brief Text"; "brief" is also research shorthand that no
# export may carry (content_rules), and a reference's _label is optional: the id says it.
BRIEF_TEXT = {"id": AAT + "300418049", "type": "Type"}
TYPE_OF_WORK = aat("300435443", "Type of Work")
PRIMARY_NAME = aat("300404670", "Primary Name")
ALTERNATE_NAME = aat("300264273", "Alternate Name")
DISPLAY_NAME = aat("300404669", "Display Name")
LOCAL_NUMBER = aat("300404621", "Local Number")
ARTWORK = aat("300133025", "Artwork")
PROVENANCE_ACTIVITY = aat("300055863", "Provenance Activity")
EXHIBITION_ACTIVITY = aat("300054766", "Exhibition Activity")
PUBLICATION_ACTIVITY = aat("300054686", "Publication Activity")
GIFT = aat("300417637", "Gift")
MUSEUM = aat("300312281", "Museum")
ORGANIZATION = aat("300025948", "Organization")
# The Library of Congress's id for the Extended Date/Time Format (ISO 8601-2).
EDTF = {"id": "http://id.loc.gov/datatypes/edtf", "type": "Type", "_label": "EDTF"}

STATEMENTS = {
    "note": ("300027200", "Note"), "description": ("300435416", "Description"),
    "credit": ("300026687", "Credit Line"), "dimensions": ("300435430", "Dimensions Statement"),
    "inscription": ("300435414", "Inscription Statement"),
    "materials": ("300435429", "Materials Statement"),
    "production": ("300435436", "Production Statement"),
    "provenance": ("300435438", "Provenance Statement"),
    "rights": ("300435434", "Copyright/License Statement"),
    "biography": ("300435422", "Biography Statement"),
    "citation": ("300311705", "Citation"),
}  # fmt: skip
# AAT object types Linked Art recommends, by our search category.
WORK_TYPES = {
    "painting": ("300033618", "Painting"), "drawing": ("300033973", "Drawing"),
    "print": ("300041273", "Print"), "book": ("300028051", "Book"),
}  # fmt: skip
DIMENSIONS = {"height": ("300055644", "Height"), "width": ("300055647", "Width"),
              "depth": ("300072633", "Depth")}
UNITS = {"cm": ("300379098", "centimeters"), "mm": ("300379097", "millimeters"),
         "m": ("300379099", "meters"), "in": ("300379100", "inches")}
LANGUAGES = {"en": {"id": AAT + "300388277", "type": "Language", "_label": "English"},
             "ru": {"id": AAT + "300389168", "type": "Language", "_label": "Russian"}}


def language(lang: str | None) -> dict[str, Any] | None:
    """The AAT Language of a BCP 47 tag we know ("ru-Latn" is Russian in Latin letters)."""
    return LANGUAGES.get((lang or "").split("-")[0])


def name(content: str, lang: str | None = None, primary: bool = True) -> dict[str, Any]:
    out: dict[str, Any] = {"type": "Name", "content": content,
                           "classified_as": [PRIMARY_NAME if primary else ALTERNATE_NAME]}
    if language(lang):
        out["language"] = [language(lang)]
    return out


def names(en: str | None, ru: str | None) -> list[dict[str, Any]]:
    """Primary names, one per language that exists (a Russian name that is the English one
    is no Russian name)."""
    out = []
    if en:
        out.append(name(en, "en"))
    if ru and ru != en:
        out.append(name(ru, "ru"))
    return out


def statement(kind: str, content: str | None, lang: str | None = "en") -> dict[str, Any] | None:
    if not content or not str(content).strip():
        return None
    number, label = STATEMENTS[kind]
    out: dict[str, Any] = {"type": "LinguisticObject", "content": str(content).strip(),
                           "classified_as": [aat(number, label, BRIEF_TEXT)]}
    if lang:
        out["language"] = [LANGUAGES[lang]]
    return out


def statements(*items: dict[str, Any] | None) -> list[dict[str, Any]]:
    return [item for item in items if item]


def timespan(display: str | None, earliest: str | None, latest: str | None,
             display_ru: str | None = None) -> dict[str, Any] | None:
    """A TimeSpan: begin_of_the_begin / end_of_the_end from the ISO days, the generated
    display date as its name in each language."""
    span: dict[str, Any] = {"type": "TimeSpan"}
    if earliest:
        span["begin_of_the_begin"] = day_start(earliest)
    if latest:
        span["end_of_the_end"] = day_end(latest)
    shown = [(text, lang) for text, lang in ((display, "en"), (display_ru, "ru")) if text]
    if shown and (earliest or latest):
        span["identified_by"] = [{"type": "Name", "content": text,
                                  "classified_as": [DISPLAY_NAME],
                                  "language": [LANGUAGES[lang]]} for text, lang in shown]
    return span if len(span) > 1 else None


def dated(record: dict[str, Any], start: str, end: str) -> dict[str, Any] | None:
    """The TimeSpan of a v5 record's range, or None when its date is unknown."""
    if record.get("date_qualifier") == "unknown":
        return None
    span = timespan(record.get("date_display"), record.get(start), record.get(end),
                    record.get("date_display_ru"))
    if span and record.get("date_edtf") and span.get("identified_by"):
        # the date as the catalog states it (qualifier and certainty included), in EDTF
        span["identified_by"].append({"type": "Identifier", "content": record["date_edtf"],
                                      "classified_as": [EDTF]})
    return span


def ref(record: dict[str, Any]) -> dict[str, Any]:
    """A reference to a record: its id, type and label only."""
    return {"id": record["id"], "type": record["type"], "_label": record["_label"]}


def source_statement(source: dict[str, Any]) -> dict[str, Any]:
    """A cited source as a statement about the entity: the citation with its web address
    (a statement carries no digital object in the Linked Art schema)."""
    text = source.get("citation") or source.get("id") or ""
    if source.get("url"):
        text += f" <{source['url']}>"
    return {"type": "LinguisticObject", "content": text,
            "classified_as": [aat(*STATEMENTS["citation"], BRIEF_TEXT)]}


def source_page(source: dict[str, Any]) -> dict[str, Any]:
    """A cited source as a text the entity is the subject of (`subject_of`): named by its
    citation, carried by its web page when it has one."""
    citation = source.get("citation") or source.get("id") or ""
    text: dict[str, Any] = {"type": "LinguisticObject", "_label": citation,
                            "identified_by": [{"type": "Name", "content": citation}]}
    if source.get("url"):
        text["digitally_carried_by"] = [{
            "type": "DigitalObject", "_label": "web page",
            "access_point": [{"id": source["url"], "type": "DigitalObject"}]}]
    return text
