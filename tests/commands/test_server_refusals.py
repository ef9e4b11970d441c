"""A server's refusals reach the reader as one line naming cause and fix, exit 2, never a
psycopg traceback: a role that may not create tables (PostgreSQL 15: `createdb` without
`--owner`), a role with no GRANT at all, and whatever else escapes a command."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from gallery.cli import main

SHIPPED = Path(__file__).resolve().parents[2] / "catalog.db"
EXPORT = Path(__file__).resolve().parents[2] / "data" / "catalog.json"


def _role(pg_cluster: Any, role: str) -> None:
    pg_cluster.psql(f"DO $$ BEGIN CREATE ROLE {role} LOGIN; EXCEPTION WHEN duplicate_object "
                    "THEN NULL; END $$")


def _as(pg_cluster: Any, url: str, role: str) -> str:
    return pg_cluster.url(url.split("?")[0].rsplit("/", 1)[1], user=role)


def _one_line(capsys: pytest.CaptureFixture[str]) -> str:
    err = capsys.readouterr().err
    assert "Traceback" not in err and "psycopg" not in err
    lines = err.strip().splitlines()
    assert len(lines) == 1, err
    return lines[0]


@pytest.mark.parametrize("command", ["copy-catalog", "import-json"])
def test_a_role_that_may_not_create_tables_is_told_to_own_the_database(
        command: str, pg_database: str, pg_cluster: Any,
        capsys: pytest.CaptureFixture[str]) -> None:
    _role(pg_cluster, "stranger")
    pg_cluster.psql("REVOKE CREATE ON SCHEMA public FROM PUBLIC",
                    pg_database.split("?")[0].rsplit("/", 1)[1])  # PostgreSQL 15's default
    url = _as(pg_cluster, pg_database, "stranger")
    argv = (["copy-catalog", str(SHIPPED), url] if command == "copy-catalog"
            else ["import-json", str(EXPORT), "--catalog", url])
    assert main(argv) == 2
    line = _one_line(capsys)
    assert "stranger may not create the catalog's tables" in line
    assert "permission denied for schema public" in line
    assert "--owner stranger" in line and "GRANT CREATE ON SCHEMA public TO stranger" in line


def test_a_role_with_no_grant_lacks_read_rights_not_write_rights(
        pg_sample_catalog: str, pg_cluster: Any, capsys: pytest.CaptureFixture[str]) -> None:
    _role(pg_cluster, "grantless")
    url = _as(pg_cluster, pg_sample_catalog, "grantless")
    assert main(["--catalog", url, "search", "moon"]) == 2
    line = _one_line(capsys)
    assert "grantless lacks read rights on the server" in line
    assert "write" not in line and "GRANT SELECT" in line


def test_a_server_error_no_command_expected_is_one_line(
        pg_sample_catalog: str, pg_cluster: Any, capsys: pytest.CaptureFixture[str],
        tmp_path: Path) -> None:
    """A visitor's GRANT on every table but one: the export meets the refusal mid-way."""
    dbname = pg_sample_catalog.split("?")[0].rsplit("/", 1)[1]
    _role(pg_cluster, "partial_reader")
    pg_cluster.psql("GRANT SELECT ON ALL TABLES IN SCHEMA public TO partial_reader", dbname)
    pg_cluster.psql("REVOKE SELECT ON sources FROM partial_reader", dbname)
    url = _as(pg_cluster, pg_sample_catalog, "partial_reader")
    out = tmp_path / "out.json"
    code = main(["--catalog", url, "export", "--format", "json", "-o", str(out)])
    assert code == 2
    line = _one_line(capsys)
    assert "partial_reader lacks the rights this needs" in line
    assert "permission denied for table sources" in line and "README" in line
    assert not out.exists() or json.loads(out.read_text())  # nothing half-written


def test_write_refusals_name_the_url_as_given_and_import_csv_refuses_first(
        pg_sample_catalog: str, pg_cluster: Any, capsys: pytest.CaptureFixture[str],
        tmp_path: Path) -> None:
    dbname = pg_sample_catalog.split("?")[0].rsplit("/", 1)[1]
    _role(pg_cluster, "visitor")
    pg_cluster.psql("GRANT SELECT ON ALL TABLES IN SCHEMA public TO visitor", dbname)
    url = _as(pg_cluster, pg_sample_catalog, "visitor")
    sheet = tmp_path / "sheet.csv"
    sheet.write_text("id,title\nnear-the-moon,Changed\n", encoding="utf-8")
    image = next((Path(__file__).resolve().parents[2] / "images").glob("*.jpg"))
    for argv in (["reindex"], ["undo-import", "1"], ["import-csv", str(sheet)],
                 ["import-image", "near-the-moon", str(image)]):
        assert main(["--catalog", url, *argv]) == 2, argv
        captured = capsys.readouterr()
        assert captured.out == "", argv  # no "row 2: change …" before the refusal
        line = captured.err.strip()
        assert line.startswith("gallery: postgresql://visitor@/"), line  # two slashes
        assert "visitor may only read this catalog" in line
        assert "Traceback" not in line


def test_only_a_login_that_may_create_tables_makes_the_presence_table(
        pg_sample_catalog: str, pg_cluster: Any) -> None:
    """A curator without CREATE never tries (the server logged "permission denied for schema
    public" at every opening); the owner makes it when missing."""
    from gallery.catalog.store import Catalog

    dbname = pg_sample_catalog.split("?")[0].rsplit("/", 1)[1]
    pg_cluster.psql("REVOKE CREATE ON SCHEMA public FROM PUBLIC", dbname)
    pg_cluster.psql("DROP TABLE gallery_presence", dbname)
    _role(pg_cluster, "anna")
    for grant in ("GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO anna",
                  "GRANT USAGE, SELECT, UPDATE ON ALL SEQUENCES IN SCHEMA public TO anna"):
        pg_cluster.psql(grant, dbname)
    log = pg_cluster.root / "server.log"
    before = log.read_text(errors="replace").count("permission denied for schema public")
    with Catalog.open(_as(pg_cluster, pg_sample_catalog, "anna")) as catalog:
        assert not catalog.read_only
    after = log.read_text(errors="replace").count("permission denied for schema public")
    assert after == before
    with Catalog.open(pg_sample_catalog) as catalog:  # the owner
        assert catalog.connection.execute(
            "SELECT to_regclass('gallery_presence') IS NOT NULL").fetchone()[0]
