"""The search index on a server: PostgreSQL's own full-text search over the works.

One row per work (`rowid` = works.key), written by fts.reindex in the saving transaction: each
column's words folded to Latin (our `textfold`, for prefixes and either script: восход finds
Voskhod) and, beside it, the text as written. The `document` column is generated from both:

- the folded words, as the `simple` configuration keeps them (a typed word matches by prefix);
- the written text through `gallery_search`, the server's Snowball dictionaries: Russian for
  Cyrillic words, English for Latin ones, after `unaccent` (ё is е, é is e). They have no stop
  words: which connectives to drop is decided per query (wordforms.STOP_WORDS), as on a file.

Each column is weighted as SQLite's bm25 weighs it (titles most). A query (dialect.tsquery)
asks each typed word by prefix of its folded form, its folded stems whole, and its Russian
stems as the dictionary writes them, so the same works are found as on a file. Typos are
corrected from the index's own words (ts_stat, folded: spelling.py) by the file's rule.

The index is derived from the works: a catalog whose index has an older layout (`LAYOUT` in
gallery_meta) gets it rebuilt when a writer opens it, in one transaction.
"""

from __future__ import annotations

from typing import Any

from ..fts import FTS_COLUMNS, SERVER_TEXT_COLUMNS, reindex_all
from .dialect import COLUMN_WEIGHTS

LAYOUT = "3"  # 1: folded words and our stems in a `simple` tsvector; 2: the server's stems;
#              3: the folded vocabulary with its trigram index

# Words as FTS5's unicode61 splits them: at every punctuation mark and space (the server's own
# parser would keep "a.org/x" or "1.5" whole, and find other works than the file).
_SEPARATORS = r"'[!-/:-@\[-`{-~[:space:]\u00a0-\u00bf\u2000-\u206f\u3000-\u303f]+'"

# unaccent() is only STABLE (it looks its dictionary up by name): a generated column needs an
# IMMUTABLE function, so the dictionary is named with its schema, found when it is created.
_DICTIONARIES = """
CREATE EXTENSION IF NOT EXISTS unaccent;
CREATE EXTENSION IF NOT EXISTS pg_trgm;
DO $$
DECLARE home text := (SELECT extnamespace::regnamespace::text FROM pg_extension
                      WHERE extname = 'unaccent');
BEGIN
    EXECUTE format('CREATE OR REPLACE FUNCTION gallery_unaccent(text) RETURNS text '
                   'LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS %L',
                   format('SELECT %I.unaccent(%L::regdictionary, $1)', home,
                          home || '.unaccent'));
END $$;
CREATE TEXT SEARCH DICTIONARY gallery_russian (TEMPLATE = snowball, Language = russian);
CREATE TEXT SEARCH DICTIONARY gallery_english (TEMPLATE = snowball, Language = english);
CREATE TEXT SEARCH CONFIGURATION gallery_search (COPY = pg_catalog.russian);
ALTER TEXT SEARCH CONFIGURATION gallery_search
    ALTER MAPPING FOR asciiword, asciihword, hword_asciipart WITH gallery_english;
ALTER TEXT SEARCH CONFIGURATION gallery_search
    ALTER MAPPING FOR word, hword, hword_part WITH gallery_russian;
"""

