"""LIDO events: the event-type terms, provenance events, missions as events, dates and places.

Event types use the LIDO terminology (http://terminology.lido-schema.org/):

    created                         → Creation            lido00012
    gift, sale, bequest, acquired   → Acquisition         lido00001 (eventMethod names which)
    loan                            → Transfer of custody lido00005
    exhibited                       → Exhibition          lido00225
    published, reproduced           → Publication         lido00228
    held (holder known, transfer not), gap (whereabouts unknown)
                                    → Provenance          lido00227, with a description
                                                          that says what is and is not known
    a space mission, other people   → Event (non-specified) lido00003
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from typing import Any, NamedTuple

from ..provenance import KIND_LABELS
from .common import Parties
from .lido_xml import LIDO_NS, add, lang_value

_TERMS = "http://terminology.lido-schema.org/"


class EventType(NamedTuple):
    uri: str
    en: str
    ru: str


CREATION = EventType(_TERMS + "lido00012", "Creation", "Создание")
ACQUISITION = EventType(_TERMS + "lido00001", "Acquisition", "Приобретение")
CUSTODY = EventType(_TERMS + "lido00005", "Transfer of custody", "Передача на хранение")
EXHIBITION = EventType(_TERMS + "lido00225", "Exhibition", "Выставка")
PUBLICATION = EventType(_TERMS + "lido00228", "Publication", "Публикация")
PROVENANCE = EventType(_TERMS + "lido00227", "Provenance", "Провенанс")
EVENT = EventType(_TERMS + "lido00003", "Event", "Событие")

EVENT_TYPE: dict[str, EventType] = {
    "created": CREATION, "gift": ACQUISITION, "sale": ACQUISITION, "bequest": ACQUISITION,
    "acquired": ACQUISITION, "held": PROVENANCE, "loan": CUSTODY, "exhibited": EXHIBITION,
    "reproduced": PUBLICATION, "published": PUBLICATION, "gap": PROVENANCE, "other": EVENT,
}  # fmt: skip

_MOVES = {
    "ownership": "moves ownership", "custody": "moves custody only (not ownership)",
    "none": "moves neither ownership nor custody", "unknown": "whereabouts unknown",
}  # fmt: skip
_HOLDER_ROLE = {"ownership": "owner", "custody": "custodian"}


def concept(tag: str, uri: str | None, term: str, term_ru: str | None = None) -> ET.Element:
    element = ET.Element(f"{{{LIDO_NS}}}{tag}")
    if uri:
        add(element, "conceptID", uri, type="URI")
    add(element, "term", term, lang="en")
    if term_ru:
        add(element, "term", term_ru, lang="ru")
    return element


def event_type(kind: EventType) -> ET.Element:
    return concept("eventType", kind.uri, kind.en, kind.ru)


def date_set(display: str | None, earliest: str | None, latest: str | None,
             tag: str) -> ET.Element | None:
    """A LIDO date set (display text plus earliest/latest), or None when nothing is known."""
    if not (display or earliest or latest):
        return None
    element = ET.Element(f"{{{LIDO_NS}}}{tag}")
    if display:
        add(element, "displayDate", display, lang="en")
    if earliest or latest:
        dates = add(element, "date")
        if earliest:
            add(dates, "earliestDate", earliest)
        if latest:
            add(dates, "latestDate", latest)
    return element


def creation_place(work: dict[str, Any], created: dict[str, Any] | None) -> ET.Element | None:
    where = work.get("where_made") or (created or {}).get("place")
    if not where:
        return None
    place = ET.Element(f"{{{LIDO_NS}}}eventPlace")
    add(place, "displayPlace", where, lang="en")
    return place


def source_notes(source_ids: list[str] | None, work: dict[str, Any]) -> list[str]:
    """Readable citations (with their URL) for source ids, from the work's source details."""
    details = work.get("source_details") or {}
    out = []
    for source_id in source_ids or []:
        source = details.get(source_id) or {}
        text = source.get("citation") or source_id
        if source.get("url"):
            text += f" <{source['url']}>"
        out.append(text)
    return out


