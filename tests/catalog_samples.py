"""Sample records for tests: a small but complete catalog (imported by name, not via conftest,
so that test folders with their own conftest.py never shadow it)."""

from __future__ import annotations

from typing import Any


def _sources() -> list[dict[str, Any]]:
    return [
        {"id": "src_a", "citation": "Author A. A book about Leonov. 2001.", "url": None},
        {"id": "src_b", "citation": "A news report. 2015.", "url": "https://example.org/b"},
    ]


def sample_work(work_id: str = "orbital-sunrise", **overrides: Any) -> dict[str, Any]:
    record: dict[str, Any] = {
        "id": work_id,
        "title": "Orbital sunrise",
        "title_ru": "Восход на орбите",
        "work_type": "drawing",
        "date_display": "18–19 March 1965",
        "date_earliest": "1965-03-18",
        "date_latest": "1965-03-19",
        "date_certainty": "certain",
        "medium": "coloured pencils",
        "support": "paper",
        "description": "A sunrise over the Earth's limb, drawn in orbit.",
        "subjects": ["sunrise", "Earth"],
        "confidence": "high",
        "people": [{"person_id": "alexei-leonov", "role": "artist"}],
        "missions": [{"mission_id": "voskhod-2", "link": "made_during"}],
        "sources": ["src_a"],
        "provenance": [
            {"date_display": "1965", "certainty": "certain", "kind": "created",
             "party": "Alexei Leonov", "holder": "Alexei Leonov", "sources": ["src_a"]},
            {"date_display": "1965–2015", "certainty": "unknown", "kind": "gap"},
            {"date_display": "2015", "certainty": "probable", "kind": "held",
             "party": "Star City museum", "holder": "Star City museum", "sources": ["src_b"]},
        ],
    }
    record.update(overrides)
    return record


def populate(catalog: Any) -> None:
    """A small but complete catalog: sources, people, a mission, three works."""
    for source in _sources():
        catalog.save_record("sources", source, None)
    catalog.save_record("people", {"id": "alexei-leonov", "name": "Alexei Leonov",
                                   "name_ru": "Алексей Леонов"}, None)
    catalog.save_record("people", {"id": "andrei-sokolov", "name": "Andrei Sokolov",
                                   "name_ru": "Андрей Соколов"}, None)
    catalog.save_record("missions", {
        "id": "voskhod-2", "name": "Voskhod 2", "name_ru": "Восход-2", "status": "flown",
        "date_display": "18–19 March 1965", "date_start": "1965-03-18",
        "date_end": "1965-03-19",
        "key_facts": [{"key": "eva_duration", "value": "12 min 9 s"}],
        "crew": [{"person_id": "alexei-leonov", "role": "pilot"}], "sources": ["src_a"]}, None)
    catalog.save(sample_work(), None)
    catalog.save(sample_work(
        "near-the-moon", title="Near the Moon", title_ru=None, work_type="painting",
        date_display="1967", date_earliest="1967-01-01", date_latest="1967-12-31",
        medium=None, subjects=["Moon"], missions=[], confidence="medium",
        description="Moon, Earth and Sun on a diagonal.",
        provenance=[{"date_display": "1967", "certainty": "certain", "kind": "created",
                     "party": "Alexei Leonov", "holder": "Alexei Leonov"}]), None)
    catalog.save(sample_work(
        "stamp-1975", title="Apollo–Soyuz stamp", title_ru="Союз — Аполлон",
        work_type="postage stamp", date_display="1975", date_earliest="1975-01-01",
        date_latest="1975-12-31", medium="offset print", subjects=["docking"],
        confidence="low", series="1975 stamps",
        people=[{"person_id": "alexei-leonov", "role": "co-artist"},
                {"person_id": "andrei-sokolov", "role": "co-artist"}],
        missions=[{"mission_id": "voskhod-2", "link": "commemorates"}],
        description="A stamp.", provenance=[]), None)
