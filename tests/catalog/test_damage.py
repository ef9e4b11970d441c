"""A damaged catalog: one line from any command, `check` names what is hit (exit 1, a
finding), every other command refuses it as bad input (exit 2), and `backup` refuses to copy
it over good backups (issue 11, "Damaged catalogs"; issue 15: exit 2, as the CLI contract says
for input a command cannot use)."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from gallery.cli import main

PAGE = 4096


def damage(path: Path, table: str, offset: int = 0) -> Path:
    """Flip one byte of `table`'s root b-tree page (offset 0: the page's kind)."""
    con = sqlite3.connect(path)
    con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    root = con.execute("SELECT rootpage FROM sqlite_master WHERE name = ?", (table,)).fetchone()
    con.close()
    data = bytearray(path.read_bytes())
    data[(root[0] - 1) * PAGE + offset] ^= 0xFF
    path.write_bytes(bytes(data))
    return path


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_check_says_which_tables_and_pages_are_hit(catalog_path: Path,
                                                   capsys: pytest.CaptureFixture[str]) -> None:
    damage(catalog_path, "works")
    code, out, err = run(capsys, "check", str(catalog_path), "--no-decode")
    assert code == 1 and "Traceback" not in out + err
    line = next(x for x in out.splitlines() if "damaged" in x)
    assert "tables works" in line and "pages 2" in line and "gallery restore" in line


def test_check_names_a_damaged_index(catalog_path: Path,
                                     capsys: pytest.CaptureFixture[str]) -> None:
    damage(catalog_path, "works_date")
    code, out, _ = run(capsys, "check", str(catalog_path), "--no-decode")
    assert code == 1 and "indexes works_date" in out


@pytest.mark.parametrize("argv", [["search", "moon"], ["export", "--format", "json"],
                                  ["export", "--format", "csv"], ["reindex"], ["backup"],
                                  ["import-csv", "{csv}", "--dry-run"], ["thumbnails"]])
def test_every_command_says_damaged_in_one_line(catalog_path: Path, tmp_path: Path,
                                                capsys: pytest.CaptureFixture[str],
                                                argv: list[str]) -> None:
    (tmp_path / "in.csv").write_text("id,title\nnear-the-moon,Near\n")
    damage(catalog_path, "works")
    args = [a.replace("{csv}", str(tmp_path / "in.csv")) for a in argv]
    code, out, err = run(capsys, *args, "--catalog", str(catalog_path))
    assert code == 2 and "Traceback" not in out + err
    assert len(err.strip().splitlines()) == 1
    assert "the catalog is damaged" in err and "gallery restore" in err


def test_backup_refuses_a_damaged_catalog(catalog_path: Path,
                                          capsys: pytest.CaptureFixture[str]) -> None:
    damage(catalog_path, "works_date")  # the backup API would copy the page as it is
    code, _, err = run(capsys, "backup", "--catalog", str(catalog_path))
    assert code == 2 and "damaged" in err
    folder = catalog_path.parent / "backups"
    assert not folder.exists() or not list(folder.iterdir())


def test_a_negative_schema_version_is_damage_not_a_crash(catalog_path: Path,
                                                         capsys: pytest.CaptureFixture[str]
                                                         ) -> None:
    data = bytearray(catalog_path.read_bytes())
    data[60] ^= 0xFF  # PRAGMA user_version lives at offset 60 of the header
    catalog_path.write_bytes(bytes(data))
    code, _, err = run(capsys, "reindex", "--catalog", str(catalog_path))
    assert code == 2 and "damaged" in err and len(err.strip().splitlines()) == 1


def test_a_truncated_catalog_is_bad_input_for_search_and_a_finding_for_check(
        catalog_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    con = sqlite3.connect(catalog_path)
    con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    con.close()
    data = catalog_path.read_bytes()
    catalog_path.write_bytes(data[: len(data) // 2])  # a copy cut off half way
    code, out, err = run(capsys, "search", "moon", "--catalog", str(catalog_path))
    assert code == 2 and out == "" and len(err.strip().splitlines()) == 1
    assert err.startswith("gallery: ") and "damaged" in err and "Traceback" not in err
    code, out, err = run(capsys, "check", str(catalog_path), "--no-decode")
    assert code == 1 and "damaged" in out + err and "Traceback" not in out + err


def test_a_flipped_byte_inside_a_text_value_is_damage(tmp_path: Path) -> None:
    from gallery.catalog.check import check_catalog
    from gallery.catalog.damage import integrity_problems
    from gallery.catalog.store import Catalog

    path = tmp_path / "catalog.db"
    with Catalog.open(path, create=True, who="tester") as catalog:
        catalog.save_record("sources", {"id": "src-x", "citation": "Марка «Восход»"}, None)
        catalog.connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    data = bytearray(path.read_bytes())
    at = data.find("Восход".encode())
    data[at] = 0xFF  # no longer UTF-8; the page's structure is untouched
    path.write_bytes(bytes(data))
    con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    problems = integrity_problems(con)
    assert problems and "table sources holds text that cannot be read" in problems[0]
    report = check_catalog(con, tmp_path / "images", None)
    assert any("the catalog is damaged" in line and "sources" in line for line in report.problems)
    con.close()
