"""'Showing results for sokolov': typed words the catalog does not know, corrected to the
closest words it does (edit distance over the search index's own vocabulary, both scripts).

Only a query that finds nothing is corrected, and only its words that match nothing (no indexed
word starts with them, and none of their stems is indexed); the correction is shown in the script
the visitor typed in ("соколв" → "соколов"). A word of the visitor's own script is preferred (the
catalog's words as written, from the plain table `works_fts`): "hoking" is corrected among
English words, not to the transliterated "khoking". Connectives, prepositions and pronouns
("которым") are never offered; among equally near words the commoner, then the longer, wins.

A file's vocabulary is read whole (fts5vocab); a server's is asked word by word, its candidates
found by pg_trgm within a bound that keeps every word the edit distance accepts
(spelling_server.py), and chosen among by the same rule, so both correct alike.
"""

from __future__ import annotations

import bisect
import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from . import spelling_server
from .snapshot import catalog_state
from .textfold import fold
from .wordforms import STOP_WORDS, query_words, stem, stems_of, words

# A word of four letters is one edit from too many others to guess from ("заря" is one from
# the stem "паря", shown as «парящего»): only words of five letters or more are corrected.
MIN_LENGTH = 5

# Words no visitor searches for: never offered as a correction (nor their stems, folded).
FUNCTION_WORDS = STOP_WORDS | frozenset(
    "который которая которое которые которым которой которого которых это этот эта эти тот та "
    "те то его её ее их они она оно он как что так также был была было были быть есть где когда "
    "this that these those which who whom whose was were been being have has had its their "
    "there then than into onto upon about".split())
_BARRED = frozenset(f for w in FUNCTION_WORDS for f in (fold(w), stem(w)) if f)


@dataclass(frozen=True)
class _Vocabulary:
    connection: sqlite3.Connection   # held, so that no later connection can share its id
    key: tuple[int, int]
    terms: list[str]          # sorted, for prefix look-ups
    documents: dict[str, int]  # how many works hold each term: the commoner guess wins ties
    latin: list[str]          # the catalog's words written in Latin letters (works_fts)
    cyrillic: list[str]       # … and in Cyrillic, as written (casefolded)

    def known(self, folded: str, stems: tuple[str, ...]) -> bool:
        """Whether an indexed word starts with `folded`, or one of `stems` is indexed."""
        at = bisect.bisect_left(self.terms, folded)
        return (at < len(self.terms) and self.terms[at].startswith(folded)) \
            or any(s in self.documents for s in stems)

    def closest_term(self, folded: str, limit: int) -> str | None:
        return _closest(self.documents, folded, self.terms, limit)


@dataclass(frozen=True)
class _ServerVocabulary:
    """The same questions asked of a server's vocabulary table (spelling_server.py); the
    catalog's words as written are the file's alone (works_fts)."""
    con: Any
    latin: tuple[str, ...] = ()
    cyrillic: tuple[str, ...] = ()
    documents: dict[str, int] = field(default_factory=dict)  # only the written words' ties

    def known(self, folded: str, stems: tuple[str, ...]) -> bool:
        return spelling_server.knows_prefix(self.con, folded, _BARRED) \
            or spelling_server.knows_any(self.con, stems)

    def closest_term(self, folded: str, limit: int) -> str | None:
        documents = spelling_server.candidates(self.con, folded, limit)
        # sorted as the file's terms are: among equally near words, the same 20 are weighed
        return _closest(documents, folded, sorted(w for w in documents if w not in _BARRED),
                        limit)


_cache: list[_Vocabulary] = []  # one catalog at a time is the common case: never grows


def _vocabulary(con: sqlite3.Connection) -> _Vocabulary:
    key = catalog_state(con)
    if _cache and _cache[0].connection is con and _cache[0].key == key:
        return _cache[0]
    con.execute("CREATE VIRTUAL TABLE IF NOT EXISTS temp.works_vocab "
                "USING fts5vocab(main, works_index, row)")
    # Folded: a server's index also keeps the Russian stems as written (in Cyrillic), where a
    # file's keeps them folded; a term found both ways counts its commoner form's works.
    documents: dict[str, int] = {}
    for term, doc in con.execute("SELECT term, doc FROM temp.works_vocab").fetchall():
        folded = fold(term)
        documents[folded] = max(doc, documents.get(folded, 0))
    written = _written_words(con)
    latin = sorted(w for w in written if w.isascii() and w.isalpha() and w not in _BARRED)
    cyrillic = sorted(w for w in written if _cyrillic(w) and stem(w) not in _BARRED
                      and fold(w) not in _BARRED)
    vocabulary = _Vocabulary(con, key, sorted(t for t in documents if t not in _BARRED),
                             documents, latin, cyrillic)
    _cache[:] = [vocabulary]
    return vocabulary


def _written_words(con: sqlite3.Connection) -> list[str]:
    """The words of the titles and descriptions as written (works_fts keeps them unfolded);
    none in a catalog older than v5."""
    if con.execute("SELECT 1 FROM sqlite_master WHERE name = 'works_fts'").fetchone() is None:
        return []
    con.execute("CREATE VIRTUAL TABLE IF NOT EXISTS temp.works_written "
                "USING fts5vocab(main, works_fts, row)")
    return [term for (term,) in con.execute("SELECT term FROM temp.works_written")]


def _edits(word: str) -> int:
    """How many edits away a correction of `word` may be, by its length as typed (a Cyrillic
    word's transliteration is longer than the word): none below MIN_LENGTH, one up to five
    letters, two from six."""
    return 0 if len(word) < MIN_LENGTH else 1 if len(word) < 6 else 2


def _closest(documents: dict[str, int], word: str, choices: Sequence[str],
             limit: int) -> str | None:
    from rapidfuzz import process  # here: only a search that found nothing needs it
    from rapidfuzz.distance import Levenshtein

    found = process.extract(word, choices, scorer=Levenshtein.distance,
                            score_cutoff=limit, limit=20)
    if not found:
        return None
    # Typos sit inside words more often than at their ends: among equally near words, the one
    # that keeps more of both ends wins ("leonv" → leonov, not the stem leon), then the
    # commoner, then the longer.
    best = min(found, key=lambda hit: (hit[1], -_shared_ends(word, hit[0]),
                                       -documents.get(fold(hit[0]), 0),
                                       -len(hit[0]), hit[0]))
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
    on_server = getattr(con, "dialect", "sqlite") != "sqlite"
    vocabulary = _ServerVocabulary(con) if on_server else _vocabulary(con)
    out: list[str] = []
    changed = False
    for word in query_words(typed):
        folded = fold(word)
        limit = min(_edits(word), _edits(folded))
        if limit == 0 or folded.isdigit() or word in STOP_WORDS \
                or vocabulary.known(folded, stems_of(word)):
            out.append(word)  # short, a number, a connective, or it matches as it is
            continue
        own = vocabulary.cyrillic if _cyrillic(word) else vocabulary.latin
        guess = _closest(vocabulary.documents, word, own, limit) if own else None
        if guess is None:
            found = vocabulary.closest_term(folded, limit)
            guess = _in_script_of(word, found, con) if found else None
            if guess is not None and _cyrillic(word) != _cyrillic(guess):
                guess = None  # never a word of the other script ("сергей" is not "series")
        if guess is None:
            out.append(word)
            continue
        out.append(guess)
        changed = True
    return " ".join(out) if changed else None
