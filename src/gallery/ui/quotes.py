"""Typographic quotes for catalog text a visitor reads: a straight "…" becomes «…» in Russian
and “…” in English, and an apostrophe inside a word becomes ’ (issue 15 review: the
timeline's labels showed the catalog's typewriter quotes). Qt-free."""

from __future__ import annotations

import re
from typing import Any

_PAIR = re.compile(r'"([^"\n]+)"')
_APOSTROPHE = re.compile(r"(?<=\w)'(?=\w)")
_MARKS = {"ru": ("«", "»"), "en": ("“", "”")}


def typographic(text: str, lang: str) -> str:
    """`text` with its straight quotes set as the language sets them; an unpaired quote is
    left as it is."""
    if not text or ('"' not in text and "'" not in text):
        return text
    opening, closing = _MARKS.get(lang, _MARKS["en"])
    return _APOSTROPHE.sub("’", _PAIR.sub(rf"{opening}\1{closing}", text))


def typographic_fields(record: dict[str, Any]) -> dict[str, Any]:
    """A copy of `record` with every text field set typographically (`…_ru` in Russian)."""
    return {key: typographic(value, "ru" if key.endswith("_ru") else "en")
            if isinstance(value, str) else value for key, value in record.items()}
