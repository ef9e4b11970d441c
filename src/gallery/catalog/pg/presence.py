"""Who has which record open, on a server: a heartbeat row per open editor.

Each open catalog (one editor window) keeps one row, keyed by a token of its own, naming its
user, host and the record it shows; it is written again every few seconds while the record is
open. A row not written for `FRESH_S` seconds is a window that went away (crashed, lost its
network) and is ignored, then cleaned. The table is UNLOGGED: presence is not data, and a
server restart forgets it, as it should.
"""

from __future__ import annotations

from contextlib import suppress
from typing import Any

import psycopg

FRESH_S = 30

CREATE = """
CREATE UNLOGGED TABLE IF NOT EXISTS gallery_presence (
    token text PRIMARY KEY,
    who text NOT NULL,
    host text NOT NULL,
    table_name text,
    record_id text,
    seen timestamptz NOT NULL DEFAULT now()
);
"""


def beat(con: Any, token: str, who: str, host: str, table: str | None,
         record_id: str | None) -> None:
    """Say (again) that this window shows `record_id` of `table` (None: no record)."""
    con.raw.execute(
        "INSERT INTO gallery_presence(token, who, host, table_name, record_id, seen) "
        "VALUES (%s, %s, %s, %s, %s, now()) ON CONFLICT (token) DO UPDATE SET "
        "table_name = EXCLUDED.table_name, record_id = EXCLUDED.record_id, seen = now()",
        (token, who, host, table, record_id))
    con.raw.execute("DELETE FROM gallery_presence WHERE seen < now() - make_interval("
                    "secs => %s)", (FRESH_S * 10,))


def leave(con: Any, token: str) -> None:
    """Forget this window's row (a lost connection forgets it by itself: it goes stale)."""
    with suppress(psycopg.Error):
        con.raw.execute("DELETE FROM gallery_presence WHERE token = %s", (token,))


def others(con: Any, token: str, table: str, record_id: str) -> list[dict[str, str]]:
    """The other windows showing this record now: [{who, host}], oldest first."""
    rows = con.raw.execute(
        "SELECT who, host FROM gallery_presence WHERE table_name = %s AND record_id = %s "
        "AND token <> %s AND seen > now() - make_interval(secs => %s) ORDER BY seen",
        (table, record_id, token, FRESH_S)).fetchall()
    return [{"who": str(r[0]), "host": str(r[1])} for r in rows]
