"""Controlled terms: one record per value, with an English and a Russian label.

Records store a term's `code` (a provenance event kind, a role, a kind of work …); what a reader
sees is the term's label in their language. Facets count codes, so "coloured pencils" written
three ways is one value.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

COLUMNS = ("id", "scheme", "code", "label", "label_ru", "broader", "aat", "position")


@dataclass(frozen=True)
class Term:
    id: str
    scheme: str
    code: str
    label: str
    label_ru: str | None
    broader: str | None
    aat: str | None

    def text(self, lang: str) -> str:
        return (self.label_ru or self.label) if lang == "ru" else self.label


class Vocabulary:
    """All terms of a catalog, looked up by (scheme, code) or by id."""

    def __init__(self, terms: Iterable[Term]) -> None:
        self.by_id = {t.id: t for t in terms}
        self.by_code = {(t.scheme, t.code): t for t in self.by_id.values()}

    @classmethod
    def read(cls, con: sqlite3.Connection) -> Vocabulary:
        try:
            rows = con.execute("SELECT id, scheme, code, label, label_ru, broader, aat "
                               "FROM terms ORDER BY scheme, position, id").fetchall()
        except sqlite3.OperationalError:  # a catalog older than v5 has no terms yet
            rows = []
        return cls(Term(*row) for row in rows)

    def find(self, scheme: str, code: str | None) -> Term | None:
        if not code:
            return None
        return self.by_code.get((scheme, code)) or self.by_id.get(code)

    def label(self, scheme: str, code: str | None, lang: str) -> str:
        """The label of a stored code in `lang`; an unknown code shows as itself."""
        term = self.find(scheme, code)
        return term.text(lang) if term else str(code or "")

    def scheme(self, scheme: str) -> list[Term]:
        return [t for t in self.by_id.values() if t.scheme == scheme]


def put_terms(con: sqlite3.Connection, terms: Iterable[dict[str, Any]]) -> int:
    """Insert or replace terms (inside the caller's transaction); returns how many."""
    count = 0
    for position, term in enumerate(terms):
        row = {c: term.get(c) for c in COLUMNS}
        row["position"] = term.get("position", position)
        row["code"] = row["code"] or row["id"]
        con.execute(f"INSERT OR REPLACE INTO terms({', '.join(COLUMNS)}) "
                    f"VALUES ({', '.join('?' * len(COLUMNS))})", [row[c] for c in COLUMNS])
        count += 1
    return count
