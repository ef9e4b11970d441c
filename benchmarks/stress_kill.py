"""Kill a saving process with SIGKILL at random moments; nothing acknowledged may be lost.

Run on demand:  python benchmarks/stress_kill.py --kills 100

A writer subprocess saves works in a loop — a small edit, then a whole record with 20
provenance events rewritten — and prints "saved K" only after `Catalog.save` returned. The
parent kills it at a random moment, then: `gallery check` (integrity, links, images, search
index) must pass, and every save the writer reported done must be in the catalog. Exits 1 if
anything is lost or corrupt. The last line is key=value figures.
"""

from __future__ import annotations

import argparse
import hashlib
import os
import random
import signal
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import Any

try:
    import gallery  # noqa: F401
except ImportError:  # a checkout without `pip install -e .`
    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

from gallery.catalog.check import check_catalog
from gallery.catalog.store import Catalog

WORKS = ("kill-a", "kill-b", "kill-c")
EVENTS = 20

WRITER = r"""
import sys
from gallery.catalog.store import Catalog
path, round_no = sys.argv[1], sys.argv[2]
works = sys.argv[3].split(",")
with Catalog.open(path, who="writer") as catalog:
    print("ready", flush=True)
    k = 0
    while True:
        work_id = works[k % len(works)]
        record = catalog.get(work_id)
        token = f"{round_no}-{k}"
        record["facts"] = [*record["facts"][-40:], token]  # keep the record bounded
        events = record["provenance"]
        events.append(events.pop(0))  # rewrite every event row, in a new order
        record["description"] = f"Saved by round {round_no}, save {k}. " * 20
        catalog.save(record, record["version"])
        print(f"saved {token} {work_id}", flush=True)
        k += 1
"""


def event(n: int) -> dict[str, Any]:
    return {"date_display": str(1965 + n), "certainty": "probable" if n % 3 else "certain",
            "kind": "held" if n % 4 else "loan", "party": f"Party {n}",
            "holder": f"Holder {n}", "place": "Moscow", "note": f"Event {n}. " * 10,
            "sources": ["src-1"] if n % 2 else []}


def make_catalog(path: Path) -> None:
    images = path.parent / "images"
    images.mkdir()
    with Catalog.open(path, create=True, who="setup") as catalog:
        catalog.save_record("sources", {"id": "src-1", "citation": "A source."}, None)
        for work_id in WORKS:
            image = images / f"{work_id}.jpg"
            image.write_bytes(b"\xff\xd8 stand-in bytes for " + work_id.encode())
            data = image.read_bytes()
            catalog.save({
                "id": work_id, "title": f"Kill test {work_id}", "facts": [],
                "confidence": "low", "provenance": [event(n) for n in range(EVENTS)],
                "image_path": image.name, "image_sha256": hashlib.sha256(data).hexdigest(),
                "image_bytes": len(data), "image_format": "JPEG"}, None)


def run_round(path: Path, round_no: int, rng: random.Random) -> list[tuple[str, str]]:
    """Start a writer, kill it at a random moment; return the saves it acknowledged."""
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    proc = subprocess.Popen([sys.executable, "-c", WRITER, str(path), str(round_no),
                             ",".join(WORKS)], stdout=subprocess.PIPE, text=True, env=env)
    assert proc.stdout is not None
    acked: list[tuple[str, str]] = []
    ready = threading.Event()

    def read() -> None:
        for line in proc.stdout:  # type: ignore[union-attr]
            if line.startswith("ready"):
                ready.set()
            elif line.startswith("saved "):
                _, token, work_id = line.split()
                acked.append((token, work_id))

    reader = threading.Thread(target=read)
    reader.start()
    ready.wait(30)
    time.sleep(rng.uniform(0.0, 0.35))  # a random moment, usually in the middle of a save
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    reader.join()
    proc.stdout.close()
    return acked


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--kills", type=int, default=100)
    parser.add_argument("--seed", type=int, default=1965)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    lost = check_failures = acked_total = 0
    began = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="stress-kill-") as folder:
        path = Path(folder) / "catalog.db"
        make_catalog(path)
        history: dict[str, list[str]] = {w: [] for w in WORKS}  # every acknowledged token
        for round_no in range(args.kills):
            acked = run_round(path, round_no, rng)
            acked_total += len(acked)
            for token, work_id in acked:
                history[work_id].append(token)
            with Catalog.open(path, who="checker") as catalog:  # recovers the WAL, as the app
                report = check_catalog(catalog.connection, catalog.images_dir, None)
                if not report.passed:
                    check_failures += 1
                    print(f"round {round_no}: check failed: {report.problems[:3]}")
                for work_id in WORKS:
                    record = catalog.get(work_id)
                    if len(record["provenance"]) != EVENTS:
                        check_failures += 1
                        print(f"round {round_no}: {work_id} has {len(record['provenance'])} "
                              "events")
                    # The newest acknowledged token must be there, and the record's history
                    # must hold every acknowledged save (facts keep only the last 40).
                    saved_tokens = {t for e in catalog.history(work_id)
                                    for c in e["changes"] if c["field"] == "facts"
                                    for t in (c["after"] or [])}
                    missing = [t for t in history[work_id] if t not in saved_tokens]
                    if history[work_id] and history[work_id][-1] not in record["facts"]:
                        missing.append(history[work_id][-1])
                    if missing:
                        lost += len(missing)
                        print(f"round {round_no}: {work_id} lost {missing[:5]}")
            if (round_no + 1) % 10 == 0:
                print(f"{round_no + 1} kills: {acked_total} acknowledged saves, lost {lost}, "
                      f"failed checks {check_failures}", flush=True)
    seconds = time.perf_counter() - began
    ok = lost == 0 and check_failures == 0
    print(" ".join(f"{k}={v}" for k, v in {
        "kills": args.kills, "survived": args.kills - check_failures,
        "acked_saves": acked_total, "lost": lost, "check_failures": check_failures,
        "seconds": f"{seconds:.1f}", "ok": int(ok)}.items()))
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
