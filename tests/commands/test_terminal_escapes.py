"""Catalog text with control characters never reaches the terminal raw (issue 16): a title
holding \\x01, BEL and ESC[31m prints visibly escaped in `search` and `history`, on a file
and on a server; `--json` escapes by its own rules and stays exact."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from gallery.catalog.store import Catalog
from gallery.cli import main
from gallery.terminal import visible

WORK = "near-the-moon"
HOSTILE = "Beacon\x01 bell\x07 \x1b[31mred\x1b[0m\u009b"


@pytest.fixture(params=["file", "server"])
def hostile_catalog(request: pytest.FixtureRequest) -> str:
    where = str(request.getfixturevalue(
        "catalog_path" if request.param == "file" else "pg_sample_catalog"))
    # The store now refuses control characters; a catalog written before that rule may hold
    # them, so write the title as such a catalog has it, then rebuild the search index.
    with Catalog.open(where) as catalog:
        catalog.connection.execute("UPDATE works SET title = ? WHERE id = ?", (HOSTILE, WORK))
        catalog.connection.commit()
    assert main(["--catalog", where, "reindex"]) == 0
    return where


def test_visible_escapes_controls_but_keeps_lines_tabs_and_letters() -> None:
    assert visible("a\x01b\x07\x1b[31m\tЛуна\n\x7f\u009b") == \
        "a\\x01b\\x07\\x1b[31m\tЛуна\n\\x7f\\x9b"


def test_search_and_history_print_control_characters_escaped(
        hostile_catalog: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--catalog", hostile_catalog, "search", "beacon"]) == 0
    out = capsys.readouterr().out
    assert "Beacon\\x01 bell\\x07 \\x1b[31mred\\x1b[0m\\x9b" in out
    assert main(["--catalog", hostile_catalog, "history", WORK]) == 0
    out += capsys.readouterr().out
    assert "\\x1b[31m" in out
    for control in ("\x01", "\x07", "\x1b", "\u009b"):
        assert control not in out
    assert main(["--catalog", hostile_catalog, "search", "beacon", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["hits"][0]["title"] == HOSTILE


def test_a_file_catalog_path_is_escaped_too(tmp_path: Path,
                                           capsys: pytest.CaptureFixture[str]) -> None:
    missing = tmp_path / "no\x1b[31m.db"
    main(["--catalog", str(missing), "check"])
    captured = capsys.readouterr()
    assert "\x1b" not in captured.out


@pytest.mark.parametrize("where", ["unreachable", "missing database"])
def test_a_server_s_error_line_shows_control_characters_escaped(
        where: str, pg_cluster: object, tmp_path: Path,
        capsys: pytest.CaptureFixture[str]) -> None:
    name = "no\x1b[31mdb\x07"
    url = (f"postgresql://nobody@/{name}?host={tmp_path}" if where == "unreachable"
           else pg_cluster.url(name))  # type: ignore[attr-defined]
    assert main(["--catalog", url, "search", "moon"]) == 2
    err = capsys.readouterr().err
    assert "\x1b" not in err and "\x07" not in err
    assert err.startswith("gallery: ") and "no\\x1b[31mdb\\x07" in err
    assert err.count("\n") == 1
