"""No id or image path from a catalog can make an export write, delete or publish a file
outside the folders the user named (issue 11, "Path escape")."""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

import pytest
from PIL import Image

from catalog_forge import forge, rename_everywhere, set_cell, snapshot
from gallery.catalog.export import export_data
from gallery.cli import main

HOSTILE_IDS = {("works", "near-the-moon"): "../../victim",
               ("people", "andrei-sokolov"): "../../../victim-person",
               ("sources", "src_b"): "../victim-source"}


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def hostile(catalog: Any, draw_image: Any, tmp_path: Path) -> Path:
    """A catalog whose ids climb out of any folder, forged past the store's checks."""
    for work_id in ("orbital-sunrise", "near-the-moon", "stamp-1975"):
        draw_image(catalog, work_id, (120, 90))
    data = export_data(catalog.connection)
    for (_, old), new in HOSTILE_IDS.items():
        data = rename_everywhere(data, old, new)
    folder = tmp_path / "forged"
    folder.mkdir()
    shutil.copytree(catalog.images_dir, folder / "images")
    return forge(folder / "catalog.db", data)


@pytest.mark.parametrize("fmt,name", [("json", "out.json"), ("csv", "out.csv"),
                                      ("lido", "out"), ("lido", "out.xml"),
                                      ("linked-art", "out"), ("linked-art", "out.json"),
                                      ("iiif", "out")])
def test_exports_stay_inside_their_output(hostile: Path, tmp_path: Path, fmt: str, name: str,
                                          capsys: pytest.CaptureFixture[str]) -> None:
    deep = tmp_path / "a" / "b"
    deep.mkdir(parents=True)
    # what an escaping IIIF image folder (out/images/../../victim) would delete
    (deep / "victim").mkdir()
    (deep / "victim" / "info.json").write_text("precious")
    out = deep / name
    before = snapshot(tmp_path)
    code, _, err = run(capsys, "export", "--format", fmt, "-o", str(out),
                       "--catalog", str(hostile))
    after = snapshot(tmp_path)
    prefix = str(out.relative_to(tmp_path))
    changed = {p for p in before.keys() | after.keys() if before.get(p) != after.get(p)}
    sqlite_own = {f"forged/catalog.db{s}" for s in ("-wal", "-shm")}  # SQLite's, beside it
    outside = sorted(p for p in changed - sqlite_own
                     if p != prefix and not p.startswith(prefix + "/"))
    assert outside == [], (code, err)
    assert code in (0, 1, 2) and "Traceback" not in err
    assert (deep / "victim" / "info.json").read_text() == "precious"


def test_iiif_reports_the_escaping_work(hostile: Path, tmp_path: Path,
                                        capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(capsys, "export", "--format", "iiif", "-o", str(tmp_path / "out"),
                       "--catalog", str(hostile))
    assert code == 1 and "../../victim" in err
    assert json.loads((tmp_path / "out" / "collection.json").read_text())["items"]


@pytest.fixture
def stolen_images(catalog: Any, draw_image: Any, tmp_path: Path) -> Path:
    """Works whose image paths name files outside images/: relative, absolute, by symlink."""
    for work_id in ("orbital-sunrise", "near-the-moon", "stamp-1975"):
        draw_image(catalog, work_id, (120, 90))
    secret = tmp_path / "secret.jpg"
    Image.new("RGB", (64, 48), (255, 0, 255)).save(secret, "JPEG")
    data = export_data(catalog.connection)
    set_cell(data, "works", "orbital-sunrise", "image_path", "../secret.jpg")
    set_cell(data, "works", "near-the-moon", "image_path", str(secret))
    folder = tmp_path / "stolen"
    shutil.copytree(catalog.images_dir, folder / "images")
    (folder / "images" / "link.jpg").symlink_to(secret)
    set_cell(data, "works", "stamp-1975", "image_path", "link.jpg")
    shutil.copy(secret, folder / "secret.jpg")
    return forge(folder / "catalog.db", data)


def test_image_paths_outside_images_are_never_published(stolen_images: Path, tmp_path: Path,
                                                         capsys: pytest.CaptureFixture[str]
                                                         ) -> None:
    out = tmp_path / "iiif"
    run(capsys, "export", "--format", "iiif", "-o", str(out), "--catalog", str(stolen_images))
    assert not list((out / "manifests").glob("*.json"))
    assert not (out / "images").exists() or not any((out / "images").iterdir())
    code, text, _ = run(capsys, "export", "--format", "lido", "--catalog", str(stolen_images))
    assert code == 0 and "secret" not in text


def test_check_names_every_bad_id_and_image_path(hostile: Path, stolen_images: Path,
                                                 capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "check", str(hostile), "--no-decode")
    assert code == 1
    for (table, _), new in HOSTILE_IDS.items():
        assert f"{table} record {new!r}" in out
    code, out, _ = run(capsys, "check", str(stolen_images), "--no-decode")
    assert code == 1
    assert "'../secret.jpg'" in out and "secret.jpg' must be" in out
    assert "link.jpg" in out  # the symlink leaves images/ once resolved


@pytest.mark.parametrize("table,old,new", [
    ("works", "near-the-moon", "../../victim"), ("people", "andrei-sokolov", "../p"),
    ("missions", "voskhod-2", "/etc/x"), ("sources", "src_a", "a/b"),
    ("works", "stamp-1975", "stamp\n"), ("sources", "src_b", "Src-B"),
])
def test_import_json_refuses_ids_that_are_not_slugs(catalog: Any, tmp_path: Path, table: str,
                                                    old: str, new: str,
                                                    capsys: pytest.CaptureFixture[str]) -> None:
    data = rename_everywhere(export_data(catalog.connection), old, new)
    source = tmp_path / "in.json"
    source.write_text(json.dumps(data))
    target = tmp_path / "new.db"
    code, _, err = run(capsys, "import-json", str(source), "--catalog", str(target))
    assert code == 2 and len(err.strip().splitlines()) == 1
    assert repr(new) in err and table in err
    assert not target.exists()


@pytest.mark.parametrize("image_path", ["../x.jpg", "/etc/passwd", "a/../../x.jpg", "..\\x.jpg"])
def test_import_json_refuses_image_paths_outside_images(catalog: Any, tmp_path: Path,
                                                       image_path: str,
                                                       capsys: pytest.CaptureFixture[str]
                                                       ) -> None:
    data = export_data(catalog.connection)
    set_cell(data, "works", "near-the-moon", "image_path", image_path)
    source = tmp_path / "in.json"
    source.write_text(json.dumps(data))
    code, _, err = run(capsys, "import-json", str(source), "--catalog", str(tmp_path / "n.db"))
    assert code == 2 and "image path" in err
    assert not (tmp_path / "n.db").exists()
