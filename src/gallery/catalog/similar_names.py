"""Is there already a person or organisation of this name? (Qt-free)

Before a new person or organisation is saved, `similar_records(con, name, name_ru)` lists the
records whose name is the same or very like it, in either language and either script, so the
curator can use the existing record instead of making a twin:

    similar_records(con, "Yuri Gagarin")
    -> [{"table": "people", "id": "yuri-gagarin", "name": "Yuri Alekseyevich Gagarin",
         "name_ru": "Юрий Алексеевич Гагарин", "match": "similar"}]

Names are compared as the search compares words (`textfold.fold`: case, ё, Cyrillic to Latin),
then with the usual spelling variants of transliteration evened out (Yuri/Yuriy/Iurii,
Alexei/Aleksey, Khrushchev/Hrushchev). "same": every word matches; "similar": one name's words
all appear in the other (a patronymic or initial more or less) or the names differ by a letter
or two.
"""

from __future__ import annotations

import difflib
import re
import sqlite3
from typing import Any

from .textfold import fold

TABLES = ("people", "agents")
_VARIANTS = ((r"iy$|yy$|ii$|ij$|y$", "i"), (r"ks", "x"), (r"kh", "h"), (r"ye|yo|jo|je", "e"),
             (r"iu|ju", "yu"), (r"ia|ja", "ya"), (r"ey$", "ei"), (r"w", "v"), (r"ff$", "v"),
             (r"(.)\1", r"\1"))  # fmt: skip
_ALIKE = 0.88  # whole-name similarity that counts as "very like"


def name_words(name: str | None) -> list[str]:
    """A name as comparable words: folded, transliteration variants evened out."""
    out = []
    for word in re.findall(r"\w+", fold(name or "")):
        for pattern, repl in _VARIANTS:
            word = re.sub(pattern, repl, word)
        out.append(word)
    return out


def compare(a: str | None, b: str | None) -> str | None:
    """"same", "similar" or None for two names (in any script)."""
    wa, wb = name_words(a), name_words(b)
    if not wa or not wb:
        return None
    if wa == wb:
        return "same"
    short, long_ = (wa, wb) if len(wa) <= len(wb) else (wb, wa)
    if len(short) >= 2 and all(any(_word_alike(w, x) for x in long_) for w in short) \
            and _word_alike(short[-1], long_[-1]):
        return "similar"  # "Yuri Gagarin" in "Yuri Alekseyevich Gagarin"
    ratio = difflib.SequenceMatcher(None, " ".join(wa), " ".join(wb), autojunk=False).ratio()
    return "similar" if ratio >= _ALIKE else None


def _word_alike(a: str, b: str) -> bool:
    if a == b:
        return True
    if len(a) == 1 or len(b) == 1:  # an initial: "A. Panchenko"
        return a[0] == b[0]
    return min(len(a), len(b)) >= 4 and difflib.SequenceMatcher(None, a, b).ratio() >= 0.85


def similar_records(con: sqlite3.Connection, name: str | None, name_ru: str | None = None,
                    *, tables: tuple[str, ...] = TABLES, exclude_id: str | None = None
                    ) -> list[dict[str, Any]]:
    """People and organisations named (nearly) like `name` or `name_ru`; "same" ones first."""
    typed = [n for n in (name, name_ru) if n and n.strip()]
    if not typed:
        return []
    found = []
    for table in tables:
        for record_id, stored, stored_ru in con.execute(
                f"SELECT id, name, name_ru FROM {table}"):
            if record_id == exclude_id:
                continue
            matches = {compare(t, s) for t in typed for s in (stored, stored_ru) if s}
            match = "same" if "same" in matches else "similar" if "similar" in matches else None
            if match:
                found.append({"table": table, "id": record_id, "name": stored,
                              "name_ru": stored_ru, "match": match})
    return sorted(found, key=lambda r: (r["match"] != "same", r["table"], r["id"]))


# The record tables a new record's id is made for (their names are fixed, never user text).
_ID_TABLES = frozenset({"works", "people", "agents", "missions", "exhibitions", "sources"})


def free_id(con: sqlite3.Connection, table: str, base: str) -> str:
    """`base`, or for a namesake `base-2`, `base-3`, … — the first id `table` does not hold."""
    if table not in _ID_TABLES:
        raise ValueError(f"no ids are made for {table!r}")
    candidate, n = base, 2
    while con.execute(f"SELECT 1 FROM {table} WHERE id = ?", (candidate,)).fetchone():
        candidate, n = f"{base}-{n}", n + 1
    return candidate
