"""The catalog file as a data set: sqlite-utils' own tools search it, the plain search table
keeps in step with every save, the researcher views read right, and an older catalog opened
read-only still finds words."""

from __future__ import annotations

import json
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from gallery.catalog.check import check_catalog
from gallery.catalog.connection import connect_writable
from gallery.catalog.schema import migrate
from gallery.catalog.store import Catalog

SHIPPED = Path(__file__).resolve().parents[2] / "catalog.db"
SQLITE_UTILS = Path(sys.executable).with_name("sqlite-utils")


def _search(path: Path, words: str) -> list[dict[str, Any]]:
    done = subprocess.run([str(SQLITE_UTILS), "search", str(path), "works", words,
                           "-c", "id", "-c", "title"], capture_output=True, text=True,
                          timeout=60, check=True)
    return json.loads(done.stdout)


def _index_problems(path: Path) -> list[str]:
    """What `gallery check` says of the search indexes (the copy has no images folder)."""
    with Catalog.open(path, read_only=True) as catalog:
        problems = check_catalog(catalog.connection, catalog.images_dir).problems
    return [p for p in problems if "index" in p]


@pytest.fixture
def shipped(tmp_path: Path) -> Path:
    shutil.copy(SHIPPED, tmp_path / "catalog.db")
    return tmp_path / "catalog.db"


def test_sqlite_utils_search_finds_works_in_the_shipped_catalog(shipped: Path) -> None:
    found = _search(shipped, "leonov")
    con = sqlite3.connect(shipped)
    expected = {r[0] for r in con.execute(
        "SELECT id FROM works WHERE title || ' ' || coalesce(description, '') "
        "LIKE '%leonov%'")}
    con.close()
    assert len(found) >= 10
    assert expected <= {r["id"] for r in found}
    assert _search(shipped, "Леонов"), "the Russian texts are searched too"


def test_a_save_updates_the_plain_search_table_in_its_transaction(shipped: Path) -> None:
    with Catalog.open(shipped, who="t") as catalog:
        work = catalog.get("orbital-sunrise-1965")
        work["title"] = "Zanzibarian dawn"
        catalog.save(work, work["version"])
        gone = catalog.get("over-the-planet-2003")
        catalog.delete(gone["id"], gone["version"])  # to the trash: still a row, still found
    assert [r["id"] for r in _search(shipped, "zanzibarian")] == ["orbital-sunrise-1965"]
    assert _index_problems(shipped) == []


def test_check_names_a_plain_search_table_out_of_step(shipped: Path) -> None:
    con = sqlite3.connect(shipped)
    with con:  # a change behind the triggers' back
        con.execute("DROP TRIGGER works_au")
        con.execute("UPDATE works SET title = 'Other words' WHERE id = 'orbital-sunrise-1965'")
    con.close()
    assert any("works_fts" in line for line in _index_problems(shipped))


def test_researcher_views(shipped: Path) -> None:
    with Catalog.open(shipped, who="t") as catalog:
        con = catalog.connection
        live = con.execute("SELECT count(*) FROM works WHERE deleted_at IS NULL").fetchone()[0]
        rows = [dict(r) for r in con.execute("SELECT * FROM works_overview")]
        assert len(rows) == live
        sunrise = next(r for r in rows if r["id"] == "orbital-sunrise-1965")
        assert sunrise["mission_ids"] == "voskhod-2"
        assert sunrise["missions_ru"] and "Восход" in sunrise["missions_ru"]
        assert sunrise["date_edtf"] and sunrise["work_type_label_ru"]
        chain = [dict(r) for r in con.execute("SELECT * FROM provenance_chain")]
        assert {r["event_id"] for r in chain} == {
            r[0] for r in con.execute("SELECT id FROM provenance_events")}
        named = [r for r in chain if r["party"] and r["party_name"] != r["party"]]
        assert named and all(r["party_name_ru"] for r in named)
        for work_id in {r["work_id"] for r in chain}:
            steps = [r["step"] for r in chain if r["work_id"] == work_id]
            assert steps == sorted(steps), work_id
        before = [r["event_id"] for r in chain if r["work_id"] == "orbital-sunrise-1965"]
        work = catalog.get("orbital-sunrise-1965")
        catalog.save(work, work["version"])
        after = [r[0] for r in con.execute(
            "SELECT event_id FROM provenance_chain WHERE work_id = 'orbital-sunrise-1965'")]
        assert after == before, "event ids stay across a save"


def test_an_older_catalog_read_only_still_finds_words(tmp_path: Path) -> None:
    path = tmp_path / "v4.db"
    con = connect_writable(path)
    migrate(con, 4)
    with con:
        con.execute("ALTER TABLE works_index RENAME TO works_fts")  # its name before v5
        con.execute("INSERT INTO works(id, title, created_at, updated_at) VALUES "
                    "('sunrise', 'Orbital sunrise', '2026', '2026')")
    con.close()
    with Catalog.open(path, read_only=True) as catalog:
        assert [r.id for r in catalog.search("sunrise").rows] == ["sunrise"]
    con = sqlite3.connect(path)
    assert con.execute("SELECT name FROM sqlite_master WHERE name = 'works_index'").fetchall() \
        == [], "the file is untouched"
    con.close()
    with Catalog.open(path, who="t") as catalog:  # migrated: both indexes, one name each
        assert [r.id for r in catalog.search("sunrise").rows] == ["sunrise"]
    assert [r["id"] for r in _search(path, "sunrise")] == ["sunrise"]
