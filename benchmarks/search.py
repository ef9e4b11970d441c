"""Search latency on a synthetic 100,000-work catalog, beside the bare FTS5 MATCH.

Builds (once, cached in a temp folder) a catalog of N works whose text mixes a small
vocabulary, so some prefixes hit every work (as "leonov" would in a real Leonov catalog) and
others hit a handful. For each typed prefix it times `Catalog.search()` (our path: folding,
safe quoting, count, ordering, first page) with and without facet counts, and the bare
`SELECT rowid FROM works_index WHERE works_index MATCH ? LIMIT 100` on the same file (the floor).

    python benchmarks/search.py [--works 100000] [--repeat 15]
"""

from __future__ import annotations

import argparse
import json
import random
import sqlite3
import statistics
import tempfile
import time
from pathlib import Path

from gallery.catalog import fts
from gallery.catalog.schema import SCHEMA_VERSION
from gallery.catalog.store import Catalog
from gallery.catalog.wordforms import match_expression

WORDS = ("moon sun earth orbit sunrise spacewalk docking stamp poster sketch portrait cosmos "
         "voskhod soyuz apollo lunokhod mars venus comet nebula planet rocket station "
         "horizon dawn night sea ship frigate forest studio").split()
RU_WORDS = "луна солнце земля орбита восход космос ракета море корабль рассвет".split()
PREFIXES = (
    "l",
    "le",
    "leon",
    "leonov",
    "мо",
    "вос",
    "sunr",
    "moon sun",
    "kosm",
    "frigate sea",
    "zzzz",
    "1965",
)


def build(path: Path, works: int) -> None:
    rng = random.Random(1965)
    catalog = Catalog.open(path, create=True, who="benchmark")
    now = "2026-01-01T00:00:00Z"
    with catalog.write() as con:
        con.execute(
            "INSERT INTO people(id, name, name_ru, created_at, updated_at) VALUES "
            "('alexei-leonov', 'Alexei Leonov', 'Алексей Леонов', ?, ?)",
            (now, now),
        )
        con.execute(
            "INSERT INTO missions(id, name, name_ru, created_at, updated_at) VALUES "
            "('voskhod-2', 'Voskhod 2', 'Восход-2', ?, ?)",
            (now, now),
        )
        rows = []
        for i in range(works):
            title = " ".join(rng.sample(WORDS, 3)).title()
            year = rng.randint(1960, 2019)
            rows.append(
                (
                    f"work-{i:06d}",
                    title,
                    " ".join(rng.sample(RU_WORDS, 2)),
                    " ".join(rng.choices(WORDS, k=25)),
                    f"{year}",
                    f"{year}-01-01",
                    f"{year}-12-31",
                    rng.choice(("painting", "drawing", "stamp")),
                    rng.choice(("high", "medium", "low")),
                    now,
                    now,
                )
            )
        con.executemany(
            "INSERT INTO works(id, title, title_ru, description, date_display, date_earliest,"
            " date_latest, category, confidence, created_at, updated_at) VALUES "
            "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            rows,
        )
        con.executemany(
            "INSERT INTO work_people(work_id, person_id, role, position) "
            "VALUES (?, 'alexei-leonov', 'artist', 0)",
            [(r[0],) for r in rows],
        )
        con.executemany(
            "INSERT INTO work_missions(work_id, mission_id, link, qualifier, position) "
            "VALUES (?, 'voskhod-2', 'depicts', NULL, 0)",
            [(r[0],) for r in rows[::7]],
        )
        fts.reindex_all(con)
    catalog.close()


def _schema_version(path: Path) -> int:
    con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return int(con.execute("PRAGMA user_version").fetchone()[0])
    finally:
        con.close()


def timed(fn, repeat: int) -> list[float]:
    fn()  # warm the page cache
    out = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        out.append((time.perf_counter() - start) * 1000)
    return out


