"""File ▸ Restore's list of backups: a sound item model over the real backup files."""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt

from gallery.catalog.store import Catalog
from gallery.ui.edit.backups_ui import BackupListModel, list_backups


def test_backup_list_model_passes_the_model_tester(qtmodeltester: Any,
                                                    catalog_path: Path) -> None:
    with Catalog.open(catalog_path, who="tester") as catalog:
        made = [catalog.backup(reason="manual")]
        time.sleep(1.1)  # backup names carry the second they were made
        made.append(catalog.backup(reason="before-restore"))
    model = BackupListModel(list_backups(catalog_path))
    qtmodeltester.check(model)
    assert model.rowCount() == 2
    rows = [model.index(row) for row in range(2)]
    assert [model.data(i, Qt.ItemDataRole.UserRole) for i in rows] == [str(p) for p in
                                                                       reversed(made)]
    for index in rows:
        text = model.data(index, Qt.ItemDataRole.DisplayRole)
        assert "UTC" in text and "MB" in text and "\n" not in text
        assert Path(model.data(index, Qt.ItemDataRole.ToolTipRole)).is_file()
    assert model.data(model.index(5), Qt.ItemDataRole.DisplayRole) is None


def test_an_empty_backup_list_passes_the_model_tester(qtmodeltester: Any,
                                                       tmp_path: Path) -> None:
    model = BackupListModel(list_backups(tmp_path / "nothing.db"))
    qtmodeltester.check(model)
    assert model.rowCount() == 0
