"""One catalog provenance event as a Linked Art Provenance Activity (see linked_art.py)."""

from __future__ import annotations

from typing import Any

from ..provenance import KIND_LABELS
from .linked_art_vocab import (
    EXHIBITION_ACTIVITY,
    GIFT,
    PROVENANCE_ACTIVITY,
    PUBLICATION_ACTIVITY,
    names,
    source_statement,
    statement,
    statements,
    timespan,
)

_EXTRA_CLASS = {"gift": GIFT, "exhibited": EXHIBITION_ACTIVITY,
                "published": PUBLICATION_ACTIVITY, "reproduced": PUBLICATION_ACTIVITY}
_MOVES = {
    "ownership": "This event moves ownership.",
    "custody": "This event moves custody only, not ownership.",
    "none": "This event moves neither ownership nor custody.",
    "unknown": "Gap in the provenance: the whereabouts of the work are unknown for this period.",
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
    label_en = KIND_LABELS["en"].get(kind, kind)
    activity: dict[str, Any] = {
        "id": records.uri(f"provenance/{work['id']}", str(position)), "type": "Activity",
        "_label": f"Provenance of {work['title']}, {position}: {label_en}",
        "classified_as": [PROVENANCE_ACTIVITY] + ([_EXTRA_CLASS[kind]]
                                                  if kind in _EXTRA_CLASS else []),
        "identified_by": names(
            f"{label_en.capitalize()}: {work['title']}",
            f"{KIND_LABELS['ru'].get(kind, kind).capitalize()}: {work['title_ru']}"
            if work.get("title_ru") else None),
    }
    span = timespan(event.get("date_display"), event.get("date_earliest"),
                    event.get("date_latest"))
    if span:
        activity["timespan"] = span
    place = records.place(event.get("place"))
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
    texts = [
        statement("note", _MOVES.get(moves)),
        statement("note", f"Certainty: {event.get('certainty') or 'unknown'}."),
        statement("note", f"Party as recorded: {event['party']}." if event.get("party")
                  else None),
        statement("note", event.get("note")),
        statement("note", f"Place as recorded: {event['place']}"
                  if event.get("place") and (not place or place["_label"] != event["place"])
                  else None),
    ]
    details = work.get("source_details") or {}
    activity["referred_to_by"] = statements(*texts) + [
        source_statement(details[s]) for s in event.get("sources") or [] if s in details]
    return activity
