"""Typographic quotation marks in the catalog's English text, as its Russian text has «»:
"Zond" becomes “Zond”. The build runs every record through `english_quotes` before saving, so
our texts and the fact base may keep typing straight quotes."""

from __future__ import annotations

import re
from typing import Any

# A quote opens at the start, after a space, a bracket, a slash or a dash; any other closes.
_OPENING = re.compile(r'(^|[\s(\[/—–-])"')


def curly(text: str) -> str:
    return _OPENING.sub(r"\1“", text).replace('"', "”")


def english_quotes(value: Any, key: str = "") -> Any:
    """`value` with the straight double quotes of its English strings made typographic (a key
    ending in _ru, or an item marked as another language, is left as it is)."""
    if isinstance(value, dict):
        if value.get("lang") not in (None, "", "en"):
            return value
        return {k: english_quotes(v, k) for k, v in value.items()}
    if isinstance(value, list):
        return [english_quotes(item, key) for item in value]
    if isinstance(value, str) and '"' in value and not key.endswith("_ru"):
        return curly(value)
    return value
