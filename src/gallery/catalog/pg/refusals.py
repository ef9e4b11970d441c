"""A server's refusal in one readable line that names the cause and the fix.

The store turns the errors it expects into CatalogErrors where they happen; this is for the
rest — a role that may not create tables (PostgreSQL 15 gives a database's `public` schema to
its owner only: `createdb` without `--owner`), a GRANT missing, a lost connection — so that no
command prints a psycopg traceback (cli.py hands any psycopg error that escapes to `explain`).
"""

from __future__ import annotations

from typing import Any

import psycopg
from psycopg.conninfo import conninfo_to_dict

from ..errors import CatalogError, CatalogReadOnly
from ..location import display_name
from .connection import ServerUnreachable

SEE = "(see README, 'A team catalog')"


def user_of(url: str, con: Any = None) -> str:
    """The database user a connection (or else the URL, or else libpq's default) logs in as."""
    raw = getattr(con, "raw", con)
    with_info = getattr(raw, "info", None)
    if with_info is not None and getattr(with_info, "user", None):
        return str(with_info.user)
    try:
        named = conninfo_to_dict(url).get("user")
    except psycopg.Error:
        named = None
    if named:
        return str(named)
    import getpass

    return getpass.getuser()


def first_line(error: BaseException) -> str:
    text = str(error).strip()
    return text.splitlines()[0] if text else type(error).__name__


def may_not_create(url: str, user: str, text: str) -> CatalogReadOnly:
    return CatalogReadOnly(
        f"{display_name(url)}: the database user {user} may not create the catalog's tables "
        f"({text}); create the database with --owner {user} (sudo -u postgres createdb "
        f"--owner {user} DATABASE) or GRANT CREATE ON SCHEMA public TO {user} {SEE}")


def explain(url: str, error: psycopg.Error, con: Any = None) -> CatalogError:
    """One line for a psycopg error a command met on the server at `url`."""
    where, text = display_name(url), first_line(error)
    user = user_of(url, con)
    if isinstance(error, psycopg.errors.InsufficientPrivilege):
        if "schema" in text:
            return may_not_create(url, user, text)
        return CatalogReadOnly(f"{where}: the database user {user} lacks the rights this needs "
                               f"({text}); ask the administrator for the GRANTs {SEE}")
    if isinstance(error, psycopg.OperationalError) and (
            error.sqlstate is None or error.sqlstate[:2] == "08"
            or error.sqlstate in ("57P01", "57P02", "57P03")):
        return ServerUnreachable(f"{where}: lost the connection to the server ({text}); "
                                 "nothing was changed by what did not finish")
    return CatalogError(f"{where}: the server refused ({text})")
