"""The editor's menus and actions, and the backup and restore flows they start."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any, Protocol

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence, QUndoGroup
from PySide6.QtWidgets import QDockWidget, QMenuBar

from ...catalog import writers
from ...catalog.backup_restore import Restored, restore
from ...catalog.errors import CatalogBusy
from ...catalog.store import Catalog
from ..keys import REDO_KEYS, sequences
from ..workers import CatalogService
from . import curator_name, damage_notice
from .backups_ui import RestoreDialog
from .batch import BatchEditor
from .context import EditorContext, Prefs
from .external import ExternalChanges
from .records_list import RecordsPanel
from .session import EditSession


class EditorWindow(Protocol):
    """What the menus need of the editor window that owns them (window.EditorWindow)."""

    catalog_path: Path
    prefs: Prefs
    context: EditorContext
    undo_group: QUndoGroup
    undo_dock: QDockWidget
    worklist_dock: QDockWidget
    sessions: dict[str, EditSession]
    batch: BatchEditor
    panel: RecordsPanel
    kind: str
    _who: str
    external: ExternalChanges

    @property
    def session(self) -> EditSession | None: ...
    def menuBar(self) -> QMenuBar: ...
    def addAction(self, action: QAction) -> None: ...
    def close(self) -> bool: ...
    def new_record(self) -> None: ...
    def say(self, text: str, kind: str = "info") -> None: ...
    def leave_all(self, then: Callable[[], None]) -> None: ...
    def _show_kind(self, kind: str) -> None: ...
    def _update_read_only(self) -> None: ...
    def open_record(self, table: str, record_id: str) -> None: ...


def tr(text: str) -> str:
    return QCoreApplication.translate("EditorActions", text)


def build_actions(window: EditorWindow) -> dict[str, QAction]:
    actions: dict[str, QAction] = {}

    def action(name: str, text: str, slot: Any, keys: Any = None) -> QAction:
        item = QAction(text, window)
        item.setObjectName(f"action_{name}")
        if keys is not None:
            item.setShortcuts(sequences(keys if isinstance(keys, list) else [keys]))
        item.triggered.connect(slot)
        window.addAction(item)
        actions[name] = item
        return item

    std = QKeySequence.StandardKey
    file_menu = window.menuBar().addMenu(tr("&File"))
    file_menu.addAction(action("new", tr("&New record"), window.new_record, std.New))
    file_menu.addAction(action("save", tr("&Save"), lambda: window.session and
                               window.session.save(), std.Save))
    file_menu.addAction(action("delete", tr("&Delete…"), lambda: window.session and
                               window.session.delete_current(), "Ctrl+Delete"))
    file_menu.addSeparator()
    file_menu.addAction(action("backup", tr("&Back up…"), lambda: back_up(window)))
    file_menu.addAction(action("backup_keep", tr("Backups to &keep…"),
                               lambda: ask_backups_keep(window)))
    file_menu.addAction(action("restore", tr("&Restore from backup…"),
                               lambda: restore_from_backup(window)))
    file_menu.addSeparator()
    file_menu.addAction(action("curator", tr("Your &name…"),
                               lambda: curator_name.change_name(window)))
    file_menu.addSeparator()
    file_menu.addAction(action("close", tr("&Close editor"), window.close, std.Close))

    edit_menu = window.menuBar().addMenu(tr("&Edit"))
    undo = window.undo_group.createUndoAction(window, tr("&Undo"))
    undo.setObjectName("action_undo")
    undo.setShortcuts(sequences([std.Undo]))
    redo = window.undo_group.createRedoAction(window, tr("&Redo"))
    redo.setObjectName("action_redo")
    redo.setShortcuts(sequences(REDO_KEYS))  # each key once: a twice-bound key does nothing
    for item in (undo, redo):
        window.addAction(item)
        edit_menu.addAction(item)
    actions["undo"], actions["redo"] = undo, redo
    edit_menu.addSeparator()
    edit_menu.addAction(action("batch", tr("Set a field on selected &works…"),
                               lambda: window.batch.ask_and_apply(window.panel.selected_ids(),
                                                                  window)))
    batch_undo = window.batch.stack.createUndoAction(window, tr("Undo batch change"))
    batch_redo = window.batch.stack.createRedoAction(window, tr("Redo batch change"))
    batch_undo.setObjectName("action_batch_undo")
    batch_redo.setObjectName("action_batch_redo")
    edit_menu.addAction(batch_undo)
    edit_menu.addAction(batch_redo)
    actions["batch_undo"], actions["batch_redo"] = batch_undo, batch_redo

    view_menu = window.menuBar().addMenu(tr("&View"))
    dock_toggle = window.undo_dock.toggleViewAction()
    dock_toggle.setText(tr("&Undo history"))
    view_menu.addAction(dock_toggle)
    worklist = window.worklist_dock.toggleViewAction()
    worklist.setText(tr("&Worklist"))
    worklist.setObjectName("action_worklist")
    actions["worklist"] = worklist
    view_menu.addAction(worklist)
    view_menu.addSeparator()
    view_menu.addAction(action("next_tab", tr("&Next tab"), lambda: switch_tab(window, 1),
                               "Ctrl+PgDown"))
    view_menu.addAction(action("previous_tab", tr("&Previous tab"),
                               lambda: switch_tab(window, -1), "Ctrl+PgUp"))
    return actions


def switch_tab(window: EditorWindow, step: int) -> None:
    """Ctrl+PgDown / Ctrl+PgUp: the next or previous tab of the form in front (wrapping)."""
    tabs = getattr(window.session.form, "tabs", None) if window.session else None
    if tabs is not None and tabs.count():
        tabs.setCurrentIndex((tabs.currentIndex() + step) % tabs.count())


def back_up(window: EditorWindow) -> None:
    keep = int(window.prefs.get("edit/backups_keep"))

    def done(path: Path) -> None:
        window.context.prompts.inform(window, tr("Backed up"), tr(
            "The catalog was backed up to\n%s\n\nThe newest %d backups are kept in that "
            "folder (File ▸ Backups to keep…).") % (path, keep))
        window.say(tr("Backed up to %s") % path)

    window.context.service.call(lambda c: c.backup(keep=keep), done,
                                lambda e: window.say(tr("Not backed up — %s") % e, "error"))


def ask_backups_keep(window: EditorWindow) -> None:
    current = int(window.prefs.get("edit/backups_keep"))
    number = window.context.prompts.ask_int(window, tr("Backups to keep"),
                                            tr("Keep this many of the newest backups:"),
                                            current, 1, 1000)
    if number is not None:
        window.prefs.set("edit/backups_keep", number)


def restore_from_backup(window: EditorWindow) -> None:
    catalog = window.context.service.catalog
    if catalog.on_server:  # never replaced here: restored into a new database
        _server_restore(window)
        return
    dialog = RestoreDialog(window.catalog_path, window)
    try:
        if not window.context.prompts.run(dialog):
            return
        chosen = dialog.chosen()
    finally:
        dialog.deleteLater()
    if chosen is None:
        return
    if not window.context.prompts.confirm(window, tr("Restore from backup"), tr(
            "Replace the catalog with the backup “%s”? The current catalog is kept as a "
            "backup first.") % chosen.name, tr("Restore")):
        return
    busy = writers.other_writers(window.catalog_path)
    if busy:  # refused before this window lets go of its records or its connection
        _refuse_restore(window, busy)
        return
    window.leave_all(lambda: _replace_catalog(window, chosen))


def _server_restore(window: EditorWindow) -> None:
    from ...catalog.location import display_name
    from ...catalog.pg.backup import folder_of, list_server_backups
    from .server_restore import ServerRestoreDialog

    def found(got: tuple[list[Path], Path, str, Path]) -> None:
        dialog = ServerRestoreDialog(*got, parent=window)
        try:
            window.context.prompts.run(dialog)
        finally:
            dialog.deleteLater()

    window.context.service.call(
        lambda c: (list_server_backups(c.connection), folder_of(c.connection),
                   display_name(c.location), c.images_dir), found,
        lambda e: window.say(tr("Cannot list the server's backups — %s") % e, "error"))


def _replace_catalog(window: EditorWindow, chosen: Path) -> None:
    context = window.context
    session = window.session
    shown = (window.kind, session.model.record_id) if session and session.model.loaded \
        and not session.model.is_new else None
    context.service.shutdown()  # close our connection before the file is replaced

    def reopen(done: Restored | None, error: BaseException | None = None) -> None:
        kept = done.safety_copy if done else None
        catalog = Catalog.open(window.catalog_path, who=window._who)
        context.set_service(CatalogService(catalog, context.synchronous))
        window.external.forget()  # a new connection counts its own data versions
        for session in window.sessions.values():
            session.close_record()
        context.lookups.refresh()
        window._show_kind(window.kind)
        window._update_read_only()
        damage_notice.check(window)  # a restored catalog clears the damage banner
        if shown is not None:  # the record it showed, as the restored catalog holds it
            window.open_record(*shown)
        if isinstance(error, CatalogBusy) and error.pids:
            _refuse_restore(window, error.pids)  # a writer opened it meanwhile
        elif error is not None:
            window.say(tr("Not restored — %s. The catalog is as it was.") % error, "error")
            context.prompts.warn(window, tr("Not restored"), tr(
                "Not restored — %s. The catalog is as it was.") % error)
        else:
            window.say(tr("Restored from %s; the replaced catalog is kept as %s.")
                       % (chosen.name, kept.name if kept else "—"), "info")
            context.prompts.inform(window, tr("Restored"), tr(
                "The catalog was restored from\n%s\n\nThe catalog it replaced is kept as\n%s")
                % (chosen, kept))

    context.pool.submit(lambda: restore(chosen, window.catalog_path), reopen,
                        lambda error: reopen(None, error))


def _refuse_restore(window: EditorWindow, pids: list[int]) -> None:
    """Say who holds the catalog, in the banner and in a box that later notices (another
    window editing the same record) cannot cover."""
    text = tr("Not restored: the catalog is open for writing by %s. Close it there first, then "
              "restore again. Nothing was changed.") % writers.describe(pids)
    window.say(text, "error")
    window.context.prompts.warn(window, tr("Not restored"), text)
