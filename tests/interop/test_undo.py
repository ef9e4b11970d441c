"""Undoing an import: the previous state comes back as one new recorded change; a work edited
since is never overwritten."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from gallery.catalog.errors import CatalogError, NotFound
from gallery.catalog.interop.csv_import import apply_import, plan_import, undo_change
from gallery.catalog.interop.undo import UndoConflict
from gallery.cli import main

BOOKKEEPING = {"version", "updated_at", "created_at"}


def snapshot(catalog: Any) -> dict[str, dict[str, Any]]:
    return {w: {k: v for k, v in catalog.get(w).items() if k not in BOOKKEEPING}
            for w in catalog.work_ids(include_deleted=True)}


def import_sheet(catalog: Any, tmp_path: Path, text: str, name: str = "sheet.csv") -> str:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    change_id = apply_import(catalog, plan_import(catalog, path))
    assert change_id
    return change_id


SHEET = ("id,title,subjects,date_display\n"
         "near-the-moon,Near the Moon (1967),Moon | Sun,1967\n"
         "fresh-work,A fresh work,Earth,1971\n")


def test_undo_restores_the_state_before_the_import(catalog: Any, tmp_path: Path) -> None:
    before = snapshot(catalog)
    change_id = import_sheet(catalog, tmp_path, SHEET)
    assert catalog.get("near-the-moon")["title"] == "Near the Moon (1967)"
    assert catalog.search("fresh").total == 1
    undo_id = undo_change(catalog, change_id)
    assert undo_id != change_id
    assert snapshot(catalog) == before
    assert catalog.search("fresh").total == 0  # its search entry went with it
    actions = [e["action"] for e in catalog.history("near-the-moon")
               if e["change_id"] == undo_id]
    assert actions == ["update"]
    assert [e["action"] for e in catalog.history("fresh-work")] == ["create", "purge"]
    # the same sheet can be imported again after the undo
    import_sheet(catalog, tmp_path, SHEET)
    assert catalog.get("fresh-work")["title"] == "A fresh work"


def test_undo_refuses_when_a_work_changed_since(catalog: Any, tmp_path: Path) -> None:
    change_id = import_sheet(catalog, tmp_path, SHEET)
    record = catalog.get("near-the-moon")
    record["title"] = "Edited by a curator"
    catalog.save(record, record["version"])
    version = catalog.data_version()
    with pytest.raises(UndoConflict, match="has been changed since"):
        undo_change(catalog, change_id)
    assert catalog.data_version() == version
    assert catalog.get("fresh-work")["title"] == "A fresh work"  # nothing half undone


def test_a_later_edit_of_other_fields_is_kept_and_the_import_s_own_undone(
        catalog: Any, tmp_path: Path) -> None:
    original = catalog.get("near-the-moon")
    change_id = import_sheet(catalog, tmp_path, SHEET)
    record = catalog.get("near-the-moon")
    record["series"] = "Edited later, a field the sheet left alone"
    catalog.save(record, record["version"])
    undo_change(catalog, change_id)
    undone = catalog.get("near-the-moon")
    assert undone["title"] == original["title"]  # the import's own fields come back
    assert undone["subjects"] == original["subjects"]
    assert undone["date_display"] == original["date_display"]
    assert undone["series"] == "Edited later, a field the sheet left alone"  # kept
    assert "fresh-work" not in catalog.work_ids()


def test_a_refusal_names_the_later_change(catalog: Any, tmp_path: Path,
                                          capsys: pytest.CaptureFixture[str]) -> None:
    change_id = import_sheet(catalog, tmp_path, SHEET)
    catalog.who = "Anna Petrova"
    record = catalog.get("near-the-moon")
    catalog.save({**record, "title": "Edited by a curator"}, record["version"])
    later = catalog.history("near-the-moon")[-1]
    assert main(["--catalog", str(catalog.path), "undo-import", change_id]) == 2
    err = capsys.readouterr().err
    assert len(err.strip().splitlines()) == 1
    assert "title changed on " + later["at"].replace("T", " ")[:16] + " UTC" in err
    assert "by Anna Petrova" in err and later["change_id"] in err


def test_later_changes_undone_first_then_the_import(catalog: Any, tmp_path: Path) -> None:
    before = snapshot(catalog)
    first = import_sheet(catalog, tmp_path, SHEET)
    second = import_sheet(catalog, tmp_path, "id,title\nfresh-work,Renamed\n", "b.csv")
    with pytest.raises(UndoConflict):
        undo_change(catalog, first)
    undo_change(catalog, second)
    undo_change(catalog, first)
    assert snapshot(catalog) == before


def test_undo_of_a_batch_edit_and_the_refusals(catalog: Any, tmp_path: Path) -> None:
    before = snapshot(catalog)
    change_id = catalog.batch_set(["near-the-moon", "stamp-1975"], "series", "Batch")
    undo_change(catalog, change_id)
    assert snapshot(catalog) == before
    with pytest.raises(NotFound):
        undo_change(catalog, "no-such-change")
    created = import_sheet(catalog, tmp_path, SHEET)
    catalog.save_record("playlists", {"id": "show", "name": "Show",
                                      "items": [{"work_id": "fresh-work"}]}, None)
    with pytest.raises(CatalogError, match="playlist"):
        undo_change(catalog, created)
    assert "fresh-work" in catalog.work_ids()


def test_cli_prints_the_undo_command_and_runs_it(catalog: Any, tmp_path: Path,
                                                 capsys: Any) -> None:
    before = snapshot(catalog)
    path = tmp_path / "sheet.csv"
    path.write_text(SHEET, encoding="utf-8")
    assert main(["--catalog", str(catalog.path), "import-csv", str(path)]) == 0
    change_id = capsys.readouterr().out.strip().rsplit(" ", 1)[1]
    assert main(["--catalog", str(catalog.path), "undo-import", change_id]) == 0
    assert f"Undid change {change_id}" in capsys.readouterr().out
    catalog_after = snapshot(catalog)
    assert catalog_after == before
    assert main(["--catalog", str(catalog.path), "undo-import", change_id]) == 2
    assert "already been undone" in capsys.readouterr().err
