"""LIDO events and relations of a work: its creation (makers, date, place, materials), its
provenance, exhibitions and associations, and what it shows, belongs to and is documented in."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from typing import Any

from .common import PUBLISHER, role_kind
from .lido_events import (
    CREATION,
    EVENT_TYPE,
    creation_place,
    date_set,
    event_type,
    mission_event,
    provenance_event,
    source_notes,
)
from .lido_terms import actor_element, both, term_element, term_into
from .lido_xml import LIDO_NS, add
from .refs import Actor, Refs


def events(wrap_el: ET.Element, work: dict[str, Any], refs: Refs) -> None:
    created = next((e for e in work.get("provenance") or [] if e["kind"] == "created"), None)
    wrap_el.append(_creation(work, created, refs))
    for event in work.get("provenance") or []:
        if event is not created:
            wrap_el.append(provenance_event(event, work, refs))
    for exhibition in work.get("exhibitions") or []:
        if exhibition.get("relation") == "shown":
            wrap_el.append(_exhibition(exhibition, refs))
    others = [p for p in work.get("people") or [] if role_kind(p.get("role")) == "other"]
    if others:
        wrap_el.append(_associations(others, refs))


def _creation(work: dict[str, Any], created: dict[str, Any] | None,
              refs: Refs) -> ET.Element:
    event_set = ET.Element(f"{{{LIDO_NS}}}eventSet")
    dates = date_set(work, "date_earliest", "date_latest", "eventDate")
    if dates is not None:
        add(event_set, "displayEvent", f"Created {work['date_display']}", lang="en")
        add(event_set, "displayEvent",
            f"Создано: {work.get('date_display_ru') or work['date_display']}", lang="ru")
    event = add(event_set, "event")
    event.append(event_type(CREATION))
    for person in work.get("people") or []:
        if role_kind(person.get("role")) == "creator":
            event.append(person_actor(person, refs))
    if dates is not None:
        event.append(dates)
    place = creation_place(work, created)
    if place is not None:
        event.append(place)
    _materials(event, work, refs)
    for link in work.get("missions") or []:
        if link["link"] in ("made_during", "inspired_by"):
            related = add(event, "relatedEventSet")
            related.append(mission_event(link, "relatedEvent", refs))
            term_into(add(related, "relatedEventRelType"), refs.term("link_kind", link["link"]),
                      link["link"].replace("_", " "))
    notes = [(work.get("date_note"), work.get("date_note_ru")),
             ((created or {}).get("note"), (created or {}).get("note_ru"))]
    notes = [(en, ru) for en, ru in notes if en or ru]
    sources = source_notes((created or {}).get("sources"), work)
    if notes or sources:
        description = add(event, "eventDescriptionSet")
        for en, ru in notes:
            both(description, "descriptiveNoteValue", en, ru)
        for source in sources:
            add(description, "sourceDescriptiveNote", source)
    return event_set


def _person(person: dict[str, Any], refs: Refs) -> Actor:
    """The catalog person a work links to (the link's own names if the record is missing)."""
    return refs.actor(person["person_id"]) or Actor(
        person["person_id"], "person", person.get("name") or person["person_id"],
        person.get("name_ru"), ())


def person_actor(person: dict[str, Any], refs: Refs, tag: str = "eventActor") -> ET.Element:
    """A person linked to the work, in their role (a role term with its labels)."""
    actor = _person(person, refs)
    role = person.get("role")
    holder = ET.Element(f"{{{LIDO_NS}}}{tag}")
    for lang in ("en", "ru"):
        shown = refs.label("role", role, lang) if role else (
            "role not recorded" if lang == "en" else "роль не указана")
        add(holder, "displayActorInRole", f"{actor.text(lang)} ({shown})", lang=lang)
    in_role = add(holder, "actorInRole")
    in_role.append(actor_element(actor))
    if role:
        in_role.append(term_element("roleActor", refs.term("role", role), role))
    return holder


def _subject_actor(person: dict[str, Any], refs: Refs) -> ET.Element:
    """A person the work shows (LIDO's subjectActor: a display name and the actor)."""
    actor = _person(person, refs)
    element = ET.Element(f"{{{LIDO_NS}}}subjectActor")
    role = person.get("role")
    for lang in ("en", "ru"):
        add(element, "displayActor", f"{actor.text(lang)} ({refs.label('role', role, lang)})",
            lang=lang)
    element.append(actor_element(actor))
    return element


def _materials(event: ET.Element, work: dict[str, Any], refs: Refs) -> None:
    if not (work.get("medium") or work.get("support")):
        return
    materials = add(event, "eventMaterialsTech")
    for lang, medium, support in (("en", work.get("medium"), work.get("support")),
                                  ("ru", work.get("medium_ru"), work.get("support_ru"))):
        joiner = " on " if lang == "en" else ", "
        shown = joiner.join(t for t in (medium, support) if t)
        if shown:
            add(materials, "displayMaterialsTech", shown, lang=lang)
    terms = add(materials, "materialsTech")
    for field, kind in (("medium", "material"), ("support", "support")):
        found = refs.terms(work.get(f"{field}_terms"))
        for term in found:
            terms.append(term_element("termMaterialsTech", term, term.id, type=kind))
        note, note_ru = work.get(f"{field}_note"), work.get(f"{field}_note_ru")
        if not found and (note or work.get(field)):  # free text: no term to name
            one = add(terms, "termMaterialsTech", type=kind)
            both(one, "term", note or work.get(field), note_ru)


def _exhibition(exhibition: dict[str, Any], refs: Refs) -> ET.Element:
    event_set = ET.Element(f"{{{LIDO_NS}}}eventSet")
    event = add(event_set, "event")
    add(event, "eventID", exhibition["exhibition_id"], type="local", source=PUBLISHER)
    event.append(event_type(EVENT_TYPE["exhibited"]))
    names = add(event, "eventName")
    add(names, "appellationValue", exhibition.get("name") or exhibition["exhibition_id"],
        lang="en")
    if exhibition.get("name_ru"):
        add(names, "appellationValue", exhibition["name_ru"], lang="ru")
    venue = refs.actor(exhibition.get("venue"))
    if venue is not None:
        organiser = add(event, "eventActor")
        for lang in ("en", "ru"):
            add(organiser, "displayActorInRole",
                f"{venue.text(lang)} ({'venue' if lang == 'en' else 'место проведения'})",
                lang=lang)
        add(organiser, "actorInRole").append(actor_element(venue))
    whole = {**refs.exhibitions.get(exhibition["exhibition_id"], {}), **exhibition}
    dates = date_set(whole, "date_start", "date_end", "eventDate")
    if dates is not None:
        event.append(dates)
    places = []
    for lang, city in (("en", exhibition.get("city")), ("ru", exhibition.get("city_ru"))):
        where = ", ".join(p for p in ((venue.text(lang) if venue else exhibition.get("venue")),
                                      city) if p)
        places.append(where)
    if any(places):
        both(add(event, "eventPlace"), "displayPlace", places[0], places[1])
    return event_set


def _associations(people: list[dict[str, Any]], refs: Refs) -> ET.Element:
    """People linked to the work neither as its makers nor as what it shows."""
    event_set = ET.Element(f"{{{LIDO_NS}}}eventSet")
    event = add(event_set, "event")
    event.append(event_type(EVENT_TYPE["other"]))
    both(add(event, "eventName"), "appellationValue", "Other recorded associations",
         "Другие связи с произведением")
    for person in people:
        event.append(person_actor(person, refs))
    return event_set


# -- relations: subjects, missions, series, sources -------------------------------------------
def relations_of(work: dict[str, Any], refs: Refs) -> ET.Element:
    relations = ET.Element(f"{{{LIDO_NS}}}objectRelationWrap")
    depicted = [p for p in work.get("people") or [] if role_kind(p.get("role")) == "depicted"]
    shown = [m for m in work.get("missions") or [] if m["link"] in ("depicts", "commemorates")]
    subjects_en, subjects_ru = work.get("subjects") or [], work.get("subjects_ru") or []
    if subjects_en or subjects_ru or depicted or shown:
        subject = add(add(add(relations, "subjectWrap"), "subjectSet"), "subject")
        if len(subjects_en) == len(subjects_ru):  # the same keywords, one per language
            for en, ru in zip(subjects_en, subjects_ru, strict=True):
                both(add(subject, "subjectConcept"), "term", en, ru)
        else:
            for keyword, lang in [*((k, "en") for k in subjects_en),
                                  *((k, "ru") for k in subjects_ru)]:
                add(add(subject, "subjectConcept"), "term", keyword, lang=lang)
        for person in depicted:
            subject.append(_subject_actor(person, refs))
        for link in shown:
            subject.append(mission_event(link, "subjectEvent", refs))
    related: list[ET.Element] = []
    if work.get("series") or work.get("series_ru"):
        one = ET.Element(f"{{{LIDO_NS}}}relatedWorkSet")
        both(one, "displayRelatedWork", work.get("series"), work.get("series_ru"))
        both(add(one, "relatedWorkRelType"), "term", "part of series", "входит в серию")
        related.append(one)
    for source_id in work.get("sources") or []:
        related.append(_source_work(source_id, work))
    if related:
        add(relations, "relatedWorksWrap").extend(related)
    return relations


def _source_work(source_id: str, work: dict[str, Any]) -> ET.Element:
    source = (work.get("source_details") or {}).get(source_id) or {}
    one = ET.Element(f"{{{LIDO_NS}}}relatedWorkSet")
    add(one, "displayRelatedWork", source.get("citation") or source_id)
    linked = add(add(one, "relatedWork"), "object")
    if source.get("url"):
        add(linked, "objectWebResource", source["url"])
    add(linked, "objectID", source_id, type="local", source=PUBLISHER)
    relation = add(one, "relatedWorkRelType")
    add(relation, "conceptID", "http://www.cidoc-crm.org/cidoc-crm/P70i_is_documented_in",
        type="URI")
    both(relation, "term", "is documented in", "документировано в")
    return one

