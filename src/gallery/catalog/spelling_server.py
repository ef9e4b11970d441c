"""Spelling correction's questions to a server's vocabulary (`works_vocabulary`: each folded
word of the search index and how many works hold it; pg/search_index.py).

A file loads its whole vocabulary into memory; a server is asked only what one typed word
needs: whether a word starts with it, whether one of its stems is known, and the words that may
be its correction. Those CANDIDATES come from pg_trgm's trigram index, with a threshold low
enough that every word within the file's edit distance is among them; spelling.py then picks
among them by the file's own rule, so a server corrects as the file does.

Why the threshold cannot lose a word (pg_trgm's similarity is |A ∩ B| / |A ∪ B| over the sets
of trigrams of "  word " — two spaces before, one after):
- one edit (a letter inserted, deleted or replaced) changes only the trigrams that cover its
  place, at most 3; a trigram of the word that also occurs elsewhere in it stays. So one edit
  takes at most 3 trigrams out of the set, and (the reverse edit) brings at most 3 in;
- over k edits, at most 3k of the typed word's a trigrams are missing from the other word's
  set, and at most 3k of that set are not the typed word's: |A ∩ B| ≥ a − 3k and
  |A ∪ B| ≤ |A ∩ B| + 6k, so similarity ≥ (a − 3k) / (a + 3k).
The bound holds for words of `[a-z0-9]` only (pg_trgm splits a word at other characters, and
may hash or drop them), so a typed word with others is compared with every word, and the
vocabulary's words with others (`odd`) are always candidates. `a` is the server's own count
(show_trgm). A bound at or below 0 asks every word.
"""

from __future__ import annotations

import sqlite3
import string
from collections.abc import Iterable

_PLAIN = frozenset(string.ascii_lowercase + string.digits)
# similarity is a float4 on the server: stay a little below the bound so rounding never
# drops a word that sits exactly on it.
_ROUNDING = 1e-4


def trigram_threshold(trigrams: int, edits: int) -> float:
    """The lowest similarity a word within `edits` edits of a word of `trigrams` distinct
    trigrams can have (the module's proof), less the rounding margin; ≤ 0: no bound."""
    return (trigrams - 3 * edits) / (trigrams + 3 * edits) - _ROUNDING


def knows_prefix(con: sqlite3.Connection, word: str, barred: Iterable[str]) -> bool:
    """Whether a word of the vocabulary (other than the barred ones) starts with `word`: the
    first word at or after it in code-point order, as the file's bisect finds it."""
    row = con.execute("SELECT word FROM works_vocabulary WHERE word >= ? "
                      "AND word <> ALL(?::text[]) ORDER BY word LIMIT 1",
                      (word, sorted(barred))).fetchone()
    return row is not None and str(row[0]).startswith(word)


def knows_any(con: sqlite3.Connection, words: Iterable[str]) -> bool:
    wanted = list(words)
    if not wanted:
        return False
    return con.execute("SELECT 1 FROM works_vocabulary WHERE word = ANY(?::text[]) LIMIT 1",
                       (wanted,)).fetchone() is not None


def candidates(con: sqlite3.Connection, word: str, edits: int) -> dict[str, int]:
    """{word: works holding it} for every vocabulary word that may be within `edits` edits of
    `word` (a superset: spelling.py measures the distance)."""
    threshold = -1.0
    if word and set(word) <= _PLAIN:
        (trigrams,) = con.execute("SELECT coalesce(array_length(show_trgm(?), 1), 0)",
                                  (word,)).fetchone()
        threshold = trigram_threshold(int(trigrams), edits)
    if threshold <= 0:
        rows = con.execute("SELECT word, documents FROM works_vocabulary").fetchall()
    else:
        con.execute("SELECT set_config('pg_trgm.similarity_threshold', ?, false)",
                    (f"{threshold:.6f}",))
        rows = con.execute("SELECT word, documents FROM works_vocabulary WHERE word % ? "
                           "UNION ALL SELECT word, documents FROM works_vocabulary WHERE odd",
                           (word,)).fetchall()
    return {str(w): int(n) for w, n in rows}
