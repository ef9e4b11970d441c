"""A PostgreSQL connection that the catalog's modules use as they use a sqlite3 connection.

`execute(sql, params)` takes SQLite's dialect (translated by `dialect.py`), rows answer by
position and by column name (`row[0]`, `row["id"]`, `dict(row)`), the cursor's `lastrowid`
is the generated key, and `in_transaction` says whether a transaction is open. Transactions
are begun and ended by the store's own `BEGIN … COMMIT`, as on SQLite (autocommit otherwise).
"""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Sequence
from decimal import Decimal
from typing import Any

import psycopg
from psycopg import pq
from psycopg.adapt import Loader

from ..errors import CatalogError, ServerUnreachable
from . import pragmas
from .dialect import translate, tsquery
from .rows import Cursor, row_factory

DIALECT = "postgresql"
# Every committed save says so on this channel (listener.py): windows elsewhere refresh.
CHANGES_CHANNEL = "leonov_gallery_changes"

# libpq's TCP keepalives on every connection (the worker's and the listener's): a server that
# vanished without closing the link (power cut, cable, a sleeping laptop's Wi-Fi) is noticed
# after 5 s of silence and 3 unanswered probes 2 s apart, about 11 s, not the system's default
# two hours; tcp_user_timeout does the same for a send the server never acknowledges. (A local
# socket has no keepalives; libpq ignores them there.)
KEEPALIVES: dict[str, Any] = {"keepalives": 1, "keepalives_idle": 5, "keepalives_interval": 2,
                              "keepalives_count": 3, "tcp_user_timeout": 11_000}
# A visitor window's or a show's reads (a catalog opened as a reader) end after this long
# rather than hang on a server that accepts the query but never answers.
READ_TIMEOUT_S = 30


class _NumericLoader(Loader):
    """sum() and avg() of integers are `numeric` on the server: give ints/floats as SQLite."""

    def load(self, data: Any) -> int | float:
        value = Decimal(bytes(data).decode())
        return int(value) if value == value.to_integral_value() else float(value)


class ServerSlow(CatalogError):
    """A read ran past the reader's statement timeout (READ_TIMEOUT_S)."""


class PgConnection:
    """One server connection, used by one thread at a time (as the store's sqlite one)."""

    dialect = DIALECT

    def __init__(self, raw: psycopg.Connection[Any]) -> None:
        self.raw = raw
        raw.adapters.register_loader("numeric", _NumericLoader)
        self.total_changes = 0
        # Answers to questions about the schema (a table's columns, whether an index exists),
        # asked on every search: kept until this connection changes the schema (`forget_schema`).
        self._schema_answers: dict[tuple[str, tuple[Any, ...]], Cursor] = {}
        self._schema_changed = False
        self._write_began_at: int | None = None  # total_changes when BEGIN IMMEDIATE ran

    @classmethod
    def connect(cls, conninfo: str, **kwargs: Any) -> PgConnection:
        raw = psycopg.connect(conninfo, autocommit=True, row_factory=row_factory, **kwargs)
        return cls(raw)

    @property
    def in_transaction(self) -> bool:
        return self.raw.info.transaction_status != pq.TransactionStatus.IDLE

    def execute(self, sql: str, params: Sequence[Any] | dict[str, Any] = ()) -> Cursor:
        self._watch_writes(sql)
        key = _schema_question(sql, params)
        if key is not None and key in self._schema_answers:
            return self._schema_answers[key].copy()
        if _SCHEMA_CHANGE.match(sql):
            self.forget_schema()
            self._schema_changed = True  # a rollback may undo it: forget again then
        elif self._schema_changed and _TRANSACTION_END.match(sql):
            self.forget_schema()
            self._schema_changed = False
        answer = pragmas.answer(self, sql)
        if answer is None:
            answer = self._run(sql, params)
        if key is not None:
            self._schema_answers[key] = answer.copy()
        return answer

    def forget_schema(self) -> None:
        """The schema changed (a migration, a created table): ask the server again."""
        self._schema_answers.clear()

    def _run(self, sql: str, params: Sequence[Any] | dict[str, Any]) -> Cursor:
        text, returning, matches = translate(sql, bool(params))
        values: Any = _values(params) if params else None
        for position in matches if values is not None else ():
            values[position] = tsquery(str(values[position]))
        try:
            with self.raw.cursor(row_factory=row_factory) as cursor:
                cursor.execute(text, values)
                rows = cursor.fetchall() if cursor.description is not None else []
                names = [c.name for c in cursor.description or []]
                count = cursor.rowcount
        except psycopg.Error as error:
            raise as_sqlite_error(error) from error
        if count > 0 and not text.lstrip().upper().startswith("SELECT"):
            self.total_changes += count
        lastrowid = rows[-1][0] if returning and rows else None
        return Cursor(rows, lastrowid, count, names)

    def _watch_writes(self, sql: str) -> None:
        """A write transaction that changed rows NOTIFYs as it commits (the server delivers
        the notice only if the COMMIT succeeds, so no one hears of a save that is not stored)."""
        upper = sql.strip().upper()
        if upper == "BEGIN IMMEDIATE":
            self._write_began_at = self.total_changes
        elif upper in ("COMMIT", "ROLLBACK"):
            began, self._write_began_at = self._write_began_at, None
            if upper == "COMMIT" and began is not None and self.total_changes != began:
                try:
                    self.raw.execute(f"NOTIFY {CHANGES_CHANNEL}")
                except psycopg.Error as error:
                    raise as_sqlite_error(error) from error

    def executemany(self, sql: str, seq: Sequence[Sequence[Any]]) -> Cursor:
        last = Cursor([], None, 0)
        for params in seq:
            last = self.execute(sql, params)
        return last

    def commit(self) -> None:
        if self.in_transaction:
            self.raw.execute("COMMIT")

    def rollback(self) -> None:
        self._write_began_at = None
        if self.raw.closed or self.raw.broken:  # a lost server rolled it back already
            return
        if self.in_transaction:
            self.raw.execute("ROLLBACK")
        if self._schema_changed:
            self.forget_schema()
            self._schema_changed = False

    def close(self) -> None:
        self.raw.close()


