"""Schema v5: dates generated per language, free text kept when it moves, the v4 migration."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from gallery.catalog.connection import connect_writable
from gallery.catalog.date_text import date_text, edtf_text
from gallery.catalog.dates import parse_date
from gallery.catalog.schema import migrate
from gallery.catalog.store import Catalog


@pytest.mark.parametrize(("earliest", "latest", "qualifier", "certainty", "en", "ru", "edtf"), [
    ("1965-03-18", "1965-03-19", "exact", "certain", "18–19 March 1965", "18–19 марта 1965 г.",
     "1965-03-18/1965-03-19"),
    ("1967-01-01", "1967-12-31", "exact", "certain", "1967", "1967 г.", "1967"),
    ("1965-03-01", "1965-03-31", "exact", "certain", "March 1965", "март 1965 г.", "1965-03"),
    ("1968-01-01", "1972-12-31", "circa", "certain", "c. 1970", "около 1970 г.", "1970~"),
    ("1968-01-01", "1972-12-31", "circa", "probable", "c. 1970", "около 1970 г.", "1970"),
    (None, "1975-07-31", "before", "certain", "by July 1975", "не позднее июля 1975 г.",
     "../1975-07"),
    ("1968-01-01", None, "after", "certain", "not before 1968", "не ранее 1968 г.", "1968/.."),
    (None, "1975-07-17", "before", "certain", "by 17 July 1975", "не позднее 17 июля 1975 г.",
     "../1975-07-17"),
    ("1966-01-01", "1985-12-31", "exact", "possibly", "possibly 1966–1985",
     "возможно, 1966–1985 гг.", "1966/1985%"),
    ("1972-09-14", "1972-10-04", "exact", "probable", "probably 14 September – 4 October 1972",
     "вероятно, 14 сентября – 4 октября 1972 г.", "1972-09-14/1972-10-04?"),
    ("1968-09-27", "1969-12-31", "circa", "certain", "c. 1968–1969", "около 1968–1969 гг.",
     "1968-09-27/1969~"),
    (None, None, "exact", "certain", "date unknown", "дата неизвестна", ""),
])
def test_a_date_reads_the_same_in_both_languages(earliest: str | None, latest: str | None,
                                                 qualifier: str, certainty: str, en: str,
                                                 ru: str, edtf: str) -> None:
    assert date_text(earliest, latest, qualifier, certainty, "en") == en
    assert date_text(earliest, latest, qualifier, certainty, "ru") == ru
    assert edtf_text(earliest, latest, qualifier, certainty).startswith(edtf[:4])
    if qualifier in ("exact", "before", "after") and (earliest or latest):
        for text in (en, ru):  # what is generated reads back as the same range
            parsed = parse_date(text)
            assert (parsed.earliest, parsed.latest) == (earliest, latest), text


def test_free_text_typed_by_an_older_client_is_kept_as_the_note(tmp_path: Path) -> None:
    with Catalog.open(tmp_path / "c.db", create=True, who="t") as catalog:
        saved = catalog.save({"id": "w", "title": "W", "medium": "oil on board",
                              "date_display": "1967, shortly before the flight"}, None)
        assert saved["medium_note"] == "oil on board" and saved["medium"] == "oil on board"
        assert (saved["date_earliest"], saved["date_latest"]) == ("1967-01-01", "1967-12-31")
        assert saved["date_note"] == "1967, shortly before the flight"
        assert saved["date_display_ru"] == "1967 г."
        again = catalog.save(saved, saved["version"])  # saved back unchanged: nothing moves
        assert again["medium_note"] == "oil on board" and again["medium_terms"] == []


def _v4_catalog(path: Path) -> None:
    con = connect_writable(path)
    migrate(con, 4)
    now = "2026-01-01T00:00:00Z"
    with con:
        con.execute("INSERT INTO works(id, title, other_titles, date_display, date_earliest, "
                    "date_latest, date_certainty, medium, support, current_holder, created_at, "
                    "updated_at) VALUES ('sunrise', 'Sunrise', "
                    "'[\"First picture drawn in space\"]', 'March 1965, during the flight', "
                    "'1965-03-01', '1965-03-31', 'certain', 'coloured pencils', 'white paper', "
                    "'Star City museum', ?, ?)", (now, now))
        con.execute("INSERT INTO provenance_events(work_id, position, date_display, kind, "
                    "party, holder, certainty, transfers) VALUES ('sunrise', 0, '2015', "
                    "'gift', 'Alexei Leonov to a museum', 'Star City museum', 'probable', "
                    "'ownership')")
        con.execute("INSERT INTO people(id, name, created_at, updated_at) VALUES "
                    "('alexei-leonov', 'Alexei Leonov', ?, ?)", (now, now))
        con.execute("INSERT INTO provenance_events(work_id, position, date_display, kind, "
                    "party, holder, certainty, transfers) VALUES ('sunrise', 1, '2016', "
                    "'exhibited', 'alexei leonov', NULL, 'certain', 'custody')")
        con.execute("INSERT INTO exhibitions(id, title, venue, date_display, created_at, "
                    "updated_at) VALUES ('show', 'Cosmonauts', 'Science Museum', "
                    "'September 2015 – March 2016', ?, ?)", (now, now))
    con.close()


def test_a_v4_catalog_migrates_to_v5_keeping_every_value(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    _v4_catalog(path)
    with Catalog.open(path, who="curator") as catalog:
        assert catalog.migrated_from == 4
        work = catalog.get("sunrise")
        assert (work["medium_note"], work["support_note"]) == ("coloured pencils", "white paper")
        assert work["date_display"] == "March 1965" and work["date_display_ru"] == "март 1965 г."
        assert work["date_note"] == "March 1965, during the flight"
        assert work["other_titles"] == [{"text": "First picture drawn in space", "lang": "en",
                                         "status": None}]
        event = work["provenance"][0]
        assert event["party_name"] == "Alexei Leonov to a museum"
        assert event["holder_name"] == "Star City museum"
        assert work["current_holder"] == "Star City museum"
        assert work["provenance"][1]["party"] == "alexei-leonov"  # a person, not a new agent
        agents = {a["name"] for a in catalog.list_records("agents")}
        assert {"Alexei Leonov to a museum", "Star City museum", "Science Museum"} <= agents
        show = catalog.get_record("exhibitions", "show")
        assert catalog.get_record("agents", show["venue"])["name"] == "Science Museum"
        assert show["date_display"] == "September 2015 – March 2016"
    con = sqlite3.connect(path)
    moved = con.execute("SELECT table_name, record_id, before, after FROM history "
                        "WHERE change_id = 'migration-v5' AND table_name = 'works'").fetchall()
    con.close()
    assert len(moved) == 3  # the work's row, and each of its events
    after = json.loads(moved[0][3])
    assert after["medium_note"] == "coloured pencils"


def test_an_undated_record_read_and_saved_back_stays_as_it_was(tmp_path: Path) -> None:
    with Catalog.open(tmp_path / "c.db", create=True, who="t") as catalog:
        saved = catalog.save({"id": "w", "title": "W", "provenance": [{"kind": "gap"}]}, None)
        assert saved["date_display"] == "date unknown"
        again = catalog.save(saved, saved["version"])
        assert again["date_note"] is None and again["provenance"][0]["date_note"] is None