# The vocabulary counts the works that hold each word: one statement's rows at a time (a save
# writes a work's words in one INSERT), in the writer's transaction. A whole rebuild (fts.
# reindex_all) says `gallery.words_bulk` and counts once at its end: counting work by work
# would update a common word's row once per work in one transaction, each update a new row
# version the next must walk past.
_VOCABULARY = """
CREATE TABLE works_words (rowid bigint NOT NULL, word text COLLATE "C" NOT NULL,
                          PRIMARY KEY (rowid, word));
CREATE TABLE works_vocabulary (
    word text COLLATE "C" PRIMARY KEY, documents integer NOT NULL,
    odd boolean GENERATED ALWAYS AS (word !~ '^[a-z0-9]+$') STORED);
CREATE INDEX works_vocabulary_trigrams ON works_vocabulary USING gin (word gin_trgm_ops);
CREATE INDEX works_vocabulary_odd ON works_vocabulary (word) WHERE odd;
CREATE FUNCTION gallery_words_added() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF current_setting('gallery.words_bulk', true) = 'on' THEN RETURN NULL; END IF;
    INSERT INTO works_vocabulary AS v (word, documents)
        SELECT word, count(*) FROM added GROUP BY word
        ON CONFLICT (word) DO UPDATE SET documents = v.documents + EXCLUDED.documents;
    RETURN NULL;
END $$;
CREATE FUNCTION gallery_words_removed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF current_setting('gallery.words_bulk', true) = 'on' THEN RETURN NULL; END IF;
    UPDATE works_vocabulary v SET documents = v.documents - r.n
        FROM (SELECT word, count(*) AS n FROM removed GROUP BY word) r WHERE v.word = r.word;
    DELETE FROM works_vocabulary WHERE documents <= 0 AND word IN (SELECT word FROM removed);
    RETURN NULL;
END $$;
CREATE TRIGGER works_words_added AFTER INSERT ON works_words
    REFERENCING NEW TABLE AS added FOR EACH STATEMENT EXECUTE FUNCTION gallery_words_added();
CREATE TRIGGER works_words_removed AFTER DELETE ON works_words
    REFERENCING OLD TABLE AS removed FOR EACH STATEMENT EXECUTE FUNCTION gallery_words_removed();
"""

_DROP = """
DROP TABLE IF EXISTS works_index;
DROP TABLE IF EXISTS works_words;
DROP TABLE IF EXISTS works_vocabulary;
DROP FUNCTION IF EXISTS gallery_words_added();
DROP FUNCTION IF EXISTS gallery_words_removed();
DROP TEXT SEARCH CONFIGURATION IF EXISTS gallery_search;
DROP TEXT SEARCH DICTIONARY IF EXISTS gallery_russian;
DROP TEXT SEARCH DICTIONARY IF EXISTS gallery_english;
"""


def _split(column: str) -> str:
    return f"regexp_replace(coalesce({column}, ''), {_SEPARATORS}, ' ', 'g')"


def create_statements() -> str:
    """The dictionaries, the configuration, the index table and the vocabulary (empty)."""
    words = [f"setweight(to_tsvector('simple', {_split(c)}), '{w}')"
             for c, w in COLUMN_WEIGHTS.items()]
    stems = [f"setweight(to_tsvector('gallery_search', gallery_unaccent({_split(c + '_text')}))"
             f", '{w}')" for c, w in COLUMN_WEIGHTS.items()]
    columns = ", ".join(f"{c} text" for c in (*FTS_COLUMNS, *SERVER_TEXT_COLUMNS))
    return (_DICTIONARIES
            + f"CREATE TABLE works_index (rowid bigint PRIMARY KEY, {columns},\n"
            f"  document tsvector GENERATED ALWAYS AS ({' || '.join(words + stems)}) STORED);\n"
            "CREATE INDEX works_index_document ON works_index USING gin (document);\n"
            + _VOCABULARY
            + f"INSERT INTO gallery_meta VALUES ('search_index', '{LAYOUT}') "
            "ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value;\n")


def layout(con: Any) -> str:
    row = con.raw.execute("SELECT value FROM gallery_meta WHERE key = 'search_index'"
                          ).fetchone()
    return str(row[0]) if row else "1"


def upgrade(con: Any) -> bool:
    """Rebuild an index of an older layout (a writer's connection); True when it did."""
    if layout(con) == LAYOUT:
        return False
    con.forget_schema()
    con.execute("BEGIN IMMEDIATE")
    try:
        con.raw.execute(_DROP)
        con.raw.execute(create_statements())
        con.forget_schema()
        reindex_all(con)
        con.execute("COMMIT")
    except BaseException:
        con.execute("ROLLBACK")
        raise
    return True
