"""Find runs of 8 or more words that our texts share with the fact base's prose.

The fact base (../shared/catalog-facts) paraphrases its sources; the catalog must say things in
its own words. A run of 8 words found in both is copied wording. Titles, names and citations are
copied on purpose, so runs that sit wholly inside one of those are allowed.

    python tools/fact_overlap.py data/texts/works-a.yaml ...   # check text files
    python tools/fact_overlap.py --catalog catalog.db          # check a built catalog
Exit 1 when a run is found (one line each), 0 when none.
"""

from __future__ import annotations

import argparse
import re
import sqlite3
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import yaml

RUN = 8
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))  # the catalog's own reader of its texts
# Fact-base fields whose text is a title, a name or a citation: copying those is right.
VERBATIM_KEYS = {"id", "url", "citation", "title_en", "title_ru", "other_titles", "name",
                 "name_ru", "title", "person", "mission", "sources", "retrieved"}


def words(text: str) -> list[str]:
    return re.findall(r"\w+", text.casefold().replace("ё", "е"))


def grams(text: str) -> set[tuple[str, ...]]:
    w = words(text)
    return {tuple(w[i:i + RUN]) for i in range(len(w) - RUN + 1)}


def strings(value: Any, key: str = "") -> Iterator[tuple[str, str]]:
    """(key, text) for every string inside a parsed YAML value."""
    if isinstance(value, str):
        yield key, value
    elif isinstance(value, list):
        for item in value:
            yield from strings(item, key)
    elif isinstance(value, dict):
        for k, v in value.items():  # keys are never prose (maps quote fact-base strings)
            yield from strings(v, str(k))


def fact_runs(facts: Path) -> set[tuple[str, ...]]:
    prose: set[tuple[str, ...]] = set()
    allowed: set[tuple[str, ...]] = set()
    for path in sorted(facts.glob("*.yaml")):
        for key, text in strings(yaml.safe_load(path.read_text(encoding="utf-8"))):
            (allowed if key in VERBATIM_KEYS else prose).update(grams(text))
    return prose - allowed


def shared(text: str, runs: set[tuple[str, ...]]) -> list[str]:
    """The longest shared runs in text, as readable strings."""
    w = words(text)
    hits = [i for i in range(len(w) - RUN + 1) if tuple(w[i:i + RUN]) in runs]
    found, start, end = [], None, None
    for i in hits:
        if start is not None and end is not None and i <= end:
            end = i + RUN
            continue
        if start is not None and end is not None:
            found.append(" ".join(w[start:end]))
        start, end = i, i + RUN
    if start is not None and end is not None:
        found.append(" ".join(w[start:end]))
    return found


def catalog_texts(db: Path) -> Iterator[tuple[str, str]]:
    from gallery.catalog.content_rules import catalog_strings

    connection = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    try:
        for table, rowid, name, value in catalog_strings(connection):
            if len(value.split()) >= RUN:
                yield f"{table}.{name}[{rowid}]", value
    finally:
        connection.close()


def file_texts(path: Path) -> Iterator[tuple[str, str]]:
    for key, text in strings(yaml.safe_load(path.read_text(encoding="utf-8"))):
        yield f"{path.name}:{key}", text


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("files", nargs="*", type=Path)
    parser.add_argument("--catalog", type=Path)
    parser.add_argument("--facts", type=Path, default=ROOT.parent / "shared" / "catalog-facts")
    args = parser.parse_args()
    runs = fact_runs(args.facts)
    texts: list[tuple[str, str]] = []
    for path in args.files:
        texts.extend(file_texts(path))
    if args.catalog:
        texts.extend(catalog_texts(args.catalog))
    count = 0
    for where, text in texts:
        for run in shared(text, runs):
            count += 1
            print(f"{where}: {run}")
    print(f"{count} shared run(s) of {RUN}+ words", file=sys.stderr)
    return 1 if count else 0


if __name__ == "__main__":
    sys.exit(main())
