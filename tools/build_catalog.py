"""Build the shipped catalog from the researched facts, our vocabularies and our own texts.

Reads ../shared/catalog-facts/*.yaml (facts with their sources), data/vocabulary.yaml (terms),
data/agents.yaml (organisations), data/places.yaml, data/numbers.yaml and data/texts/*.yaml
(our own words, English and Russian; see docs/texts-format.md). Writes a fresh catalog through
the store's API, draws the stand-in images, and writes data/catalog.json, the reviewable text
form that tests compare catalog.db against.

The build refuses to write a catalog that breaks the bilingual rules: a name or label missing
in one language, research shorthand in visitor text, or a run of 8 words shared with the fact
base's prose (tools/fact_overlap.py). Run from the repository root:
    python tools/build_catalog.py [--facts DIR]
This is a maintainer's tool: the app and the tests never read ../shared.
"""

from __future__ import annotations

import argparse
import itertools
import os
import re
import sys
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "tools"))

import fact_overlap  # noqa: E402
from quotes import english_quotes  # noqa: E402

from gallery.catalog import export  # noqa: E402
from gallery.catalog.bilingual import RIGHTS, STANDIN_NOTICE, consulted  # noqa: E402
from gallery.catalog.content_rules import bilingual_gaps, shorthand_in_catalog  # noqa: E402
from gallery.catalog.dates import certainty_word  # noqa: E402
from gallery.catalog.provenance import transfers_for  # noqa: E402
from gallery.catalog.store import Catalog  # noqa: E402
from gallery.catalog.terms import put_terms  # noqa: E402
from gallery.commands.image_cmds import image_fields, standin_spec  # noqa: E402

BUILD_TIME = "2026-12-07T00:00:00Z"
BUILDER = "catalog build (from shared/catalog-facts)"
_UNITS = {"cm": "cm", "mm": "mm", "in": "in", "m": "m"}


def data(name: str) -> Any:
    return yaml.safe_load((ROOT / "data" / name).read_text(encoding="utf-8"))


def texts(name: str) -> dict[str, Any]:
    found: dict[str, Any] = {}
    for path in sorted((ROOT / "data" / "texts").glob(f"{name}*.yaml")):
        found.update(yaml.safe_load(path.read_text(encoding="utf-8"))[name])
    return found


def en(value: Any) -> str | None:
    return (value or {}).get("en") if isinstance(value, dict) else value


def ru(value: Any) -> str | None:
    return (value or {}).get("ru") if isinstance(value, dict) else None


class Maps:
    """The fact base's free strings → terms and agents (data/vocabulary.yaml, agents.yaml)."""

    def __init__(self) -> None:
        vocabulary = data("vocabulary.yaml")
        self.terms: list[dict[str, Any]] = vocabulary["terms"]
        self.codes: dict[str, dict[str, str]] = vocabulary.get("codes") or {}
        self.term_maps: dict[str, dict[str, Any]] = vocabulary.get("maps") or {}
        agents = data("agents.yaml")
        self.agents: list[dict[str, Any]] = agents["agents"]
        self.agent_maps: dict[str, Any] = agents.get("maps") or {}
        self.places: dict[str, Any] = data("places.yaml")["places"]
        numbers = data("numbers.yaml")
        self.numbers: dict[str, Any] = numbers["numbers"]
        self.face_values: dict[str, Any] = numbers.get("face_values") or {}

    def term_rows(self) -> list[dict[str, Any]]:
        code_of = {term_id: code for scheme in self.codes.values()
                   for code, term_id in scheme.items()}
        return [{"id": t["id"], "scheme": t["scheme"], "code": code_of.get(t["id"], t["id"]),
                 "label": t["en"], "label_ru": t.get("ru"), "broader": t.get("broader"),
                 "aat": str(t["aat"]) if t.get("aat") else None} for t in self.terms]

    def term(self, scheme: str, text: Any) -> dict[str, Any]:
        """{terms, note, certainty} for a fact-base string (a missing map is a build error)."""
        if text is None:
            return {"terms": [], "note": None, "certainty": None}
        found = (self.term_maps.get(scheme) or {}).get(str(text))
        if found is None:
            raise SystemExit(f"data/vocabulary.yaml: maps.{scheme} has no entry for {text!r}")
        return {"terms": list(found.get("terms") or []), "note": found.get("note"),
                "certainty": found.get("certainty")}

    def label(self, scheme: str, code: str) -> dict[str, str]:
        term_id = (self.codes.get(scheme) or {}).get(code, code)
        term = next(t for t in self.terms if t["id"] == term_id)
        return {"en": term["en"], "ru": term["ru"]}

    def party(self, text: Any) -> dict[str, Any]:
        if text is None:
            return {}
        found = self.agent_maps.get(str(text))
        if found is None:
            raise SystemExit(f"data/agents.yaml: maps has no entry for {text!r}")
        return found

    def place(self, text: Any) -> tuple[str | None, str | None]:
        if not text:
            return None, None
        found = self.places.get(str(text))
        if found is None:
            raise SystemExit(f"data/places.yaml: no entry for {text!r}")
        return found["en"], found["ru"]


