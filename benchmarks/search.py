"""Search latency on a synthetic 100,000-work catalog, beside the bare FTS5 MATCH.

Builds (once, cached in a temp folder) a catalog of N works whose text mixes a small
vocabulary, so some prefixes hit every work (as "leonov" would in a real Leonov catalog) and
others hit a handful. For each typed prefix it times, interleaved run by run with the floor so
that a busy machine weighs on both alike:

- page: `Catalog.search(typed, limit=100, facets=False, count=False)`, the first page as the
  window asks for it (folding, stems, safe quoting, the order, the rows; a result of more than
  2,000 hits is not counted exactly here: the window's facet call brings the count);
- +count: the same with the exact count (`count=True`, what `gallery search --json` pays);
- facet call: `Catalog.search(typed, limit=0)`, what the window asks right after the page
  (the exact count and the ten facet counts); facets alone: `Catalog.facet_counts(typed)`;
- floor: `SELECT rowid FROM works_index WHERE works_index MATCH ? LIMIT 100` on the same file
  with our expression, no count and no order; count floor: `SELECT count(*) … MATCH ?`.

Typos ("sunrse", "восхд": nothing found, so the closest catalog words are tried): the page of a
typo, its correction included, beside the floor of the word as it should have been typed (the
bare page of the corrected query), warm and as the first typo after a save (a file's
vocabulary, and a server's before pg_trgm, is read again after every save: cleared here).

It also checks that every page equals the one the SQL date walk gives (search.WALK_BUDGET 0).

    python benchmarks/search.py [--works 100000] [--repeat 15] [--catalog postgresql://…]

With --catalog the works are built on that PostgreSQL database (once; it must start empty)
and the floors are the bare `document @@ to_tsquery('simple', …) LIMIT 100` and its count
through psycopg on the same server, with the tsquery the store's server dialect writes for our
expression (the SQL walk check and bm25 are the file's, not measured there).
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
from gallery.catalog.errors import CatalogMissing
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
TYPOS = ("sunrse", "восхд")


def build(path: str | Path, works: int) -> None:
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


def timed(fns: list, repeat: int) -> list[list[float]]:
    """Each function's times in ms, the functions taking turns run by run."""
    for fn in fns:
        fn()  # warm the page cache
    out: list[list[float]] = [[] for _ in fns]
    for _ in range(repeat):
        for n, fn in enumerate(fns):
            start = time.perf_counter()
            fn()
            out[n].append((time.perf_counter() - start) * 1000)
    return out


def bare(con, match: str, count: bool = False) -> list:
    """A floor: the bare index call, FTS5 MATCH on a file, a tsquery through psycopg on a
    server (the same expression, as the store's server dialect writes it)."""
    what = "count(*)" if count else "rowid"
    limit = "" if count else " LIMIT 100"
    if getattr(con, "dialect", "sqlite") == "sqlite":
        return con.execute(f"SELECT {what} FROM works_index WHERE works_index MATCH ?{limit}",
                           (match,)).fetchall()
    from gallery.catalog.pg.dialect import tsquery

    return con.raw.execute(f"SELECT {what} FROM works_index WHERE document @@ "
                           f"to_tsquery('simple', %s){limit}", (tsquery(match),)).fetchall()


def p95(values: list[float]) -> float:
    return sorted(values)[max(0, int(len(values) * 0.95) - 1)]


def med(values: list[float]) -> float:
    return statistics.median(values)


def same_pages(con: sqlite3.Connection, typed: str) -> bool:
    """Whether the page (either sort) is the one the SQL walk gives, and the count exact."""
    from gallery.catalog import search as search_module

    con.row_factory = sqlite3.Row
    try:
        for sort in ("relevance", "date"):
            fast = search_module.search(con, typed, {}, sort, 100, 0, False, False, count=False)
            budget, search_module.WALK_BUDGET = search_module.WALK_BUDGET, 0
            try:
                slow = search_module.search(con, typed, {}, sort, 100, 0, False, False)
            finally:
                search_module.WALK_BUDGET = budget
            if [r.id for r in fast.rows] != [r.id for r in slow.rows]:
                return False
            if fast.total_exact and fast.total != slow.total:
                return False
        return True
    finally:
        con.row_factory = None


