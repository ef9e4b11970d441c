"""The floor of `benchmarks/save.py --catalog postgresql://…`: a bare psycopg transaction
writing the rows of a save on the same server (save.py sets up, times and reports both).

The database must be empty: save.py creates the catalog in it (two records: ours and the
floor's copy).
"""

from __future__ import annotations

import json
import time
from typing import Any

import psycopg

FLOOR_RECORD = "floor-record"  # a copy of the full record that the floor rewrites


def time_floor(url: str, rounds: int, record: dict[str, Any]) -> list[float]:
    """A bare psycopg transaction per round writing the rows a save of `record` writes."""
    events, before = record["provenance"], json.dumps(record, ensure_ascii=False)
    work = FLOOR_RECORD
    times = []
    with psycopg.connect(url) as con:
        for n in range(rounds):
            began = time.perf_counter()
            with con.transaction():
                con.execute("UPDATE works SET description = %s, title = %s, medium = %s, "
                            "subjects = %s, updated_at = %s, version = version + 1 "
                            "WHERE id = %s",
                            (f"Edit {n}. " + record["description"], record["title"],
                             record["medium"], json.dumps(record["subjects"]),
                             "2025-01-01T00:00:00Z", work))
                for table in ("work_people", "work_missions", "work_sources",
                              "provenance_events"):
                    con.execute(f"DELETE FROM {table} WHERE work_id = %s", (work,))
                con.execute("INSERT INTO work_people(work_id, person_id, role, position) "
                            "VALUES (%s, 'p-1', 'artist', 0)", (work,))
                con.execute("INSERT INTO work_missions(work_id, mission_id, link, position) "
                            "VALUES (%s, 'm-1', 'depicts', 0)", (work,))
                for pos, source in enumerate(record["sources"]):
                    con.execute("INSERT INTO work_sources(work_id, source_id, position) "
                                "VALUES (%s, %s, %s)", (work, source, pos))
                for pos, e in enumerate(events):
                    row = con.execute(
                        "INSERT INTO provenance_events(work_id, position, date_display, "
                        "certainty, kind, party, holder, transfers, direct, place, note) "
                        "VALUES (%s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s) RETURNING id",
                        (work, pos, e["date_display"], e["certainty"], e["kind"], e["party"],
                         e["holder"], "ownership", int(e["direct"]), e["place"], e["note"])
                    ).fetchone()
                    for spos, source in enumerate(e["sources"]):
                        con.execute("INSERT INTO event_sources(event_id, source_id, position) "
                                    "VALUES (%s, %s, %s)", (row[0] if row else None, source,
                                                            spos))
                con.execute("INSERT INTO history(change_id, at, who, table_name, record_id, "
                            "action, before, after) VALUES (%s, %s, %s, %s, %s, %s, %s, %s)",
                            (f"c{n}", "2025-01-01T00:00:00Z", "bench", "works", work,
                             "update", before, before))
            times.append(time.perf_counter() - began)
    return times
