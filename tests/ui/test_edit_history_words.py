"""History of an exhibition, a source, a person says values as their forms do (a title
status in words, the venue by its name, a name status in the person form's words), labels
fields as the forms do, and draws an empty value as a plain «—», in English and Russian."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from test_edit_support import FakePrompts, make_editor

from gallery.catalog.store import Catalog
from gallery.ui.edit.history_detail import OLD, change_html
from gallery.ui.i18n import install_language

pytestmark = pytest.mark.qt_log_ignore("^This plugin does not support")  # offscreen only


def rows(form: Any) -> dict[str, tuple[str, str]]:
    model = form.history.diff
    return {model.index(r, 0).data(): (model.index(r, 1).data(), model.index(r, 2).data())
            for r in range(model.rowCount())}


def first_entry(qtbot: Any, editor: Any) -> Any:
    form = editor.session.form
    form.history.list.selectRow(form.history.model.rowCount() - 1)  # the record's creation
    return form


@pytest.mark.parametrize("lang", ["en", "ru"])
def test_an_exhibition_history_says_codes_and_the_venue_in_words(
        qtbot: Any, qapp: Any, shipped_copy: Path, tmp_path: Path, lang: str) -> None:
    install_language(qapp, lang)
    editor = make_editor(qtbot, shipped_copy, FakePrompts(), "cosmic-michelangelo-2025",
                         "exhibitions", drafts_root=tmp_path / "drafts")
    seen = rows(first_entry(qtbot, editor))
    words = {"en": {"Title status (English)": "title given by this catalogue",
                    "Title status (Russian)": "original title",
                    "Venue": "A. S. Popov Central Museum of Communications"},
             "ru": {"Статус названия (по-английски)": "название дано каталогом",
                    "Статус названия (по-русски)": "оригинальное название",
                    "Место проведения": "Центральный музей связи имени А. С. Попова"}}[lang]
    for label, after in words.items():
        assert seen[label] == ("—", after)
    assert "popov-museum-of-communications" not in editor.session.form.history.detail \
        .toPlainText()  # the detail below names the venue too


def test_an_emptied_value_is_a_plain_dash_like_every_empty_value(
        qtbot: Any, shipped_copy: Path, tmp_path: Path) -> None:
    with Catalog.open(shipped_copy, who="Anna Petrova") as catalog:
        source = catalog.get_record("sources", "seed_bio")
        source["reliability"] = None
        catalog.save_record("sources", source, source["version"])
        person = catalog.get_record("people", "andrei-sokolov")
        person["name_status"] = "ours"
        catalog.save_record("people", person, person["version"])
    editor = make_editor(qtbot, shipped_copy, FakePrompts(), "seed_bio", "sources",
                         drafts_root=tmp_path / "drafts")
    form = editor.session.form
    form.history.list.selectRow(0)
    assert rows(form)["Reliability"] == ("medium", "—")
    detail = change_html(form.history.model.entries[0]["diff"], "en")
    assert f"<span style='{OLD}'>medium</span> &nbsp;→&nbsp; —" in detail  # not a pink box
    editor.open_record("people", "andrei-sokolov")
    form = editor.session.form
    form.history.list.selectRow(0)
    assert rows(form)["Name status (English)"] == ("published spelling of the name",
                                                   "spelling chosen by this catalogue")