def p95(values: list[float]) -> float:
    return sorted(values)[max(0, int(len(values) * 0.95) - 1)]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--works", type=int, default=100_000)
    parser.add_argument("--repeat", type=int, default=15)
    args = parser.parse_args()
    path = Path(tempfile.gettempdir()) / f"leonov-bench-search-{args.works}.db"
    if path.exists() and _schema_version(path) != SCHEMA_VERSION:
        path.unlink()  # built by an older schema: its indexes are not the ones we measure
    if not path.exists():
        started = time.perf_counter()
        build(path, args.works)
        print(f"built {args.works} works in {time.perf_counter() - started:.1f} s: {path}")
    catalog = Catalog.open(path, read_only=True)
    con = catalog.connection
    ours, with_facets, floor, facets_alone = [], [], [], []
    print("ours: Catalog.search(typed, limit=100) = folding, stems, safe quoting, the count of "
          "hits and the first page in order (best match up to 2,000 hits, else by date);\n"
          "+facets: the same with the ten facet counts; facets: the counts alone "
          "(Catalog.facet_counts, as the window asks for them after the page);\n"
          "floor: the bare FTS5 call on the same file with our expression, no count and no "
          "order: `SELECT rowid FROM works_index WHERE works_index MATCH ? LIMIT 100`.")
    print(
        f"{'typed':<12} {'hits':>7} {'ours ms':>9} {'+facets':>9} {'facets':>8} "
        f"{'bare MATCH':>11} {'ratio':>6}"
    )
    for typed in PREFIXES:
        match = match_expression(typed)
        hits = catalog.search(typed, limit=100, facets=False).total
        a = timed(lambda t=typed: catalog.search(t, limit=100, facets=False), args.repeat)
        b = timed(
            lambda t=typed: catalog.search(t, limit=100, facets=True), max(3, args.repeat // 3)
        )
        d = timed(lambda t=typed: catalog.facet_counts(t), max(3, args.repeat // 3))
        c = timed(
            lambda m=match: con.execute(
                "SELECT rowid FROM works_index WHERE works_index MATCH ? LIMIT 100", (m,)
            ).fetchall(),
            args.repeat,
        )
        ours += a
        with_facets += b
        facets_alone += d
        floor += c
        ratio = statistics.median(a) / max(statistics.median(c), 1e-6)
        print(
            f"{typed:<12} {hits:>7} {statistics.median(a):>9.2f} {statistics.median(b):>9.1f}"
            f" {statistics.median(d):>8.1f} {statistics.median(c):>11.3f} {ratio:>6.1f}"
        )
    everything = match_expression("leonov")
    bm25_all = timed(
        lambda: con.execute(
            "SELECT rowid FROM works_index WHERE works_index MATCH ? "
            "ORDER BY bm25(works_index) LIMIT 100",
            (everything,),
        ).fetchall(),
        3,
    )
    print(
        f"(ranking every hit of 'leonov' with bm25 would cost {statistics.median(bm25_all):.0f}"
        " ms; we rank only when a query has at most 2,000 hits)"
    )
    figures = {
        "works": args.works,
        "search_median_ms": round(statistics.median(ours), 2),
        "search_p95_ms": round(p95(ours), 2),
        "facets_median_ms": round(statistics.median(with_facets), 1),
        "facets_p95_ms": round(p95(with_facets), 1),
        "facet_counts_alone_median_ms": round(statistics.median(facets_alone), 1),
        "facet_counts_alone_p95_ms": round(p95(facets_alone), 1),
        "bare_match_median_ms": round(statistics.median(floor), 3),
        "bare_match_p95_ms": round(p95(floor), 3),
        "ratio_median_vs_floor": round(statistics.median(ours) / statistics.median(floor), 1),
        "bm25_all_hits_ms": round(statistics.median(bm25_all), 1),
    }
    catalog.close()
    print(json.dumps(figures))
    print(" ".join(f"{k}={v}" for k, v in figures.items()))


if __name__ == "__main__":
    main()
