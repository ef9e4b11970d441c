"""Typos on a PostgreSQL copy of the shipped catalog: pg_trgm finds the candidates, the file's
rule chooses, so a server corrects every typed word as the file does (spelling_server.py)."""

from __future__ import annotations

import random
import sqlite3

import psycopg
import pytest
from rapidfuzz import process
from rapidfuzz.distance import Levenshtein
from test_search_table_server import SERVER_HOSTILE

from gallery.catalog import spelling_server
from gallery.catalog.spelling import _edits
from gallery.catalog.store import Catalog
from gallery.catalog.textfold import fold


def _vocabulary(server: Catalog) -> dict[str, int]:
    rows = server.connection.raw.execute("SELECT word, documents FROM works_vocabulary")
    return {word: documents for word, documents in rows.fetchall()}


def _written(local: Catalog) -> set[str]:
    """The folded words of the file's plain table (titles and descriptions as written)."""
    con = sqlite3.connect(local.path)
    try:
        con.execute("CREATE VIRTUAL TABLE temp.written USING fts5vocab(main, works_fts, row)")
        return {fold(term) for (term,) in con.execute("SELECT term FROM temp.written")}
    finally:
        con.close()


def _typo(word: str, edits: int, rng: random.Random) -> str:
    letters = "abcdefghijklmnopqrstuvwxyz0123456789"
    for _ in range(edits):
        at = rng.randrange(len(word) + 1)
        kind = rng.choice("insert delete replace".split()) if word else "insert"
        if kind == "insert":
            word = word[:at] + rng.choice(letters) + word[at:]
        elif kind == "delete" and at < len(word):
            word = word[:at] + word[at + 1:]
        elif at < len(word):
            word = word[:at] + rng.choice(letters) + word[at + 1:]
    return word


# celestial and Беляев are in no title or description (a mission's text, a person's name): the
# file finds them only in its index's words, a server only in its vocabulary table.
@pytest.mark.parametrize(("typed", "corrected"), [("celestal", "celestial"),
                                                  ("белаев", "беляев"),
                                                  ("centrepece", "centrepiece")])
def test_a_typo_only_the_vocabulary_corrects(both: tuple[Catalog, Catalog], typed: str,
                                             corrected: str) -> None:
    server, local = both
    assert fold(corrected) not in _written(local)
    assert fold(corrected) in _vocabulary(server)
    on_server = server.search(typed, limit=1000, facets=False)
    on_file = local.search(typed, limit=1000, facets=False)
    assert on_server.corrected_query == on_file.corrected_query == corrected
    assert {r.id for r in on_server.rows} == {r.id for r in on_file.rows} != set()


def test_every_word_within_the_edit_distance_is_a_candidate(
        both: tuple[Catalog, Catalog]) -> None:
    server, _ = both
    vocabulary = _vocabulary(server)
    words = sorted(vocabulary)
    rng = random.Random(16)
    typed = [_typo(w, edits, rng) for w in rng.sample(words, 150) for edits in (1, 2)]
    # the hard cases for trigrams: repeated letters and digits, one letter changed
    typed += ["aaaa", "aaab", "abab", "ababab", "aaaaaaa", "moonmoon", "19651965", "leonv",
              "sokolv", "stafrod", "voskod", "apolo"]
    narrowed = 0
    for word in typed:
        edits = _edits(word)
        near = {w for w, _, _ in process.extract(word, words, scorer=Levenshtein.distance,
                                                  score_cutoff=edits, limit=None)}
        found = spelling_server.candidates(server.connection, word, edits)
        assert near <= set(found), word
        assert all(found[w] == vocabulary[w] for w in near)
        narrowed += len(found) < len(words) // 4
    assert narrowed > len(typed) * 0.9  # the trigram index does the narrowing, not a full scan


