"""The first page in date order of a query that matches much of the catalog, with one run of
the index instead of two.

A prefix query costs FTS5 the same whether it returns a page or counts every hit: it merges
the doclists of every word with that prefix before the first row comes out (so the bare
`MATCH … LIMIT 100` is no cheaper than a count). The count is needed anyway (`total`), so
asking the index once more for the page in date order, which makes SQLite gather every hit
into a temporary b-tree, doubles or triples the cost. When the hits are a good share of the
catalog, the first page in date order is among the first few hundred works in date order, so
we walk the date index and decide for each work whether it is a hit by the index's own rule,
evaluated on its stored index text (`Matcher`): tokens are runs of ASCII letters and digits
(what `unicode61` makes of folded text), a typed word matches a token it begins, a stem matches
a whole token, every typed word must match, or the compound of two or three words does.

Text the rule cannot vouch for (a letter or digit outside ASCII, which `unicode61` folds by
its own tables) is asked of the index for that one work. The page is the one the SQL walk
would give (tests compare the two); when the walk does not find it within its budget, None
tells the caller to take the SQL walk.
"""

from __future__ import annotations

import re
import sqlite3
import unicodedata
from dataclasses import dataclass
from typing import Any

from .fts import FTS_COLUMNS
from .query_ops import parse
from .wordforms import Term, compound, query_terms

_TOKEN = re.compile(r"[a-z0-9]+")
# A work's index columns as one text, a space apart (so no token spans two columns).
_INDEX_TEXT = " || ' ' || ".join(f"coalesce(i.{c}, '')" for c in FTS_COLUMNS)
_BATCH = 256


_TOKEN_CHARS = frozenset("abcdefghijklmnopqrstuvwxyz0123456789")


@dataclass(frozen=True)
class Matcher:
    """The index's match rule for one typed query, on one work's index text: each typed word
    finds a token it begins, or its stem as a whole token."""

    terms: tuple[Term, ...]
    joined: str | None                   # the compound of two or three words

    def matches(self, text: str) -> bool | None:
        """Whether `text` (a work's index columns) matches; None when only the index can say."""
        if not text.isascii() and _foreign_token_chars(text):
            return None
        text = text.lower()
        if all(_begins_token(text, term.word, not term.prefix)
               or any(_begins_token(text, s, True) for s in term.stems) for term in self.terms):
            return True
        return self.joined is not None and _begins_token(text, self.joined)


def _begins_token(text: str, word: str, whole: bool = False) -> bool:
    """Whether a token of `text` begins with `word` (is `word`, when `whole`): str.find, then
    a look at the characters either side, is several times quicker than a regex look-behind."""
    at = text.find(word)
    while at >= 0:
        end = at + len(word)
        if (at == 0 or text[at - 1] not in _TOKEN_CHARS) and (
                not whole or end == len(text) or text[end] not in _TOKEN_CHARS):
            return True
        at = text.find(word, at + 1)
    return False


def _foreign_token_chars(text: str) -> bool:
    """Whether `text` holds a character outside ASCII that unicode61 keeps in a token
    (letters, digits, marks, private use): then Python's reading of it is not the index's."""
    return any(not ch.isascii() and (unicodedata.category(ch)[0] in "LNM"
                                     or unicodedata.category(ch) == "Co") for ch in text)


def matcher_for(typed: str) -> Matcher | None:
    """The rule for `typed`, or None when a typed word is not plain ASCII once folded."""
    if parse(typed).operators:
        return None  # OR and NOT: the index's own reading (its MATCH) decides
    terms = query_terms(typed)
    if not terms:
        return None
    for term in terms:
        if not all(_TOKEN.fullmatch(text) for text in (term.word, *term.stems)):
            return None
    return Matcher(tuple(terms), compound(terms))


def is_hit(con: sqlite3.Connection, matcher: Matcher, match: str, key: int, text: str) -> bool:
    """Whether the work `key`, whose index text is `text`, is a hit of `match`."""
    verdict = matcher.matches(text)
    if verdict is None:
        verdict = con.execute("SELECT 1 FROM works_index WHERE works_index MATCH ? AND rowid = ?",
                              (match, key)).fetchone() is not None
    return verdict


def date_page(con: sqlite3.Connection, columns: str, matcher: Matcher, match: str,
              limit: int, offset: int, budget: int, expected: int = _BATCH) -> list[Any] | None:
    """Rows `offset` to `offset + limit` of the live dated hits in date order (as
    search._date_page orders them), reading at most `budget` works; None past the budget or
    when the dated works run out (the undated ones follow; the SQL walk handles that).
    `columns` are read for the page's works only, once they are known; `expected`: how many
    works the walk will likely read (the first batch)."""
    want = offset + limit
    cursor = con.execute(
        f"SELECT w.key, {_INDEX_TEXT} FROM works w INDEXED BY works_live_date "
        f"JOIN works_index i ON i.rowid = w.key WHERE w.deleted_at IS NULL "
        f"AND w.date_earliest IS NOT NULL ORDER BY w.date_earliest, w.title COLLATE NOCASE")
    keys: list[int] = []
    read = 0
    size = min(_BATCH, max(32, expected + expected // 4))
    try:
        while len(keys) < want:
            if read >= budget or not (batch := cursor.fetchmany(size)):
                return None
            read += len(batch)
            size = _BATCH
            keys.extend(key for key, text in batch if is_hit(con, matcher, match, key, text))
    finally:
        cursor.close()
    return rows_of(con, columns, keys[offset:want])


def rows_of(con: sqlite3.Connection, columns: str, keys: list[int]) -> list[Any]:
    """`columns` of the works `keys`, in that order (read for a page, after it is chosen)."""
    if not keys:
        return []
    found = {row[0]: row[1:] for row in con.execute(
        f"SELECT w.key, {columns} FROM works w WHERE w.key IN "
        f"({', '.join('?' * len(keys))})", keys)}
    return [found[key] for key in keys]


def trashed_hits(con: sqlite3.Connection, matcher: Matcher, match: str,
                 most: int = 1000) -> int | None:
    """How many works in the trash match (None when more than `most` are in the trash)."""
    rows = con.execute(
        f"SELECT w.key, {_INDEX_TEXT} FROM works w INDEXED BY works_trashed "
        f"JOIN works_index i ON i.rowid = w.key WHERE w.deleted_at IS NOT NULL LIMIT ?",
        (most + 1,)).fetchall()
    if len(rows) > most:
        return None
    return sum(is_hit(con, matcher, match, key, text) for key, text in rows)