def split_link(text: str) -> tuple[str, str | None]:
    """'depicts (possibly; inferred from the title only)' → ('depicts', 'possibly; …')."""
    m = re.match(r"^(\w+)\s*(?:\((.*)\))?$", text.strip())
    return (m[1], m[2]) if m else (text, None)


_LINK_QUALIFIERS = {
    "possibly; inferred from the title only": (
        "possibly: only the title suggests it", "возможно: на это указывает лишь название"),
}


# Printed in an edition: no single holder is expected, copies are in many collections.
EDITION_TYPES = {"postage-stamp", "stamp-set", "book", "illustrated-book", "poster", "postcard",
                 "printed-card", "lithograph"}


def provenance(work: dict[str, Any], own: list[dict[str, Any]],
               maps: Maps) -> list[dict[str, Any]]:
    events: list[dict[str, Any]] = []
    owner: str | None = None
    for index, item in enumerate(work.get("provenance") or []):
        kind = item["kind"]
        words = own[index] if index < len(own) else {}
        party = maps.party(item.get("party"))
        giver = party.get("from") or party.get("agent")
        receiver = party.get("to")
        holder = None
        if kind == "created":
            holder = giver
        elif kind in ("gift", "sale", "bequest", "loan"):
            holder = receiver
        direct = kind in ("gift", "sale", "bequest") and bool(giver) and giver == owner
        date = words.get("date") or {}
        earliest, latest = _event_range(item.get("date"))
        place, place_ru = maps.place(item.get("place"))
        certainty = item.get("certainty") or "unknown"
        events.append({
            "date_earliest": earliest, "date_latest": latest,
            "date_qualifier": date.get("qualifier") or "exact",
            "date_note": en(date.get("note")), "date_note_ru": ru(date.get("note")),
            "certainty": certainty, "kind": kind, "party": giver, "holder": holder,
            "party_note": en(party.get("note")), "party_note_ru": ru(party.get("note")),
            "direct": direct, "place": place, "place_ru": place_ru,
            "note": en(words.get("note")), "note_ru": ru(words.get("note")),
            "sources": item.get("sources") or [],
        })
        if kind in ("created", "gift", "sale", "bequest"):
            owner = holder
        elif kind == "gap":
            owner = None
    current = work.get("current_holder") or {}
    named = maps.party(current.get("name")) if current.get("name") else {}
    current_id = named.get("agent") or named.get("to")
    last_moving = [e["kind"] for e in events
                   if transfers_for(e["kind"]) in ("ownership", "unknown")]
    edition = bool(set(maps.term("work_type", work.get("work_type"))["terms"]) & EDITION_TYPES)
    if edition and not current_id:
        events = [e for e in events if not (e["kind"] == "gap" and not e.get("date_earliest"))]
        events.append(_event("edition", None, "unknown", []))
    elif not current_id and (not last_moving or last_moving[-1] != "gap"):
        # No holder today is named: say so, rather than let the last owner stand.
        events.append(_event("gap", None, "unknown", []))
    if current_id and current_id != owner:
        event = _event("held", current_id, current.get("certainty") or "probable",
                       current.get("sources") or [])
        event["party_note"], event["party_note_ru"] = en(named.get("note")), ru(named.get("note"))
        events.append(event)
    return events


