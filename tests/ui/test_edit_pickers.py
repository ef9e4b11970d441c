"""The link pickers find records by either language's name, in either script, and speak the
interface language."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication
from test_edit_support import FakePrompts, make_editor

pytestmark = pytest.mark.qt_log_ignore("^This plugin does not support")  # offscreen only


def form(qtbot: Any, catalog_path: Path, tmp_path: Path) -> Any:
    editor = make_editor(qtbot, catalog_path, FakePrompts(), "orbital-sunrise",
                         drafts_root=tmp_path / "drafts")
    return editor.work_form


def matches(picker: Any, text: str) -> list[str]:
    """The names the picker's completer offers for `text`."""
    completer = picker.completer()
    completer.setCompletionPrefix(completer.splitPath(text)[0])
    model = completer.completionModel()
    return [completer.pathFromIndex(model.index(row, 0)) for row in range(model.rowCount())]


@pytest.mark.parametrize("lang", ["en", "ru"])
def test_people_and_missions_are_found_in_both_scripts(qtbot: Any, catalog_path: Path,
                                                       tmp_path: Path, lang: str) -> None:
    from gallery.ui.i18n import install_language

    install_language(QApplication.instance(), lang)
    work = form(qtbot, catalog_path, tmp_path)
    people = work.findChild(object, "links_people")
    sokolov = "Andrei Sokolov" if lang == "en" else "Андрей Соколов"
    for typed in ("Сокол", "sokolov", "СОКОЛОВ", "andrei"):
        assert sokolov in matches(people.picker, typed), typed
    missions = work.findChild(object, "links_missions")
    for typed in ("Восход", "voskhod", "восход-2"):
        assert any("2" in name for name in matches(missions.picker, typed)), typed
    assert matches(missions.picker, "Союз-99") == []
    people.picker.setEditText("соколов")  # the other script's name, typed whole, links too
    assert people.picker.chosen() == "andrei-sokolov"


def test_the_russian_pickers_and_choices_are_russian(qtbot: Any, catalog_path: Path,
                                                     tmp_path: Path) -> None:
    from gallery.ui.i18n import install_language

    install_language(QApplication.instance(), "ru")
    work = form(qtbot, catalog_path, tmp_path)
    people = work.findChild(object, "links_people")
    assert people.picker.lineEdit().placeholderText() == "Найти человека…"
    missions = work.findChild(object, "links_missions")
    assert missions.picker.lineEdit().placeholderText() == "Найти полёт…"
    assert missions.extra_editors["qualifier"].placeholderText() == "Уточнение"
    exhibitions = work.findChild(object, "links_exhibitions")
    assert exhibitions.picker.lineEdit().placeholderText() == "Найти выставку…"
    assert exhibitions.extra_editors["relation"].currentText() == "показана"


def test_the_russian_window_title_names_the_work_in_russian(qtbot: Any, catalog_path: Path,
                                                            tmp_path: Path) -> None:
    from gallery.ui.i18n import install_language

    install_language(QApplication.instance(), "ru")
    work = form(qtbot, catalog_path, tmp_path)
    assert work.window().windowTitle().startswith("Восход на орбите")


@pytest.mark.parametrize("lang", ["en", "ru"])
def test_link_tables_fit_without_scrolling_sideways(qtbot: Any, catalog_path: Path,
                                                    tmp_path: Path, lang: str) -> None:
    """The tables fit the form (no sideways scrolling, in Russian either); the name column
    stays readable; a header squeezed narrower than its words says them in its tooltip."""
    from PySide6.QtCore import Qt

    from gallery.ui.edit.links import NAME_WIDTH
    from gallery.ui.i18n import install_language

    install_language(QApplication.instance(), lang)
    work = form(qtbot, catalog_path, tmp_path)
    work.window().resize(1280, 800)
    work.show_tab("People & missions")
    qtbot.wait(20)
    page = work.tabs.currentWidget()
    assert page.horizontalScrollBar().maximum() == 0  # the form does not scroll sideways
    for name in ("people", "missions"):
        view = work.findChild(object, f"links_{name}").view
        header = view.horizontalHeader()
        assert view.horizontalScrollBar().maximum() == 0, name
        assert header.sectionSize(0) >= NAME_WIDTH
        model = view.model()
        for column in range(1, model.columnCount()):
            text = model.headerData(column, Qt.Orientation.Horizontal)
            if header.sectionSize(column) <= header.fontMetrics().horizontalAdvance(text):
                assert model.headerData(column, Qt.Orientation.Horizontal,
                                        Qt.ItemDataRole.ToolTipRole) == text


def test_the_party_box_finds_people_in_either_script(qtbot: Any, catalog_path: Path,
                                                     tmp_path: Path) -> None:
    work = form(qtbot, catalog_path, tmp_path)
    work.show_tab("Provenance")
    party = work.provenance.findChild(object, "field_event_party")
    for typed in ("Соколов", "sokolov"):
        assert "Andrei Sokolov (person)" in matches(party.box, typed), typed
