"""Run a multi-statement SQL script inside the caller's open transaction."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable


def script(sql: str) -> Callable[[sqlite3.Connection], None]:
    def run(con: sqlite3.Connection) -> None:
        # Statement by statement: executescript() would COMMIT our open transaction.
        buffer = ""
        for line in sql.splitlines(keepends=True):
            buffer += line
            if sqlite3.complete_statement(buffer):
                con.execute(buffer)
                buffer = ""

    return run
