"""Time of one editor save of a full record (20 provenance events), beside its SQLite floor.

Run on demand:  python benchmarks/save.py [--rounds 200] [--catalog postgresql://…/EMPTY_DB]

Ours: `Catalog.save(record, expected_version)` — validation, the optimistic-locking check,
the work row, its links and 20 events with their sources, the history row with before/after
JSON, and the search index, in one transaction. Floor: a bare sqlite3 transaction on a copy of
the same catalog with the same pragmas (WAL, synchronous=FULL) writing the same rows (the work
row, its links, 20 events and their sources as our save stored them, one history row) with no
Python around them.
Both commit with a full fsync, which dominates on most disks. The last line is key=value.
"""

from __future__ import annotations

import argparse
import json
import shutil
import sqlite3
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

try:
    import gallery  # noqa: F401
except ImportError:  # a checkout without `pip install -e .`
    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

from gallery.catalog.store import Catalog

EVENTS = 20


def full_record() -> dict[str, Any]:
    events = [{"date_display": str(1965 + n), "certainty": ("certain", "probable")[n % 2],
               "kind": ("held", "loan", "exhibited", "sale")[n % 4], "party": f"Party {n}",
               "holder": f"Holder {n}", "place": "Moscow", "note": "A note. " * 12,
               "direct": bool(n % 2), "sources": ["src-1", "src-2"][: 1 + n % 2]}
              for n in range(EVENTS)]
    return {
        "id": "full-record", "title": "A full record", "title_ru": "Полная запись",
        "work_type": "painting", "date_display": "c. 1967", "date_earliest": "1965-01-01",
        "date_latest": "1969-12-31", "date_certainty": "probable", "medium": "oil",
        "support": "canvas", "height": 60.0, "width": 80.0, "dimension_unit": "cm",
        "description": "A long description. " * 40, "description_ru": "Описание. " * 40,
        "subjects": ["Moon", "Earth", "Sun"], "series": "Space", "confidence": "medium",
        "facts": ["A fact."] * 6, "alt_text": "Alt text.", "alt_text_ru": "Текст.",
        "people": [{"person_id": "p-1", "role": "artist"}],
        "missions": [{"mission_id": "m-1", "link": "depicts"}],
        "sources": ["src-1", "src-2"], "provenance": events,
    }


def setup(where: Path | str, *copies: str) -> None:
    """A new catalog at `where` with the full record (and copies of it under other ids, which a
    floor on the same server rewrites)."""
    with Catalog.open(where, create=True, who="bench") as catalog:
        for n in (1, 2):
            catalog.save_record("sources", {"id": f"src-{n}", "citation": f"Source {n}."}, None)
        catalog.save_record("people", {"id": "p-1", "name": "Alexei Leonov"}, None)
        catalog.save_record("missions", {"id": "m-1", "name": "Voskhod 2"}, None)
        for work_id in ("full-record", *copies):
            catalog.save({**full_record(), "id": work_id}, None)


def time_ours(path: Path | str, rounds: int) -> list[float]:
    times = []
    with Catalog.open(path, who="bench") as catalog:
        record = catalog.get("full-record")
        for n in range(rounds):
            record["description"] = f"Edit {n}. " + "A long description. " * 40
            began = time.perf_counter()
            record = catalog.save(record, record["version"])
            times.append(time.perf_counter() - began)
    return times


# The tables a save of a work rewrites, read back from what our save stored, so the floor
# writes rows of the catalog's own shape (whatever the schema version adds to them).
LINKS = ("work_people", "work_missions", "work_sources", "holder_sources", "work_relations",
         "work_literature", "provenance_events")


def stored_rows(con: sqlite3.Connection) -> dict[str, tuple[list[str], list[tuple[Any, ...]]]]:
    """{table: (columns, rows)} of the full record's links, events and event sources."""
    out = {}
    for table in (*LINKS, "event_sources"):
        columns = [r[1] for r in con.execute(f"PRAGMA table_info({table})")]
        where = ("event_id IN (SELECT id FROM provenance_events WHERE work_id = ?)"
                 if table == "event_sources" else "work_id = ?")
        out[table] = (columns, con.execute(f"SELECT * FROM {table} WHERE {where}",
                                           ("full-record",)).fetchall())
    return out


