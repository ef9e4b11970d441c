"""The store on a PostgreSQL server: what only a server has (two processes at once, errors
of the connection, a role that may only read). The shared store tests run on both backends
(conftest.CONFORMANCE_MODULES)."""

from __future__ import annotations

import subprocess
import sys
import textwrap
import time
from pathlib import Path
from typing import Any

import psycopg
import pytest

from gallery.catalog.errors import CatalogError, CatalogMissing, SchemaTooNew
from gallery.catalog.pg import search_index
from gallery.catalog.store import Catalog
from gallery.cli import main

EDITOR = textwrap.dedent("""
    import sys, time
    from pathlib import Path
    from gallery.catalog.errors import Conflict
    from gallery.catalog.store import Catalog
    url, name, go = sys.argv[1], sys.argv[2], Path(sys.argv[3])
    with Catalog.open(url, who=name) as catalog:
        work = catalog.get("near-the-moon")
        Path(go.parent, name + ".ready").write_text("")
        while not go.exists():
            time.sleep(0.01)
        work["title"] = "Near the Moon (" + name + ")"
        try:
            catalog.save(work, work["version"])
            print("saved")
        except Conflict as conflict:
            print("conflict", conflict.theirs["title"])
""")


def test_two_processes_editing_one_record_one_conflict_nothing_lost(
        pg_sample_catalog: str, tmp_path: Path) -> None:
    go = tmp_path / "go"
    editors = [subprocess.Popen([sys.executable, "-c", EDITOR, pg_sample_catalog, name, str(go)],
                                stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
               for name in ("anna", "boris")]
    deadline = time.monotonic() + 60
    while not all((tmp_path / f"{n}.ready").exists() for n in ("anna", "boris")):
        assert time.monotonic() < deadline and all(e.poll() is None for e in editors)
        time.sleep(0.02)
    go.write_text("")  # both have read version 1: now both save at once
    outputs = [e.communicate(timeout=60) for e in editors]
    assert [e.returncode for e in editors] == [0, 0], outputs
    said = sorted(out.strip() for out, _ in outputs)
    assert said[1] == "saved" and said[0].startswith("conflict Near the Moon ("), said
    with Catalog.open(pg_sample_catalog) as catalog:
        work = catalog.get("near-the-moon")
        winner = work["title"]
        assert work["version"] == 2
        assert said[0] == f"conflict {winner}"  # the loser was shown the winner's title
        updates = [h for h in catalog.history("near-the-moon") if h["action"] == "update"]
        assert [(h["who"], h["after"]["title"]) for h in updates] == [
            (winner[len("Near the Moon ("):-1], winner)]


def test_history_names_the_database_user_by_default(pg_sample_catalog: str) -> None:
    with Catalog.open(pg_sample_catalog) as catalog:
        work = catalog.get("near-the-moon")
        work["medium"] = "tempera"
        catalog.save(work, work["version"])
        assert catalog.history("near-the-moon")[-1]["who"] == "gallery_admin"


def test_a_read_only_role_opens_the_catalog_read_only_and_says_so(
        pg_sample_catalog: str, pg_cluster: Any) -> None:
    dbname = _dbname(pg_sample_catalog)
    pg_cluster.psql("DO $$ BEGIN CREATE ROLE visitor LOGIN; EXCEPTION WHEN duplicate_object "
                    "THEN NULL; END $$")
    pg_cluster.psql("GRANT SELECT ON ALL TABLES IN SCHEMA public TO visitor", dbname)
    url = pg_cluster.url(dbname, user="visitor")
    with Catalog.open(url) as catalog:
        assert catalog.read_only
        assert catalog.read_only_reason == "the database user visitor may only read this catalog"
        work = catalog.get("near-the-moon")
        with pytest.raises(CatalogError, match="editing is off"):
            catalog.save(work, work["version"])


def _dbname(url: str) -> str:
    return url.split("?")[0].rsplit("/", 1)[1]


def _tables(url: str) -> int:
    with psycopg.connect(url) as con:
        row = con.execute("SELECT count(*) FROM pg_tables WHERE schemaname = 'public'"
                          ).fetchone()
        return int(row[0]) if row else -1


def test_an_empty_database_is_refused_without_create_and_left_empty(pg_database: str) -> None:
    with pytest.raises(CatalogMissing, match="holds no catalog yet"):
        Catalog.open(pg_database)
    assert _tables(pg_database) == 0


def test_a_newer_schema_on_the_server_is_refused_untouched(pg_sample_catalog: str) -> None:
    with psycopg.connect(pg_sample_catalog, autocommit=True) as con:
        con.execute("UPDATE gallery_meta SET value = '99' WHERE key = 'schema_version'")
    with pytest.raises(SchemaTooNew, match="schema 99"):
        Catalog.open(pg_sample_catalog)
    with psycopg.connect(pg_sample_catalog) as con:
        assert con.execute("SELECT value FROM gallery_meta WHERE key = 'schema_version'"
                           ).fetchone() == ("99",)


@pytest.mark.parametrize(("make_url", "expected"), [
    (lambda c, db: f"postgresql://gallery_admin@/{db}?host={c.root}/nowhere",
     "cannot reach the PostgreSQL server"),
    (lambda c, db: c.url("no_such_database"), "the server has no such database"),
    (lambda c, db: c.url(db, user="nobody_here"), "the server has no such user"),
])
def test_connection_problems_are_one_line_and_exit_2(
        pg_sample_catalog: str, pg_cluster: Any, make_url: Any, expected: str,
        capsys: pytest.CaptureFixture[str]) -> None:
    dbname = _dbname(pg_sample_catalog)
    url = make_url(pg_cluster, dbname)
    assert main(["--catalog", url, "search", "moon", "--json"]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and expected in err and "Traceback" not in err


def test_a_wrong_password_is_one_line_and_exit_2(
        pg_sample_catalog: str, pg_cluster: Any, capsys: pytest.CaptureFixture[str]) -> None:
    from pg_cluster import PASSWORD_USER

    pg_cluster.psql(f"DO $$ BEGIN CREATE ROLE {PASSWORD_USER} LOGIN PASSWORD 'right'; "
                    "EXCEPTION WHEN duplicate_object THEN NULL; END $$")
    pg_cluster.psql(f"GRANT SELECT ON ALL TABLES IN SCHEMA public TO {PASSWORD_USER}",
                    _dbname(pg_sample_catalog))
    base = pg_cluster.url(_dbname(pg_sample_catalog), user=PASSWORD_USER)
    right = base.replace(f"{PASSWORD_USER}@", f"{PASSWORD_USER}:right@")
    with Catalog.open(right) as catalog:  # the role itself works
        assert catalog.get("near-the-moon")["version"] == 1
    wrong = base.replace(f"{PASSWORD_USER}@", f"{PASSWORD_USER}:wrong@")
    assert main(["--catalog", wrong, "search", "moon"]) == 2
    err = capsys.readouterr().err
    assert err == (f"gallery: postgresql://{PASSWORD_USER}@/{_dbname(pg_sample_catalog)}"
                   f"?host={pg_cluster.root}: the server refused the login (wrong user or "
                   "password)\n")


def test_a_record_open_in_another_window_names_its_curator_and_host(
        pg_sample_catalog: str) -> None:
    import socket

    with Catalog.open(pg_sample_catalog, who="anna") as anna, \
            Catalog.open(pg_sample_catalog, who="boris") as boris:
        assert boris.editing_elsewhere("works", "near-the-moon") == []
        anna.mark_editing("works", "near-the-moon")
        assert boris.editing_elsewhere("works", "near-the-moon") == [
            {"who": "anna", "host": socket.gethostname()}]
        assert anna.editing_elsewhere("works", "near-the-moon") == []  # not herself
        assert boris.editing_elsewhere("works", "orbital-sunrise") == []
        anna.mark_editing("works", "orbital-sunrise")  # she moved on
        assert boris.editing_elsewhere("works", "near-the-moon") == []
        assert [p["who"] for p in boris.editing_elsewhere("works", "orbital-sunrise")] == \
            ["anna"]
    with Catalog.open(pg_sample_catalog, who="boris") as boris:
        assert boris.editing_elsewhere("works", "orbital-sunrise") == []  # anna closed it


def test_a_save_elsewhere_moves_the_data_version_readers_poll(pg_sample_catalog: str) -> None:
    with Catalog.open(pg_sample_catalog, read_only=True) as reader, \
            Catalog.open(pg_sample_catalog) as writer:
        before = reader.data_version()
        work = writer.get("near-the-moon")
        work["medium"] = "gouache"
        writer.save(work, work["version"])
        assert reader.data_version() != before
        assert reader.get("near-the-moon")["medium"] == "gouache"


def test_a_file_catalog_shows_nobody_else(catalog: Catalog) -> None:
    catalog.mark_editing("works", "near-the-moon")
    assert catalog.editing_elsewhere("works", "near-the-moon") == []


def test_a_search_index_of_an_older_layout_is_built_again_by_a_writer(
        pg_sample_catalog: str) -> None:
    with psycopg.connect(pg_sample_catalog, autocommit=True) as con:
        con.execute("UPDATE gallery_meta SET value = '1' WHERE key = 'search_index'")
        con.execute("DELETE FROM works_index")
    with Catalog.open(pg_sample_catalog, read_only=True) as reader:  # a reader leaves it
        assert reader.search("moon", facets=False).total == 0
    with Catalog.open(pg_sample_catalog, who="tester") as writer:
        assert {r.id for r in writer.search("moon", facets=False).rows} >= {"near-the-moon"}
    with psycopg.connect(pg_sample_catalog) as con:
        assert con.execute("SELECT value FROM gallery_meta WHERE key = 'search_index'"
                           ).fetchone() == (search_index.LAYOUT,)
        # the typo vocabulary came back with it
        assert con.execute("SELECT documents FROM works_vocabulary WHERE word = 'moon'"
                           ).fetchone()[0] >= 1
