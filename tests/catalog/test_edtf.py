"""EDTF: one function makes it, the `edtf` package (nobody on the project wrote it) reads it back,
and its qualifiers mean what the specification says: '?' uncertain, '~' approximate, '%' both;
a mark qualifies only the date it follows, so an interval marks each end."""

from __future__ import annotations

import datetime
import sqlite3
from pathlib import Path

import pytest
from edtf import parse_edtf, struct_time_to_date
from hypothesis import example, given, settings
from hypothesis import strategies as st

from gallery.catalog.date_text import QUALIFIERS, edtf_text
from gallery.catalog.derive import dates

SHIPPED = Path(__file__).resolve().parents[2] / "catalog.db"
CERTAINTIES = ("certain", "probable", "possibly", "unknown", None)


@pytest.mark.parametrize(("earliest", "latest", "qualifier", "certainty", "edtf"), [
    ("1965-01-01", "1965-12-31", "exact", "certain", "1965"),
    ("1965-03-01", "1965-03-31", "exact", "probable", "1965-03?"),
    # 'possibly' is doubt, not approximation: EDTF has one mark for doubt.
    ("1968-01-01", "1982-12-31", "exact", "possibly", "1968?/1982?"),
    ("1972-09-14", "1972-10-04", "exact", "probable", "1972-09-14?/1972-10-04?"),
    ("1968-01-01", "1972-12-31", "circa", "certain", "1970~"),
    ("1968-01-01", "1972-12-31", "circa", "probable", "1970%"),
    ("1968-09-27", "1969-12-31", "circa", "certain", "1968-09-27~/1969~"),
    (None, "1975-07-31", "before", "certain", "../1975-07"),
    (None, "1975-07-31", "before", "possibly", "../1975-07?"),
    ("1968-01-01", None, "after", "probable", "1968?/.."),
    ("1968-01-01", "1975-12-31", "before", "certain", "1968/1975"),  # as the display: a range
    ("1968-01-01", None, "before", "certain", "1968/.."),  # only one edge known: as date_text
    (None, None, "exact", "certain", ""),
    ("1970-01-01", "1970-12-31", "unknown", "certain", ""),
])
def test_edtf_of_a_range(earliest: str | None, latest: str | None, qualifier: str,
                         certainty: str, edtf: str) -> None:
    assert edtf_text(earliest, latest, qualifier, certainty) == edtf
    if edtf:
        assert str(parse_edtf(edtf)) == edtf


def _bound(text: str, upper: bool) -> str:
    """A day the `edtf` package says the expression can reach (its strict bound)."""
    parsed = parse_edtf(text)
    edge = parsed.upper_strict() if upper else parsed.lower_strict()
    return struct_time_to_date(edge).isoformat()


_days = st.dates(min_value=datetime.date(1900, 1, 1), max_value=datetime.date(2030, 12, 31))


@given(_days, _days, st.sampled_from(QUALIFIERS), st.sampled_from(CERTAINTIES))
@example(datetime.date(1968, 1, 1), datetime.date(1972, 12, 31), "circa", "possibly")
@settings(deadline=None)  # the edtf package's parser is slow on its first calls
def test_every_edtf_parses_and_covers_the_range(first: datetime.date, last: datetime.date,
                                                qualifier: str, certainty: str | None) -> None:
    first, last = sorted((first, last))
    text = edtf_text(first.isoformat(), last.isoformat(), qualifier, certainty)
    if qualifier == "unknown":
        assert text == ""
        return
    parsed = parse_edtf(text)
    assert str(parsed) == text
    uncertain = certainty in ("probable", "possibly")
    assert ("?" in text or "%" in text) == uncertain, text
    assert ("~" in text or "%" in text) == (qualifier == "circa"), text
    if qualifier == "circa" and "/" not in text:
        return  # 'c. 1970' is stored as 1968–1972: the package widens '1970~' its own way
    if not text.startswith(".."):
        assert _bound(text, upper=False) == first.isoformat(), text
    if not text.endswith(".."):
        assert _bound(text, upper=True) == last.isoformat(), text


def test_every_edtf_of_the_shipped_catalog_is_valid_and_generated() -> None:
    """Each stored date_edtf parses, and is what edtf_text makes of the stored range."""
    con = sqlite3.connect(f"file:{SHIPPED}?mode=ro", uri=True)
    # An event's certainty is the provenance line's, not its date's (the store writes it so).
    tables = {"works": ("date_earliest", "date_latest", "date_certainty"),
              "provenance_events": ("date_earliest", "date_latest", None),
              "missions": ("date_start", "date_end", "date_certainty"),
              "exhibitions": ("date_start", "date_end", "date_certainty")}
    seen = 0
    for table, (start, end, certainty) in tables.items():
        columns = {r[1] for r in con.execute(f"PRAGMA table_info({table})")}
        sure = certainty if certainty in columns else "'certain'"
        for row in con.execute(f"SELECT date_edtf, {start}, {end}, date_qualifier, {sure} "
                               f"FROM {table}"):
            made = dates({start: row[1], end: row[2], "date_qualifier": row[3]}, start, end,
                         row[4])["date_edtf"]
            assert row[0] == made, (table, row)
            if row[0]:
                seen += 1
                assert str(parse_edtf(row[0])) == row[0], (table, row)
    con.close()
    assert seen > 100
