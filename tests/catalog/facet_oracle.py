"""The facet counts as SQL gives them: the reference that gallery.catalog.facets (numpy, in
memory) must agree with. It was the store's own implementation until counting moved to memory."""

from __future__ import annotations

import sqlite3
from typing import Any

from gallery.catalog.facets import FACETS, KIND_VALUE, MEDIUM_VALUES, narrows
from gallery.catalog.search import _conditions

# Facets over link tables: the join that gives each work's (value, label).
_LINK_FACETS = {
    "mission": "work_missions wm ON wm.work_id = w.id JOIN missions f ON f.id = wm.mission_id",
    "person": "work_people wp ON wp.work_id = w.id JOIN people f ON f.id = wp.person_id",
}
# Media: the work's medium terms (or its typed medium line), labelled by the term.
_MEDIUM = (f"SELECT m.value, coalesce(t.label, m.value), count(DISTINCT w.key) FROM works w "
           f"CROSS JOIN {MEDIUM_VALUES} m "
           "LEFT JOIN terms t ON t.scheme = 'medium' AND t.id = m.value "
           "WHERE {clause} AND m.value IS NOT NULL AND m.value != '' GROUP BY m.value, t.label "
           "ORDER BY count(DISTINCT w.key) DESC, 2")
_COLUMN_FACETS = {
    "series": "w.series", "holder": "coalesce(w.current_holder, '')", "category": KIND_VALUE,
    "certainty": "w.date_certainty", "confidence": "w.confidence",
    "image": "CASE w.image_is_standin WHEN 1 THEN 'standin' ELSE 'real' END",
    "decade": "substr(w.date_earliest, 1, 3) || '0s'",
    "record": "w.record_kind",
    "year": "substr(w.date_earliest, 1, 4)",
}


def sql_facet_counts(con: sqlite3.Connection, match: str | None, filters: dict[str, Any],
                 include_deleted: bool) -> dict[str, list[tuple[str, str, int]]]:
    """For each facet, (value, label, count) with every other filter applied; largest first.

    The text match is run once into a temporary table that every facet query reuses.
    """
    if match:
        con.execute("CREATE TEMP TABLE IF NOT EXISTS search_hits(key INTEGER PRIMARY KEY)")
        con.execute("DELETE FROM temp.search_hits")
        con.execute("INSERT INTO temp.search_hits SELECT rowid FROM works_index "
                    "WHERE works_index MATCH ?", (match,))
    out: dict[str, list[tuple[str, str, int]]] = {}
    for name in FACETS:
        kept = {key: value for key, value in filters.items() if narrows(key, name)}
        where, params = _conditions(match, kept, include_deleted, hits_table=True)
        clause = " AND ".join(where) or "1"
        if name == "medium":
            sql = _MEDIUM.replace("{clause}", clause)
        elif name in _LINK_FACETS:
            sql = (f"SELECT f.id, f.name, count(DISTINCT w.key) FROM works w JOIN "
                   f"{_LINK_FACETS[name]} WHERE {clause} GROUP BY f.id "
                   f"ORDER BY count(DISTINCT w.key) DESC, f.name")
        else:
            expr = _COLUMN_FACETS[name]
            # a kind of work reads as its term's label; other values as themselves
            label = (f"coalesce((SELECT k.label FROM terms k WHERE k.scheme = 'work_type' "
                     f"AND k.code = {expr}), {expr})") if name == "category" else expr
            order = "v" if name == "year" else "count(*) DESC, v"
            # (grouped in an outer query: PostgreSQL cannot group by a correlated subquery)
            sql = (f"SELECT v, l, count(*) FROM (SELECT {expr} AS v, {label} AS l FROM works w "
                   f"WHERE {clause}) s WHERE v IS NOT NULL GROUP BY v, l ORDER BY {order}")
        out[name] = [(str(v), str(label) if label != "" else "(unknown)", n)
                     for v, label, n in con.execute(sql, params)]
    return out

