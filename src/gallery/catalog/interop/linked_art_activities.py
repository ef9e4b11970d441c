"""Linked Art activities that are not provenance: a publication or reproduction of the work,
and the exhibitions it was shown in (Linked Art's exhibition pattern: an Activity that used
the objects). Neither moves ownership or custody, so neither is a Provenance Activity.
"""

from __future__ import annotations

from typing import Any

from ..provenance import KIND_LABELS
from .linked_art_vocab import (
    EXHIBITION_ACTIVITY,
    PUBLICATION_ACTIVITY,
    dated,
    names,
    source_statement,
    statement,
    statements,
)

PUBLICATION_KINDS = ("published", "reproduced")


def publication(event: dict[str, Any], position: int, work: dict[str, Any],
                obj: dict[str, Any], records: Any) -> dict[str, Any]:
    """A 'published' or 'reproduced' event of the work's record, as its own Activity."""
    kind = event["kind"]
    term = records.refs.term("event_kind", kind)
    label_en = term.label if term else KIND_LABELS["en"].get(kind, kind)
    label_ru = term.text("ru") if term else KIND_LABELS["ru"].get(kind, kind)
    activity: dict[str, Any] = {
        "id": records.uri("activity", f"publication-{work['id']}-{position}"),
        "type": "Activity", "_label": f"{label_en.capitalize()}: {work['title']}",
        "classified_as": [PUBLICATION_ACTIVITY],
        "identified_by": names(
            f"{label_en.capitalize()}: {work['title']}",
            f"{label_ru.capitalize()}: {work['title_ru']}" if work.get("title_ru") else None),
    }
    if span := dated(event, "date_earliest", "date_latest"):
        activity["timespan"] = span
    if place := records.place(event.get("place"), event.get("place_ru")):
        activity["took_place_at"] = [place]
    if party := records.actors(event.get("party")):
        activity["carried_out_by"] = party
    activity["used_specific_object"] = [obj]
    details = work.get("source_details") or {}
    texts = [statement("note", event.get(f"{field}{suffix}"), lang)
             for lang, suffix in (("en", ""), ("ru", "_ru"))
             for field in ("note", "party_note", "date_note")]
    activity["referred_to_by"] = statements(*texts) + [
        source_statement(details[s]) for s in event.get("sources") or [] if s in details]
    if not activity["referred_to_by"]:
        del activity["referred_to_by"]
    return activity


class Exhibitions:
    """One Activity per exhibition of the catalog, using every work linked to it."""

    def __init__(self, catalog: Any, records: Any) -> None:
        self.records = records
        self.by_id = {e["id"]: e for e in catalog.list_records("exhibitions")}
        self.shown: dict[str, list[dict[str, Any]]] = {}

    def add(self, work: dict[str, Any], obj: dict[str, Any]) -> None:
        for link in work.get("exhibitions") or []:
            if link["exhibition_id"] in self.by_id:
                self.shown.setdefault(link["exhibition_id"], []).append(obj)

    def activities(self) -> list[dict[str, Any]]:
        return [self._activity(self.by_id[key], objects)
                for key, objects in sorted(self.shown.items())]

    def _activity(self, exhibition: dict[str, Any], objects: list[dict[str, Any]]
                  ) -> dict[str, Any]:
        title = exhibition.get("name") or exhibition["id"]
        activity: dict[str, Any] = {
            "id": self.records.uri("activity", f"exhibition-{exhibition['id']}"),
            "type": "Activity", "_label": title, "classified_as": [EXHIBITION_ACTIVITY],
            "identified_by": names(title, exhibition.get("name_ru")),
        }
        if span := dated(exhibition, "date_start", "date_end"):
            activity["timespan"] = span
        if place := self.records.place(exhibition.get("city"), exhibition.get("city_ru")):
            activity["took_place_at"] = [place]
        if venue := self.records.actors(exhibition.get("venue")):
            activity["carried_out_by"] = venue
        activity["used_specific_object"] = objects
        return activity
