"""Writes catalog-v2.json: a small catalog as a schema-2 program exported it (free-text
medium, parties, venue and display dates), for the migration test. Run from the repository
root with the project installed: python tests/interop/data/v2/make_catalog_v2.py"""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

from gallery.catalog.import_shape import FORMAT_NAME
from gallery.catalog.schema import migrate

AT = "2024-05-01T10:00:00Z"
ROWS: dict[str, list[dict[str, object]]] = {
    "sources": [
        {"id": "src_bio", "citation": "Leonov, A. The Time of the First. Moscow, 2005.",
         "kind": "book", "reliability": "primary", "retrieved": "2024-04-30"},
        {"id": "src_news", "citation": "A news report on the exhibition. 1985.",
         "url": "https://example.org/news-1985", "kind": "press"},
    ],
    "people": [
        {"id": "alexei-leonov", "name": "Alexei Leonov", "name_ru": "Алексей Леонов",
         "born_date": "1934-05-30", "born_place": "Listvyanka", "roles": '["cosmonaut", '
         '"painter"]', "bio": "Cosmonaut and painter.", "bio_ru": "Космонавт и художник."},
        {"id": "arthur-clarke", "name": "Arthur C. Clarke", "born_place": "Minehead",
         "roles": '["writer"]', "bio": "Writer."},
    ],
    "missions": [
        {"id": "voskhod-2", "name": "Voskhod 2", "name_ru": "Восход-2", "program": "Voskhod",
         "date_display": "18–19 March 1965", "date_start": "1965-03-18",
         "date_end": "1965-03-19", "date_certainty": "certain", "leonov_role": "pilot",
         "key_facts": '[{"key": "eva_duration", "value": "12 min 9 s"}]',
         "summary": "First spacewalk."},
    ],
    "mission_crew": [{"mission_id": "voskhod-2", "person_id": "alexei-leonov",
                      "role": "pilot", "position": 0}],
    "exhibitions": [
        {"id": "moscow-1985", "title": "Space art", "venue":
         "Memorial Museum of Cosmonautics, Moscow", "city": "Moscow",
         "date_display": "spring 1985 (dates not recorded)", "date_start": "1985-03",
         "date_end": "1985-05", "status": "held", "description": "A show of space art."},
    ],
    "exhibition_sources": [{"exhibition_id": "moscow-1985", "source_id": "src_news",
                            "position": 0}],
    "works": [
        {"key": 1, "id": "orbital-sunrise", "title": "Orbital sunrise",
         "title_ru": "Восход на орбите", "other_titles": '["First picture drawn in space"]',
         "work_type": "drawing (sketch)", "category": "drawing",
         "date_display": "18 March 1965, during the flight", "date_earliest": "1965-03-18",
         "date_latest": "1965-03-18", "date_certainty": "certain",
         "medium": "coloured pencils (Soviet 'Taktika' brand)", "support": "paper",
         "height": 10.5, "width": 14.8, "dimension_unit": "cm",
         "description": "A sunrise over the Earth's limb.", "subjects": '["sunrise", "Earth"]',
         "current_holder": "Star City museum", "holder_certainty": "probable",
         "confidence": "high", "confidence_note": "Leonov's own account."},
        {"key": 2, "id": "near-the-moon", "title": "Near the Moon", "work_type": "painting",
         "category": "painting", "date_display": "probably 1967",
         "date_earliest": "1967-01-01", "date_latest": "1967-12-31",
         "date_certainty": "probable", "medium": "oil", "support": "canvas",
         "series": "Space paintings", "current_holder": "Arthur C. Clarke",
         "holder_certainty": "certain", "confidence": "medium"},
    ],
    "work_people": [
        {"work_id": "orbital-sunrise", "person_id": "alexei-leonov", "role": "artist",
         "position": 0},
        {"work_id": "near-the-moon", "person_id": "alexei-leonov", "role": "artist",
         "position": 0},
    ],
    "work_missions": [{"work_id": "orbital-sunrise", "mission_id": "voskhod-2",
                       "link": "made_during", "position": 0}],
    "exhibition_works": [{"exhibition_id": "moscow-1985", "work_id": "near-the-moon",
                          "relation": "shown"}],
    "work_sources": [{"work_id": "orbital-sunrise", "source_id": "src_bio", "position": 0}],
    "provenance_events": [
        {"id": 1, "work_id": "orbital-sunrise", "position": 0, "date_display": "1965",
         "date_earliest": "1965-01-01", "date_latest": "1965-12-31", "certainty": "certain",
         "kind": "created", "party": "Alexei Leonov", "holder": "Alexei Leonov",
         "transfers": "ownership"},
        {"id": 2, "work_id": "orbital-sunrise", "position": 1,
         "date_display": "by 2015 (as reported)", "date_latest": "2015-12-31",
         "certainty": "probable", "kind": "held", "party": "Star City museum",
         "holder": "Star City museum", "transfers": "ownership",
         "note": "Shown in the museum's hall."},
        {"id": 3, "work_id": "near-the-moon", "position": 0, "date_display": "c. 1967",
         "date_earliest": "1965-01-01", "date_latest": "1969-12-31", "certainty": "probable",
         "kind": "gift", "party": "Alexei Leonov to Arthur C. Clarke",
         "holder": "Arthur C. Clarke", "transfers": "ownership", "place": "Colombo"},
    ],
    "event_sources": [{"event_id": 2, "source_id": "src_news", "position": 0}],
    "playlists": [{"id": "hall-a", "name": "Hall A", "kind": "list", "windows": "[]",
                   "default_duration_s": 20.0}],
    "playlist_items": [{"playlist_id": "hall-a", "position": 0, "work_id": "orbital-sunrise",
                        "caption": "Drawn in orbit", "duration_s": None}],
    "history": [{"change_id": "c-1", "at": AT, "who": "curator", "table_name": "works",
                 "record_id": "orbital-sunrise", "action": "create", "before": None,
                 "after": '{"title": "Orbital sunrise"}'}],
}


def build() -> dict[str, object]:
    con = sqlite3.connect(":memory:", isolation_level=None)
    migrate(con, 2)
    tables: dict[str, object] = {}
    for table, rows in ROWS.items():
        for row in rows:
            if table in ("sources", "people", "missions", "exhibitions", "works",
                         "playlists"):
                row = {"created_at": AT, "updated_at": AT, **row}
            con.execute(f"INSERT INTO {table}({', '.join(row)}) "
                        f"VALUES ({', '.join('?' * len(row))})", list(row.values()))
        columns = [r[1] for r in con.execute(f"PRAGMA table_info({table})")]
        values = con.execute(f"SELECT {', '.join(columns)} FROM {table} ORDER BY rowid")
        tables[table] = {"columns": columns, "rows": [list(r) for r in values]}
    return {"format": FORMAT_NAME, "schema_version": 2, "tables": tables}


if __name__ == "__main__":
    out = Path(__file__).with_name("catalog-v2.json")
    out.write_text(json.dumps(build(), ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"wrote {out}")
