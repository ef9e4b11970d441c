"""SQLite's PRAGMAs that the catalog's modules ask, answered from PostgreSQL's catalogs.

`user_version` is the schema version in `gallery_meta`; `table_info` reads
pg_catalog in SQLite's row shape (cid, name, type, notnull, dflt_value, pk); the
checks that have no meaning on a server (foreign_key_check, integrity checks of a file) find
nothing; any other PRAGMA (journal mode, busy timeout …) is a file's setting and is ignored.
"""

from __future__ import annotations

import re
from typing import Any

from .rows import Cursor, Row

_PRAGMA = re.compile(r"^\s*PRAGMA\s+(\w+)\s*(?:\(\s*(\w+)\s*\)|=\s*(\S+))?\s*;?\s*$",
                     re.IGNORECASE)
APPLICATION_ID = 0x4C454F4E

# From pg_catalog, not information_schema: the latter's views cost milliseconds a question,
# and the search asks for a table's columns on every call.
_TABLE_INFO = """
SELECT a.attnum - 1 AS cid, a.attname::text AS name, upper(format_type(a.atttypid, NULL))
       AS type, a.attnotnull::int AS notnull, pg_get_expr(d.adbin, d.adrelid) AS dflt_value,
       coalesce(array_position(k.conkey, a.attnum), 0) AS pk
FROM pg_attribute a
LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum
LEFT JOIN pg_constraint k ON k.conrelid = a.attrelid AND k.contype = 'p'
WHERE a.attrelid = to_regclass(%s) AND a.attnum > 0 AND NOT a.attisdropped
ORDER BY a.attnum
"""


def answer(con: Any, sql: str) -> Cursor | None:
    """The PRAGMA's answer, or None when `sql` is not a PRAGMA."""
    if sql.lstrip()[:6].upper() != "PRAGMA":
        return None
    match = _PRAGMA.match(sql)
    if match is None:
        return Cursor([], None, 0)
    name, argument = match.group(1).lower(), match.group(2)

    def rows(sql: str, params: Any = None) -> Cursor:
        with con.raw.cursor() as cursor:
            cursor.execute(sql, params)
            found = cursor.fetchall()
            index = {c.name: i for i, c in enumerate(cursor.description or [])}
        return Cursor([Row(tuple(r), index) for r in found], None, 0)

    if name == "user_version":
        return rows("SELECT coalesce((SELECT value::int FROM gallery_meta "
                    "WHERE key = 'schema_version'), 0) AS user_version")
    if name == "application_id":
        return Cursor([Row((APPLICATION_ID,), {"application_id": 0})], None, 0)
    if name == "table_info" and argument:
        return rows(_TABLE_INFO, (argument.lower(),))
    if name == "data_version":
        return rows("SELECT coalesce(max(id), 0) AS data_version FROM history")
    if name in ("quick_check", "integrity_check"):
        return Cursor([Row(("ok",), {name: 0})], None, 0)
    return Cursor([], None, 0)
