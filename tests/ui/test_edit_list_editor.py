"""The list editor: one row per item, each edit one undo step, items never split."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from test_edit_support import FakePrompts, field, make_editor, type_in_cell

from gallery.catalog.store import Catalog

pytestmark = pytest.mark.qt_log_ignore("^This plugin does not support")  # offscreen only
ODD = ["edition: 100,000 copies", "two\nlines", " padded ", "a: b: c"]


@pytest.fixture
def editor(qtbot: Any, catalog_path: Path, tmp_path: Path) -> Any:
    with Catalog.open(catalog_path) as catalog:
        work = catalog.get("orbital-sunrise")
        work["catalogue_numbers"] = list(ODD)
        catalog.save(work, work["version"])
    return make_editor(qtbot, catalog_path, FakePrompts(), "orbital-sunrise",
                       drafts_root=tmp_path / "drafts")


def shown(table: Any) -> list[str]:
    return [table.item(row, 0).text() for row in range(table.rowCount())]


def lists(editor: Any) -> Any:
    return editor.work_form.findChild(object, "field_catalogue_numbers").parent()


def test_odd_items_are_shown_whole_and_left_alone(editor: Any) -> None:
    table = field(editor, "catalogue_numbers")
    assert shown(table) == ODD
    editor.work_form.flush()
    assert editor.sessions["works"].stack.count() == 0


def test_each_edit_is_one_undo_step(qtbot: Any, editor: Any, catalog_path: Path) -> None:
    stack, model = editor.sessions["works"].stack, editor.sessions["works"].model
    box = lists(editor)
    table = box.table
    qtbot.mouseClick(box.buttons["add"], Qt.MouseButton.LeftButton)
    assert stack.count() == 0  # an empty new row is not an item yet
    type_in_cell(qtbot, table, "no. 7, second state")
    assert model.record["catalogue_numbers"] == [*ODD, "no. 7, second state"]
    table.selectRow(0)
    qtbot.mouseClick(box.buttons["down"], Qt.MouseButton.LeftButton)
    assert model.record["catalogue_numbers"][:2] == [ODD[1], ODD[0]]
    table.selectRow(2)
    table.setFocus()
    qtbot.keyClick(table, Qt.Key.Key_Delete)
    assert model.record["catalogue_numbers"] == [ODD[1], ODD[0], ODD[3],
                                                 "no. 7, second state"]
    table.editItem(table.item(0, 0))
    type_in_cell(qtbot, table, "one line")
    assert stack.count() == 4
    assert [stack.text(i) for i in range(4)] == [
        "Add an item to Catalogue numbers", "Reorder Catalogue numbers",
        "Remove an item from Catalogue numbers", "Edit Catalogue numbers"]
    editor.actions_by_name["save"].trigger()
    with Catalog.open(catalog_path) as catalog:
        assert catalog.get("orbital-sunrise")["catalogue_numbers"] == [
            "one line", ODD[0], ODD[3], "no. 7, second state"]
    for _ in range(4):
        stack.undo()
    assert shown(table) == ODD
    assert model.record["catalogue_numbers"] == ODD


def test_an_empty_new_row_is_dropped_and_read_only_disables(qtbot: Any, editor: Any) -> None:
    box = lists(editor)
    qtbot.mouseClick(box.buttons["add"], Qt.MouseButton.LeftButton)
    type_in_cell(qtbot, box.table, "")
    editor.work_form.flush()
    assert editor.sessions["works"].stack.count() == 0
    assert editor.sessions["works"].model.record["catalogue_numbers"] == ODD
    box.refresh()  # e.g. the record shown again: the empty row is gone
    assert shown(box.table) == ODD
    box.set_read_only(True)
    assert not any(b.isEnabled() for b in box.buttons.values())
    box.add_item()
    assert shown(box.table) == ODD
