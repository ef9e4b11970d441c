"""The main window as a whole: languages, remembered settings, other catalogs, read-only
catalogs, actions and the shortcut sheet, names for assistive tools."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication, QLabel, QWidget

import gallery.ui.i18n as i18n_module
from gallery.catalog.store import Catalog
from gallery.ui.i18n import current_language
from gallery.ui.main_window import MainWindow
from gallery.ui.settings import Settings
from gallery.ui.workers import CatalogService

TS = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS><TS version="2.1" language="ru_RU">
<context><name>MainWindow</name>
 <message><source>%1 — Leonov Gallery</source>
  <translation>%1 — Галерея Леонова</translation></message>
 <message><source>%1 of %2 works</source><translation>%1 из %2 работ</translation></message>
</context>
<context><name>Application</name>
 <message><source>Leonov Gallery</source><translation>Галерея Леонова</translation></message>
</context>
<context><name>WindowActions</name>
 <message><source>&amp;File</source><translation>&amp;Файл</translation></message>
 <message><source>&amp;Find Works</source><translation>&amp;Найти работы</translation></message>
</context>
<context><name>InfoPanel</name>
 <message><source>Provenance</source><translation>Провенанс</translation></message>
</context>
<context><name>FacetPanel</name>
 <message><source>Filters</source><translation>Фильтры</translation></message>
</context>
</TS>
"""


def lrelease() -> str | None:
    import PySide6

    candidate = Path(PySide6.__file__).parent / "lrelease"
    return str(candidate) if candidate.exists() else shutil.which("lrelease")


