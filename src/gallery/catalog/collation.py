"""Alphabetical order as a reader of the interface language expects it.

In Russian: Cyrillic before Latin, case ignored, `ё` beside `е` (not after `я`, where code
points put it). SQLite sorts with `compare_russian` (the RUSSIAN collation, registered on
every connection); a server sorts with its ICU Russian collation, which agrees.
"""

from __future__ import annotations

import sqlite3

COLLATION = "RUSSIAN"


def _char_key(char: str) -> tuple[int, str]:
    if not char.isalpha():
        return 0, char  # spaces, digits and marks before letters, as in a dictionary
    return (1 if "\u0400" <= char <= "\u04ff" else 2), char


def russian_key(text: str) -> tuple[tuple[tuple[int, str], ...], str]:
    """Sort key of `text` in Russian order (ties: the exact text, so the order is fixed)."""
    folded = text.casefold().replace("ё", "е")
    return tuple(_char_key(c) for c in folded), text


def label_key(text: str, language: str) -> tuple[object, ...]:
    """Sort key of a listed name or title shown in `language` ("en" or "ru")."""
    if language == "ru":
        return russian_key(text)
    return text.casefold(), text


def compare_russian(a: str, b: str) -> int:
    left, right = russian_key(a), russian_key(b)
    return (left > right) - (left < right)


def register(con: sqlite3.Connection) -> None:
    con.create_collation(COLLATION, compare_russian)
