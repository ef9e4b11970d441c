"""What the detail view needs about one work, gathered in one call on the catalog worker.

`load_detail(catalog, work_id)` runs on the CatalogService thread (never the GUI thread) and
uses only the Catalog API: the full record, each linked mission's own record (crew, key facts,
summary), each exhibition's venue by name, each source's record (when and how it was
consulted, per language), the catalog's terms (labels per language) and related works (same
mission, series or collaborator).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from ...catalog.errors import NotFound
from ...catalog.search import WorkRow
from ...catalog.terms import Vocabulary

ARTIST_ID = "alexei-leonov"  # the gallery's artist: every work is "his", so not a relation
RELATED_PER_GROUP = 8


@dataclass
class RelatedGroup:
    kind: str  # mission, series, person
    value: str
    name: str
    name_ru: str | None
    works: list[WorkRow]


@dataclass
class DetailData:
    record: dict[str, Any]
    missions: dict[str, dict[str, Any]] = field(default_factory=dict)
    related: list[RelatedGroup] = field(default_factory=list)
    vocabulary: Vocabulary = field(default_factory=lambda: Vocabulary(()))
    venues: dict[str, dict[str, Any]] = field(default_factory=dict)  # id → name, name_ru
    sources: dict[str, dict[str, Any]] = field(default_factory=dict)  # id → source record


def load_detail(catalog: Any, work_id: str) -> DetailData:
    record = catalog.get(work_id)
    missions: dict[str, dict[str, Any]] = {}
    for link in record.get("missions") or []:
        try:
            missions[link["mission_id"]] = catalog.get_record("missions", link["mission_id"])
        except NotFound:
            continue  # a dangling link is `gallery check`'s business; show what exists
    with catalog.reading() as con:  # the terms: read-only, the store's own reader
        vocabulary = Vocabulary.read(con)
    venues = {}
    for show in record.get("exhibitions") or []:
        venue = show.get("venue")
        if venue and venue not in venues:
            venues[venue] = _named(catalog, venue)
    sources = {}
    for source_id in record.get("source_details") or {}:
        try:
            sources[source_id] = catalog.get_record("sources", source_id)
        except NotFound:
            continue
    return DetailData(record, missions, related_works(catalog, record), vocabulary, venues,
                      sources)


def _named(catalog: Any, record_id: str) -> dict[str, Any]:
    """An agent's or person's names; free text (older data) stands for itself."""
    for table in ("agents", "people"):
        try:
            found = catalog.get_record(table, record_id)
        except NotFound:
            continue
        return {"name": found.get("name"), "name_ru": found.get("name_ru")}
    return {"name": record_id, "name_ru": None}


def related_works(catalog: Any, record: dict[str, Any]) -> list[RelatedGroup]:
    """Works sharing a mission, the series or a collaborator, each listed once."""
    seen = {record["id"]}
    wanted: list[tuple[str, str, str, str | None]] = []
    for link in record.get("missions") or []:
        wanted.append(("mission", link["mission_id"], link.get("name") or link["mission_id"],
                       link.get("name_ru")))
    if record.get("series"):
        wanted.append(("series", record["series"], record["series"], record.get("series_ru")))
    for person in record.get("people") or []:
        if person["person_id"] != ARTIST_ID:
            wanted.append(("person", person["person_id"], person.get("name")
                           or person["person_id"], person.get("name_ru")))
    groups = []
    for kind, value, name, name_ru in wanted:
        result = catalog.search(filters={kind: value}, sort="date",
                                limit=RELATED_PER_GROUP + len(seen), facets=False)
        rows = [row for row in result.rows if row.id not in seen][:RELATED_PER_GROUP]
        seen.update(row.id for row in rows)
        if rows:
            groups.append(RelatedGroup(kind, value, name, name_ru, rows))
    return groups
