"""Lossless JSON export: export → import → export gives the same text; CSV is a flat view."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest

from gallery.catalog.errors import CatalogError
from gallery.catalog.export import export_csv_text, export_json_text, import_json
from gallery.catalog.store import Catalog


def test_round_trip_is_identical(catalog: Catalog, tmp_path: Path) -> None:
    catalog.save_record("playlists", {"id": "hall", "name": "Main hall",
                                      "items": [{"work_id": "near-the-moon", "caption": "Hi",
                                                 "duration_s": 12.5}]}, None)
    catalog.delete("stamp-1975", catalog.get("stamp-1975")["version"])
    first = export_json_text(catalog.connection)
    copy = tmp_path / "copy.db"
    import_json(json.loads(first), copy)
    with Catalog.open(copy) as imported:
        assert export_json_text(imported.connection) == first
        # The derived search index was rebuilt, not copied.
        assert [r.id for r in imported.search("diagonal").rows] == ["near-the-moon"]
        assert imported.get("orbital-sunrise") == catalog.get("orbital-sunrise")


def test_export_holds_every_table_and_field(catalog: Catalog) -> None:
    data = json.loads(export_json_text(catalog.connection))
    tables = data["tables"]
    assert len(tables["works"]["rows"]) == 3
    assert "image_is_standin" in tables["works"]["columns"]
    assert len(tables["provenance_events"]["rows"]) == 4
    assert len(tables["history"]["rows"]) == len(
        catalog.connection.execute("SELECT * FROM history").fetchall())


def test_import_refuses_to_overwrite_and_bad_data(catalog: Catalog, tmp_path: Path) -> None:
    data = json.loads(export_json_text(catalog.connection))
    existing = tmp_path / "exists.db"
    existing.write_bytes(b"keep me")
    with pytest.raises(CatalogError, match="already exists"):
        import_json(data, existing)
    assert existing.read_bytes() == b"keep me"
    data["tables"]["work_people"]["rows"].append(
        ["near-the-moon", "ghost", "artist", 9, None, None, None])
    with pytest.raises(CatalogError, match=r"FOREIGN KEY.*nothing written"):
        import_json(data, tmp_path / "new.db")
    assert not (tmp_path / "new.db").exists()
    with pytest.raises(CatalogError, match="not a Leonov Gallery catalog export"):
        import_json({"format": "other"}, tmp_path / "new.db")


def test_csv_has_one_row_per_work(catalog: Catalog) -> None:
    rows = list(csv.DictReader(io.StringIO(export_csv_text(catalog.connection))))
    assert [r["id"] for r in rows] == ["near-the-moon", "orbital-sunrise", "stamp-1975"]
    stamp = rows[2]
    assert stamp["people"] == "alexei-leonov:co-artist | andrei-sokolov:co-artist"
    assert stamp["title_ru"] == "Союз — Аполлон"
