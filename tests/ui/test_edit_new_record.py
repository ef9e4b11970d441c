"""The New… record dialog (people, agents, sources…): a refusal never closes it or loses what
was typed, and an empty identifier is made from the name, as its placeholder says."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel
from test_edit_support import FakePrompts, make_editor

from gallery.catalog.store import Catalog

pytestmark = pytest.mark.qt_log_ignore("^This plugin does not support")  # offscreen only
WORK = "cosmonaut-corps-caricatures"


@pytest.fixture
def editor(qtbot: Any, shipped_copy: Path, prompts: FakePrompts, tmp_path: Path) -> Any:
    window = make_editor(qtbot, shipped_copy, prompts, WORK, drafts_root=tmp_path / "drafts")
    window.work_form.show_tab("People & missions")
    return window


def people_ids(path: Path) -> set[str]:
    with Catalog.open(path) as catalog:
        return {r["id"] for r in catalog.list_records("people")}


def test_an_id_clash_keeps_the_dialog_open_with_what_was_typed(
        qtbot: Any, editor: Any, prompts: FakePrompts, shipped_copy: Path) -> None:
    seen: list[tuple[str, str, str]] = []

    def fill(dialog: Any) -> bool:
        if not seen:  # first try: an identifier another person already has
            dialog.set_value("name", "Alexei Leonov (the painter)")
            dialog.set_value("name_ru", "Алексей Леонов (художник)")
            dialog.set_value("id", "alexei-leonov")
        seen.append((dialog.edits["name"].text(), dialog.edits["name_ru"].text(),
                     dialog.message.text()))
        if len(seen) == 2:  # the curator reads the message and changes only the id
            dialog.set_value("id", "alexei-leonov-painter")
        return True

    prompts.dialogs["newRecordDialog"] = fill
    people = editor.work_form.findChild(object, "links_people")
    before = people_ids(shipped_copy)
    qtbot.mouseClick(people.buttons["new"], Qt.MouseButton.LeftButton)
    # The second look at the dialog still has both names, and says why it was refused.
    assert seen[1][:2] == ("Alexei Leonov (the painter)", "Алексей Леонов (художник)")
    assert seen[1][2] == ("Not created — the identifier “alexei-leonov” is already used. "
                          "Change it and try again.")
    assert people_ids(shipped_copy) - before == {"alexei-leonov-painter"}
    links = editor.sessions["works"].model.record["people"]
    assert links[-1]["person_id"] == "alexei-leonov-painter"


def test_an_emptied_identifier_is_made_from_the_name(qtbot: Any, editor: Any,
                                                     prompts: FakePrompts,
                                                     shipped_copy: Path) -> None:
    placeholders: list[str] = []

    def fill(dialog: Any) -> bool:
        dialog.set_value("name", "Igor Volk")
        dialog.id_edit.clear()  # the curator empties the identifier field
        placeholders.append(dialog.id_edit.placeholderText())
        assert dialog.buttons.button(dialog.buttons.StandardButton.Ok).isEnabled()
        return True

    prompts.dialogs["newRecordDialog"] = fill
    people = editor.work_form.findChild(object, "links_people")
    qtbot.mouseClick(people.buttons["new"], Qt.MouseButton.LeftButton)
    assert placeholders == ["igor-volk"]
    assert "igor-volk" in people_ids(shipped_copy)


def test_a_namesakes_id_made_from_the_name_takes_the_next_number(
        qtbot: Any, editor: Any, prompts: FakePrompts, shipped_copy: Path) -> None:
    """Another Alexei Leonov, the identifier left to the name: alexei-leonov-2, no clash."""
    def fill(dialog: Any) -> bool:
        dialog.set_value("name", "Alexei Leonov")
        assert dialog.id_edit.text() == "alexei-leonov" and dialog.id_from_name()
        return True

    prompts.dialogs["newRecordDialog"] = fill
    people = editor.work_form.findChild(object, "links_people")
    before = people_ids(shipped_copy)
    qtbot.mouseClick(people.buttons["new"], Qt.MouseButton.LeftButton)
    assert people_ids(shipped_copy) - before == {"alexei-leonov-2"}
    assert editor.sessions["works"].model.record["people"][-1]["person_id"] == "alexei-leonov-2"


def test_cancel_creates_nothing(qtbot: Any, editor: Any, prompts: FakePrompts,
                                shipped_copy: Path) -> None:
    prompts.dialogs["newRecordDialog"] = lambda dialog: False
    before = people_ids(shipped_copy)
    people = editor.work_form.findChild(object, "links_people")
    qtbot.mouseClick(people.buttons["new"], Qt.MouseButton.LeftButton)
    assert people_ids(shipped_copy) == before


def test_a_twin_name_is_offered_in_either_language(qtbot: Any, editor: Any,
                                                   prompts: FakePrompts,
                                                   shipped_copy: Path) -> None:
    seen: list[str] = []

    def fill(dialog: Any) -> bool:
        dialog.set_value("name", "Yuri Gagarin")
        dialog.look_for_twins()  # as the pause after typing does
        seen.append(dialog.twins.findChild(QLabel).text())
        assert dialog.twins.isVisibleTo(dialog)
        names = [label.text() for label in dialog.twins.findChildren(QLabel)]
        assert "Yuri Alekseyevich Gagarin / Юрий Алексеевич Гагарин (person)" in names
        dialog.edits["name"].clear()
        dialog.set_value("name_ru", "Юрий Гагарин")  # the Russian name finds it too
        dialog.look_for_twins()
        qtbot.mouseClick(dialog.twins.findChild(object, "use_yuri-gagarin"),
                         Qt.MouseButton.LeftButton)
        return True

    prompts.dialogs["newRecordDialog"] = fill
    before = people_ids(shipped_copy)
    people = editor.work_form.findChild(object, "links_people")
    qtbot.mouseClick(people.buttons["new"], Qt.MouseButton.LeftButton)
    assert seen == ["Already in the catalog, with a very like name:"]
    assert people_ids(shipped_copy) == before  # nothing new was made
    links = editor.sessions["works"].model.record["people"]
    assert links[-1]["person_id"] == "yuri-gagarin"


def test_a_new_name_shows_no_warning(qtbot: Any, editor: Any, prompts: FakePrompts) -> None:
    def fill(dialog: Any) -> bool:
        dialog.set_value("name", "Zinaida Nobodyova")
        dialog.look_for_twins()
        assert not dialog.twins.isVisibleTo(dialog)
        return False

    prompts.dialogs["newRecordDialog"] = fill
    people = editor.work_form.findChild(object, "links_people")
    qtbot.mouseClick(people.buttons["new"], Qt.MouseButton.LeftButton)
    assert prompts.kinds().count("dialog") == 1


def test_deleting_a_linked_person_names_the_linking_records_each_openable(
        qtbot: Any, editor: Any, prompts: FakePrompts, shipped_copy: Path) -> None:
    editor.open_record("people", "yuri-gagarin")
    assert editor.kind == "people"
    assert editor.sessions["people"].model.record_id == "yuri-gagarin"
    with Catalog.open(shipped_copy) as catalog, catalog.reading() as con:
        from gallery.catalog.linked_from import linking_records

        links = linking_records(con, "people", "yuri-gagarin")
    assert links  # the shipped catalog links him from works
    shown: list[str] = []

    def pick(dialog: Any) -> bool:
        shown.extend(dialog.list.item(r).text() for r in range(dialog.list.count()))
        dialog.list.setCurrentRow(0)
        qtbot.mouseClick(dialog.open_button, Qt.MouseButton.LeftButton)
        return True

    prompts.dialogs["linkedRecordsDialog"] = pick
    editor.actions_by_name["delete"].trigger()
    assert len(shown) == len(links)
    first = links[0]
    assert shown[0].startswith(first["title"]["en"])
    assert "(work)" in shown[0] or "(mission)" in shown[0]
    assert not [k for k, _ in prompts.asked if k == "confirm"]  # no "delete?" question
    assert people_ids(shipped_copy) >= {"yuri-gagarin"}  # nothing deleted
    assert editor.kind == first["table"]
    assert editor.sessions[first["table"]].model.record_id == first["id"]
