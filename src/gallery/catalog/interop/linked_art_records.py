"""The records of one Linked Art export, by id: minted on first reference so ids always
resolve. Agents and people become Groups and People with their names per language and their
authority ids as `equivalent`; terms become Types or Materials of our own, equivalent to
their Getty AAT concept where they have one."""

from __future__ import annotations

import re
from typing import Any

from ..terms import Term
from .common import slug
from .linked_art_vocab import AAT, MUSEUM, ORGANIZATION, name, names, ref, statement, statements
from .refs import Actor, Refs

_HEDGED_PLACE = re.compile(r"\b(probabl\w*|possibl\w*|perhaps|not stated|unknown|during)\b|\?",
                           re.I)
_MUSEUM = re.compile(r"museum|музей|gallery|галерея", re.I)


class Records:
    """Every record of one export, by id."""

    def __init__(self, base: str, refs: Refs) -> None:
        self.base = base
        self.refs = refs
        self.parties = refs.parties
        self.by_id: dict[str, dict[str, Any]] = {}

    def uri(self, kind: str, key: str) -> str:
        return f"{self.base}/{kind}/{key}.json"

    def put(self, record: dict[str, Any]) -> dict[str, Any]:
        self.by_id.setdefault(record["id"], record)
        return self.by_id[record["id"]]

    def agent(self, actor: Actor) -> dict[str, Any]:
        """A reference to the Person or Group record of a catalog agent or person."""
        if actor.kind == "person" and self.uri("person", actor.id) in self.by_id:
            return ref(self.by_id[self.uri("person", actor.id)])
        kind = "Person" if actor.kind == "person" else "Group"
        record: dict[str, Any] = {
            "id": self.uri(kind.lower(), actor.id), "type": kind, "_label": actor.name,
            "identified_by": names(actor.name, actor.name_ru)}
        if kind == "Group":
            record["classified_as"] = [MUSEUM if _MUSEUM.search(actor.name) else ORGANIZATION]
        if actor.authorities:
            record["equivalent"] = [{"id": uri, "type": kind, "_label": actor.name}
                                    for _, uri in actor.authorities]
        return ref(self.put(record))

    def actors(self, stored: str | None) -> list[dict[str, Any]]:
        """References to the People and Groups a party or holder stands for: the catalog's
        agent or person with that id, else (older free text) a name that reads as one."""
        actor = self.refs.actor(stored)
        if actor is not None:
            return [self.agent(actor)]
        out = []
        for party in self.parties.parse(stored):
            if party.person_id and self.uri("person", party.person_id) in self.by_id:
                out.append(ref(self.by_id[self.uri("person", party.person_id)]))
            elif party.kind == "Group":
                out.append(ref(self.put({
                    "id": self.uri("group", slug(party.name)), "type": "Group",
                    "_label": party.name, "identified_by": [name(party.name)],
                    "classified_as": [MUSEUM if _MUSEUM.search(party.name) else ORGANIZATION],
                    "referred_to_by": statements(statement(
                        "note", "Known to this catalog only by name, from provenance "
                                "records."))})))
        return out

    def place(self, label: str | None, label_ru: str | None = None) -> dict[str, Any] | None:
        """A Place for a recorded place name; None for a hedged or prose one ("probably …",
        "during the mission"), which the caller keeps as text."""
        if not label or _HEDGED_PLACE.search(label):
            return None
        text = " ".join(re.sub(r"\(.*?\)", " ", str(label)).split()).strip(" ,")
        if not text:
            return None
        russian = " ".join(re.sub(r"\(.*?\)", " ", str(label_ru or "")).split()).strip(" ,")
        return ref(self.put({"id": self.uri("place", slug(text)), "type": "Place",
                             "_label": text, "identified_by": names(text, russian or None)}))

    def concept(self, label: str, prefix: str = "", meta: dict[str, Any] | None = None,
                label_ru: str | None = None) -> dict[str, Any]:
        record: dict[str, Any] = {"id": self.uri("concept", prefix + slug(label)),
                                  "type": "Type", "_label": label,
                                  "identified_by": names(label, label_ru)}
        if meta:
            record["classified_as"] = [meta]
        return ref(self.put(record))

    def term(self, term: Term, kind: str = "Type",
             meta: dict[str, Any] | None = None) -> dict[str, Any]:
        """Our record of a catalog term, labelled in both languages, equivalent to its AAT
        concept where it has one."""
        record: dict[str, Any] = {"id": self.uri("concept", f"term-{term.id}"), "type": kind,
                                  "_label": term.label,
                                  "identified_by": names(term.label, term.label_ru)}
        if meta:
            record["classified_as"] = [meta]
        if term.aat:
            record["equivalent"] = [{"id": AAT + term.aat, "type": "Type",  # a Material too
                                     "_label": term.label}]
        return ref(self.put(record))
