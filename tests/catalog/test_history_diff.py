"""The history diff on real catalog files: edits saved through the store on a copy of the
shipped catalog, read back from the history table item by item."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from desk_catalogs import shipped_copy
from gallery.catalog.field_labels import label
from gallery.catalog.history_diff import changed_words, diff_record, list_changes, word_spans
from gallery.catalog.history_report import record_history
from gallery.catalog.store import Catalog

WORK = "all-terrain-vehicle-on-the-moon"  # two events: reproduced (RIA), then a gap


@pytest.fixture
def shipped(tmp_path: Path) -> Catalog:
    with Catalog.open(shipped_copy(tmp_path), who="Anna Petrova") as catalog:
        yield catalog


def _latest(catalog: Catalog, record_id: str) -> dict[str, Any]:
    with catalog.reading() as con:
        return record_history(con, record_id)[0]


def _field(entry: dict[str, Any], field: str) -> dict[str, Any]:
    return next(c for c in entry["changes"] if c["field"] == field)


def test_a_provenance_place_and_note_change_is_a_real_difference(shipped: Catalog) -> None:
    record = shipped.get(WORK)
    event = record["provenance"][0]
    event["place"] = "Moscow"
    event["note"] = "The work is known only through a printed reproduction with a caption."
    shipped.save(record, record["version"])

    entry = _latest(shipped, WORK)
    assert entry["who"] == "Anna Petrova" and entry["action"] == "update"
    prov = _field(entry, "provenance")
    assert prov["label"] == {"en": "Provenance", "ru": "Провенанс"}
    [item] = prov["items"]  # the gap event did not change and is not listed
    assert item["change"] == "changed" and not item["moved"]
    assert item["label"]["en"].startswith("Event 1: reproduced")
    assert item["label"]["ru"].startswith("Событие 1: воспроизведение")
    fields = {f["field"]: f for f in item["fields"]}
    assert set(fields) == {"place", "note"}
    assert (fields["place"]["before"], fields["place"]["after"]) == (None, "Moscow")
    assert fields["place"]["label"] == {"en": "Place", "ru": "Место"}
    assert changed_words(fields["note"]["words"]) == ["printed"]
    assert changed_words(fields["note"]["words"], "before") == []


def test_list_items_added_removed_moved_and_changed(shipped: Catalog) -> None:
    record = shipped.get(WORK)
    record["provenance"].reverse()  # the gap now comes first
    record["people"][1]["role"] = "sitter"  # Sokolov: co-artist → sitter
    record["people"].append({"person_id": "yuri-gagarin", "role": "depicted"})
    removed_source = record["sources"].pop(0)
    record["other_titles"][0]["text"] = "All-terrain vehicle on the lunar surface (caption)"
    shipped.save(record, record["version"])

    entry = _latest(shipped, WORK)
    moved = _field(entry, "provenance")["items"]
    assert [(i["change"], i["moved"]) for i in moved] == [("moved", True)]
    people = {i["key"]: i for i in _field(entry, "people")["items"]}
    assert people["yuri-gagarin"]["change"] == "added"
    assert people["yuri-gagarin"]["label"] == {
        "en": "Yuri Alekseyevich Gagarin (person depicted)",
        "ru": "Юрий Алексеевич Гагарин (изображённое лицо)"}
    sokolov = people["andrei-sokolov"]
    assert sokolov["change"] == "changed"
    [role] = sokolov["fields"]
    assert (role["field"], role["before"], role["after"]) == ("role", "co-artist", "sitter")
    assert role["label"] == {"en": "Role", "ru": "Роль"}
    [gone] = _field(entry, "sources")["items"]
    assert (gone["change"], gone["key"]) == ("removed", removed_source)
    # A reworded other title (no id) is one changed item, not a removal and an addition.
    [title] = _field(entry, "other_titles")["items"]
    assert title["change"] == "changed"
    assert [f["field"] for f in title["fields"]] == ["text"]
    assert changed_words(title["fields"][0]["words"]) == ["lunar surface"]


def test_a_reworded_fact_is_changed_but_a_swapped_source_id_is_not() -> None:
    facts = list_changes("facts", ["Shown in Moscow in 1965."], ["Shown in Kyiv in 1965."])
    assert [i["change"] for i in facts] == ["changed"]
    assert changed_words(facts[0]["words"]) == ["Kyiv"]
    sources = list_changes("sources", ["src-a"], ["src-b"])
    assert sorted(i["change"] for i in sources) == ["added", "removed"]


def test_repeated_links_pair_in_order_and_a_swap_is_one_move() -> None:
    old = [{"person_id": "a", "role": "artist"}, {"person_id": "b", "role": "artist"},
           {"person_id": "a", "role": "sitter"}]
    new = [old[1], old[0], old[2]]
    items = list_changes("people", old, new)
    # a and b swapped places: one of them moved (either reading is true), the sitter link
    # of a (a repeat of the same person) kept its place and is not listed
    assert [i["change"] for i in items] == ["moved"] and items[0]["key"] in {"a", "b"}
    assert all(i["after_index"] != 2 for i in items)


def test_word_spans_mark_only_the_changed_words() -> None:
    spans = word_spans("Orbital sunrise over the Earth", "Orbital sunset over the Moon")
    assert spans["before"] == [["Orbital ", False], ["sunrise", True], [" over the ", False],
                               ["Earth", True]]
    assert changed_words(spans) == ["sunset", "Moon"]
    assert word_spans("", "Новое название")["after"] == [["Новое название", True]]


def test_bookkeeping_is_left_out_and_scalars_are_values() -> None:
    changes = diff_record({"version": 1, "height": 30, "title": "A"},
                          {"version": 2, "height": 40, "title": "A"})
    assert [(c["field"], c["kind"], c["before"], c["after"]) for c in changes] == [
        ("height", "value", 30, 40)]


def test_labels_are_the_forms_in_both_languages() -> None:
    assert label("holder_sources", "ru") == "Источники о владельце"
    assert label("title_ru", "en") == "Title (Russian)"
    assert label("note_ru", "ru") == "Примечание (по-русски)"


def test_a_title_with_its_own_guillemets_gets_no_second_pair(shipped: Catalog) -> None:
    from gallery.catalog.history_report import history_text

    record = shipped.get("lunokhod-1-in-crater")
    record["title_ru"] = "«Луноход-1» на краю кратера"
    shipped.save(record, record["version"])
    record = shipped.get("lunokhod-1-in-crater")
    record["title_ru"] = "«Луноход-1» в кратере"
    shipped.save(record, record["version"])
    with shipped.reading() as con:
        text = history_text(record_history(con, "lunokhod-1-in-crater"), "ru")
    assert "««" not in text and "»»" not in text
    assert ("    было:  «Луноход-1» на краю кратера\n"
            "                       ^^ ^^^^ ^^^^^^^\n"
            "    стало: «Луноход-1» в кратере\n"
            "                       ^ ^^^^^^^\n") in text
