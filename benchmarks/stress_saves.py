"""Two processes save the same records N times each, with optimistic locking.

Run on demand:  python benchmarks/stress_saves.py --saves 1000
                [--processes 4] [--catalog postgresql://USER@HOST/EMPTY_DATABASE]

Each process appends its own unique token ("A-17") to a record's `facts` list and saves it with
the version it read. On `Conflict` it reloads, re-applies its token and retries — the editor's
own rule. Afterwards every token must be in its record exactly once (no update lost, none
doubled), each record's history must hold one update per successful save, each adding exactly
one token, and `gallery check` must pass. Exits 1 if anything is lost or corrupt. The last line
is key=value figures.
"""

from __future__ import annotations

import argparse
import multiprocessing as mp
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

try:
    import gallery  # noqa: F401
except ImportError:  # a checkout without `pip install -e .`
    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

from gallery.catalog.check import check_catalog
from gallery.catalog.errors import CatalogLocked, Conflict
from gallery.catalog.store import Catalog

RECORDS = ("shared-a", "shared-b")


def make_catalog(path: str | Path) -> None:
    with Catalog.open(path, create=True, who="setup") as catalog:
        for work_id in RECORDS:
            catalog.save({"id": work_id, "title": f"Stress {work_id}", "facts": [],
                          "confidence": "low"}, None)


def worker(path: str, name: str, saves: int, start: Any, out: Any) -> None:
    conflicts = retries_locked = 0
    done: dict[str, int] = dict.fromkeys(RECORDS, 0)
    with Catalog.open(path, who=name) as catalog:
        start.wait()
        for i in range(saves):
            work_id = RECORDS[i % len(RECORDS)]
            token = f"{name}-{i}"
            while True:
                record = catalog.get(work_id)
                record["facts"] = [*record["facts"], token]
                try:
                    catalog.save(record, record["version"])
                except Conflict:
                    conflicts += 1  # someone saved first: reload, re-apply, retry
                    continue
                except CatalogLocked:
                    retries_locked += 1
                    continue
                done[work_id] += 1
                break
    out.put({"name": name, "conflicts": conflicts, "locked": retries_locked, "saves": done})


def verify(path: str | Path, saves: int, names: list[str], results: list[dict[str, Any]]
           ) -> dict[str, int]:
    lost = doubled = history_bad = 0
    with Catalog.open(path, read_only=True) as catalog:
        for work_id in RECORDS:
            facts = catalog.get(work_id)["facts"]
            expected = {f"{n}-{i}" for n in names for i in range(saves)
                        if RECORDS[i % len(RECORDS)] == work_id}
            lost += len(expected - set(facts))
            doubled += len(facts) - len(set(facts))
            updates = [e for e in catalog.history(work_id) if e["action"] == "update"]
            saved_here = sum(r["saves"][work_id] for r in results)
            if len(updates) != saved_here:
                history_bad += 1
            for entry in updates:
                change = {c["field"]: c for c in entry["changes"]}
                before, after = change["facts"]["before"], change["facts"]["after"]
                if len(after) != len(before) + 1 or after[:-1] != before:
                    history_bad += 1
        report = check_catalog(catalog.connection, catalog.images_dir, None)
    problems = [p for p in report.problems if "has no image" not in p]  # text-only records
    return {"lost": lost, "doubled": doubled, "history_bad": history_bad,
            "check_problems": len(problems)}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--saves", type=int, default=1000, help="saves per process")
    parser.add_argument("--processes", type=int, default=2)
    parser.add_argument("--catalog", help="an empty PostgreSQL database (postgresql://…) to "
                        "stress instead of a new catalog file")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="stress-saves-") as folder:
        path: str | Path = args.catalog or Path(folder) / "catalog.db"
        make_catalog(path)
        context = mp.get_context("spawn")
        start, out = context.Event(), context.Queue()
        names = [chr(ord("A") + n) for n in range(args.processes)]
        procs = [context.Process(target=worker, args=(str(path), n, args.saves, start, out))
                 for n in names]
        for proc in procs:
            proc.start()
        began = time.perf_counter()
        start.set()
        results = [out.get(timeout=3600) for _ in procs]
        for proc in procs:
            proc.join()
        seconds = time.perf_counter() - began
        figures = verify(path, args.saves, names, results)
    conflicts = sum(r["conflicts"] for r in results)
    total = sum(sum(r["saves"].values()) for r in results)
    failed = any(p.exitcode != 0 for p in procs) or any(figures.values())
    for r in results:
        print(f"process {r['name']}: {sum(r['saves'].values())} saves, "
              f"{r['conflicts']} conflicts detected and retried, {r['locked']} lock waits")
    print(f"{total} saves in {seconds:.1f} s ({total / seconds:.0f} saves/s); every conflict "
          f"was {'NOT ' if figures['lost'] else ''}caught")
    print(" ".join(f"{k}={v}" for k, v in {
        "saves": total, "conflicts_detected": conflicts, **figures,
        "seconds": f"{seconds:.1f}", "ok": int(not failed)}.items()))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
