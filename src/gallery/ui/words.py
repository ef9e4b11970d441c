"""Catalog values said in words, in the visitor's language.

The catalog stores codes (`probable`, `made_during`, `low`); a visitor reads phrases
("probably 1970", "made during", "not yet well established"). UI phrases go through
`QCoreApplication.translate("Words", ...)` so the translations engineer can extract them.
Catalog text itself comes from the record's own English or Russian field (`localized`).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

# The fallback mark speaks about the catalog's text, so it is said in the language the
# visitor chose even before the interface is translated.
FALLBACK_MARK = {"ru": "нет текста на русском", "en": "no English text yet"}


translate = QCoreApplication.translate  # lupdate finds translate("Words", "...") calls


def localized(record: dict[str, Any], field: str, lang: str) -> tuple[str, bool]:
    """(text, is_fallback): the record's `field` in `lang`, else the other language's text.

    For lang "ru" reads `field_ru` first; for "en" reads `field`. is_fallback is True when the
    text shown is not in the asked language.
    """
    english = _text(record.get(field))
    russian = _text(record.get(f"{field}_ru"))
    if lang == "ru":
        return (russian, False) if russian else (english, bool(english))
    return (english, False) if english else (russian, bool(russian))


def _text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, list | tuple):
        return "\n\n".join(str(v).strip() for v in value if str(v).strip())
    return str(value).strip()


def with_mark(text: str, fallback: bool, lang: str) -> str:
    """Text followed by the fallback mark when it is not in the visitor's language."""
    return f"{text}  ({FALLBACK_MARK[lang]})" if fallback and text else text


def date_phrase(display: str | None, certainty: str | None) -> str:
    """'1965', '1970s (date uncertain)', 'date unknown'. The catalog's display text already
    says 'probably' or 'possibly' in the reader's language (it is generated per language)."""
    display = (display or "").strip()
    if not display or display in ("date unknown", "дата неизвестна"):
        return translate("Words", "date unknown")
    if certainty in (None, "", "unknown"):
        return translate("Words", "%1 (date uncertain)").replace("%1", display)
    return display


def holder_phrase(holder: str | None, certainty: str | None) -> str:
    if not holder:
        return translate("Words", "Current holder unknown")
    if certainty == "certain":
        return translate("Words", "Held by %1").replace("%1", holder)
    if certainty == "probable":
        return translate("Words", "Probably held by %1").replace("%1", holder)
    if certainty == "possibly":
        return translate("Words", "Possibly held by %1").replace("%1", holder)
    return translate("Words", "Perhaps held by %1 (not established)").replace("%1", holder)


def confidence_phrase(level: str | None) -> str:
    return {
        "high": translate("Words", "Well established: the main facts are confirmed by sources."),
        "medium": translate(
            "Words", "Partly established: some facts rest on a single or weaker source."
        ),
    }.get(
        level or "", translate("Words", "Not yet well established: treat this record with caution.")
    )


def confidence_short(level: str | None) -> str:
    return {
        "high": translate("Words", "High confidence"),
        "medium": translate("Words", "Medium confidence"),
    }.get(level or "", translate("Words", "Low confidence"))


def link_phrase(link: str | None) -> str:
    return {
        "made_during": translate("Words", "made during"),
        "depicts": translate("Words", "depicts"),
        "commemorates": translate("Words", "commemorates"),
        "inspired_by": translate("Words", "inspired by"),
    }.get(link or "", link or "")


def status_phrase(status: str | None) -> str:
    return {
        "flown": translate("Words", "flown"),
        "cancelled": translate("Words", "cancelled"),
        "reassigned": translate("Words", "reassigned"),
        "replaced": translate("Words", "crew replaced"),
    }.get(status or "", status or "")


def relation_phrase(relation: str | None) -> str:
    return {"shown": translate("Words", "shown"), "related": translate("Words", "related")}.get(
        relation or "", relation or ""
    )


def certainty_word(certainty: str | None) -> str:
    return {
        "certain": translate("Words", "certain"),
        "probable": translate("Words", "probable"),
        "possibly": translate("Words", "possible"),
    }.get(certainty or "", translate("Words", "uncertain"))


