"""Every headless command a team uses works with --catalog postgresql://… as on a file: the
same exit code and, where the words do not name the catalog, the same output."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from gallery.cli import main


def _run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.mark.parametrize("args", [
    ("check", "--worklist"),
    ("check", "--worklist", "--json"),
    ("history", "orbital-sunrise", "--json"),
    ("search", "moon", "--json"),
    ("export", "--format", "csv"),
])
def test_a_command_answers_as_it_does_on_the_file(
        pg_sample_catalog: str, catalog_path: Path, tmp_path: Path,
        capsys: pytest.CaptureFixture[str], args: tuple[str, ...]) -> None:
    copy = tmp_path / "file.db"  # the same sample catalog as a file
    shutil.copyfile(catalog_path, copy)
    on_server = _run(capsys, "--catalog", pg_sample_catalog, *args)
    on_file = _run(capsys, "--catalog", str(copy), *args)
    assert "Traceback" not in on_server[2]
    assert on_server[0] == on_file[0], on_server[2]
    if args[0] in ("check", "export"):
        assert on_server[1] == on_file[1]
    else:  # the history's times and ids are the server's own; search ranks its own way
        assert on_server[1].count("\n") > 3


def test_check_does_not_claim_a_sqlite_check_on_a_server(
        pg_sample_catalog: str, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = _run(capsys, "--catalog", pg_sample_catalog, "check")
    assert code in (0, 1)
    assert "SQLite" not in out and "PostgreSQL server keeps its own pages" in out
