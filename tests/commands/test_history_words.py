"""`gallery history` reads as words: yes/no for a switch, the build named without its source
folder, one field in the singular (English and Russian)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PIL import Image

from desk_catalogs import shipped_copy
from gallery.catalog.image_import import import_image
from gallery.catalog.store import Catalog
from gallery.cli import main


def _history(capsys: pytest.CaptureFixture[str], *args: str) -> str:
    code = main(["history", *args])
    out, err = capsys.readouterr()
    assert code == 0 and err == ""
    return out


def test_a_switch_reads_yes_and_no(catalog_path: Path, tmp_path: Path,
                                   capsys: pytest.CaptureFixture[str]) -> None:
    scan = tmp_path / "scan.jpg"
    Image.new("RGB", (64, 48), (40, 60, 120)).save(scan)
    with Catalog.open(catalog_path, who="tester") as catalog:
        import_image(catalog, "near-the-moon", scan)
    english = _history(capsys, "--catalog", str(catalog_path), "near-the-moon")
    assert "True" not in english and "False" not in english
    assert ": yes → no" in english
    assert "T0" not in english.split("\n\n")[1]  # the import's time is a reader's time too
    russian = _history(capsys, "--catalog", str(catalog_path), "near-the-moon", "--lang", "ru")
    assert ": да → нет" in russian and "True" not in russian


def test_the_build_is_named_for_readers(tmp_path: Path,
                                        capsys: pytest.CaptureFixture[str]) -> None:
    path = shipped_copy(tmp_path)
    english = _history(capsys, "--catalog", str(path), "lunokhod-1-in-crater")
    russian = _history(capsys, "--catalog", str(path), "lunokhod-1-in-crater", "--lang", "ru")
    assert "catalog-facts" not in english and "catalog-facts" not in russian
    assert "· catalog build ·" in english and "· сборка каталога ·" in russian


def test_a_huge_unknown_id_is_shortened_in_the_message(
        catalog_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code = main(["history", "--catalog", str(catalog_path), "x" * 10_000])
    out, err = capsys.readouterr()
    assert code == 2 and out == ""
    assert len(err.splitlines()) == 1 and len(err) < 300 and "…" in err
