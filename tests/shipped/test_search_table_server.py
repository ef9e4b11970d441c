"""The search table on a PostgreSQL copy of the shipped catalog: every query finds the same
works as on the file, with the same correction (ranking is the server's own)."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from typing import Any

import pytest
from test_search_table import HOSTILE, SHIPPED, TABLE

from gallery.catalog.copy import copy_catalog
from gallery.catalog.store import Catalog


@pytest.fixture(scope="module")
def both(pg_cluster: Any, tmp_path_factory: pytest.TempPathFactory
         ) -> Iterator[tuple[Catalog, Catalog]]:
    name = "gallery_shipped_search"
    pg_cluster.psql(f"CREATE DATABASE {name} TEMPLATE template0 ENCODING 'UTF8'")
    source = tmp_path_factory.mktemp("shipped") / "catalog.db"
    shutil.copyfile(SHIPPED, source)
    copy_catalog(source, pg_cluster.url(name))
    server = Catalog.open(pg_cluster.url(name), read_only=True)
    local = Catalog.open(source, read_only=True)
    try:
        yield server, local
    finally:
        server.close()
        local.close()
        pg_cluster.psql(f"DROP DATABASE {name} WITH (FORCE)")


@pytest.mark.parametrize("typed", [q for q, _, _ in TABLE] + HOSTILE)
def test_the_server_finds_the_same_works(both: tuple[Catalog, Catalog], typed: str) -> None:
    server, local = both
    on_server = server.search(typed, limit=1000, facets=False)
    on_file = local.search(typed, limit=1000, facets=False)
    assert {r.id for r in on_server.rows} == {r.id for r in on_file.rows}
    assert on_server.total == on_file.total
    assert on_server.corrected_query == on_file.corrected_query


@pytest.mark.parametrize("typed", ["", "moon", "союз"])
@pytest.mark.parametrize("sort", ["date", "date_desc", "title", "added", "mission"])
def test_every_order_but_relevance_is_the_files(both: tuple[Catalog, Catalog], sort: str,
                                                typed: str) -> None:
    server, local = both
    on_server = server.search(typed, sort=sort, limit=1000, facets=False).rows
    on_file = local.search(typed, sort=sort, limit=1000, facets=False).rows
    assert [(r.id, r.mission, r.mission_ru) for r in on_server] == \
        [(r.id, r.mission, r.mission_ru) for r in on_file]