def test_the_bound_holds_for_every_single_and_double_edit(both: tuple[Catalog, Catalog]
                                                          ) -> None:
    """The proof in spelling_server.py, checked on the server's own similarity: every word one
    or two edits from a typed word (over a small alphabet, so letters repeat) is at least as
    similar as the bound."""
    server, _ = both
    alphabet = "abn"
    pairs: list[tuple[str, str, int]] = []
    for typed in ("abab", "aaaa", "nana", "banana", "aaaaaa", "abnabn"):
        near = {typed}
        for _ in range(2):
            near |= {v for w in near for v in _neighbours(w, alphabet)}
        pairs += [(typed, other, _edits(typed)) for other in sorted(near)
                  if 0 < Levenshtein.distance(typed, other) <= _edits(typed) and other]
    rows = server.connection.raw.execute(
        "SELECT t, o, similarity(t, o), array_length(show_trgm(t), 1) "
        "FROM unnest(%s::text[], %s::text[]) AS p(t, o)",
        ([t for t, _, _ in pairs], [o for _, o, _ in pairs])).fetchall()
    assert len(rows) == len(pairs) > 1000
    for (typed, other, similarity, trigrams), (_, _, edits) in zip(rows, pairs, strict=True):
        assert similarity >= spelling_server.trigram_threshold(trigrams, edits), (typed, other)


def _neighbours(word: str, alphabet: str) -> set[str]:
    out = {word[:i] + word[i + 1:] for i in range(len(word))}
    out |= {word[:i] + c + word[i:] for i in range(len(word) + 1) for c in alphabet}
    out |= {word[:i] + c + word[i + 1:] for i in range(len(word)) for c in alphabet}
    return out


def test_the_vocabulary_is_the_indexs_words_folded(both: tuple[Catalog, Catalog]) -> None:
    server, _ = both
    raw = server.connection.raw
    lexemes = raw.execute("SELECT rowid, lexeme FROM works_index, unnest(document)").fetchall()
    holders: dict[str, set[int]] = {}
    for rowid, lexeme in lexemes:
        holders.setdefault(fold(lexeme), set()).add(rowid)
    assert _vocabulary(server) == {word: len(keys) for word, keys in holders.items()}


# Beyond the server's hostile list: the LIKE and trigram operators' own characters, words
# pg_trgm would split or hash, a word of one repeated letter (no bound), other scripts.
TYPO_HOSTILE = ["moon%", "sok_lov", "stafford\\", "leon%v", "αστροναυτ", "東京タワー",
                "aaaaaaaaaaaa", "ﬀorbital", "😀moon", "sokol\u0301v", "a" * 300,
                "leo'nov", "l-e-o-n-v"]


@pytest.mark.parametrize("typed", TYPO_HOSTILE + SERVER_HOSTILE)
def test_hostile_typed_words_are_corrected_alike(both: tuple[Catalog, Catalog],
                                                 typed: str) -> None:
    server, local = both
    on_server = server.search(typed, limit=1000, facets=False)
    on_file = local.search(typed, limit=1000, facets=False)
    assert on_server.corrected_query == on_file.corrected_query
    assert {r.id for r in on_server.rows} == {r.id for r in on_file.rows}


def test_a_save_keeps_the_vocabulary_in_its_transaction(pg_sample_catalog: str) -> None:
    with Catalog.open(pg_sample_catalog, who="tester") as catalog:
        work = catalog.get("near-the-moon")
        before = work["description"]
        work["description"] = f"{before} Quixotically drawn."
        catalog.save(work, work["version"])
        assert catalog.search("quixoticaly", facets=False).corrected_query == "quixotically"
        with psycopg.connect(pg_sample_catalog) as con:
            assert con.execute("SELECT documents FROM works_vocabulary WHERE word = "
                               "'quixotically'").fetchone() == (1,)
        work = catalog.get("near-the-moon")
        work["description"] = before
        catalog.save(work, work["version"])
        assert catalog.search("quixoticaly", facets=False).corrected_query is None
    with psycopg.connect(pg_sample_catalog) as con:
        assert con.execute("SELECT count(*) FROM works_vocabulary WHERE word LIKE 'quixot%'"
                           ).fetchone() == (0,)
        assert con.execute("SELECT count(*) FROM works_vocabulary WHERE documents < 1"
                           ).fetchone() == (0,)
