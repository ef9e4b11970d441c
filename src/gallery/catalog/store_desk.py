"""The curator's desk through the store (mixed into `Catalog`): what the editor asks for, each
read in one snapshot, so the interface never touches SQL.

    catalog.change_history("yuri-gagarin")     # newest first, per field and per item
    catalog.worklist()                         # Worklist(items, counts)
    catalog.linking_records("people", "yuri-gagarin")   # before deleting it
    catalog.similar_records("Yuri Gagarin", "Юрий Гагарин")  # before creating a twin
    Catalog.chronology_warnings(record["provenance"])    # on saving: warn, never refuse
    Catalog.holder_line(holder, certainty, lang)         # "Perhaps held by … (…)"
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from contextlib import AbstractContextManager
from typing import Any

from . import chronology, provenance
from .history_report import record_history
from .linked_from import linking_records
from .similar_names import similar_records
from .worklist import Worklist, worklist


class DeskQueries:
    """Methods of `Catalog` for history, the worklist and the editor's warnings."""

    reading: Callable[[], AbstractContextManager[sqlite3.Connection]]

    def change_history(self, record_id: str) -> list[dict[str, Any]]:
        """Every change to the record(s) with this id, newest first (`history_report`)."""
        with self.reading() as con:
            return record_history(con, record_id)

    def worklist(self) -> Worklist:
        """The works that need attention, and why (`worklist`)."""
        with self.reading() as con:
            return worklist(con)

    def linking_records(self, table: str, record_id: str) -> list[dict[str, Any]]:
        """The records that link to this one (`linked_from`)."""
        with self.reading() as con:
            return linking_records(con, table, record_id)

    def similar_records(self, name: str | None, name_ru: str | None = None,
                        exclude_id: str | None = None) -> list[dict[str, Any]]:
        """People and organisations named (nearly) alike, in either script (`similar_names`)."""
        with self.reading() as con:
            return similar_records(con, name, name_ru, exclude_id=exclude_id)

    chronology_warnings = staticmethod(chronology.chronology_warnings)
    holder_line = staticmethod(provenance.holder_line)
