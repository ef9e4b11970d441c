"""Shortening a long text at whole words, with an ellipsis where it was cut (Qt-free).

A cut in the middle of a word ("Stat…", "…ery") makes the reader guess the word; these cut
at the last space that fits, and only cut inside a word when a single word is too long.

    head("The State Tretyakov Gallery, Moscow", 24)  -> "The State Tretyakov…"
    tail("The State Tretyakov Gallery, Moscow", 18)  -> "…Gallery, Moscow"
"""

from __future__ import annotations

ELLIPSIS = "…"


def head(text: str, limit: int) -> str:
    """`text`, or its beginning up to a whole word and "…", at most `limit` characters."""
    if len(text) <= limit:
        return text
    room = max(limit - 1, 1)
    cut = text[:room]
    space = cut.rstrip().rfind(" ")
    if text[room:room + 1] not in (" ", "") and space > room // 2:
        cut = cut[:space]  # the word the limit falls in is left out whole
    return cut.rstrip(" ,;:—-") + ELLIPSIS


def tail(text: str, limit: int) -> str:
    """`text`, or "…" and its end from a whole word, at most `limit` characters."""
    if len(text) <= limit:
        return text
    room = max(limit - 1, 1)
    start = len(text) - room
    cut = text[start:]
    space = cut.find(" ")
    if text[start - 1] != " " and 0 <= space < room // 2:
        cut = cut[space + 1:]
    return ELLIPSIS + cut.lstrip()
