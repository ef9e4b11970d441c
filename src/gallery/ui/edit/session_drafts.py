"""A session's drafts: written a moment after each edit, offered back after a crash.

A recovered draft is laid over the record as it is stored now: the fields the curator edited
take the draft's values, the others keep what was saved since (never an older value shown as
if current), and a field that both the draft and a later save changed is named in a warning —
saving it meets the conflict dialog, which presets the draft's side there.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from PySide6.QtCore import QCoreApplication

from ...catalog.bilingual import pick
from ...catalog.drafts import Draft
from ...catalog.history_report import when_text
from ...catalog.records import TITLE_COLUMN
from ...catalog.wordcut import head
from ..i18n import current_language
from ..plain import shown
from .commands import ReplaceContent
from .labels import field_label
from .recordtools import comparable

# The session (session.EditSession) is passed in, never imported: it imports this module.
Session = Any


def tr(text: str) -> str:
    return QCoreApplication.translate("Drafts", text)


def write_now(session: Session) -> None:
    session._draft_timer.stop()
    model = session.model
    if not model.loaded or not model.key:
        return
    if session.stack.isClean():
        session.writer.delete(session.table, model.key)
    else:
        session.writer.write(Draft(session.table, model.key, model.snapshot(),
                                   model.base_version, who=session.context.who,
                                   base=comparable(session.table, model.base)
                                   if not model.is_new else None))


TITLE_LENGTH = 80  # characters of a title quoted in a question


def when_said(draft: Draft) -> str:
    """'8 December 2026, 00:19 UTC, by Anna Petrova': when it was last edited, by whom."""
    at = datetime.fromtimestamp(draft.saved_at, UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
    when = when_text(at, current_language())
    return tr("%s, by %s") % (when, draft.who) if draft.who else when


def draft_title(draft: Draft) -> str:
    """The title in the reader's language, on one line and cut at a word: a question box
    quoting a 10,000-character title whole grows past the screen."""
    title = pick(draft.record, TITLE_COLUMN[draft.table], current_language())
    return head(" ".join(shown(title or draft.key).split()), TITLE_LENGTH)


def offer(session: Session, draft: Draft) -> None:
    """Ask whether to recover a draft of the record now open (or a new one): when it was
    last edited (the reader's time) and by whom."""
    when = when_said(draft)
    what = head(" ".join(shown(_draft_title(session, draft)).split()), TITLE_LENGTH)
    answer = session.context.prompts.ask_recover(session.form, what, when)
    if answer == "recover":
        recover(session, draft)
        session.write_draft_now()  # the recovered edit is this window's draft from now on
    session.writer.discard(draft)  # the closed window's file: recovered or refused


def _draft_title(session: Session, draft: Draft) -> str:
    """The draft's title in the reader's language; when the draft has no Russian one (it was
    begun before someone gave the record its Russian title), the saved record's, then the
    draft's English title."""
    column, lang = TITLE_COLUMN[session.table], current_language()
    model = session.model
    saved = model.base if model.loaded and not model.is_new \
        and model.record_id == draft.key else {}
    ru = f"{column}_ru"
    if lang == "ru" and not draft.record.get(ru) and saved.get(ru):
        return str(saved[ru])
    return str(pick(draft.record, column, lang) or draft.key)


def recover(session: Session, draft: Draft) -> None:
    model, table = session.model, session.table
    if draft.is_new:
        model.load(draft.record, None, key=draft.key)
        session.stack.clear()
        session.stack.resetClean()  # never saved: unsaved until its first save
        session.message.emit(tr("Recovered unsaved changes to “%s”. Save to keep them.")
                             % session.title(), "info")
        return
    mine = comparable(table, draft.record)
    base = draft.base or comparable(table, model.base)
    stored = comparable(table, model.base)
    content = {f: (v if v != base.get(f) else stored.get(f)) for f, v in mine.items()}
    both = [f for f, v in mine.items()
            if v != base.get(f) and stored.get(f) != base.get(f) and stored.get(f) != v]
    session.stack.push(ReplaceContent(model, content, tr("Recovered draft")))
    # Build on what the edit started from: if the record was saved by someone since, the
    # save meets a Conflict and the dialog presets "mine" only where I edited.
    model.set_base(draft.base or model.base, draft.base_version)
    if both:
        session.message.emit(tr(
            "Recovered unsaved changes to “%s”. It was saved by someone else since the draft "
            "was begun; these fields hold the draft's value, not the newer saved one: %s. "
            "Saving asks which to keep.") % (session.title(),
                                             ", ".join(field_label(f) for f in both)),
            "warning")
    else:
        session.message.emit(tr("Recovered unsaved changes to “%s”. Save to keep them.")
                             % session.title(), "info")
