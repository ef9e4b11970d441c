"""Linked Art JSON-LD: works (HumanMadeObject), people (Person), provenance (Activity), and the
groups, places, concepts, missions and visual items they refer to, each a record with an id.

Provenance follows Linked Art's split: a Provenance Activity whose part is an `Acquisition`
when an event moves ownership (created, gift, sale, bequest, acquired, held) and a
`TransferOfCustody` when it moves custody only (loan, exhibited). Publications and
reproductions carry no transfer; a gap is an Activity whose statement says the whereabouts are
unknown. A party or holder is the catalog's agent or person (a Group or Person record with its
names per language and its Wikidata/ULAN/VIAF ids as `equivalent`); older free text becomes a
reference only when it names a catalog person or reads as an institution (`common.Parties`).
Terms are records of our own labelled in both languages and equivalent to their Getty AAT
concept; the kind of work is classified by the AAT concept itself where the term has one.
Every document passes the official Linked Art JSON Schemas (tests/interop/data/linked-art).
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

from ...atomic import write_text_atomically
from ..dates import DateNotUnderstood, parse_date
from ..names import confined
from ..provenance import paragraph
from .common import manifest_url, role_kind, slug
from .linked_art_activities import PUBLICATION_KINDS, Exhibitions, publication
from .linked_art_provenance import provenance_activity
from .linked_art_records import Records
from .linked_art_text import (
    dimensions_statement,
    holder_note,
    labelled,
    materials,
    missions_text,
    people_text,
    place_note,
)
from .linked_art_vocab import (
    ARTWORK,
    CONTEXT,
    DIMENSIONS,
    LOCAL_NUMBER,
    TYPE_OF_WORK,
    UNITS,
    WORK_TYPES,
    aat,
    dated,
    name,
    names,
    ref,
    source_page,
    statement,
    statements,
    timespan,
)
from .refs import Refs

DIGITAL_IMAGE = aat("300215302", "Digital Image")


def build(catalog: Any, base: str, progress: Callable[[int, str], None] | None = None
          ) -> list[dict[str, Any]]:
    """All records of the catalog's works, people and their provenance, in a stable order."""
    people = catalog.list_records("people")
    records = Records(base, Refs.of(catalog))
    for person in people:
        records.put(_person(person, records))
    for mission in catalog.list_records("missions"):
        records.put(_mission(mission, records))
    exhibitions = Exhibitions(catalog, records)
    for index, work_id in enumerate(catalog.work_ids(), 1):
        work = catalog.get(work_id)
        obj = records.put(_object(work, records))
        for position, event in enumerate(work.get("provenance") or [], 1):
            # a publication or reproduction moves nothing: its own activity, not provenance
            make = publication if event["kind"] in PUBLICATION_KINDS else provenance_activity
            records.put(make(event, position, work, ref(obj), records))
        exhibitions.add(work, ref(obj))
        if progress:
            progress(index, work_id)
    for activity in exhibitions.activities():
        records.put(activity)
    return [records.by_id[key] for key in sorted(records.by_id)]


def _person(person: dict[str, Any], records: Records) -> dict[str, Any]:
    out: dict[str, Any] = {
        "id": records.uri("person", person["id"]), "type": "Person",
        "_label": person["name"],
        "identified_by": [*names(person["name"], person.get("name_ru")),
                          {"type": "Identifier", "content": person["id"],
                           "classified_as": [LOCAL_NUMBER]}],
    }
    actor = records.refs.actor(person["id"])
    if actor is not None and actor.authorities:
        out["equivalent"] = [{"id": uri, "type": "Person", "_label": person["name"]}
                             for _, uri in actor.authorities]
    for field, kind in (("born", "Birth"), ("died", "Death")):
        life: dict[str, Any] = {"type": kind, "_label": f"{kind} of {person['name']}"}
        span = _span(person.get(f"{field}_date"))
        if span:
            life["timespan"] = span
        place = records.place(person.get(f"{field}_place"), person.get(f"{field}_place_ru"))
        if place:
            life["took_place_at"] = [place]
        if len(life) > 2:
            out[field] = life
    bios = statements(statement("biography", person.get("bio"), "en"),
                      statement("biography", person.get("bio_ru"), "ru"))
    if bios:
        out["referred_to_by"] = bios
    return out


