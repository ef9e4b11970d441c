"""What stands in the way of a save, said once in the banner and beside each field: refusing
a save with its problems, dropping the banner with the edit it was about, checking again
after each edit (the banner goes once nothing is left, or names what now remains), and a
typed date that disagrees with its range.

The session keeps the state (`_problems_said`, `_said_found`); these functions read and
write it, as session_drafts and session_changes do for theirs.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication

from ..numerus import numbered
from .date_field import DATE_FIELDS, date_check, event_date_problems
from .labels import field_label
from .recordtools import problems, unnamed_agents

# The session (session.EditSession) is passed in, never imported: it imports this module.
Session = Any


def tr(text: str) -> str:
    """The session's words, in its own translation context (as EditSession.tr would)."""
    return QCoreApplication.translate("EditSession", text)


def refuse(session: Session, found: dict[str, str]) -> None:
    """The save is refused: say why, beside each field and in the banner."""
    session.saveFailed.emit()
    say(session, found)


def say(session: Session, found: dict[str, str]) -> None:
    session._said_found = dict(found)
    session.form.show_problems(found)
    said = session.problems_text(len(found)).replace("%1", ", ".join(field_names(found)))
    session._problems_said = numbered(said, len(found))
    session.message.emit(session._problems_said, "error")


def field_names(found: dict[str, str]) -> list[str]:
    """The fields of `found` as the form labels them ('Title (Russian)', not 'title_ru'),
    in the language the interface speaks now."""
    names: list[str] = []
    for key in found:
        name = field_label(key.split("[")[0].split(".")[0])
        if name not in names:
            names.append(name)
    return names


def drop(session: Session) -> None:
    """The banner about problems goes with the edit they were found in."""
    if session._problems_said:
        said, session._problems_said = session._problems_said, ""
        session.problemsDropped.emit(said)


def recheck(session: Session) -> None:
    """Once the form holds no problem a save would refuse, the banner goes."""
    record = session.model.snapshot()
    if session.model.is_new and not session.model.record_id:
        record["id"] = session._suggest_id()  # as the save will fill it
    found = problems(session.table, record)
    found.update(unnamed_agents(session.table, record, session.model.base,
                                session.context.lookups.agent_ids()))
    if session.table == "works":
        found.update(event_date_problems(record, session.model.base))
    if not found:
        said, session._problems_said = session._problems_said, ""
        session.problemsFixed.emit(said)
    elif set(field_names(found)) != set(field_names(session._said_found)):
        say(session, found)  # one fixed, another now in the way: name that one


def date_agreed(session: Session, record: dict[str, Any]) -> bool:
    """A date typed in this session must be readable, and its range agree with it (or the
    curator says to save anyway). A stored date left untouched is not judged."""
    if session.table == "works":
        unreadable = event_date_problems(record, session.model.base)
        if unreadable:
            refuse(session, unreadable)
            return False
    fields = DATE_FIELDS.get(session.table)
    if fields is None or not set(fields) & session.model.edited_fields():
        return True
    refused, disagrees = date_check(session.table, record)
    if refused:
        refuse(session, {fields[0]: refused})
        return False
    if disagrees and not session.context.prompts.confirm(
            session.form, tr("The date and its range disagree"),
            disagrees + "\n\n" + tr("Save anyway?"), tr("Save anyway")):
        session.saveFailed.emit()
        session.message.emit(tr("Not saved: the date and its range disagree."), "error")
        return False
    return True
