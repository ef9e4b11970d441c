"""A catalog older than schema v5 opened read-only (so not migrated) still browses: the grid's
rows, the facets (medium by its typed line), a medium filter and snippets work without the
v5 columns and terms."""

from __future__ import annotations

from pathlib import Path

from gallery.catalog.connection import connect_writable
from gallery.catalog.schema import migrate
from gallery.catalog.snippets import snippets
from gallery.catalog.store import Catalog


def _v4_catalog(path: Path) -> None:
    con = connect_writable(path)
    migrate(con, 4)
    now = "2026-01-01T00:00:00Z"
    with con:
        con.execute("INSERT INTO works(id, title, date_display, date_earliest, date_latest, "
                    "date_certainty, medium, created_at, updated_at) VALUES ('sunrise', "
                    "'Sunrise', '1965', '1965-01-01', '1965-12-31', 'certain', "
                    "'coloured pencils', ?, ?)", (now, now))
        con.execute("INSERT INTO provenance_events(work_id, position, date_display, kind, "
                    "party, holder, certainty, transfers, note) VALUES ('sunrise', 0, '2015', "
                    "'gift', 'Leonov', 'Star City museum', 'probable', 'ownership', "
                    "'Given to the museum')")
    con.close()


def test_an_older_catalog_opened_read_only_still_searches(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    _v4_catalog(path)
    catalog = Catalog.open(path, read_only=True)
    try:
        result = catalog.search("", limit=10)
        assert [(r.id, r.date_display, r.date_display_ru) for r in result.rows] == [
            ("sunrise", "1965", None)]
        assert result.facets["medium"] == [("coloured pencils", "coloured pencils", 1)]
        assert catalog.search("", {"medium": "coloured pencils"}).total == 1
        with catalog.reading() as con:  # (rows written raw here are not in the text index)
            found = snippets(con, ["sunrise"], "museum", "ru")
        assert found["sunrise"].match == "museum"
    finally:
        catalog.close()
