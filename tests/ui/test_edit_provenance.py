"""Provenance events: add, edit, reorder with the keyboard, remove; and links to records."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from test_edit_support import FakePrompts, make_editor, replace_text

from gallery.catalog.store import Catalog

pytestmark = pytest.mark.qt_log_ignore("^This plugin does not support")  # offscreen only


@pytest.fixture
def editor(qtbot: Any, catalog_path: Path, prompts: FakePrompts, tmp_path: Path) -> Any:
    window = make_editor(qtbot, catalog_path, prompts, "orbital-sunrise",
                         drafts_root=tmp_path / "drafts")
    window.work_form.show_tab("Provenance")
    return window


def event_widget(editor: Any, key: str) -> Any:
    return editor.work_form.provenance.findChild(object, f"field_event_{key}")


def new_agent(qtbot: Any, editor: Any, prompts: FakePrompts, key: str, name: str) -> None:
    """Type a name no record has into the party or holder box, then New agent… → Create."""
    picker = event_widget(editor, key)
    picker.box.setEditText(name)
    prompts.dialogs["newRecordDialog"] = lambda dialog: True
    qtbot.mouseClick(picker.new, Qt.MouseButton.LeftButton)


def kinds(editor: Any) -> list[str]:
    return [e["kind"] for e in editor.sessions["works"].model.record["provenance"]]


def test_add_edit_reorder_remove_then_save(qtbot: Any, editor: Any, prompts: FakePrompts,
                                           catalog_path: Path) -> None:
    prov = editor.work_form.provenance
    assert "Star City museum (probable)" in prov.holder.text()
    prov.select(2)
    qtbot.mouseClick(prov.buttons["add"], Qt.MouseButton.LeftButton)
    assert prov.current == 3 and len(kinds(editor)) == 4
    replace_text(qtbot, event_widget(editor, "date_display"), "2016")
    kind = event_widget(editor, "kind")
    kind.setCurrentIndex(kind.findData("loan"))
    # Parties and holders are agent records, made here when missing.
    new_agent(qtbot, editor, prompts, "party", "Star City museum")
    new_agent(qtbot, editor, prompts, "holder", "Science Museum, London")
    qtbot.mouseClick(event_widget(editor, "direct"), Qt.MouseButton.LeftButton)
    event = editor.sessions["works"].model.record["provenance"][3]
    assert (event["date_earliest"], event["date_latest"]) == ("2016-01-01", "2016-12-31")
    assert (event["party"], event["holder"]) == ("star-city-museum", "science-museum-london")
    assert event_widget(editor, "holder").box.currentText() == "Science Museum, London"
    assert event["direct"] is True
    # A loan moves custody only: the owner stays the museum.
    assert "Star City museum (probable)" in prov.holder.text()
    assert "lent by Star City museum to Science Museum, London" in prov.reads.text()
    # Reorder with the keyboard on the list: the loan goes up above the "held" event.
    prov.view.setFocus()
    qtbot.keyClick(prov.view, Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier)
    assert kinds(editor) == ["created", "gap", "loan", "held"]
    assert prov.current == 2
    qtbot.mouseClick(prov.buttons["down"], Qt.MouseButton.LeftButton)
    assert kinds(editor) == ["created", "gap", "held", "loan"]
    prov.select(1)
    prov.view.setFocus()
    qtbot.keyClick(prov.view, Qt.Key.Key_Delete)  # the gap goes
    assert kinds(editor) == ["created", "held", "loan"]
    assert prov.current == 1
    editor.actions_by_name["save"].trigger()
    with Catalog.open(catalog_path) as catalog:
        stored = catalog.get("orbital-sunrise")
    assert [e["kind"] for e in stored["provenance"]] == ["created", "held", "loan"]
    assert stored["provenance"][2]["holder"] == "science-museum-london"
    assert stored["provenance"][2]["holder_name"] == "Science Museum, London"
    assert stored["current_holder"] == "Star City museum"
    # Each step was its own undo command, so the whole sequence unwinds.
    stack = editor.sessions["works"].stack
    while stack.canUndo():
        stack.undo()
    assert kinds(editor) == ["created", "gap", "held"]


def test_an_event_problem_is_explained(qtbot: Any, editor: Any) -> None:
    prov = editor.work_form.provenance
    prov.select(0)
    replace_text(qtbot, event_widget(editor, "date_display"), "1970 to 1965")
    model = editor.sessions["works"].model
    event = dict(model.record["provenance"][0])
    event.update(date_earliest="1970-01-01", date_latest="1965-12-31")
    from gallery.ui.edit.commands import SetValue

    editor.sessions["works"].stack.push(SetValue(model, ("provenance", 0), event, "dates"))
    assert prov.problem.text() == "Event 1: the earliest date is after the latest"


def test_link_a_person_with_the_picker_and_create_a_source(qtbot: Any, editor: Any,
                                                           prompts: FakePrompts,
                                                           catalog_path: Path) -> None:
    form = editor.work_form
    form.show_tab("People & missions")
    people = form.findChild(object, "links_people")
    people.picker.setFocus()
    qtbot.keyClicks(people.picker.lineEdit(), "Andrei Sokolov")
    people.extra_editors["role"].setCurrentText("co-artist")
    qtbot.mouseClick(people.buttons["add"], Qt.MouseButton.LeftButton)
    links = editor.sessions["works"].model.record["people"]
    assert links[-1] == {"person_id": "andrei-sokolov", "role": "co-artist"}
    qtbot.mouseClick(people.buttons["add"], Qt.MouseButton.LeftButton)
    assert people.message.text() == "Choose a person from the list, or use New… to add one."

    def create(dialog: Any) -> bool:
        dialog.set_value("citation", "Leonov A. Time of the First. 2005.")
        dialog.set_value("url", "https://example.org/first")
        assert dialog.id_edit.text() == "leonov-a-time-of-the-first-2005"
        return True

    prompts.dialogs["newRecordDialog"] = create
    form.show_tab("Sources")
    sources = form.findChild(object, "links_sources")
    qtbot.mouseClick(sources.buttons["new"], Qt.MouseButton.LeftButton)
    assert editor.sessions["works"].model.record["sources"] == [
        "src_a", "leonov-a-time-of-the-first-2005"]
    assert "Time of the First" in sources.table_model.index(1, 0).data()
    editor.actions_by_name["save"].trigger()
    with Catalog.open(catalog_path) as catalog:
        stored = catalog.get("orbital-sunrise")
    assert stored["sources"] == ["src_a", "leonov-a-time-of-the-first-2005"]
    assert {"person_id": "andrei-sokolov", "role": "co-artist"} in [
        {k: p[k] for k in ("person_id", "role")} for p in stored["people"]]


def test_item_models_pass_the_model_tester(qtmodeltester: Any, editor: Any) -> None:
    form = editor.work_form
    qtmodeltester.check(form.provenance.list_model)
    for editor_widget in form.link_editors:
        qtmodeltester.check(editor_widget.table_model)
    qtmodeltester.check(form.history.model)
    qtmodeltester.check(form.history.diff)
    qtmodeltester.check(editor.panel.model)


def test_a_party_typed_as_text_is_refused_until_an_agent_is_picked(
        qtbot: Any, editor: Any, prompts: FakePrompts, catalog_path: Path) -> None:
    prov = editor.work_form.provenance
    prov.select(0)
    party = event_widget(editor, "party")
    party.box.setEditText("Somebody unrecorded")
    party.box.lineEdit().editingFinished.emit()  # as leaving the box does
    assert editor.sessions["works"].model.record["provenance"][0]["party"] == (
        "Somebody unrecorded")
    editor.actions_by_name["save"].trigger()
    assert "Event 1: choose an agent or a person" in prov.problem.text()
    with Catalog.open(catalog_path) as catalog:
        assert catalog.get("orbital-sunrise")["version"] == 1  # nothing saved
    new_agent(qtbot, editor, prompts, "party", "Somebody unrecorded")
    editor.actions_by_name["save"].trigger()
    with Catalog.open(catalog_path) as catalog:
        event = catalog.get("orbital-sunrise")["provenance"][0]
    assert (event["party"], event["party_name"]) == ("somebody-unrecorded",
                                                     "Somebody unrecorded")


def test_undoing_a_move_keeps_the_moved_event_selected(qtbot: Any, editor: Any) -> None:
    prov = editor.work_form.provenance
    before = kinds(editor)
    prov.select(0)
    qtbot.mouseClick(prov.buttons["down"], Qt.MouseButton.LeftButton)
    assert prov.current == 1 and kinds(editor)[1] == before[0]
    editor.actions_by_name["undo"].trigger()
    assert kinds(editor) == before
    assert prov.current == 0  # the event that moved, back where it was, still selected
    assert prov.view.currentIndex().row() == 0
    editor.actions_by_name["redo"].trigger()
    assert prov.current == 1 and kinds(editor)[1] == before[0]


def test_a_new_event_reads_alike_in_its_line_and_its_boxes_and_keeps_its_certainty(
        qtbot: Any, editor: Any) -> None:
    prov = editor.work_form.provenance
    qtbot.mouseClick(prov.buttons["add"], Qt.MouseButton.LeftButton)
    index = prov.current
    line = prov.view.model().index(index, 0).data()
    kind = event_widget(editor, "kind").currentText()
    assert kind in line  # one wording for the kind: the line says what the box says
    assert "date unknown" in line and "undated" not in line
    replace_text(qtbot, event_widget(editor, "date_display"), "1960")
    event = editor.sessions["works"].model.record["provenance"][index]
    assert event["date_earliest"] == "1960-01-01"
    assert event["certainty"] == "unknown"  # a plain year says nothing of how certain
    replace_text(qtbot, event_widget(editor, "date_display"), "c. 1960")
    event = editor.sessions["works"].model.record["provenance"][index]
    assert event["certainty"] == "probable"  # words in the date itself do
