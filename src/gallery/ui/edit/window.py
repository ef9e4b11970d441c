"""The catalog editor window: the record list on the left, the form, undo history, banners.

A separate window from the visitors' browser, with its own catalog connection. One editing
session per kind of record, each with its own undo stack, gathered in a QUndoGroup so Ctrl+Z
always acts on the form in front. Nothing typed is lost by moving on: switching record or kind,
and closing, first commit the focused editor and then save or ask.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QByteArray, QCoreApplication, Signal
from PySide6.QtGui import QCloseEvent, QUndoGroup
from PySide6.QtWidgets import (
    QMainWindow,
    QStackedWidget,
    QWidget,
)

from ...catalog.drafts import DraftStore, DraftWriter
from ...catalog.location import location, short_name
from ...catalog.store import Catalog
from ..error_words import read_only_reason as read_only_words
from ..menu_keys import MenuKeys
from ..workers import CatalogService, ImagePool
from . import curator_name, damage_notice, opening, startup_drafts, window_layout, worklist_view
from .actions import build_actions
from .batch import BatchEditor
from .context import EditorContext, Prefs
from .empty_state import EmptyState
from .external import ExternalChanges
from .prompts import Prompts
from .records_list import RecordsPanel, row_for
from .recordtools import EDITABLE_TABLES
from .session import EditSession
from .simple_forms import SimpleForm
from .style import STYLE, palette
from .trash import TrashPanel
from .work_form import WorkForm


class EditorWindow(QMainWindow):
    draftError = Signal(str)

    def __init__(self, catalog_path: str | Path, parent: QWidget | None = None, *,
                 prompts: Prompts | None = None, synchronous: bool = False,
                 drafts_root: Path | None = None, mounts_text: str | None = None,
                 who: str | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("editorWindow")
        self.catalog_path = Path(catalog_path)
        self.catalog_name = short_name(catalog_path)
        self._who = who
        catalog = Catalog.open(location(catalog_path), who=who)
        self.prefs = Prefs()
        self.context = EditorContext(self.catalog_path, CatalogService(catalog, synchronous),
                                     prompts or Prompts(), ImagePool(synchronous),
                                     self.prefs, synchronous)
        self.drafts = DraftStore(self.catalog_path, root=drafts_root)
        self.writer = DraftWriter(self.drafts, synchronous,
                                  on_error=lambda e: self.draftError.emit(str(e)))
        self.draftError.connect(self._draft_failed)
        self.undo_group = QUndoGroup(self)
        self.sessions: dict[str, EditSession] = {}
        self.forms = QStackedWidget()
        self.forms.setObjectName("forms")
        self.empty_state = EmptyState()
        self.forms.addWidget(self.empty_state)
        for table in EDITABLE_TABLES:
            self._add_session(table)
        self.trash = TrashPanel(self.context)
        self.trash.restored.connect(self._restored_from_trash)
        self.trash.message.connect(self.say)
        self.forms.addWidget(self.trash)
        self.batch = BatchEditor(self.context, self)
        self.batch.changed.connect(self._batch_changed)
        self.batch.message.connect(self.say)
        self.panel = RecordsPanel(self.context)
        self.panel.openRequested.connect(self.request_open)
        self.panel.kindChanged.connect(self.request_kind)
        self.kind = "works"
        self._closing_ok = False
        self._build_layout(mounts_text)
        self.worklist_dock = worklist_view.install(self)
        self.actions_by_name = build_actions(self)
        self.menu_keys = MenuKeys(self)  # F10; Alt+A opens «Файл» on any keyboard layout
        self.setPalette(palette())
        self.setStyleSheet(STYLE)
        geometry = self.prefs.get("edit/geometry")
        if geometry:
            self.restoreGeometry(QByteArray(geometry))
        self._show_kind("works")
        app = QCoreApplication.instance()
        if app is not None:  # quitting the whole app skips closeEvent: keep drafts at least
            app.aboutToQuit.connect(self.keep_drafts_now)
        self.context.lookups.refresh()
        self._update_read_only()
        self._update_title()
        self.external = ExternalChanges(self)  # saves made in other windows show up here

    # -- building ----------------------------------------------------------------------------
    def _add_session(self, table: str) -> None:
        def form(model: Any, stack: Any) -> Any:
            cls = WorkForm if table == "works" else SimpleForm
            return cls(model, stack, self.context)

        session = EditSession(table, self.context, self.writer, form, self)
        session.saved.connect(self._saved)
        session.deleted.connect(self._deleted)
        session.message.connect(self.say)
        session.saveFailed.connect(self._reselect_current)
        session.connectionLost.connect(
            lambda then, session=session: self.external.connection_lost(session, then))
        session.opened.connect(self._opened)
        session.stateChanged.connect(self._update_title)
        session.problemsFixed.connect(self._problems_fixed)
        session.problemsDropped.connect(self._problems_dropped)
        session.openRequested.connect(lambda table, record_id, field: opening.open_at(
            self, table, record_id, field))
        session.form_built.append(self._form_built)
        # Opening, making or closing a record swaps the form and the empty state.
        session.model.recordLoaded.connect(lambda t=table: self._show_front(t))
        self.undo_group.addStack(session.stack)
        self.sessions[table] = session

    def _form_built(self, form: Any) -> None:
        form.historyRequested.connect(self._show_history)
        self.forms.addWidget(form)

    def _build_layout(self, mounts_text: str | None) -> None:
        window_layout.build(self, mounts_text)

    # -- state -----------------------------------------------------------------------------
    @property
    def session(self) -> EditSession | None:
        return self.sessions.get(self.kind)

    @property
    def work_form(self) -> WorkForm:
        return self.sessions["works"].form  # type: ignore[return-value]

    def say(self, text: str, kind: str = "info") -> None:
        if kind in ("error", "warning"):
            self.message_banner.say(text, kind)
        else:
            self.message_banner.hide()
            self.statusBar().showMessage(text, 8000)

    def _problems_fixed(self, said: str) -> None:
        if self.message_banner.isVisible() and self.message_banner.text() == said:
            self.message_banner.hide()
            self.statusBar().showMessage(self.tr("The problems are fixed; save when ready."),
                                         8000)

    def _problems_dropped(self, said: str) -> None:
        if self.message_banner.isVisible() and self.message_banner.text() == said:
            self.message_banner.hide()

    def _draft_failed(self, text: str) -> None:
        self.say(self.tr("Your unsaved edit could not be kept as a draft: %s") % text, "error")

    def _update_read_only(self) -> None:
        reason = self.context.read_only_reason
        self.read_only_banner.say(self.tr("Read-only: %s. You can look, but not change "
                                          "anything.") % read_only_words(reason)
                                  if reason else None)
        for session in self.sessions.values():
            session.set_read_only(bool(reason))
        self.trash.set_read_only(bool(reason))
        self._update_actions()

    def _update_title(self) -> None:
        session = self.session
        title = session.title() if session and session.model.loaded else ""
        name = self.catalog_name
        self.setWindowTitle(" — ".join(x for x in (
            f"{title}[*]" if title else "", name, self.tr("Catalog editor")) if x)
            + ("" if title else "[*]"))
        self.setWindowModified(bool(session and session.dirty))
        self._update_actions()

    def _update_actions(self) -> None:
        actions = getattr(self, "actions_by_name", None)
        if not actions:
            return
        session = self.session
        writable = not self.context.read_only_reason
        loaded = bool(session and session.model.loaded)
        actions["save"].setEnabled(writable and loaded and bool(session and session.dirty))
        actions["new"].setEnabled(writable)
        actions["delete"].setEnabled(writable and loaded)
        actions["batch"].setEnabled(writable and self.kind == "works")
        for name in ("backup_keep", "restore"):
            actions[name].setEnabled(writable)
        for name in ("next_tab", "previous_tab"):  # only the work form has tabs
            actions[name].setEnabled(self.kind == "works")

    # -- moving around ---------------------------------------------------------------------
    def request_open(self, record_id: str) -> None:
        if self.kind == "trash":
            self.trash.show_work(record_id)
            return
        session = self.sessions[self.kind]
        if session.model.loaded and not session.model.is_new \
                and session.model.record_id == record_id:
            return
        if not session.maybe_leave(lambda: session.open(record_id)):
            self._reselect_current()

    def showing(self) -> tuple[str, str] | None:
        """The stored record this window shows (None: none, a new one, or the trash)."""
        session = self.session
        if session is None or not session.model.loaded or session.model.is_new:
            return None
        return self.kind, session.model.record_id

    def _opened(self, table: str, record_id: str) -> None:
        self.presence.follow()
        if table == self.kind and self.panel.current_id() != record_id:
            self.panel.select(record_id)

    def _reselect_current(self) -> None:
        session = self.session
        current = session.model.record_id if session and session.model.loaded else None
        self.panel.select(current if session and not session.model.is_new else None)

    def open_record(self, table: str, record_id: str) -> None:
        """Show `record_id` of `table` (asks about unsaved edits first)."""
        def go() -> None:
            self.panel.reload(lambda: self.panel.select(record_id))
            self.request_open(record_id)

        if table != self.kind:
            self.panel.set_kind(table)
            if self.kind != table:
                return  # the curator cancelled leaving the current form
        go()

    def _show_front(self, table: str) -> None:
        """The kind's form while it holds a record (built then), else the empty state."""
        if table != self.kind:
            return
        session = self.sessions[table]
        self.forms.setCurrentWidget(session.form if session.model.loaded
                                    else self.empty_state)
        self.presence.follow()  # a new record, or none, is no longer the one open elsewhere

    def request_kind(self, kind: str) -> None:
        old = self.session
        if old is None or not old.maybe_leave(lambda: self._show_kind(kind)):
            if old is not None:
                self.panel.revert_kind(self.kind)
            else:
                self._show_kind(kind)

    def _show_kind(self, kind: str) -> None:
        self.kind = kind
        self.panel.revert_kind(kind)
        session = self.sessions.get(kind)
        if session is not None:
            self._show_front(kind)
            self.undo_group.setActiveStack(session.stack)
        else:
            self.forms.setCurrentWidget(self.trash)
            self.trash.show_work(None)
            self.undo_group.setActiveStack(None)
            self.presence.follow()
        self.panel.reload()
        self._mark_drafts()
        self._update_title()

    def new_record(self) -> None:
        if self.kind == "trash":
            self.panel.set_kind("works")
            if self.kind == "trash":
                return
        session = self.sessions[self.kind]
        if session.maybe_leave(session.new):
            self.panel.select(None)
            session.form.setFocus()

    def _show_history(self, _field: str) -> None:
        session = self.session
        if session is not None and isinstance(session.form, WorkForm):
            session.form.show_tab("History")

    # -- results -----------------------------------------------------------------------------
    def _saved(self, table: str, stored: dict[str, Any], _created: bool) -> None:
        if table == self.kind:
            self.panel.model.update_row(row_for(table, stored))
            self.panel.select(stored["id"])
        if table != "works":
            self.context.lookups.refresh((table,))
        self._mark_drafts()

    def _deleted(self, table: str, record_id: str) -> None:
        if table == self.kind:
            self.panel.model.remove_row(record_id)
        self.say(self.tr("Moved to the trash.") if table == "works"
                 else self.tr("Deleted."))

    def _restored_from_trash(self, work_id: str) -> None:
        self.say(self.tr("Restored from the trash."))
        self.panel.model.remove_row(work_id)
        self.trash.show_work(None)

    def _batch_changed(self, ids: list[str]) -> None:
        session = self.sessions["works"]
        if self.kind == "works":
            self.panel.reload()
        if session.model.loaded and session.model.record_id in ids and not session.dirty:
            session.open(session.model.record_id)

    def _mark_drafts(self) -> None:
        keys = {d.key for d in self.drafts.orphans() if d.table == self.kind}
        self.panel.model.set_drafts(keys)

    # -- drafts from an earlier session ---------------------------------------------------
    def start(self, work_id: str | None = None, table: str = "works") -> None:
        """Show record `work_id` of `table`, or the newest draft a closed or crashed editor
        left behind; offer every other such draft too (startup_drafts)."""
        curator_name.ask_if_unknown(self)
        damage_notice.check(self)
        startup_drafts.offer_all(self, work_id, table)

    # -- closing -----------------------------------------------------------------------------
    def keep_drafts_now(self) -> None:
        """Write every unsaved edit to its draft at once and wait for the disk."""
        for session in self.sessions.values():
            if session.dirty:
                session.write_draft_now()
        self.writer.flush()

    def leave_all(self, then: Callable[[], None]) -> None:
        """Ask about every session with unsaved edits, one after another; then `then()`."""
        pending = [s for s in self.sessions.values()
                   if (s.has_form and s.form.flush()) or s.dirty]

        def next_one() -> None:
            if not pending:
                then()
                return
            session = pending.pop(0)
            if session.table != self.kind:
                self._show_kind(session.table)
            session.maybe_leave(next_one)

        next_one()

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self._closing_ok:
            # Ask about unsaved work first. If every answer came at once, close now; if a save
            # is still running, close when it is done; if the curator cancelled, stay open.
            state = {"inside": True, "left": False}

            def left() -> None:
                if state["inside"]:
                    state["left"] = True
                else:
                    self._really_close()

            self.leave_all(left)
            state["inside"] = False
            if not state["left"]:
                event.ignore()
                return
            self._closing_ok = True
        self.prefs.set("edit/geometry", bytes(self.saveGeometry().data()))
        for session in self.sessions.values():
            session._draft_timer.stop()
        self.writer.close()
        self.external.stop()
        self.drafts.close_all()
        self.context.pool.wait()
        self.context.service.shutdown()
        event.accept()

    def _really_close(self) -> None:
        self._closing_ok = True
        self.close()
