"""Word forms: luna, лунe, луну and painting, paintings meet at one Snowball stem.

Russian is inflected and visitors type whatever case comes to mind, so both what we index and
what a visitor types are reduced to stems (Snowball's Russian and English stemmers, through
PyStemmer) and then folded to Latin like everything else (`textfold.fold`), which keeps the
search cross-script. The index keeps each word's own folded form too, so a half-typed word still
matches by prefix ("paintin" → painting) and an exact word still ranks as such.

Why Snowball and not pymorphy3 lemmas: a lemmatiser needs its dictionaries (tens of MB) and is
slower by two orders of magnitude; for matching (not display) a stem shared by all forms is all
the search needs, Snowball covers English with the same library, and its over-stemming is
reined in below by a minimum stem length.
"""

from __future__ import annotations

import re
import threading
import unicodedata

import Stemmer

from .textfold import fold

MIN_STEM = 3            # a shorter stem matches too much by prefix ("мо*" …)
MAX_QUERY_WORDS = 12
MAX_WORD_LENGTH = 40
_WORD = re.compile(r"[^\W_]+", re.UNICODE)  # letters and digits; "_" separates
_CYRILLIC = re.compile(r"[\u0400-\u04ff]")
_LATIN_WORD = re.compile(r"[a-z]+")
_local = threading.local()  # a PyStemmer object must not be shared between threads


def _stemmers() -> tuple[Stemmer.Stemmer, Stemmer.Stemmer]:
    pair = getattr(_local, "stemmers", None)
    if pair is None:
        pair = _local.stemmers = (Stemmer.Stemmer("russian"), Stemmer.Stemmer("english"))
    return pair


def words(text: str | None) -> list[str]:
    """The words of `text`, NFC-normalised and casefolded, still in their own script."""
    if not text:
        return []
    return _WORD.findall(unicodedata.normalize("NFC", text).casefold())


def stem(word: str) -> str:
    """The folded stem of one casefolded word ("" when the word has no useful stem)."""
    russian, english = _stemmers()
    if _CYRILLIC.search(word):
        stemmed = russian.stemWord(word.replace("ё", "е"))
    elif _LATIN_WORD.fullmatch(word):
        stemmed = english.stemWord(word)
    else:
        return ""  # digits, other scripts: the folded word alone
    stemmed = fold(stemmed)
    return stemmed if len(stemmed) >= MIN_STEM else ""


def index_text(text: str) -> str:
    """What the index stores for `text`: its folded words, then the stems that differ."""
    folded = fold(text)
    extra: dict[str, None] = {}
    for word in words(text):
        stemmed = stem(word)
        if stemmed and stemmed != fold(word):
            extra[stemmed] = None
    return folded + ("\n" + " ".join(extra) if extra else "")


def query_terms(typed: str) -> list[tuple[str, str]]:
    """(folded word, folded stem or "") for each of at most MAX_QUERY_WORDS typed words."""
    terms: list[tuple[str, str]] = []
    for word in words(typed[:2000])[:MAX_QUERY_WORDS]:
        word = word[:MAX_WORD_LENGTH]
        folded = fold(word)
        if folded:
            stemmed = stem(word)
            terms.append((folded, stemmed if stemmed != folded else ""))
    return terms


def match_expression(typed: str) -> str | None:
    """A safe FTS5 MATCH expression: every typed word, as typed by prefix or by its stem.

    The stem is matched whole: as a prefix it would reach other words ("mar"* → march).
    Nothing the visitor typed reaches FTS5 syntax: words are reduced to letters and digits and
    wrapped in double quotes, so `NEAR`, `*`, `-`, quotes and brackets are just text. Two or
    three words may also be one compound ("space walk" finds "spacewalk"). None when nothing
    searchable was typed.
    """
    return expression_for(query_terms(typed))


def expression_for(terms: list[tuple[str, str]]) -> str | None:
    if not terms:
        return None
    parts = [f'("{w}"* OR "{s}")' if s else f'"{w}"*' for w, s in terms]
    expression = " AND ".join(parts)
    if joined := compound(terms):
        expression = f'({expression}) OR "{joined}"*'
    return expression


def compound(terms: list[tuple[str, str]]) -> str | None:
    """The one word that two or three typed words may also be ("space walk" → spacewalk)."""
    if 2 <= len(terms) <= 3:
        return "".join(w for w, _ in terms)[:MAX_WORD_LENGTH]
    return None
