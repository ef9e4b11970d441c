"""The store's other record tables: people, missions, exhibitions, sources and playlists.

Mixed into `Catalog`: the same rules as for works — one transaction per save with its history
rows and search-index refresh, and every save and delete carries the version it started from.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from contextlib import AbstractContextManager
from typing import TYPE_CHECKING, Any

from ..lazy import lazy_module
from . import fts
from .errors import Conflict, InvalidRecord, NotFound
from .records import TABLE_COLUMNS, validate_simple

if TYPE_CHECKING:  # loaded when first used (see gallery.lazy)
    from . import history, linked, terms
else:
    history = lazy_module("gallery.catalog.history")
    linked = lazy_module("gallery.catalog.linked")
    terms = lazy_module("gallery.catalog.terms")


class RecordTables:
    """Methods of `Catalog` for the record tables other than works (it provides these)."""

    who: str
    reading: Callable[[], AbstractContextManager[sqlite3.Connection]]
    write: Callable[[], AbstractContextManager[sqlite3.Connection]]
    now: Callable[[], str]
    new_change_id: Callable[[], str]

    def list_records(self, table: str) -> list[dict[str, Any]]:
        """All people, missions, exhibitions, sources or playlists, each as a full record."""
        _check_table(table)
        with self.reading() as con:
            ids = [r[0] for r in con.execute(f"SELECT id FROM {table} ORDER BY id")]
            return [self.get_record(table, i) for i in ids]

    def vocabulary(self) -> terms.Vocabulary:
        """Every controlled term (status, role, link kind …) with its label per language."""
        with self.reading() as con:
            return terms.Vocabulary.read(con)

    def get_record(self, table: str, record_id: str) -> dict[str, Any]:
        _check_table(table)
        with self.reading() as con:
            record = linked.load_simple(con, table, record_id)
            if record is None:
                raise NotFound(f"there is no {table[:-1]} {record_id!r}")
            return linked.enrich_simple(con, table, record)

    def save_record(self, table: str, record: dict[str, Any],
                    expected_version: int | None) -> dict[str, Any]:
        _check_table(table)
        validate_simple(table, record)
        with self.write() as con:
            before = linked.load_simple(con, table, record["id"])
            if expected_version is None and before is not None:
                raise InvalidRecord({"id": f"{record['id']!r} is already used"})
            if expected_version is not None and (before is None
                                                 or before["version"] != expected_version):
                raise Conflict(record["id"], expected_version, before)
            now = self.now()
            linked.write_simple(con, table, record, before, now)
            fts.reindex_linked(con, table, record["id"])
            history.record(con, change_id=self.new_change_id(), at=now, who=self.who,
                           table=table, record_id=record["id"],
                           action="update" if before else "create", before=before,
                           after=linked.load_simple(con, table, record["id"]))
        return self.get_record(table, record["id"])

    def delete_record(self, table: str, record_id: str, expected_version: int) -> None:
        """Delete a person, mission, exhibition, source or playlist no work still needs;
        a record saved since the curator saw `expected_version` raises Conflict instead."""
        _check_table(table)
        with self.write() as con:
            before = linked.load_simple(con, table, record_id)
            if before is None:
                raise NotFound(f"there is no {table[:-1]} {record_id!r}")
            if before["version"] != expected_version:
                raise Conflict(record_id, expected_version, before)
            try:
                con.execute(f"DELETE FROM {table} WHERE id = ?", (record_id,))
            except sqlite3.IntegrityError:
                raise InvalidRecord({"id": f"{record_id!r} is still linked from works; "
                                           "remove those links first"}) from None
            history.record(con, change_id=self.new_change_id(), at=self.now(),
                           who=self.who, table=table, record_id=record_id, action="purge",
                           before=before, after=None)


def _check_table(table: str) -> None:
    if table not in TABLE_COLUMNS or table == "works":
        raise ValueError(f"not a record table: {table!r}")
