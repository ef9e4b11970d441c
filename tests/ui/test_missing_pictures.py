"""A picture recorded but not shown says why (issue 15 review): a catalog copied without its
images folder says so above the grid, naming the folder; a card whose file is gone reads
"image file not found", one whose file cannot be read "image file damaged", neither "no
image" (a work with no picture at all), and a stand-in keeps its mark; on the smallest cards
the mark sits beside a picture it does not fit in, never across its edge."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QPoint, QRect, QSize, Qt

from gallery.catalog.store import Catalog
from gallery.ui.browse.delegate import mark_place
from gallery.ui.browse.models import StandinRole, ThumbStateRole


def images_of(path: Path) -> Path:
    with Catalog.open(path, who="tester") as catalog:
        return catalog.images_dir


@pytest.fixture
def damaged(ui_catalog_path: Path) -> Path:
    images = images_of(ui_catalog_path)
    truncated = images / "orbital-sunrise.jpg"  # a stand-in, cut short in copying
    truncated.write_bytes(truncated.read_bytes()[:200])
    (images / "near-the-moon.jpg").write_text("not a picture", encoding="utf-8")  # mislabelled
    (images / "stamp-1975.jpg").unlink()
    return images


def state(window: Any, qtbot: Any, work_id: str) -> str:
    model = window.model
    index = model.index(model.row_of(work_id))
    model.data(index, Qt.ItemDataRole.DecorationRole)  # as the grid asks when painting
    qtbot.waitUntil(lambda: model.data(index, ThumbStateRole) not in ("loading", None))
    return str(model.data(index, ThumbStateRole))


def test_a_broken_or_missing_file_reads_otherwise_than_no_image(damaged: Path, window: Any,
                                                                 qtbot: Any) -> None:
    assert state(window, qtbot, "orbital-sunrise") == "broken"
    assert state(window, qtbot, "near-the-moon") == "broken"
    assert state(window, qtbot, "stamp-1975") == "missing"
    assert state(window, qtbot, "hostile") == "ready"
    model = window.model
    assert model.data(model.index(model.row_of("orbital-sunrise")), StandinRole)  # still marked
    delegate = window.browse.grid.itemDelegate()
    assert delegate.no_picture_texts == {"none": "no image", "missing": "image file not found",
                                         "broken": "image file damaged"}
    window.languages.set_language("ru")
    assert delegate.no_picture_texts["broken"] == "файл изображения повреждён"
    assert not window.browse.images_note.isVisible()  # the folder is there


@pytest.fixture
def no_images_folder(ui_catalog_path: Path) -> Path:
    images = images_of(ui_catalog_path)
    shutil.rmtree(images)
    return images


def test_a_catalog_without_its_images_folder_says_so(no_images_folder: Path, window: Any,
                                                     qtbot: Any) -> None:
    note = window.browse.images_note
    qtbot.waitUntil(note.isVisible)
    assert str(no_images_folder) in note.text()
    assert note.text().startswith("The images folder is not beside this catalog")
    window.languages.set_language("ru")
    assert note.text().startswith("Рядом с каталогом нет папки изображений")
    no_images_folder.mkdir()
    window.open_catalog(window.service.catalog.path)  # the folder copied back: no note
    qtbot.waitUntil(lambda: not note.isVisible())


def test_the_stand_in_mark_never_lies_across_a_pictures_edge() -> None:
    mark = QSize(60, 16)
    box = QRect(0, 0, 120, 90)
    wide = QRect(0, 20, 120, 70)  # a landscape picture on the baseline
    assert mark_place(wide, box, mark) == QPoint(5, 25)  # inside its corner
    tall = QRect(0, 0, 160, 90)
    narrow = QRect(70, 0, 40, 90)  # a portrait picture narrower than the mark, full height
    assert mark_place(narrow, tall, mark) == QPoint(70 - 60 - 3, 0)  # beside it
    low = QRect(0, 70, 120, 20)  # a strip too low for the mark, room above it
    placed = QRect(mark_place(low, box, mark), mark)
    assert placed.bottom() < low.top() and box.contains(placed)
