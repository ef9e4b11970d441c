"""The worklist on a synthetic 100,000-work catalog, beside reading the works' rows bare.

Builds (once, cached in a temp folder) the catalog of tests/desk_catalogs.py: 100,000 works,
nine in ten needing attention for one known reason each. Times `worklist(con)` (our path: one
query with each work's source count, the provenance events, the checks, the counts and the
compact rows a list view shows; then also with every item made a bilingual dict)
and the floor: `SELECT id, title, … FROM works` fetched whole on the same file, no checks.

    python benchmarks/worklist.py [--works 100000] [--repeat 5]
"""

from __future__ import annotations

import argparse
import sqlite3
import statistics
import sys
import tempfile
import time
from pathlib import Path

from gallery.catalog.schema import SCHEMA_VERSION
from gallery.catalog.worklist import worklist

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))
from desk_catalogs import build_big

FLOOR = ("SELECT id, title, title_ru, image_path, image_is_standin, confidence, date_display,"
         " date_earliest, date_latest FROM works WHERE deleted_at IS NULL")


def timed(fn, repeat: int, clock=time.perf_counter) -> list[float]:
    fn()  # warm the page cache
    out = []
    for _ in range(repeat):
        start = clock()
        fn()
        out.append(clock() - start)
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--works", type=int, default=100_000)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    path = Path(tempfile.gettempdir()) / f"leonov-bench-worklist-{args.works}.db"
    if path.exists():
        con = sqlite3.connect(path)
        if con.execute("PRAGMA user_version").fetchone()[0] != SCHEMA_VERSION:
            con.close()
            path.unlink()
        else:
            con.close()
    if not path.exists():
        build_big(path, args.works)
    con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    items = len(worklist(con).items)
    ours = statistics.median(timed(lambda: worklist(con), args.repeat))
    cpu = statistics.median(timed(lambda: worklist(con), args.repeat, time.process_time))
    every = statistics.median(timed(lambda: worklist(con).items, args.repeat))
    floor = statistics.median(timed(lambda: con.execute(FLOOR).fetchall(), args.repeat))
    floor_cpu = statistics.median(timed(lambda: con.execute(FLOOR).fetchall(), args.repeat,
                                        time.process_time))
    con.close()
    print("(wall-clock time on a shared machine grows with its load; the CPU time this "
          "process spent is the steadier figure)")
    print(f"worklist of {args.works} works: {items} items in {ours * 1000:.0f} ms (median of "
          f"{args.repeat}), {every * 1000:.0f} ms with all {items} made into dicts (the JSON "
          f"form); reading the works' rows bare: {floor * 1000:.0f} ms")
    print(f"works={args.works} items={items} worklist_ms={ours * 1000:.0f} "
          f"worklist_cpu_ms={cpu * 1000:.0f} all_items_ms={every * 1000:.0f} "
          f"floor_read_rows_ms={floor * 1000:.0f} "
          f"ratio_vs_floor={ours / floor:.1f} floor_cpu_ms={floor_cpu * 1000:.0f} "
          f"cpu_ratio_vs_floor={cpu / floor_cpu:.1f}")


if __name__ == "__main__":
    main()
