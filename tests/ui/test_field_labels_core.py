"""The Qt-free field labels (history, worklist, command line) are the editor form's labels,
word for word in both languages: read through Qt's translator, as the editor shows them."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtWidgets import QApplication

from gallery.catalog.field_labels import label
from gallery.ui.edit.labels import _LABELS, field_label
from gallery.ui.i18n import install_language


@pytest.mark.parametrize("lang", ["en", "ru"])
def test_core_labels_match_the_editors(qapp: Any, lang: str) -> None:
    install_language(QApplication.instance(), lang)
    fields = [*_LABELS, "title_ru", "note_ru", "description_ru"]
    assert {f: label(f, lang) for f in fields} == {f: field_label(f) for f in fields}
