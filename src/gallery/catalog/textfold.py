"""Fold text for search so that case, script and `ё` never stand between a visitor and a work.

Both what we index and what a visitor types go through `fold()`: casefold (Unicode-aware, so
Cyrillic folds too, which SQLite's own lower()/LIKE do not), then Cyrillic is transliterated to
Latin. `ё` becomes `e` like `е`, while `й` becomes `y` and never `i`, so `й` and `и` stay apart.
Transliteration makes the search cross-script: `восход` and `Voskhod` fold to the same word.
"""

from __future__ import annotations

import re
import unicodedata

_CYRILLIC_TO_LATIN = {
    "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "e", "ж": "zh",
    "з": "z", "и": "i", "й": "y", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o",
    "п": "p", "р": "r", "с": "s", "т": "t", "у": "u", "ф": "f", "х": "kh", "ц": "ts",
    "ч": "ch", "ш": "sh", "щ": "shch", "ъ": "", "ы": "y", "ь": "", "э": "e", "ю": "yu",
    "я": "ya", "і": "i", "ї": "yi", "є": "ye", "ґ": "g",
}  # fmt: skip
_TRANSLATE = str.maketrans(_CYRILLIC_TO_LATIN)
_WORD = re.compile(r"[^\W_]+", re.UNICODE)  # letters and digits; "_" separates
MAX_QUERY_WORDS = 12
MAX_WORD_LENGTH = 40


def fold(text: str | None) -> str:
    """Return `text` casefolded and transliterated to Latin, for indexing and matching."""
    if not text:
        return ""
    # NFC first so a decomposed й (и + breve) is seen as й, not as и plus a stray mark.
    folded = unicodedata.normalize("NFC", text).casefold().translate(_TRANSLATE)
    # Strip remaining diacritics from Latin letters (é → e) the way the index does.
    decomposed = unicodedata.normalize("NFKD", folded)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def query_words(typed: str) -> list[str]:
    """Split what a visitor typed into at most MAX_QUERY_WORDS plain folded words."""
    words = _WORD.findall(fold(typed[:2000]))
    return [w[:MAX_WORD_LENGTH] for w in words][:MAX_QUERY_WORDS]


def match_expression(typed: str) -> str | None:
    """Build a safe FTS5 MATCH expression (each word quoted, prefix-matched, all required).

    Nothing the visitor typed reaches FTS5 syntax: words are reduced to letters and digits and
    wrapped in double quotes, so `NEAR`, `*`, `-`, quotes and brackets are just text.
    Returns None when nothing searchable was typed.
    """
    words = query_words(typed)
    if not words:
        return None
    return " ".join(f'"{w}"*' for w in words)
