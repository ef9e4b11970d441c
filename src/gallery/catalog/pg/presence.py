"""Who has which record open, on a server: a heartbeat row per open editor.

Each open catalog (one editor window) keeps one row, keyed by a token of its own, naming its
user, host and the record it shows; it is written again every few seconds while the record is
open. A row not written for `FRESH_S` seconds is a window that went away (crashed, lost its
network) and is ignored, then cleaned. The token starts with the window's process (pid and
start time), so a window that was killed on this computer is ignored at once by the same
curator's next window, not shown to them as someone else for `FRESH_S` seconds. The table is
UNLOGGED: presence is not data, and a server restart forgets it, as it should.
"""

from __future__ import annotations

import os
import uuid
from contextlib import suppress
from typing import Any

import psycopg

from ..drafts import process_alive, process_started

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


def new_token() -> str:
    """A window's token: PID.START.RANDOM (see `_dead_here`)."""
    pid = os.getpid()
    return f"{pid}.{process_started(pid)}.{uuid.uuid4().hex}"


def _dead_here(token: str, who: str, host: str, me: tuple[str, str] | None) -> bool:
    """Whether this row is the same curator's window on this computer whose process is gone.
    Another host's or another curator's process cannot be checked from here."""
    if me is None or (who, host) != me:
        return False
    pid, _, rest = token.partition(".")
    started = rest.partition(".")[0]
    return pid.isdigit() and not process_alive(int(pid), started)


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


def others(con: Any, token: str, table: str, record_id: str,
           me: tuple[str, str] | None = None) -> list[dict[str, str]]:
    """The other windows showing this record now: [{who, host}], oldest first; `me` (who,
    host) lets a dead window of this curator on this computer be left out."""
    rows = con.raw.execute(
        "SELECT who, host, token FROM gallery_presence WHERE table_name = %s AND record_id = %s "
        "AND token <> %s AND seen > now() - make_interval(secs => %s) ORDER BY seen",
        (table, record_id, token, FRESH_S)).fetchall()
    return [{"who": str(r[0]), "host": str(r[1])} for r in rows
            if not _dead_here(str(r[2]), str(r[0]), str(r[1]), me)]
