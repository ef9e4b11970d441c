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

from ..derive import dates as derived_dates
from ..provenance import KIND_LABELS, local, party_name
from .lido_terms import actor_element, both, term_into
from .lido_xml import LIDO_NS, add, lang_value
from .refs import Refs

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
    "en": {"ownership": "moves ownership", "custody": "moves custody only (not ownership)",
           "none": "moves neither ownership nor custody",
           "unknown": "may or may not move ownership or custody (not recorded)"},
    "ru": {"ownership": "передаёт право собственности",
           "custody": "передаёт только хранение (не собственность)",
           "none": "не передаёт ни собственности, ни хранения",
           "unknown": "может передавать собственность или хранение (не записано)"},
}  # fmt: skip
_ROLE_RU = {"party": "сторона", "owner": "владелец", "custodian": "хранитель",
            "holder": "держатель"}
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


def date_set(record: dict[str, Any], start: str, end: str, tag: str) -> ET.Element | None:
    """A LIDO date set — the generated display date per language, then the earliest and
    latest day — or None when the catalog knows no date."""
    earliest, latest = record.get(start), record.get(end)
    if record.get("date_qualifier") == "unknown" or not (earliest or latest):
        return None
    element = ET.Element(f"{{{LIDO_NS}}}{tag}")
    lang_value(element, "displayDate", record.get("date_display"), "en")
    lang_value(element, "displayDate", record.get("date_display_ru"), "ru")
    certainty = record.get("date_certainty") or record.get("certainty")
    edtf = record.get("date_edtf") or derived_dates(record, start, end, certainty)["date_edtf"]
    if edtf:  # the machine-readable form beside the prose, as LIDO's encodinganalog allows
        add(element, "displayDate", edtf, encodinganalog="EDTF", label="ISO 8601-2 (EDTF)")
    # LIDO's terminology for an edge: 'exact' or 'estimated' (circa or not certain).
    estimated = (record.get("date_qualifier") == "circa"
                 or certainty in ("probable", "possibly", "unknown"))
    kind = "estimated" if estimated else "exact"
    dates = add(element, "date")
    if earliest:
        add(dates, "earliestDate", earliest, type=kind)
    if latest:
        add(dates, "latestDate", latest, type=kind)
    return element


def creation_place(work: dict[str, Any], created: dict[str, Any] | None) -> ET.Element | None:
    """Where the work was made (the record's place, else its creation event's), per language."""
    source = work if work.get("where_made") else created or {}
    en, ru = ((work.get("where_made"), work.get("where_made_ru")) if source is work
              else (source.get("place"), source.get("place_ru")))
    if not (en or ru):
        return None
    place = ET.Element(f"{{{LIDO_NS}}}eventPlace")
    lang_value(place, "displayPlace", en, "en")
    lang_value(place, "displayPlace", ru, "ru")
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


def mission_event(link: dict[str, Any], tag: str, refs: Refs) -> ET.Element:
    """A mission linked to a work, as an event set (`subjectEvent` or `relatedEvent`)."""
    element = ET.Element(f"{{{LIDO_NS}}}{tag}")
    names = {"en": link.get("name") or link["mission_id"],
             "ru": link.get("name_ru") or link.get("name") or link["mission_id"]}
    for lang, date in (("en", link.get("date_display")), ("ru", link.get("date_display_ru"))):
        add(element, "displayEvent", names[lang] + (f" ({date})" if date else ""), lang=lang)
    event = add(element, "event")
    add(event, "eventID", link["mission_id"], type="local", source="Leonov Gallery")
    event.append(event_type(EVENT))
    event_names = add(event, "eventName")
    add(event_names, "appellationValue", names["en"], lang="en")
    if link.get("name_ru"):
        add(event_names, "appellationValue", link["name_ru"], lang="ru")
    dates = date_set(link, "date_start", "date_end", "eventDate")
    if dates is not None:
        event.append(dates)
    description = add(event, "eventDescriptionSet")
    for lang in ("en", "ru"):
        program = link.get("program_ru") if lang == "ru" else link.get("program")
        program = f" ({program or link.get('program')})" if program or link.get("program") \
            else ""
        status = refs.label("mission_status", link.get("status"), lang) or "—"
        relation = refs.label("link_kind", link["link"], lang).replace("_", " ")
        qualifier = link.get("qualifier_ru") if lang == "ru" else link.get("qualifier")
        if qualifier or link.get("qualifier"):
            relation += f" ({qualifier or link.get('qualifier')})"
        notes = ([f"Space mission{program}; status: {status}",
                  f"The work's relation to it: {relation}"] if lang == "en" else
                 [f"Космический полёт{program}; статус: {status}",
                  f"Связь произведения с ним: {relation}"])
        for note in notes:
            lang_value(description, "descriptiveNoteValue", note, lang)
    return element


def kind_label(kind: str, lang: str, refs: Refs) -> str:
    term = refs.term("event_kind", kind)
    return term.text(lang) if term else KIND_LABELS[lang].get(kind, kind)


