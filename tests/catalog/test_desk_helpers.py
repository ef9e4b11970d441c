"""The curator's-desk helpers the editor calls: chronology warnings, the holder line, similar
names, and the records that link to one about to be deleted — on the shipped catalog."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator

import pytest

from desk_catalogs import SHIPPED
from gallery.catalog.chronology import chronology_warnings
from gallery.catalog.linked_from import linking_records
from gallery.catalog.provenance import holder_line
from gallery.catalog.similar_names import compare, similar_records
from gallery.catalog.store import Catalog


@pytest.fixture(scope="module")
def con() -> Iterator[sqlite3.Connection]:
    connection = sqlite3.connect(f"file:{SHIPPED}?mode=ro", uri=True)
    yield connection
    connection.close()


def _event(kind: str, first: str | None, last: str | None, text: str = "") -> dict[str, str]:
    return {"kind": kind, "date_earliest": first, "date_latest": last,
            "date_display": text or f"{first}–{last}"}


def test_no_shipped_record_is_warned_about() -> None:
    with Catalog.open(SHIPPED, read_only=True) as catalog:
        warned = {w: chronology_warnings(catalog.get(w)["provenance"])
                  for w in catalog.work_ids()}
    assert {w: v for w, v in warned.items() if v} == {}


def test_out_of_order_and_inside_a_gap_are_warnings_in_both_languages() -> None:
    events = [_event("created", "1965", "1965", "1965"),
              _event("gap", "1966", "2000", "1966–2000"),
              _event("sale", "1990-05-01", "1990-05-31", "May 1990"),
              _event("gift", "1970", "1970", "1970")]
    warnings = chronology_warnings(events)
    assert [(w["kind"], w["index"], w["other_index"]) for w in warnings] == [
        ("inside_gap", 2, 1), ("inside_gap", 3, 1), ("out_of_order", 3, 2)]
    assert warnings[2]["message"]["en"].startswith("Event 4 (1970) is listed after event 3")
    assert warnings[0]["message"]["ru"].startswith("Событие 3 (May 1990) попадает внутрь")


def test_events_touching_a_gaps_edges_or_after_an_open_gap_are_fine() -> None:
    # as in the shipped "Orbital sunrise": gap 1965–2015, then a loan in 2015
    assert chronology_warnings([_event("created", "1965-03-18", "1965-03-19"),
                                _event("gap", "1965", "2015"), _event("loan", "2015", "2015"),
                                _event("exhibited", "2015-09-18", "2016-03-13")]) == []
    assert chronology_warnings([_event("gap", "1976", None), _event("held", "1990", "1990"),
                                _event("held", None, None)]) == []


def test_the_holder_line_cannot_be_misread() -> None:
    line = holder_line("State Tretyakov Gallery", "unknown", "en")
    assert line == "Perhaps held by State Tretyakov Gallery (how certain is not recorded)"
    assert "(unknown)" not in line
    assert holder_line("Государственная Третьяковская галерея", "unknown", "ru") == \
        "Возможно, владелец: Государственная Третьяковская галерея (степень достоверности " \
        "не указана)"
    assert holder_line("X", "certain") == "Held by X"
    assert holder_line("X", "probable", "ru") == "Вероятный владелец: X"
    assert holder_line(None, "certain", "ru") == "Нынешний владелец неизвестен"


def test_a_new_person_named_like_an_existing_one_in_either_script(
        con: sqlite3.Connection) -> None:
    for typed in ("Yuri Gagarin", "Юрий Гагарин", "yuriy gagarin", "Iurii Gagarin"):
        found = similar_records(con, typed)
        assert [(r["id"], r["match"]) for r in found] == [("yuri-gagarin", "similar")], typed
    same = similar_records(con, None, "Юрий Алексеевич Гагарин")
    assert [(r["id"], r["match"]) for r in same] == [("yuri-gagarin", "same")]
    assert same[0]["name"] == "Yuri Alekseyevich Gagarin"
    assert [r["id"] for r in similar_records(con, "Tretyakov Gallery")] == [
        "state-tretyakov-gallery"]
    assert similar_records(con, "Valentina Tereshkova", "Валентина Терешкова") == []
    assert similar_records(con, "Yuri Gagarin", exclude_id="yuri-gagarin") == []
    assert compare("Gagarin", "Yuri Gagarin") is None  # one word is not enough to warn


def test_the_records_that_link_to_one_about_to_be_deleted(con: sqlite3.Connection) -> None:
    found = linking_records(con, "people", "yuri-gagarin")
    assert [(e["table"], e["id"], e["field"]) for e in found] == [
        ("works", "book-zhdite-nas-zvezdy-1967", "people")]
    assert found[0]["title"]["ru"] == "Ждите нас, звёзды"
    assert found[0]["field_label"] == {"en": "People", "ru": "Люди"}
    books = linking_records(con, "works", "book-star-roads")
    assert {(e["id"], e["field"]) for e in books} == {
        ("lunokhod-1-in-crater", "literature"), ("morning-of-lunokhod-1", "literature")}
    holder = {(e["id"], e["field"]) for e in
              linking_records(con, "agents", "state-tretyakov-gallery")}
    assert ("space-landscape-2011", "current_holder") in holder
    assert ("space-landscape-2011", "provenance") in holder
    crew = linking_records(con, "people", "valery-kubasov")
    assert ("missions", "astp-soyuz-19", "crew") in {(e["table"], e["id"], e["field"])
                                                     for e in crew}
    assert linking_records(con, "sources", "no-such-source") == []


def test_the_editor_reaches_all_of_it_through_the_store() -> None:
    with Catalog.open(SHIPPED, read_only=True) as catalog:
        assert catalog.change_history("yuri-gagarin")[0]["action"] == "create"
        assert catalog.worklist().counts["standin_only"] == 58
        assert catalog.linking_records("people", "yuri-gagarin")[0]["table"] == "works"
        assert catalog.similar_records("Юрий Гагарин")[0]["id"] == "yuri-gagarin"
        assert catalog.chronology_warnings([]) == []
        assert catalog.holder_line(None, None, "ru") == "Нынешний владелец неизвестен"


def test_the_iiif_holder_line_says_how_certain_in_words() -> None:
    from gallery.catalog.interop.iiif import metadata

    with Catalog.open(SHIPPED, read_only=True) as catalog:
        lines = {w: next(m["value"] for m in metadata(catalog.get(w))
                         if m["label"]["en"] == ["Current holder"])
                 for w in ("hawking-portrait-2015", "space-landscape-2011",
                           "all-terrain-vehicle-on-the-moon")}
    assert lines["space-landscape-2011"] == {"en": ["Held by State Tretyakov Gallery"],
                                             "ru": ["Владелец: Государственная Третьяковская "
                                                    "галерея"]}
    assert lines["all-terrain-vehicle-on-the-moon"]["en"] == ["Current holder unknown"]
    assert all("(unknown)" not in v[0] for line in lines.values() for v in line.values())
