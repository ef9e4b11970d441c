"""The typed date: read as it is typed, its range and certainty set with it, refused when it
cannot be read, and a warning on save when the text and the range disagree."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from test_edit_support import FakePrompts, field, make_editor, replace_text

from gallery.catalog.store import Catalog

pytestmark = pytest.mark.qt_log_ignore("^This plugin does not support")  # offscreen only


@pytest.fixture
def editor(qtbot: Any, catalog_path: Path, prompts: FakePrompts, tmp_path: Path) -> Any:
    window = make_editor(qtbot, catalog_path, prompts, "orbital-sunrise",
                         drafts_root=tmp_path / "drafts")
    window.work_form.show_tab("Dates & physical")
    return window


def stored(catalog_path: Path, work_id: str = "orbital-sunrise") -> dict[str, Any]:
    with Catalog.open(catalog_path) as catalog:
        return catalog.get(work_id)


def test_a_typed_year_is_saved_with_its_range(qtbot: Any, editor: Any,
                                              catalog_path: Path) -> None:
    form, stack = editor.work_form, editor.sessions["works"].stack
    replace_text(qtbot, field(editor, "date_display"), "1979")
    assert form.date_hint.text() == ("Read as 1979-01-01 to 1979-12-31 · certain\n"
                                     "Visitors read: “1979” · “1979 г.”")
    assert (field(editor, "date_earliest").text(), field(editor, "date_latest").text()) == (
        "1979-01-01", "1979-12-31")
    assert stack.count() == 1  # the text and its range are one step
    editor.actions_by_name["save"].trigger()
    work = stored(catalog_path)
    assert (work["date_display"], work["date_earliest"], work["date_latest"],
            work["date_certainty"]) == ("1979", "1979-01-01", "1979-12-31", "certain")


def test_the_qualifier_sets_the_certainty_and_undo_restores_all(qtbot: Any,
                                                                editor: Any) -> None:
    replace_text(qtbot, field(editor, "date_display"), "c. 1967")
    assert field(editor, "date_certainty").currentData() == "probable"
    assert field(editor, "date_earliest").text() == "1965-01-01"
    editor.sessions["works"].stack.undo()
    assert field(editor, "date_display").text() == "18–19 March 1965"
    assert field(editor, "date_earliest").text() == "1965-03-18"
    assert field(editor, "date_certainty").currentData() == "certain"


def test_an_unreadable_date_is_refused_with_the_reason(qtbot: Any, editor: Any,
                                                       catalog_path: Path) -> None:
    form = editor.work_form
    replace_text(qtbot, field(editor, "date_display"), "30 February 1975")
    assert "1975-02 has no day 30" in form.date_hint.text()
    assert form.date_hint.property("role") == "problem"
    editor.actions_by_name["save"].trigger()
    assert "1975-02 has no day 30" in form.rows["date_display"].message.text()
    assert editor.isWindowModified()
    assert stored(catalog_path)["version"] == 1


def test_an_impossible_earliest_date_is_flagged_as_typed(qtbot: Any, editor: Any) -> None:
    replace_text(qtbot, field(editor, "date_earliest"), "1965-02-30")
    assert editor.work_form.rows["date_earliest"].message.text() == (
        "1965-02-30 is not a day in the calendar")


def test_text_and_range_that_disagree_are_warned_about(qtbot: Any, editor: Any,
                                                       prompts: FakePrompts,
                                                       catalog_path: Path) -> None:
    replace_text(qtbot, field(editor, "date_display"), "1967")
    replace_text(qtbot, field(editor, "date_earliest"), "1966-06-01")
    prompts.confirm_answer = False
    editor.actions_by_name["save"].trigger()
    assert any("1967-01-01 to 1967-12-31, but the range says 1966-06-01" in text
               for kind, text in prompts.asked if kind == "confirm")
    assert stored(catalog_path)["version"] == 1
    prompts.confirm_answer = True
    editor.actions_by_name["save"].trigger()
    assert stored(catalog_path)["date_earliest"] == "1966-06-01"


def test_the_offered_range_replaces_a_stored_one(qtbot: Any, editor: Any) -> None:
    form = editor.work_form
    replace_text(qtbot, field(editor, "date_display"), "1965")
    replace_text(qtbot, field(editor, "date_latest"), "1966-12-31")
    assert form.fill_dates.isEnabled()
    qtbot.mouseClick(form.fill_dates, Qt.MouseButton.LeftButton)
    assert field(editor, "date_latest").text() == "1965-12-31"
    assert not form.fill_dates.isVisibleTo(form)


def test_a_mission_date_fills_start_and_end(qtbot: Any, editor: Any,
                                            catalog_path: Path) -> None:
    editor.open_record("missions", "voskhod-2")
    replace_text(qtbot, field(editor, "date_display", "missions"), "1967-68")
    assert field(editor, "date_start", "missions").text() == "1967-01-01"
    assert field(editor, "date_end", "missions").text() == "1968-12-31"
    editor.actions_by_name["save"].trigger()
    with Catalog.open(catalog_path) as catalog:
        mission = catalog.get_record("missions", "voskhod-2")
    assert (mission["date_start"], mission["date_end"]) == ("1967-01-01", "1968-12-31")


def test_an_event_date_sets_its_range_and_certainty(qtbot: Any, editor: Any) -> None:
    editor.work_form.show_tab("Provenance")
    prov = editor.work_form.provenance
    prov.select(1)
    date = prov.findChild(object, "field_event_date_display")
    replace_text(qtbot, date, "spring 1967?")
    event = editor.sessions["works"].model.record["provenance"][1]
    assert (event["date_earliest"], event["date_latest"], event["certainty"]) == (
        "1967-03-01", "1967-05-31", "probable")


def test_an_unreadable_event_date_is_refused_not_saved_undated(
        qtbot: Any, editor: Any, catalog_path: Path) -> None:
    editor.work_form.show_tab("Provenance")
    prov = editor.work_form.provenance
    prov.select(1)
    replace_text(qtbot, prov.findChild(object, "field_event_date_display"), "1975-02-30")
    editor.actions_by_name["save"].trigger()
    assert "Event 2: the date cannot be read" in prov.problem.text()
    assert stored(catalog_path)["version"] == 1


def test_the_display_texts_in_both_languages_follow_the_typed_date(
        qtbot: Any, editor: Any, catalog_path: Path) -> None:
    """The phrase sets the range and the qualifier; what visitors read is generated."""
    replace_text(qtbot, field(editor, "date_display"), "by 1975")
    hint = editor.work_form.date_hint.text()
    assert "Visitors read: “by 1975” · “не позднее 1975 г.”" in hint
    assert "goes in the date note" not in hint  # the structure says all the phrase said
    assert field(editor, "date_qualifier").currentData() == "before"
    editor.actions_by_name["save"].trigger()
    work = stored(catalog_path)
    assert (work["date_qualifier"], work["date_display"], work["date_display_ru"]) == (
        "before", "by 1975", "не позднее 1975 г.")


def test_the_reading_names_the_certainty_in_the_interface_language(qtbot: Any) -> None:
    from PySide6.QtWidgets import QApplication

    from gallery.ui.edit.date_field import describe
    from gallery.ui.i18n import install_language

    install_language(QApplication.instance(), "ru")
    text, problem = describe("1967")
    assert not problem and text.endswith("· точно"), text


def test_times_read_in_the_interface_language(qtbot: Any) -> None:
    from PySide6.QtWidgets import QApplication

    from gallery.catalog.history_report import when_text
    from gallery.ui.edit.recordtools import readable_time
    from gallery.ui.i18n import install_language

    # the editor says a time as `gallery history` does: the reader's zone, their month name
    at = "2025-11-25T09:01:07Z"
    assert readable_time(at) == when_text(at, "en") and "November 2025" in readable_time(at)
    install_language(QApplication.instance(), "ru")
    assert readable_time(at) == when_text(at, "ru") and "ноября 2025" in readable_time(at)