def _event(kind: str, holder: str | None, certainty: str, sources: list[str]) -> dict[str, Any]:
    return {"date_earliest": None, "date_latest": None, "date_qualifier": "unknown",
            "certainty": certainty, "kind": kind, "party": holder, "holder": holder,
            "direct": False, "sources": sources}


def _event_range(value: Any) -> tuple[str | None, str | None]:
    from gallery.catalog.dates import DateNotUnderstood, parse_date

    try:
        parsed = parse_date(str(value or ""))
        return parsed.earliest, parsed.latest
    except DateNotUnderstood:
        return None, None


def dimensions(work: dict[str, Any], own: dict[str, Any]) -> dict[str, Any]:
    dims = work.get("dimensions") or {}
    note = own.get("dimensions_note")
    out: dict[str, Any] = {"height": None, "width": None, "depth": None, "dimension_unit": None,
                           "dimensions_note": en(note), "dimensions_note_ru": ru(note)}
    for key, value in dims.items():
        m = re.match(r"^(height|width|depth)_(\w+)$", key)
        if m and isinstance(value, int | float):
            out[m[1]] = float(value)
            out["dimension_unit"] = _UNITS.get(m[2], m[2])
    return out


def _one(found: dict[str, Any], what: str) -> str | None:
    return found["terms"][0] if found["terms"] else None


def work_record(work: dict[str, Any], exhibitions: list[dict[str, Any]], own: dict[str, Any],
                maps: Maps) -> dict[str, Any]:
    certainty_text = work.get("date_certainty") or "unknown"
    people: list[dict[str, Any]] = []
    for link in (work.get("artists") or []) + (work.get("people") or []):
        role = maps.term("role", link["role"])
        code = _one(role, "role") or "associated"
        same = next((p for p in people if p["person_id"] == link["person"]), None)
        if same is None:
            people.append({"person_id": link["person"], "role": code,
                           "certainty": role["certainty"], "role_note": en(role["note"]),
                           "role_note_ru": ru(role["note"])})
        elif same["role"] != code or role["note"]:
            # One link per person: a second role is said in the note, not as a second link.
            label = maps.label("role", code)
            also = (f"also {label['en']}" + (f", {en(role['note'])}" if role["note"] else ""),
                    f"также {label['ru']}" + (f", {ru(role['note'])}" if role["note"] else ""))
            if same["role"] == code:
                also = (en(role["note"]), ru(role["note"]))
            same["role_note"] = "; ".join(x for x in (same["role_note"], also[0]) if x)
            same["role_note_ru"] = "; ".join(x for x in (same["role_note_ru"], also[1]) if x)
    missions = []
    for m in work.get("missions") or []:
        link, qualifier = split_link(m["link"])
        words = _LINK_QUALIFIERS.get(qualifier or "", (qualifier, qualifier))
        missions.append({"mission_id": m["mission"], "link": link, "qualifier": words[0],
                         "qualifier_ru": words[1]})
    shown = []
    for exhibition in exhibitions:
        if work["id"] in (exhibition.get("works_shown") or []):
            shown.append({"exhibition_id": exhibition["id"], "relation": "shown"})
        elif (work["id"] in (exhibition.get("related_works") or [])
              or exhibition["id"] in (work.get("exhibitions") or [])):
            shown.append({"exhibition_id": exhibition["id"], "relation": "related"})
    confidence = work.get("confidence") or {}
    work_type = maps.term("work_type", work.get("work_type"))
    medium = maps.term("medium", work.get("medium"))
    support = maps.term("support", work.get("support"))
    date = own.get("date") or {}
    numbers = maps.numbers.get(work["id"]) or []
    face = maps.face_values.get(work["id"])
    title = own.get("title") or {}
    status = own.get("title_status") or {}
    subjects = own.get("subjects") or {}
    earliest = date.get("earliest") or work.get("date_earliest")
    latest = date.get("latest") or work.get("date_latest")
    events = provenance(work, own.get("provenance") or [], maps)
    for event in events:
        if event["kind"] == "created" and (earliest or latest):
            # One date, one range: the making of the work is the work's own date.
            event.update(date_earliest=earliest, date_latest=latest,
                         date_qualifier=date.get("qualifier") or "exact")
    return {
        "id": work["id"], "title": en(title) or work["title_en"],
        "title_ru": ru(title) or work.get("title_ru"),
        "title_status": status.get("en"), "title_ru_status": status.get("ru"),
        "other_titles": own.get("other_titles") or [
            {"text": t, "lang": "en", "status": None} for t in work.get("other_titles") or []],
        "work_type": _one(work_type, "work_type"), "work_type_note": en(work_type["note"]),
        "work_type_note_ru": ru(work_type["note"]),
        "date_earliest": earliest, "date_latest": latest,
        "date_certainty": certainty_word(certainty_text),
        "date_qualifier": date.get("qualifier") or "exact",
        "date_note": en(date.get("note")), "date_note_ru": ru(date.get("note")),
        "medium_terms": medium["terms"], "medium_note": en(medium["note"]),
        "medium_note_ru": ru(medium["note"]),
        "support_terms": support["terms"], "support_note": en(support["note"]),
        "support_note_ru": ru(support["note"]), **dimensions(work, own),
        "inscriptions": en(own.get("inscriptions")),
        "inscriptions_ru": ru(own.get("inscriptions")),
        "where_made": en(own.get("where_made")), "where_made_ru": ru(own.get("where_made")),
        "description": en(own.get("description")), "description_ru": ru(own.get("description")),
        "subjects": list(subjects.get("en") or []), "subjects_ru": list(subjects.get("ru") or []),
        "series": en(own.get("series")), "series_ru": ru(own.get("series")),
        "catalogue_numbers": [n["en"] for n in numbers],
        "catalogue_numbers_ru": [n["ru"] for n in numbers],
        "face_value": en(face), "face_value_ru": ru(face),
        "credit_line": None, "rights": RIGHTS["en"], "rights_ru": RIGHTS["ru"], "facts": [],
        "alt_text": en(own.get("alt")), "alt_text_ru": ru(own.get("alt")),
        "confidence": confidence.get("overall") or "low",
        "confidence_note": en(own.get("confidence_note")),
        "confidence_note_ru": ru(own.get("confidence_note")),
        "holder_note": en(own.get("holder_note")), "holder_note_ru": ru(own.get("holder_note")),
        "people": people, "missions": missions, "exhibitions": shown,
        "sources": work.get("sources") or [],
        "holder_sources": (work.get("current_holder") or {}).get("sources") or [],
        "provenance": events,
        "image_is_standin": True, "image_note": STANDIN_NOTICE["en"],
        "image_note_ru": STANDIN_NOTICE["ru"],
    }


