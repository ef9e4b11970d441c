"""Catalog files for the curator's-desk tests (imported by name, like catalog_samples): a copy
of the shipped catalog, and a synthetic 100,000-work catalog written with plain SQL (what a
large museum's file looks like to the worklist and history readers)."""

from __future__ import annotations

import random
import shutil
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHIPPED = ROOT / "catalog.db"
BIG_WORKS = 100_000
AT = "2026-01-01T00:00:00Z"


def shipped_copy(folder: Path) -> Path:
    """A writable copy of the shipped catalog.db, with its images beside it (linked)."""
    folder.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(SHIPPED, folder / "catalog.db")
    (folder / "images").symlink_to(ROOT / "images", target_is_directory=True)
    return folder / "catalog.db"


def build_big(path: Path, works: int = BIG_WORKS, seed: int = 1965) -> Path:
    """A catalog of `works` works: most sound (real image, Russian title, two sources, high
    confidence), and works 1–9 of every ten needing work for a known reason, so a reader of
    it can be checked against `expected_reasons`."""
    from gallery.catalog.store import Catalog

    rng = random.Random(seed)
    catalog = Catalog.open(path, create=True, who="builder")
    with catalog.write() as con:
        con.executemany(
            "INSERT INTO sources(id, citation, reliability, created_at, updated_at) "
            "VALUES (?, ?, ?, ?, ?)",
            [("src-good", "A good book.", "high", AT, AT),
             ("src-weak", "A forum post.", "low", AT, AT),
             ("src-news", "A news report.", "medium", AT, AT)])
        rows, sources, events, history = [], [], [], []
        for i in range(works):
            work_id = f"work-{i:06d}"
            year = rng.randint(1960, 2019)
            case = i % 10
            rows.append((
                work_id, f"Work {i}", None if case == 1 else f"Работа {i}",
                f"{year}", f"{year + (case == 8)}-01-01", f"{year + (case == 8)}-12-31",
                "low" if case == 2 else "high",
                None if case == 3 else f"work-{i:06d}.jpg", 1 if case == 4 else 0,
                AT, AT))
            if case == 5:
                pass  # no source at all
            elif case == 6:
                sources.append((work_id, "src-weak", 0))
            else:
                sources.append((work_id, "src-good", 0))
                sources.append((work_id, "src-news", 1))
            if case == 7:  # out of order: 1990 listed before 1970
                events.append((work_id, 0, "1990", "1990-01-01", "1990-12-31", "sale"))
                events.append((work_id, 1, "1970", "1970-01-01", "1970-12-31", "gift"))
            if case == 9:  # a sale in 1980 inside a gap marked 1965–1995
                events.append((work_id, 0, "1965–1995", "1965-01-01", "1995-12-31", "gap"))
                events.append((work_id, 1, "1980", "1980-01-01", "1980-12-31", "sale"))
            history.append((f"build-{i}", AT, "builder", "works", work_id, "create"))
        con.executemany(
            "INSERT INTO works(id, title, title_ru, date_display, date_earliest, date_latest,"
            " confidence, image_path, image_is_standin, created_at, updated_at)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows)
        con.executemany("INSERT INTO work_sources(work_id, source_id, position) "
                        "VALUES (?, ?, ?)", sources)
        con.executemany(
            "INSERT INTO provenance_events(work_id, position, date_display, date_earliest,"
            " date_latest, kind, certainty, transfers) VALUES (?, ?, ?, ?, ?, ?, 'certain',"
            " 'ownership')", events)
        con.executemany(
            "INSERT INTO history(change_id, at, who, table_name, record_id, action, before,"
            " after) VALUES (?, ?, ?, ?, ?, ?, NULL, '{}')", history)
    catalog.close()
    return path


def expected_reasons(works: int = BIG_WORKS) -> dict[str, int]:
    """How many works of `build_big` need work for each reason."""
    def count(case: int) -> int:
        return len(range(case, works, 10))

    return {"no_russian_title": count(1), "low_confidence": count(2), "no_image": count(3),
            "standin_only": count(4), "no_source": count(5), "single_weak_source": count(6),
            "events_out_of_order": count(7), "date_disagrees": count(8), "event_in_gap": count(9)}
