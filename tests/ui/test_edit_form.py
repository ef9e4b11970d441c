"""The work form driven with keyboard and mouse: edit, save, reopen, undo and redo."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from test_edit_support import FakePrompts, field, make_editor, replace_text

from gallery.catalog.store import Catalog

# The offscreen plugin warns that it cannot size, raise or grab windows (docks, the image area,
# completer pop-ups); a real screen does not.
pytestmark = pytest.mark.qt_log_ignore("^This plugin does not support")


def test_opens_the_work_with_its_values(editor: Any) -> None:
    assert field(editor, "title").text() == "Orbital sunrise"
    assert field(editor, "title_ru").text() == "Восход на орбите"
    assert field(editor, "date_display").text() == "18–19 March 1965"
    subjects = field(editor, "subjects")
    assert [subjects.item(r, 0).text() for r in range(subjects.rowCount())] == [
        "sunrise", "Earth"]
    assert field(editor, "id").isReadOnly()
    assert editor.panel.current_id() == "orbital-sunrise"
    assert not editor.isWindowModified()


def test_edit_save_reopen_shows_the_value(qtbot: Any, editor: Any, catalog_path: Path,
                                          prompts: FakePrompts, tmp_path: Path) -> None:
    title = field(editor, "title")
    replace_text(qtbot, title, "Sunrise seen from orbit")
    description = field(editor, "description")
    description.setFocus()
    qtbot.keyClick(description, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(description, " Pencils on paper.")
    assert editor.isWindowModified()
    assert "[*]" in editor.windowTitle()
    qtbot.keyClick(title, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert not editor.isWindowModified()
    with Catalog.open(catalog_path) as catalog:
        stored = catalog.get("orbital-sunrise")
    assert stored["title"] == "Sunrise seen from orbit"
    assert stored["description"].endswith("drawn in orbit. Pencils on paper.")
    assert stored["version"] == 2
    editor.close()
    again = make_editor(qtbot, catalog_path, prompts, "orbital-sunrise",
                        drafts_root=tmp_path / "drafts")
    assert field(again, "title").text() == "Sunrise seen from orbit"


def test_typing_merges_into_one_undo_step_per_field(qtbot: Any, editor: Any) -> None:
    stack = editor.sessions["works"].stack
    replace_text(qtbot, field(editor, "medium_note"), "graphite")
    replace_text(qtbot, field(editor, "support_note"), "card")
    assert stack.count() == 2
    assert [stack.text(i) for i in range(2)] == ["Edit Medium note", "Edit Support note"]


def test_undo_and_redo_restore_each_field(qtbot: Any, editor: Any) -> None:
    title, medium = field(editor, "title"), field(editor, "medium_note")
    confidence = field(editor, "confidence")
    replace_text(qtbot, title, "Changed title")
    replace_text(qtbot, medium, "ink")
    confidence.setFocus()
    qtbot.keyClick(confidence, Qt.Key.Key_Down)  # high → medium
    assert confidence.currentData() == "medium"
    replace_text(qtbot, field(editor, "height"), "21")
    undo = (Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    redo = (Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier
            | Qt.KeyboardModifier.ShiftModifier)
    qtbot.keyClick(medium, *undo)  # the focus is in a text field: the record's undo wins
    assert field(editor, "height").text() == ""
    qtbot.keyClick(medium, *undo)
    assert confidence.currentData() == "high"
    qtbot.keyClick(medium, *undo)
    assert medium.text() == "coloured pencils"
    qtbot.keyClick(medium, *undo)
    assert title.text() == "Orbital sunrise"
    assert not editor.isWindowModified()
    qtbot.keyClick(medium, *redo)
    qtbot.keyClick(medium, *redo)
    assert (title.text(), medium.text()) == ("Changed title", "ink")
    qtbot.keyClick(medium, *redo)
    qtbot.keyClick(medium, *redo)
    assert confidence.currentData() == "medium"
    assert editor.sessions["works"].model.record["height"] == 21.0
    assert editor.isWindowModified()


def test_live_validation_explains_next_to_the_field(qtbot: Any, editor: Any) -> None:
    form = editor.work_form
    replace_text(qtbot, field(editor, "date_earliest"), "1966-01-01")
    assert form.rows["date_earliest"].message.text() == (
        "the earliest date 1966-01-01 is after the latest 1965-03-19")
    replace_text(qtbot, field(editor, "date_earliest"), "1965-03-18")
    assert form.rows["date_earliest"].message.text() == ""
    replace_text(qtbot, field(editor, "width"), "12,5")
    assert form.rows["height"].message.text() == "give the unit of the dimensions"
    replace_text(qtbot, field(editor, "depth"), "thick")
    assert "a size must be a positive number" in form.rows["height"].message.text()


def test_a_refused_save_keeps_the_edit_and_says_why(qtbot: Any, editor: Any,
                                                     catalog_path: Path) -> None:
    replace_text(qtbot, field(editor, "title"), "")
    editor.actions_by_name["save"].trigger()
    assert editor.work_form.rows["title"].message.text() == "a work needs an English title"
    assert editor.message_banner.isVisible()
    assert editor.work_form.tabs.currentIndex() == 0
    with Catalog.open(catalog_path) as catalog:
        assert catalog.get("orbital-sunrise")["version"] == 1


def test_blame_on_the_field_menu(qtbot: Any, editor: Any) -> None:
    form = editor.work_form
    title = field(editor, "title")
    menu = form.context_menu("title", title)
    texts = [a.text() for a in menu.actions()]
    menu.deleteLater()
    assert any(t.startswith("Last changed by tester on ") for t in texts)
    replace_text(qtbot, title, "New")
    assert form.blame_text("title") == "Edited in this session — not saved yet"


def test_new_work_gets_an_id_from_its_title(qtbot: Any, editor: Any,
                                            catalog_path: Path) -> None:
    editor.actions_by_name["new"].trigger()
    assert editor.work_form.heading.full == "New work"
    assert not field(editor, "id").isReadOnly()
    replace_text(qtbot, field(editor, "title"), "Above the Black Sea")
    replace_text(qtbot, field(editor, "date_earliest"), "1973-01-01")
    editor.actions_by_name["save"].trigger()
    with Catalog.open(catalog_path) as catalog:
        assert catalog.get("above-the-black-sea-1973")["title"] == "Above the Black Sea"
    assert editor.panel.current_id() == "above-the-black-sea-1973"
    assert field(editor, "id").isReadOnly()


def test_delete_says_what_goes_and_the_trash_restores(qtbot: Any, editor: Any,
                                                       prompts: FakePrompts,
                                                       catalog_path: Path) -> None:
    editor.actions_by_name["delete"].trigger()
    text = prompts.asked[-1][1]
    assert "3 provenance events" in text and "1 mission link" in text
    assert "trash" in text
    with Catalog.open(catalog_path) as catalog:
        assert [t["id"] for t in catalog.trash()] == ["orbital-sunrise"]
    assert editor.panel.model.row_of("orbital-sunrise") == -1
    editor.panel.set_kind("trash")
    assert editor.forms.currentWidget() is editor.trash
    editor.panel.select("orbital-sunrise", quiet=False)
    assert "3 provenance events" in editor.trash.body.text()
    qtbot.mouseClick(editor.trash.restore_button, Qt.MouseButton.LeftButton)
    with Catalog.open(catalog_path) as catalog:
        assert catalog.trash() == []
        assert [e["action"] for e in catalog.history("orbital-sunrise")][-2:] == [
            "delete", "restore"]


def test_a_locked_catalog_keeps_the_edit_as_a_draft(qtbot: Any, editor: Any,
                                                    catalog_path: Path) -> None:
    import sqlite3

    editor.context.service.catalog.connection.execute("PRAGMA busy_timeout = 50")
    replace_text(qtbot, field(editor, "title"), "Locked out")
    blocker = sqlite3.connect(catalog_path, timeout=0.05)
    blocker.execute("BEGIN IMMEDIATE")
    try:
        editor.actions_by_name["save"].trigger()
    finally:
        blocker.rollback()
        blocker.close()
    assert "another program is saving" in editor.message_banner.label.text()
    assert "kept as a draft" in editor.message_banner.label.text()
    assert editor.drafts.read("works", "orbital-sunrise").record["title"] == "Locked out"
    assert editor.isWindowModified()
    editor.actions_by_name["save"].trigger()  # the lock is gone: it saves, the draft goes
    assert not editor.isWindowModified()
    assert editor.drafts.read("works", "orbital-sunrise") is None


def test_read_only_catalog_opens_read_only_with_a_reason(qtbot: Any, catalog_path: Path,
                                                         prompts: FakePrompts,
                                                         tmp_path: Path,
                                                         monkeypatch: pytest.MonkeyPatch
                                                         ) -> None:
    from gallery.catalog import store

    real_open = store.Catalog.open.__func__  # type: ignore[attr-defined]
    monkeypatch.setattr(store.Catalog, "open", classmethod(
        lambda cls, path, **kw: real_open(cls, path, **{**kw, "read_only": True})))
    window = make_editor(qtbot, catalog_path, prompts, "orbital-sunrise",
                         drafts_root=tmp_path / "drafts")
    assert "opened read-only" in window.read_only_banner.label.text()
    assert field(window, "title").isReadOnly()
    assert not field(window, "confidence").isEnabled()
    assert not window.actions_by_name["save"].isEnabled()
    assert not window.work_form.provenance.buttons["add"].isEnabled()


def test_a_network_catalog_shows_a_warning(qtbot: Any, catalog_path: Path,
                                           prompts: FakePrompts, tmp_path: Path) -> None:
    mounts = f"server:/museum {catalog_path.parent} nfs4 rw 0 0\n"
    window = make_editor(qtbot, catalog_path, prompts, "orbital-sunrise",
                         drafts_root=tmp_path / "drafts", mounts_text=mounts)
    assert window.network_banner.isVisible()
    assert "network drive (nfs4)" in window.network_banner.label.text()
    local = make_editor(qtbot, catalog_path, prompts, None, drafts_root=tmp_path / "d2",
                        mounts_text="/dev/sda1 / ext4 rw 0 0\n")
    assert not local.network_banner.isVisible()
