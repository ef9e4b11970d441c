"""File ▸ Restore from backup… on a team server: the server's backups, and what restoring
means there. The editor never replaces a live team database (DESIGN, 'Restore and readers'):
a backup is copied into a new database that the team switches to. The dialog lists this
server catalog's backups and gives the command for the one chosen, --images included, for the
administrator to run (or the curator, with the rights to create a database)."""

from __future__ import annotations

import shlex
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListView,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from .backups_ui import BackupListModel

NEW_DATABASE = "NEW_DATABASE"


def restore_command(backup: Path, url: str, images: Path) -> str:
    """`gallery copy-catalog BACKUP postgresql://USER@HOST/NEW_DATABASE --images DIR`: the
    server's URL with a new database's name in place of the live one's."""
    head, _, query = url.partition("?")
    base = head.rsplit("/", 1)[0] if head.count("/") > 2 else head
    target = f"{base}/{NEW_DATABASE}" + (f"?{query}" if query else "")
    return shlex.join(["gallery", "copy-catalog", str(backup), target, "--images", str(images)])


class ServerRestoreDialog(QDialog):
    def __init__(self, backups: list[Path], folder: Path, url: str, images: Path,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("serverRestoreDialog")
        self.setWindowTitle(self.tr("Restore from backup"))
        self.setMinimumSize(680, 460)
        self.url, self.images = url, images
        intro = QLabel(self.tr(
            "On a team server the catalog is not replaced from this window: the backup you "
            "choose is copied into a new database, and the team then switches to that database "
            "(the live one is never dropped). Give the command below to the server's "
            "administrator; a backup is a catalog file that any machine can also open as it "
            "is."))
        intro.setWordWrap(True)
        where = QLabel(self.tr("This server's backups, in %1:").replace("%1", str(folder)))
        where.setProperty("role", "muted")
        where.setTextFormat(Qt.TextFormat.PlainText)
        where.setWordWrap(True)
        self.model = BackupListModel(backups)
        self.view = QListView()
        self.view.setObjectName("serverBackupList")
        self.view.setAccessibleName(self.tr("Backups, newest first"))
        self.view.setModel(self.model)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.command = QLabel()
        self.command.setObjectName("restoreCommand")
        self.command.setAccessibleName(self.tr("Command that restores the chosen backup"))
        self.command.setTextFormat(Qt.TextFormat.PlainText)
        self.command.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                             | Qt.TextInteractionFlag.TextSelectableByKeyboard)
        self.command.setWordWrap(True)
        self.command.setStyleSheet("font-family: monospace;")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.copy = QPushButton(self.tr("&Copy command"))
        self.copy.setObjectName("copyRestoreCommand")
        buttons.addButton(self.copy, QDialogButtonBox.ButtonRole.ActionRole)
        self.copy.clicked.connect(self._copy)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(where)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.command)
        layout.addWidget(buttons)
        self.view.selectionModel().currentChanged.connect(lambda *_: self._show_command())
        if backups:
            self.view.setCurrentIndex(self.model.index(0))
        self._show_command()

    def _show_command(self) -> None:
        index = self.view.currentIndex()
        if not index.isValid():
            self.command.setText(self.tr("No backups of this server catalog yet: File ▸ Back "
                                         "up… writes one."))
            self.copy.setEnabled(False)
            return
        self.command.setText(restore_command(self.model.paths[index.row()], self.url,
                                             self.images))
        self.copy.setEnabled(True)

    def _copy(self) -> None:
        QGuiApplication.clipboard().setText(self.command.text())
