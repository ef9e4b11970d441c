"""A second curator's login on the team server (issue 16): README's GRANTs let it edit, and a
login missing some of them is told in plain words that it lacks write rights on the server."""

from __future__ import annotations

import sqlite3
from typing import Any

import pytest

from gallery.catalog.errors import CatalogError
from gallery.catalog.store import Catalog

# README, 'A team catalog': the GRANTs for each further curator (here `curator2`).
CURATOR_GRANTS = (
    "GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO {role}",
    "GRANT USAGE, SELECT, UPDATE ON ALL SEQUENCES IN SCHEMA public TO {role}",
)


def _dbname(url: str) -> str:
    return url.split("?")[0].rsplit("/", 1)[1]


def _role(pg_cluster: Any, role: str) -> None:
    pg_cluster.psql(f"DO $$ BEGIN CREATE ROLE {role} LOGIN; EXCEPTION WHEN duplicate_object "
                    "THEN NULL; END $$")


def test_readmes_grants_let_a_second_curator_edit(pg_sample_catalog: str,
                                                  pg_cluster: Any) -> None:
    dbname = _dbname(pg_sample_catalog)
    _role(pg_cluster, "curator2")
    for grant in CURATOR_GRANTS:
        pg_cluster.psql(grant.format(role="curator2"), dbname)
    with Catalog.open(pg_cluster.url(dbname, user="curator2")) as catalog:
        assert not catalog.read_only
        work = catalog.get("near-the-moon")
        work["medium"] = "tempera"
        saved = catalog.save(work, work["version"])
        assert saved["medium"] == "tempera"
        assert catalog.history("near-the-moon")[-1]["who"] == "curator2"


def test_a_login_without_write_rights_is_told_so_in_plain_words(pg_sample_catalog: str,
                                                                pg_cluster: Any) -> None:
    dbname = _dbname(pg_sample_catalog)
    _role(pg_cluster, "halfcurator")
    for grant in CURATOR_GRANTS:  # every GRANT, but not the owner's right to rebuild
        pg_cluster.psql(grant.format(role="halfcurator"), dbname)
    # an index of an older layout, which a writer's opening rebuilds (search_index.upgrade)
    pg_cluster.psql("UPDATE gallery_meta SET value = 'older' WHERE key = 'search_index'",
                    dbname)
    with pytest.raises(CatalogError) as raised:
        Catalog.open(pg_cluster.url(dbname, user="halfcurator")).close()
    text = str(raised.value)
    assert "halfcurator lacks write rights on the server" in text
    assert "readonly database" not in text and "README" in text
    assert "owner" in text  # a rebuild needs the tables' owner, not more GRANTs


def test_the_adapters_readonly_wording_becomes_plain_words() -> None:
    from gallery.catalog.pg.opening import _explain_open_error

    error = sqlite3.OperationalError("attempt to write a readonly database (permission "
                                     "denied for table gallery_meta)")
    text = str(_explain_open_error("postgresql://curator2@server/leonov",
                                   "the database user curator2", error))
    assert text == ("postgresql://curator2@server/leonov: the database user curator2 lacks "
                    "write rights on the server (permission denied for table gallery_meta); "
                    "ask the administrator for a curator's GRANTs (see README, 'A team "
                    "catalog')")


def test_a_login_without_the_sequences_grant_opens_read_only_saying_why(
        pg_sample_catalog: str, pg_cluster: Any) -> None:
    """Its every save would fail at the first new row: it is told when it opens the catalog."""
    dbname = _dbname(pg_sample_catalog)
    _role(pg_cluster, "tablesonly")
    pg_cluster.psql(CURATOR_GRANTS[0].format(role="tablesonly"), dbname)
    with Catalog.open(pg_cluster.url(dbname, user="tablesonly")) as catalog:
        assert catalog.read_only
        reason = catalog.read_only_reason or ""
    assert reason.startswith("the database user tablesonly lacks write rights on the server "
                             "(no USAGE, UPDATE on sequence ")
    assert "GRANTs" in reason and "README" in reason
