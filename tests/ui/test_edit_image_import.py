"""Importing a scan in the editor, on a copy of the shipped catalog: the rights and stand-in
wording change the moment a scan replaces the stand-in, a smaller picture never silently
replaces a larger scan, and an import is undone like any edit."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from test_edit_support import FakePrompts, field, make_editor

from gallery.catalog.bilingual import RIGHTS, SCAN_RIGHTS
from gallery.catalog.store import Catalog

pytestmark = pytest.mark.qt_log_ignore("^This plugin does not support")  # offscreen only
WORK = "cosmonaut-corps-caricatures"


@pytest.fixture
def editor(qtbot: Any, shipped_copy: Path, prompts: FakePrompts, tmp_path: Path) -> Any:
    window = make_editor(qtbot, shipped_copy, prompts, WORK, drafts_root=tmp_path / "drafts")
    window.work_form.show_tab("Image")
    return window


def scan(tmp_path: Path, name: str, size: tuple[int, int]) -> Path:
    from PIL import Image

    path = tmp_path / name
    Image.new("RGB", size, (120, 90, 60)).save(path, "JPEG", quality=70)
    return path


def stored(path: Path) -> dict[str, Any]:
    with Catalog.open(path) as catalog:
        return catalog.get(WORK)


def choose(qtbot: Any, editor: Any, prompts: FakePrompts, path: Path) -> None:
    prompts.image = path
    qtbot.mouseClick(editor.work_form.image.choose, Qt.MouseButton.LeftButton)


def test_a_scan_replacing_the_stand_in_rewrites_its_wording_at_once(
        qtbot: Any, editor: Any, prompts: FakePrompts, shipped_copy: Path,
        tmp_path: Path) -> None:
    assert field(editor, "rights").toPlainText() == RIGHTS["en"]
    choose(qtbot, editor, prompts, scan(tmp_path, "big.jpg", (1600, 1200)))
    panel = editor.work_form.image
    assert panel.status.text() == "Imported. The image is saved in the catalog."
    # The form says so before anything else happens, in both languages.
    assert field(editor, "rights").toPlainText().endswith(SCAN_RIGHTS["en"])
    assert field(editor, "rights_ru").toPlainText().endswith(SCAN_RIGHTS["ru"])
    assert "stand-in" not in field(editor, "rights").toPlainText()
    assert "scan or photograph of the work" in panel.details.text()
    record = stored(shipped_copy)
    assert record["rights"].endswith(SCAN_RIGHTS["en"]) and not record["image_is_standin"]
    assert record["image_note_ru"] == "Импортировано из файла big.jpg"
    assert not editor.isWindowModified()  # the import is saved: nothing left to save


def test_a_smaller_image_asks_before_replacing_a_larger_scan(
        qtbot: Any, editor: Any, prompts: FakePrompts, shipped_copy: Path,
        tmp_path: Path) -> None:
    choose(qtbot, editor, prompts, scan(tmp_path, "full.jpg", (6000, 4000)))
    big = stored(shipped_copy)
    assert (big["image_width"], big["image_height"]) == (6000, 4000)
    prompts.confirm_answer = False
    choose(qtbot, editor, prompts, scan(tmp_path, "thumb.jpg", (480, 360)))
    asked = [text for kind, text in prompts.asked if kind == "confirm"]
    assert asked == ["thumb.jpg is 480 × 360 pixels, smaller than the image it would replace "
                     "(6000 × 4000 pixels). Replace the larger image with it?"]
    assert editor.work_form.image.status.text() == (
        "Not imported — the larger image is kept. Nothing was changed.")
    assert stored(shipped_copy)["image_sha256"] == big["image_sha256"]
    prompts.confirm_answer = True
    choose(qtbot, editor, prompts, scan(tmp_path, "thumb.jpg", (480, 360)))
    assert stored(shipped_copy)["image_width"] == 480
    # A larger one replaces it without a question.
    prompts.asked.clear()
    choose(qtbot, editor, prompts, scan(tmp_path, "again.jpg", (800, 600)))
    assert not [k for k, _ in prompts.asked if k == "confirm"]
    assert stored(shipped_copy)["image_width"] == 800


def test_an_import_is_undone_and_redone_like_an_edit(
        qtbot: Any, editor: Any, prompts: FakePrompts, shipped_copy: Path,
        tmp_path: Path) -> None:
    before = stored(shipped_copy)
    choose(qtbot, editor, prompts, scan(tmp_path, "scan.jpg", (1000, 800)))
    imported = stored(shipped_copy)
    model = editor.sessions["works"].model
    editor.actions_by_name["undo"].trigger()
    # The stand-in and its wording are back in the form, as an unsaved edit.
    assert model.record["image_path"] == before["image_path"]
    assert model.record["image_is_standin"] and model.record["rights"] == before["rights"]
    assert field(editor, "rights").toPlainText() == RIGHTS["en"]
    assert editor.isWindowModified()
    editor.actions_by_name["redo"].trigger()
    assert model.record["image_path"] == imported["image_path"]
    assert not editor.isWindowModified()
    editor.actions_by_name["undo"].trigger()
    editor.actions_by_name["save"].trigger()
    after = stored(shipped_copy)
    assert (after["image_path"], after["image_sha256"], after["image_is_standin"]) == (
        before["image_path"], before["image_sha256"], True)
    assert after["rights"] == before["rights"] and after["rights_ru"] == before["rights_ru"]


def _choose_in_view(editor: Any) -> bool:
    from PySide6.QtCore import QPoint, QRect
    from PySide6.QtWidgets import QScrollArea

    button = editor.work_form.image.choose
    area = button.parentWidget()
    while not isinstance(area, QScrollArea):
        area = area.parentWidget()
    top_left = button.mapTo(area.viewport(), QPoint(0, 0))
    return area.viewport().rect().contains(QRect(top_left, button.size()))


@pytest.mark.parametrize("refused", [False, True])
def test_choose_image_file_stays_in_view_after_an_import_or_a_refusal(
        qtbot: Any, editor: Any, prompts: FakePrompts, tmp_path: Path, refused: bool) -> None:
    editor.resize(1100, 560)  # a tab taller than the window: it scrolls
    QApplication.processEvents()
    editor.work_form.image.choose.setFocus()
    path = tmp_path / "text.png" if refused else scan(tmp_path, "big.jpg", (1600, 1200))
    if refused:
        path.write_text("not a picture")
    assert _choose_in_view(editor)
    choose(qtbot, editor, prompts, path)
    panel = editor.work_form.image
    assert panel.status.text().startswith("Not imported" if refused else "Imported")
    qtbot.waitUntil(lambda: _choose_in_view(editor))
    QApplication.processEvents()  # later layout passes must not scroll it away again
    assert _choose_in_view(editor) and panel.choose.hasFocus()
