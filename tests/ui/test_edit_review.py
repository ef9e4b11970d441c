"""A new user's review of the English and Russian editor (issue 20): the empty state, a record
of any kind opened by id, history verbs in the record's gender, the unsaved-changes question,
a long title cut to fit and a removed item struck through."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox
from test_edit_support import FakePrompts, field, make_editor, replace_text

from gallery.ui.edit.history_detail import OLD, change_html
from gallery.ui.edit.history_view import summary
from gallery.ui.edit.prompts import Prompts
from gallery.ui.i18n import install_language

pytestmark = pytest.mark.qt_log_ignore("^This plugin does not support")  # offscreen only

def editor_in(qtbot: Any, path: Path, tmp_path: Path, lang: str, record: str | None = None,
              table: str = "works") -> Any:
    install_language(QApplication.instance(), lang)
    return make_editor(qtbot, path, FakePrompts(), record, table,
                       drafts_root=tmp_path / "drafts")

@pytest.mark.parametrize(("lang", "said"), [
    ("en", "Choose a record on the left, or make a new one (File ▸ New record)."),
    ("ru", "Выберите запись в списке слева или создайте новую (Файл ▸ Новая запись)."),
])
def test_with_no_record_chosen_the_form_area_says_where_to_start(
        qtbot: Any, shipped_copy: Path, tmp_path: Path, lang: str, said: str) -> None:
    window = editor_in(qtbot, shipped_copy, tmp_path, lang)
    assert window.forms.currentWidget() is window.empty_state
    assert window.empty_state.text() == said
    window.actions_by_name["new"].trigger()  # File ▸ New record: a form to fill
    assert window.forms.currentWidget() is window.work_form
    window.sessions["works"].close_record()  # closed (as after a delete): the hint again
    assert window.forms.currentWidget() is window.empty_state

def test_an_id_of_any_kind_opens_its_record(qtbot: Any, shipped_copy: Path,
                                            tmp_path: Path) -> None:
    window = editor_in(qtbot, shipped_copy, tmp_path, "en", "yuri-gagarin", "people")
    assert window.kind == "people"
    session = window.sessions["people"]
    assert session.model.record_id == "yuri-gagarin"
    assert window.forms.currentWidget() is session.form

def test_gallery_edit_finds_the_kind_of_an_id(shipped_copy: Path) -> None:
    from gallery.catalog.store import Catalog
    from gallery.commands.edit_cmds import _table_holding

    with Catalog.open(shipped_copy, read_only=True) as catalog, catalog.reading() as con:
        assert _table_holding(con, "yuri-gagarin") == "people"
        assert _table_holding(con, "no-such-record") is None

def test_history_says_a_persons_change_in_the_masculine(qtbot: Any, shipped_copy: Path,
                                                        tmp_path: Path) -> None:
    window = editor_in(qtbot, shipped_copy, tmp_path, "ru", "yuri-gagarin", "people")
    replace_text(qtbot, field(window, "born_place", "people"), "Klushino, Smolensk")
    window.actions_by_name["save"].trigger()
    history = window.sessions["people"].form.history
    qtbot.waitUntil(lambda: history.model.rowCount() > 1)
    newest = history.model.index(0, 2).data()
    assert newest.startswith("изменён: "), newest
    assert summary({**history.model.entries[0], "record_table": "works"}).startswith(
        "изменена")

@pytest.mark.parametrize(("lang", "discard"), [("en", "Don't save"), ("ru", "Не сохранять")])
def test_the_unsaved_question_says_what_discarding_does(qtbot: Any, lang: str,
                                                        discard: str) -> None:
    install_language(QApplication.instance(), lang)
    seen: list[str] = []

    def answer() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, answer)
            return
        seen.append(box.button(QMessageBox.StandardButton.Discard).text())
        box.button(QMessageBox.StandardButton.Cancel).click()

    QTimer.singleShot(0, answer)
    assert Prompts().ask_unsaved(None, "Orbital sunrise") == "cancel"
    assert seen == [discard]

def test_a_very_long_title_is_cut_to_the_form_with_the_whole_in_its_tooltip(
        qtbot: Any, shipped_copy: Path, tmp_path: Path) -> None:
    window = editor_in(qtbot, shipped_copy, tmp_path, "en", "orbital-sunrise-1965")
    long_title = "A very long title " * 60
    replace_text(qtbot, field(window, "title"), long_title)
    heading = window.work_form.heading
    qtbot.waitUntil(lambda: heading.text().endswith("…"))
    assert heading.width() <= window.work_form.width()
    assert heading.full == long_title.strip()
    assert "A very long title" in heading.toolTip()
    window.sessions["works"].stack.setClean()

def test_a_removed_item_is_struck_through_not_the_word_removed() -> None:
    change = {"field": "subjects", "kind": "list", "items": [
        {"change": "removed", "moved": False, "key": "moon", "label": {"en": "Moon",
                                                                       "ru": "Луна"}}]}
    page = change_html([change], "en")
    assert f"<span style='{OLD}'>Moon</span>" in page
    word = page.split("removed")[0].rsplit("<span", 1)[1]
    assert "line-through" not in word

@pytest.mark.xcb
@pytest.mark.skipif(shutil.which("xdotool") is None, reason="needs xdotool")
def test_russian_editor_menus_open_with_alt_and_the_latin_letter_of_the_key(
        qtbot: Any, shipped_copy: Path, tmp_path: Path) -> None:
    window = editor_in(qtbot, shipped_copy, tmp_path, "ru", "orbital-sunrise-1965")
    window.raise_()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=5000)
    menus = {a.text(): a.menu() for a in window.menuBar().actions() if a.menu()}
    for keys, title in (("alt+a", "&Файл"), ("alt+d", "&Вид")):  # Ф and В on a US keyboard
        subprocess.run(["xdotool", "key", "--clearmodifiers", keys], check=True, timeout=10)
        qtbot.waitUntil(lambda t=title: QApplication.activePopupWidget() is menus[t],
                        timeout=3000)
        subprocess.run(["xdotool", "key", "Escape"], check=True, timeout=10)
        qtbot.waitUntil(lambda: QApplication.activePopupWidget() is None, timeout=3000)
        qtbot.waitUntil(window.isActiveWindow, timeout=3000)
