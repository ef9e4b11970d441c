"""The store's SQL, spoken to PostgreSQL: the one place that knows how the two dialects differ.

The catalog's modules write SQLite's dialect; a statement passes through `translate` once (then
cached) on its way to the server:
- placeholders `?` become `%s` (and a literal `%` doubles);
- `INSERT OR IGNORE` becomes `ON CONFLICT DO NOTHING`, `INSERT OR REPLACE` an upsert on the
  table's key;
- an INSERT into a table with a generated key returns it (the cursor's `lastrowid`);
- `LIKE` is `ILIKE` (SQLite's LIKE ignores case), `group_concat` is `string_agg`;
- `BEGIN IMMEDIATE` (a writer) is `BEGIN` plus one advisory lock that every writer takes, so
  writers queue as on SQLite and the optimistic-lock check reads the last committed version;
  a reader's `BEGIN` is a REPEATABLE READ snapshot, like a read transaction in WAL mode.
PRAGMAs are answered by `pragmas.py`; `sqlite_master` is a view the schema creates.
"""

from __future__ import annotations

import re
from functools import lru_cache

WRITE_LOCK_KEY = 0x4C454F4E  # "LEON": the writers' advisory lock
BEGIN_WRITE = f"BEGIN; SELECT pg_advisory_xact_lock({WRITE_LOCK_KEY})"
BEGIN_READ = "BEGIN ISOLATION LEVEL REPEATABLE READ"

# Tables whose INTEGER PRIMARY KEY SQLite fills in (a rowid alias): the column returned.
GENERATED_KEYS = {"works": "key", "provenance_events": "id", "history": "id"}
# The key an INSERT OR REPLACE replaces on.
REPLACE_KEYS = {"terms": ("id",)}

_INSERT = re.compile(r"^\s*INSERT\s+(?:OR\s+(IGNORE|REPLACE)\s+)?INTO\s+(\w+)\s*(\(([^)]*)\))?",
                     re.IGNORECASE)
_GROUP_CONCAT = re.compile(r"group_concat\(([^,()]+(?:\([^()]*\))?)\s*(?:,\s*('[^']*'))?\)",
                           re.IGNORECASE)
_LIKE = re.compile(r"\bNOT\s+LIKE\b|\bLIKE\b", re.IGNORECASE)


def _outside_strings(sql: str, change: str) -> tuple[str, tuple[int, ...]]:
    """Apply `change` ("params": ? → %s and % → %%) outside single-quoted literals, and
    double % inside them too (psycopg reads every % when parameters are given); return the
    positions of the parameters marked as MATCH expressions (`?` then NUL)."""
    out: list[str] = []
    quoted = False
    placeholders = 0
    matches: list[int] = []
    for char in sql:
        if char == "'":
            quoted = not quoted
            out.append(char)
        elif char == "%" and change == "params":
            out.append("%%")
        elif char == "?" and not quoted:
            out.append("%s")
            placeholders += 1
        elif char == "\0":
            matches.append(placeholders - 1)
        else:
            out.append(char)
    return "".join(out), tuple(matches)


# The document's weight of each column (schema.py writes the document with these).
COLUMN_WEIGHTS = {"titles": "A", "people": "B", "missions": "B", "body": "C", "provenance": "D"}
_COLUMN_FILTER = re.compile(r"\{(\w+)\}\s*:\s*\((.*)\)", re.DOTALL)
_LEXEME = re.compile(r"('(?:[^']|'')*')(:\*)?")
_PHRASE = re.compile(r'"([^"]*)"(\*?)')


def tsquery(expression: str) -> str:
    """wordforms' FTS5 expression (`"word"* AND ("w"* OR "stem")`, `(…) NOT (…)`) as
    to_tsquery's text: a quoted phrase is its words in sequence (`<->`), `*` a prefix (`:*`)
    of its last word."""
    def phrase(match: re.Match[str]) -> str:
        words = [w.replace("\\", "\\\\").replace("'", "''") for w in match.group(1).split()]
        if not words:
            return "''"
        lexemes = [f"'{w}'" for w in words]
        if match.group(2):
            lexemes[-1] += ":*"
        return lexemes[0] if len(lexemes) == 1 else "(" + " <-> ".join(lexemes) + ")"

    column = _COLUMN_FILTER.fullmatch(expression.strip())
    if column:  # `{titles} : (…)`: the words in that column, its weight in the document
        weight = COLUMN_WEIGHTS[column.group(1)]
        return _LEXEME.sub(lambda m: f"{m.group(1)}:{'*' if m.group(2) else ''}{weight}",
                           tsquery(column.group(2)))
    text = _PHRASE.sub(phrase, expression)
    text = re.sub(r"\s*\bNOT\b\s*", " & !", text)  # FTS5's `a NOT b` (query_ops): a & !b
    return re.sub(r"\bOR\b", "|", re.sub(r"\bAND\b", "&", text))


# The search index: FTS5's MATCH is a tsquery on the document (its parameter, the expression
# wordforms.py writes, is rewritten by `tsquery`); bm25 ranks are not the server's.
_MATCH = re.compile(r"\bworks_index\s+MATCH\s+\?", re.IGNORECASE)
_RANKED = re.compile(r"SELECT rowid, bm25\(works_index(?:,\s*[\d.]+)*\) AS score "
                     r"FROM works_index WHERE works_index MATCH \?", re.IGNORECASE)
# The ranked page (search.py): whether the titles match, read in the same pass as the rank
# (the file asks its index twice; a second scan of the tsvectors would cost the server as much).
_RANKED_WITH_TITLES = re.compile(
    r"SELECT w\.key, w\.key IN \(SELECT rowid FROM works_index WHERE works_index MATCH \?\) "
    r"FROM works w JOIN \(SELECT rowid, bm25\(works_index(?:,\s*[\d.]+)*\) AS score "
    r"FROM works_index WHERE works_index MATCH \?\) r", re.IGNORECASE)
