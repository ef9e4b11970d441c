"""A problem with a field, in both languages.

The store's validators give `{field: message}`; the message stays an English `str` for the
command line and logs, and a `Problem` also carries its Russian, so the editor shows each
problem in the language it speaks (as chronology warnings carry both).
"""

from __future__ import annotations

from typing import Any


class Problem(str):
    """English text (the str itself) with its Russian in `.ru`."""

    ru: str

    def __new__(cls, en: str, ru: str) -> Problem:
        made = super().__new__(cls, en)
        made.ru = ru
        return made


def in_language(message: Any, lang: str) -> str:
    """The message in `lang`: a Problem's Russian for a Russian reader, else its text."""
    if lang == "ru" and isinstance(message, Problem):
        return message.ru
    return str(message)