def _span(text: Any) -> dict[str, Any] | None:
    if not text:
        return None
    try:
        parsed = parse_date(str(text))
    except DateNotUnderstood:
        return None
    return timespan(None, parsed.earliest, parsed.latest)


def _mission(mission: dict[str, Any], records: Records) -> dict[str, Any]:
    out: dict[str, Any] = {
        "id": records.uri("activity", mission["id"]), "type": "Activity",
        "_label": mission["name"], "identified_by": names(mission["name"], mission.get("name_ru")),
    }
    span = dated(mission, "date_start", "date_end")
    if span:
        out["timespan"] = span
    crew = [ref(records.by_id[records.uri("person", m["person_id"])])
            for m in mission.get("crew") or []
            if records.uri("person", m["person_id"]) in records.by_id]
    if crew:
        out["carried_out_by"] = crew
    status = mission.get("status")
    out["referred_to_by"] = statements(
        statement("description", mission.get("summary"), "en"),
        statement("description", mission.get("summary_ru"), "ru"),
        statement("note", f"Space mission; status: "
                          f"{records.refs.label('mission_status', status, 'en')}", "en"),
        statement("note", f"Космический полёт; статус: "
                          f"{records.refs.label('mission_status', status, 'ru')}", "ru"))
    return out


def _per_language(kind: str, en: str | None, ru: str | None) -> list[dict[str, Any] | None]:
    """A statement in English and one in Russian, the Russian only where it says something
    the English does not."""
    return [statement(kind, en, "en"), statement(kind, ru if ru != en else None, "ru")]


def _object(work: dict[str, Any], records: Records) -> dict[str, Any]:
    obj: dict[str, Any] = {"id": records.uri("object", work["id"]), "type": "HumanMadeObject",
                           "_label": work["title"]}
    obj["classified_as"] = _classes(work, records)
    obj["identified_by"] = [
        *names(work["title"], work.get("title_ru")),
        *[_other_title(other) for other in work.get("other_titles") or []],
        {"type": "Identifier", "content": work["id"], "classified_as": [LOCAL_NUMBER]},
    ]
    events = work.get("provenance") or []
    refs = records.refs
    level = work.get("confidence") or "low"
    obj["referred_to_by"] = statements(
        *_per_language("description", work.get("description"), work.get("description_ru")),
        *_per_language("materials", materials(work, "en"), materials(work, "ru")),
        *_per_language("dimensions", dimensions_statement(work, "en"),
                       dimensions_statement(work, "ru")),
        *_per_language("inscription", work.get("inscriptions"), work.get("inscriptions_ru")),
        *_per_language("note", work.get("work_type_note"), work.get("work_type_note_ru")),
        *_per_language("note", labelled("Series", work.get("series")),
                       labelled("Серия", work.get("series_ru"))),
        *_per_language("note", labelled("Face value", work.get("face_value")),
                       labelled("Номинал", work.get("face_value_ru"))),
        *_per_language("credit", work.get("credit_line"), work.get("credit_line_ru")),
        *_per_language("rights", work.get("rights"), work.get("rights_ru")),
        *_per_language("provenance", paragraph(events, "en") if events else None,
                       paragraph(events, "ru") if events else None),
        *_per_language("note", holder_note(work, "en"), holder_note(work, "ru")),
        *_per_language("note", f"Record confidence: {refs.label('confidence', level, 'en')}"
                       + (f" — {work['confidence_note']}" if work.get("confidence_note")
                          else ""),
                       f"Достоверность записи: {refs.label('confidence', level, 'ru')}"
                       + (f" — {work['confidence_note_ru']}" if work.get("confidence_note_ru")
                          else "")),
    )
    made_of = _made_of(work, records)
    if made_of:
        obj["made_of"] = made_of
    dims = _dimensions(work)
    if dims:
        obj["dimension"] = dims
    obj["produced_by"] = _production(work, records)
    visual = _visual(work, records)
    if visual:
        obj["shows"] = [ref(records.put(visual))]
    if work.get("holder_certainty") == "certain":
        owners = records.actors(work.get("current_holder_id") or work.get("current_holder"))
        if owners:
            obj["current_owner"] = owners
    sources = [work["source_details"][s] for s in work.get("sources") or []
               if s in (work.get("source_details") or {})]
    if sources:
        obj["subject_of"] = [source_page(s) for s in sources]
    if work.get("series"):  # a series is a Set the work is a member of (Linked Art sets)
        obj["member_of"] = [ref(records.put(_series(work, records)))]
    if work.get("image_path"):  # published by the IIIF export under the same base URL
        obj.setdefault("subject_of", []).append(_manifest_text(work, records.base))
        obj["representation"] = [_image(work, records.base)]
    return obj


