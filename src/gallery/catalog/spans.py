"""Pairs of dates where one cannot come before the other (born before died, a start before
its end): refused at every save and reported by `gallery check` for records already stored."""

from __future__ import annotations

import sqlite3
from typing import Any

from .problems import Problem

# table: (first column, last column, English and Russian of "last before first").
SPANS: dict[str, tuple[str, str, str, str]] = {
    "people": ("born_date", "died_date", "the death ({last}) is before the birth ({first})",
               "смерть ({last}) раньше рождения ({first})"),
    "missions": ("date_start", "date_end", "the end ({last}) is before the start ({first})",
                 "конец ({last}) раньше начала ({first})"),
    "exhibitions": ("date_start", "date_end", "the end ({last}) is before the start ({first})",
                    "конец ({last}) раньше начала ({first})"),
}


def is_before(last: Any, first: Any) -> bool:
    """Whether `last` is surely before `first`; partial dates (1934, 1934-03) compare on
    the part both give, so 1934 is not before 1934-03-09."""
    a, b = str(last or ""), str(first or "")
    if not a or not b:
        return False
    n = min(len(a), len(b))
    return a[:n] < b[:n]


def span_problems(table: str, record: dict[str, Any]) -> dict[str, Problem]:
    """{last column: why} when the record's last date is before its first."""
    if table not in SPANS:
        return {}
    first_col, last_col, en, ru = SPANS[table]
    first, last = record.get(first_col), record.get(last_col)
    if not is_before(last, first):
        return {}
    return {last_col: Problem(en.format(first=first, last=last), ru.format(first=first, last=last))}


def stored_span_problems(con: sqlite3.Connection) -> list[str]:
    """One line per stored record whose dates are in an impossible order."""
    lines = []
    for table, (first_col, last_col, en, _) in SPANS.items():
        rows = con.execute(f"SELECT id, {first_col}, {last_col} FROM {table} "
                           f"WHERE {first_col} IS NOT NULL AND {last_col} IS NOT NULL "
                           f"AND {first_col} != '' AND {last_col} != '' ORDER BY id")
        for record_id, first, last in rows:
            if is_before(last, first):
                lines.append(f"{table} {record_id}: " + en.format(first=first, last=last))
    return lines
