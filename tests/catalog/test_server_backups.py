"""Backups of server catalogs: one folder per server (host, port, database), so `--keep`
on one server never removes another's backups, even of a database with the same name."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from catalog_samples import populate
from gallery.catalog.pg.backup import backups_folder
from gallery.catalog.store import Catalog
from gallery.cli import main


def _leonov_on(cluster: Any) -> str:
    cluster.psql("CREATE DATABASE leonov")
    url = cluster.url("leonov")
    with Catalog.open(url, create=True, who="tester") as catalog:
        populate(catalog)
    return url


def test_two_servers_with_a_database_of_one_name_keep_their_own_backups(
        pg_cluster: Any, capsys: Any) -> None:
    import pg_cluster as clusters

    other = clusters.start_cluster()  # a second server: another socket, the same name
    try:
        first, second = _leonov_on(pg_cluster), _leonov_on(other)
        made: dict[str, list[Path]] = {first: [], second: []}
        for url in (first, second, first, second):
            assert main(["--catalog", url, "backup", "--keep", "1"]) == 0
            line = capsys.readouterr().out.splitlines()[0]
            made[url].append(Path(line.removeprefix("Backed up to ")))
        folders = {url: {p.parent for p in paths} for url, paths in made.items()}
        assert len(folders[first]) == len(folders[second]) == 1
        assert folders[first] != folders[second]  # one folder per server
        for older, newer in made.values():
            assert not older.exists() and newer.is_file()  # its own rotation only
            assert sorted(p.name for p in newer.parent.glob("*.db")) == [newer.name]
        for folder in folders[first] | folders[second]:
            name = folder.name
            assert name.startswith("server-") and "leonov" in name
            assert all(c.isalnum() or c in "._-" for c in name)  # a safe folder name
    finally:
        other.stop()


def test_the_folder_names_host_port_and_database_and_tells_lookalikes_apart() -> None:
    one = backups_folder("db.museum.org", 5432, "leonov")
    assert one.name.startswith("server-db.museum.org-5432-leonov-")
    assert one != backups_folder("db.museum.org", 5433, "leonov")
    assert one != backups_folder("db2.museum.org", 5432, "leonov")
    # characters a folder name cannot hold are replaced, but never merge two servers
    assert backups_folder("/run/a b", 5432, "x") != backups_folder("/run/a_b", 5432, "x")
    assert "/" not in backups_folder("/run/postgresql", 5432, "le/on").name
