"""A window title tells two copies of a catalog apart (issue 15 review): the folder follows the
file's name unless it is the shipped catalog; home reads "~"; a long folder keeps its end."""

from __future__ import annotations

from pathlib import Path

from gallery.catalog.location import TITLE_FOLDER_CHARS, title_name


def test_the_shipped_catalog_is_named_alone(tmp_path: Path) -> None:
    shipped = tmp_path / "catalog.db"
    assert title_name(shipped, shipped) == "catalog.db"


def test_a_copy_is_named_with_its_folder(tmp_path: Path) -> None:
    shipped = tmp_path / "repo" / "catalog.db"
    a, b = tmp_path / "copyA" / "catalog.db", tmp_path / "copyB" / "catalog.db"
    named = title_name(a, shipped, home=tmp_path / "nobody")
    assert named == f"catalog.db — {a.parent}" or (
        named.startswith("catalog.db — …/") and named.endswith(f"/{tmp_path.name}/copyA"))
    assert title_name(Path("/srv/copyA/catalog.db"), shipped) == "catalog.db — /srv/copyA"
    assert title_name(a, shipped) != title_name(b, shipped)


def test_home_is_a_tilde_and_a_long_folder_keeps_its_end(tmp_path: Path) -> None:
    shipped = tmp_path / "catalog.db"
    home = tmp_path / "home" / "anna"
    near = home / "copies" / "b" / "catalog.db"
    assert title_name(near, shipped, home=home) == "catalog.db — ~/copies/b"
    deep = home / ("very-long-folder-name-" * 3) / "exhibition 2026" / "copy b" / "catalog.db"
    named = title_name(deep, shipped, home=home)
    folder = named.removeprefix("catalog.db — ")
    assert folder.startswith("…/") and folder.endswith("/exhibition 2026/copy b")
    assert len(folder) <= TITLE_FOLDER_CHARS + 2


def test_a_server_catalog_is_named_by_its_database(tmp_path: Path) -> None:
    assert title_name("postgresql://u@host/gallery", tmp_path / "catalog.db") == "gallery"
