"""Before a new person or organisation is first saved: a namesake the form warns about is
confirmed, and an empty Russian name is pointed out — each a question whose safe answer
(back to editing) is the default, so Enter never saves a duplicate."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication

from ..plain import shown
from .newrecord import NAMED_TABLES

# The session (session.EditSession) is passed in, never imported: it imports this module.
Session = Any


def tr(text: str) -> str:
    return QCoreApplication.translate("NewPersonChecks", text)


def agreed(session: Session, record: dict[str, Any]) -> bool:
    """True when the save may go on; False when the curator went back to editing."""
    if session.table not in NAMED_TABLES or not session.model.is_new:
        return True
    prompts, form = session.context.prompts, session.form
    twins = getattr(form, "twins", None)
    matches = list(twins.banner.matches) if twins is not None else []
    if matches:
        names = "; ".join(shown(" / ".join(n for n in (m.get("name"), m.get("name_ru")) if n))
                          for m in matches)
        if not prompts.confirm(form, tr("Already in the catalog"), tr(
                "The catalog already has %s. Save “%s” as a new, separate record anyway?")
                % (names, shown(str(record.get("name") or record.get("name_ru") or ""))),
                tr("Save as a new record")):
            return _back(session)
    if not str(record.get("name_ru") or "").strip() and not prompts.confirm(
            form, tr("No Russian name"), tr(
                "The Russian name is empty: Russian readers will see the English name "
                "instead. Save without it?"), tr("Save without it")):
        return _back(session)
    return True


def _back(session: Session) -> bool:
    session.saveFailed.emit()
    session.message.emit(tr("Not saved: go on editing, then save."), "info")
    return False
