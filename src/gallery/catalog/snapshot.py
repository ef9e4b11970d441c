"""One read transaction around a read that takes several statements.

In WAL mode each statement outside a transaction sees the catalog as it is at that moment, so a
record read in five SELECTs while another process saves can mix two saved versions, and an
export can hold a link to a row it never read. Inside BEGIN … COMMIT every SELECT reads the
same snapshot: the one taken at the first read.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def read_snapshot(con: sqlite3.Connection) -> Iterator[sqlite3.Connection]:
    """Run the block's reads on one snapshot; inside a transaction already, reuse that one."""
    if con.in_transaction:
        yield con
        return
    con.execute("BEGIN")
    try:
        yield con
    finally:
        # Nothing was written, so ending it either way is the same; a failed read may already
        # have ended it.
        if con.in_transaction:
            con.execute("ROLLBACK")


def catalog_state(con: sqlite3.Connection) -> tuple[int, int]:
    """Changes whenever what this connection reads may have changed: `data_version` moves when
    another connection commits, `total_changes` with our own writes. A key for caches kept
    beside SQLite (held together with the connection itself: ids of closed ones are reused)."""
    return con.execute("PRAGMA data_version").fetchone()[0], con.total_changes
