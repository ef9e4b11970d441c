"""Search: typed text (safe FTS5 prefix match) plus combinable filters, with facet counts.

Each filter narrows the result; each facet's counts are computed with every *other* filter
applied, so a visitor sees how many works each choice would give. Ranking with bm25() costs
time in proportion to the hits, so a query that matches more than `RANK_LIMIT` works is ordered
by date instead: a visitor who typed one letter wants results, not a perfect order.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass, field
from typing import Any

from . import spelling
from .names import safe_image_path
from .wordforms import match_expression

RANK_LIMIT = 2000
SORTS = ("relevance", "date", "date_desc", "title", "added")
FACETS = ("mission", "decade", "category", "medium", "person", "series", "holder",
          "certainty", "confidence", "image")


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


@dataclass
class SearchResult:
    rows: list[WorkRow]
    total: int
    facets: dict[str, list[tuple[str, str, int]]] = field(default_factory=dict)
    ranked: bool = False
    corrected_query: str | None = None  # set when nothing matched what was typed and this did


# Each filter: the SQL condition for one chosen value (OR-ed when several are chosen).
_CONDITIONS = {
    "mission": "w.id IN (SELECT work_id FROM work_missions WHERE mission_id = ?)",
    "person": "w.id IN (SELECT work_id FROM work_people WHERE person_id = ?)",
    "series": "w.series = ?",
    "holder": "coalesce(w.current_holder, '') = ?",
    "category": "w.category = ?",
    "medium": "w.medium = ?",
    "certainty": "w.date_certainty = ?",
    "confidence": "w.confidence = ?",
    "image": "w.image_is_standin = (? = 'standin')",
    "decade": "substr(w.date_earliest, 1, 3) = substr(?, 1, 3)",
}

# Facets over link tables: the join that gives each work's (value, label).
_LINK_FACETS = {
    "mission": "work_missions wm ON wm.work_id = w.id JOIN missions f ON f.id = wm.mission_id",
    "person": "work_people wp ON wp.work_id = w.id JOIN people f ON f.id = wp.person_id",
}
_COLUMN_FACETS = {
    "series": "w.series", "holder": "coalesce(w.current_holder, '')", "category": "w.category",
    "medium": "w.medium", "certainty": "w.date_certainty", "confidence": "w.confidence",
    "image": "CASE w.image_is_standin WHEN 1 THEN 'standin' ELSE 'real' END",
    "decade": "substr(w.date_earliest, 1, 3) || '0s'",
}
_ORDER = {
    "date": "w.date_earliest IS NULL, w.date_earliest, w.title COLLATE NOCASE",
    "date_desc": "w.date_earliest IS NULL, w.date_earliest DESC, w.title COLLATE NOCASE",
    "title": "w.title COLLATE NOCASE, w.id",
    "added": "w.created_at DESC, w.key DESC",
}


def _as_list(value: Any) -> list[Any]:
    if value is None or value == "" or value == []:
        return []
    return list(value) if isinstance(value, list | tuple | set) else [value]


def _conditions(match: str | None, filters: dict[str, Any], include_deleted: bool,
                skip: str | None = None, hits_table: bool = False) -> tuple[list[str], list[Any]]:
    where: list[str] = [] if include_deleted else ["w.deleted_at IS NULL"]
    params: list[Any] = []
    if match and hits_table:
        where.append("w.key IN (SELECT key FROM temp.search_hits)")
    elif match:
        where.append("w.key IN (SELECT rowid FROM works_fts WHERE works_fts MATCH ?)")
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
        if values:
            where.append("(" + " OR ".join([_CONDITIONS[name]] * len(values)) + ")")
            params.extend(str(v) for v in values)
    return where, params


def search(con: sqlite3.Connection, query: str, filters: dict[str, Any], sort: str,
           limit: int, offset: int, facets: bool, include_deleted: bool,
           correct: bool = True) -> SearchResult:
    if sort not in SORTS:
        raise ValueError(f"unknown sort {sort!r}; choose one of {', '.join(SORTS)}")
    match = match_expression(query or "")
    where, params = _conditions(match, filters, include_deleted)
    clause = " AND ".join(where) or "1"
    total = con.execute(f"SELECT count(*) FROM works w WHERE {clause}", params).fetchone()[0]
    if total == 0 and match and correct:
        corrected = spelling.correct(con, query)
        if corrected is not None:
            result = search(con, corrected, filters, sort, limit, offset, facets,
                            include_deleted, correct=False)
            if result.total:
                result.corrected_query = corrected
                return result
    ranked = bool(match) and sort == "relevance" and total <= RANK_LIMIT
    columns = ("w.id, w.title, w.title_ru, w.date_display, w.date_earliest, w.image_path, "
               "w.image_sha256, w.image_is_standin, w.confidence")
    limit, offset = max(0, int(limit)), max(0, int(offset))
    if ranked:
        sql = (f"SELECT {columns} FROM works w JOIN (SELECT rowid, bm25(works_fts, 10.0, 2.0, "
               f"4.0, 4.0, 1.0) AS score FROM works_fts WHERE works_fts MATCH ?) r "
               f"ON r.rowid = w.key WHERE {clause} ORDER BY r.score, w.date_earliest "
               f"LIMIT ? OFFSET ?")
        rows = con.execute(sql, [match, *params, limit, offset]).fetchall()
    else:
        order = _ORDER.get(sort, _ORDER["date"])
        rows = con.execute(f"SELECT {columns} FROM works w WHERE {clause} ORDER BY {order} "
                           f"LIMIT ? OFFSET ?", [*params, limit, offset]).fetchall()
    result = SearchResult([WorkRow(r[0], r[1], r[2], r[3], r[4], safe_image_path(r[5]), r[6],
                                   bool(r[7]), r[8]) for r in rows], total, ranked=ranked)
    if facets:
        result.facets = facet_counts(con, match, filters, include_deleted)
    return result


def facet_counts(con: sqlite3.Connection, match: str | None, filters: dict[str, Any],
                 include_deleted: bool) -> dict[str, list[tuple[str, str, int]]]:
    """For each facet, (value, label, count) with every other filter applied; largest first.

    The text match is run once into a temporary table that every facet query reuses.
    """
    if match:
        con.execute("CREATE TEMP TABLE IF NOT EXISTS search_hits(key INTEGER PRIMARY KEY)")
        con.execute("DELETE FROM temp.search_hits")
        con.execute("INSERT INTO temp.search_hits SELECT rowid FROM works_fts "
                    "WHERE works_fts MATCH ?", (match,))
    out: dict[str, list[tuple[str, str, int]]] = {}
    for name in FACETS:
        where, params = _conditions(match, filters, include_deleted, skip=name,
                                    hits_table=True)
        clause = " AND ".join(where) or "1"
        if name in _LINK_FACETS:
            sql = (f"SELECT f.id, f.name, count(DISTINCT w.key) FROM works w JOIN "
                   f"{_LINK_FACETS[name]} WHERE {clause} GROUP BY f.id "
                   f"ORDER BY count(DISTINCT w.key) DESC, f.name")
        else:
            expr = _COLUMN_FACETS[name]
            sql = (f"SELECT {expr}, {expr}, count(*) FROM works w WHERE {clause} "
                   f"AND {expr} IS NOT NULL GROUP BY 1 ORDER BY count(*) DESC, 1")
        out[name] = [(str(v), str(label) if label != "" else "(unknown)", n)
                     for v, label, n in con.execute(sql, params)]
    return out

