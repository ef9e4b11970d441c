"""No edit is lost by moving on: switching works or kinds, and closing, save or ask."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from test_edit_support import FakePrompts, field, list_row_rect

from gallery.catalog.store import Catalog

pytestmark = pytest.mark.qt_log_ignore("^This plugin does not support")  # offscreen only


def click_work(qtbot: Any, editor: Any, work_id: str) -> None:
    view = editor.panel.view
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton,
                     pos=list_row_rect(editor, work_id).center())


def stored_title(catalog_path: Path, work_id: str) -> str:
    with Catalog.open(catalog_path) as catalog:
        return catalog.get(work_id)["title"]


def test_switching_with_a_typed_value_asks_and_saves(qtbot: Any, editor: Any,
                                                     prompts: FakePrompts,
                                                     catalog_path: Path) -> None:
    prompts.unsaved = "save"
    title = field(editor, "title")
    title.setFocus()
    qtbot.keyClick(title, Qt.Key.Key_End)
    qtbot.keyClicks(title, " (first)")  # still in the focused editor when the click comes
    click_work(qtbot, editor, "near-the-moon")
    assert prompts.asked == [("unsaved", "Orbital sunrise (first)")]
    assert stored_title(catalog_path, "orbital-sunrise") == "Orbital sunrise (first)"
    assert field(editor, "title").text() == "Near the Moon"
    assert editor.panel.current_id() == "near-the-moon"


def test_cancel_stays_on_the_work_with_the_text_intact(qtbot: Any, editor: Any,
                                                       prompts: FakePrompts,
                                                       catalog_path: Path) -> None:
    prompts.unsaved = "cancel"
    title = field(editor, "title")
    title.setFocus()
    qtbot.keyClick(title, Qt.Key.Key_End)
    qtbot.keyClicks(title, " (kept)")
    click_work(qtbot, editor, "near-the-moon")
    assert field(editor, "title").text() == "Orbital sunrise (kept)"
    assert editor.panel.current_id() == "orbital-sunrise"
    assert editor.isWindowModified()
    assert stored_title(catalog_path, "orbital-sunrise") == "Orbital sunrise"


def test_discard_drops_it_on_purpose(qtbot: Any, editor: Any, prompts: FakePrompts,
                                     catalog_path: Path) -> None:
    prompts.unsaved = "discard"
    title = field(editor, "title")
    title.setFocus()
    qtbot.keyClicks(title, "x")
    click_work(qtbot, editor, "near-the-moon")
    click_work(qtbot, editor, "orbital-sunrise")
    assert field(editor, "title").text() == "Orbital sunrise"
    assert editor.drafts.all() == []


def test_a_value_set_without_an_edit_signal_is_still_committed(qtbot: Any, editor: Any,
                                                              prompts: FakePrompts,
                                                              catalog_path: Path) -> None:
    """The classic lost edit: text in the widget that never reached the model."""
    prompts.unsaved = "save"
    field(editor, "medium_note").setText("tempera")  # no textEdited: only flush() can see it
    click_work(qtbot, editor, "near-the-moon")
    assert prompts.kinds() == ["unsaved"]
    with Catalog.open(catalog_path) as catalog:
        assert catalog.get("orbital-sunrise")["medium"] == "tempera"


def test_switching_kind_asks_too(qtbot: Any, editor: Any, prompts: FakePrompts,
                                 catalog_path: Path) -> None:
    prompts.unsaved = "cancel"
    field(editor, "title").setFocus()
    qtbot.keyClick(field(editor, "title"), Qt.Key.Key_End)
    qtbot.keyClicks(field(editor, "title"), "!")
    editor.panel.set_kind("people")
    assert editor.kind == "works" and editor.panel.kinds.currentData() == "works"
    prompts.unsaved = "save"
    editor.panel.set_kind("people")
    assert editor.kind == "people"
    assert stored_title(catalog_path, "orbital-sunrise") == "Orbital sunrise!"


def test_closing_with_unsaved_changes_asks(qtbot: Any, editor: Any, prompts: FakePrompts,
                                           catalog_path: Path) -> None:
    qtbot.keyClick(field(editor, "title"), Qt.Key.Key_End)
    qtbot.keyClicks(field(editor, "title"), "?")
    prompts.unsaved = "cancel"
    assert not editor.close()
    assert editor.isVisible()
    prompts.unsaved = "save"
    assert editor.close()
    assert stored_title(catalog_path, "orbital-sunrise") == "Orbital sunrise?"
    assert prompts.kinds() == ["unsaved", "unsaved"]
