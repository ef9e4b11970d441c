"""The store on real SQLite files: save, get, locking, history, trash, derived holder."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from catalog_samples import sample_work
from gallery.catalog.errors import Conflict, InvalidRecord, NotFound
from gallery.catalog.store import Catalog


def test_get_returns_everything_linked(catalog: Catalog) -> None:
    work = catalog.get("orbital-sunrise")
    assert work["title_ru"] == "Восход на орбите"
    assert work["people"] == [{"person_id": "alexei-leonov", "role": "artist",
                               "certainty": None, "role_note": None, "role_note_ru": None,
                               "name": "Alexei Leonov", "name_ru": "Алексей Леонов"}]
    assert work["missions"][0]["name"] == "Voskhod 2"
    assert [e["kind"] for e in work["provenance"]] == ["created", "gap", "held"]
    assert work["provenance"][1]["transfers"] == "unknown"
    assert work["source_details"]["src_b"]["url"] == "https://example.org/b"


def test_current_holder_is_derived_from_events(catalog: Catalog) -> None:
    work = catalog.get("orbital-sunrise")
    assert (work["current_holder"], work["holder_certainty"]) == ("Star City museum", "probable")
    # A loan moves custody, not title: the owner stays the same.
    work["provenance"].append({"date_display": "2016", "kind": "loan", "certainty": "certain",
                               "party": "Star City museum", "holder": "Science Museum"})
    saved = catalog.save(work, work["version"])
    assert saved["current_holder"] == "Star City museum"
    # A trailing gap makes the holder unknown rather than silently keeping the last name.
    saved["provenance"].append({"date_display": "2017–present", "kind": "gap"})
    again = catalog.save(saved, saved["version"])
    assert again["current_holder"] is None and again["holder_certainty"] == "unknown"


def test_save_then_reopen_shows_the_value(catalog_path: Path) -> None:
    with Catalog.open(catalog_path) as first:
        work = first.get("near-the-moon")
        work["medium"] = "oil on canvas"
        first.save(work, work["version"])
    with Catalog.open(catalog_path) as second:
        assert second.get("near-the-moon")["medium"] == "oil on canvas"
        assert second.get("near-the-moon")["version"] == 2


def test_second_curator_saving_the_same_version_gets_a_conflict(catalog_path: Path) -> None:
    with Catalog.open(catalog_path, who="anna") as anna, \
            Catalog.open(catalog_path, who="boris") as boris:
        mine, theirs = anna.get("near-the-moon"), boris.get("near-the-moon")
        mine["title"] = "Near the Moon (Anna)"
        anna.save(mine, mine["version"])
        theirs["title"] = "Near the Moon (Boris)"
        with pytest.raises(Conflict) as caught:
            boris.save(theirs, theirs["version"])
        assert caught.value.theirs["title"] == "Near the Moon (Anna)"
        assert boris.get("near-the-moon")["title"] == "Near the Moon (Anna)"


def test_creating_an_existing_id_is_refused(catalog: Catalog) -> None:
    with pytest.raises(InvalidRecord, match="already used"):
        catalog.save(sample_work(), None)


@pytest.mark.parametrize(("change", "field"), [
    ({"date_earliest": "1970-01-01", "date_latest": "1960-01-01"}, "date_earliest"),
    ({"title": "  "}, "title"),
    ({"id": "Bad Id!"}, "id"),
    ({"height": 10.0, "dimension_unit": "furlong"}, "dimension_unit"),
    ({"height": -3.0, "dimension_unit": "cm"}, "height"),
    ({"missions": [{"mission_id": "voskhod-2", "link": "painted_on"}]}, "missions[0]"),
])
def test_validation_names_the_field(catalog: Catalog, change: dict, field: str) -> None:
    with pytest.raises(InvalidRecord) as caught:
        catalog.save(sample_work("new-work", **change), None)
    assert field in caught.value.problems


def test_history_records_every_change_in_the_same_transaction(catalog: Catalog) -> None:
    work = catalog.get("near-the-moon")
    work["description"] = "Changed."
    catalog.save(work, work["version"])
    entries = catalog.history("near-the-moon")
    assert [e["action"] for e in entries] == ["create", "update"]
    assert entries[1]["who"] == "tester"
    assert {"field": "description", "before": "Moon, Earth and Sun on a diagonal.",
            "after": "Changed."} in entries[1]["changes"]
    assert catalog.blame("near-the-moon")["description"]["who"] == "tester"


def test_history_is_append_only(catalog: Catalog) -> None:
    with pytest.raises(sqlite3.DatabaseError, match="append-only"):
        catalog.connection.execute("DELETE FROM history")


def test_failed_save_writes_nothing(catalog: Catalog) -> None:
    before = catalog.data_version()
    work = sample_work("dangling", people=[{"person_id": "nobody", "role": "artist"}])
    with pytest.raises(sqlite3.IntegrityError):
        catalog.save(work, None)
    assert catalog.data_version() == before
    with pytest.raises(NotFound):
        catalog.get("dangling")


def test_delete_goes_to_trash_and_restores(catalog: Catalog) -> None:
    catalog.delete("stamp-1975", catalog.get("stamp-1975")["version"])
    assert "stamp-1975" not in [r.id for r in catalog.search("").rows]
    assert [t["id"] for t in catalog.trash()] == ["stamp-1975"]
    catalog.restore("stamp-1975")
    assert "stamp-1975" in [r.id for r in catalog.search("").rows]
    assert [e["action"] for e in catalog.history("stamp-1975")][-2:] == ["delete", "restore"]


def test_batch_set_is_one_change(catalog: Catalog) -> None:
    change = catalog.batch_set(["near-the-moon", "stamp-1975"], "rights", "Public domain")
    rows = catalog.connection.execute(
        "SELECT record_id FROM history WHERE change_id = ?", (change,)).fetchall()
    assert sorted(r[0] for r in rows) == ["near-the-moon", "stamp-1975"]
    assert catalog.get("stamp-1975")["rights"] == "Public domain"


def test_renaming_a_person_updates_search(catalog: Catalog) -> None:
    person = catalog.get_record("people", "andrei-sokolov")
    person["name"] = "Andrei Konstantinovich Sokolov"
    catalog.save_record("people", person, person["version"])
    assert [r.id for r in catalog.search("konstantinovich").rows] == ["stamp-1975"]


def test_record_tables_have_back_links(catalog: Catalog) -> None:
    mission = catalog.get_record("missions", "voskhod-2")
    assert {w["id"] for w in mission["works"]} == {"orbital-sunrise", "stamp-1975"}
    assert mission["crew"][0]["name"] == "Alexei Leonov"
    person = catalog.get_record("people", "alexei-leonov")
    assert person["missions"][0]["id"] == "voskhod-2"


def test_a_linked_person_cannot_be_deleted(catalog: Catalog) -> None:
    with pytest.raises(InvalidRecord, match="still linked"):
        catalog.delete_record("people", "andrei-sokolov", 1)


def test_an_edit_of_a_work_moved_to_the_trash_meanwhile_is_refused(catalog: Catalog) -> None:
    from gallery.catalog.errors import InTrash

    mine = catalog.get("near-the-moon")  # opened in one editor…
    catalog.delete("near-the-moon", expected_version=mine["version"])  # …trashed in another
    trashed = catalog.get("near-the-moon")
    mine["title"] = "Edited after it went to the trash"
    with pytest.raises(InTrash, match="moved to the trash"):
        catalog.save(mine, mine["version"])
    with pytest.raises(InTrash):  # merging on top of the trashed version changes nothing either
        catalog.save(mine, trashed["version"])
    assert catalog.get("near-the-moon") == trashed


def test_provenance_events_keep_their_ids_across_saves(catalog: Catalog) -> None:
    work = catalog.get("orbital-sunrise")
    ids = [e["event_id"] for e in work["provenance"]]
    work["provenance"].insert(0, {"kind": "exhibited", "date_display": "1966",
                                  "party": "Star City museum"})
    work["provenance"][2]["note"] = "edited"
    saved = catalog.save(work, work["version"])
    assert [e["event_id"] for e in saved["provenance"]][1:] == ids  # moved, edited, kept
    assert saved["provenance"][0]["event_id"] not in ids
    other = catalog.get("near-the-moon")
    other["provenance"].append({**saved["provenance"][1]})  # a copy brings no foreign id
    again = catalog.save(other, other["version"])
    assert again["provenance"][-1]["event_id"] not in ids


def test_the_vocabulary_gives_each_code_its_label_per_language(catalog: Catalog) -> None:
    from gallery.catalog.terms import put_terms

    with catalog.write() as con:
        put_terms(con, [{"id": "role-pilot", "scheme": "role", "code": "pilot",
                         "label": "pilot", "label_ru": "пилот"}])
    vocabulary = catalog.vocabulary()
    assert vocabulary.label("role", "pilot", "ru") == "пилот"
    assert vocabulary.label("role", "pilot", "en") == "pilot"
    assert vocabulary.label("role", "stand-in", "ru") == "stand-in"  # no term: the code
