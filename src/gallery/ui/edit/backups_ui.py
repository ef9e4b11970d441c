"""File ▸ Restore from backup…: the backups beside the catalog, newest first, to choose from."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListView,
    QVBoxLayout,
    QWidget,
)

from ...catalog import backup
from ...catalog.backup import backups_dir

Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()
_STAMP = re.compile(r"-(\d{8})T(\d{6})\d*Z-(.+)$")


def list_backups(catalog_path: Path) -> list[Path]:
    return backup.list_backups(catalog_path)


def describe_backup(path: Path) -> str:
    """'25 Nov 2025, 09:01:07 UTC — manual — 1.3 MB'."""
    match = _STAMP.search(path.stem)
    size = f"{path.stat().st_size / 1e6:.1f} MB" if path.exists() else "?"
    if not match:
        return f"{path.name} — {size}"
    day, clock, reason = match.groups()
    when = f"{int(day[6:])} {_MONTHS[int(day[4:6]) - 1]} {day[:4]}, " \
           f"{clock[:2]}:{clock[2:4]}:{clock[4:]} UTC"
    return f"{when} — {reason.replace('-', ' ')} — {size}"


_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


class BackupListModel(QAbstractListModel):
    def __init__(self, paths: list[Path]) -> None:
        super().__init__()
        self.paths = paths

    def rowCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self.paths)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self.paths):
            return None
        path = self.paths[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return describe_backup(path)
        if role == Qt.ItemDataRole.ToolTipRole:
            return str(path)
        if role == Qt.ItemDataRole.UserRole:
            return str(path)
        return None


class RestoreDialog(QDialog):
    def __init__(self, catalog_path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("restoreDialog")
        self.setWindowTitle(self.tr("Restore from backup"))
        self.setMinimumSize(620, 420)
        self.model = BackupListModel(list_backups(catalog_path))
        self.view = QListView()
        self.view.setObjectName("backupList")
        self.view.setAccessibleName(self.tr("Backups, newest first"))
        self.view.setModel(self.model)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        if self.model.paths:
            self.view.setCurrentIndex(self.model.index(0))
        intro = QLabel(self.tr(
            "The catalog will be replaced by the backup you choose, after the backup is "
            "checked. The current catalog is kept as a backup too, so nothing is lost. Close "
            "other windows on this catalog first."))
        intro.setWordWrap(True)
        folder = QLabel(str(backups_dir(catalog_path)))
        folder.setProperty("role", "muted")
        folder.setTextFormat(Qt.TextFormat.PlainText)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        self.ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(self.tr("Restore"))
        self.ok.setEnabled(bool(self.model.paths))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(folder)
        layout.addWidget(self.view, 1)
        layout.addWidget(buttons)

    def select(self, path: Path) -> None:
        self.view.setCurrentIndex(self.model.index(self.model.paths.index(path)))

    def chosen(self) -> Path | None:
        index = self.view.currentIndex()
        return Path(index.data(Qt.ItemDataRole.UserRole)) if index.isValid() else None
