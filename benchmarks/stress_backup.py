"""One process saves in a loop while another backs up, restores and exports; nothing is lost.

Run on demand:  python benchmarks/stress_backup.py --seconds 30

The saver works like a curator with an editor window: it opens the catalog for a short session,
saves a few edits (each appends a unique token to a work's `facts`), closes it, pauses, and
opens it again. Half of its sessions open as an editor does (holding the writers' lock from the
start); the other half open as a visitor window that starts editing later (the lock is taken
at the first save), and wait a moment between reading a record and saving it, so that a restore
can swap the file in between. A save refused because the file was swapped (`CatalogReplaced`)
is kept as a draft (the editor's DraftStore); the next session recovers the draft and saves it
again, as the editor offers to. Meanwhile the other process loops over: backup, export (and a
re-import of that export into a new catalog), and restore of a random backup.

The invariant. A restore deliberately rolls the catalog back to a backup: the saves made
after that backup was taken are no longer in the catalog, by design — but they are in the
safety copy restore keeps of the file it replaced. So each acknowledged save must be in the
file as it stood when the next restore replaced it (that restore's safety copy), or, if no
restore followed, in the final catalog:
  1. a save acknowledged before restore i finished is in restore i's safety copy (or, if it
     committed in the instant between the swap and the end of restore i, in the next state);
  2. a save acknowledged after the last restore is in the final catalog;
  3. a save into a file that was swapped away (acknowledged, yet in no later state) is a loss;
  4. no save in a session that holds the lock from the start is ever refused as "replaced"
     (restore is refused while a writer holds the lock);
  5. every refused save is still in a draft file, or was recovered from it and saved again
     (then it is an acknowledged save, held to 1-2);
  6. every export re-imports (no broken links), and `gallery check` passes at the end.
Exits 1 when any of these fails. The last line is key=value figures.
"""

from __future__ import annotations

import argparse
import json
import multiprocessing as mp
import random
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

try:
    import gallery  # noqa: F401
except ImportError:  # a checkout without `pip install -e .`
    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

from gallery.catalog.backup import list_backups
from gallery.catalog.backup_restore import restore
from gallery.catalog.check import check_catalog
from gallery.catalog.drafts import Draft, DraftStore
from gallery.catalog.errors import CatalogBusy, CatalogError, CatalogLocked, CatalogReplaced
from gallery.catalog.export import export_json_text, import_json
from gallery.catalog.store import Catalog

WORKS = ("stress-a", "stress-b", "stress-c")


def make_catalog(path: Path) -> None:
    with Catalog.open(path, create=True, who="setup") as catalog:
        for work_id in WORKS:
            catalog.save({"id": work_id, "title": f"Stress {work_id}", "facts": [],
                          "confidence": "low"}, None)


def tokens_in(path: Path) -> set[str]:
    with Catalog.open(path, read_only=True) as catalog:
        return {t for w in WORKS for t in catalog.get(w)["facts"]}


def _save_token(catalog: Catalog, work_id: str, tokens: list[str]) -> None:
    record = catalog.get(work_id)
    record["facts"] = [*record["facts"], *[t for t in tokens if t not in record["facts"]]]
    catalog.save(record, record["version"])


def keep_draft(drafts: DraftStore, work_id: str, tokens: list[str]) -> None:
    """Keep unsaved tokens as the work's draft, beside any it already holds."""
    old = drafts.read("works", work_id)
    kept = [*(old.record["facts"] if old else []), *tokens]
    drafts.write(Draft("works", work_id, {"facts": kept}, None))


def saver(path: str, drafts_root: str, seconds: float, seed: int, out: Any) -> None:
    rng = random.Random(seed)
    drafts = DraftStore(path, Path(drafts_root))
    log: dict[str, list[Any]] = {"acked": [], "refused": [], "replaced_under_lock": []}
    counts = {"sessions": 0, "lazy_sessions": 0, "locked_waits": 0, "open_failures": 0}
    k = 0
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        lazy = rng.random() < 0.5
        try:
            catalog = Catalog.open(path, who="saver", writer=not lazy)
        except CatalogError:
            counts["open_failures"] += 1  # e.g. opened mid-swap: try again, as a curator would
            time.sleep(0.02)
            continue
        counts["sessions"] += 1
        counts["lazy_sessions"] += lazy
        try:
            recovered = True
            for draft in drafts.all():  # the editor offers what a refused save kept
                try:
                    _save_token(catalog, draft.key, draft.record["facts"])
                except (CatalogReplaced, CatalogLocked):
                    recovered = False  # still a draft; this session is over
                    break
                now = time.monotonic()
                log["acked"] += [(t, draft.key, now) for t in draft.record["facts"]]
                drafts.delete("works", draft.key)
            for _ in range(rng.randint(1, 6) if recovered else 0):
                work_id, token = WORKS[k % len(WORKS)], f"t{k}"
                k += 1
                if lazy:
                    time.sleep(rng.uniform(0.0, 0.03))  # the curator types; a restore may run
                try:
                    _save_token(catalog, work_id, [token])
                except CatalogReplaced:
                    (log["replaced_under_lock"] if not lazy else log["refused"]).append(token)
                    keep_draft(drafts, work_id, [token])
                    break  # the window says so; the curator reopens the catalog
                except CatalogLocked:
                    counts["locked_waits"] += 1
                    keep_draft(drafts, work_id, [token])
                    log["refused"].append(token)
                    break
                log["acked"].append((token, work_id, time.monotonic()))
        finally:
            catalog.close()
        time.sleep(rng.uniform(0.0, 0.08))  # the window is closed: a restore may run now
    out.put({"log": log, "counts": counts, "drafts": [
        t for d in drafts.all() for t in d.record["facts"]]})


