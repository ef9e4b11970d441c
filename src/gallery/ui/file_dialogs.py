"""File choosers that never open the files they list.

Qt's own file dialog asks the icon provider for each listed file's icon and type, and the stock
provider sniffs the file's first bytes to tell its kind: it opens and closes every file in the
folder — the catalog, its -wal and -shm included. SQLite's locks are POSIX advisory locks, which
belong to the process: closing *any* descriptor on the catalog drops all of this process's locks
on it. Another program closing the catalog then believes it is the last, checkpoints and deletes
the -wal and -shm that our open connection still writes to, and every later save goes into a
deleted file (SQLite's "How To Corrupt An SQLite Database File", 2.2.1). So our dialogs name
kinds by the file name alone and never open a file before the user picks it.
"""

from __future__ import annotations

from PySide6.QtCore import QFileInfo, QMimeDatabase
from PySide6.QtGui import QAbstractFileIconProvider, QGuiApplication, QIcon
from PySide6.QtWidgets import (
    QFileDialog,
    QFileIconProvider,
    QHeaderView,
    QPushButton,
    QTreeView,
    QWidget,
)


class NameOnlyIconProvider(QFileIconProvider):
    """Icons and kinds from the name and the stat alone: no file is opened to sniff it."""

    def __init__(self) -> None:
        super().__init__()
        self._mimes = QMimeDatabase()

    def icon(self, what: object) -> QIcon:  # type: ignore[override]
        if isinstance(what, QFileInfo):
            kind = (QAbstractFileIconProvider.IconType.Folder if what.isDir()
                    else QAbstractFileIconProvider.IconType.File)
            return super().icon(kind)
        return super().icon(what)  # type: ignore[arg-type]

    def type(self, info: QFileInfo) -> str:
        if info.isDir():
            return super().type(info)
        mime = self._mimes.mimeTypeForFile(info.fileName(), QMimeDatabase.MatchMode.MatchExtension)
        return mime.comment()


def open_file_name(parent: QWidget | None, title: str, start: str, filters: str) -> str:
    """The path the user chose ('' if they cancelled), from a dialog that opens no file."""
    dialog = open_dialog(parent, title, start, filters)
    try:
        if dialog.exec() != QFileDialog.DialogCode.Accepted:
            return ""
        chosen = dialog.selectedFiles()
        return chosen[0] if chosen else ""
    finally:
        dialog.deleteLater()


def open_dialog(parent: QWidget | None, title: str, start: str,
                filters: str) -> QFileDialog:
    """The dialog `open_file_name` shows: Qt's own (never the platform's), listing files by
    name alone, sized to show its columns whole."""
    dialog = QFileDialog(parent, title, start, filters)
    dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptOpen)
    # A platform's native dialog runs in this process too and sniffs files its own way.
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    provider = NameOnlyIconProvider()
    dialog.setIconProvider(provider)  # (Qt does not own it: kept alive beside the dialog)
    dialog.icon_provider = provider  # type: ignore[attr-defined]
    _size_sensibly(dialog, parent)
    return dialog


def _size_sensibly(dialog: QFileDialog, parent: QWidget | None) -> None:
    """Qt's default (about 520 px wide) cuts the kind and the date ("Не…но", "7 12 2026 23:");
    give it room on the screen, and let the name column take what the others leave."""
    screen = (parent.screen() if parent is not None else QGuiApplication.primaryScreen())
    room = screen.availableGeometry().size()
    width = max(min(980, room.width() - 80), min(720, room.width()))
    height = max(min(620, room.height() - 80), min(420, room.height()))
    dialog.resize(width, height)
    for view in dialog.findChildren(QTreeView):  # the detail view: name, size, kind, date
        header = view.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in range(1, header.count()):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
    for button in dialog.findChildren(QPushButton):  # Open, Cancel: the words alone, as in
        button.setIcon(QIcon())  # About (the style's stock icons are dark on our buttons)
