"""Linked Art JSON-LD: works (HumanMadeObject), people (Person), provenance (Activity), and the
groups, places, concepts, missions and visual items they refer to, each a record with an id.

Provenance follows Linked Art's split: a Provenance Activity whose part is an `Acquisition`
when an event moves ownership (created, gift, sale, bequest, acquired, held) and a
`TransferOfCustody` when it moves custody only (loan, exhibited). Publications and
reproductions carry no transfer; a gap is an Activity whose statement says the whereabouts are
unknown. A party named in provenance text becomes a reference only when it is a catalog person
or reads as an institution (a Group, see `common.Parties`); anything else ("unknown …", "a
museum in …", a quoted book title) stays in the statement "Party as recorded".
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

from ...atomic import write_text_atomically
from ..dates import DateNotUnderstood, parse_date
from ..names import confined
from ..provenance import paragraph
from .common import Parties, dimensions_text, materials_text, role_kind, slug
from .linked_art_provenance import provenance_activity
from .linked_art_vocab import (
    ARTWORK,
    CONTEXT,
    DIMENSIONS,
    LOCAL_NUMBER,
    MUSEUM,
    ORGANIZATION,
    TYPE_OF_WORK,
    UNITS,
    WORK_TYPES,
    aat,
    name,
    names,
    ref,
    source_statement,
    statement,
    statements,
    timespan,
)

_HEDGED_PLACE = re.compile(r"\b(probabl\w*|possibl\w*|perhaps|not stated|unknown|during)\b|\?",
                           re.I)


class Records:
    """Every record of one export, by id; minted on first reference so ids always resolve."""

    def __init__(self, base: str, parties: Parties) -> None:
        self.base = base
        self.parties = parties
        self.by_id: dict[str, dict[str, Any]] = {}

    def uri(self, kind: str, key: str) -> str:
        return f"{self.base}/{kind}/{key}.json"

    def put(self, record: dict[str, Any]) -> dict[str, Any]:
        self.by_id.setdefault(record["id"], record)
        return self.by_id[record["id"]]

    def actors(self, label: str | None) -> list[dict[str, Any]]:
        """References to the People and Groups a provenance name stands for (maybe none)."""
        out = []
        for party in self.parties.parse(label):
            if party.person_id and self.uri("person", party.person_id) in self.by_id:
                out.append(ref(self.by_id[self.uri("person", party.person_id)]))
            elif party.kind == "Group":
                museum = re.search(r"museum|музей", party.name, re.I)
                out.append(ref(self.put({
                    "id": self.uri("group", slug(party.name)), "type": "Group",
                    "_label": party.name, "identified_by": [name(party.name)],
                    "classified_as": [MUSEUM if museum else ORGANIZATION],
                    "referred_to_by": statements(statement(
                        "note", "Known to this catalog only by name, from provenance "
                                "records."))})))
        return out

    def place(self, label: str | None) -> dict[str, Any] | None:
        """A Place for a recorded place name; None for a hedged or prose one ("probably …",
        "during the mission"), which the caller keeps as text."""
        if not label or _HEDGED_PLACE.search(label):
            return None
        text = " ".join(re.sub(r"\(.*?\)", " ", str(label)).split()).strip(" ,")
        if not text:
            return None
        return ref(self.put({"id": self.uri("place", slug(text)), "type": "Place",
                             "_label": text, "identified_by": [name(text)]}))

    def concept(self, label: str, prefix: str = "", meta: dict[str, Any] | None = None
                ) -> dict[str, Any]:
        record: dict[str, Any] = {"id": self.uri("concept", prefix + slug(label)),
                                  "type": "Type", "_label": label,
                                  "identified_by": [name(label, "en")]}
        if meta:
            record["classified_as"] = [meta]
        return ref(self.put(record))


def build(catalog: Any, base: str, progress: Callable[[int, str], None] | None = None
          ) -> list[dict[str, Any]]:
    """All records of the catalog's works, people and their provenance, in a stable order."""
    people = catalog.list_records("people")
    records = Records(base, Parties(people))
    for person in people:
        records.put(_person(person, records))
    for mission in catalog.list_records("missions"):
        records.put(_mission(mission, records))
    for index, work_id in enumerate(catalog.work_ids(), 1):
        work = catalog.get(work_id)
        obj = records.put(_object(work, records))
        for position, event in enumerate(work.get("provenance") or [], 1):
            records.put(provenance_activity(event, position, work, ref(obj), records))
        if progress:
            progress(index, work_id)
    return [records.by_id[key] for key in sorted(records.by_id)]


def _person(person: dict[str, Any], records: Records) -> dict[str, Any]:
    out: dict[str, Any] = {
        "id": records.uri("person", person["id"]), "type": "Person",
        "_label": person["name"],
        "identified_by": [*names(person["name"], person.get("name_ru")),
                          {"type": "Identifier", "content": person["id"],
                           "classified_as": [LOCAL_NUMBER]}],
    }
    for field, kind in (("born", "Birth"), ("died", "Death")):
        life: dict[str, Any] = {"type": kind, "_label": f"{kind} of {person['name']}"}
        span = _span(person.get(f"{field}_date"))
        if span:
            life["timespan"] = span
        place = records.place(person.get(f"{field}_place"))
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
        return timespan(str(text), None, None)
    return timespan(str(text), parsed.earliest, parsed.latest)