def life(person: dict[str, Any], which: str) -> str | None:
    date = ((person.get("life") or {}).get(which) or {}).get("date")
    return str(date) if date is not None else None


def load(facts: Path, name: str) -> list[dict[str, Any]]:
    return yaml.safe_load((facts / f"{name}.yaml").read_text(encoding="utf-8"))[name]


def build(facts: Path, target: Path) -> None:
    maps = Maps()
    counter = itertools.count(1)
    catalog = Catalog.open(target, create=True, who=BUILDER, clock=lambda: BUILD_TIME,
                           change_ids=lambda: f"build-{next(counter):04d}")
    with catalog.connection:
        put_terms(catalog.connection, maps.term_rows())
    for agent in maps.agents:
        name, status = agent["name"], agent.get("name_status") or {}
        place = agent.get("place") or {}
        save_record(catalog, "agents", {
            "id": agent["id"], "kind": agent.get("kind") or "organisation",
            "name": name["en"], "name_ru": name.get("ru"), "name_status": status.get("en"),
            "name_ru_status": status.get("ru"), "place": en(place), "place_ru": ru(place),
            "wikidata": agent.get("wikidata"), "ulan": agent.get("ulan"),
            "viaf": agent.get("viaf")}, None)
    restated = data("citations.yaml")["citations"]
    for s in load(facts, "sources"):
        when_en, when_ru = consulted(s.get("retrieved"))
        s["citation"] = restated.get(s["id"], s["citation"])
        save_record(catalog, "sources", {
            "id": s["id"], "citation": dated_citation(s["citation"]),
            "url": clean_url(s.get("url")),
            "kind": s.get("kind"), "reliability": s.get("reliability"),
            "retrieved": _retrieved_day(s.get("retrieved")), "consulted": when_en,
            "consulted_ru": when_ru, "supports": [], "notes": None}, None)
    bios = texts("people")
    for p in load(facts, "people"):
        own = bios.get(p["id"], {})
        name, status = own.get("name") or {}, own.get("name_status") or {}
        roles = [t for r in p.get("roles") or [] for t in maps.term("occupation", r)["terms"]]
        save_record(catalog, "people", {
            "id": p["id"], "name": name.get("en") or p["name"],
            "name_ru": name.get("ru") or p.get("name_ru"), "name_status": status.get("en"),
            "name_ru_status": status.get("ru"), "born_date": life(p, "born"),
            "born_place": en(own.get("born_place")), "born_place_ru": ru(own.get("born_place")),
            "died_date": life(p, "died"), "died_place": en(own.get("died_place")),
            "died_place_ru": ru(own.get("died_place")), "roles": list(dict.fromkeys(roles)),
            "facts": [], "bio": en(own.get("bio")), "bio_ru": ru(own.get("bio")),
            "notes": None, "sources": p.get("sources") or []}, None)
    summaries = texts("missions")
    for m in load(facts, "missions"):
        own = summaries.get(m["id"], {})
        dates, date = m.get("dates") or {}, own.get("date") or {}
        name, status = own.get("name") or {}, own.get("name_status") or {}
        crew = []
        for c in m.get("crew") or []:
            role = maps.term("role", c.get("role"))
            crew.append({"person_id": c["person"], "role": _one(role, "role"),
                         "role_note": en(role["note"]), "role_note_ru": ru(role["note"])})
        save_record(catalog, "missions", {
            "id": m["id"], "name": name.get("en") or m["name"],
            "name_ru": name.get("ru") or m.get("name_ru"), "name_status": status.get("en"),
            "name_ru_status": status.get("ru"), "program": en(own.get("program")),
            "program_ru": ru(own.get("program")),
            **span(dates, date), "date_certainty": certainty_word(dates.get("certainty")),
            "date_note": en(date.get("note")), "date_note_ru": ru(date.get("note")),
            "leonov_role": en(own.get("leonov_role")),
            "leonov_role_ru": ru(own.get("leonov_role")), "status": m.get("status") or "flown",
            "key_facts": [{"key": f"fact-{i + 1}", "label": en(k.get("label")),
                           "label_ru": ru(k.get("label")), "value": en(k.get("value")),
                           "value_ru": ru(k.get("value"))}
                          for i, k in enumerate(own.get("key_facts") or [])],
            "facts": [], "summary": en(own.get("summary")), "summary_ru": ru(own.get("summary")),
            "notes": None, "crew": crew, "sources": m.get("sources") or []}, None)
    shows = load(facts, "exhibitions")
    show_texts = texts("exhibitions")
    for e in shows:
        own = show_texts.get(e["id"], {})
        dates, date = e.get("dates") or {}, own.get("date") or {}
        title, status = own.get("title") or {}, own.get("title_status") or {}
        venue = maps.party(e.get("venue")) if e.get("venue") else {}
        save_record(catalog, "exhibitions", {
            "id": e["id"], "title": title.get("en") or e["title"],
            "title_ru": title.get("ru") or e.get("title_ru"), "title_status": status.get("en"),
            "title_ru_status": status.get("ru"), "venue": venue.get("agent"),
            "city": en(own.get("city")), "city_ru": ru(own.get("city")),
            **span(dates, date), "date_certainty": certainty_word(dates.get("certainty")),
            "date_note": en(date.get("note")), "date_note_ru": ru(date.get("note")),
            "status": e.get("status"), "facts": [], "description": en(own.get("description")),
            "description_ru": ru(own.get("description")), "notes": None,
            "sources": e.get("sources") or []}, None)
    words = texts("works")
    kind_of = {work_id: kind for kind, ids in data("relations.yaml")["kinds"].items()
               for work_id in ids}
    images = catalog.images_dir
    images.mkdir(exist_ok=True)
    from gallery.imaging.standins import write_standin

    for work in load(facts, "works"):
        record = english_quotes(work_record(work, shows, words.get(work["id"], {}), maps))
        record["record_kind"] = kind_of.get(work["id"], "work")
        path = write_standin(standin_spec(record), images)
        record.update(image_fields(path, images))
        record["image_note"], record["image_note_ru"] = STANDIN_NOTICE["en"], STANDIN_NOTICE["ru"]
        catalog.save(record, None)
    link_works(catalog, data("relations.yaml"))
    problems = bilingual_gaps(catalog.connection) + shorthand_in_catalog(catalog.connection)
    runs = fact_overlap.fact_runs(facts)
    for where, text in fact_overlap.catalog_texts(target):
        problems += [f"{where}: shares '{run}' with the fact base"
                     for run in fact_overlap.shared(text, runs)]
    text = export.export_json_text(catalog.connection)
    catalog.close()
    if problems:
        for problem in problems:
            print(problem, file=sys.stderr)
        raise SystemExit(f"{len(problems)} problem(s): the catalog was not written")
    (ROOT / "data" / "catalog.json").write_text(text, encoding="utf-8")