def as_sqlite_error(error: psycopg.Error) -> Exception:
    """The sqlite3 exception the catalog's modules already handle for this server error (a
    broken link is an IntegrityError on both backends); a lost connection is a CatalogError."""
    message = str(error).strip().splitlines()[0] if str(error).strip() else repr(error)
    if isinstance(error, psycopg.errors.IntegrityError):
        return sqlite3.IntegrityError(message)
    if isinstance(error, psycopg.errors.InsufficientPrivilege
                  | psycopg.errors.ReadOnlySqlTransaction):
        return sqlite3.OperationalError(f"attempt to write a readonly database ({message})")
    if isinstance(error, psycopg.errors.LockNotAvailable | psycopg.errors.DeadlockDetected
                  | psycopg.errors.SerializationFailure):
        return sqlite3.OperationalError(f"database is locked ({message})")
    if isinstance(error, psycopg.errors.QueryCanceled):
        return ServerSlow(f"the catalog's server did not answer within {READ_TIMEOUT_S} s "
                          "(busy or stuck); try again")
    lost = error.sqlstate is None or error.sqlstate[:2] == "08" or error.sqlstate in (
        "57P01", "57P02", "57P03")  # no connection, or the server shut down / restarts
    if isinstance(error, psycopg.OperationalError) and lost:
        return ServerUnreachable("lost the connection to the catalog's server; nothing was "
                                 "saved, try again")
    if isinstance(error, psycopg.errors.DataError):
        return sqlite3.DataError(message)
    return sqlite3.OperationalError(message)


_SCHEMA_CHANGE = re.compile(r"\s*(CREATE|ALTER|DROP)\b", re.IGNORECASE)
_TRANSACTION_END = re.compile(r"\s*(ROLLBACK|COMMIT|END)\b", re.IGNORECASE)


def _schema_question(sql: str, params: Sequence[Any] | dict[str, Any]) -> tuple[str, tuple[
        Any, ...]] | None:
    """The cache key of a question about the schema (PRAGMA table_info, sqlite_master), or
    None for any other statement."""
    head = sql.lstrip()[:40].upper()
    if not (head.startswith("PRAGMA TABLE_INFO") or ("SQLITE_MASTER" in sql.upper()
            and head.startswith("SELECT"))) or isinstance(params, dict):
        return None
    return sql, tuple(params)


def _values(params: Sequence[Any] | dict[str, Any]) -> Any:
    """SQLite stores True as 1: so do we (the columns are integers on both backends)."""
    if isinstance(params, dict):
        return {k: int(v) if isinstance(v, bool) else v for k, v in params.items()}
    return [int(v) if isinstance(v, bool) else v for v in params]


def is_server_connection(con: object) -> bool:
    return getattr(con, "dialect", None) == DIALECT
