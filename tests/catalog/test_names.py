"""One slug rule for every record id, and paths confined to their folder (issue 11)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from catalog_samples import sample_work
from gallery.catalog.errors import InvalidRecord
from gallery.catalog.names import PathEscape, confined, image_file

BAD_IDS = ["../../victim", "orbit\n", "a/b", "Upper", "-lead", "", "x" * 121, "ok\0"]


@pytest.mark.parametrize("bad", BAD_IDS)
def test_store_refuses_ids_that_are_not_slugs(catalog: Any, bad: str) -> None:
    with pytest.raises(InvalidRecord, match="id"):
        catalog.save(sample_work(bad), None)
    for table, title in (("people", "name"), ("sources", "citation"), ("playlists", "name"),
                         ("missions", "name"), ("exhibitions", "title")):
        with pytest.raises(InvalidRecord, match="id"):
            catalog.save_record(table, {"id": bad, title: "x"}, None)


def test_store_refuses_an_image_path_outside_images(catalog: Any) -> None:
    record = catalog.get("near-the-moon")
    for bad in ("../x.jpg", "/etc/passwd", "a/../../x.jpg"):
        with pytest.raises(InvalidRecord, match="image_path"):
            catalog.save({**record, "image_path": bad}, record["version"])


def test_confined_resolves_and_refuses(tmp_path: Path) -> None:
    assert confined(tmp_path, "a", "b.json") == tmp_path.resolve() / "a" / "b.json"
    (tmp_path / "out").symlink_to(tmp_path.parent)
    for parts in (("..", "x"), ("/etc",), ("out", "x"), (".",), ("a/../..",)):
        with pytest.raises(PathEscape):
            confined(tmp_path, *parts)
    assert image_file(tmp_path, "../x.jpg") is None
    assert image_file(tmp_path, "out/x.jpg") is None
    assert image_file(tmp_path, "scans/x.jpg") == tmp_path.resolve() / "scans" / "x.jpg"
