"""Our file choosers list the catalog's folder without opening the catalog, its -wal or -shm:
Qt's stock icon provider sniffs every listed file, and closing that descriptor drops this
process's SQLite locks (a save then goes into a WAL file another program deleted)."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

from PySide6.QtCore import QFileInfo

from gallery.catalog.store import Catalog
from gallery.ui.file_dialogs import NameOnlyIconProvider
from lock_peek import SHIPPED, WORK, peek, save_then_check


def test_listing_the_catalogs_folder_keeps_the_editors_locks(qtbot: Any, tmp_path: Path) -> None:
    path = tmp_path / "copy2.db"
    shutil.copyfile(SHIPPED, path)
    provider = NameOnlyIconProvider()
    with Catalog.open(path, who="tester") as catalog:
        catalog.get(WORK)
        for name in ("copy2.db", "copy2.db-wal", "copy2.db-shm"):
            info = QFileInfo(str(tmp_path / name))
            assert not provider.icon(info).isNull()
            provider.type(info)
        peek(path)
        save_then_check(catalog, path)
    jpeg = QFileInfo(str(tmp_path / "scan.jpg"))
    assert provider.type(jpeg) == "JPEG image"
    assert provider.type(QFileInfo(str(tmp_path))) == "Folder"


def test_the_open_dialog_shows_its_columns_whole(qtbot: Any, tmp_path: Path,
                                                 window: Any) -> None:
    from PySide6.QtWidgets import QHeaderView, QTreeView

    from gallery.ui.file_dialogs import open_dialog

    dialog = open_dialog(window, "Open Catalog", str(tmp_path), "Catalogs (*.db)")
    qtbot.addWidget(dialog)
    room = window.screen().availableGeometry()
    assert dialog.width() >= min(720, room.width()) and dialog.height() >= min(420, room.height())
    assert dialog.width() <= room.width() and dialog.height() <= room.height()
    header = dialog.findChild(QTreeView, "treeView").header()
    assert header.sectionResizeMode(0) == QHeaderView.ResizeMode.Stretch
    assert {header.sectionResizeMode(c) for c in range(1, header.count())} == {
        QHeaderView.ResizeMode.ResizeToContents}
    assert dialog.iconProvider() is dialog.icon_provider  # names kinds without opening files
    from PySide6.QtWidgets import QPushButton

    assert all(b.icon().isNull() for b in dialog.findChildren(QPushButton))
