"""LIDO 1.1 XML for works: one `lido:lido` record per work, or all of them in a `lidoWrap`.

Element order follows the LIDO 1.1 XSD (tests validate against it). A field the catalog does not
know is left out rather than filled with invented content; the one element LIDO requires that
we may lack, the work type, then says "unknown". Every text goes out in each language the
catalog has (xml:lang), every term with its labels and its Getty AAT id where it has one, and
every agent with its names and authority ids. Provenance events become `eventSet`s typed with
the LIDO event-type terminology (see `lido_events`); the catalog's own "created" event is merged
into the single Creation event.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Iterable
from typing import Any

from ..provenance import paragraph
from .common import (
    DEFAULT_BASE,
    PUBLISHER,
    STANDIN_EN,
    STANDIN_RU,
    dimensions_text,
    lido_url,
    manifest_url,
)
from .lido_events import concept, source_notes
from .lido_related import events, relations_of
from .lido_terms import both, term_into
from .lido_xml import LIDO_NS, SCHEMA_LOCATION, XSI, add, lang_value
from .refs import Refs

ET.register_namespace("lido", LIDO_NS)
ET.register_namespace("xsi", XSI)


def work_record(work: dict[str, Any], refs: Refs | None = None,
                base: str = DEFAULT_BASE) -> ET.Element:
    """One work (as `Catalog.get` returns it) as a `lido:lido` element; `refs` (`Refs.of`
    the catalog) gives terms, agents and people their labels, names and authority ids.
    `base` is the URL the exports are published at (`--base-url`, shared with the IIIF
    export): the image, its IIIF manifest and the record itself are linked under it."""
    refs = refs or Refs()
    root = ET.Element(f"{{{LIDO_NS}}}lido")
    add(root, "lidoRecID", work["id"], type="local", source=PUBLISHER)
    category = add(root, "category")
    add(category, "conceptID", "http://www.cidoc-crm.org/crm-concepts/E22", type="URI")
    add(category, "term", "Human-Made Object", lang="en")
    add(category, "term", "Рукотворный объект", lang="ru")
    _descriptive(add(root, "descriptiveMetadata", lang="en"), work, refs)
    _administrative(add(root, "administrativeMetadata", lang="en"), work, base)
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
def _descriptive(meta: ET.Element, work: dict[str, Any], refs: Refs) -> None:
    classification = add(meta, "objectClassificationWrap")
    work_type = add(add(classification, "objectWorkTypeWrap"), "objectWorkType")
    term_into(work_type, refs.term("work_type", work.get("work_type")), work.get("work_type"))
    if work.get("category"):
        add(add(add(classification, "classificationWrap"), "classification", type="category"),
            "term", work["category"], lang="en")
    _identification(add(meta, "objectIdentificationWrap"), work, refs)
    events(add(meta, "eventWrap"), work, refs)
    relations = relations_of(work, refs)
    if len(relations):
        meta.append(relations)


def _identification(ident: ET.Element, work: dict[str, Any], refs: Refs) -> None:
    titles = add(ident, "titleWrap")
    main = add(titles, "titleSet", pref="preferred")
    for field, lang in (("title", "en"), ("title_ru", "ru")):
        if work.get(field):
            value = add(main, "appellationValue", work[field], lang=lang, pref="preferred")
            status = work.get(f"{field}_status")
            if status:  # original, published translation, our translation …
                value.set(f"{{{LIDO_NS}}}label", refs.label("title_status", status, "en"))
    for other in work.get("other_titles") or []:
        other = other if isinstance(other, dict) else {"text": str(other)}
        status = other.get("status")
        title_set = add(titles, "titleSet", pref="alternate",
                        **({"type": refs.label("title_status", status, "en")} if status else {}))
        add(title_set, "appellationValue", other["text"], lang=other.get("lang") or "en",
            pref="alternate")
    if work.get("inscriptions") or work.get("inscriptions_ru"):
        inscription = add(add(ident, "inscriptionsWrap"), "inscriptions")
        both(add(inscription, "inscriptionDescription"), "descriptiveNoteValue",
             work.get("inscriptions"), work.get("inscriptions_ru"))
    # A repository is where the work is now, known for certain; a holder in doubt or of the
    # past is said by the provenance events (and the holder note) instead.
    if work.get("current_holder") and work.get("holder_certainty") == "certain":
        _repository(add(ident, "repositoryWrap"), work, refs)
    _descriptions(add(ident, "objectDescriptionWrap"), work, refs)
    dims = dimensions_text(work)
    if dims or work.get("dimensions_note"):
        _measurements(add(ident, "objectMeasurementsWrap"), work, dims)


def _repository(wrap_el: ET.Element, work: dict[str, Any], refs: Refs) -> None:
    repository = add(wrap_el, "repositorySet", type="current")
    both(repository, "displayRepository", work["current_holder"],
         work.get("current_holder_ru") or work["current_holder"])
    body = add(repository, "repositoryName")
    actor = refs.actor(work.get("current_holder_id"))
    if actor is not None:
        add(body, "legalBodyID", actor.id, type="local", source=PUBLISHER)
        for source, uri in actor.authorities:
            add(body, "legalBodyID", uri, type="URI", source=source)
    both(add(body, "legalBodyName"), "appellationValue", work["current_holder"],
         work.get("current_holder_ru"), pref="preferred")
    for note in source_notes(work.get("holder_sources"), work):
        add(repository, "sourceRepositorySet", note)


def _descriptions(wrap_el: ET.Element, work: dict[str, Any], refs: Refs) -> None:
    texts = [("description", "description"), ("holder", "holder_note"),
             ("work type note", "work_type_note"), ("face value", "face_value")]
    for kind, field in texts:
        if work.get(field) or work.get(f"{field}_ru"):
            both(add(wrap_el, "objectDescriptionSet", type=kind), "descriptiveNoteValue",
                 work.get(field), work.get(f"{field}_ru"))
    events = work.get("provenance") or []
    if events:
        provenance = add(wrap_el, "objectDescriptionSet", type="provenance")
        both(provenance, "descriptiveNoteValue", paragraph(events, "en"),
             paragraph(events, "ru"))
    if work.get("facts"):
        facts = add(wrap_el, "objectDescriptionSet", type="facts")
        for fact in work["facts"]:
            lang_value(facts, "descriptiveNoteValue", fact, "en")
    for field, lang in (("catalogue_numbers", "en"), ("catalogue_numbers_ru", "ru")):
        if work.get(field):
            numbers = add(wrap_el, "objectDescriptionSet", type="catalogue numbers")
            for number in work[field]:
                add(numbers, "descriptiveNoteValue", number, lang=lang)
    confidence = add(wrap_el, "objectDescriptionSet", type="record confidence")
    level = work.get("confidence") or "low"
    for lang, lead, note in (("en", "Record confidence", work.get("confidence_note")),
                             ("ru", "Достоверность записи", work.get("confidence_note_ru"))):
        text = f"{lead}: {refs.label('confidence', level, lang)}"
        lang_value(confidence, "descriptiveNoteValue", text + (f" — {note}" if note else ""),
                   lang)


def _measurements(wrap_el: ET.Element, work: dict[str, Any], dims: str | None) -> None:
    measured = add(wrap_el, "objectMeasurementsSet")
    for lang, note in (("en", work.get("dimensions_note")),
                       ("ru", work.get("dimensions_note_ru"))):
        display = " — ".join(t for t in (dimensions_text(work, lang), note) if t)
        lang_value(measured, "displayObjectMeasurements", display, lang)
    if dims:
        values = add(measured, "objectMeasurements")
        for field in ("height", "width", "depth"):
            if work.get(field) is not None:
                one = add(values, "measurementsSet")
                add(one, "measurementType", field, lang="en")
                add(one, "measurementUnit", work["dimension_unit"], lang="en")
                add(one, "measurementValue", f"{work[field]:g}")


# -- administrative metadata ------------------------------------------------------------------
# The catalog has not researched the rights in any work (its rights text says so): Copyright
# Not Evaluated, from RightsStatements.org.
WORK_RIGHTS = ("http://rightsstatements.org/vocab/CNE/1.0/", "RightsStatements.org",
               "Copyright Not Evaluated", "Авторское право не оценивалось")
# The stand-ins are drawn by the project's code and shipped under its licence (pyproject.toml:
# MIT). MIT is not a Creative Commons licence, so it is named by its SPDX URI.
STANDIN_RIGHTS = ("https://spdx.org/licenses/MIT.html", "SPDX",
                  "MIT License: a stand-in drawn by the Leonov Gallery project, not the work",
                  "Лицензия MIT: иллюстрация-заменитель проекта Leonov Gallery, не само "
                  "произведение")


def _rights_type(uri: str, source: str, en: str, ru: str) -> ET.Element:
    element = ET.Element(f"{{{LIDO_NS}}}rightsType")
    add(element, "conceptID", uri, type="URI", source=source)
    add(element, "term", en, lang="en")
    add(element, "term", ru, lang="ru")
    return element

def _administrative(admin: ET.Element, work: dict[str, Any], base: str) -> None:
    rights = add(add(admin, "rightsWorkWrap"), "rightsWorkSet")
    rights.append(_rights_type(*WORK_RIGHTS))
    both(rights, "creditLine", work.get("credit_line"), work.get("credit_line_ru"))
    record = add(admin, "recordWrap")
    add(record, "recordID", work["id"], type="local", source=PUBLISHER)
    add(add(record, "recordType"), "term", "item", lang="en")
    add(add(add(record, "recordSource"), "legalBodyName"), "appellationValue", PUBLISHER)
    info = add(record, "recordInfoSet")
    add(info, "recordInfoLink", lido_url(base, work["id"]), formatResource="application/xml")
    if work.get("updated_at"):
        add(info, "recordMetadataDate", work["updated_at"], type="modified")
    if work.get("image_path"):
        _resource(add(admin, "resourceWrap"), work, base)


def _resource(wrap_el: ET.Element, work: dict[str, Any], base: str) -> None:
    resource = add(wrap_el, "resourceSet")
    if work.get("image_sha256"):
        add(resource, "resourceID", work["image_sha256"], type="sha256")
    representation = add(resource, "resourceRepresentation", type="image_master")
    # The image as the IIIF export publishes it (level-0 service, whole image as JPEG).
    add(representation, "linkResource", f"{base}/images/{work['id']}/full/max/0/default.jpg",
        formatResource="image/jpeg")
    for field in ("width", "height"):
        value = work.get(f"image_{field}")
        if value:
            size = add(representation, "resourceMeasurementsSet")
            add(size, "measurementType", field, lang="en")
            add(size, "measurementUnit", "pixels", lang="en")
            add(size, "measurementValue", str(value))
    manifest = add(resource, "resourceRepresentation", type="IIIF manifest")
    add(manifest, "linkResource", manifest_url(base, work["id"]),
        formatResource="application/ld+json")
    resource.append(concept("resourceType", None, "digital image"))
    lang_value(resource, "resourceDescription", work.get("alt_text"), "en", type="alt text")
    lang_value(resource, "resourceDescription", work.get("alt_text_ru"), "ru", type="alt text")
    both(resource, "resourceDescription", work.get("image_note"), work.get("image_note_ru"),
         type="image note")
    both(resource, "resourceDescription", work.get("rights"), work.get("rights_ru"),
         type="rights")
    if work.get("image_is_standin"):
        add(resource, "resourceDescription", STANDIN_EN, lang="en", type="stand-in")
        add(resource, "resourceDescription", STANDIN_RU, lang="ru", type="stand-in")
    # The image's rights apart from the work's: a stand-in is the project's own drawing,
    # under the project's licence; a scan's rights are not evaluated by the catalog.
    image_rights = STANDIN_RIGHTS if work.get("image_is_standin") else WORK_RIGHTS
    add(resource, "rightsResource").append(_rights_type(*image_rights))
