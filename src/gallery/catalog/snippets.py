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
from .wordforms import query_terms, stem

WINDOW = 36       # characters kept on each side of the matched word
_WORD = re.compile(r"[^\W_]+", re.UNICODE)


@dataclass(frozen=True)
class Snippet:
    field: str      # "title", "description", "person", "mission", "provenance", "details"
    before: str
    match: str
    after: str


def _fields(con: sqlite3.Connection, work_id: str,
            lang: str) -> tuple[str, list[tuple[str, str]]]:
    """The title the grid shows, and (field, text) of one work in the order a snippet is
    looked for."""
    row = con.execute("SELECT title, title_ru, other_titles, description, description_ru, "
                      "series, medium, inscriptions, current_holder, credit_line FROM works "
                      "WHERE id = ?", (work_id,)).fetchone()
    if row is None:
        return "", []
    ru = lang == "ru"
    shown_title = (row[1] or row[0]) if ru else row[0]
    titles = [t for t in (row[0], row[1], *json.loads(row[2] or "[]")) if t and t != shown_title]
    people = con.execute("SELECT p.name_ru, p.name FROM work_people wp JOIN people p ON "
                         "p.id = wp.person_id WHERE wp.work_id = ? ORDER BY wp.position",
                         (work_id,)).fetchall()
    missions = con.execute("SELECT m.name_ru, m.name FROM work_missions wm JOIN missions m ON "
                           "m.id = wm.mission_id WHERE wm.work_id = ? ORDER BY wm.position",
                           (work_id,)).fetchall()
    events = con.execute("SELECT party, holder, place, note FROM provenance_events WHERE "
                         "work_id = ? ORDER BY position", (work_id,)).fetchall()
    descriptions = [row[4], row[3]] if ru else [row[3], row[4]]
    order = (lambda pair: list(pair)) if ru else (lambda pair: [pair[1], pair[0]])
    found: list[tuple[str, str | None]] = [("title", t) for t in titles]
    found += [("person", name) for p in people for name in order(p)]
    found += [("mission", name) for m in missions for name in order(m)]
    found += [("description", d) for d in descriptions]
    found += [("details", v) for v in row[5:]]
    found += [("provenance", v) for e in events for v in e]
    return shown_title or "", [(field, text) for field, text in found if text]


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


def _matches(word: str, terms: list[tuple[str, str]]) -> bool:
    folded, stemmed = fold(word), stem(word.casefold())
    return any(folded.startswith(w) or (s and stemmed == s) for w, s in terms)


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
