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
def test_link_table_headers_are_never_cut(qtbot: Any, catalog_path: Path, tmp_path: Path,
                                          lang: str) -> None:
    from PySide6.QtCore import Qt

    from gallery.ui.i18n import install_language

    install_language(QApplication.instance(), lang)
    work = form(qtbot, catalog_path, tmp_path)
    work.show_tab("People & missions")
    for name in ("people", "missions"):
        view = work.findChild(object, f"links_{name}").view
        header = view.horizontalHeader()
        for column in range(1, view.model().columnCount()):
            text = view.model().headerData(column, Qt.Orientation.Horizontal)
            assert header.sectionSize(column) > header.fontMetrics().horizontalAdvance(text), (
                name, text)


def test_the_party_box_finds_people_in_either_script(qtbot: Any, catalog_path: Path,
                                                     tmp_path: Path) -> None:
    work = form(qtbot, catalog_path, tmp_path)
    work.show_tab("Provenance")
    party = work.provenance.findChild(object, "field_event_party")
    for typed in ("Соколов", "sokolov"):
        assert "Andrei Sokolov (person)" in matches(party.box, typed), typed
