"""Bilingual parity: the side edited earlier is flagged until a curator confirms it."""

from __future__ import annotations

from gallery.catalog import parity
from gallery.catalog.store import Catalog


def _stale(catalog: Catalog, work_id: str, edited: tuple[str, ...] = ()) -> dict[str, str]:
    record = catalog.get(work_id)
    return parity.stale_fields("works", record,
                               parity.last_touched(catalog, "works", work_id), edited)


def test_fresh_record_is_not_stale(catalog: Catalog) -> None:
    assert _stale(catalog, "orbital-sunrise") == {}


def test_editing_one_language_flags_the_other_until_confirmed(catalog: Catalog) -> None:
    work = catalog.get("orbital-sunrise")
    catalog.save({**work, "title": "Sunrise in orbit"}, work["version"])
    assert _stale(catalog, "orbital-sunrise") == {"title_ru": "title"}
    parity.confirm(catalog, "works", "orbital-sunrise", "title_ru",
                   catalog.get("orbital-sunrise"))
    assert _stale(catalog, "orbital-sunrise") == {}
    confirmations = parity.confirmations(catalog, "works", "orbital-sunrise")
    assert confirmations[0]["field"] == "title_ru" and confirmations[0]["who"] == "tester"
    assert confirmations[0]["against_value"] == "Sunrise in orbit"
    # Editing the English again brings the flag back.
    work = catalog.get("orbital-sunrise")
    catalog.save({**work, "title": "Orbital sunrise"}, work["version"])
    assert _stale(catalog, "orbital-sunrise") == {"title_ru": "title"}


def test_session_edits_count_as_newest(catalog: Catalog) -> None:
    assert _stale(catalog, "orbital-sunrise", edited=("title_ru",)) == {"title": "title_ru"}
    assert _stale(catalog, "orbital-sunrise", edited=("title", "title_ru")) == {}


def test_an_empty_side_is_missing_not_stale(catalog: Catalog) -> None:
    work = catalog.get("near-the-moon")  # no Russian title
    catalog.save({**work, "title": "Near the Moon (1967)"}, work["version"])
    assert "title_ru" not in _stale(catalog, "near-the-moon")



def test_every_stored_language_pair_is_watched() -> None:
    """A text kept in both languages is in PAIRS; only the store's generated columns
    (display dates, medium and support lines, the holder's name) are left out."""
    from gallery.catalog.records import DERIVED_COLUMNS, TABLE_COLUMNS

    generated = DERIVED_COLUMNS | {"date_display"}
    for table, columns in TABLE_COLUMNS.items():
        pairs = {(c, f"{c}_ru") for c in columns
                 if f"{c}_ru" in columns and c not in generated}
        assert pairs <= set(parity.PAIRS.get(table, ())), table


def test_a_list_pair_is_flagged_like_a_text(catalog: Catalog) -> None:
    work = catalog.get("orbital-sunrise")
    catalog.save({**work, "subjects_ru": ["восход"]}, work["version"])
    work = catalog.get("orbital-sunrise")
    catalog.save({**work, "subjects": ["sunrise", "Earth", "orbit"]}, work["version"])
    assert _stale(catalog, "orbital-sunrise") == {"subjects_ru": "subjects"}
    assert "catalogue_numbers_ru" not in _stale(catalog, "orbital-sunrise")  # both empty