def mission_event(link: dict[str, Any], tag: str) -> ET.Element:
    """A mission linked to a work, as an event set (`subjectEvent` or `relatedEvent`)."""
    element = ET.Element(f"{{{LIDO_NS}}}{tag}")
    name = link.get("name") or link["mission_id"]
    shown = name + (f" ({link['date_display']})" if link.get("date_display") else "")
    add(element, "displayEvent", shown, lang="en")
    event = add(element, "event")
    add(event, "eventID", link["mission_id"], type="local", source="Leonov Gallery")
    event.append(event_type(EVENT))
    names = add(event, "eventName")
    add(names, "appellationValue", name, lang="en")
    if link.get("name_ru"):
        add(names, "appellationValue", link["name_ru"], lang="ru")
    dates = date_set(link.get("date_display"), link.get("date_start"), link.get("date_end"),
                     "eventDate")
    if dates is not None:
        event.append(dates)
    program = f" ({link['program']})" if link.get("program") else ""
    relation = link["link"].replace("_", " ")
    if link.get("qualifier"):
        relation += f" ({link['qualifier']})"
    notes = [f"Space mission{program}; status: {link.get('status') or 'not recorded'}",
             f"The work's relation to it: {relation}"]
    description = add(event, "eventDescriptionSet")
    for note in notes:
        lang_value(description, "descriptiveNoteValue", note, "en")
    return element


def _display(event: dict[str, Any], lang: str) -> str:
    label = KIND_LABELS[lang].get(event["kind"], event["kind"])
    parts = [p for p in (event.get("holder") or event.get("party"), event.get("place"),
                         event.get("date_display")) if p]
    if event["kind"] == "gap":
        parts = [p for p in (event.get("date_display"),) if p]
    text = label + (": " + ", ".join(parts) if parts else "")
    certainty = event.get("certainty") or "unknown"
    if certainty == "certain" or lang == "ru" or event["kind"] == "gap":
        return text
    return f"{text} ({certainty})"


def _actors(text: str, role: str, parties: Parties) -> list[ET.Element]:
    """The name as recorded, then one actor per identity it names (a catalog person carries its
    id); names that are no identity ("unknown …") stay display text."""
    found = parties.parse(text)
    out = []
    for index, party in enumerate(found or [None]):
        actor_set = ET.Element(f"{{{LIDO_NS}}}eventActor")
        if index == 0:
            add(actor_set, "displayActorInRole", f"{text} ({role})", lang="en")
        if party is not None:
            in_role = add(actor_set, "actorInRole")
            actor = add(in_role, "actor",
                        type="person" if party.kind == "Person" else "corporation")
            if party.person_id:
                add(actor, "actorID", party.person_id, type="local", source="Leonov Gallery")
            add(add(actor, "nameActorSet"), "appellationValue", party.name)
            add(add(in_role, "roleActor"), "term", role, lang="en")
        out.append(actor_set)
    return out


def provenance_event(event: dict[str, Any], work: dict[str, Any],
                     parties: Parties) -> ET.Element:
    """One catalog provenance event as a LIDO `eventSet` of the matching type."""
    kind = event["kind"]
    moves = event.get("transfers") or "none"
    event_set = ET.Element(f"{{{LIDO_NS}}}eventSet")
    add(event_set, "displayEvent", _display(event, "en"), lang="en")
    add(event_set, "displayEvent", _display(event, "ru"), lang="ru")
    body = add(event_set, "event")
    body.append(event_type(EVENT_TYPE.get(kind, EVENT)))
    names = add(body, "eventName")
    add(names, "appellationValue", KIND_LABELS["en"].get(kind, kind), lang="en")
    add(names, "appellationValue", KIND_LABELS["ru"].get(kind, kind), lang="ru")
    party, holder = event.get("party"), event.get("holder")
    if party and party != holder:
        body.extend(_actors(party, "party", parties))
    if holder:
        body.extend(_actors(holder, _HOLDER_ROLE.get(moves, "holder"), parties))
    dates = date_set(event.get("date_display"), event.get("date_earliest"),
                     event.get("date_latest"), "eventDate")
    if dates is not None:
        body.append(dates)
    if event.get("place"):
        add(add(body, "eventPlace"), "displayPlace", event["place"], lang="en")
    if kind in ("gift", "sale", "bequest", "loan", "reproduced", "published"):
        add(add(body, "eventMethod"), "term", kind, lang="en")
    description = add(body, "eventDescriptionSet")
    if kind == "gap":
        lang_value(description, "descriptiveNoteValue",
                   "Whereabouts unknown: no source records who held the work in this period.",
                   "en")
        lang_value(description, "descriptiveNoteValue",
                   "Местонахождение неизвестно: ни один источник не называет владельца в этот "
                   "период.", "ru")
    elif kind == "held":
        lang_value(description, "descriptiveNoteValue",
                   "Recorded holder; how and when it acquired the work is not known.", "en")
    lang_value(description, "descriptiveNoteValue",
               f"Certainty: {event.get('certainty') or 'unknown'}; this event {_MOVES[moves]}"
               + ("; known to follow the previous holder directly" if event.get("direct")
                  else ""), "en")
    lang_value(description, "descriptiveNoteValue", event.get("note"), "en")
    for source in source_notes(event.get("sources"), work):
        add(description, "sourceDescriptiveNote", source)
    return event_set
