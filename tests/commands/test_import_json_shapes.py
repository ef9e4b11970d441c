"""import-json with a file of the wrong shape: one line, exit 2, nothing created (issue 11)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from gallery.catalog.export import export_data
from gallery.cli import main


def _variants(good: dict[str, Any]) -> dict[str, bytes]:
    def with_(**changes: Any) -> bytes:
        return json.dumps({**good, **changes}).encode()

    works = good["tables"]["works"]
    return {
        "string schema_version": with_(schema_version="2"),
        "tables as a list": with_(tables=[["works"]]),
        "columns not names": with_(tables={**good["tables"], "works": {**works,
                                                                       "columns": [1, 2]}}),
        "a row of the wrong length": with_(tables={**good["tables"], "works": {
            **works, "rows": [works["rows"][0][:-1]]}}),
        "a column that is SQL": with_(tables={**good["tables"], "works": {
            **works, "columns": ["id); DROP TABLE people; --", *works["columns"][1:]]}}),
        "deep nesting": b"[" * 50_000 + b"]" * 50_000,
        "not UTF-8": b'{"format": "caf\xe9"}',
        "not JSON": b"<xml/>",
    }


NAMES = ["string schema_version", "tables as a list", "columns not names",
         "a row of the wrong length", "a column that is SQL", "deep nesting", "not UTF-8",
         "not JSON"]


@pytest.mark.parametrize("name", NAMES)
def test_wrong_shapes_are_one_line_and_create_nothing(catalog: Any, tmp_path: Path, name: str,
                                                      capsys: pytest.CaptureFixture[str]
                                                      ) -> None:
    source = tmp_path / "in.json"
    source.write_bytes(_variants(export_data(catalog.connection))[name])
    target = tmp_path / "new.db"
    code = main(["import-json", str(source), "--catalog", str(target)])
    out, err = capsys.readouterr()
    assert code == 2 and out == "" and len(err.strip().splitlines()) == 1, err
    assert "Traceback" not in err
    assert not [p.name for p in tmp_path.iterdir() if p.name.startswith("new.db")]


def test_a_target_in_a_missing_folder_is_refused(catalog: Any, tmp_path: Path,
                                                 capsys: pytest.CaptureFixture[str]) -> None:
    source = tmp_path / "in.json"
    source.write_text(json.dumps(export_data(catalog.connection)))
    code = main(["import-json", str(source), "--catalog", str(tmp_path / "no" / "new.db")])
    err = capsys.readouterr().err
    assert code == 2 and "no such folder" in err and not (tmp_path / "no").exists()