_FACT_KEYS = {
    "eva_duration": QT_TRANSLATE_NOOP("Words", "Spacewalk duration"),
    "eva_start": QT_TRANSLATE_NOOP("Words", "Spacewalk began"),
    "eva_training": QT_TRANSLATE_NOOP("Words", "Spacewalk training"),
    "tether_length": QT_TRANSLATE_NOOP("Words", "Tether length"),
    "total_time_exposed_to_vacuum": QT_TRANSLATE_NOOP("Words", "Time in open space"),
    "flight_duration": QT_TRANSLATE_NOOP("Words", "Flight duration"),
    "landing_site": QT_TRANSLATE_NOOP("Words", "Landing site"),
    "nights_before_rescue": QT_TRANSLATE_NOOP("Words", "Nights before rescue"),
    "hero_award": QT_TRANSLATE_NOOP("Words", "Hero award"),
    "awards": QT_TRANSLATE_NOOP("Words", "Awards"),
    "apollo_launch": QT_TRANSLATE_NOOP("Words", "Apollo launch"),
    "apollo_splashdown": QT_TRANSLATE_NOOP("Words", "Apollo splashdown"),
    "soyuz_launch": QT_TRANSLATE_NOOP("Words", "Soyuz launch"),
    "soyuz_landing": QT_TRANSLATE_NOOP("Words", "Soyuz landing"),
    "soyuz_duration": QT_TRANSLATE_NOOP("Words", "Soyuz flight duration"),
    "docking": QT_TRANSLATE_NOOP("Words", "Docking"),
    "docked_time": QT_TRANSLATE_NOOP("Words", "Time docked"),
    "docking_module": QT_TRANSLATE_NOOP("Words", "Docking module"),
    "transfer": QT_TRANSLATE_NOOP("Words", "Crew transfers"),
    "backup_crew": QT_TRANSLATE_NOOP("Words", "Backup crew"),
    "crew_size": QT_TRANSLATE_NOOP("Words", "Crew size"),
    "cancellation": QT_TRANSLATE_NOOP("Words", "Cancellation"),
    "replacement_cause": QT_TRANSLATE_NOOP("Words", "Why the crew was replaced"),
    "outcome": QT_TRANSLATE_NOOP("Words", "Outcome"),
    "rule": QT_TRANSLATE_NOOP("Words", "Rule"),
    "simulator": QT_TRANSLATE_NOOP("Words", "Simulator"),
    "centrifuge": QT_TRANSLATE_NOOP("Words", "Centrifuge"),
    "lk_crew": QT_TRANSLATE_NOOP("Words", "Lunar lander (LK) crew"),
    "lok_crew": QT_TRANSLATE_NOOP("Words", "Lunar orbiter (LOK) crew"),
    "n1_failures": QT_TRANSLATE_NOOP("Words", "N1 rocket failures"),
    "crewless_successes": QT_TRANSLATE_NOOP("Words", "Uncrewed successes"),
    "l1_group_formed": QT_TRANSLATE_NOOP("Words", "L1 group formed"),
    "dos2_loss": QT_TRANSLATE_NOOP("Words", "Loss of DOS-2"),
    "dos3": QT_TRANSLATE_NOOP("Words", "DOS-3"),
    "salyut2": QT_TRANSLATE_NOOP("Words", "Salyut 2"),
}


def fact_label(key: str) -> str:
    """A readable label for a mission key fact ('tether_length' → 'Tether length')."""
    if key in _FACT_KEYS:
        return translate("Words", _FACT_KEYS[key])
    text = key.replace("_", " ").strip()
    return text[:1].upper() + text[1:]


def facet_value(facet: str, value: str, label: str) -> str:
    """How a facet's value reads in the filter list."""
    if facet == "decade" and value.endswith("0s") and value[:-1].isdigit():
        # "1960s" in English, «1960-е» in Russian
        return translate("Words", "%1s").replace("%1", value[:-1])
    if facet == "image":
        return (
            translate("Words", "Real image")
            if value == "real"
            else translate("Words", "Stand-in image")
        )
    if facet == "holder" and not value:
        return translate("Words", "Holder unknown")
    if facet == "certainty":
        return {
            "certain": translate("Words", "Date certain"),
            "probable": translate("Words", "Date probable"),
            "possibly": translate("Words", "Date possible"),
        }.get(value, translate("Words", "Date uncertain"))
    if facet == "confidence":
        return confidence_short(value)
    if facet == "category":
        return {
            "painting": translate("Words", "Painting"),
            "drawing": translate("Words", "Drawing"),
            "stamp": translate("Words", "Stamp"),
            "poster": translate("Words", "Poster"),
            "print": translate("Words", "Print"),
            "card": translate("Words", "Card"),
            "book": translate("Words", "Book"),
            "medal": translate("Words", "Medal"),
            "painting or drawing": translate("Words", "Painting or drawing"),
            "other": translate("Words", "Other"),
        }.get(value, label)
    return label or value
