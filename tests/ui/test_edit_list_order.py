"""The editor's lists in Russian are in Russian alphabetical order of the names shown (ё
beside е, Cyrillic before Latin), works and people alike; English keeps English order."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from test_edit_support import make_editor

from gallery.catalog.store import Catalog
from gallery.ui.edit.record_list_model import IdRole

pytestmark = pytest.mark.qt_log_ignore("^This plugin does not support")  # offscreen only


def labels(window: Any) -> list[str]:
    return [row["label"] for row in window.panel.model._rows]


def ids(window: Any) -> list[str]:
    model = window.panel.model
    return [model.index(row).data(IdRole) for row in range(model.rowCount())]


def test_russian_lists_sort_by_the_russian_names(
        qtbot: Any, qapp: Any, catalog_path: Path, prompts: Any, tmp_path: Path) -> None:
    from gallery.ui.i18n import install_language

    with Catalog.open(catalog_path) as catalog:
        for work_id, title_ru in (("orbital-sunrise", "Ёлка на орбите"),
                                  ("near-the-moon", "Дом у Луны"), ("stamp-1975", None)):
            work = catalog.get(work_id)
            work["title_ru"] = title_ru
            catalog.save(work, work["version"])
        catalog.save_record("people", {"id": "pyotr-yolkin", "name": "Pyotr Yolkin",
                                       "name_ru": "Ёлкин Пётр"}, None)
        catalog.save_record("people", {"id": "boris-dmitriev", "name": "Boris Dmitriev",
                                       "name_ru": "Дмитриев Борис"}, None)
    install_language(qapp, "ru")
    window = make_editor(qtbot, catalog_path, prompts, drafts_root=tmp_path / "drafts")
    assert ids(window) == ["near-the-moon", "orbital-sunrise", "stamp-1975"]
    assert labels(window)[:2] == ["Дом у Луны", "Ёлка на орбите"]
    window.request_kind("people")
    people = labels(window)
    assert people.index("Андрей Соколов") < people.index("Дмитриев Борис") \
        < people.index("Ёлкин Пётр")
    # a record saved meanwhile joins the list where Russian order puts it
    window.panel.model.update_row({"id": "x", "label": "Евдокимов", "detail": ""})
    people = labels(window)
    assert people.index("Дмитриев Борис") < people.index("Евдокимов") \
        < people.index("Ёлкин Пётр")
    install_language(qapp, "en")
    english = make_editor(qtbot, catalog_path, prompts, drafts_root=tmp_path / "drafts-en")
    assert ids(english) == ["stamp-1975", "near-the-moon", "orbital-sunrise"]
