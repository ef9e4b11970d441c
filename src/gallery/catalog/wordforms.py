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
from typing import NamedTuple

import Stemmer

from .query_ops import parse, positive_text
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


# Latin letters read as Russian ("luny" → луны, "sokolova" → соколова): the common
# transliterations, longest first; "y" after a vowel is й, else ы; "c" is к or ц.
_LATIN_TO_CYRILLIC = (
    ("shch", "щ"), ("sch", "щ"), ("kh", "х"), ("zh", "ж"), ("ts", "ц"), ("ch", "ч"),
    ("sh", "ш"), ("yu", "ю"), ("ya", "я"), ("yo", "ё"), ("ye", "е"), ("ju", "ю"), ("ja", "я"),
    ("a", "а"), ("b", "б"), ("v", "в"), ("w", "в"), ("g", "г"), ("d", "д"), ("e", "е"),
    ("z", "з"), ("i", "и"), ("j", "й"), ("k", "к"), ("l", "л"), ("m", "м"), ("n", "н"),
    ("o", "о"), ("p", "п"), ("r", "р"), ("s", "с"), ("t", "т"), ("u", "у"), ("f", "ф"),
    ("h", "х"), ("x", "кс"), ("q", "к"),
)  # fmt: skip
_LATIN_RUN = re.compile("|".join(latin for latin, _ in _LATIN_TO_CYRILLIC) + "|y|c")
_TO_CYRILLIC = dict(_LATIN_TO_CYRILLIC)

# Connectives, articles and the commonest prepositions: typed beside other words they are not
# searched for ("moon or sun" is "moon sun", not "moon" and a word beginning with "or").
STOP_WORDS = frozenset(
    "a an the and or not of in on at to by for with from "
    "и или а но не ни в во на над под с со к ко о об по за из от до у же ли".split())
_NUMBER = re.compile(r"[0-9]+")
_LETTERS_AND_DIGITS = re.compile(r"[0-9]+|[^\W\d_]+")


def to_cyrillic(word: str) -> str:
    """A Latin word as Russian would spell it ("" when it is not plain Latin letters)."""
    if not _LATIN_WORD.fullmatch(word):
        return ""

    def one(found: re.Match[str]) -> str:
        text, at = found.group(), found.start()
        if text == "y":
            return "й" if at and word[at - 1] in "aeiou" else "ы"
        if text == "c":
            return "ц" if word[at + 1:at + 2] in ("e", "i", "y") else "к"
        return _TO_CYRILLIC[text]

    return _LATIN_RUN.sub(one, word)


class Term(NamedTuple):
    """One typed word: its folded form (a prefix of a token, or the whole token when not
    `prefix`) or any of its folded stems (each a whole token), or any of its Russian stems as
    written (`written`: Cyrillic; a server's index keeps the Russian stems so, a file's none)."""

    word: str
    stems: tuple[str, ...] = ()
    prefix: bool = True
    written: tuple[str, ...] = ()


def stems_of(word: str) -> tuple[str, ...]:
    """The folded stems a casefolded typed word may have: its own, and for a Latin word also
    the Russian stem of the word read as Russian, with the stems Snowball gives the word's
    other forms where it splits them (`russian_variants`)."""
    russian = word if _CYRILLIC.search(word) else to_cyrillic(word)
    found = dict.fromkeys(s for s in (stem(word), stem(russian), *russian_variants(russian))
                          if s)
    return tuple(found)


def russian_stems(word: str) -> tuple[str, ...]:
    """stems_of's Russian stems as Snowball writes them, in Cyrillic (those long enough to be
    searched): what a server's Russian dictionary makes of the same words."""
    russian = word if _CYRILLIC.search(word) else to_cyrillic(word)
    found = [_stemmers()[0].stemWord(russian.replace("ё", "е")), *_variants(russian)] \
        if russian else []
    # A Latin stem may also be a Russian stem folded ("mark" from марки, "list" from лист),
    # which a file's index holds folded: the Russian stem that folds to it, as written.
    found += [c for s in stems_of(word) if _LATIN_WORD.fullmatch(s)
              and fold(c := to_cyrillic(s)) == s]
    return tuple(dict.fromkeys(s for s in found if len(fold(s)) >= MIN_STEM))


_CONSONANTS = frozenset("бвгджзклмнпрстфхцчшщ")


