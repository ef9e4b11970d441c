"""Result rows and cursors shaped like sqlite3's, for the server connection (connection.py)."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import Any


class Row(tuple[Any, ...]):
    """A result row like sqlite3.Row: by index, by column name, `keys()`, `dict(row)`."""

    _index: dict[str, int]

    def __new__(cls, values: Sequence[Any], index: dict[str, int]) -> Row:
        row = super().__new__(cls, values)
        row._index = index
        return row

    def __getitem__(self, key: Any) -> Any:
        if isinstance(key, str):
            return tuple.__getitem__(self, self._index[key])
        return tuple.__getitem__(self, key)

    def keys(self) -> list[str]:
        return list(self._index)


def row_factory(cursor: Any) -> Any:
    description = cursor.description or []
    index = {column.name: i for i, column in enumerate(description)}
    return lambda values: Row(values, index)


class Cursor:
    """The part of sqlite3.Cursor the catalog uses."""

    def __init__(self, rows: list[Row], lastrowid: int | None, rowcount: int,
                 names: Sequence[str] = ()) -> None:
        self._rows = rows
        names = names or (list(rows[0].keys()) if rows else [])
        self.description = [(n, None, None, None, None, None, None) for n in names] or None
        self._at = 0
        self.lastrowid = lastrowid
        self.rowcount = rowcount

    def copy(self) -> Cursor:
        """The same rows, read from the start again."""
        names = [d[0] for d in self.description or []]
        return Cursor(self._rows[:], self.lastrowid, self.rowcount, names)

    def fetchone(self) -> Row | None:
        if self._at >= len(self._rows):
            return None
        self._at += 1
        return self._rows[self._at - 1]

    def fetchall(self) -> list[Row]:
        rest = self._rows[self._at:]
        self._at = len(self._rows)
        return rest

    def fetchmany(self, size: int = 1) -> list[Row]:
        rest = self._rows[self._at:self._at + size]
        self._at += len(rest)
        return rest

    def close(self) -> None:
        """The rows were read whole when the statement ran: nothing to let go."""
        self._rows, self._at = [], 0

    def __iter__(self) -> Iterator[Row]:
        while (row := self.fetchone()) is not None:
            yield row


