"""The Russian editor says everything in Russian (issue 20 review, second list): a field's
problem, a title's language, the New… dialog's nouns in their case, an image import in the
history; and a draft's 10,000-character title is cut in the recovery question."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PIL import Image
from PySide6.QtWidgets import QApplication
from test_edit_support import FakePrompts, crash, field, make_editor, replace_text

from gallery.catalog.image_import import import_image
from gallery.catalog.store import Catalog
from gallery.ui.edit.newrecord import NewRecordDialog
from gallery.ui.i18n import install_language

pytestmark = pytest.mark.qt_log_ignore("^This plugin does not support")  # offscreen only
SHIPPED = Path(__file__).resolve().parents[2] / "catalog.db"
WORK = "orbital-sunrise-1965"


def editor_in(qtbot: Any, path: Path, tmp_path: Path, lang: str, record: str | None = WORK,
              prompts: FakePrompts | None = None) -> Any:
    install_language(QApplication.instance(), lang)
    return make_editor(qtbot, path, prompts or FakePrompts(), record,
                       drafts_root=tmp_path / "drafts")


def test_an_empty_name_is_refused_in_russian_beside_the_field(qtbot: Any, shipped_copy: Path,
                                                             tmp_path: Path) -> None:
    window = editor_in(qtbot, shipped_copy, tmp_path, "ru")
    window.open_record("people", "yuri-gagarin")
    replace_text(qtbot, field(window, "name", "people"), "")
    window.actions_by_name["save"].trigger()
    said = window.sessions["people"].form.rows["name"].message.text()
    assert said == "имя не может быть пустым"


@pytest.mark.parametrize(("lang", "name"), [("en", "Russian in Latin letters"),
                                            ("ru", "Русский латиницей")])
def test_a_title_in_latin_letters_names_its_language(qtbot: Any, shipped_copy: Path,
                                                     tmp_path: Path, lang: str,
                                                     name: str) -> None:
    with Catalog.open(shipped_copy, who="tester") as catalog:
        work = catalog.get(WORK)
        work["other_titles"] = [{"text": "Voskhod Solntsa", "lang": "ru-Latn",
                                 "status": "published"}]
        catalog.save({k: v for k, v in work.items() if k not in ("medium", "support")},
                     work["version"])
    window = editor_in(qtbot, shipped_copy, tmp_path, lang)
    table = field(window, "other_titles")
    assert table.item(0, 1).text() == name


@pytest.mark.parametrize(("table", "title", "give"), [
    ("people", "Новый человек", "Дайте человеку имя."),
    ("missions", "Новый полёт", "Дайте полёту название."),
    ("exhibitions", "Новая выставка", "Дайте выставке название."),
    ("agents", "Новая организация", "Дайте организации название."),
])
def test_the_new_record_dialog_puts_the_noun_in_its_case(qtbot: Any, table: str, title: str,
                                                         give: str) -> None:
    install_language(QApplication.instance(), "ru")
    dialog = NewRecordDialog(table)
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == title
    assert dialog.problem() == give


def test_a_drafts_very_long_title_is_cut_in_the_recovery_question(
        qtbot: Any, shipped_copy: Path, tmp_path: Path) -> None:
    first = editor_in(qtbot, shipped_copy, tmp_path, "en")
    replace_text(qtbot, field(first, "title"), "Orbit " * 1700)
    first.sessions["works"].write_draft_now()
    crash(first)
    prompts = FakePrompts()
    prompts.recover = "discard"
    editor_in(qtbot, shipped_copy, tmp_path, "en", None, prompts)
    (kind, what), = prompts.asked
    assert kind == "recover" and what.endswith("Orbit…") and len(what) <= 80
    first.sessions["works"].stack.setClean()


def test_an_image_import_reads_in_russian_in_the_history(qtbot: Any, shipped_copy: Path,
                                                         tmp_path: Path) -> None:
    (tmp_path / "images").symlink_to(SHIPPED.parent / "images", target_is_directory=True)
    scan = tmp_path / "big.jpg"
    Image.new("RGB", (640, 480), (40, 60, 120)).save(scan)
    with Catalog.open(shipped_copy, who="Anna") as catalog:
        import_image(catalog, WORK, scan)
    window = editor_in(qtbot, shipped_copy, tmp_path, "ru")
    history = window.work_form.history
    qtbot.waitUntil(lambda: history.model.rowCount() > 1)
    history.list.selectRow(0)
    rows = {history.diff.index(r, 0).data(): (history.diff.index(r, 1).data(),
                                              history.diff.index(r, 2).data())
            for r in range(history.diff.rowCount())}
    # the English note is labelled as English, beside its Russian
    assert rows["Примечание к изображению (по-английски)"][1] == "Imported from big.jpg"
    assert rows["Примечание к изображению (по-русски)"][1] == "Импортировано из файла big.jpg"
    assert rows["Замещающее изображение"] == ("да", "нет")
