"""The test suite's throwaway PostgreSQL server: it starts, and each test gets a fresh
database of its own (skipped where no server is installed; in CI that is a failure)."""

from __future__ import annotations

from typing import Any


def test_a_fresh_database_per_test_on_the_sessions_server(pg_database: str,
                                                           pg_cluster: Any) -> None:
    import psycopg

    with psycopg.connect(pg_database, autocommit=True) as con:
        assert con.execute("SELECT count(*) FROM pg_tables WHERE schemaname = 'public'"
                           ).fetchone() == (0,)
        con.execute("CREATE TABLE left_behind (x int)")
        assert str(pg_cluster.socket_dir) in pg_database  # a unix socket, no TCP port
        version = con.execute("SHOW server_version_num").fetchone()
        assert version is not None and int(version[0]) >= 130000
        assert {"unaccent", "pg_trgm"} <= {r[0] for r in con.execute(
            "SELECT name FROM pg_available_extensions")}
