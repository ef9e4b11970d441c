"""`gallery playlists`: an exhibition's playlist set up from the command line."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from gallery.catalog.store import Catalog
from gallery.cli import main


def run(catalog_path: Path, *args: str) -> int:
    return main(["--catalog", str(catalog_path), "playlists", *args])


def test_create_list_show_delete(catalog_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert run(catalog_path, "create", "Spring show", "--works", "stamp-1975,orbital-sunrise",
               "--hours", "Tue-Sun 10:00-18:00", "--from", "2027-03-01", "--until",
               "2027-05-31", "--closed", "2027-05-01..2027-05-03", "--seconds", "12") == 0
    assert run(catalog_path, "create", "Voskhod", "--search", "voskhod") == 0
    capsys.readouterr()
    assert run(catalog_path, "list") == 0
    listed = capsys.readouterr().out.splitlines()
    assert listed[0].startswith("spring-show") and "closed 2027-05-01..2027-05-03" in listed[0]
    assert "saved search" in listed[1]
    assert run(catalog_path, "show", "Spring show") == 0
    shown = json.loads(capsys.readouterr().out)
    assert [i["work_id"] for i in shown["items"]] == ["stamp-1975", "orbital-sunrise"]
    assert (shown["runs_from"], shown["runs_until"], shown["default_duration_s"]) == (
        "2027-03-01", "2027-05-31", 12.0)
    assert shown["closed_days"] == ["2027-05-01", "2027-05-02", "2027-05-03"]
    assert run(catalog_path, "delete", "voskhod") == 0
    with Catalog.open(catalog_path, read_only=True) as catalog:
        assert [r["id"] for r in catalog.list_records("playlists")] == ["spring-show"]


@pytest.mark.parametrize("bad", [
    ["create", "X", "--works", "no-such-work"],
    ["create", "X", "--works", "stamp-1975", "--search", "moon"],
    ["create", "X", "--works", "stamp-1975", "--closed", "2027-02-30"],
    ["create", "X", "--works", "stamp-1975", "--from", "2027-05-01", "--until", "2027-04-01"],
    ["create", "X", "--works", "stamp-1975", "--hours", "sometimes"],
    ["create", "!!!", "--works", "stamp-1975"],
    ["show", "nothing-by-that-name"],
    [],
])
def test_bad_input_is_one_line_and_exit_2(catalog_path: Path, bad: list[str],
                                          capsys: pytest.CaptureFixture[str]) -> None:
    before = catalog_path.read_bytes()
    assert run(catalog_path, *bad) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "Traceback" not in err
    with Catalog.open(catalog_path, read_only=True) as catalog:
        assert catalog.list_records("playlists") == []
    assert before  # the file is still there


def test_a_second_playlist_of_the_same_name_is_refused(catalog_path: Path) -> None:
    assert run(catalog_path, "create", "Show", "--works", "stamp-1975") == 0
    assert run(catalog_path, "create", "Show", "--works", "orbital-sunrise") == 2


def test_an_empty_list_says_so(catalog_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert run(catalog_path, "list") == 0
    assert capsys.readouterr().out.startswith("No playlists yet")
    assert run(catalog_path, "show", "gone") == 2
    assert "gallery playlists list" in capsys.readouterr().err
