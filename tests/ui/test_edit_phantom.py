"""Opening a record and leaving it changes nothing: no undo entry, no unsaved mark, no byte.

Walks every record of the shipped catalog (a copy), of every kind the editor edits (agents
too, since v5: 58 works, 29 people, 8 missions, 13 exhibitions, 111 sources, 22 agents). List
fields hold items with commas ("edition of 100,000 copies", "cosmonaut, physician"), which the
old comma-separated text fields split as soon as the form was left.
"""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import Any

import pytest
from test_edit_support import FakePrompts, field, make_editor, replace_text

from gallery.catalog.store import Catalog
from gallery.ui.edit.recordtools import EDITABLE_TABLES

pytestmark = pytest.mark.qt_log_ignore("^This plugin does not support")  # offscreen only


def _sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_opening_and_leaving_every_shipped_record_changes_nothing(
        qtbot: Any, shipped_copy: Path, tmp_path: Path) -> None:
    with Catalog.open(shipped_copy, read_only=True) as catalog:
        ids = {table: catalog.work_ids() if table == "works"
               else [r["id"] for r in catalog.list_records(table)] for table in EDITABLE_TABLES}
    before = _sha256(shipped_copy)
    prompts = FakePrompts()  # answers "discard" when asked about unsaved edits
    editor = make_editor(qtbot, shipped_copy, prompts, drafts_root=tmp_path / "drafts")
    opened, invented = 0, []
    for table in EDITABLE_TABLES:
        session = editor.sessions[table]
        for record_id in ids[table]:
            editor.open_record(table, record_id)
            assert session.model.record_id == record_id
            opened += 1
            session.form.flush()  # what leaving a record does first
            if session.stack.count() or session.dirty or editor.isWindowModified():
                invented.append((table, record_id,
                                 [session.stack.text(i) for i in range(session.stack.count())]))
    assert opened == sum(len(v) for v in ids.values()) == 241
    assert invented == []
    assert prompts.asked == []
    editor.close()
    assert _sha256(shipped_copy) == before


def test_an_item_with_a_comma_stays_one_item(qtbot: Any, shipped_copy: Path,
                                            tmp_path: Path) -> None:
    with Catalog.open(shipped_copy, read_only=True) as catalog:
        work_id = next(w for w in catalog.work_ids()
                       if "edition of 100,000 copies" in catalog.get(w)["catalogue_numbers"])
    editor = make_editor(qtbot, shipped_copy, FakePrompts(), work_id,
                         drafts_root=tmp_path / "drafts")
    table = field(editor, "catalogue_numbers")
    items = [table.item(row, 0).text() for row in range(table.rowCount())]
    assert "edition of 100,000 copies" in items


def test_a_new_record_gains_no_undo_entry_on_its_first_save(qtbot: Any, catalog_path: Path,
                                                            tmp_path: Path) -> None:
    editor = make_editor(qtbot, catalog_path, FakePrompts(), drafts_root=tmp_path / "drafts")
    session = editor.sessions["works"]
    editor.new_record()
    session.form.flush()
    assert session.stack.count() == 0
    replace_text(qtbot, field(editor, "title"), "A new sketch")
    assert session.stack.count() == 1
    editor.actions_by_name["save"].trigger()
    assert not session.dirty
    assert session.stack.count() == 1
    assert session.model.record_id == "a-new-sketch"
    with Catalog.open(catalog_path) as catalog:
        assert catalog.get("a-new-sketch")["title"] == "A new sketch"
