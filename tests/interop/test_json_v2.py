"""A catalog exported by a schema-2 program (data/v2/catalog-v2.json, made by
make_catalog_v2.py) imports, migrates to v5 and exports with nothing lost: every value it
held is in the new export (free text moved to notes, parties and venues to agents), and the
history says what the migration moved."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from gallery.catalog.export import export_data, import_json
from gallery.catalog.schema import SCHEMA_VERSION
from gallery.catalog.schema_v5 import MIGRATION_CHANGE
from gallery.catalog.store import Catalog
from gallery.cli import main

V2 = Path(__file__).parent / "data" / "v2" / "catalog-v2.json"
# Columns whose v2 text the v5 schema recomputes from the structure it moved it into.
JSON_LISTS = {"other_titles", "subjects", "roles", "key_facts", "windows", "facts"}


@pytest.fixture
def migrated(tmp_path: Path) -> Any:
    target = tmp_path / "from-v2.db"
    import_json(json.loads(V2.read_text(encoding="utf-8")), target)
    with Catalog.open(target, who="tester") as catalog:
        yield catalog


def _old_values() -> list[tuple[str, str, Any]]:
    """(table, column, value) for every non-empty value of the v2 export."""
    data = json.loads(V2.read_text(encoding="utf-8"))
    out = []
    for table, body in data["tables"].items():
        for row in body["rows"]:
            for column, value in zip(body["columns"], row, strict=True):
                if value in (None, "", "[]") or column in ("position", "key", "id"):
                    continue
                if column in JSON_LISTS:
                    for item in json.loads(value):
                        out += [(table, column, v) for v in
                                (item.values() if isinstance(item, dict) else [item])]
                else:
                    out.append((table, column, value))
    return out


def _strings(node: Any) -> list[Any]:
    if isinstance(node, dict):
        return [s for v in node.values() for s in _strings(v)]
    if isinstance(node, list):
        return [s for v in node for s in _strings(v)]
    if isinstance(node, str) and node[:1] in "[{":  # a JSON column: its items too
        try:
            return [node, *_strings(json.loads(node))]
        except ValueError:
            pass
    return [node]


def test_the_v2_fixture_is_what_a_v2_program_wrote() -> None:
    data = json.loads(V2.read_text(encoding="utf-8"))
    assert data["schema_version"] == 2
    assert "terms" not in data["tables"] and "agents" not in data["tables"]
    assert "medium_terms" not in data["tables"]["works"]["columns"]


def test_nothing_of_a_v2_catalog_is_lost(migrated: Any) -> None:
    version = migrated.connection.execute("PRAGMA user_version").fetchone()[0]
    assert version == SCHEMA_VERSION
    exported = export_data(migrated.connection)
    assert exported["schema_version"] == SCHEMA_VERSION
    values = _strings(exported["tables"])
    text = json.dumps(exported["tables"], ensure_ascii=False)
    lost = [(t, c, v) for t, c, v in _old_values()
            if v not in values and not (isinstance(v, str) and v in text)]
    assert lost == []


def test_free_text_moved_where_v5_keeps_it(migrated: Any) -> None:
    sunrise = migrated.get("orbital-sunrise")
    assert sunrise["medium_note"] == "coloured pencils (Soviet 'Taktika' brand)"
    assert sunrise["medium"] == "coloured pencils (Soviet 'Taktika' brand)"
    assert sunrise["date_note"] == "18 March 1965, during the flight"
    assert sunrise["date_display"] == "18 March 1965"
    assert sunrise["date_display_ru"] == "18 марта 1965 г."
    assert sunrise["other_titles"] == [{"text": "First picture drawn in space", "lang": "en",
                                        "status": None}]
    held = sunrise["provenance"][1]
    assert held["date_note"] == "by 2015 (as reported)"
    agents = {a["id"]: a for a in migrated.list_records("agents")}
    assert agents[held["party"]]["name"] == "Star City museum"
    assert sunrise["current_holder_id"] == held["holder"]
    exhibition = migrated.get_record("exhibitions", "moscow-1985")
    assert agents[exhibition["venue"]]["name"] == "Memorial Museum of Cosmonautics, Moscow"
    assert exhibition["date_note"] == "spring 1985 (dates not recorded)"


def test_history_records_the_migration(migrated: Any) -> None:
    rows = migrated.connection.execute(
        "SELECT table_name, record_id, action, before, after FROM history "
        "WHERE change_id = ?", (MIGRATION_CHANGE,)).fetchall()
    moved = {(r[0], r[1]) for r in rows}
    assert {("works", "orbital-sunrise"), ("works", "near-the-moon"),
            ("exhibitions", "moscow-1985")} <= moved
    assert {r[0] for r in rows} >= {"agents"}
    medium = [json.loads(r[4]) for r in rows if r[1] == "near-the-moon" and r[4]]
    assert any(after.get("medium_note") == "oil" for after in medium)
    old = [json.loads(r[3]) for r in rows if r[3]]
    assert any("Alexei Leonov to Arthur C. Clarke" in json.dumps(b) for b in old)
    # the v2 history is kept as it was, before the migration's rows
    first = migrated.connection.execute("SELECT change_id FROM history ORDER BY id").fetchone()
    assert first[0] == "c-1"


def test_cli_imports_the_v2_export(tmp_path: Path, capsys: Any) -> None:
    target = tmp_path / "cli.db"
    assert main(["import-json", str(V2), "--catalog", str(target)]) == 0
    assert main(["check", str(target)]) in (0, 1)  # a v2 catalog has no image files
    with Catalog.open(target, read_only=True) as catalog:
        assert set(catalog.work_ids()) == {"orbital-sunrise", "near-the-moon"}
