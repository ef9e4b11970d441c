"""One catalog provenance event as a Linked Art Provenance Activity (see linked_art.py)."""

from __future__ import annotations

from typing import Any

from ..provenance import KIND_LABELS, party_name
from .linked_art_vocab import (
    EXHIBITION_ACTIVITY,
    GIFT,
    PROVENANCE_ACTIVITY,
    PUBLICATION_ACTIVITY,
    dated,
    names,
    source_statement,
    statement,
    statements,
)

_EXTRA_CLASS = {"gift": GIFT, "exhibited": EXHIBITION_ACTIVITY,
                "published": PUBLICATION_ACTIVITY, "reproduced": PUBLICATION_ACTIVITY}
_MOVES = {
    "en": {"ownership": "This event moves ownership.",
           "custody": "This event moves custody only, not ownership.",
           "none": "This event moves neither ownership nor custody.",
           "unknown": "Gap in the provenance: the whereabouts of the work are unknown for "
                      "this period."},
    "ru": {"ownership": "Событие передаёт право собственности.",
           "custody": "Событие передаёт только хранение, не собственность.",
           "none": "Событие не передаёт ни собственности, ни хранения.",
           "unknown": "Пробел в провенансе: местонахождение произведения в этот период "
                      "неизвестно."},
}  # fmt: skip


def _previous_owner(events: list[dict[str, Any]], position: int) -> str | None:
    owner = None
    for event in events[: position - 1]:
        moves = event.get("transfers")
        if moves == "ownership":
            owner = event.get("holder")
        elif moves == "unknown":
            owner = None
    return owner


def provenance_activity(event: dict[str, Any], position: int, work: dict[str, Any],
                        obj: dict[str, Any], records: Any) -> dict[str, Any]:
    """`position` is 1-based within the work's ordered events; `obj` references the work."""
    kind = event["kind"]
    moves = event.get("transfers") or "none"
    term = records.refs.term("event_kind", kind)
    label_en = term.label if term else KIND_LABELS["en"].get(kind, kind)
    label_ru = term.text("ru") if term else KIND_LABELS["ru"].get(kind, kind)
    activity: dict[str, Any] = {
        "id": records.uri(f"provenance/{work['id']}", str(position)), "type": "Activity",
        "_label": f"Provenance of {work['title']}, {position}: {label_en}",
        "classified_as": [PROVENANCE_ACTIVITY] + ([_EXTRA_CLASS[kind]]
                                                  if kind in _EXTRA_CLASS else []),
        "identified_by": names(
            f"{label_en.capitalize()}: {work['title']}",
            f"{label_ru.capitalize()}: {work['title_ru']}" if work.get("title_ru") else None),
    }
    span = dated(event, "date_earliest", "date_latest")
    if span:
        activity["timespan"] = span
    place = records.place(event.get("place"), event.get("place_ru"))
    if place:
        activity["took_place_at"] = [place]
    party = records.actors(event.get("party"))
    holder = records.actors(event.get("holder"))
    part: dict[str, Any] | None = None
    if moves == "ownership":
        part = {"type": "Acquisition", "_label": f"{label_en}: {work['title']}",
                "transferred_title_of": [obj]}
        previous = records.actors(_previous_owner(work["provenance"], position))
        if event.get("direct") and previous:
            part["transferred_title_from"] = previous
        if holder:
            part["transferred_title_to"] = holder
    elif moves == "custody":
        receiver = holder or (party if kind == "exhibited" else [])
        part = {"type": "TransferOfCustody", "_label": f"{label_en}: {work['title']}",
                "transferred_custody_of": [obj]}
        if kind == "loan" and party:
            part["transferred_custody_from"] = party
        if receiver:
            part["transferred_custody_to"] = receiver
    elif moves == "none" and party:
        activity["carried_out_by"] = party
    if part:
        activity["part"] = [part]
    texts: list[dict[str, Any] | None] = []
    certainty = event.get("certainty") or "unknown"
    for lang in ("en", "ru"):
        suffix = "_ru" if lang == "ru" else ""
        texts += [
            statement("note", _MOVES[lang].get(moves), lang),
            statement("note", f"{'Certainty' if lang == 'en' else 'Достоверность'}: "
                              f"{records.refs.label('certainty', certainty, lang)}.", lang),
            statement("note", _as_recorded(event, lang), lang),
            *[statement("note", event.get(f"{field}{suffix}"), lang)
              for field in ("note", "party_note", "date_note")
              if lang == "en" or event.get(f"{field}_ru") != event.get(field)],
        ]
    texts.append(statement("note", f"Place as recorded: {event['place']}"
                           if event.get("place") and (not place or place["_label"]
                                                      != event["place"]) else None))
    details = work.get("source_details") or {}
    activity["referred_to_by"] = statements(*texts) + [
        source_statement(details[s]) for s in event.get("sources") or [] if s in details]
    return activity


def _as_recorded(event: dict[str, Any], lang: str) -> str | None:
    """The party as the catalog names it, where it names one."""
    who = party_name(event, "party", lang)
    if not who:
        return None
    return f"Party as recorded: {who}." if lang == "en" else f"Сторона по записи: {who}."
