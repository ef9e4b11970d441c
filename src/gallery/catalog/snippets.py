"""Why a work came up: the first place its text holds one of the typed words, in any form.

The index holds folded text (Latin letters, stems), which no visitor should read; the snippet is
cut from the record's own text, in the visitor's language first, around the first word that
matches a typed word the way the search does (by prefix of its folded form, or by its stem).
The title the grid already shows is skipped: a match there needs no explaining.
"""

from __future__ import annotations

import json
import re
import sqlite3
import unicodedata
from dataclasses import dataclass

from .textfold import fold
from .wordforms import Term, query_terms, stem

WINDOW = 36       # characters kept on each side of the matched word
_WORD = re.compile(r"[^\W_]+", re.UNICODE)


@dataclass(frozen=True)
class Snippet:
    field: str      # "title", "description", "person", "mission", "provenance", "details"
    before: str
    match: str
    after: str


_DETAILS = ("series", "medium", "support", "inscriptions", "current_holder", "credit_line",
            "where_made")
_EVENT_TEXT = ("place", "note", "party_note")


def _fields(con: sqlite3.Connection, work_id: str,
            lang: str) -> tuple[str, list[tuple[str, str]]]:
    """The title the grid shows, and (field, text) of one work in the order a snippet is
    looked for: the reader's language first, then the other (the search finds both)."""
    cursor = con.execute("SELECT * FROM works WHERE id = ?", (work_id,))
    found_row = cursor.fetchone()
    if found_row is None:
        return "", []
    row = dict(zip([d[0] for d in cursor.description], found_row, strict=True))
    ru = lang == "ru"
    shown_title = (row.get("title_ru") or row["title"]) if ru else row["title"]
    titles: dict[str, list[object]] = {"en": [row["title"]], "ru": [row.get("title_ru")]}
    for variant in json.loads(row.get("other_titles") or "[]"):
        if isinstance(variant, dict):
            titles.setdefault(str(variant.get("lang")), []).append(variant.get("text"))
        else:
            titles["en"].append(variant)
    # The reader's language first: a title in the other one only when nothing else matched.
    own = [t for t in titles.pop(lang, []) if t and t != shown_title]
    rest = [t for group in titles.values() for t in group if t and t != shown_title]
    people = con.execute("SELECT p.name_ru, p.name FROM work_people wp JOIN people p ON "
                         "p.id = wp.person_id WHERE wp.work_id = ? ORDER BY wp.position",
                         (work_id,)).fetchall()
    missions = con.execute("SELECT m.name_ru, m.name FROM work_missions wm JOIN missions m ON "
                           "m.id = wm.mission_id WHERE wm.work_id = ? ORDER BY wm.position",
                           (work_id,)).fetchall()
    keys = ("party", "holder", *_EVENT_TEXT, *(f"{f}_ru" for f in _EVENT_TEXT))
    events = [dict(zip(keys, e, strict=True)) for e in _events(con, work_id)]

    def both(record: dict[str, object], field: str) -> list[object]:
        pair = [record.get(f"{field}_ru"), record.get(field)]
        return pair if ru else pair[::-1]

    order = (lambda pair: list(pair)) if ru else (lambda pair: [pair[1], pair[0]])
    found: list[tuple[str, object]] = [("title", t) for t in own]
    found += [("person", name) for p in people for name in order(p)]
    found += [("mission", name) for m in missions for name in order(m)]
    found += [("description", d) for d in both(row, "description")]
    found += [("details", v) for field in _DETAILS for v in both(row, field)]
    for event in events:
        for which in ("party", "holder"):
            found += [("provenance", name) for name in order(_names(con, event[which]))]
        found += [("provenance", v) for field in _EVENT_TEXT for v in both(event, field)]
    found += [("title", t) for t in rest]
    return shown_title or "", [(field, str(text)) for field, text in found
                               if isinstance(text, str) and text]


def _events(con: sqlite3.Connection, work_id: str) -> list[tuple[object, ...]]:
    have = {row[1] for row in con.execute("PRAGMA table_info(provenance_events)")}
    # A catalog older than v5 opened read-only has no Russian notes and no party notes.
    columns = ", ".join(c if c in have else "NULL"
                        for c in (*_EVENT_TEXT, *(f"{f}_ru" for f in _EVENT_TEXT)))
    return con.execute(f"SELECT party, holder, {columns} FROM provenance_events WHERE "
                       "work_id = ? ORDER BY position", (work_id,)).fetchall()


def _names(con: sqlite3.Connection, party: object) -> tuple[object, object]:
    """(Russian, English) name of a party: an agent or a person; free text is itself."""
    if not party:
        return None, None
    for table in ("people", "agents"):
        try:
            found = con.execute(f"SELECT name_ru, name FROM {table} WHERE id = ?",
                                (party,)).fetchone()
        except sqlite3.OperationalError:  # older than v5 (read-only): no agents yet
            continue
        if found:
            return found[0], found[1]
    return None, party


def _cut(text: str, start: int, end: int) -> tuple[str, str]:
    before = text[max(0, start - WINDOW):start]
    after = text[end:end + WINDOW]
    if start > WINDOW:
        before = "…" + before.split(" ", 1)[-1] if " " in before else "…" + before
    if end + WINDOW < len(text):
        after = (after.rsplit(" ", 1)[0] if " " in after else after) + "…"
    # Runs of white space fold to one; the space next to the word stays (", и" has none).
    return _squeeze(before), _squeeze(after)


def _squeeze(text: str) -> str:
    inner = " ".join(text.split())
    lead = " " if text[:1].isspace() and inner else ""
    trail = " " if text[-1:].isspace() and inner else ""
    return lead + inner + trail


def _matches(word: str, terms: list[Term]) -> bool:
    folded, stemmed = fold(word), stem(word.casefold())
    return any((folded.startswith(t.word) if t.prefix else folded == t.word)
               or (stemmed != "" and stemmed in t.stems) for t in terms)


def find_snippet(shown_title: str, fields: list[tuple[str, str]],
                 typed: str) -> Snippet | None:
    """The first match of a typed word that the shown title does not already explain."""
    in_title = [w.group() for w in _WORD.finditer(shown_title)]
    terms = [t for t in query_terms(typed) if not any(_matches(w, [t]) for w in in_title)]
    if not terms:
        return None
    for field, text in fields:
        text = unicodedata.normalize("NFC", text)
        for word in _WORD.finditer(text):
            if _matches(word.group(), terms):
                before, after = _cut(text, word.start(), word.end())
                return Snippet(field, before, word.group(), after)
    return None


def snippets(con: sqlite3.Connection, work_ids: list[str], typed: str,
             lang: str) -> dict[str, Snippet]:
    """For each work that came up for `typed`, where its text matched (when not its title)."""
    out: dict[str, Snippet] = {}
    if not query_terms(typed):
        return out
    for work_id in work_ids:
        found = find_snippet(*_fields(con, work_id, lang), typed)
        if found is not None:
            out[work_id] = found
    return out
