"""'Showing results for sokolov': typed words the catalog does not know, corrected to the
closest words it does (edit distance over the search index's own vocabulary, both scripts).

Only a query that finds nothing is corrected, and only its words that no indexed word starts
with; the correction is shown in the script the visitor typed in ("соколв" → "соколов").
"""

from __future__ import annotations

import bisect
import sqlite3
from dataclasses import dataclass

from .snapshot import catalog_state
from .textfold import fold
from .wordforms import stem, words

MIN_LENGTH = 4     # shorter words have too many neighbours to guess from


@dataclass(frozen=True)
class _Vocabulary:
    connection: sqlite3.Connection   # held, so that no later connection can share its id
    key: tuple[int, int]
    terms: list[str]          # sorted, for prefix look-ups
    documents: dict[str, int]  # how many works hold each term: the commoner guess wins ties


_cache: list[_Vocabulary] = []  # one catalog at a time is the common case: never grows


def _vocabulary(con: sqlite3.Connection) -> _Vocabulary:
    key = catalog_state(con)
    if _cache and _cache[0].connection is con and _cache[0].key == key:
        return _cache[0]
    con.execute("CREATE VIRTUAL TABLE IF NOT EXISTS temp.works_vocab "
                "USING fts5vocab(main, works_index, row)")
    rows = con.execute("SELECT term, doc FROM temp.works_vocab").fetchall()
    vocabulary = _Vocabulary(con, key, sorted(t for t, _ in rows), dict(rows))
    _cache[:] = [vocabulary]
    return vocabulary


def _known_prefix(vocabulary: _Vocabulary, word: str) -> bool:
    at = bisect.bisect_left(vocabulary.terms, word)
    return at < len(vocabulary.terms) and vocabulary.terms[at].startswith(word)


def _closest(vocabulary: _Vocabulary, word: str) -> str | None:
    limit = 1 if len(word) < 6 else 2
    from rapidfuzz import process  # here: only a search that found nothing needs it
    from rapidfuzz.distance import Levenshtein

    found = process.extract(word, vocabulary.terms, scorer=Levenshtein.distance,
                            score_cutoff=limit, limit=20)
    if not found:
        return None
    # Typos sit inside words more often than at their ends: among equally near words, the one
    # that keeps more of both ends wins ("leonv" → leonov, not the stem leon), then the commoner.
    best = min(found, key=lambda hit: (hit[1], -_shared_ends(word, hit[0]),
                                       -vocabulary.documents.get(hit[0], 0), hit[0]))
    return best[0]


def _shared_ends(a: str, b: str) -> int:
    front = next((i for i, (x, y) in enumerate(zip(a, b, strict=False)) if x != y),
                 min(len(a), len(b)))
    back = next((i for i, (x, y) in enumerate(zip(reversed(a), reversed(b), strict=False))
                 if x != y), min(len(a), len(b)))
    return front + back


def _in_script_of(typed: str, term: str, con: sqlite3.Connection) -> str:
    """A word of the catalog that folds to `term`, written in the script of `typed`."""
    if not _cyrillic(typed):
        return term
    rows = con.execute(
        "SELECT w.title_ru, w.description_ru FROM works w WHERE w.key IN "
        "(SELECT rowid FROM works_index WHERE works_index MATCH ? LIMIT 5) "
        "UNION ALL SELECT name_ru, NULL FROM people UNION ALL SELECT name_ru, NULL FROM missions",
        (f'"{term}"',)).fetchall()
    found = [word for row in rows for text in row for word in words(text) if _cyrillic(word)]
    exact = next((word for word in found if fold(word) == term), None)
    return exact or next((word for word in found if stem(word) == term), term)


def _cyrillic(text: str) -> bool:
    return any("\u0400" <= ch <= "\u04ff" for ch in text)


def correct(con: sqlite3.Connection, typed: str) -> str | None:
    """`typed` with its unknown words replaced by the closest known ones, or None."""
    vocabulary = _vocabulary(con)
    out: list[str] = []
    changed = False
    for word in words(typed[:2000])[:12]:
        folded = fold(word)
        if len(folded) < MIN_LENGTH or folded.isdigit() or _known_prefix(vocabulary, folded):
            out.append(word)
            continue
        guess = _closest(vocabulary, folded)
        if guess is None:
            out.append(word)
            continue
        out.append(_in_script_of(word, guess, con))
        changed = True
    return " ".join(out) if changed else None