@pytest.fixture
def russian_qm(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A small gallery_ru.qm made here, so the switching itself is tested whatever the
    translations engineer has delivered."""
    tool = lrelease()
    if tool is None:
        pytest.skip("lrelease is not installed")
    folder = tmp_path / "i18n"
    folder.mkdir()
    (folder / "gallery_ru.ts").write_text(TS, encoding="utf-8")
    subprocess.run([tool, str(folder / "gallery_ru.ts"), "-qm", str(folder / "gallery_ru.qm")],
                   check=True, capture_output=True)
    monkeypatch.setattr(i18n_module, "I18N_DIR", folder)
    return folder / "gallery_ru.qm"


@pytest.fixture
def no_qm(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(i18n_module, "I18N_DIR", tmp_path / "no-translations")


def test_language_switch_changes_visible_strings(window: Any, qtbot: Any,
                                                 russian_qm: Path) -> None:
    window.open_work("orbital-sunrise")
    qtbot.waitUntil(lambda: not window.detail.is_loading())
    english = (window.windowTitle(), window.actions_.file_menu.title(),
               window.actions_.find.text(), window.count_label.text())
    window.actions_.lang_ru.trigger()
    assert current_language() == "ru"
    assert window.windowTitle().startswith("catalog.db — ")  # and its folder: not shipped
    assert window.windowTitle().endswith(" — Галерея Леонова")
    assert QApplication.applicationDisplayName() == "Галерея Леонова"  # Qt's title suffix
    assert window.actions_.file_menu.title() == "&Файл"
    assert window.actions_.find.text() == "&Найти работы"
    assert window.count_label.text() == "4 из 4 работ"
    assert window.browse.facets.title.text() == "Фильтры"
    headings = [label.text() for label in window.detail.info.findChildren(QLabel)]
    assert "Провенанс" in headings
    window.actions_.lang_en.trigger()
    assert (window.windowTitle(), window.actions_.file_menu.title(),
            window.actions_.find.text(), window.count_label.text()) == english


def test_catalog_text_follows_the_language(window: Any, qtbot: Any, no_qm: None) -> None:
    window.open_work("orbital-sunrise")
    qtbot.waitUntil(lambda: not window.detail.is_loading())
    info = window.detail.info
    window.languages.set_language("ru")
    assert info.findChild(QLabel, "detailTitle").text() == "Восход на орбите"
    assert info.findChild(QLabel, "otherTitle").text() == "Orbital sunrise"
    texts = [label.text() for label in info.findChildren(QLabel)]
    assert "Восход-2" in texts
    assert "Леонов вышел из корабля и двенадцать минут парил на фале." in texts
    assert window.detail.canvas.accessibleDescription() == "Изображение: Восход на орбите"
    # English-only fields (medium, support …) are announced as such, never passed off.
    assert info.findChild(QLabel, "englishOnlyNote") is not None
    window.open_work("near-the-moon")  # no Russian title: the English one, marked
    qtbot.waitUntil(lambda: not window.detail.is_loading())
    title = info.findChild(QLabel, "detailTitle").text()
    assert title == "Near the Moon  (нет текста на русском)"
    assert window.actions_.lang_ru.isChecked() and not window.actions_.lang_en.isChecked()
    window.languages.set_language("en")
    assert info.findChild(QLabel, "englishOnlyNote") is None


def test_language_and_window_state_are_remembered(window: Any, service: Any,
                                                  ui_settings: Settings, qtbot: Any,
                                                  no_qm: None) -> None:
    window.languages.set_language("ru")
    window.resize(1111, 777)
    window.show_page("missions")
    window.browse.bar.set_sort("title")
    window.close()
    assert ui_settings.get("ui/language") == "ru"
    again = MainWindow(service, ui_settings, synchronous=True)
    qtbot.addWidget(again)
    again.languages.start()
    again.restore_state()
    assert current_language() == "ru"
    assert again.page == "missions"
    assert again.browse.bar.sort() == "title"
    # (the size itself: offscreen Qt clamps restored geometry to its 800x600 screen)
    assert ui_settings.get("window/geometry")
    again.languages.set_language("en")
    again.close()


# Offscreen Qt warns when a message box sizes itself; a real screen does not.
@pytest.mark.qt_log_ignore("propagateSizeHints")
def test_a_bad_catalog_file_leaves_the_current_one_open(window: Any, tmp_path: Path) -> None:
    bad = tmp_path / "not-a-catalog.db"
    bad.write_bytes(b"this is not sqlite" * 100)
    service = window.service
    assert window.open_catalog(bad) is False
    assert window.error_box is not None and window.error_box.isVisible()
    assert window.error_box.text() == "This file is not a catalog of the gallery."
    assert "not a SQLite catalog" in window.error_box.detailedText()  # the store's own line
    assert window.service is service and window.model.rowCount() == 4
    window.error_box.close()


def test_another_catalog_opens_and_is_remembered(window: Any, tmp_path: Path,
                                                 ui_catalog_path: Path) -> None:
    other = tmp_path / "other" / "second.db"
    other.parent.mkdir()
    with Catalog.open(other, create=True) as catalog:
        catalog.save({"id": "lone-work", "title": "A lone work", "confidence": "low"}, None)
    assert window.open_catalog(other) is True
    assert window.model.work_ids() == ["lone-work"]
    # not the shipped catalog: its folder tells it from another copy
    assert window.windowTitle() == f"second.db — {other.parent} — Leonov Gallery" \
        or window.windowTitle().startswith("second.db — …/")
    recent = window.settings.get("catalog/recent")
    assert recent[:2] == [str(other.resolve()), str(ui_catalog_path.resolve())]
    menu = [a.toolTip() for a in window.actions_.recent_menu.actions()]
    assert str(ui_catalog_path.resolve()) in menu


def test_a_read_only_catalog_browses_and_says_why_editing_is_off(
        qtbot: Any, ui_catalog_path: Path, ui_settings: Settings) -> None:
    service = CatalogService(Catalog.open(ui_catalog_path, read_only=True), synchronous=True)
    win = MainWindow(service, ui_settings, synchronous=True)
    qtbot.addWidget(win)
    win.show()
    assert win.model.rowCount() == 4
    assert win.read_only_label.isVisible()
    assert win.read_only_label.text() == "Editing is off: opened read-only"
    assert not win.actions_.editor.isEnabled()
    win.close()
    win.shutdown()


def test_actions_use_standard_keys(window: Any) -> None:
    actions = window.actions_
    assert actions.open.shortcut() == QKeySequence(QKeySequence.StandardKey.Open)
    assert QKeySequence("Ctrl+Q") in actions.quit.shortcuts()  # some platforms bind none
    assert actions.find.shortcut() == QKeySequence(QKeySequence.StandardKey.Find)
    assert actions.editor.shortcut() == QKeySequence("Ctrl+E")
    assert QKeySequence("F1") in actions.shortcuts.shortcuts()
    for action in actions.detail_only:  # arrows and Esc belong to the grid and field there
        assert not action.isEnabled()
    window.open_work("orbital-sunrise")
    assert all(action.isEnabled() for action in actions.detail_only)


def test_f1_lists_every_key(window: Any, qtbot: Any) -> None:
    qtbot.keyClick(window, Qt.Key.Key_F1)
    sheet = window.shortcut_sheet
    assert sheet.isVisible()
    listed = dict(sheet.rows)
    assert listed["Find Works"].startswith("Ctrl+F")
    assert listed["Next Work"] == "Right"
    assert listed["Quit"] == "Ctrl+Q"
    assert "Esc" in listed["Back"]
    for action in window.actions_.all_actions():
        if not action.shortcuts():
            continue
        assert action.text().replace("&", "") in listed
    sheet.close()


def test_widgets_carry_names_for_assistive_tools(window: Any, qtbot: Any) -> None:
    window.open_work("orbital-sunrise")
    qtbot.waitUntil(lambda: not window.detail.is_loading())
    names = ["worksGrid", "searchField", "sortBox", "facetTree", "yearHistogram",
             "clearFiltersButton",
             "yearFrom", "yearTo", "backButton", "previousButton", "nextButton",
             "imageCanvas", "infoPanel", "browsePage", "detailPage"]
    for name in names:
        widget = window.findChild(QWidget, name)
        assert widget is not None, name
        assert widget.accessibleName(), name


def test_reduced_motion_is_a_remembered_setting(window: Any) -> None:
    window.actions_.reduced_motion.trigger()
    assert window.settings.get("ui/reduced_motion") is True
    assert window.detail.canvas.reduced_motion is True


def test_the_icon_is_drawn_at_every_size() -> None:
    from gallery.ui.icon import SIZES, app_icon, icon_image

    image = icon_image(64)
    assert not image.isNull() and image.pixelColor(32, 10).alpha() == 255
    icon = app_icon()
    assert {s.width() for s in icon.availableSizes()} >= set(SIZES)


@pytest.mark.qt_log_ignore("propagateSizeHints")
def test_a_damaged_catalog_says_so_instead_of_an_empty_gallery(
        window: Any, qtbot: Any, tmp_path: Path, ui_catalog_path: Path) -> None:
    import shutil
    import sqlite3

    damaged = tmp_path / "damaged.db"
    shutil.copy(ui_catalog_path, damaged)
    con = sqlite3.connect(damaged)
    con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    root = con.execute("SELECT rootpage FROM sqlite_master WHERE name = 'works'").fetchone()[0]
    con.close()
    data = bytearray(damaged.read_bytes())
    data[(root - 1) * 4096] ^= 0xFF  # the works table's root page is no b-tree any more
    damaged.write_bytes(bytes(data))
    window.open_catalog(damaged)
    qtbot.waitUntil(lambda: window.error_box is not None and window.error_box.isVisible())
    said = window.error_box.text()
    assert "only a backup can bring it back" in said and "gallery restore" in said
    assert "File menu" not in said  # the editor refuses a damaged file: no way out there
    window.error_box.close()


def test_the_f1_sheet_states_the_ranking_rule_in_both_languages(window: Any) -> None:
    from PySide6.QtWidgets import QDialogButtonBox, QLabel

    for lang, words in (("en", ("title holds the words", "2,000", "by date")),
                        ("ru", ("в названии которых", "2000", "по дате"))):
        window.languages.set_language(lang)
        window.show_shortcuts()
        text = window.shortcut_sheet.findChild(QLabel, "searchHelp").text()
        assert all(word in text for word in words), (lang, text)
        close = window.shortcut_sheet.findChild(QDialogButtonBox).button(
            QDialogButtonBox.StandardButton.Close)
        assert close.icon().isNull()  # no near-invisible dark icon on our dark button
        window.shortcut_sheet.close()
    window.languages.set_language("en")
