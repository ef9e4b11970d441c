"""One record type's editing session: open, edit, save, resolve conflicts, keep drafts.

The session owns the record model and its undo stack, and is the only part that saves. A save
is one `Catalog.save` transaction with the version the edit started from; a `Conflict` opens
the side-by-side dialog, an `InvalidRecord` puts each problem next to its field, and any other
catalog error (locked, disk full, read-only) is shown with the catalog unchanged and the draft
kept. A draft is written a moment after each change and deleted after a save or a discard.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QUndoStack

from ...catalog import parity
from ...catalog.bilingual import pick
from ...catalog.damage import is_damage_error
from ...catalog.drafts import Draft, DraftWriter
from ...catalog.errors import CatalogError, Conflict, InvalidRecord, ServerUnreachable
from ...catalog.quoting import fill_title
from ...catalog.records import TITLE_COLUMN
from ...catalog.wordcut import head
from ..error_words import store_line
from ..i18n import current_language
from ..plain import shown
from . import new_person_checks, session_changes, session_drafts, session_problems
from .context import EditorContext
from .damage_notice import damaged_words
from .deletion import delete_record
from .formbase import RecordForm
from .model import RecordModel
from .recordtools import problems, suggested_id, unnamed_agents
from .resolve import resolve_conflict

log = logging.getLogger(__name__)
Then = Callable[[], None] | None


class EditSession(QObject):
    saved = Signal(str, dict, bool)   # table, stored record, created
    deleted = Signal(str, str)        # table, record id
    message = Signal(str, str)        # text, kind ("info" | "error")
    saveFailed = Signal()
    connectionLost = Signal(object)   # a save met a broken server connection: `then`
    opened = Signal(str, str)         # table, record id
    stateChanged = Signal()           # title, clean state or busy changed
    problemsFixed = Signal(str)       # the "Not saved: N problems" text that no longer holds
    problemsDropped = Signal(str)     # that text, after a discard or another record opened
    openRequested = Signal(str, str, str)  # table, id, field: show a linking record there

    def __init__(self, table: str, context: EditorContext, writer: DraftWriter,
                 form_factory: Callable[[RecordModel, QUndoStack], RecordForm],
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.table, self.context, self.writer = table, context, writer
        self.model = RecordModel(table, self)
        self.stack = QUndoStack(self)
        # The form is built when first needed (shown, or asked for): six forms at start held
        # the editor's first paint back by seconds (issue 22).
        self._form_factory = form_factory
        self._form: RecordForm | None = None
        self.form_built: list[Callable[[RecordForm], None]] = []  # told once, when it is
        self.busy = False
        self.read_only = False
        self._problems_said = ""  # the last "Not saved: N problems" message, while it holds
        self._said_found: dict[str, str] = {}  # the problems that message names
        self._draft_timer = QTimer(self)
        self._draft_timer.setSingleShot(True)
        self._draft_timer.setInterval(int(context.prefs.get("edit/draft_delay_ms")))
        self._draft_timer.timeout.connect(self.write_draft_now)
        self.stack.indexChanged.connect(self._changed)
        self.stack.cleanChanged.connect(self._clean_changed)
        self.model.fieldChanged.connect(self._field_changed)

    @property
    def form(self) -> RecordForm:
        if self._form is None:
            self._form = form = self._form_factory(self.model, self.stack)
            form.confirmRequested.connect(self.confirm_parity)
            history = getattr(form, "history", None)
            if history is not None:
                history.revertRecord.connect(self.revert_record)
                history.revertField.connect(self.revert_field)
            twins = getattr(form, "twins", None)
            if twins is not None:  # the new person's namesake, opened instead
                twins.openRequested.connect(lambda t, i: self.openRequested.emit(t, i, ""))
            image = getattr(form, "image", None)
            if image is not None:
                image.imported.connect(self._image_imported)
            if self.read_only:
                form.set_read_only(True)
            if self.model.loaded:  # opened before it was built: its fields catch up
                self.model.recordLoaded.emit()
            for told in self.form_built:
                told(form)
        return self._form

    @property
    def has_form(self) -> bool:
        return self._form is not None

    # -- state -----------------------------------------------------------------------------
    @property
    def dirty(self) -> bool:
        return self.model.loaded and not self.stack.isClean()

    def title(self) -> str:
        r = self.model.record
        # the Russian title (or name) in the Russian interface, where the record has one
        text = pick(r, TITLE_COLUMN[self.table], current_language()) or r.get("id") or ""
        return head(" ".join(shown(text).split()), 80) or self.tr("New record")

    def set_read_only(self, read_only: bool) -> None:
        self.read_only = read_only
        if self._form is not None:
            self._form.set_read_only(read_only)

    def _clean_changed(self, _clean: bool) -> None:
        self.stateChanged.emit()

    def _field_changed(self, field: str) -> None:
        column = TITLE_COLUMN[self.table]
        if field in (column, f"{column}_ru", "id"):
            self.stateChanged.emit()

    def _changed(self, _index: int) -> None:
        # Not restarted by each keystroke: steady typing still reaches the draft in time.
        if not self._draft_timer.isActive():
            self._draft_timer.start()
        if self._problems_said:
            self._recheck_problems()

    # -- drafts (session_drafts.py) -----------------------------------------------------
    def write_draft_now(self) -> None:
        session_drafts.write_now(self)

    def _drop_draft(self, key: str | None = None) -> None:
        self._draft_timer.stop()
        if key or self.model.key:
            self.writer.delete(self.table, key or self.model.key)

    def offer_draft(self, draft: Draft) -> None:
        session_drafts.offer(self, draft)

    def recover(self, draft: Draft) -> None:
        session_drafts.recover(self, draft)

    # -- opening ---------------------------------------------------------------------------
    def open(self, record_id: str, then: Then = None) -> None:
        table = self.table

        def load(catalog: Any) -> tuple[dict[str, Any], dict[str, Any], dict[str, int]]:
            record = catalog.get(record_id) if table == "works" else catalog.get_record(
                table, record_id)
            return record, catalog.blame(record_id, table), parity.last_touched(
                catalog, table, record_id)

        def loaded(result: tuple[dict[str, Any], dict[str, Any], dict[str, int]]) -> None:
            record, blame, touched = result
            self._mark_closed()
            self._drop_problems()
            self.model.load(record, record["version"])
            store = self.writer.store
            store.mark_open(table, record_id, self.context.who)
            self.stack.clear()
            self.form.set_history(blame, touched)
            self._reload_history()
            self.opened.emit(table, record_id)
            elsewhere = store.open_elsewhere(table, record_id)
            if elsewhere:
                who = ", ".join(sorted({o.who or self.tr("process %s") % o.pid
                                        for o in elsewhere}))
                self.message.emit(self.tr(
                    "“%s” is being edited in another window too (by %s). Save in one "
                    "window only: the other save will meet a conflict.") % (self.title(), who),
                    "warning")
            draft = store.recoverable(table, record_id)  # only a closed window's draft
            if draft is not None:
                self.offer_draft(draft)
            self.stateChanged.emit()
            if then:
                then()

        self.context.service.call(load, loaded, self._failed_to_open)

    def _failed_to_open(self, error: BaseException) -> None:
        self.message.emit(self.tr("Could not open the record: %s") % error, "error")

    def new(self, initial: dict[str, Any] | None = None) -> None:
        record: dict[str, Any] = dict(initial or {})
        if self.table == "works":
            record.setdefault("confidence", "medium")
            record.setdefault("date_certainty", "unknown")
            record.setdefault("provenance", [])
        self._drop_problems()
        self.model.load(record, None)
        self.stack.clear()
        self.stack.resetClean()  # a new record is unsaved until its first save
        self.form.set_history({}, {})
        self._reload_history()
        self.stateChanged.emit()

    def _mark_closed(self) -> None:
        if self.model.loaded and not self.model.is_new and self.model.record_id:
            self.writer.store.mark_closed(self.table, self.model.record_id)

    def close_record(self) -> None:
        self._draft_timer.stop()
        self._drop_problems()
        self._mark_closed()
        self.model.unload()
        self.stack.clear()
        self.stateChanged.emit()

    def _reload_history(self) -> None:
        history = getattr(self.form, "history", None)
        if history is not None:
            history.load(self.table, None if self.model.is_new else self.model.record_id)

    def _refresh_blame(self) -> None:
        record_id, table = self.model.record_id, self.table

        def load(catalog: Any) -> tuple[dict[str, Any], dict[str, int]]:
            return catalog.blame(record_id, table), parity.last_touched(catalog, table,
                                                                        record_id)

        self.context.service.call(load, lambda r: self.form.set_history(*r))
        self._reload_history()

    # -- leaving ---------------------------------------------------------------------------
    def maybe_leave(self, then: Callable[[], None]) -> bool:
        """Before switching record or closing: commit the typed text, then ask if unsaved.

        Calls `then()` once it is fine to move on (saved, discarded or nothing to do); returns
        False if the curator cancelled.
        """
        self.form.flush()
        if not self.dirty or self.read_only:
            then()
            return True
        answer = self.context.prompts.ask_unsaved(self.form, self.title())
        if answer == "save":
            self.save(then)
            return True
        if answer == "discard":
            self.discard()
            then()
            return True
        return False

    def discard(self) -> None:
        """Drop the unsaved edit; the record is shown again as the catalog now holds it."""
        self._drop_draft()
        self._drop_problems()
        self.form.show_problems({})
        if self.model.is_new:
            self.close_record()
            return
        record_id = self.model.record_id
        self.model.load(self.model.base, self.model.base_version)
        self.stack.clear()
        self.stateChanged.emit()
        self.open(record_id)  # someone may have saved it meanwhile

    # -- saving ----------------------------------------------------------------------------
    def save(self, then: Then = None) -> None:
        self.form.flush()
        if self.read_only or self.busy or not self.model.loaded:
            return
        record, base, table = self.model.snapshot(), self.model.base_version, self.table
        filled: tuple[str, ...] = ()
        if self.model.is_new and not self.model.record_id:
            suggested = self._suggest_id()
            if suggested:  # filled in by the save, not an edit of the curator's to undo
                record["id"], filled = suggested, ("id",)
        found = problems(self.table, record)
        found.update(unnamed_agents(self.table, record, self.model.base,
                                    self.context.lookups.agent_ids()))
        if found:
            self._invalid(found)
            return
        if not self._date_agreed(record) or not new_person_checks.agreed(self, record):
            return
        created = base is None
        old_key, index = self.model.key, self.stack.index()
        edited = self.model.edited_fields()

        def write(catalog: Any) -> dict[str, Any]:
            if filled:  # an id made from the name steps aside for a namesake's: -2, -3…
                record["id"] = catalog.free_id(table, record["id"])
            if table == "works":
                # The medium and support lines are generated from the terms and notes; sent
                # back, the store would take them for free text typed by an older client.
                return catalog.save({k: v for k, v in record.items()
                                     if k not in ("medium", "support")}, base)
            return catalog.save_record(table, record, base)

        def done(stored: dict[str, Any]) -> None:
            self._set_busy(False)
            self.model.rebase(stored, filled)
            if self.stack.index() == index:
                self.stack.setClean()
                self._drop_draft(old_key)
            elif old_key != self.model.key:
                self._drop_draft(old_key)
                self.write_draft_now()
            self.form.show_problems({})
            if self._problems_said:
                self.problemsFixed.emit(self._problems_said)
                self._problems_said = ""
            self.saved.emit(table, stored, created)
            self.message.emit(fill_title(self.tr("Saved “%s”."), self.title()), "info")
            session_changes.chronology_notice(self, stored, edited)
            self._refresh_blame()
            self.stateChanged.emit()
            if then:
                then()

        self._set_busy(True)
        self.context.service.call(write, done, lambda error: self._save_failed(error, then))

    def _date_agreed(self, record: dict[str, Any]) -> bool:
        return session_problems.date_agreed(self, record)

    def _suggest_id(self) -> str:
        return suggested_id(self.table, self.model.record)

    def _set_busy(self, busy: bool) -> None:
        self.busy = busy
        self.stateChanged.emit()

    # -- problems (session_problems.py) ------------------------------------------------
    def _invalid(self, found: dict[str, str]) -> None:
        session_problems.refuse(self, found)

    def _drop_problems(self) -> None:
        session_problems.drop(self)

    def problems_text(self, n: int) -> str:
        # here, not in session_problems: lupdate reads a plural only from a self.tr call
        return self.tr("Not saved: %n problem(s) to fix (%1). Each is explained next to its "
                       "field.", "", n)

    def _recheck_problems(self) -> None:
        session_problems.recheck(self)

    def _save_failed(self, error: BaseException, then: Then) -> None:
        self._set_busy(False)
        if not isinstance(error, Conflict | InvalidRecord):
            self.saveFailed.emit()
        if isinstance(error, Conflict):
            resolve_conflict(self, error, then)
        elif isinstance(error, InvalidRecord):
            self._invalid(error.problems)
        elif isinstance(error, CatalogError):
            self.write_draft_now()
            self.message.emit(self.tr("Not saved — %s. The catalog is as it was, and your "
                                      "edit is kept as a draft.") % store_line(error), "error")
            if isinstance(error, ServerUnreachable):  # the editor reconnects (external.py)
                self.connectionLost.emit(then)
        elif is_damage_error(error):  # the file, not our code: no traceback, the way out
            self.write_draft_now()
            self.message.emit(self.tr("Not saved — %s Your edit is kept as a draft.")
                              % damaged_words(), "error")
        else:
            log.error("save failed", exc_info=error)
            self.write_draft_now()
            self.message.emit(self.tr("Not saved — an unexpected error: %s. Your edit is kept "
                                      "as a draft.") % error, "error")

    # -- other changes (session_changes.py) ----------------------------------------------
    def revert_record(self, state: dict[str, Any]) -> None:
        session_changes.revert_record(self, state)

    def revert_field(self, field: str, value: Any) -> None:
        session_changes.revert_field(self, field, value)

    def confirm_parity(self, field: str) -> None:
        session_changes.confirm_parity(self, field)

    def _image_imported(self, stored: dict[str, Any]) -> None:
        session_changes.image_imported(self, stored)

    def delete_current(self) -> None:
        """Move a work to the trash / delete another record, after saying what goes."""
        delete_record(self)
