"""What the standard exports look up beside a work: terms, agents and people, per language.

A v5 record stores codes and ids (a work type code, term ids for media, an agent id for a
party); an export needs their labels in both languages, the Getty AAT id of a term and the
authority ids (Wikidata, ULAN, VIAF) of an agent. `Refs` reads them once per export. Free
text left in older data is read by `Parties`, as before.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from ..terms import Term, Vocabulary
from .common import Parties

AAT = "http://vocab.getty.edu/aat/"
# Authority id columns of agents: (source name, URI prefix).
AUTHORITIES = {"wikidata": ("Wikidata", "http://www.wikidata.org/entity/"),
               "ulan": ("ULAN", "http://vocab.getty.edu/ulan/"),
               "viaf": ("VIAF", "http://viaf.org/viaf/")}


@dataclass(frozen=True)
class Actor:
    id: str
    kind: str  # person | organisation | group
    name: str
    name_ru: str | None
    authorities: tuple[tuple[str, str], ...]  # (source, URI)

    def text(self, lang: str) -> str:
        return (self.name_ru or self.name) if lang == "ru" else self.name


def aat_uri(term: Term | None) -> str | None:
    return f"{AAT}{term.aat}" if term is not None and term.aat else None


class Refs:
    """Terms, agents and people of one catalog, looked up by code or id."""

    def __init__(self, vocabulary: Vocabulary | None = None,
                 people: list[dict[str, Any]] | None = None,
                 agents: list[dict[str, Any]] | None = None,
                 exhibitions: list[dict[str, Any]] | None = None) -> None:
        # Whole exhibition records: a work's link carries only names and display dates.
        self.exhibitions = {e["id"]: e for e in exhibitions or []}
        self.vocabulary = vocabulary or Vocabulary([])
        self.parties = Parties(people or [])
        self.actors: dict[str, Actor] = {}
        for kind, records in (("person", people or []), (None, agents or [])):
            for record in records:
                ids = tuple((source, prefix + str(record[column]))
                            for column, (source, prefix) in AUTHORITIES.items()
                            if record.get(column))
                self.actors[record["id"]] = Actor(record["id"], kind or record.get("kind")
                                                  or "organisation", record["name"],
                                                  record.get("name_ru"), ids)

    @classmethod
    def of(cls, catalog: Any) -> Refs:
        """Everything an export of `catalog` (a `Catalog`) looks up."""
        return cls(Vocabulary.read(catalog.connection), catalog.list_records("people"),
                   catalog.list_records("agents"), catalog.list_records("exhibitions"))

    def term(self, scheme: str, code: str | None) -> Term | None:
        return self.vocabulary.find(scheme, code)

    def terms(self, ids: list[str] | None) -> list[Term]:
        return [self.vocabulary.by_id[i] for i in ids or [] if i in self.vocabulary.by_id]

    def label(self, scheme: str, code: str | None, lang: str) -> str:
        return self.vocabulary.label(scheme, code, lang)

    def actor(self, actor_id: str | None) -> Actor | None:
        return self.actors.get(actor_id or "")