def time_floor(path: Path, rounds: int) -> list[float]:
    con = sqlite3.connect(path, isolation_level=None)
    con.execute("PRAGMA journal_mode = WAL")
    con.execute("PRAGMA synchronous = FULL")
    con.execute("PRAGMA foreign_keys = ON")
    record = full_record()
    rows = stored_rows(con)
    before = json.dumps(record, ensure_ascii=False)
    times = []
    for n in range(rounds):
        description = f"Edit {n}. " + record["description"]
        began = time.perf_counter()
        con.execute("BEGIN IMMEDIATE")
        con.execute("UPDATE works SET description = ?, title = ?, medium = ?, subjects = ?, "
                    "updated_at = ?, version = version + 1 WHERE id = ?",
                    (description, record["title"], record["medium"],
                     json.dumps(record["subjects"]), "2025-01-01T00:00:00Z", "full-record"))
        for table in LINKS:  # event_sources go with their events (ON DELETE CASCADE)
            con.execute(f"DELETE FROM {table} WHERE work_id = ?", ("full-record",))
        for table in (*LINKS, "event_sources"):
            columns, values = rows[table]
            if values:
                con.executemany(f"INSERT INTO {table}({', '.join(columns)}) VALUES "
                                f"({', '.join('?' * len(columns))})", values)
        con.execute("INSERT INTO history(change_id, at, who, table_name, record_id, action, "
                    "before, after) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                    (f"c{n}", "2025-01-01T00:00:00Z", "bench", "works", "full-record",
                     "update", before, before))
        con.execute("COMMIT")
        times.append(time.perf_counter() - began)
    con.close()
    return times


def p95(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]


def measure(ours: Callable[[int], list[float]], floor: Callable[[int], list[float]],
            rounds: int, title: str, floor_is: str) -> None:
    """Warm both, time both, print the figures beside each other and the ratio last."""
    floor(10)
    ours(10)
    ours_times, floor_times = ours(rounds), floor(rounds)
    figures = {
        "save_median_ms": statistics.median(ours_times) * 1000,
        "save_p95_ms": p95(ours_times) * 1000,
        "floor_median_ms": statistics.median(floor_times) * 1000,
        "floor_p95_ms": p95(floor_times) * 1000,
    }
    figures["ratio_vs_floor"] = figures["save_median_ms"] / figures["floor_median_ms"]
    print(f"{title} of a record with {EVENTS} provenance events, {rounds} rounds:")
    print(f"  ours : median {figures['save_median_ms']:.2f} ms, p95 "
          f"{figures['save_p95_ms']:.2f} ms")
    print(f"  floor: median {figures['floor_median_ms']:.2f} ms, p95 "
          f"{figures['floor_p95_ms']:.2f} ms ({floor_is})")
    print(" ".join(f"{k}={v:.2f}" for k, v in figures.items()))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=200)
    parser.add_argument("--catalog", help="an empty PostgreSQL database (postgresql://…): "
                        "measure there, beside a bare psycopg transaction (save_server.py)")
    args = parser.parse_args()
    if args.catalog:
        from save_server import FLOOR_RECORD
        from save_server import time_floor as server_floor

        url = args.catalog
        setup(url, FLOOR_RECORD)
        measure(lambda rounds: time_ours(url, rounds),
                lambda rounds: server_floor(url, rounds, full_record()), args.rounds,
                "Catalog.save on PostgreSQL", "bare psycopg transaction, same rows, same server")
        return 0
    with tempfile.TemporaryDirectory(prefix="bench-save-") as folder:
        ours_path, floor_path = Path(folder) / "ours.db", Path(folder) / "floor.db"
        setup(ours_path)
        shutil.copyfile(ours_path, floor_path)
        measure(lambda rounds: time_ours(ours_path, rounds),
                lambda rounds: time_floor(floor_path, rounds), args.rounds,
                "Catalog.save", "bare sqlite3, same rows, same pragmas")
    return 0


if __name__ == "__main__":
    sys.exit(main())
