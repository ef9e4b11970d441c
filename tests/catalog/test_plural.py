"""Counts read in the right number, in English and Russian."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from catalog_samples import sample_work
from desk_catalogs import shipped_copy
from gallery.catalog.plural import counted, counted_ru
from gallery.catalog.store import Catalog
from gallery.cli import main


def test_english_and_russian_numbers() -> None:
    assert [counted(n, "work") for n in (0, 1, 2)] == ["0 works", "1 work", "2 works"]
    assert counted(1, "person", "people") == "1 person" and counted(3, "person", "people") \
        == "3 people"
    forms = ("работа", "работы", "работ")
    assert [counted_ru(n, *forms) for n in (1, 2, 4, 5, 11, 12, 14, 21, 22, 25, 101, 111)] == [
        "1 работа", "2 работы", "4 работы", "5 работ", "11 работ", "12 работ", "14 работ",
        "21 работа", "22 работы", "25 работ", "101 работа", "111 работ"]


def test_one_work_without_an_image_is_singular(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = shipped_copy(tmp_path)
    with Catalog.open(path, who="tester") as catalog:
        catalog.save(sample_work("made-in-the-editor", people=[], missions=[], provenance=[],
                                 sources=["rschips_ria"]), None)
    main(["check", "--catalog", str(path)])
    out = capsys.readouterr().out
    assert "1 work has no image yet" in out and "(s)" not in out
    main(["check", "--worklist", "--catalog", str(path)])
    out = capsys.readouterr().out
    assert re.fullmatch(r"Worklist: \d+ items in \d+ works", out.splitlines()[0])
