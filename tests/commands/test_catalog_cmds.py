"""The CLI contract: exit 0 on success, 1 when a check finds problems, 2 on bad input."""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from gallery.cli import main


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_search_json(catalog_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "search", "Леонов", "--json", "--catalog", str(catalog_path))
    assert code == 0
    data = json.loads(out)
    assert data["total"] == 3
    assert {"id", "title", "date"} <= set(data["hits"][0])


def test_catalog_before_the_command_is_kept(catalog_path: Path,
                                           capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "--catalog", str(catalog_path), "search", "moon", "--json")
    assert code == 0 and json.loads(out)["total"] == 1


@pytest.mark.parametrize("query", ['"', "NEAR(", "*", "-", "😀", "a" * 10_000])
def test_search_any_text(catalog_path: Path, capsys: pytest.CaptureFixture[str],
                         query: str) -> None:
    code, _, err = run(capsys, "search", query, "--catalog", str(catalog_path))
    assert code == 0 and err == ""


@pytest.mark.parametrize("make_bad", ["missing", "text", "folder", "newer"])
def test_bad_catalog_is_one_line_and_exit_2(tmp_path: Path, catalog_path: Path,
                                            capsys: pytest.CaptureFixture[str],
                                            make_bad: str) -> None:
    target = {"missing": tmp_path / "nope.db", "text": tmp_path / "t.db", "folder": tmp_path,
              "newer": catalog_path}[make_bad]
    if make_bad == "text":
        target.write_text("not a database")
    if make_bad == "newer":
        con = sqlite3.connect(target)
        con.execute("PRAGMA user_version = 999")
        con.close()
    code, out, err = run(capsys, "check", str(target))
    assert code == 2 and out == ""
    assert len(err.strip().splitlines()) == 1 and err.startswith("gallery: ")


def test_unknown_command_and_option(capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(capsys, "frobnicate")
    assert code == 2 and len(err.strip().splitlines()) == 1
    code, _, err = run(capsys, "search", "x", "--sort", "sideways")
    assert code == 2 and "invalid choice" in err


def test_check_finds_problems_exit_1(catalog_path: Path,
                                     capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "check", str(catalog_path), "--no-decode")
    assert code == 0  # works without images yet are worklist items, not faults (issue 20)
    assert "have no image yet" in out and "The catalog is sound." in out
    con = sqlite3.connect(catalog_path)
    con.execute("UPDATE works SET image_path = 'gone.jpg' WHERE id = 'orbital-sunrise'")
    con.commit()
    con.close()
    code, out, _ = run(capsys, "check", str(catalog_path), "--no-decode")
    assert code == 1  # an image the catalog names but the folder lacks is a fault
    assert "image gone.jpg is missing" in out and "problem found" in out


def test_export_import_round_trip(catalog_path: Path, tmp_path: Path,
                                  capsys: pytest.CaptureFixture[str]) -> None:
    first = tmp_path / "first.json"
    assert run(capsys, "export", "--format", "json", "-o", str(first),
               "--catalog", str(catalog_path))[0] == 0
    copy = tmp_path / "copy.db"
    assert run(capsys, "import-json", str(first), "--catalog", str(copy))[0] == 0
    second = tmp_path / "second.json"
    assert run(capsys, "export", "--format", "json", "-o", str(second),
               "--catalog", str(copy))[0] == 0
    assert first.read_bytes() == second.read_bytes()
    code, out, _ = run(capsys, "export", "--format", "csv", "--catalog", str(copy))
    assert code == 0 and out.startswith("id,title,title_ru")


def test_import_json_refuses_garbage(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text("{ not json")
    code, _, err = run(capsys, "import-json", str(bad), "--catalog", str(tmp_path / "n.db"))
    assert code == 2 and "not valid JSON" in err
    assert not (tmp_path / "n.db").exists()


def test_backup_and_restore(catalog_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "backup", "--catalog", str(catalog_path))
    assert code == 0
    backup = Path(out.splitlines()[0].split(" to ", 1)[1])
    code, out, _ = run(capsys, "restore", str(backup), "--catalog", str(catalog_path))
    assert code == 0 and "kept as" in out


def test_module_entry_point_runs_without_qt_widgets(catalog_path: Path) -> None:
    probe = ("import sys, runpy; sys.argv = ['gallery', 'search', 'moon', '--catalog', "
             f"{str(catalog_path)!r}]\n"
             "try:\n    runpy.run_module('gallery', run_name='__main__')\n"
             "except SystemExit as e:\n    code = e.code\n"
             "print('widgets' if 'PySide6.QtWidgets' in sys.modules else 'no-widgets', code)")
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True,
                          timeout=60)
    assert done.stdout.strip().splitlines()[-1] == "no-widgets 0"


def test_import_json_says_where_the_images_must_go(tmp_path: Path,
                                                   capsys: pytest.CaptureFixture[str]) -> None:
    shipped = Path(__file__).resolve().parents[2] / "catalog.db"
    export = tmp_path / "all.json"
    assert run(capsys, "export", "--format", "json", "-o", str(export),
               "--catalog", str(shipped))[0] == 0
    (tmp_path / "new").mkdir()
    code, out, _ = run(capsys, "import-json", str(export), "--catalog",
                       str(tmp_path / "new" / "catalog.db"))
    assert code == 0
    assert "58 works name images that are not in" in out and "gallery standins" in out


def test_an_export_into_a_missing_folder_makes_no_folder(catalog_path: Path, tmp_path: Path,
                                                         capsys: pytest.CaptureFixture[str]
                                                         ) -> None:
    from gallery.cli import main

    target = tmp_path / "not-there" / "deeper" / "out.json"
    assert main(["--catalog", str(catalog_path), "export", "--format", "json", "-o",
                 str(target)]) == 2
    assert "no such folder" in capsys.readouterr().err
    assert not (tmp_path / "not-there").exists()
    done = tmp_path / "out.json"
    assert main(["--catalog", str(catalog_path), "export", "--format", "json", "-o",
                 str(done)]) == 0
    assert done.exists() and f"to {done}" in capsys.readouterr().err
