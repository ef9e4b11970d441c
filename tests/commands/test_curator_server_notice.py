"""`--curator NAME` on a server catalog: the database role signs, and the command says so."""

from __future__ import annotations

from pathlib import Path

import pytest

from gallery.cli import main

WORK = "near-the-moon"


def test_curator_on_a_server_is_a_one_line_notice(
        pg_sample_catalog: str, capsys: pytest.CaptureFixture[str]) -> None:
    code = main(["--curator", "Anna Petrova", "history", "--catalog", pg_sample_catalog, WORK])
    out, err = capsys.readouterr()
    assert code == 0 and out
    lines = err.splitlines()
    assert len(lines) == 1
    assert "--curator" in lines[0] and "database login (role) name" in lines[0]
    assert "Traceback" not in err


def test_curator_on_a_file_says_nothing(
        catalog_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code = main(["--curator", "Anna Petrova", "history", "--catalog", str(catalog_path), WORK])
    _, err = capsys.readouterr()
    assert code == 0 and err == ""
