"""The append-only audit trail: every change, who made it, when, and the record before/after."""

from __future__ import annotations

import json
import sqlite3
import uuid
from typing import Any


def new_change_id() -> str:
    return uuid.uuid4().hex


def record(con: sqlite3.Connection, *, change_id: str, at: str, who: str, table: str,
           record_id: str, action: str, before: dict[str, Any] | None,
           after: dict[str, Any] | None) -> None:
    """Append one history row; call inside the transaction that makes the change."""
    con.execute(
        "INSERT INTO history(change_id, at, who, table_name, record_id, action, before, after)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        (change_id, at, who, table, record_id, action, _dump(before), _dump(after)))


def _dump(value: dict[str, Any] | None) -> str | None:
    if value is None:
        return None
    return json.dumps(value, ensure_ascii=False, sort_keys=True)


def entries(con: sqlite3.Connection, table: str, record_id: str) -> list[dict[str, Any]]:
    """Every change to one record, oldest first, with a field-by-field diff."""
    rows = con.execute(
        "SELECT * FROM history WHERE table_name = ? AND record_id = ? ORDER BY id",
        (table, record_id)).fetchall()
    out = []
    for row in rows:
        before = json.loads(row["before"]) if row["before"] else None
        after = json.loads(row["after"]) if row["after"] else None
        out.append({
            "id": row["id"], "change_id": row["change_id"], "at": row["at"],
            "who": row["who"], "action": row["action"], "before": before, "after": after,
            "changes": diff(before, after),
        })
    return out


def change_entries(con: sqlite3.Connection, change_id: str) -> list[dict[str, Any]]:
    """Every history row of one change (a save, batch edit or import), in the order written."""
    rows = con.execute("SELECT * FROM history WHERE change_id = ? ORDER BY id",
                       (change_id,)).fetchall()
    return [{"id": row["id"], "at": row["at"], "who": row["who"], "table": row["table_name"],
             "record_id": row["record_id"], "action": row["action"],
             "before": json.loads(row["before"]) if row["before"] else None,
             "after": json.loads(row["after"]) if row["after"] else None} for row in rows]


_NOT_CONTENT = {"version", "updated_at", "created_at"}


def diff(before: dict[str, Any] | None, after: dict[str, Any] | None) -> list[dict[str, Any]]:
    """The fields whose values differ, as [{field, before, after}] (bookkeeping left out)."""
    before, after = before or {}, after or {}
    fields = sorted((set(before) | set(after)) - _NOT_CONTENT)
    return [{"field": f, "before": before.get(f), "after": after.get(f)}
            for f in fields if before.get(f) != after.get(f)]


def blame(con: sqlite3.Connection, table: str, record_id: str) -> dict[str, dict[str, str]]:
    """For each field, who changed it last and when: {field: {who, at}}."""
    last: dict[str, dict[str, str]] = {}
    for entry in entries(con, table, record_id):
        for change in entry["changes"]:
            last[change["field"]] = {"who": entry["who"], "at": entry["at"]}
    return last
