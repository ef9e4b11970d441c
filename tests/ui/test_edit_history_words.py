"""History's Before/After table and its detail say an import time and an image size as the
Image tab does — the reader's zone and language, B/kB/MB — never '2026-12-07T22:18:36Z' or
'375628' (issue 20 review)."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication
from test_edit_support import FakePrompts, make_editor

from gallery.catalog.history_report import when_text
from gallery.ui.edit.file_labels import file_size_text
from gallery.ui.i18n import install_language

pytestmark = pytest.mark.qt_log_ignore("^This plugin does not support")  # offscreen only
SHIPPED = Path(__file__).resolve().parents[2] / "catalog.db"
CHANGES = [{"field": "image_bytes", "before": 375628, "after": 3388},
           {"field": "image_imported_at", "before": "2026-12-07T22:19:05Z",
            "after": "2026-12-07T22:18:36Z"}]


@pytest.mark.parametrize("lang", ["en", "ru"])
def test_times_and_sizes_read_as_words(qtbot: Any, tmp_path: Path, lang: str) -> None:
    path = tmp_path / "catalog.db"
    shutil.copyfile(SHIPPED, path)
    install_language(QApplication.instance(), lang)
    window = make_editor(qtbot, path, FakePrompts(), "orbital-sunrise-1965",
                         drafts_root=tmp_path / "drafts")
    history = window.work_form.history
    history.diff.set_changes(CHANGES)
    cells = [[history.diff.index(r, c).data() for c in (1, 2)] for r in range(2)]
    assert cells[0] == [file_size_text(375628), file_size_text(3388)]
    assert cells[1] == [when_text("2026-12-07T22:19:05Z", lang),
                        when_text("2026-12-07T22:18:36Z", lang)]
    assert "375628" not in str(cells) and "T22:" not in str(cells)
    history.detail.set_changes(CHANGES)
    text = history.detail.toPlainText()
    assert file_size_text(3388) in text and when_text("2026-12-07T22:18:36Z", lang) in text
    assert "375628" not in text and "T22:" not in text
    if lang == "ru":
        assert "кБ" in cells[0][0] and "декабря 2026" in cells[1][1]