def span(dates: dict[str, Any], own: dict[str, Any]) -> dict[str, Any]:
    """A mission's or show's range: the facts' start and end, or, where they give none, the
    range their display text names ('1964'), so the year is not lost."""
    start, end = dates.get("start"), dates.get("end")
    qualifier = own.get("qualifier") or "exact"
    if not start and not end and dates.get("display"):
        first, last = _event_range(dates["display"])
        if first or last:
            start, end = first, last
            qualifier = qualifier if qualifier != "unknown" else "exact"
    return {"date_start": start, "date_end": end, "date_qualifier": qualifier}


def save_record(catalog: Catalog, table: str, record: dict[str, Any],
                version: int | None) -> None:
    """Save a record with its English text's quotation marks made typographic (quotes.py)."""
    catalog.save_record(table, english_quotes(record), version)


def link_works(catalog: Catalog, links: dict[str, Any]) -> None:
    """Part and whole, possible duplicates, literature: saved once every work exists."""
    for work_id in sorted(set(links["relations"]) | set(links["literature"])):
        work = catalog.get(work_id)
        work["relations"] = [
            {"other_id": r["other"], "relation": r["relation"], "certainty": r.get("certainty"),
             "note": en(r.get("note")), "note_ru": ru(r.get("note"))}
            for r in links["relations"].get(work_id) or []]
        work["literature"] = [
            {"book_id": item.get("book"), "source_id": item.get("source"),
             "pages": item.get("pages"), "note": en(item.get("note")),
             "note_ru": ru(item.get("note"))} for item in links["literature"].get(work_id) or []]
        catalog.save(english_quotes(work), work["version"])