def _series(work: dict[str, Any], records: Records) -> dict[str, Any]:
    title = work["series"]
    return {"id": records.uri("set", slug(title)), "type": "Set", "_label": title,
            "identified_by": names(title, work.get("series_ru"))}


def _manifest_text(work: dict[str, Any], base: str) -> dict[str, Any]:
    """The work's IIIF manifest, as Linked Art's digital integration pattern gives it."""
    return {"type": "LinguisticObject", "_label": f"IIIF manifest of {work['title']}",
            "digitally_carried_by": [{
                "type": "DigitalObject", "_label": "IIIF Presentation 3 manifest",
                "format": 'application/ld+json;profile="http://iiif.io/api/presentation/3/'
                          'context.json"',
                "conforms_to": [{"id": "http://iiif.io/api/presentation",
                                 "type": "InformationObject"}],
                "access_point": [{"id": manifest_url(base, work["id"]),
                                  "type": "DigitalObject"}]}]}


def _image(work: dict[str, Any], base: str) -> dict[str, Any]:
    """The picture shown for the work; a stand-in says it is one."""
    label = ("Stand-in picture drawn by the project, not the work"
             if work.get("image_is_standin") else f"Image of {work['title']}")
    return {"type": "VisualItem", "_label": label, "digitally_shown_by": [{
        "type": "DigitalObject", "_label": label, "classified_as": [DIGITAL_IMAGE],
        "format": "image/jpeg",
        "access_point": [{"id": f"{base}/images/{work['id']}/full/max/0/default.jpg",
                          "type": "DigitalObject"}]}]}


def _classes(work: dict[str, Any], records: Records) -> list[dict[str, Any]]:
    """Artwork, then the kind of work: its Getty AAT concept where the term has one, else
    our own term record (labelled in both languages)."""
    kinds = [ARTWORK]
    term = records.refs.term("work_type", work.get("work_type"))
    if term is not None and term.aat:
        kinds.append(aat(term.aat, term.label, TYPE_OF_WORK))
    elif term is not None:
        kinds.append(records.term(term, meta=TYPE_OF_WORK))
    elif work.get("category") in WORK_TYPES:  # an older record: a free-text work type
        kinds.append(aat(*WORK_TYPES[work["category"]], TYPE_OF_WORK))
    if term is None and work.get("work_type"):
        kinds.append(records.concept(work["work_type"], "work-type-", TYPE_OF_WORK))
    return kinds


def _other_title(other: Any) -> dict[str, Any]:
    if not isinstance(other, dict):
        return name(str(other), primary=False)
    return name(other["text"], other.get("lang"), primary=False)


def _made_of(work: dict[str, Any], records: Records) -> list[dict[str, Any]]:
    out = []
    for term in records.refs.terms([*(work.get("medium_terms") or []),
                                    *(work.get("support_terms") or [])]):
        if term.aat:
            out.append({"id": f"http://vocab.getty.edu/aat/{term.aat}", "type": "Material",
                        "_label": term.label})
        else:
            out.append(records.term(term, "Material"))
    return out