_BM25 = re.compile(r"bm25\(works_index(?:,\s*[\d.]+)*\)", re.IGNORECASE)
_WHERE_1 = re.compile(r"\bWHERE\s+1\b(?!\s*[=<>!.])", re.IGNORECASE)  # SQLite's "always"
_TEMP = re.compile(r"\btemp\.", re.IGNORECASE)
# SQLite's comparisons are integers: `flag = (? = 'x')` compares a 0/1 column with one.
_TRUTH = re.compile(r"(\w+\.\w+) = \(\? = '(\w+)'\)")
# Russian order: the server's own ICU collation (initdb makes it) agrees with SQLite's RUSSIAN.
_RUSSIAN = re.compile(r"\bCOLLATE\s+RUSSIAN\b")
_INDEXED_BY = re.compile(r"\s+INDEXED\s+BY\s+\w+", re.IGNORECASE)
_JSON_EACH = re.compile(
    r"json_each\(CASE WHEN json_array_length\((\w+\.\w+)\) > 0 THEN \1 "
    r"ELSE json_array\((\w+\.\w+)\) END\)(\s+(?!WHERE\b)(\w+)\b)?", re.IGNORECASE)


# PostgreSQL's ORDER BY may name an output column, but not use one inside an expression
# (`mission_start IS NULL`): such a name is replaced by the subquery it stands for.
_ALIASED = re.compile(r"(\(SELECT [^()]*\)) AS (\w+)")


def _order_by_aliases(sql: str) -> str:
    aliases = {m.group(2): m.group(1) for m in _ALIASED.finditer(sql)}
    at = sql.upper().rfind(" ORDER BY ")
    if not aliases or at < 0:
        return sql
    tail = sql[at:]
    for alias, expression in aliases.items():
        tail = re.sub(rf"(?<![.\w]){alias}\b", expression.replace("\\", "\\\\"), tail)
    return sql[:at] + tail


def _json_each(match: re.Match[str]) -> str:
    alias = match.group(4) or "j"
    return (f"jsonb_array_elements_text(CASE WHEN jsonb_array_length(coalesce("
            f"{match.group(1)}, '[]')::jsonb) > 0 THEN {match.group(1)}::jsonb "
            f"ELSE jsonb_build_array({match.group(2)}) END) AS {alias}(value)")


@lru_cache(maxsize=2048)
def translate(sql: str, with_params: bool) -> tuple[str, str | None, tuple[int, ...]]:
    """(the statement in PostgreSQL's dialect, the generated-key column it returns or None,
    the positions of its parameters that are MATCH expressions)."""
    stripped = sql.strip().rstrip(";")
    upper = stripped.upper()
    if upper == "BEGIN IMMEDIATE":
        return BEGIN_WRITE, None, ()
    if upper in ("BEGIN", "BEGIN DEFERRED", "BEGIN TRANSACTION"):
        return BEGIN_READ, None, ()
    returning = None
    stripped = _RANKED_WITH_TITLES.sub(
        "SELECT w.key, r.in_titles FROM works w JOIN (SELECT rowid, document @@ to_tsquery("
        "'simple', ?\0) AS in_titles, -ts_rank(document, q) AS score FROM works_index, "
        "to_tsquery('simple', ?\0) q WHERE document @@ q) r", stripped)
    stripped = _RANKED.sub("SELECT rowid, -ts_rank(document, q) AS score FROM works_index, "
                           "to_tsquery('simple', ?\0) q WHERE document @@ q", stripped)
    stripped = _MATCH.sub("works_index.document @@ to_tsquery('simple', ?\0)", stripped)
    stripped = _BM25.sub("0", stripped)
    stripped = _INDEXED_BY.sub("", stripped)
    stripped = _RUSSIAN.sub('COLLATE "ru-x-icu"', stripped)
    stripped = _TEMP.sub("pg_temp.", stripped)
    stripped = _WHERE_1.sub("WHERE true", stripped)
    stripped = _TRUTH.sub(r"\1 = (CASE WHEN ? = '\2' THEN 1 ELSE 0 END)", stripped)
    stripped = _JSON_EACH.sub(_json_each, stripped)
    stripped = _order_by_aliases(stripped)
    match = _INSERT.match(stripped)
    if match:
        action, table = (match.group(1) or "").upper(), match.group(2).lower()
        stripped = re.sub(r"^\s*INSERT\s+OR\s+(IGNORE|REPLACE)\s+INTO", "INSERT INTO",
                          stripped, count=1, flags=re.IGNORECASE)
        if action == "IGNORE":
            stripped += " ON CONFLICT DO NOTHING"
        elif action == "REPLACE":
            keys = REPLACE_KEYS.get(table, ("id",))
            columns = [c.strip() for c in (match.group(4) or "").split(",") if c.strip()]
            sets = ", ".join(f"{c} = EXCLUDED.{c}" for c in columns if c not in keys)
            stripped += f" ON CONFLICT ({', '.join(keys)}) DO UPDATE SET {sets}"
        if table in GENERATED_KEYS and "RETURNING" not in upper:
            returning = GENERATED_KEYS[table]
            stripped += f" RETURNING {returning}"
    stripped = _GROUP_CONCAT.sub(
        lambda m: f"string_agg(({m.group(1)})::text, {m.group(2) or repr(',')})", stripped)
    stripped = _LIKE.sub(lambda m: "NOT ILIKE" if m.group(0).upper().startswith("NOT")
                         else "ILIKE", stripped)
    text, matches = _outside_strings(stripped, "params" if with_params else "plain")
    return text, returning, matches
