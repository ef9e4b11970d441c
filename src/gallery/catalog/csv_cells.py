"""Spreadsheet-safe CSV cells (DESIGN "CSV"; OWASP's CSV-injection advice).

A spreadsheet runs a cell that starts with `=`, `+`, `-`, `@`, a tab or a carriage return as
a formula, so the export puts a `'` before such a cell unless it is a plain number. A cell
that starts with `'` followed by what would be guarded gets one more `'`, so the importer can
remove exactly one `'` from exactly these cells and every export imports back unchanged.
"""

from __future__ import annotations

import re
from typing import Any

TRIGGERS = ("=", "+", "-", "@", "\t", "\r")
GUARD = "'"
_NUMBER = re.compile(r"[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?")


class Guarded(str):
    """A cell the export guarded: its text is exact, so the importer must not trim it."""

    __slots__ = ()


def needs_guard(text: str) -> bool:
    if text.startswith(TRIGGERS):
        return _NUMBER.fullmatch(text) is None
    return text.startswith(GUARD) and needs_guard(text[1:])


def to_cell(text: str) -> str:
    """The cell to write for `text`."""
    return GUARD + text if needs_guard(text) else text


def from_cell(cell: str) -> str:
    """The text a cell stands for: the export's guard removed, nothing else."""
    if cell.startswith(GUARD) and needs_guard(cell[1:]):
        return Guarded(cell[1:])
    return cell


MULTI_VALUE_SEPARATOR = " | "


def join_multi(items: list[Any]) -> str:
    """A list as one spreadsheet cell: items joined by " | ", a "|" or "\\" inside an item
    escaped with a backslash, so an item like "edition | reprint" comes back whole."""
    return MULTI_VALUE_SEPARATOR.join(str(v).replace("\\", "\\\\").replace("|", "\\|")
                                      for v in items)


def split_multi(text: str, strip: bool = True) -> list[str]:
    """The items of a cell `join_multi` wrote (or a person typed: "a | b", "a|b")."""
    items, current, chars = [], [], iter(text)
    for char in chars:
        if char == "\\":
            current.append(next(chars, "\\"))
        elif char == "|":
            items.append("".join(current))
            current = []
        else:
            current.append(char)
    items.append("".join(current))
    if strip:
        return [item.strip() for item in items if item.strip()]
    # The export's own cells: only the single spaces around each "|" are ours.
    out = [item[1:] if n and item.startswith(" ") else item for n, item in enumerate(items)]
    out = [item[:-1] if n < len(out) - 1 and item.endswith(" ") else item
           for n, item in enumerate(out)]
    return [item for item in out if item.strip()]
