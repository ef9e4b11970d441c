"""Errors a visitor reads are wholly in the interface language (issue 15 review): a catalog
that cannot be opened at start, and a work's picture that cannot be shown. The exact English
line of the store or the imaging core stays, for whoever fixes the file, under Show Details
(or in the picture's tooltip)."""

from __future__ import annotations

import io
import re
import sqlite3
from pathlib import Path
from typing import Any

import pytest
from PIL import Image
from PySide6.QtWidgets import QApplication

from gallery.ui.i18n import install_language

# Latin words a Russian sentence may hold: format names, which read the same in both.
LATIN_WORD = re.compile(r"[A-Za-z]{3,}")
FORMAT_NAMES = {"JPEG", "PNG", "gallery", "restore", "backups"}


def latin_words(text: str) -> set[str]:
    return set(LATIN_WORD.findall(text)) - FORMAT_NAMES


def jpeg_bytes() -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (320, 240), (30, 90, 160)).save(out, "JPEG", quality=90)
    return out.getvalue()


def png_bytes() -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (320, 240), (160, 90, 30)).save(out, "PNG")
    return out.getvalue()


BAD_PICTURES = {  # name: (file name, bytes, the English words, the Russian words)
    "truncated": ("cut.jpg", lambda: jpeg_bytes()[:900], "damaged or cut short",
                  "повреждён или обрезан"),
    "misnamed": ("named.jpg", png_bytes, "holds a PNG picture, but its name says JPEG",
                 "в файле изображение PNG, а по имени файла это JPEG"),
    "missing": ("gone.jpg", None, "not where the catalog says", "нет там, где"),
    "empty": ("empty.jpg", lambda: b"", "the file is empty", "файл пуст"),
}


@pytest.mark.parametrize("case", sorted(BAD_PICTURES))
def test_a_picture_that_cannot_be_shown_says_why_in_the_interface_language(
        window: Any, qtbot: Any, tmp_path: Path, case: str) -> None:
    name, data, english, russian = BAD_PICTURES[case]
    path = tmp_path / name
    if data is not None:
        path.write_bytes(data())
    window.open_work("orbital-sunrise")
    qtbot.waitUntil(lambda: not window.detail.is_loading())
    canvas = window.detail.canvas
    canvas.set_image(path, None, "A work", "")
    qtbot.waitUntil(lambda: not canvas.is_loading())
    assert canvas.message().startswith("This image cannot be shown: ")
    assert english in canvas.message() and str(path) not in canvas.message()
    assert str(path) in canvas.toolTip()  # the exact line, for whoever fixes the file
    window.languages.set_language("ru")
    said = canvas.message()
    assert said.startswith("Это изображение нельзя показать: ") and russian in said
    assert latin_words(said) == set(), said


def _damaged_copy(source: Path, target: Path) -> Path:
    con = sqlite3.connect(source)
    con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    con.close()
    data = source.read_bytes()
    target.write_bytes(data[: len(data) // 2])  # a copy cut off half way
    return target


def _newer_copy(source: Path, target: Path) -> Path:
    target.write_bytes(source.read_bytes())
    con = sqlite3.connect(target)
    con.execute("PRAGMA user_version = 99")
    con.commit()
    con.close()
    return target


@pytest.mark.qt_log_ignore("propagateSizeHints")
@pytest.mark.parametrize("lang", ["en", "ru"])
@pytest.mark.parametrize("trouble", ["damaged", "newer"])
def test_a_catalog_that_cannot_be_opened_at_start_is_said_in_one_language(
        qapp: QApplication, ui_catalog_path: Path, tmp_path: Path, lang: str,
        trouble: str) -> None:
    from gallery.catalog.errors import CatalogError
    from gallery.catalog.store import Catalog
    from gallery.ui.launch import cannot_open_box

    make = _damaged_copy if trouble == "damaged" else _newer_copy
    bad = make(ui_catalog_path, tmp_path / "bad.db")
    with pytest.raises(CatalogError) as caught:
        Catalog.open(bad, writer=False)
    install_language(qapp, lang)
    try:
        box = cannot_open_box(caught.value)
        said = box.text() + " " + box.informativeText()
        assert str(bad) not in said and "`" not in said
        assert str(bad) in box.detailedText()  # the store's exact line
        if lang == "ru":
            assert latin_words(said) == set(), said
            assert ("повреждён" if trouble == "damaged" else "новой версией") in said
        else:
            assert ("damaged" if trouble == "damaged" else "newer version") in said
        if trouble == "damaged":  # the editor refuses a damaged file: its menu is no way out
            assert "gallery restore" in said and "File menu" not in said
        box.deleteLater()
    finally:
        install_language(qapp, "en")


def test_the_search_field_says_what_search_does_in_both_languages(window: Any) -> None:
    field = window.browse.bar.field
    assert "OR between words" in field.toolTip() and "-word" in field.toolTip()
    assert field.accessibleDescription() == field.toolTip()
    window.languages.set_language("ru")
    assert "ИЛИ" in field.toolTip() and "-слово" in field.toolTip()
    assert latin_words(field.toolTip()) <= {"OR", "NOT"}  # the operators, typed as such


def test_facet_values_read_with_a_capital_in_both_languages(qapp: QApplication) -> None:
    """Medium (Техника) values are term labels in lower case, as Kind of work's are: every
    list of choices shows them with a first capital (issue 15 review)."""
    from gallery.ui.browse.facet_model import FacetTreeModel

    model = FacetTreeModel(("medium", "category"), lambda facet: facet)
    model.set_counts("medium", [("oil-paint", "oil paint", 3),
                                ("coloured-pencil", "coloured pencils", 1)])
    model.set_counts("category", [("painting", "painting", 4)])
    model.set_names_ru("medium", {"oil-paint": "масляные краски",
                                  "coloured-pencil": "цветные карандаши"})

    def labels() -> list[str]:
        return [model.label(group, choice) for group in model.groups for choice in group.choices]

    assert labels() == ["Oil paint", "Coloured pencils", "Painting"]
    install_language(qapp, "ru")
    try:
        assert labels()[:2] == ["Масляные краски", "Цветные карандаши"]
    finally:
        install_language(qapp, "en")