def restorer(path: Path, seconds: float, seed: int, scratch: Path) -> dict[str, Any]:
    rng = random.Random(seed)
    restores: list[tuple[float, float, str]] = []
    counts = {"backups": 0, "exports": 0, "export_failures": 0, "restores": 0,
              "restores_refused_busy": 0, "other_errors": 0}
    deadline = time.monotonic() + seconds
    n = 0
    while time.monotonic() < deadline:
        n += 1
        op = rng.choice(("backup", "export", "restore", "restore"))
        try:
            if op == "backup" or not list_backups(path):
                with Catalog.open(path, read_only=True) as catalog:
                    catalog.backup(keep=5)
                counts["backups"] += 1
            elif op == "export":
                with Catalog.open(path, read_only=True) as catalog:
                    data = json.loads(export_json_text(catalog.connection))
                counts["exports"] += 1
                try:
                    import_json(data, scratch / f"export-{n}.db")
                except CatalogError:
                    counts["export_failures"] += 1
                (scratch / f"export-{n}.db").unlink(missing_ok=True)
            else:
                chosen = rng.choice(list_backups(path))
                began = time.monotonic()
                try:
                    done = restore(chosen, path, who="restorer")
                except CatalogBusy:
                    counts["restores_refused_busy"] += 1
                else:
                    restores.append((began, time.monotonic(), str(done.safety_copy)))
                    counts["restores"] += 1
        except CatalogError as error:
            counts["other_errors"] += 1
            print(f"{op}: {error}", flush=True)
        time.sleep(rng.uniform(0.0, 0.05))
    return {"restores": restores, "counts": counts}


def verify(path: Path, saved: dict[str, Any], restored: dict[str, Any]) -> dict[str, int]:
    final = tokens_in(path)
    restores = restored["restores"]
    # The catalog as each restore found it (its safety copy), then as it ends.
    states = [tokens_in(Path(safety)) for _began, _ended, safety in restores] + [final]
    lost = during = rolled_back = 0
    for token, _work, at in saved["log"]["acked"]:
        i = next((n for n, (_b, ended, _s) in enumerate(restores) if ended > at), len(restores))
        during += i < len(restores) and restores[i][0] <= at
        allowed = states[i] | (states[i + 1] if i + 1 < len(states) else set())
        if token not in allowed:
            lost += 1
            print(f"lost: {token} acknowledged at {at:.3f}")
        rolled_back += token not in final
    # A refused save is either still a draft, or was recovered: then it is an acknowledged
    # save like any other, checked above.
    kept = set(saved["drafts"]) | {token for token, _work, _at in saved["log"]["acked"]}
    refused_lost = sum(1 for t in saved["log"]["refused"] if t not in kept)
    with Catalog.open(path, read_only=True) as catalog:
        report = check_catalog(catalog.connection, catalog.images_dir, None)
    problems = [p for p in report.problems if "has no image" not in p]
    return {"lost": lost, "refused_lost": refused_lost, "acked_during_restore": during,
            "replaced_under_lock": len(saved["log"]["replaced_under_lock"]),
            "rolled_back_by_restore": rolled_back, "check_problems": len(problems)}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=30.0)
    parser.add_argument("--seed", type=int, default=1965)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="stress-backup-") as folder:
        root = Path(folder)
        path = root / "catalog.db"
        make_catalog(path)
        (root / "scratch").mkdir()
        context = mp.get_context("spawn")
        out = context.Queue()
        proc = context.Process(target=saver, args=(str(path), str(root / "drafts"),
                                                   args.seconds, args.seed, out))
        began = time.perf_counter()
        proc.start()
        restored = restorer(path, args.seconds, args.seed + 1, root / "scratch")
        saved = out.get(timeout=args.seconds + 120)
        proc.join()
        seconds = time.perf_counter() - began
        figures = verify(path, saved, restored)
    counts = {**saved["counts"], **restored["counts"]}
    failed = proc.exitcode != 0 or counts["export_failures"] or any(
        figures[k] for k in ("lost", "refused_lost",
                             "replaced_under_lock", "check_problems"))
    print(f"saver: {len(saved['log']['acked'])} saves acknowledged in {counts['sessions']} "
          f"sessions ({counts['lazy_sessions']} taking the lock late), "
          f"{len(saved['log']['refused'])} refused and kept as drafts")
    print(f"other process: {counts['backups']} backups, {counts['exports']} exports "
          f"re-imported, {counts['restores']} restores, {counts['restores_refused_busy']} "
          f"refused while the saver held the lock")
    print(" ".join(f"{k}={v}" for k, v in {
        "acked": len(saved["log"]["acked"]), "refused_kept": len(saved["log"]["refused"]),
        "restores": counts["restores"], "restores_refused": counts["restores_refused_busy"],
        "backups": counts["backups"], "exports": counts["exports"],
        "export_failures": counts["export_failures"], **figures,
        "seconds": f"{seconds:.1f}", "ok": int(not failed)}.items()))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
