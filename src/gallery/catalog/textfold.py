"""Fold text for search so that case, script and `ё` never stand between a visitor and a work.

Both what we index and what a visitor types go through `fold()`: casefold (Unicode-aware, so
Cyrillic folds too, which SQLite's own lower()/LIKE do not), then Cyrillic is transliterated to
Latin. `ё` becomes `e` like `е`, while `й` becomes `y` and never `i`, so `й` and `и` stay apart.
Transliteration makes the search cross-script: `восход` and `Voskhod` fold to the same word.
"""

from __future__ import annotations

import unicodedata

_CYRILLIC_TO_LATIN = {
    "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "e", "ж": "zh",
    "з": "z", "и": "i", "й": "y", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o",
    "п": "p", "р": "r", "с": "s", "т": "t", "у": "u", "ф": "f", "х": "kh", "ц": "ts",
    "ч": "ch", "ш": "sh", "щ": "shch", "ъ": "", "ы": "y", "ь": "", "э": "e", "ю": "yu",
    "я": "ya", "і": "i", "ї": "yi", "є": "ye", "ґ": "g",
}  # fmt: skip
_TRANSLATE = str.maketrans(_CYRILLIC_TO_LATIN)


def fold(text: str | None) -> str:
    """Return `text` casefolded and transliterated to Latin, for indexing and matching."""
    if not text:
        return ""
    # NFC first so a decomposed й (и + breve) is seen as й, not as и plus a stray mark.
    folded = unicodedata.normalize("NFC", text).casefold().translate(_TRANSLATE)
    # Strip remaining diacritics from Latin letters (é → e) the way the index does.
    decomposed = unicodedata.normalize("NFKD", folded)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))
