"""Characters no catalog text may hold: C0/C1 control characters (a bell, an escape that
colours a terminal) and the bidi embeddings, overrides and isolates that reorder the text
around them (a title shown reversed). Tab and newline are kept where a field has lines;
names and titles have one line."""

from __future__ import annotations

import re
import sqlite3
from typing import Any

from .problems import Problem

_CONTROL = "\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f"
_BIDI = "\u202a-\u202e\u2066-\u2069"
_IN_LINES = re.compile(f"[{_CONTROL}{_BIDI}]")
_IN_ONE_LINE = re.compile(f"[{_CONTROL}{_BIDI}\t\n\r]")
# Columns of one line: a record's name or title, its id and the image's file name.
ONE_LINE = frozenset({"id", "title", "title_ru", "name", "name_ru", "label", "label_ru",
                      "image_path", "other_id", "person_id", "mission_id"})


def _why(char: str) -> Problem:
    code = f"U+{ord(char):04X}"
    if "\u202a" <= char <= "\u202e" or "\u2066" <= char <= "\u2069":
        return Problem(f"holds a text-direction character ({code}) that reorders what is "
                       "shown; remove it",
                       f"содержит символ направления текста ({code}), который переставляет "
                       "показанное; удалите его")
    if char in "\t\n\r":
        return Problem("must be one line (it holds a tab or a line break)",
                       "должно быть одной строкой (здесь табуляция или перенос строки)")
    return Problem(f"holds an invisible control character ({code}); remove it",
                   f"содержит невидимый управляющий символ ({code}); удалите его")


def char_problem(column: str, value: str) -> Problem | None:
    """Why `value` cannot be stored in `column`, or None."""
    found = (_IN_ONE_LINE if column in ONE_LINE else _IN_LINES).search(value)
    return _why(found.group()) if found else None


def text_problems(record: dict[str, Any], prefix: str = "") -> dict[str, Problem]:
    """{field: why} for each text of the record (and of its listed parts, such as
    provenance[0].note) holding a character no catalog text may hold."""
    found: dict[str, Problem] = {}
    for key, value in record.items():
        if isinstance(value, str):
            if problem := char_problem(key, value):
                found[prefix + key] = problem
        elif isinstance(value, list):
            for i, item in enumerate(value):
                if isinstance(item, dict):
                    found.update(text_problems(item, f"{prefix}{key}[{i}]."))
                elif isinstance(item, str) and (problem := char_problem(key, item)):
                    found[f"{prefix}{key}[{i}]"] = problem
        elif isinstance(value, dict):
            found.update(text_problems(value, f"{prefix}{key}."))
    return found


def stored_text_problems(con: sqlite3.Connection, tables: tuple[str, ...]) -> list[str]:
    """One line per stored record text holding such a character (for `gallery check`)."""
    lines = []
    for table in tables:
        columns = [row[1] for row in con.execute(f"PRAGMA table_info({table})")
                   if str(row[2]).upper() == "TEXT"]
        event = "id" not in columns  # a provenance event: its work and place in the list
        key = "work_id, position" if event else "id, 0"
        for row in con.execute(f"SELECT {key}, {', '.join(columns)} FROM {table}"):
            where = f"works {row[0]}, provenance event {row[1] + 1}" if event \
                else f"{table} {row[0]}"
            for column, value in zip(columns, row[2:], strict=True):
                if isinstance(value, str) and (problem := char_problem(column, value)):
                    lines.append(f"{where}, {column}: {problem}")
    return lines
