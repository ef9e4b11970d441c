"""The shipped catalog on both backends, for the server's parity tests (search and typos)."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from gallery.catalog.copy import copy_catalog
from gallery.catalog.store import Catalog

SHIPPED = Path(__file__).resolve().parents[2] / "catalog.db"


@pytest.fixture(scope="module")
def both(pg_cluster: Any, tmp_path_factory: pytest.TempPathFactory,
         request: pytest.FixtureRequest) -> Iterator[tuple[Catalog, Catalog]]:
    """(server, file): a PostgreSQL copy of the shipped catalog beside a copy of its file, both
    read-only; one database per test module, dropped after it."""
    name = f"gallery_shipped_{request.module.__name__.rsplit('.', 1)[-1]}"
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
