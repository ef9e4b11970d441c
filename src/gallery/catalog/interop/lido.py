"""LIDO 1.1 XML for works: one `lido:lido` record per work, or all of them in a `lidoWrap`.

Element order follows the LIDO 1.1 XSD (tests validate against it). A field the catalog does not
know is left out rather than filled with invented content; the one element LIDO requires that
we may lack, the work type, then says "unknown". Provenance events become `eventSet`s typed with
the LIDO event-type terminology (see `lido_events`); the catalog's own "created" event is merged
into the single Creation event.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Iterable
from typing import Any

from ..provenance import paragraph
from .common import (
    PUBLISHER,
    STANDIN_EN,
    STANDIN_RU,
    Parties,
    dimensions_text,
    materials_text,
    role_kind,
)
from .lido_events import (
    CREATION,
    EVENT_TYPE,
    concept,
    creation_place,
    date_set,
    event_type,
    mission_event,
    provenance_event,
    source_notes,
)
from .lido_xml import LIDO_NS, SCHEMA_LOCATION, XSI, add, lang_value

ET.register_namespace("lido", LIDO_NS)
ET.register_namespace("xsi", XSI)


def work_record(work: dict[str, Any], parties: Parties | None = None) -> ET.Element:
    """One work (as `Catalog.get` returns it) as a `lido:lido` element; `parties` (built from
    the catalog's people) links provenance names to people."""
    root = ET.Element(f"{{{LIDO_NS}}}lido")
    add(root, "lidoRecID", work["id"], type="local", source=PUBLISHER)
    category = add(root, "category")
    add(category, "conceptID", "http://www.cidoc-crm.org/crm-concepts/E22", type="URI")
    add(category, "term", "Human-Made Object", lang="en")
    _descriptive(add(root, "descriptiveMetadata", lang="en"), work, parties or Parties([]))
    _administrative(add(root, "administrativeMetadata", lang="en"), work)
    return root


def wrap(records: Iterable[ET.Element]) -> ET.Element:
    root = ET.Element(f"{{{LIDO_NS}}}lidoWrap")
    root.set(f"{{{XSI}}}schemaLocation", SCHEMA_LOCATION)
    root.extend(records)
    return root


def to_bytes(element: ET.Element) -> bytes:
    if element.get(f"{{{XSI}}}schemaLocation") is None:
        element.set(f"{{{XSI}}}schemaLocation", SCHEMA_LOCATION)
    ET.indent(element)
    return ET.tostring(element, encoding="utf-8", xml_declaration=True) + b"\n"


# -- descriptive metadata ---------------------------------------------------------------------
def _descriptive(meta: ET.Element, work: dict[str, Any], parties: Parties) -> None:
    classification = add(meta, "objectClassificationWrap")
    work_type = add(add(classification, "objectWorkTypeWrap"), "objectWorkType")
    add(work_type, "term", work.get("work_type") or "unknown", lang="en")
    if work.get("category"):
        add(add(add(classification, "classificationWrap"), "classification", type="category"),
            "term", work["category"], lang="en")
    _identification(add(meta, "objectIdentificationWrap"), work)
    _events(add(meta, "eventWrap"), work, parties)
    relations = _relations(work)
    if len(relations):
        meta.append(relations)


def _identification(ident: ET.Element, work: dict[str, Any]) -> None:
    titles = add(ident, "titleWrap")
    main = add(titles, "titleSet", pref="preferred")
    add(main, "appellationValue", work["title"], lang="en", pref="preferred")
    if work.get("title_ru"):
        add(main, "appellationValue", work["title_ru"], lang="ru", pref="preferred")
    for other in work.get("other_titles") or []:
        add(add(titles, "titleSet", pref="alternate"), "appellationValue", other)
    if work.get("inscriptions"):
        inscription = add(add(ident, "inscriptionsWrap"), "inscriptions")
        lang_value(add(inscription, "inscriptionDescription"), "descriptiveNoteValue",
                   work["inscriptions"], "en")
    if work.get("current_holder"):
        _repository(add(ident, "repositoryWrap"), work)
    _descriptions(add(ident, "objectDescriptionWrap"), work)
    dims = dimensions_text(work)
    if dims or work.get("dimensions_note"):
        _measurements(add(ident, "objectMeasurementsWrap"), work, dims)


def _repository(wrap_el: ET.Element, work: dict[str, Any]) -> None:
    repository = add(wrap_el, "repositorySet", type="current")
    certainty = work.get("holder_certainty") or "unknown"
    shown = work["current_holder"] + ("" if certainty == "certain" else f" ({certainty})")
    add(repository, "displayRepository", shown, lang="en")
    name = add(add(repository, "repositoryName"), "legalBodyName")
    add(name, "appellationValue", work["current_holder"])
    for note in source_notes(work.get("holder_sources"), work):
        add(repository, "sourceRepositorySet", note)


def _descriptions(wrap_el: ET.Element, work: dict[str, Any]) -> None:
    if work.get("description") or work.get("description_ru"):
        description = add(wrap_el, "objectDescriptionSet", type="description")
        lang_value(description, "descriptiveNoteValue", work.get("description"), "en")
        lang_value(description, "descriptiveNoteValue", work.get("description_ru"), "ru")
    events = work.get("provenance") or []
    if events:
        provenance = add(wrap_el, "objectDescriptionSet", type="provenance")
        lang_value(provenance, "descriptiveNoteValue", paragraph(events, "en"), "en")
        lang_value(provenance, "descriptiveNoteValue", paragraph(events, "ru"), "ru")
    if work.get("facts"):
        facts = add(wrap_el, "objectDescriptionSet", type="facts")
        for fact in work["facts"]:
            lang_value(facts, "descriptiveNoteValue", fact, "en")
    if work.get("catalogue_numbers"):
        numbers = add(wrap_el, "objectDescriptionSet", type="catalogue numbers")
        for number in work["catalogue_numbers"]:
            add(numbers, "descriptiveNoteValue", number)
    confidence = add(wrap_el, "objectDescriptionSet", type="record confidence")
    text = f"Record confidence: {work.get('confidence') or 'low'}"
    if work.get("confidence_note"):
        text += f" — {work['confidence_note']}"
    lang_value(confidence, "descriptiveNoteValue", text, "en")


def _measurements(wrap_el: ET.Element, work: dict[str, Any], dims: str | None) -> None:
    measured = add(wrap_el, "objectMeasurementsSet")
    display = " — ".join(t for t in (dims, work.get("dimensions_note")) if t)
    add(measured, "displayObjectMeasurements", display, lang="en")
    if dims:
        values = add(measured, "objectMeasurements")
        for field in ("height", "width", "depth"):
            if work.get(field) is not None:
                one = add(values, "measurementsSet")
                add(one, "measurementType", field, lang="en")
                add(one, "measurementUnit", work["dimension_unit"], lang="en")
                add(one, "measurementValue", f"{work[field]:g}")


# -- events -----------------------------------------------------------------------------------
def _events(events: ET.Element, work: dict[str, Any], parties: Parties) -> None:
    created = next((e for e in work.get("provenance") or [] if e["kind"] == "created"), None)
    events.append(_creation(work, created))
    for event in work.get("provenance") or []:
        if event is not created:
            events.append(provenance_event(event, work, parties))
    for exhibition in work.get("exhibitions") or []:
        if exhibition.get("relation") == "shown":
            events.append(_exhibition(exhibition))
    others = [p for p in work.get("people") or [] if role_kind(p.get("role")) == "other"]
    if others:
        events.append(_associations(others))


def _creation(work: dict[str, Any], created: dict[str, Any] | None) -> ET.Element:
    event_set = ET.Element(f"{{{LIDO_NS}}}eventSet")
    if work.get("date_display"):
        add(event_set, "displayEvent", f"Created {work['date_display']}", lang="en")
    event = add(event_set, "event")
    event.append(event_type(CREATION))
    for person in work.get("people") or []:
        if role_kind(person.get("role")) == "creator":
            event.append(_actor(person))
    dates = date_set(work.get("date_display"), work.get("date_earliest"),
                     work.get("date_latest"), "eventDate")
    if dates is not None:
        event.append(dates)
    place = creation_place(work, created)
    if place is not None:
        event.append(place)
    _materials(event, work)
    for link in work.get("missions") or []:
        if link["link"] in ("made_during", "inspired_by"):
            related = add(event, "relatedEventSet")
            related.append(mission_event(link, "relatedEvent"))
            add(add(related, "relatedEventRelType"), "term", link["link"].replace("_", " "),
                lang="en")
    notes = [n for n in (work.get("date_note"), (created or {}).get("note")) if n]
    sources = source_notes((created or {}).get("sources"), work)
    if notes or sources:
        description = add(event, "eventDescriptionSet")
        for note in notes:
            lang_value(description, "descriptiveNoteValue", note, "en")
        for source in sources:
            add(description, "sourceDescriptiveNote", source)
    return event_set


def _actor(person: dict[str, Any], tag: str = "eventActor") -> ET.Element:
    holder = ET.Element(f"{{{LIDO_NS}}}{tag}")
    add(holder, "displayActorInRole", f"{person.get('name') or person['person_id']} "
                                      f"({person.get('role') or 'role not recorded'})", lang="en")
    in_role = add(holder, "actorInRole")
    actor = add(in_role, "actor", type="person")
    add(actor, "actorID", person["person_id"], type="local", source=PUBLISHER)
    names = add(actor, "nameActorSet")
    add(names, "appellationValue", person.get("name") or person["person_id"], lang="en",
        pref="preferred")
    if person.get("name_ru"):
        add(names, "appellationValue", person["name_ru"], lang="ru", pref="preferred")
    if person.get("role"):
        add(add(in_role, "roleActor"), "term", person["role"], lang="en")
    return holder


def _materials(event: ET.Element, work: dict[str, Any]) -> None:
    shown = materials_text(work)
    if not shown:
        return
    materials = add(event, "eventMaterialsTech")
    add(materials, "displayMaterialsTech", shown, lang="en")
    terms = add(materials, "materialsTech")
    for field, kind in (("medium", "material"), ("support", "support")):
        if work.get(field):
            add(add(terms, "termMaterialsTech", type=kind), "term", work[field], lang="en")


def _exhibition(exhibition: dict[str, Any]) -> ET.Element:
    event_set = ET.Element(f"{{{LIDO_NS}}}eventSet")
    event = add(event_set, "event")
    add(event, "eventID", exhibition["exhibition_id"], type="local", source=PUBLISHER)
    event.append(event_type(EVENT_TYPE["exhibited"]))
    names = add(event, "eventName")
    add(names, "appellationValue", exhibition.get("name") or exhibition["exhibition_id"],
        lang="en")
    if exhibition.get("name_ru"):
        add(names, "appellationValue", exhibition["name_ru"], lang="ru")
    dates = date_set(exhibition.get("date_display"), None, None, "eventDate")
    if dates is not None:
        event.append(dates)
    where = ", ".join(p for p in (exhibition.get("venue"), exhibition.get("city")) if p)
    if where:
        add(add(event, "eventPlace"), "displayPlace", where, lang="en")
    return event_set


def _associations(people: list[dict[str, Any]]) -> ET.Element:
    """People linked to the work neither as its makers nor as what it shows."""
    event_set = ET.Element(f"{{{LIDO_NS}}}eventSet")
    event = add(event_set, "event")
    event.append(event_type(EVENT_TYPE["other"]))
    add(add(event, "eventName"), "appellationValue", "Other recorded associations", lang="en")
    for person in people:
        event.append(_actor(person))
    return event_set


# -- relations: subjects, missions, series, sources -------------------------------------------
def _relations(work: dict[str, Any]) -> ET.Element:
    relations = ET.Element(f"{{{LIDO_NS}}}objectRelationWrap")
    depicted = [p for p in work.get("people") or [] if role_kind(p.get("role")) == "depicted"]
    shown = [m for m in work.get("missions") or [] if m["link"] in ("depicts", "commemorates")]
    if work.get("subjects") or depicted or shown:
        subject = add(add(add(relations, "subjectWrap"), "subjectSet"), "subject")
        for keyword in work.get("subjects") or []:
            add(add(subject, "subjectConcept"), "term", keyword, lang="en")
        for person in depicted:
            actor_set = add(subject, "subjectActor")
            add(actor_set, "displayActor", f"{person.get('name')} ({person.get('role')})",
                lang="en")
            actor = add(actor_set, "actor", type="person")
            add(actor, "actorID", person["person_id"], type="local", source=PUBLISHER)
            add(add(actor, "nameActorSet"), "appellationValue",
                person.get("name") or person["person_id"], lang="en")
        for link in shown:
            subject.append(mission_event(link, "subjectEvent"))
    related: list[ET.Element] = []
    if work.get("series"):
        one = ET.Element(f"{{{LIDO_NS}}}relatedWorkSet")
        add(one, "displayRelatedWork", work["series"], lang="en")
        add(add(one, "relatedWorkRelType"), "term", "part of series", lang="en")
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
    add(relation, "term", "is documented in", lang="en")
    return one


# -- administrative metadata ------------------------------------------------------------------
def _administrative(admin: ET.Element, work: dict[str, Any]) -> None:
    if work.get("rights") or work.get("credit_line"):
        rights = add(add(admin, "rightsWorkWrap"), "rightsWorkSet")
        if work.get("rights"):
            add(add(rights, "rightsType"), "term", work["rights"], lang="en")
        if work.get("credit_line"):
            add(rights, "creditLine", work["credit_line"], lang="en")
    record = add(admin, "recordWrap")
    add(record, "recordID", work["id"], type="local", source=PUBLISHER)
    add(add(record, "recordType"), "term", "item", lang="en")
    add(add(add(record, "recordSource"), "legalBodyName"), "appellationValue", PUBLISHER)
    if work.get("updated_at"):
        info = add(record, "recordInfoSet")
        add(info, "recordMetadataDate", work["updated_at"], type="modified")
    if work.get("image_path"):
        _resource(add(admin, "resourceWrap"), work)


def _resource(wrap_el: ET.Element, work: dict[str, Any]) -> None:
    resource = add(wrap_el, "resourceSet")
    if work.get("image_sha256"):
        add(resource, "resourceID", work["image_sha256"], type="sha256")
    representation = add(resource, "resourceRepresentation", type="image_master")
    mime = {"JPEG": "image/jpeg", "PNG": "image/png", "TIFF": "image/tiff",
            "WEBP": "image/webp", "GIF": "image/gif"}.get(work.get("image_format") or "")
    add(representation, "linkResource", f"images/{work['image_path']}",
        **({"formatResource": mime} if mime else {}))
    for field in ("width", "height"):
        value = work.get(f"image_{field}")
        if value:
            size = add(representation, "resourceMeasurementsSet")
            add(size, "measurementType", field, lang="en")
            add(size, "measurementUnit", "pixels", lang="en")
            add(size, "measurementValue", str(value))
    resource.append(concept("resourceType", None, "digital image"))
    lang_value(resource, "resourceDescription", work.get("alt_text"), "en", type="alt text")
    lang_value(resource, "resourceDescription", work.get("alt_text_ru"), "ru", type="alt text")
    if work.get("image_is_standin"):
        add(resource, "resourceDescription", STANDIN_EN, lang="en", type="stand-in")
        add(resource, "resourceDescription", STANDIN_RU, lang="ru", type="stand-in")