def _mission(mission: dict[str, Any], records: Records) -> dict[str, Any]:
    out: dict[str, Any] = {
        "id": records.uri("activity", mission["id"]), "type": "Activity",
        "_label": mission["name"], "identified_by": names(mission["name"], mission.get("name_ru")),
    }
    span = timespan(mission.get("date_display"), mission.get("date_start"),
                    mission.get("date_end"))
    if span:
        out["timespan"] = span
    crew = [ref(records.by_id[records.uri("person", m["person_id"])])
            for m in mission.get("crew") or []
            if records.uri("person", m["person_id"]) in records.by_id]
    if crew:
        out["carried_out_by"] = crew
    texts = statements(statement("description", mission.get("summary"), "en"),
                       statement("description", mission.get("summary_ru"), "ru"),
                       statement("note", f"Space mission; status: {mission.get('status')}"))
    out["referred_to_by"] = texts
    return out


def _object(work: dict[str, Any], records: Records) -> dict[str, Any]:
    obj: dict[str, Any] = {"id": records.uri("object", work["id"]), "type": "HumanMadeObject",
                           "_label": work["title"]}
    kinds = [ARTWORK]
    if work.get("category") in WORK_TYPES:
        kinds.append(aat(*WORK_TYPES[work["category"]], TYPE_OF_WORK))
    if work.get("work_type"):
        kinds.append(records.concept(work["work_type"], "work-type-", TYPE_OF_WORK))
    obj["classified_as"] = kinds
    obj["identified_by"] = [
        *names(work["title"], work.get("title_ru")),
        *[name(other, primary=False) for other in work.get("other_titles") or []],
        {"type": "Identifier", "content": work["id"], "classified_as": [LOCAL_NUMBER]},
    ]
    events = work.get("provenance") or []
    obj["referred_to_by"] = statements(
        statement("description", work.get("description"), "en"),
        statement("description", work.get("description_ru"), "ru"),
        statement("materials", materials_text(work)),
        statement("dimensions", " — ".join(t for t in (dimensions_text(work),
                                                        work.get("dimensions_note")) if t)),
        statement("inscription", work.get("inscriptions")),
        statement("credit", work.get("credit_line")),
        statement("rights", work.get("rights")),
        statement("provenance", paragraph(events, "en") if events else None, "en"),
        statement("provenance", paragraph(events, "ru") if events else None, "ru"),
        statement("note", _holder_note(work)),
        statement("note", f"Record confidence: {work.get('confidence') or 'low'}"
                          + (f" — {work['confidence_note']}" if work.get("confidence_note")
                             else "")),
    )
    dims = _dimensions(work)
    if dims:
        obj["dimension"] = dims
    obj["produced_by"] = _production(work, records)
    visual = _visual(work, records)
    if visual:
        obj["shows"] = [ref(records.put(visual))]
    if work.get("holder_certainty") == "certain":
        owners = records.actors(work.get("current_holder"))
        if owners:
            obj["current_owner"] = owners
    sources = [work["source_details"][s] for s in work.get("sources") or []
               if s in (work.get("source_details") or {})]
    if sources:
        obj["subject_of"] = [source_statement(s) for s in sources]
    return obj


def _holder_note(work: dict[str, Any]) -> str | None:
    if not work.get("current_holder"):
        return "Current holder: unknown."
    return f"Current holder: {work['current_holder']} ({work.get('holder_certainty')})."


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
    span = timespan(work.get("date_display"), work.get("date_earliest"), work.get("date_latest"))
    if span:
        production["timespan"] = span
    makers = [records.by_id[records.uri("person", p["person_id"])] for p in work.get("people")
              or [] if role_kind(p.get("role")) == "creator"
              and records.uri("person", p["person_id"]) in records.by_id]
    if makers:
        production["carried_out_by"] = [ref(m) for m in makers]
    place = records.place(work.get("where_made"))
    if place:
        production["took_place_at"] = [place]
    roles = "; ".join(f"{p.get('name') or p['person_id']} ({p.get('role')})"
                      for p in work.get("people") or [])
    missions = "; ".join(f"{m['link'].replace('_', ' ')} {m.get('name') or m['mission_id']}"
                         + (f" ({m['qualifier']})" if m.get("qualifier") else "")
                         for m in work.get("missions") or [])
    texts = statements(statement("note", work.get("date_note")),
                       statement("note", place_note(work.get("where_made"), place)),
                       statement("production", f"People: {roles}." if roles else None),
                       statement("production", f"Missions: {missions}." if missions else None))
    if texts:
        production["referred_to_by"] = texts
    return production


def place_note(text: str | None, place: dict[str, Any] | None) -> str | None:
    """The place as recorded, when the Place reference does not say all of it."""
    if text and (place is None or place["_label"] != " ".join(text.split())):
        return f"Place as recorded: {text}"
    return None


def _visual(work: dict[str, Any], records: Records) -> dict[str, Any] | None:
    about = [records.concept(s, "subject-") for s in work.get("subjects") or []]
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
                              "identified_by": [name(f"Visual content of {work['title']}")]}
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

