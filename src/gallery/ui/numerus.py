"""Counts in the interface's words, through Qt's numerus messages.

A message is written once with `%n` and `(s)`: `self.tr("%n problem(s)", "", n)`. The Russian
translation gives its three forms (1, 2–4, 5+; tools/translations_ru.py), and Qt picks one by
the number. English has no translation file, so Qt hands back the source text: `numbered`
then says its `(s)` in the number's form ('1 problem', '2 problems'), as catalog/plural.py
does for the command line.
"""

from __future__ import annotations

import re

_PLURAL_MARK = re.compile(r"\((s|es)\)")


def numbered(text: str, n: int) -> str:
    """`text` (a translated numerus message) with any '(s)' left in it said for `n`."""
    return _PLURAL_MARK.sub("" if n == 1 else r"\1", text)
