from __future__ import annotations

import pytest

from gallery.catalog.dates import DateNotUnderstood, day_problem, parse_date


@pytest.mark.parametrize(("typed", "earliest", "latest", "certainty", "edtf"), [
    ("1965", "1965-01-01", "1965-12-31", "certain", "1965"),
    ("March 1965", "1965-03-01", "1965-03-31", "certain", "1965-03"),
    ("18 March 1965", "1965-03-18", "1965-03-18", "certain", "1965-03-18"),
    ("18–19 March 1965", "1965-03-18", "1965-03-19", "certain", "1965-03-18/1965-03-19"),
    ("c. 1967", "1965-01-01", "1969-12-31", "probable", "1967~"),
    ("1960s", "1960-01-01", "1969-12-31", "certain", "196X"),
    ("1965?", "1965-01-01", "1965-12-31", "probable", "1965?"),
    ("before 1975", None, "1974-12-31", "certain", "../1974"),
    ("by 1975", None, "1975-12-31", "certain", "../1975"),
    ("after 1965", "1966-01-01", None, "certain", "1966/.."),
    ("not before 1965", "1965-01-01", None, "certain", "1965/.."),
    ("не ранее 1965", "1965-01-01", None, "certain", "1965/.."),
    ("до 1975 г.", None, "1974-12-31", "certain", "../1974"),
    ("1967-68", "1967-01-01", "1968-12-31", "certain", "1967/1968"),
    ("1967/68", "1967-01-01", "1968-12-31", "certain", "1967/1968"),
    ("between 1965 and 1967", "1965-01-01", "1967-12-31", "certain", "1965/1967"),
    ("между 1965 и 1967", "1965-01-01", "1967-12-31", "certain", "1965/1967"),
    ("1967 or 1968", "1967-01-01", "1968-12-31", "certain", "[1967,1968]"),
    ("1967 г.", "1967-01-01", "1967-12-31", "certain", "1967"),
    ("в 1967 году", "1967-01-01", "1967-12-31", "certain", "1967"),
    ("1960-е годы", "1960-01-01", "1969-12-31", "certain", "196X"),
    ("20th century", "1900-01-01", "1999-12-31", "certain", "19XX"),
    ("XX век", "1900-01-01", "1999-12-31", "certain", "19XX"),
    ("early 20th century", "1900-01-01", "1932-12-31", "certain", "1900/1932"),
    ("[1967]", "1967-01-01", "1967-12-31", "probable", "1967?"),
    ("spring 1967", "1967-03-01", "1967-05-31", "certain", "1967-21"),
    ("осень 1967 г.", "1967-09-01", "1967-11-30", "certain", "1967-23"),
    ("winter 1967", "1966-12-01", "1967-02-28", "certain", "1967-24"),
    ("около 1967", "1965-01-01", "1969-12-31", "probable", "1967~"),
    ("1960-е", "1960-01-01", "1969-12-31", "certain", "196X"),
    ("18 марта 1965", "1965-03-18", "1965-03-18", "certain", "1965-03-18"),
    ("late 1970s", "1976-01-01", "1979-12-31", "certain", "1976/1979"),
    ("1965–2015", "1965-01-01", "2015-12-31", "certain", "1965/2015"),
    ("1968–present", "1968-01-01", None, "certain", "1968/.."),
    ("25.03.1965", "1965-03-25", "1965-03-25", "certain", "1965-03-25"),
    ("February 1964", "1964-02-01", "1964-02-29", "certain", "1964-02"),
    ("unknown", None, None, "unknown", ""),
])
def test_curator_forms(typed: str, earliest: str | None, latest: str | None, certainty: str,
                       edtf: str) -> None:
    parsed = parse_date(typed)
    assert (parsed.earliest, parsed.latest, parsed.certainty, parsed.edtf) == (
        earliest, latest, certainty, edtf)
    assert parsed.display == typed


@pytest.mark.parametrize("typed", ["31 February 1965", "sometime", "1975–1965", "13/13/1965",
                                   "1975-02-30", "1967-66", "between 1967 and 1965",
                                   "1968 or 1967", "40th century", "1975-13"])
def test_nonsense_is_explained(typed: str) -> None:
    with pytest.raises(DateNotUnderstood):
        parse_date(typed)


def test_day_problem_finds_days_the_calendar_lacks() -> None:
    assert day_problem("1975-02-30") == "1975-02-30 is not a day in the calendar"
    assert day_problem("1964-02-29") is None
    assert day_problem("1965-13", partial=True) == "1965-13 has no month 13"
    assert day_problem("1965", partial=True) is None
    assert day_problem("c. 1920") is None  # not a day at all: the format checks judge it


@pytest.mark.parametrize(("typed", "earliest", "latest", "certainty"), [
    ("date unknown", None, None, "unknown"),          # as the shipped catalog writes it
    ("by about 2011", None, "2011-12-31", "probable"),
    ("before c. 1970", None, "1969-12-31", "probable"),
    ("after about 1980", "1981-01-01", None, "probable"),
    ("не позднее около 1975", None, "1975-12-31", "probable"),
    ("1968 or later", "1968-01-01", None, "certain"),
    ("1972 (Scott: 14 September 1972)", "1972-01-01", "1972-12-31", "certain"),  # + a note
    ("March 1965, during the flight", "1965-03-01", "1965-03-31", "certain"),
])
def test_a_bound_with_a_qualifier_inside(typed: str, earliest: str | None,
                                         latest: str | None, certainty: str) -> None:
    parsed = parse_date(typed)
    assert (parsed.earliest, parsed.latest, parsed.certainty) == (earliest, latest, certainty)


def test_every_date_phrase_of_the_shipped_catalog_reads() -> None:
    import sqlite3
    from pathlib import Path

    shipped = Path(__file__).resolve().parents[2] / "catalog.db"
    con = sqlite3.connect(f"file:{shipped}?mode=ro", uri=True)
    # Every display date is generated (date_text.py) in both languages: each reads back.
    phrases = {p for table in ("works", "provenance_events", "missions", "exhibitions")
               for column in ("date_display", "date_display_ru")
               for (p,) in con.execute(f"SELECT {column} FROM {table} WHERE {column} "
                                       "IS NOT NULL")}
    con.close()
    unread = []
    for phrase in sorted(phrases):
        try:
            parse_date(phrase)
        except DateNotUnderstood as error:
            unread.append(f"{phrase}: {error}")
    assert unread == []


@pytest.mark.parametrize("typed", ["1975-02-30, 1975", "1975-02-30 (a note)",
                                   "1969-1967 (a note)"])
def test_a_wrong_date_before_a_note_is_still_refused(typed: str) -> None:
    with pytest.raises(DateNotUnderstood):
        parse_date(typed)


@pytest.mark.parametrize(("typed", "earliest", "latest"), [
    ("2015-05", "2015-05-01", "2015-05-31"),             # an ISO month, not 2015–2005
    ("2015-05 (by 22 May)", "2015-05-01", "2015-05-31"),
    ("2018-present", "2018-01-01", None),
    ("1967-68", "1967-01-01", "1968-12-31"),             # still a short range
])
def test_iso_months_and_open_ranges(typed: str, earliest: str, latest: str | None) -> None:
    parsed = parse_date(typed)
    assert (parsed.earliest, parsed.latest) == (earliest, latest)
