"""The Image tab and the history as a curator reads them, on a copy of the shipped catalog:
times in the reader's language and zone (as `gallery history` says them), sizes in B, kB or
MB, a long file name shortened in the middle with the whole in its tooltip, and provenance
lines that say how certain an event is in words."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from test_edit_support import FakePrompts, make_editor

from gallery.catalog.history_report import when_text
from gallery.catalog.store import Catalog
from gallery.ui.edit.file_labels import ElidedLabel, file_size_text
from gallery.ui.edit.history_detail import change_html
from gallery.ui.i18n import install_language

pytestmark = pytest.mark.qt_log_ignore("^This plugin does not support")  # offscreen only
WORK = "cosmonaut-corps-caricatures"
ISO = re.compile(r"\d{4}-\d\d-\d\dT\d\d:\d\d")


@pytest.fixture
def editor(qtbot: Any, shipped_copy: Path, prompts: FakePrompts, tmp_path: Path) -> Any:
    window = make_editor(qtbot, shipped_copy, prompts, WORK, drafts_root=tmp_path / "drafts")
    window.work_form.show_tab("Image")
    return window


def import_scan(qtbot: Any, editor: Any, prompts: FakePrompts, path: Path) -> None:
    from PIL import Image

    Image.new("RGB", (640, 480), (120, 90, 60)).save(path, "JPEG", quality=70)
    prompts.image = path
    qtbot.mouseClick(editor.work_form.image.choose, Qt.MouseButton.LeftButton)


@pytest.mark.parametrize("lang", ["en", "ru"])
def test_the_import_time_reads_as_the_reader_reads_times(
        qtbot: Any, editor: Any, prompts: FakePrompts, shipped_copy: Path, tmp_path: Path,
        lang: str) -> None:
    install_language(QApplication.instance(), lang)
    import_scan(qtbot, editor, prompts, tmp_path / "scan.jpg")
    details = editor.work_form.image.details.text()
    with Catalog.open(shipped_copy) as catalog:
        at = catalog.get(WORK)["image_imported_at"]
    assert ISO.search(details) is None
    assert when_text(at, lang) in details
    assert ("640 × 480 pixels" if lang == "en" else "640 × 480 пикс.") in details


def test_the_history_detail_says_times_as_gallery_history_does() -> None:
    change = {"field": "image_imported_at", "kind": "value", "before": None,
              "after": "2026-12-07T09:01:07Z"}
    text = change_html([change], "en")
    assert ISO.search(text) is None
    assert when_text("2026-12-07T09:01:07Z", "en") in text
    assert "декабря 2026" in change_html([change], "ru")


def test_sizes_are_said_in_bytes_kilobytes_or_megabytes(qtbot: Any) -> None:
    assert file_size_text(812) == "812 B"
    assert file_size_text(532_000) == "532.0 kB"
    assert file_size_text(14_500_000) == "14.5 MB"
    assert file_size_text(None) == ""
    install_language(QApplication.instance(), "ru")
    assert file_size_text(812) == "812 Б"
    assert file_size_text(14_500_000) == "14,5 МБ"


def test_the_shipped_stand_in_s_size_is_not_zero_megabytes(qtbot: Any, editor: Any) -> None:
    details = editor.work_form.image.details.text()
    assert "0.0 MB" not in details and re.search(r"\d+\.\d kB|\d+\.\d MB", details)


def test_a_long_file_name_is_shortened_in_the_middle_never_widening(qtbot: Any) -> None:
    name = "a-very-long-scan-name-" + "x" * 120 + "-from-the-museum-photographer.tiff"
    label = ElidedLabel()
    qtbot.addWidget(label)
    label.show()
    label.resize(240, 30)
    label.set_full_text(name)
    shown = label.text()
    assert "…" in shown and shown.startswith("a-very") and shown.endswith(".tiff")
    assert label.fontMetrics().horizontalAdvance(shown) <= 240
    assert name in label.toolTip()
    assert label.sizePolicy().horizontalPolicy().name == "Ignored"  # asks for no width
    label.resize(2000, 30)
    qtbot.waitUntil(lambda: label.text() == name)  # room enough: the whole name


def test_the_image_tab_shows_its_file_name_elided_with_a_tooltip(qtbot: Any,
                                                                 editor: Any) -> None:
    panel = editor.work_form.image
    with Catalog.open(editor.catalog_path) as catalog:
        path = catalog.get(WORK)["image_path"]
    assert panel.file_name.full == path and path in panel.file_name.toolTip()


def test_a_probable_event_says_probably_not_a_question_mark() -> None:
    from gallery.ui.edit.provenance import event_line

    event = {"kind": "loan", "holder": "Museum of the Yuri Gagarin Cosmonaut Training Centre",
             "certainty": "probable", "date_display": "1965"}
    line = event_line(1, event)
    assert line.endswith("Training Centre (probably)") and " ?" not in line
    install_language(QApplication.instance(), "ru")
    assert event_line(1, event, lang="ru").endswith("(вероятно)")
