"""Search: typed text (safe FTS5 prefix match) plus combinable filters, with facet counts.

Each filter narrows the result; each facet's counts are computed with every *other* filter
applied, so a visitor sees how many works each choice would give (facets.py). Ranking with
bm25() costs time in proportion to the hits, so a query that matches more than `RANK_LIMIT`
works is ordered by date instead: a visitor who typed one letter wants results, not a perfect
order.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass, field
from typing import Any

from . import date_walk, spelling
from .collation import COLLATION
from .facet_sql import FACETS, KIND_VALUE, MEDIUM_VALUES
from .names import safe_image_path
from .query_ops import parse
from .snippets import Snippet, snippets
from .wordforms import index_text, match_expression

RANK_LIMIT = 2000
WALK_FROM = 500  # hits: from here on, walking the date index beats sorting every hit
WALK_BUDGET = 2000  # works the date walk in Python reads at most (date_walk.py)
_MOST = 2**62  # the largest limit or offset passed on to SQLite
SORTS = ("relevance", "date", "date_desc", "title", "title_ru", "added", "mission")


@dataclass
class WorkRow:
    """What a grid cell needs: no descriptions, no links."""

    id: str
    title: str
    title_ru: str | None
    date_display: str | None
    date_earliest: str | None
    image_path: str | None
    image_sha256: str | None
    image_is_standin: bool
    confidence: str
    date_display_ru: str | None = None  # the date as a Russian reader reads it (schema v5)
    kind: str | None = None             # the kind of work's label, in English
    kind_ru: str | None = None          # … and in Russian
    mission: str | None = None          # sorted by mission: its first mission's name, …
    mission_ru: str | None = None       # … in Russian (None: no mission, or another order)


@dataclass
class SearchResult:
    rows: list[WorkRow]
    total: int
    facets: dict[str, list[tuple[str, str, int]]] = field(default_factory=dict)
    ranked: bool = False
    corrected_query: str | None = None  # set when nothing matched what was typed and this did
    total_exact: bool = True  # False: asked not to count, and `total` is only an estimate
    snippets: dict[str, Snippet] = field(default_factory=dict)  # work id → why it came up


# Each filter: the SQL condition for one chosen value (OR-ed when several are chosen).
_CONDITIONS = {
    "mission": "w.id IN (SELECT work_id FROM work_missions WHERE mission_id = ?)",
    "person": "w.id IN (SELECT work_id FROM work_people WHERE person_id = ?)",
    "series": "w.series = ?",
    "holder": "coalesce(w.current_holder, '') = ?",
    "category": f"{KIND_VALUE} = ?",
    "medium": f"? IN (SELECT value FROM {MEDIUM_VALUES})",
    "certainty": "w.date_certainty = ?",
    "confidence": "w.confidence = ?",
    "image": "w.image_is_standin = (? = 'standin')",
    "decade": "substr(w.date_earliest, 1, 3) = substr(?, 1, 3)",
    "record": "w.record_kind = ?",
}

# What the v5 conditions read from a catalog older than v5 (opened read-only, not migrated).
_BEFORE_V5 = {"medium": "w.medium = ?", "category": "w.category = ?", "record": "? = 'work'"}

_ORDER = {
    "date": "w.date_earliest IS NULL, w.date_earliest, w.title COLLATE NOCASE",
    "date_desc": "w.date_earliest IS NULL, w.date_earliest DESC, w.title COLLATE NOCASE",
    "title": "w.title COLLATE NOCASE, w.id",
    # by the title a Russian reader sees (the English one where none is given), in Russian
    # order: the editor's list and the grid sorted by title in the Russian interface
    "title_ru": f"coalesce(nullif(w.title_ru, ''), w.title) COLLATE {COLLATION}, w.id",
    "added": "w.created_at DESC, w.key DESC",
    # by mission: the works of the earliest mission first (a work of several under its
    # first), then those of no mission; by date within each
    "mission": "mission_start IS NULL, mission_start, mission_name, w.date_earliest IS NULL, "
               "w.date_earliest, w.title COLLATE NOCASE",
}
# A work's first mission (by start date), read only when sorting by mission.
_FIRST_MISSION = ("(SELECT {col} FROM work_missions wm JOIN missions m ON m.id = wm.mission_id "
                  "WHERE wm.work_id = w.id ORDER BY m.date_start IS NULL, m.date_start, m.id "
                  "LIMIT 1)")
_MISSION_COLUMNS = ", ".join(_FIRST_MISSION.replace("{col}", col) + f" AS {alias}" for col, alias
                             in (("m.date_start", "mission_start"), ("m.name", "mission_name"),
                                 ("m.name_ru", "mission_name_ru")))


def _as_list(value: Any) -> list[Any]:
    if value is None or value == "" or value == []:
        return []
    return list(value) if isinstance(value, list | tuple | set) else [value]


def _conditions(match: str | None, filters: dict[str, Any], include_deleted: bool,
                skip: str | None = None, hits_table: bool = False,
                v5: bool = True) -> tuple[list[str], list[Any]]:
    where: list[str] = [] if include_deleted else ["w.deleted_at IS NULL"]
    params: list[Any] = []
    if match and hits_table:
        where.append("w.key IN (SELECT key FROM temp.search_hits)")
    elif match:
        where.append("w.key IN (SELECT rowid FROM works_index WHERE works_index MATCH ?)")
        params.append(match)
    for name, value in filters.items():
        if name == skip:
            continue
        if name in ("year_from", "year_to"):
            if value in (None, ""):
                continue
            year = int(value)
            if name == "year_from":
                where.append("coalesce(w.date_latest, w.date_earliest) >= ?")
                params.append(f"{year:04d}-01-01")
            else:
                where.append("coalesce(w.date_earliest, w.date_latest) <= ?")
                params.append(f"{year:04d}-12-31")
            continue
        if name not in _CONDITIONS:
            raise ValueError(f"unknown filter {name!r}")
        values = _as_list(value)
        condition = _CONDITIONS[name] if v5 or name not in _BEFORE_V5 else _BEFORE_V5[name]
        if values:
            where.append("(" + " OR ".join([condition] * len(values)) + ")")
            params.extend(str(v) for v in values)
    return where, params


def search(con: sqlite3.Connection, query: str, filters: dict[str, Any], sort: str,
           limit: int, offset: int, facets: bool, include_deleted: bool,
           correct: bool = True, snippets_lang: str | None = None,
           count: bool = True) -> SearchResult:
    """One page of works. `count=False` lets a query with more than RANK_LIMIT hits skip the
    exact count (a second pass over every hit): `total` is then an estimate and
    `total_exact` False; the window takes the count from its facet call, which follows."""
    if sort not in SORTS:
        raise ValueError(f"unknown sort {sort!r}; choose one of {', '.join(SORTS)}")
    match = match_expression(query or "")
    operators = parse(query or "").operators
    if match is None and operators:
        query = ""  # "OR", "NOT" alone, or only words to leave out: no search (the box says so)
    if match is None and (query or "").strip():
        # Only symbols typed ("🚀", "*"): no work holds them, and no facet value either.
        return SearchResult([], 0, facets={name: [] for name in FACETS} if facets else {})
    v5 = _has_column(con, "works", "medium_terms")
    where, params = _conditions(match, filters, include_deleted, v5=v5)
    clause = " AND ".join(where) or "1"
    text_only = bool(match) and not include_deleted and not _filtered(filters)
    # The walks in Python read works' index text to save SQLite a pass of its index; on a
    # server that text would cross the network, and the server's own plan is cheaper.
    local = getattr(con, "dialect", "sqlite") == "sqlite"
    matcher = date_walk.matcher_for(query) if text_only and local else None
    counted = None  # the facet counts and the total, from one pass of the index
    if facets and text_only:
        from .facets import facets_and_total  # (numpy: only where counts are asked for)

        counted = facets_and_total(con, match, filters, include_deleted)
    sampled = _sampled(con, match) if text_only and match and counted is None else None
    exact = sampled is None or sampled <= RANK_LIMIT or count
    if counted is not None:
        total = counted[1]
    elif sampled is not None and (sampled <= RANK_LIMIT or not count):
        total = sampled
    else:
        total = _count(con, match, filters, include_deleted, clause, params, matcher)
    if total == 0 and match and correct and not operators:  # OR/NOT: the words as typed
        corrected = spelling.correct(con, query)
        if corrected is not None:
            result = search(con, corrected, filters, sort, limit, offset, facets,
                            include_deleted, correct=False, snippets_lang=snippets_lang,
                            count=count)
            if result.total:
                result.corrected_query = corrected
                return result
    ranked = bool(match) and sort == "relevance" and total <= RANK_LIMIT
    columns = ("w.id, w.title, w.title_ru, w.date_display, w.date_earliest, w.image_path, "
               "w.image_sha256, w.image_is_standin, w.confidence, "
               + (_V5_COLUMNS if v5 else "NULL, w.work_type, NULL")
               + (", " + _MISSION_COLUMNS if sort == "mission" else ""))
    # SQLite takes 64-bit numbers: beyond the catalog's size a bigger one means the same.
    limit, offset = (min(max(0, int(n)), _MOST) for n in (limit, offset))
    if ranked:
        # Works whose own title (English or Russian) matches come first, then those whose
        # other titles do, then bm25 (a title weighs most) decides: a rare word in a
        # description must not outrank the typed word in a title. The join already keeps the
        # hits: the other conditions alone, and the columns read for the page's works only,
        # not for every hit the ranking sorts.
        others, other_params = _conditions(None, filters, include_deleted, v5=v5)
        sql = (f"SELECT w.key, w.key IN (SELECT rowid FROM works_index WHERE works_index "
               f"MATCH ?) FROM works w JOIN (SELECT rowid, bm25(works_index, 10.0, 2.0, "
               f"4.0, 4.0, 1.0) AS score FROM works_index WHERE works_index MATCH ?) r "
               f"ON r.rowid = w.key WHERE {' AND '.join(others) or '1'} "
               f"ORDER BY 2 DESC, r.score, w.date_earliest")
        ordered = con.execute(sql, [f"{{titles}} : ({match})", match, *other_params]).fetchall()
        keys = _own_titles_first(con, query, ordered)[offset:offset + limit]
        rows = date_walk.rows_of(con, columns, keys)
    elif sort in ("date", "relevance") and total >= WALK_FROM and not include_deleted \
            and _has_index(con, "works_live_date"):
        walked = None
        expected = _expected_reads(con, total, limit + offset)
        if matcher is not None and match and expected <= WALK_BUDGET // 4:
            walked = date_walk.date_page(con, columns, matcher, match, limit, offset,
                                         WALK_BUDGET, expected)
        rows = walked if walked is not None else _date_page(con, columns, clause, params,
                                                            limit, offset)
    else:
        order = _ORDER.get(sort, _ORDER["date"])
        rows = con.execute(f"SELECT {columns} FROM works w WHERE {clause} ORDER BY {order} "
                           f"LIMIT ? OFFSET ?", [*params, limit, offset]).fetchall()
    by_mission = sort == "mission"
    result = SearchResult([WorkRow(r[0], r[1], r[2], r[3], r[4], safe_image_path(r[5]), r[6],
                                   bool(r[7]), r[8], r[9], r[10], r[11],
                                   r[13] if by_mission else None,
                                   r[14] if by_mission else None) for r in rows], total,
                          ranked=ranked, total_exact=exact)
    if facets:
        result.facets = counted[0] if counted else facet_counts(con, match, filters,
                                                                 include_deleted)
    if snippets_lang and match:
        result.snippets = snippets(con, [r.id for r in result.rows], query, snippets_lang)
    return result


OWN_TITLES_AT_MOST = 500  # title hits: beyond this many, the index's title column alone decides


def _own_titles_first(con: sqlite3.Connection, query: str,
                      ordered: list[tuple[int, int]]) -> list[int]:
    """The keys of `ordered` (key, whether the index's titles column matched), those whose
    shown title or Russian title matches moved first: the titles column also holds other
    titles ("On lunar orbit", a Spanish "Sobre la Luna"), which the grid does not show."""
    keys = [key for key, _ in ordered]
    titled = [key for key, in_titles in ordered if in_titles]
    matcher = date_walk.matcher_for(query) if titled else None
    if matcher is None or len(titled) > OWN_TITLES_AT_MOST:
        return keys
    own = {key for key, title, title_ru in con.execute(
        f"SELECT key, title, title_ru FROM works WHERE key IN ({', '.join('?' * len(titled))})",
        titled) if matcher.matches(index_text(f"{title} \n{title_ru or ''}")) is True}
    return sorted(keys, key=lambda key: key not in own)


def _filtered(filters: dict[str, Any]) -> bool:
    return any(_as_list(v) for v in filters.values())


def _sampled(con: sqlite3.Connection, match: str) -> int | None:
    """With an empty trash, the number of hits when at most RANK_LIMIT, else an estimate
    (from where the next hit falls among the work keys); None with works in the trash. One
    short pass of the index, as cheap as the bare MATCH of a page."""
    if not _has_index(con, "works_trashed") or con.execute(
            "SELECT 1 FROM works INDEXED BY works_trashed WHERE deleted_at IS NOT NULL "
            "LIMIT 1").fetchone() is not None:
        return None
    if getattr(con, "dialect", "sqlite") != "sqlite":  # a server counts without sending keys
        return int(con.execute("SELECT count(*) FROM works_index WHERE works_index MATCH ?",
                               (match,)).fetchone()[0])
    keys = con.execute("SELECT rowid FROM works_index WHERE works_index MATCH ? LIMIT ?",
                       (match, RANK_LIMIT + 1)).fetchall()
    if len(keys) <= RANK_LIMIT:
        return len(keys)
    highest = con.execute("SELECT max(key) FROM works").fetchone()[0] or 0
    return max(len(keys), len(keys) * highest // max(1, keys[-1][0]))


def _expected_reads(con: sqlite3.Connection, total: int, wanted: int) -> int:
    """How many works a walk in date order reads to meet `wanted` of `total` hits: the hits
    must be common for it to beat the SQL walk (the catalog's size estimated from the highest
    work key: keys are rarely reused)."""
    highest = con.execute("SELECT max(key) FROM works").fetchone()[0] or 0
    return wanted * highest // max(1, total)


def _count(con: sqlite3.Connection, match: str | None, filters: dict[str, Any],
           include_deleted: bool, clause: str, params: list[Any],
           matcher: date_walk.Matcher | None = None) -> int:
    if (match and not include_deleted and not _filtered(filters)
            and _has_index(con, "works_trashed")):
        # Text alone: the index counts its hits without reading a row each, and the few
        # hits in the trash are taken off (works_trashed holds just those).
        hits = con.execute("SELECT count(*) FROM works_index WHERE works_index MATCH ?",
                           (match,)).fetchone()[0]
        if con.execute("SELECT 1 FROM works INDEXED BY works_trashed "
                       "WHERE deleted_at IS NOT NULL LIMIT 1").fetchone() is None:
            return int(hits)  # an empty trash: nothing to take off
        if matcher is not None and (trashed := date_walk.trashed_hits(con, matcher, match)) \
                is not None:
            return int(hits - trashed)  # a small trash: read its works, not every hit again
        trashed = con.execute(
            "SELECT count(*) FROM works INDEXED BY works_trashed WHERE deleted_at IS NOT NULL "
            "AND key IN (SELECT rowid FROM works_index WHERE works_index MATCH ?)",
            (match,)).fetchone()[0]
        return int(hits - trashed)
    return int(con.execute(f"SELECT count(*) FROM works w WHERE {clause}", params)
               .fetchone()[0])


def _has_index(con: sqlite3.Connection, name: str) -> bool:
    # A catalog older than schema v4 opened read-only has neither of v4's indexes.
    return con.execute("SELECT 1 FROM sqlite_master WHERE type = 'index' AND name = ?",
                       (name,)).fetchone() is not None


# The Russian date and the kind of work's labels (a term; an unknown code stands for itself).
_V5_COLUMNS = (
    "w.date_display_ru, "
    "coalesce((SELECT t.label FROM terms t WHERE t.scheme = 'work_type' "
    "AND t.code = w.work_type), w.work_type), "
    "(SELECT t.label_ru FROM terms t WHERE t.scheme = 'work_type' AND t.code = w.work_type)")


def _has_column(con: sqlite3.Connection, table: str, column: str) -> bool:
    # A catalog older than schema v5 opened read-only has no Russian dates yet.
    return any(row[1] == column for row in con.execute(f"PRAGMA table_info({table})"))


def _date_page(con: sqlite3.Connection, columns: str, clause: str, params: list[Any],
               limit: int, offset: int) -> list[Any]:
    """One page in date order (undated works last, as _ORDER["date"] has it), found by
    walking the live works' date index and keeping the hits: for a query that matches much
    of the catalog this stops after a page, where ORDER BY would sort every hit first."""
    dated = con.execute(
        f"SELECT {columns} FROM works w INDEXED BY works_live_date WHERE {clause} "
        f"AND w.date_earliest IS NOT NULL ORDER BY w.date_earliest, w.title COLLATE NOCASE "
        f"LIMIT ? OFFSET ?", [*params, limit, offset]).fetchall()
    if len(dated) == limit:
        return dated
    dated_hits = con.execute(f"SELECT count(*) FROM works w WHERE {clause} "
                             f"AND w.date_earliest IS NOT NULL", params).fetchone()[0]
    undated = con.execute(
        f"SELECT {columns} FROM works w WHERE {clause} AND w.date_earliest IS NULL "
        f"ORDER BY w.title COLLATE NOCASE LIMIT ? OFFSET ?",
        [*params, limit - len(dated), max(0, offset - dated_hits)]).fetchall()
    return dated + undated


def facet_counts(con: sqlite3.Connection, match: str | None, filters: dict[str, Any],
                 include_deleted: bool) -> dict[str, list[tuple[str, str, int]]]:
    """For each facet, (value, label, count) with every other filter applied; largest first
    (counted in memory: see facets.py, imported here as numpy is needed only for counts)."""
    from .facets import count_facets

    return count_facets(con, match, filters, include_deleted)
