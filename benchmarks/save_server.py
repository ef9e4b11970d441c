"""`benchmarks/save.py --catalog postgresql://…`: the same save on a PostgreSQL server, beside
a bare psycopg transaction writing the same rows on the same server (the floor).

The database must be empty: the catalog is created in it (two records: ours and the floor's).
"""

from __future__ import annotations

import json
import statistics
import time
from typing import Any

import psycopg

from gallery.catalog.store import Catalog


def setup(url: str, full_record: Any) -> None:
    with Catalog.open(url, create=True, who="bench") as catalog:
        for n in (1, 2):
            catalog.save_record("sources", {"id": f"src-{n}", "citation": f"Source {n}."}, None)
        catalog.save_record("people", {"id": "p-1", "name": "Alexei Leonov"}, None)
        catalog.save_record("missions", {"id": "m-1", "name": "Voskhod 2"}, None)
        catalog.save(full_record(), None)
        catalog.save({**full_record(), "id": "floor-record"}, None)


def time_ours(url: str, rounds: int) -> list[float]:
    times = []
    with Catalog.open(url, who="bench") as catalog:
        record = catalog.get("full-record")
        for n in range(rounds):
            record["description"] = f"Edit {n}. " + "A long description. " * 40
            began = time.perf_counter()
            record = catalog.save(record, record["version"])
            times.append(time.perf_counter() - began)
    return times


def time_floor(url: str, rounds: int, full_record: Any) -> list[float]:
    record = full_record()
    events, before = record["provenance"], json.dumps(record, ensure_ascii=False)
    work = "floor-record"
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


def run(url: str, rounds: int, full_record: Any, p95: Any, events: int) -> int:
    setup(url, full_record)
    time_floor(url, 10, full_record)  # warm both
    time_ours(url, 10)
    ours = time_ours(url, rounds)
    floor = time_floor(url, rounds, full_record)
    figures = {
        "save_median_ms": statistics.median(ours) * 1000, "save_p95_ms": p95(ours) * 1000,
        "floor_median_ms": statistics.median(floor) * 1000, "floor_p95_ms": p95(floor) * 1000,
    }
    figures["ratio_vs_floor"] = figures["save_median_ms"] / figures["floor_median_ms"]
    print(f"Catalog.save on PostgreSQL of a record with {events} provenance events, "
          f"{rounds} rounds:")
    print(f"  ours : median {figures['save_median_ms']:.2f} ms, p95 "
          f"{figures['save_p95_ms']:.2f} ms")
    print(f"  floor: median {figures['floor_median_ms']:.2f} ms, p95 "
          f"{figures['floor_p95_ms']:.2f} ms (bare psycopg transaction, same rows, same server)")
    print(" ".join(f"{k}={v:.2f}" for k, v in figures.items()))
    return 0
