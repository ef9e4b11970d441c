"""Errors the catalog raises, split by who is to blame.

`CatalogError` subclasses are the environment's or the user's doing (a wrong path, a locked or
read-only file, a newer schema, a concurrent save): the UI and CLI show their message as one
line. Anything else escaping the store is our bug and keeps its traceback.
"""

from __future__ import annotations

from typing import Any


class CatalogError(Exception):
    """A problem with the catalog file or the request, explained in one line."""


class CatalogMissing(CatalogError):
    pass


class NotACatalog(CatalogError):
    pass


class SchemaTooNew(CatalogError):
    pass


class CatalogReadOnly(CatalogError):
    pass


class CatalogLocked(CatalogError):
    pass


class CatalogBusy(CatalogError):
    """Another process holds the catalog for writing (an editor, an import): no restore.
    `pids` names the holders, for a window that words the refusal in its own language."""

    def __init__(self, message: str, pids: list[int] | None = None) -> None:
        super().__init__(message)
        self.pids = pids or []


class CatalogReplaced(CatalogError):
    """The file at the catalog's path is no longer the one this connection has open (it was
    restored or rebuilt meanwhile): a save would go into the replaced file, so none is made."""


class LoginRefused(CatalogError):
    """The server refused the login: a wrong user name or password."""


class ServerUnreachable(CatalogError):
    """The catalog's server did not answer, or a connection to it broke (pg/connection.py)."""


class NotFound(CatalogError):
    pass


class InvalidRecord(CatalogError):
    """A record failed validation; `problems` maps field name to a readable message."""

    def __init__(self, problems: dict[str, str]) -> None:
        self.problems = problems
        detail = "; ".join(f"{field}: {msg}" for field, msg in problems.items())
        super().__init__(f"the record is not valid — {detail}")


class InTrash(CatalogError):
    """The work was moved to the trash: it takes no edits until it is restored."""


class Conflict(CatalogError):
    """Someone else saved the record first; `theirs` is the record as it now stands."""

    def __init__(self, record_id: str, expected: int | None, theirs: dict[str, Any] | None) -> None:
        self.record_id = record_id
        self.expected = expected
        self.theirs = theirs
        now = theirs["version"] if theirs else "deleted"
        super().__init__(
            f"{record_id} was changed by someone else (you edited version {expected}, "
            f"it is now at {now})"
        )


class CatalogDamaged(NotACatalog):
    """The catalog file is damaged (SQLite finds it corrupt); a backup must be restored."""
