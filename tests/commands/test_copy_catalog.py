"""`gallery copy-catalog SRC DEST`: the shipped catalog to a PostgreSQL server and back to a
file, losslessly (the three JSON exports are identical); refusals leave targets untouched."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import psycopg
import pytest

from gallery.catalog.export import export_json_text
from gallery.catalog.store import Catalog
from gallery.cli import main

SHIPPED = Path(__file__).resolve().parents[2] / "catalog.db"


def _export(where: str | Path) -> str:
    with Catalog.open(where, read_only=True, writer=False) as catalog:
        return export_json_text(catalog.connection)


def test_the_shipped_catalog_goes_to_a_server_and_back_losslessly(
        pg_database: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    source = tmp_path / "shipped.db"
    shutil.copyfile(SHIPPED, source)
    back = tmp_path / "laptop.db"
    assert main(["copy-catalog", str(source), pg_database]) == 0
    assert main(["copy-catalog", pg_database, str(back)]) == 0
    out = capsys.readouterr().out
    assert out.count("their JSON exports are identical") == 2
    original = _export(source)
    assert '"works": {' in original and original.count("\n") > 1000
    assert _export(pg_database) == original
    assert _export(back) == original
    # the copy on the server is a working catalog: search finds the works it finds in the
    # file (ranked by the server's own measure, so the order may differ)
    with Catalog.open(pg_database) as server, Catalog.open(back) as laptop:
        # the pictures stay files: the server's catalog names the folder they came from
        assert server.images_dir == (tmp_path / "images").resolve()
        for query in ("voskhod", "луна", "apollo soyuz", "sokolov"):
            found = sorted(r.id for r in server.search(query).rows)
            assert found and found == sorted(r.id for r in laptop.search(query).rows), query


def test_a_database_that_already_holds_a_catalog_is_refused(
        pg_sample_catalog: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    source = tmp_path / "shipped.db"
    shutil.copyfile(SHIPPED, source)
    before = _export(pg_sample_catalog)
    assert main(["copy-catalog", str(source), pg_sample_catalog]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "already holds a catalog" in err
    assert _export(pg_sample_catalog) == before


def test_a_database_holding_other_tables_is_refused_untouched(
        pg_database: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with psycopg.connect(pg_database, autocommit=True) as con:
        con.execute("CREATE TABLE invoices (id int)")
    source = tmp_path / "shipped.db"
    shutil.copyfile(SHIPPED, source)
    assert main(["copy-catalog", str(source), pg_database]) == 2
    assert "not a Leonov Gallery catalog" in capsys.readouterr().err
    with psycopg.connect(pg_database) as con:
        assert con.execute("SELECT count(*) FROM pg_tables WHERE schemaname = 'public'"
                           ).fetchone() == (1,)


def test_an_existing_file_is_never_replaced(pg_sample_catalog: str, tmp_path: Path,
                                            capsys: pytest.CaptureFixture[str]) -> None:
    target = tmp_path / "there.db"
    target.write_bytes(b"keep me")
    assert main(["copy-catalog", pg_sample_catalog, str(target)]) == 2
    assert "already exists" in capsys.readouterr().err
    assert target.read_bytes() == b"keep me"


def test_a_server_backup_is_a_catalog_file_and_restore_goes_to_a_new_database(
        pg_sample_catalog: str, pg_database: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--catalog", pg_sample_catalog, "backup"]) == 0
    line = capsys.readouterr().out.splitlines()[0]
    backup = Path(line.removeprefix("Backed up to "))
    assert backup.suffix == ".db" and _export(backup) == _export(pg_sample_catalog)
    assert main(["--catalog", pg_sample_catalog, "restore", str(backup)]) == 2
    assert "restored into a new database" in capsys.readouterr().err
    assert main(["copy-catalog", str(backup), pg_database]) == 0
    assert _export(pg_database) == _export(pg_sample_catalog)


IMAGES = SHIPPED.parent / "images"


def test_a_copy_says_where_its_images_are_expected_and_whether_they_are_there(
        pg_database: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    backup = tmp_path / "backup.db"  # a backup alone: no images/ beside it
    shutil.copyfile(SHIPPED, backup)
    assert main(["copy-catalog", str(backup), pg_database]) == 0
    line = capsys.readouterr().out.splitlines()[1]
    assert line.startswith("Images: ") and str(tmp_path / "images") in line
    assert "does not exist" in line and "--images DIR" in line
    laptop = tmp_path / "laptop" / "show.db"
    laptop.parent.mkdir()
    assert main(["copy-catalog", pg_database, str(laptop)]) == 0
    line = capsys.readouterr().out.splitlines()[1]
    assert str(laptop.parent / "images") in line and "does not exist" in line
    assert f"the source's is {tmp_path / 'images'}, missing too" in line
    shutil.copytree(IMAGES, laptop.parent / "images")
    assert main(["--catalog", str(laptop), "check"]) == 0


def test_images_names_the_servers_image_folder(
        pg_database: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    backup = tmp_path / "backup.db"
    shutil.copyfile(SHIPPED, backup)
    assert main(["copy-catalog", str(backup), pg_database, "--images", str(IMAGES)]) == 0
    line = capsys.readouterr().out.splitlines()[1]
    assert str(IMAGES.resolve()) in line and "58 of 58 there" in line
    assert "missing" not in line
    assert main(["--catalog", pg_database, "check"]) == 0


def test_a_missing_image_folder_is_refused_before_anything_is_copied(
        pg_database: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["copy-catalog", str(SHIPPED), pg_database,
                 "--images", str(tmp_path / "nowhere")]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "no such image folder" in err
    with psycopg.connect(pg_database) as con:
        assert con.execute("SELECT count(*) FROM pg_tables WHERE schemaname = 'public'"
                           ).fetchone() == (0,)
    assert main(["copy-catalog", str(SHIPPED), str(tmp_path / "x.db"),
                 "--images", str(IMAGES)]) == 2
    assert "beside it" in capsys.readouterr().err and not (tmp_path / "x.db").exists()


def test_a_server_backup_is_one_file_with_a_manifest_and_says_images_are_not_copied(
        pg_database: str, capsys: pytest.CaptureFixture[str]) -> None:
    import json

    assert main(["copy-catalog", str(SHIPPED), pg_database, "--images", str(IMAGES)]) == 0
    capsys.readouterr()
    assert main(["--catalog", pg_database, "backup", "--with-images"]) == 0
    out, err = capsys.readouterr()
    backup = Path(out.splitlines()[0].removeprefix("Backed up to "))
    assert sorted(p.name for p in backup.parent.iterdir()) == sorted(
        [backup.name, backup.with_suffix(".json").name])  # no -wal, no -shm
    assert err.count("\n") == 1 and "--with-images is not used on a server" in err
    manifest = json.loads(backup.with_suffix(".json").read_text(encoding="utf-8"))
    assert manifest["images_included"] is False
    assert manifest["catalog"]["path"] == pg_database
    with Catalog.open(pg_database, read_only=True, writer=False) as server:
        named = server.connection.execute(
            "SELECT count(DISTINCT image_path) FROM works WHERE image_path IS NOT NULL "
            "AND image_path != ''").fetchone()[0]
    assert named == 58 and len(manifest["images"]) == named
    assert all(len(entry["sha256"]) == 64 for entry in manifest["images"])


def test_a_server_backup_names_the_shared_images_for_check_and_restore(
        pg_database: str, pg_cluster: Any, capsys: pytest.CaptureFixture[str]) -> None:
    """The backup's manifest records the shared image folder: `gallery check BACKUP.db` checks
    the images there (none lie beside the backup), and following restore's hint, --images
    included, gives a catalog whose images are all found."""
    import shlex
    import uuid

    assert main(["copy-catalog", str(SHIPPED), pg_database, "--images", str(IMAGES)]) == 0
    capsys.readouterr()
    assert main(["--catalog", pg_database, "backup"]) == 0
    backup = Path(capsys.readouterr().out.splitlines()[0].removeprefix("Backed up to "))
    assert not (backup.parent / "images").exists()
    assert main(["check", "--no-decode", str(backup)]) == 0
    said = capsys.readouterr().out
    assert f"its images are checked in the shared folder {IMAGES}" in said
    assert "58 images present" in said and "missing" not in said
    assert main(["--catalog", pg_database, "restore", str(backup)]) == 2
    hint = capsys.readouterr().err
    command = hint.split("`")[1]  # the first quoted command
    assert f"--images {IMAGES}" in command
    fresh = f"gallery_{uuid.uuid4().hex[:12]}"
    pg_cluster.psql(f"CREATE DATABASE {fresh} TEMPLATE template0 ENCODING 'UTF8'")
    try:
        target = pg_cluster.url(fresh)
        argv = [target if word == "postgresql://…/NEW_DATABASE" else word
                for word in shlex.split(command)]
        assert argv[0] == "gallery"
        assert main(argv[1:]) == 0  # the hint, as a technician would type it
        assert "58 of 58 there" in capsys.readouterr().out
        assert main(["check", "--no-decode", target]) == 0
    finally:
        pg_cluster.psql(f"DROP DATABASE IF EXISTS {fresh} WITH (FORCE)")
