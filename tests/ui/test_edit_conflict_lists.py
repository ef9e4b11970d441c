"""The conflict dialog merges list fields item by item against the version both edits started
from: the other curator's changed event note is kept, not silently dropped; the same note
changed on both sides is asked field by field; the first focus never drops my work."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from test_edit_support import FakePrompts

from gallery.catalog.store import Catalog
from gallery.ui.edit.commands import SetValue
from gallery.ui.edit.conflict import ConflictDialog

pytestmark = pytest.mark.qt_log_ignore("^This plugin does not support")  # offscreen only


def someone_else_sets_a_note(catalog_path: Path, event: int, note: str) -> None:
    with Catalog.open(catalog_path, who="other curator") as catalog:
        work = catalog.get("orbital-sunrise")
        work["provenance"][event]["note"] = note
        catalog.save(work, work["version"])


def i_set_a_note(editor: Any, event: int, note: str) -> None:
    session = editor.sessions["works"]
    session.stack.push(SetValue(session.model, ("provenance", event, "note"), note,
                                "Edit note"))


def notes(catalog_path: Path) -> list[Any]:
    with Catalog.open(catalog_path) as catalog:
        return [e["note"] for e in catalog.get("orbital-sunrise")["provenance"]]


def test_their_changed_event_note_is_kept_beside_mine(editor: Any, prompts: FakePrompts,
                                                      catalog_path: Path) -> None:
    seen = {}

    def merge(dialog: Any) -> bool:
        seen["choice"] = dialog.choice("provenance")
        seen["open"] = len(dialog.list_merges["provenance"].conflicts)
        dialog.accept_merge()
        return True

    prompts.dialogs["conflictDialog"] = merge
    someone_else_sets_a_note(catalog_path, 0, "their note")
    i_set_a_note(editor, 1, "my note")
    editor.actions_by_name["save"].trigger()
    assert seen == {"choice": "merged", "open": 0}
    assert notes(catalog_path)[:2] == ["their note", "my note"]
    assert not editor.isWindowModified()


def test_the_same_note_changed_on_both_sides_is_asked_field_by_field(
        editor: Any, prompts: FakePrompts, catalog_path: Path) -> None:
    seen = {}

    def merge(dialog: Any) -> bool:
        [conflict] = dialog.list_merges["provenance"].conflicts
        seen["fields"] = conflict.fields
        seen["disputed"] = [w.property("role") for w in dialog.findChildren(object)
                            if getattr(w, "property", None) and w.property("role") == "disputed"]
        dialog.choose_item("provenance", 0, "note", "theirs")
        dialog.accept_merge()
        return True

    prompts.dialogs["conflictDialog"] = merge
    someone_else_sets_a_note(catalog_path, 1, "their note")
    i_set_a_note(editor, 1, "my note")
    i_set_a_note(editor, 0, "my other note")
    editor.actions_by_name["save"].trigger()
    assert seen["fields"] == ["note"]
    assert len(seen["disputed"]) == 2  # theirs and mine, highlighted
    assert notes(catalog_path)[:2] == ["my other note", "their note"]


def test_the_first_focus_is_on_save_merge(qtbot: Any, editor: Any, catalog_path: Path) -> None:
    session = editor.sessions["works"]
    mine = session.model.snapshot()
    mine["title"] = "Mine"
    with Catalog.open(catalog_path) as catalog:
        theirs = catalog.get("orbital-sunrise")
    theirs["title"], theirs["version"] = "Theirs", 2
    dialog = ConflictDialog("works", mine, theirs, {"title"}, {}, None, "someone",
                            base=session.model.base)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    qtbot.waitUntil(lambda: dialog.focusWidget() is not None)
    assert dialog.focusWidget() is dialog.merge_button
    assert not dialog.keep_theirs_button.autoDefault()
    dialog.reject()
