"""The editor window's layout: banners, the record list beside the forms, the undo dock."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QDockWidget, QSplitter, QUndoView, QVBoxLayout, QWidget

from ...catalog.mounts import network_filesystem
from .banner import Banner
from .presence import PresenceBanner
from .screen_fit import fit_to_screen


def tr(text: str) -> str:
    """The window's words, in its translation context (as EditorWindow.tr would)."""
    return QCoreApplication.translate("EditorWindow", text)


def build(window: Any, mounts_text: str | None) -> None:
    window.network_banner = Banner("networkBanner", "warning")
    fstype = network_filesystem(window.catalog_path, mounts_text)
    if fstype:
        window.network_banner.say(tr(
            "This catalog is on a network drive (%s). Editing it from two computers at "
            "once can damage it: SQLite's write-ahead log only protects writers on one "
            "machine. Edit from one computer at a time, or work on a local copy.") % fstype)
    window.read_only_banner = Banner("readOnlyBanner", "warning")
    window.damage_banner = Banner("damageBanner", "error")
    window.message_banner = Banner("messageBanner", "error", closable=True)
    window.presence = PresenceBanner(  # on a server: who else has the shown record open
        window.context, window.showing)
    central = QWidget()
    central.setObjectName("editorCentral")
    column = QVBoxLayout(central)
    column.setContentsMargins(16, 12, 16, 8)
    column.setSpacing(8)
    for banner in (window.damage_banner, window.network_banner, window.read_only_banner,
                   window.presence, window.message_banner):
        column.addWidget(banner)
    splitter = QSplitter()
    splitter.setObjectName("editorSplitter")
    splitter.addWidget(window.panel)
    splitter.addWidget(window.forms)
    splitter.setStretchFactor(1, 1)
    splitter.setChildrenCollapsible(False)
    column.addWidget(splitter, 1)
    window.setCentralWidget(central)
    window.undo_view = QUndoView(window.undo_group)
    window.undo_view.setObjectName("undoList")
    window.undo_view.setAccessibleName(tr("Edits you can undo"))
    window.undo_view.setEmptyLabel(tr("As opened"))
    window.undo_dock = QDockWidget(tr("Undo history"), window)
    window.undo_dock.setObjectName("undoDock")
    window.undo_dock.setWidget(window.undo_view)
    window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, window.undo_dock)
    window.resizeDocks([window.undo_dock], [230], Qt.Orientation.Horizontal)
    fit_to_screen(window, splitter, window.undo_dock)
