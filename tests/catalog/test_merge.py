"""Three-way merge of list fields, item by item (Qt-free)."""

from __future__ import annotations

from gallery.catalog.merge import merge_lists


def event(kind: str, note: str | None = None, date: str | None = None) -> dict[str, object]:
    return {"kind": kind, "note": note, "date_display": date}


BASE = [event("created", "drawn in orbit"), event("gift", "to the museum"),
        event("exhibited", None, "1975")]


def test_an_item_changed_on_one_side_only_is_taken_from_that_side() -> None:
    theirs = [BASE[0], event("gift", "to the museum, 1980"), BASE[2]]
    mine = [BASE[0], BASE[1], event("exhibited", "Moscow", "1975")]
    merge = merge_lists(BASE, mine, theirs)
    assert merge.conflicts == []
    assert merge.resolve() == [BASE[0], theirs[1], mine[2]]


def test_the_same_item_changed_in_different_fields_merges_field_by_field() -> None:
    theirs = [BASE[0], event("gift", "to the museum, 1980"), BASE[2]]
    mine = [BASE[0], event("gift", "to the museum", "1980"), BASE[2]]
    merge = merge_lists(BASE, mine, theirs)
    assert merge.conflicts == []
    assert merge.resolve()[1] == event("gift", "to the museum, 1980", "1980")


def test_the_same_field_changed_on_both_sides_is_a_conflict_per_field() -> None:
    theirs = [BASE[0], event("gift", "theirs"), BASE[2]]
    mine = [BASE[0], event("gift", "mine", "1981"), BASE[2]]
    merge = merge_lists(BASE, mine, theirs)
    [conflict] = merge.conflicts
    assert (conflict.position, conflict.fields) == (1, ["note"])
    assert merge.resolve()[1] == event("gift", "mine", "1981")
    assert merge.resolve({(0, "note"): "theirs"})[1] == event("gift", "theirs", "1981")


def test_added_items_on_both_sides_are_kept_and_removals_apply() -> None:
    theirs = [*BASE, event("loan", "to Paris")]
    mine = [event("sale", "before"), BASE[0], BASE[2]]  # added one, removed the gift
    merge = merge_lists(BASE, mine, theirs)
    assert merge.conflicts == []
    assert merge.resolve() == [event("sale", "before"), BASE[0], BASE[2],
                               event("loan", "to Paris")]


def test_changed_on_one_side_and_removed_on_the_other_is_asked() -> None:
    theirs = [BASE[0], BASE[2]]
    mine = [BASE[0], event("gift", "changed"), BASE[2]]
    merge = merge_lists(BASE, mine, theirs)
    [conflict] = merge.conflicts
    assert conflict.theirs is None and conflict.fields == []
    assert merge.resolve() == mine
    assert merge.resolve({(0, ""): "theirs"}) == theirs


def test_links_are_matched_by_identity() -> None:
    base = [{"person_id": "leonov", "role": "artist"}, {"person_id": "sokolov",
                                                         "role": "co-artist"}]
    theirs = [{"person_id": "leonov", "role": "artist"}, {"person_id": "sokolov",
                                                          "role": "artist"}]
    mine = [{"person_id": "leonov", "role": "artist"}, {"person_id": "sokolov",
                                                        "role": "co-artist"},
            {"person_id": "clarke", "role": "dedicatee"}]
    merge = merge_lists(base, mine, theirs, identity=lambda link: link["person_id"])
    assert merge.conflicts == []
    assert merge.resolve() == [theirs[0], theirs[1], mine[2]]


def test_plain_strings_and_empty_lists() -> None:
    assert merge_lists(["a", "b"], ["a", "b", "c"], ["z", "a", "b"]).resolve() == [
        "z", "a", "b", "c"]
    assert merge_lists(None, None, None).resolve() == []
    both = merge_lists(["a"], ["x"], ["y"])
    assert len(both.conflicts) == 1 and both.resolve() == ["x"]
    assert both.resolve({(0, ""): "theirs"}) == ["y"]
