"""Facet counts in memory agree with SQL's GROUP BY for every combination of filters."""

from __future__ import annotations

import itertools
import shutil
from pathlib import Path

import pytest
from facet_oracle import sql_facet_counts

from gallery.catalog.facets import count_facets
from gallery.catalog.store import Catalog
from gallery.catalog.wordforms import match_expression

SHIPPED = Path(__file__).resolve().parents[2] / "catalog.db"

FILTERS = [
    {}, {"mission": "voskhod-2"}, {"person": ["alexei-leonov", "andrei-sokolov"]},
    {"category": "stamp"}, {"decade": "1970s"}, {"image": "standin"}, {"image": "real"},
    {"confidence": ["high", "low"]}, {"year_from": 1966}, {"year_to": 1970},
    {"year_from": 1965, "year_to": 1975, "category": "painting"}, {"holder": ""},
    {"certainty": "certain", "mission": "soyuz-19"}, {"series": "nothing like this"},
]
QUERIES = ["", "moon", "луна", "leonov", "stamp sokolov", "zzzz"]


@pytest.fixture(scope="module")
def shipped_copy(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("shipped")
    shutil.copy(SHIPPED, folder / "catalog.db")
    return folder / "catalog.db"


def compare(catalog: Catalog, include_deleted: bool = False) -> int:
    checked = 0
    for query, filters in itertools.product(QUERIES, FILTERS):
        match = match_expression(query)
        expected = sql_facet_counts(catalog.connection, match, filters, include_deleted)
        assert count_facets(catalog.connection, match, filters, include_deleted) == expected, \
            (query, filters)
        checked += 1
    return checked


def test_memory_counts_equal_sql_on_the_shipped_catalog(shipped_copy: Path) -> None:
    with Catalog.open(shipped_copy, read_only=True) as catalog:
        assert compare(catalog) == len(QUERIES) * len(FILTERS)


def test_counts_follow_saves_and_the_trash(catalog: Catalog) -> None:
    before = count_facets(catalog.connection, None, {}, False)
    compare(catalog)
    moon = catalog.get("near-the-moon")
    catalog.delete("near-the-moon", expected_version=moon["version"])
    after = count_facets(catalog.connection, None, {}, False)
    assert after != before  # read again after the change, not served from the cache
    compare(catalog)
    compare(catalog, include_deleted=True)


def test_an_unknown_filter_is_refused(catalog: Catalog) -> None:
    with pytest.raises(ValueError, match="unknown filter"):
        count_facets(catalog.connection, None, {"colour": "red"}, False)


def test_a_new_connection_never_gets_an_old_ones_counts(catalog_path: Path,
                                                        shipped_copy: Path) -> None:
    # A closed connection's id() is soon another one's: the cache must not mix catalogs.
    for _ in range(20):
        for path, works in ((catalog_path, 3), (shipped_copy, 58)):
            with Catalog.open(path, read_only=True) as catalog:
                counts = count_facets(catalog.connection, None, {}, False)
                assert sum(n for _, _, n in counts["image"]) == works
                assert catalog.search("sokolv", facets=False).total >= 1


def test_the_years_histogram_counts_every_year_whatever_range_is_chosen(
        shipped_copy: Path) -> None:
    with Catalog.open(shipped_copy, read_only=True) as catalog:
        con = catalog.connection
        every = count_facets(con, None, {}, False)["year"]
        ranged = count_facets(con, None, {"year_from": 1970, "year_to": 1975}, False)
        years = [int(value) for value, _label, _n in every]
        assert years == sorted(years) and years[0] >= 1950  # in year order, the catalog's own
        assert ranged["year"] == every  # the range does not narrow its own histogram
        assert sum(n for _, _, n in ranged["image"]) < sum(n for _, _, n in every)
        stamps = count_facets(con, None, {"category": "stamp"}, False)["year"]
        assert sum(n for _, _, n in stamps) < sum(n for _, _, n in every)  # other filters do
