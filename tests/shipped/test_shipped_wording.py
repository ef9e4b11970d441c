"""The shipped catalog's wording (issue 15 review): English text quotes with “…” as Russian
text does with «»; a confidence note never repeats the level the page already names; a
Russian note names a work by its Russian title."""

from __future__ import annotations

import contextlib
import json
import re
import sqlite3
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SHIPPED = ROOT / "catalog.db"
TABLES = ("works", "people", "missions", "exhibitions", "sources", "agents")


@pytest.fixture(scope="module")
def con() -> Iterator[sqlite3.Connection]:
    connection = sqlite3.connect(f"file:{SHIPPED}?mode=ro", uri=True)
    yield connection
    connection.close()


def _strings(value: object, key: str) -> Iterator[tuple[str, str]]:
    """(key, text) of every string in a column's value, into its JSON lists and objects."""
    if isinstance(value, str) and value[:1] in "[{":
        with contextlib.suppress(ValueError):
            value = json.loads(value)
    if isinstance(value, dict):
        if value.get("lang") not in (None, "", "en"):
            return
        for k, v in value.items():
            yield from _strings(v, k)
    elif isinstance(value, list):
        for item in value:
            yield from _strings(item, key)
    elif isinstance(value, str):
        yield key, value


def test_english_text_has_no_straight_double_quotes(con: sqlite3.Connection) -> None:
    found = []
    for table in TABLES:
        columns = [r[1] for r in con.execute(f"PRAGMA table_info({table})")]
        for row in con.execute(f"SELECT * FROM {table}"):
            for column, value in zip(columns, row, strict=True):
                found += [(table, row[columns.index("id")], key) for key, text in
                          _strings(value, column) if not key.endswith("_ru") and '"' in text]
    assert found == []
    titles = dict(con.execute("SELECT id, title FROM works"))
    assert titles["meteor-weather-satellite-system"] == "Meteorological system “Meteor”"
    assert con.execute("SELECT count(*) FROM people WHERE name = "
                       "'Donald Kent “Deke” Slayton'").fetchone() == (1,)


def test_a_confidence_note_does_not_repeat_its_level(con: sqlite3.Connection) -> None:
    level = re.compile(r"^(High|Medium|Low|Высокая|Средняя|Низкая)\.")
    repeated = [work_id for work_id, en, ru in con.execute(
        "SELECT id, confidence_note, confidence_note_ru FROM works")
        if level.match(en or "") or level.match(ru or "")]
    assert repeated == []


def test_russian_confidence_notes_name_works_by_their_russian_titles(
        con: sqlite3.Connection) -> None:
    titles = [(en, ru) for en, ru in con.execute(
        "SELECT title, title_ru FROM works WHERE coalesce(title_ru, '') != ''")]
    quoted = [(work_id, en) for work_id, note in con.execute(
        "SELECT id, confidence_note_ru FROM works") for en, ru in titles
        if note and f"«{en}»" in note and en != ru and "RT" not in note]
    assert quoted == []


def test_the_build_makes_straight_quotes_typographic() -> None:
    sys.path.insert(0, str(ROOT / "tools"))
    from quotes import curly, english_quotes

    assert curly('Soviet "Taktika"/"Tactics" pencils') == "Soviet “Taktika”/“Tactics” pencils"
    assert curly('Soyuz 7K-L1 ("Zond")') == "Soyuz 7K-L1 (“Zond”)"
    assert english_quotes({"note": '"a"', "note_ru": '"б"'}) == {"note": "“a”", "note_ru": '"б"'}
    assert english_quotes([{"text": '"x"', "lang": "ru"}]) == [{"text": '"x"', "lang": "ru"}]
