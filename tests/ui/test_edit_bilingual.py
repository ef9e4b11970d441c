"""The editor on the bilingual model: texts side by side, terms and agents picked, not typed."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication, QLabel, QTabWidget
from test_edit_support import FakePrompts, field, make_editor, replace_text

from gallery.catalog.store import Catalog
from gallery.catalog.terms import Vocabulary

pytestmark = pytest.mark.qt_log_ignore("^This plugin does not support")  # offscreen only
WORK = "cosmonaut-corps-caricatures"


def open_editor(qtbot: Any, path: Path, tmp_path: Path, work_id: str | None = WORK) -> Any:
    return make_editor(qtbot, path, FakePrompts(), work_id, drafts_root=tmp_path / "drafts")


def stored(path: Path, work_id: str = WORK) -> dict[str, Any]:
    with Catalog.open(path) as catalog:
        return catalog.get(work_id)


def test_each_text_pair_is_english_left_russian_right(qtbot: Any, shipped_copy: Path,
                                                      tmp_path: Path) -> None:
    editor = open_editor(qtbot, shipped_copy, tmp_path)
    form = editor.work_form
    work = stored(shipped_copy)
    for name in ("title", "description", "date_note", "where_made", "alt_text",
                 "image_note", "holder_note", "medium_note", "rights"):
        english, russian = form.rows[name], form.rows[f"{name}_ru"]
        assert (english.label.text(), russian.label.text()) == ("English", "Russian"), name
        assert english.label.parentWidget() is russian.label.parentWidget(), name
        grid = english.box.parentWidget().layout()
        columns = [grid.getItemPosition(grid.indexOf(row.box))[1] for row in (english, russian)]
        assert columns == [0, 1], name
    assert field(editor, "title").text() == work["title"]
    assert field(editor, "title_ru").text() == work["title_ru"]
    subjects_ru = field(editor, "subjects_ru")
    assert [subjects_ru.item(r, 0).text() for r in range(subjects_ru.rowCount())] == (
        work["subjects_ru"])


def test_media_are_ticked_terms_and_the_store_writes_both_lines(
        qtbot: Any, shipped_copy: Path, tmp_path: Path) -> None:
    with Catalog.open(shipped_copy) as catalog:
        work_id = next(w for w in catalog.work_ids() if catalog.get(w)["medium_terms"])
    editor = open_editor(qtbot, shipped_copy, tmp_path, work_id)
    media = field(editor, "medium_terms")
    before = stored(shipped_copy, work_id)["medium_terms"]
    assert media.checked() == before
    media.boxes["printing-ink"].click()
    assert editor.sessions["works"].stack.count() == 1
    editor.actions_by_name["save"].trigger()
    work = stored(shipped_copy, work_id)
    assert work["medium_terms"] == [*before, "printing-ink"]  # kept in order, the new last
    assert "printing ink" in work["medium"] and "типографская краска" in work["medium_ru"]


def test_the_kind_of_work_is_picked_from_the_vocabulary(qtbot: Any, shipped_copy: Path,
                                                       tmp_path: Path) -> None:
    editor = open_editor(qtbot, shipped_copy, tmp_path)
    kinds = field(editor, "work_type")
    assert not kinds.isEditable()
    assert kinds.currentData() == stored(shipped_copy)["work_type"]
    kinds.setCurrentIndex(kinds.findData("postcard"))
    editor.actions_by_name["save"].trigger()
    assert stored(shipped_copy)["work_type"] == "postcard"


def test_an_event_party_is_an_agent_picked_by_name(qtbot: Any, shipped_copy: Path,
                                                  tmp_path: Path) -> None:
    with Catalog.open(shipped_copy) as catalog:
        work_id = next(w for w in catalog.work_ids()
                       if any(e["party"] == "alexei-leonov"
                              for e in catalog.get(w)["provenance"]))
    editor = open_editor(qtbot, shipped_copy, tmp_path, work_id)
    editor.work_form.show_tab("Provenance")
    prov = editor.work_form.provenance
    events = editor.sessions["works"].model.record["provenance"]
    prov.select(next(i for i, e in enumerate(events) if e["party"] == "alexei-leonov"))
    party = prov.findChild(object, "field_event_party")
    assert party.box.currentText().startswith("Alexei")
    assert party.box.currentText().endswith("Leonov (person)")
    assert "alexei-leonov" not in prov.list_model.data(prov.list_model.index(prov.current))
    kind = prov.findChild(object, "field_event_kind")
    assert kind.currentText() in ("creation", "held in a collection", "gift")  # labels
    party.box.setCurrentIndex(party.box.findData("science-museum-london"))
    party.box.activated.emit(party.box.currentIndex())  # as a pick in the list does
    editor.actions_by_name["save"].trigger()
    saved = stored(shipped_copy, work_id)["provenance"][prov.current]
    assert (saved["party"], saved["party_name"]) == ("science-museum-london",
                                                     "Science Museum")


def test_a_new_agent_record_is_edited_like_a_person(qtbot: Any, shipped_copy: Path,
                                                    tmp_path: Path) -> None:
    editor = open_editor(qtbot, shipped_copy, tmp_path)
    editor.open_record("agents", "science-museum-london")
    assert editor.kind == "agents"
    replace_text(qtbot, field(editor, "place", "agents"), "London")
    editor.actions_by_name["save"].trigger()
    with Catalog.open(shipped_copy) as catalog:
        agent = catalog.get_record("agents", "science-museum-london")
    assert agent["place"] == "London"


def test_the_russian_interface_names_tabs_kinds_and_terms_in_russian(
        qtbot: Any, shipped_copy: Path, tmp_path: Path) -> None:
    from gallery.ui.i18n import install_language

    install_language(QApplication.instance(), "ru")
    editor = open_editor(qtbot, shipped_copy, tmp_path)
    tabs = editor.work_form.findChild(QTabWidget, "workTabs")
    names = [tabs.tabText(i) for i in range(tabs.count())]
    assert names[:3] == ["Основное", "Даты и материалы", "Описание"]
    kinds = editor.panel.kinds
    listed = [kinds.itemText(i) for i in range(kinds.count())]
    assert listed[:2] == ["Работы", "Люди"]
    # Review: never «Агенты»; and «кредитная строка» read as a bank's credit line.
    assert "Организации (владельцы, площадки)" in listed
    labels = {label.text() for label in editor.work_form.findChildren(QLabel)}
    assert "Источник поступления" in labels and "Кредитная строка" not in labels
    with Catalog.open(shipped_copy) as catalog, catalog.reading() as con:
        expected = Vocabulary.read(con).label("work_type", catalog.get(WORK)["work_type"], "ru")
    assert field(editor, "work_type").currentText() == expected
    media = field(editor, "medium_terms")
    assert media.boxes["printing-ink"].text() == "типографская краска"
    assert editor.work_form.findChild(QLabel, "label_title_ru").text() == "Русский"
    editor.open_record("agents", "science-museum-london")
    assert field(editor, "kind", "agents").currentText() == "организация"


def test_history_lists_only_what_the_curator_changed(qtbot: Any, shipped_copy: Path,
                                                     tmp_path: Path) -> None:
    editor = open_editor(qtbot, shipped_copy, tmp_path)
    replace_text(qtbot, field(editor, "date_display"), "c. 1970")
    editor.actions_by_name["save"].trigger()
    history = editor.work_form.history
    editor.work_form.show_tab("History")
    history.list.selectRow(0)  # the newest change
    shown = [history.diff.index(r, 0).data() for r in range(history.diff.rowCount())]
    assert "Date qualifier" in shown or "Earliest date" in shown
    assert not {"Date", "Date (Russian)", "Date (EDTF)"} & set(shown)


def test_a_linked_person_has_a_certainty_and_a_role_note_per_language(
        qtbot: Any, editor: Any, catalog_path: Path) -> None:
    from PySide6.QtCore import Qt

    editor.work_form.show_tab("People & missions")
    model = editor.work_form.findChild(object, "links_people").table_model
    headers = [model.headerData(c, Qt.Orientation.Horizontal)
               for c in range(model.columnCount())]
    assert headers == ["People", "Role", "Certainty", "Role note", "Role note (Russian)"]
    assert model.setData(model.index(0, 2), "probable")
    assert model.setData(model.index(0, 4), "рисовал в полёте")
    editor.actions_by_name["save"].trigger()
    person = stored(catalog_path, "orbital-sunrise")["people"][0]
    assert (person["certainty"], person["role_note_ru"]) == ("probable", "рисовал в полёте")


def test_a_save_keeps_each_event_its_id(qtbot: Any, editor: Any, catalog_path: Path) -> None:
    """Outside links cite an event by id: editing the work must not renumber its events."""
    ids = [e["event_id"] for e in stored(catalog_path, "orbital-sunrise")["provenance"]]
    replace_text(qtbot, field(editor, "title"), "Sunrise seen from orbit")
    editor.actions_by_name["save"].trigger()
    assert [e["event_id"] for e in stored(catalog_path, "orbital-sunrise")["provenance"]] == ids
    with Catalog.open(catalog_path) as catalog:
        assert [c["field"] for c in catalog.history("orbital-sunrise")[-1]["changes"]] == [
            "title"]


def test_other_titles_show_language_and_status_labels_and_store_codes(
        qtbot: Any, shipped_copy: Path, tmp_path: Path) -> None:
    from PySide6.QtCore import Qt

    from gallery.ui.i18n import install_language

    install_language(QApplication.instance(), "ru")
    editor = open_editor(qtbot, shipped_copy, tmp_path, "orbital-sunrise-1965")
    titles = field(editor, "other_titles")
    assert [titles.item(0, c).text() for c in (1, 2)] == [
        "Английский", "опубликованное название"]
    assert titles.item(2, 2).text() == "название дано каталогом"
    status = titles.model().index(1, 2)
    delegate = titles.itemDelegateForColumn(2)
    combo = delegate.createEditor(titles.viewport(), None, status)
    delegate.setEditorData(combo, status)
    assert combo.currentText() == "опубликованное название"
    combo.setCurrentIndex(combo.findData("ours"))
    delegate.setModelData(combo, titles.model(), status)
    combo.deleteLater()
    record = editor.sessions["works"].model.record
    assert record["other_titles"][1]["status"] == "ours"
    assert record["other_titles"][1]["lang"] == "en"
    assert titles.item(1, 2).text() == "название дано каталогом"
    assert titles.item(1, 2).data(Qt.ItemDataRole.UserRole) == "ours"