def _display(event: dict[str, Any], lang: str, refs: Refs) -> str:
    who = party_name(event, "holder", lang) or party_name(event, "party", lang)
    parts = [p for p in (who, local(event, "place", lang), local(event, "date_display", lang))
             if p]
    if event["kind"] == "gap":
        parts = [p for p in (local(event, "date_display", lang),) if p]
    text = kind_label(event["kind"], lang, refs) + (": " + ", ".join(parts) if parts else "")
    certainty = event.get("certainty") or "unknown"
    dated = date_set(event, "date_earliest", "date_latest", "eventDate") is not None
    if certainty == "certain" or event["kind"] == "gap" or dated:  # a date says it already
        return text
    return f"{text} ({refs.label('certainty', certainty, lang)})"


def _actors(event: dict[str, Any], which: str, role: str, refs: Refs) -> list[ET.Element]:
    """The party or holder as an actor: an agent or person of the catalog with its names and
    authority ids; free text (older data) names an identity only where it reads as one."""
    stored = str(event.get(which) or "")
    role_ru = _ROLE_RU.get(role, role)
    actor = refs.actor(stored)
    if actor is not None:
        element = ET.Element(f"{{{LIDO_NS}}}eventActor")
        add(element, "displayActorInRole", f"{actor.text('en')} ({role})", lang="en")
        add(element, "displayActorInRole", f"{actor.text('ru')} ({role_ru})", lang="ru")
        in_role = add(element, "actorInRole")
        in_role.append(actor_element(actor))
        both(add(in_role, "roleActor"), "term", role, role_ru)
        return [element]
    out = []
    for index, party in enumerate(refs.parties.parse(stored) or [None]):
        actor_set = ET.Element(f"{{{LIDO_NS}}}eventActor")
        if index == 0:
            add(actor_set, "displayActorInRole", f"{stored} ({role})", lang="en")
        if party is not None:
            in_role = add(actor_set, "actorInRole")
            actor_el = add(in_role, "actor",
                           type="person" if party.kind == "Person" else "corporation")
            if party.person_id:
                add(actor_el, "actorID", party.person_id, type="local", source="Leonov Gallery")
            add(add(actor_el, "nameActorSet"), "appellationValue", party.name)
            add(add(in_role, "roleActor"), "term", role, lang="en")
        out.append(actor_set)
    return out


def provenance_event(event: dict[str, Any], work: dict[str, Any], refs: Refs) -> ET.Element:
    """One catalog provenance event as a LIDO `eventSet` of the matching type."""
    kind = event["kind"]
    moves = event.get("transfers") or "none"
    event_set = ET.Element(f"{{{LIDO_NS}}}eventSet")
    add(event_set, "displayEvent", _display(event, "en", refs), lang="en")
    add(event_set, "displayEvent", _display(event, "ru", refs), lang="ru")
    body = add(event_set, "event")
    body.append(event_type(EVENT_TYPE.get(kind, EVENT)))
    names = add(body, "eventName")
    add(names, "appellationValue", kind_label(kind, "en", refs), lang="en")
    add(names, "appellationValue", kind_label(kind, "ru", refs), lang="ru")
    party, holder = event.get("party"), event.get("holder")
    if party and party != holder:
        body.extend(_actors(event, "party", "party", refs))
    if holder:
        body.extend(_actors(event, "holder", _HOLDER_ROLE.get(moves, "holder"), refs))
    dates = date_set(event, "date_earliest", "date_latest", "eventDate")
    if dates is not None:
        body.append(dates)
    if event.get("place") or event.get("place_ru"):
        both(add(body, "eventPlace"), "displayPlace", event.get("place"), event.get("place_ru"))
    if kind in ("gift", "sale", "bequest", "loan", "reproduced", "published", "offered"):
        term_into(add(body, "eventMethod"), refs.term("event_kind", kind), kind)
    description = add(body, "eventDescriptionSet")
    for en, ru in _notes(event, moves, refs):
        both(description, "descriptiveNoteValue", en, ru)
    for source in source_notes(event.get("sources"), work):
        add(description, "sourceDescriptiveNote", source)
    return event_set


def _notes(event: dict[str, Any], moves: str, refs: Refs) -> list[tuple[str | None, str | None]]:
    """What is known and not known of the event, in each language."""
    notes: list[tuple[str | None, str | None]] = []
    if event["kind"] == "gap":
        notes.append(("Whereabouts unknown: no source records who held the work in this "
                      "period.", "Местонахождение неизвестно: ни один источник не называет "
                      "владельца в этот период."))
    elif event["kind"] == "held":
        notes.append(("Recorded holder; how and when it acquired the work is not known.",
                      "Известный владелец; как и когда произведение к нему попало, "
                      "неизвестно."))
    certainty = event.get("certainty") or "unknown"
    direct = event.get("direct")
    if event["kind"] != "gap":  # a gap's note says all: it has no certainty, moves nothing
        notes.append((f"Certainty: {refs.label('certainty', certainty, 'en')}; this event "
                      f"{_MOVES['en'][moves]}"
                      + ("; known to follow the previous holder directly" if direct else ""),
                      f"Достоверность: {refs.label('certainty', certainty, 'ru')}; это событие "
                      f"{_MOVES['ru'][moves]}"
                      + ("; известно, что оно прямо следует за предыдущим владельцем"
                         if direct else "")))
    for field in ("note", "party_note", "date_note"):
        if event.get(field) or event.get(f"{field}_ru"):
            notes.append((event.get(field), event.get(f"{field}_ru")))
    return notes