def russian_variants(word: str) -> list[str]:
    """Folded stems of other forms of a Russian word where Snowball gives them another stem:
    names in -ей/-ий (Алексей → алекс, Алексея → алексе) and a vowel that comes and goes
    (марка → марк, марок → марок). Matched whole, so a variant no word has finds nothing."""
    return [f for f in (fold(v) for v in _variants(word)) if len(f) >= MIN_STEM]


def _variants(word: str) -> list[str]:
    """russian_variants in Cyrillic, before folding."""
    if not word or not _CYRILLIC.search(word):
        return []
    stemmed = _stemmers()[0].stemWord(word.replace("ё", "е"))
    out: list[str] = []
    if stemmed[-1:] in ("е", "и") and len(stemmed) > MIN_STEM:
        out.append(stemmed[:-1])                     # алексе → алекс
    if word.endswith(("ей", "ий")) and stemmed == word[:-2]:
        out.append(stemmed + word[-2])               # алекс → алексе
    if stemmed == word and stemmed.endswith(("ок", "ек")) and len(stemmed) >= 5 \
            and stemmed[-3] in _CONSONANTS:
        out.append(stemmed[:-2] + stemmed[-1])       # марок → марк
    if len(stemmed) >= 4 and stemmed[-1] == "к" and stemmed[-2] in _CONSONANTS:
        out.append(stemmed[:-1] + "ок")              # марк → марок
    return out


def query_words(typed: str) -> list[str]:
    """The casefolded words of a typed query (at most MAX_QUERY_WORDS), letters and digits
    run together taken apart ("союз19" → союз, 19)."""
    return [part for word in words(typed[:2000])
            for part in _LETTERS_AND_DIGITS.findall(word)][:MAX_QUERY_WORDS]


def query_terms(typed: str) -> list[Term]:
    """The terms of at most MAX_QUERY_WORDS typed words.

    Letters and digits run together are two words ("союз19" is "союз 19"); connectives and
    prepositions are dropped when other words are typed (STOP_WORDS); a number matches a whole
    number ("Союз-19" never finds 1965), except when it is all that is typed, where it is
    matched by prefix as a year being typed ("196" finds 1965)."""
    typed_words = query_words(positive_text(typed))
    kept = [w for w in typed_words if w not in STOP_WORDS] or typed_words
    terms: list[Term] = []
    for word in kept:
        word = word[:MAX_WORD_LENGTH]
        folded = fold(word)
        if not folded:
            continue
        if _NUMBER.fullmatch(folded):
            terms.append(Term(folded, (), len(kept) == 1))
            continue
        terms.append(Term(folded, tuple(s for s in stems_of(word) if s != folded),
                          written=russian_stems(word)))
    return terms


def match_expression(typed: str) -> str | None:
    """A safe FTS5 MATCH expression: every typed word, as typed by prefix or by its stem.

    The stem is matched whole: as a prefix it would reach other words ("mar"* → march).
    Nothing the visitor typed reaches FTS5 syntax: words are reduced to letters and digits and
    wrapped in double quotes, so `NEAR`, `*`, `-`, quotes and brackets are just text. Two or
    three words may also be one compound ("space walk" finds "spacewalk"). Typed operators
    (query_ops: OR, NOT word, -word) become FTS5's own OR and NOT between such groups of
    quoted words. None when nothing searchable was typed.
    """
    parsed = parse(typed)
    if not parsed.operators:
        return expression_for(query_terms(typed))
    found = [e for e in (expression_for(query_terms(text))
                         for text in parsed.alternatives[:MAX_QUERY_WORDS]) if e]
    if not found:
        return None  # only operators, or only words to leave out: nothing to find works by
    expression = " OR ".join(f"({e})" for e in found)
    for word in parsed.excluded[:MAX_QUERY_WORDS]:
        if left_out := expression_for(query_terms(word)):
            expression = f"({expression}) NOT ({left_out})"
    return expression


def expression_for(terms: list[Term]) -> str | None:
    if not terms:
        return None
    parts = []
    for term in terms:
        each = [f'"{term.word}"' + ("*" if term.prefix else ""),
                *(f'"{s}"' for s in (*term.stems, *term.written))]
        parts.append(f"({' OR '.join(each)})" if len(each) > 1 else each[0])
    expression = " AND ".join(parts)
    if joined := compound(terms):
        expression = f'({expression}) OR "{joined}"*'
    return expression


def compound(terms: list[Term]) -> str | None:
    """The one word that two or three typed words may also be ("space walk" → spacewalk)."""
    if 2 <= len(terms) <= 3:
        return "".join(t.word for t in terms)[:MAX_WORD_LENGTH]
    return None
