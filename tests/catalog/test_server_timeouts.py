"""A dead server is noticed in seconds (libpq keepalives on every connection) and a reader's
statements time out instead of hanging (README, 'A team catalog')."""

from __future__ import annotations

import pytest

from gallery.catalog.errors import CatalogError
from gallery.catalog.pg.connection import KEEPALIVES, READ_TIMEOUT_S
from gallery.catalog.store import Catalog


def _setting(catalog: Catalog, name: str) -> str:
    return str(catalog.connection.execute(f"SELECT current_setting('{name}')").fetchone()[0])


def test_every_connection_asks_for_keepalives(pg_sample_catalog: str) -> None:
    with Catalog.open(pg_sample_catalog, who="tester") as catalog:
        asked = catalog.connection.raw.info.get_parameters()  # type: ignore[attr-defined]
        assert {k: asked.get(k) for k in KEEPALIVES} == {k: str(v) for k, v in
                                                          KEEPALIVES.items()}
    assert KEEPALIVES["keepalives_idle"] + KEEPALIVES["keepalives_interval"] * \
        KEEPALIVES["keepalives_count"] <= 15  # noticed in seconds, not minutes


def test_a_reader_s_statements_time_out_and_an_editor_s_do_not(pg_sample_catalog: str) -> None:
    with Catalog.open(pg_sample_catalog, writer=False) as visitor:
        assert _setting(visitor, "statement_timeout") == f"{READ_TIMEOUT_S}s"
    with Catalog.open(pg_sample_catalog, read_only=True) as show:
        assert _setting(show, "statement_timeout") == f"{READ_TIMEOUT_S}s"
    with Catalog.open(pg_sample_catalog, who="tester") as editor:
        assert _setting(editor, "statement_timeout") == "0"


def test_a_read_past_the_timeout_is_one_readable_line(pg_sample_catalog: str) -> None:
    with Catalog.open(pg_sample_catalog, writer=False) as visitor:
        visitor.connection.execute("SET statement_timeout = 50")  # the real limit, shortened
        with pytest.raises(CatalogError, match=f"did not answer within {READ_TIMEOUT_S} s"):
            visitor.connection.execute("SELECT pg_sleep(5)")
        assert visitor.search("moon", facets=False).total > 0  # and the next read works
