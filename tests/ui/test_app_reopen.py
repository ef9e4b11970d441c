"""A visitor window is a reader: when a restore swaps the catalog file, it reads the new one."""

from __future__ import annotations

import os
import shutil
from pathlib import Path
from typing import Any

from gallery.catalog.store import Catalog


def test_a_swapped_catalog_file_is_reopened_in_place(window: Any, ui_catalog_path: Path,
                                                     tmp_path: Path) -> None:
    window.open_work("near-the-moon")
    restored = tmp_path / "restored.db"
    shutil.copyfile(ui_catalog_path, restored)
    with Catalog.open(restored, who="curator") as other:
        record = other.get("near-the-moon")
        other.save({**record, "title": "Near the Moon (from the backup)"}, record["version"])
    os.replace(restored, ui_catalog_path)  # what restore does
    old = window.service
    window._check_for_changes()
    assert window.service is not old and not window.service.catalog.replaced()
    assert window.page == "detail" and window.detail.work_id == "near-the-moon"
    assert window.detail.data.record["title"] == "Near the Moon (from the backup)"
    model = window.model
    assert model.data(model.index(model.row_of("near-the-moon"))) == \
        "Near the Moon (from the backup)"
