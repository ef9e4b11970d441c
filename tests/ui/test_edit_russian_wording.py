"""The editor's Russian reads as Russian: the Edit menu's undo names the edit, the conflict
notice is a sentence naming the record in Russian, a namesake is listed by its Russian name
first, and a question's box is as wide as its title."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QLabel, QLineEdit
from test_edit_support import make_editor, replace_text

from gallery.catalog.store import Catalog
from gallery.ui.edit.conflict import ConflictDialog
from gallery.ui.edit.newrecord import SimilarNames
from gallery.ui.i18n import install_language
from gallery.ui.plain import message_box

pytestmark = pytest.mark.qt_log_ignore("^This plugin does not support")  # offscreen only


@pytest.fixture
def russian(qapp: Any) -> Any:
    install_language(qapp, "ru")
    yield
    install_language(qapp, "en")


def test_undo_names_the_edit_in_a_russian_phrase(
        qtbot: Any, russian: None, catalog_path: Path, prompts: Any, tmp_path: Path) -> None:
    editor = make_editor(qtbot, catalog_path, prompts, "orbital-sunrise",
                         drafts_root=tmp_path / "drafts")
    field = editor.work_form.findChild(QLineEdit, "field_title_ru")
    replace_text(qtbot, field, "Voskhod")  # (QTest types Latin keys only)
    field.clearFocus()
    undo = editor.actions_by_name["undo"].text()
    assert undo == "&Отменить правку «Название (по-русски)»"
    assert "Изменить" not in undo
    assert editor.undo_group.activeStack().text(0) == "Изменить: Название (по-русски)"


def test_the_conflict_notice_is_a_russian_sentence_with_the_russian_title(
        qtbot: Any, russian: None, editor: Any, catalog_path: Path) -> None:
    session = editor.sessions["works"]
    mine = session.model.snapshot()
    mine["title"] = "Mine"
    with Catalog.open(catalog_path) as catalog:
        theirs = catalog.get("orbital-sunrise")
    theirs["title"], theirs["version"] = "Theirs", 2
    dialog = ConflictDialog("works", mine, theirs, {"title"}, {}, None, "Анна Петрова",
                            base=session.model.base)
    qtbot.addWidget(dialog)
    intro = dialog.findChild(QLabel, "conflictIntro").text()
    assert intro.startswith(f"Пока вы редактировали «{theirs['title_ru']}», эту запись "
                            "сохранили в другом окне (Анна Петрова, версия 2,")
    assert "Theirs" not in intro
    theirs["title_ru"] = "«Луноход-1» в кратере"  # its own quotes: no second pair
    dialog = ConflictDialog("works", mine, theirs, {"title"}, {}, None, "Анна Петрова",
                            base=session.model.base)
    qtbot.addWidget(dialog)
    intro = dialog.findChild(QLabel, "conflictIntro").text()
    assert intro.startswith("Пока вы редактировали «Луноход-1» в кратере, эту запись")


def test_a_namesake_is_listed_by_the_interface_languages_name_first(
        qtbot: Any, qapp: Any, russian: None) -> None:
    banner = SimilarNames()
    qtbot.addWidget(banner)
    banner.show_matches([{"id": "yuri-gagarin", "table": "people", "match": "same",
                          "name": "Yuri Gagarin", "name_ru": "Юрий Гагарин"}])
    texts = [label.text() for label in banner.findChildren(QLabel)]
    assert "Юрий Гагарин / Yuri Gagarin (человек)" in texts


def test_a_question_box_is_as_wide_as_its_title(qtbot: Any, qapp: Any,
                                                russian: None) -> None:
    from PySide6.QtWidgets import QMessageBox

    from gallery.ui.plain import TITLE_BAR_EXTRA, title_width

    assert qapp.applicationDisplayName() == "Галерея Леонова"  # Qt adds it to the title
    box = message_box(QMessageBox.Icon.Question, "Несохранённые изменения", "Сохранить?")
    qtbot.addWidget(box)
    box.show()
    qtbot.waitExposed(box)
    for _ in range(3):  # QMessageBox fixes its size again on later layout events
        qapp.processEvents()
    bold = QFont(box.font())
    bold.setBold(True)
    whole = QFontMetrics(bold).horizontalAdvance("Несохранённые изменения — Галерея Леонова")
    assert title_width(box) == whole + TITLE_BAR_EXTRA
    assert box.width() >= whole + TITLE_BAR_EXTRA  # the frame has room for all of it
    box.close()