def clean_url(url: str | None) -> str | None:
    """'https://smotrim.ru./article' → 'https://smotrim.ru/article' (a host's trailing dot)."""
    return re.sub(r"^(https?://[^/]+?)\.(/|$)", r"\1\2", url) if url else url


def dated_citation(citation: str) -> str:
    """A citation that names no year says so: 'n.d.' (no date), as bibliographies do."""
    if re.search(r"\b(1[5-9]|20)\d\d\b|\bn\.d\.", citation):
        return citation
    return f"{citation.rstrip().rstrip('.')}, n.d."


def _retrieved_day(value: Any) -> str | None:
    m = re.match(r"(\d{4}-\d{2}-\d{2})", str(value or ""))
    return m[1] if m else None


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--facts", default=str(ROOT.parent / "shared" / "catalog-facts"))
    parser.add_argument("--out", default=str(ROOT / "catalog.db"))
    args = parser.parse_args()
    target = Path(args.out)
    # Build beside the target and swap it in at the end, so nobody reads a half-built catalog.
    building = target.with_name(target.name + ".building")
    for suffix in ("", "-wal", "-shm"):
        Path(str(building) + suffix).unlink(missing_ok=True)
    build(Path(args.facts), building)
    os.replace(building, target)
    Path(str(building) + ".writers").unlink(missing_ok=True)  # the build's writer registry
    print(f"Built {target} and data/catalog.json")


if __name__ == "__main__":
    main()