def _dimensions(work: dict[str, Any]) -> list[dict[str, Any]]:
    unit = UNITS.get(work.get("dimension_unit") or "")
    if not unit:
        return []
    out = []
    for field, (number, label) in DIMENSIONS.items():
        if work.get(field) is not None:
            out.append({"type": "Dimension", "value": work[field],
                        "unit": {"id": aat(*unit)["id"], "type": "MeasurementUnit",
                                 "_label": unit[1]},
                        "classified_as": [aat(number, label)]})
    return out


def _production(work: dict[str, Any], records: Records) -> dict[str, Any]:
    production: dict[str, Any] = {"type": "Production", "_label": f"Creation of {work['title']}"}
    span = dated(work, "date_earliest", "date_latest")
    if span:
        production["timespan"] = span
    makers = [records.by_id[records.uri("person", p["person_id"])] for p in work.get("people")
              or [] if role_kind(p.get("role")) == "creator"
              and records.uri("person", p["person_id"]) in records.by_id]
    if makers:
        production["carried_out_by"] = [ref(m) for m in makers]
    place = records.place(work.get("where_made"), work.get("where_made_ru"))
    if place:
        production["took_place_at"] = [place]
    texts = statements(
        *_per_language("note", work.get("date_note"), work.get("date_note_ru")),
        statement("note", place_note(work.get("where_made"), place)),
        statement("note", place_note(work.get("where_made_ru"), None, "ru"), "ru"),
        *_per_language("production", people_text(work, records, "en"),
                       people_text(work, records, "ru")),
        *_per_language("production", missions_text(work, records, "en"),
                       missions_text(work, records, "ru")))
    if texts:
        production["referred_to_by"] = texts
    return production


def _visual(work: dict[str, Any], records: Records) -> dict[str, Any] | None:
    subjects_en, subjects_ru = work.get("subjects") or [], work.get("subjects_ru") or []
    paired = len(subjects_en) == len(subjects_ru)
    about = [records.concept(s, "subject-", label_ru=subjects_ru[i] if paired else None)
             for i, s in enumerate(subjects_en)]
    about += [ref(records.by_id[records.uri("activity", m["mission_id"])])
              for m in work.get("missions") or []
              if m["link"] in ("depicts", "commemorates", "inspired_by")
              and records.uri("activity", m["mission_id"]) in records.by_id]
    shown = [ref(records.by_id[records.uri("person", p["person_id"])])
             for p in work.get("people") or [] if role_kind(p.get("role")) == "depicted"
             and records.uri("person", p["person_id"]) in records.by_id]
    if not (about or shown):
        return None
    visual: dict[str, Any] = {"id": records.uri("visual", work["id"]), "type": "VisualItem",
                              "_label": f"Visual content of {work['title']}",
                              "identified_by": names(f"Visual content of {work['title']}",
                                                     f"Изображённое в «{work['title_ru']}»"
                                                     if work.get("title_ru") else None)}
    if about:
        visual["about"] = about
    if shown:
        visual["represents"] = shown
    return visual


def write(records: list[dict[str, Any]], base: str, output: Path | None) -> list[Path]:
    """One JSON-LD document (@graph) to a file or stdout, or one file per record in a folder."""
    if output is None or output.suffix in (".json", ".jsonld"):
        document = {"@context": CONTEXT, "@graph": records}
        text = json.dumps(document, ensure_ascii=False, indent=1) + "\n"
        if output is None:
            import sys

            sys.stdout.write(text)
            return []
        write_text_atomically(output, text)
        return [output]
    # every path first: a record whose id would leave the folder stops the export unwritten
    paths = [confined(output, *record["id"][len(base) + 1:].split("/")) for record in records]
    for record, path in zip(records, paths, strict=True):
        path.parent.mkdir(parents=True, exist_ok=True)
        write_text_atomically(path, json.dumps({"@context": CONTEXT, **record},
                                               ensure_ascii=False, indent=1) + "\n")
    return paths