def _typos(catalog: Catalog, con, repeat: int) -> tuple[list[float], ...]:
    """Each typo's page (warm; the first after a save) and its corrected query's bare page."""
    from gallery.catalog import spelling

    def after_save(typed: str) -> None:
        spelling._cache.clear()  # what a save anywhere does to a cached vocabulary
        catalog.search(typed, limit=100, facets=False, count=False)

    warm, cold, floor = [], [], []
    print(f"{'typo':<12} {'corrected':<12} {'page ms':>8} {'after save':>10} {'floor':>7}")
    for typed in TYPOS:
        corrected = catalog.search(typed, limit=0, facets=False).corrected_query
        if not corrected:
            raise SystemExit(f"{typed!r} was not corrected: the benchmark measures nothing")
        match = match_expression(corrected)
        a, b, c = timed([lambda t=typed: catalog.search(t, limit=100, facets=False, count=False),
                         lambda t=typed: after_save(t),
                         lambda m=match: bare(con, m)], max(3, repeat // 3))
        warm += a
        cold += b
        floor += c
        print(f"{typed:<12} {corrected:<12} {med(a):>8.2f} {med(b):>10.2f} {med(c):>7.3f}")
    return warm, cold, floor


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--works", type=int, default=100_000)
    parser.add_argument("--repeat", type=int, default=15)
    parser.add_argument("--catalog", help="a PostgreSQL database (postgresql://…), empty the "
                        "first time: measure there, beside a bare tsquery on the same server")
    args = parser.parse_args()
    path: str | Path = Path(tempfile.gettempdir()) / f"leonov-bench-search-{args.works}.db"
    if args.catalog:
        path = args.catalog
        try:
            Catalog.open(path, read_only=True).close()
        except CatalogMissing:
            started = time.perf_counter()
            build(path, args.works)
            print(f"built {args.works} works on the server in "
                  f"{time.perf_counter() - started:.1f} s")
    else:
        path = Path(path)
        if path.exists() and _schema_version(path) != SCHEMA_VERSION:
            path.unlink()  # built by an older schema: its indexes are not the ones we measure
        if not path.exists():
            started = time.perf_counter()
            build(path, args.works)
            print(f"built {args.works} works in {time.perf_counter() - started:.1f} s: {path}")
    catalog = Catalog.open(path, read_only=True)
    con = catalog.connection
    check = None if args.catalog else sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    page, counted, facet_call, facets_alone, floor, count_floor = [], [], [], [], [], []
    print(__doc__.split("\n\n")[1].strip())
    print(f"{'typed':<12} {'hits':>7} {'page ms':>8} {'+count':>7} {'facet call':>10} "
          f"{'facets':>7} {'floor':>7} {'count floor':>11} {'page/floor':>10} {'same':>5}")
    all_same = True
    for typed in PREFIXES:
        match = match_expression(typed)
        hits = catalog.search(typed, limit=0, facets=False).total
        a, b, c, c2 = timed([
            lambda t=typed: catalog.search(t, limit=100, facets=False, count=False),
            lambda t=typed: catalog.search(t, limit=100, facets=False),
            lambda m=match: bare(con, m),
            lambda m=match: bare(con, m, count=True),
        ], args.repeat)
        d, e = timed([lambda t=typed: catalog.search(t, limit=0),
                      lambda t=typed: catalog.facet_counts(t)], max(3, args.repeat // 3))
        same = same_pages(check, typed) if check is not None else None
        all_same &= same is not False
        said = "n/a" if same is None else "yes" if same else "NO"
        page += a
        counted += b
        floor += c
        count_floor += c2
        facet_call += d
        facets_alone += e
        print(f"{typed:<12} {hits:>7} {med(a):>8.2f} {med(b):>7.2f} {med(d):>10.1f} "
              f"{med(e):>7.1f} {med(c):>7.3f} {med(c2):>11.3f} "
              f"{med(a) / max(med(c), 1e-6):>10.1f} {said:>5}")
    typo_warm, typo_after_save, typo_floor = _typos(catalog, con, args.repeat)
    everything = match_expression("leonov")
    (bm25_all,) = ([[0.0]] if args.catalog else timed([
        lambda: con.execute(
            "SELECT rowid FROM works_index WHERE works_index MATCH ? "
            "ORDER BY bm25(works_index) LIMIT 100",
            (everything,),
        ).fetchall()], 3))
    if not args.catalog:
        print(f"(ranking every hit of 'leonov' with bm25 would cost {med(bm25_all):.0f}"
              " ms; we rank only when a query has at most 2,000 hits)")
    figures = {
        "backend": "postgresql" if args.catalog else "sqlite",
        "works": args.works,
        "search_median_ms": round(med(page), 2),
        "search_p95_ms": round(p95(page), 2),
        "bare_match_median_ms": round(med(floor), 3),
        "bare_match_p95_ms": round(p95(floor), 3),
        "ratio_median_vs_floor": round(med(page) / med(floor), 2),
        "exact_count_search_median_ms": round(med(counted), 2),
        "count_floor_median_ms": round(med(count_floor), 3),
        "ratio_exact_vs_count_floor": round(med(counted) / med(count_floor), 2),
        "facet_call_median_ms": round(med(facet_call), 1),
        "facet_call_p95_ms": round(p95(facet_call), 1),
        "facet_counts_alone_median_ms": round(med(facets_alone), 1),
        "facet_counts_alone_p95_ms": round(p95(facets_alone), 1),
        "typo_median_ms": round(med(typo_warm), 2),
        "typo_after_save_median_ms": round(med(typo_after_save), 2),
        "typo_floor_median_ms": round(med(typo_floor), 3),
        "ratio_typo_vs_floor": round(med(typo_warm) / med(typo_floor), 2),
        "ratio_typo_after_save_vs_floor": round(med(typo_after_save) / med(typo_floor), 2),
        **({} if args.catalog else {"bm25_all_hits_ms": round(med(bm25_all), 1),
                                    "pages_same_as_sql_walk": all_same}),
    }
    if check is not None:
        check.close()
    catalog.close()
    print(json.dumps(figures))
    print(" ".join(f"{k}={v}" for k, v in figures.items()))


if __name__ == "__main__":
    main()
