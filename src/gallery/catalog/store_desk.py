"""The curator's desk through the store (mixed into `Catalog`): what the editor asks for, each
read in one snapshot, so the interface never touches SQL.

    catalog.change_history("yuri-gagarin")     # newest first, per field and per item
    catalog.worklist()                         # Worklist(items, counts)
    catalog.damage_problems()                  # [] for a sound file (PRAGMA quick_check)
    catalog.linking_records("people", "yuri-gagarin")   # before deleting it
    catalog.similar_records("Yuri Gagarin", "Юрий Гагарин")  # before creating a twin
    catalog.free_id("people", "yuri-gagarin")  # "yuri-gagarin-2" for a namesake
    Catalog.chronology_warnings(record["provenance"])    # on saving: warn, never refuse
    Catalog.holder_line(holder, certainty, lang)         # "Perhaps held by … (…)"
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Sequence
from contextlib import AbstractContextManager
from typing import TYPE_CHECKING, Any

from ..lazy import lazy_module

if TYPE_CHECKING:  # loaded when first used (see gallery.lazy)
    from . import chronology, damage, history_report, linked_from, provenance, similar_names
    from . import worklist as worklists
else:
    chronology = lazy_module("gallery.catalog.chronology")
    damage = lazy_module("gallery.catalog.damage")
    history_report = lazy_module("gallery.catalog.history_report")
    linked_from = lazy_module("gallery.catalog.linked_from")
    provenance = lazy_module("gallery.catalog.provenance")
    similar_names = lazy_module("gallery.catalog.similar_names")
    worklists = lazy_module("gallery.catalog.worklist")


class DeskQueries:
    """Methods of `Catalog` for history, the worklist and the editor's warnings."""

    reading: Callable[[], AbstractContextManager[sqlite3.Connection]]

    def damage_problems(self) -> list[str]:
        """SQLite's quick check of the file, one line per problem; [] when it is sound. The
        editor asks once on opening (off its GUI thread: a big file takes a moment)."""
        try:
            with self.reading() as con:
                return damage.integrity_problems(con, quick=True, limit=20)
        except sqlite3.DatabaseError as error:  # too damaged to begin reading at all
            return [str(error)]

    def change_history(self, record_id: str) -> list[dict[str, Any]]:
        """Every change to the record(s) with this id, newest first (`history_report`)."""
        with self.reading() as con:
            return history_report.record_history(con, record_id)

    def worklist(self) -> worklists.Worklist:
        """The works that need attention, and why (`worklist`)."""
        with self.reading() as con:
            return worklists.worklist(con)

    def linking_records(self, table: str, record_id: str) -> list[dict[str, Any]]:
        """The records that link to this one (`linked_from`)."""
        with self.reading() as con:
            return linked_from.linking_records(con, table, record_id)

    def similar_records(self, name: str | None, name_ru: str | None = None,
                        exclude_id: str | None = None) -> list[dict[str, Any]]:
        """People and organisations named (nearly) alike, in either script (`similar_names`)."""
        with self.reading() as con:
            return similar_names.similar_records(con, name, name_ru, exclude_id=exclude_id)

    def free_id(self, table: str, base: str) -> str:
        """`base`, or `base-2`… when a namesake holds it (`similar_names.free_id`)."""
        with self.reading() as con:
            return similar_names.free_id(con, table, base)

    @staticmethod
    def chronology_warnings(events: Sequence[dict[str, Any]]) -> list[dict[str, Any]]:
        return chronology.chronology_warnings(events)

    @staticmethod
    def holder_line(holder: str | None, certainty: str | None, lang: str = "en") -> str:
        return provenance.holder_line(holder, certainty, lang)
