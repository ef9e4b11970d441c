"""Build the shipped catalog from the researched facts and our own texts.

Reads ../shared/catalog-facts/*.yaml (facts with their sources) and data/texts/*.yaml (our own
descriptions), writes a fresh catalog through the store's API, draws the stand-in images, and
writes data/catalog.json, the reviewable text form that tests compare catalog.db against.
Run from the repository root:  python tools/build_catalog.py [--facts DIR]
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

from gallery.catalog import export  # noqa: E402
from gallery.catalog.dates import DateNotUnderstood, certainty_word, parse_date  # noqa: E402
from gallery.catalog.provenance import transfers_for  # noqa: E402
from gallery.catalog.store import Catalog  # noqa: E402
from gallery.commands.image_cmds import STANDIN_NOTE, image_fields, standin_spec  # noqa: E402

BUILD_TIME = "2026-11-25T00:00:00Z"
BUILDER = "catalog build (from shared/catalog-facts)"
RIGHTS = ("Rights in the original work have not been researched; no source grants reuse of a "
          "photograph of it. The picture shown here is the project's own stand-in.")
_UNITS = {"cm": "cm", "mm": "mm", "in": "in", "m": "m"}


# The fact base calls its main biography "the seed"; a visitor should read plain words.
_SEED_WORDS = (
    (r"\bthe seed's\b", "the main biography's"), (r"\bThe seed's\b", "The main biography's"),
    (r"\bthe seed\b", "the main biography"), (r"\bThe seed\b", "The main biography"),
    (r"\bper seed\b", "per the main biography"), (r"\bseed\b", "main biography"),
)
_KEEP_VERBATIM = {"id", "citation", "url", "sources", "person", "mission", "retrieved"}


def readable(value: Any, key: str = "") -> Any:
    """Fact-base wording made plain for visitors (ids, citations and links kept verbatim)."""
    if key in _KEEP_VERBATIM:
        return value
    if isinstance(value, str):
        for pattern, words in _SEED_WORDS:
            value = re.sub(pattern, words, value)
        return value
    if isinstance(value, list):
        return [readable(v, key) for v in value]
    if isinstance(value, dict):
        return {k: readable(v, k) for k, v in value.items()}
    return value


def load(path: Path, key: str) -> list[dict[str, Any]]:
    return readable(yaml.safe_load(path.read_text(encoding="utf-8"))[key])


def texts(name: str) -> dict[str, Any]:
    path = ROOT / "data" / "texts" / f"{name}.yaml"
    if not path.exists():
        return {}
    return yaml.safe_load(path.read_text(encoding="utf-8"))[name]


def as_list(value: Any) -> list[str]:
    if value is None:
        return []
    if isinstance(value, dict):
        return [f"{k}: {v}" for k, v in value.items()]
    if isinstance(value, list):
        return [str(v) if not isinstance(v, dict) else "; ".join(f"{k}: {x}" for k, x in v.items())
                for v in value]
    return [str(value)]


def split_link(text: str) -> tuple[str, str | None]:
    """'depicts (possibly; inferred from the title only)' → ('depicts', 'possibly; …')."""
    m = re.match(r"^(\w+)\s*(?:\((.*)\))?$", text.strip())
    return (m[1], m[2]) if m else (text, None)


def recipient(party: str | None) -> str | None:
    """'Alexei Leonov to Arthur C. Clarke' → 'Arthur C. Clarke'."""
    if party and " to " in party:
        return party.split(" to ", 1)[1].strip()
    return None


def giver(party: str | None) -> str | None:
    if party and " to " in party:
        return party.split(" to ", 1)[0].strip()
    return None


def same_party(a: str | None, b: str | None) -> bool:
    def norm(x: str) -> str:
        return re.sub(r"^the\s+", "", x.strip().lower())

    return bool(a and b) and (norm(a) in norm(b) or norm(b) in norm(a))  # type: ignore[arg-type]


_MONTH_NAMES = ("January", "February", "March", "April", "May", "June", "July", "August",
                "September", "October", "November", "December")


def readable_date(value: Any) -> str | None:
    """ISO dates from the fact files as a visitor reads them: 1965-03-18/19 → 18–19 March 1965."""
    if value is None:
        return None
    text = str(value)

    def one(iso: str) -> tuple[str, str, str] | None:
        m = re.fullmatch(r"(\d{4})-(\d{2})(?:-(\d{2}))?", iso)
        return (m[1], _MONTH_NAMES[int(m[2]) - 1], str(int(m[3])) if m[3] else "") if m else None

    parts = [one(p) for p in text.split("/")]
    if not all(parts) or len(parts) > 2:
        return text
    if len(parts) == 1:
        y, mo, d = parts[0]  # type: ignore[misc]
        return " ".join(x for x in (d, mo, y) if x)
    (y1, m1, d1), (y2, m2, d2) = parts  # type: ignore[misc]
    if y1 == y2 and m1 == m2 and d1 and d2:
        return f"{d1}–{d2} {m1} {y1}"
    first = " ".join(x for x in (d1, m1, "" if y1 == y2 else y1) if x)
    return f"{first} – {' '.join(x for x in (d2, m2, y2) if x)}"


def event_dates(text: str | None) -> tuple[str | None, str | None]:
    try:
        parsed = parse_date(str(text or ""))
        return parsed.earliest, parsed.latest
    except DateNotUnderstood:
        return None, None


def provenance(work: dict[str, Any]) -> list[dict[str, Any]]:
    events: list[dict[str, Any]] = []
    owner: str | None = None
    for item in work.get("provenance") or []:
        kind = item["kind"]
        holder = None
        if kind == "created":
            holder = item.get("party")
        elif kind in ("gift", "sale", "bequest"):
            holder = recipient(item.get("party"))
        # Known direct only where the giver named is the previous owner.
        direct = kind in ("gift", "sale", "bequest") and same_party(giver(item.get("party")),
                                                                    owner)
        earliest, latest = event_dates(item.get("date"))
        events.append({
            "date_display": readable_date(item.get("date")),
            "date_earliest": earliest, "date_latest": latest,
            "certainty": item.get("certainty") or "unknown", "kind": kind,
            "party": item.get("party"), "holder": holder, "direct": direct,
            "place": item.get("place"), "note": item.get("note"),
            "sources": item.get("sources") or [],
        })
        if kind in ("created", "gift", "sale", "bequest"):
            owner = holder
        elif kind == "gap":
            owner = None
    current = work.get("current_holder") or {}
    last_moving = [e["kind"] for e in events
                   if transfers_for(e["kind"]) in ("ownership", "unknown")]
    if not current.get("name") and (not last_moving or last_moving[-1] != "gap"):
        # The facts name no holder today: say so, rather than let the last owner stand.
        events.append({
            "date_display": None, "date_earliest": None, "date_latest": None,
            "certainty": "unknown", "kind": "gap", "party": None, "holder": None,
            "direct": False, "place": None,
            "note": "No source names who holds the work today"
                    + (f" ({current['note']})." if current.get("note") not in (None, "not found")
                       else "."),
            "sources": [],
        })
    if current.get("name") and not same_party(current["name"], owner):
        events.append({
            "date_display": None, "date_earliest": None, "date_latest": None,
            "certainty": current.get("certainty") or "probable", "kind": "held",
            "party": current["name"], "holder": current["name"], "direct": False,
            "place": None, "note": current.get("note"), "sources": current.get("sources") or [],
        })
    return events


def dimensions(work: dict[str, Any]) -> dict[str, Any]:
    dims = work.get("dimensions") or {}
    out: dict[str, Any] = {"height": None, "width": None, "depth": None, "dimension_unit": None,
                           "dimensions_note": dims.get("note")}
    for key, value in dims.items():
        m = re.match(r"^(height|width|depth)_(\w+)$", key)
        if m and isinstance(value, int | float):
            out[m[1]] = float(value)
            out["dimension_unit"] = _UNITS.get(m[2], m[2])
    return out


def work_record(work: dict[str, Any], exhibitions: list[dict[str, Any]],
                words: dict[str, Any]) -> dict[str, Any]:
    own = words.get(work["id"], {})
    certainty_text = work.get("date_certainty") or "unknown"
    people = [{"person_id": a["person"], "role": a["role"]} for a in work.get("artists") or []]
    for person in work.get("people") or []:
        link = {"person_id": person["person"], "role": person["role"]}
        if link not in people:
            people.append(link)
    missions = []
    for m in work.get("missions") or []:
        link, qualifier = split_link(m["link"])
        missions.append({"mission_id": m["mission"], "link": link, "qualifier": qualifier})
    shown = []
    for exhibition in exhibitions:
        if work["id"] in (exhibition.get("works_shown") or []):
            shown.append({"exhibition_id": exhibition["id"], "relation": "shown"})
        elif (work["id"] in (exhibition.get("related_works") or [])
              or exhibition["id"] in (work.get("exhibitions") or [])):
            shown.append({"exhibition_id": exhibition["id"], "relation": "related"})
    confidence = work.get("confidence") or {}
    return {
        "id": work["id"], "title": work["title_en"], "title_ru": work.get("title_ru"),
        "other_titles": as_list(work.get("other_titles")), "work_type": work.get("work_type"),
        "date_display": work.get("date_display"),
        "date_earliest": work.get("date_earliest"), "date_latest": work.get("date_latest"),
        "date_certainty": certainty_word(certainty_text),
        "date_note": certainty_text if certainty_text != certainty_word(certainty_text) else None,
        "medium": work.get("medium"), "support": work.get("support"), **dimensions(work),
        "inscriptions": work.get("inscriptions"), "where_made": work.get("where_made"),
        "description": own.get("description_en"), "description_ru": own.get("description_ru"),
        "subjects": as_list(work.get("subjects")), "series": work.get("series"),
        "catalogue_numbers": as_list(work.get("catalogue_numbers")), "credit_line": None,
        "rights": RIGHTS, "facts": as_list(work.get("facts")),
        "alt_text": own.get("alt_en"), "alt_text_ru": own.get("alt_ru"),
        "confidence": confidence.get("overall") or "low",
        "confidence_note": confidence.get("notes"),
        "people": people, "missions": missions, "exhibitions": shown,
        "sources": work.get("sources") or [],
        "holder_sources": (work.get("current_holder") or {}).get("sources") or [],
        "provenance": provenance(work),
        "image_is_standin": True, "image_note": STANDIN_NOTE,
    }


def life(person: dict[str, Any], which: str) -> tuple[str | None, str | None]:
    part = (person.get("life") or {}).get(which) or {}
    date = part.get("date")
    return (str(date) if date is not None else None), part.get("place")


def build(facts: Path, target: Path) -> None:
    counter = itertools.count(1)
    catalog = Catalog.open(target, create=True, who=BUILDER, clock=lambda: BUILD_TIME,
                           change_ids=lambda: f"build-{next(counter):04d}")
    for s in load(facts / "sources.yaml", "sources"):
        catalog.save_record("sources", {
            "id": s["id"], "citation": s["citation"], "url": s.get("url"), "kind": s.get("kind"),
            "reliability": s.get("reliability"), "retrieved": s.get("retrieved"),
            "supports": as_list(s.get("supports")), "notes": s.get("notes")}, None)
    bios = texts("people")
    for p in load(facts / "people.yaml", "people"):
        born, born_place = life(p, "born")
        died, died_place = life(p, "died")
        catalog.save_record("people", {
            "id": p["id"], "name": p["name"], "name_ru": p.get("name_ru"), "born_date": born,
            "born_place": born_place, "died_date": died, "died_place": died_place,
            "roles": as_list(p.get("roles")), "facts": as_list(p.get("facts")),
            "bio": bios.get(p["id"], {}).get("bio_en"),
            "bio_ru": bios.get(p["id"], {}).get("bio_ru"), "notes": p.get("notes"),
            "sources": p.get("sources") or []}, None)
    summaries = texts("missions")
    for m in load(facts / "missions.yaml", "missions"):
        dates = m.get("dates") or {}
        catalog.save_record("missions", {
            "id": m["id"], "name": m["name"], "name_ru": m.get("name_ru"),
            "program": m.get("program"), "date_display": dates.get("display"),
            "date_start": dates.get("start"), "date_end": dates.get("end"),
            "date_certainty": dates.get("certainty"), "leonov_role": m.get("leonov_role"),
            "status": m.get("status") or "flown",
            "key_facts": [{"key": k, "value": str(v)}
                          for k, v in (m.get("key_facts") or {}).items()],
            "facts": as_list(m.get("summary")),
            "summary": summaries.get(m["id"], {}).get("summary_en"),
            "summary_ru": summaries.get(m["id"], {}).get("summary_ru"), "notes": m.get("notes"),
            "crew": [{"person_id": c["person"], "role": c.get("role")}
                     for c in m.get("crew") or []],
            "sources": m.get("sources") or []}, None)
    shows = load(facts / "exhibitions.yaml", "exhibitions")
    show_texts = texts("exhibitions")
    for e in shows:
        dates = e.get("dates") or {}
        catalog.save_record("exhibitions", {
            "id": e["id"], "title": e["title"], "title_ru": e.get("title_ru"),
            "venue": e.get("venue"), "city": e.get("city"), "date_display": dates.get("display"),
            "date_start": dates.get("start"), "date_end": dates.get("end"),
            "date_certainty": dates.get("certainty"), "status": e.get("status"),
            "facts": as_list(e.get("facts")),
            "description": show_texts.get(e["id"], {}).get("description_en"),
            "description_ru": show_texts.get(e["id"], {}).get("description_ru"),
            "notes": e.get("notes"), "sources": e.get("sources") or []}, None)
    words = texts("works")
    images = catalog.images_dir
    images.mkdir(exist_ok=True)
    from gallery.imaging.standins import write_standin

    for work in load(facts / "works.yaml", "works"):
        record = work_record(work, shows, words)
        path = write_standin(standin_spec(record), images)
        record.update(image_fields(path, images))
        catalog.save(record, None)
    text = export.export_json_text(catalog.connection)
    catalog.close()
    (ROOT / "data" / "catalog.json").write_text(text, encoding="utf-8")


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
    print(f"Built {target} and data/catalog.json")


if __name__ == "__main__":
    main()
