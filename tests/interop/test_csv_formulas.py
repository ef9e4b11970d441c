"""CSV export for spreadsheets (DESIGN "CSV"): no cell runs as a formula, export → import
changes nothing, and a UTF-8 BOM for Excel on request (issue 11)."""

from __future__ import annotations

import csv
import io
from pathlib import Path
from typing import Any

import pytest

from catalog_samples import sample_work
from gallery.cli import main

HOSTILE = {"title": "=HYPERLINK(\"http://evil.example\",\"click\")",
           "title_ru": "+7 (495) 123-45-67", "work_type": "- a list item",
           "medium": "\rreturn", "support": "'=already quoted", "series": "-5",
           "description": "@import\n-sum(A1:A9)", "description_ru": "+1.5e3"}
SAFE = {"-5", "+1.5e3"}  # plain numbers: a spreadsheet shows them as numbers, no prefix


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def formula_work(catalog: Any) -> Any:
    catalog.save(sample_work("formulas", subjects=["\tTab first", "=1+1"], **HOSTILE), None)
    return catalog


def _rows(text: str) -> dict[str, dict[str, str]]:
    return {r["id"]: r for r in csv.DictReader(io.StringIO(text.lstrip("\ufeff")))}


def test_no_cell_starts_like_a_formula(formula_work: Any, tmp_path: Path,
                                       capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "works.csv"
    assert run(capsys, "export", "--format", "csv", "-o", str(out),
               "--catalog", str(formula_work.path))[0] == 0
    row = _rows(out.read_bytes().decode("utf-8"))["formulas"]
    for field, value in HOSTILE.items():
        if value in SAFE:
            assert row[field] == value
        else:
            assert row[field] == "'" + value, field
    assert row["subjects"] == "'\tTab first | =1+1"  # a list is guarded at its start


def test_export_then_import_changes_nothing(formula_work: Any, tmp_path: Path,
                                            capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "works.csv"
    run(capsys, "export", "--format", "csv", "-o", str(out), "--catalog",
        str(formula_work.path))
    code, text, _ = run(capsys, "import-csv", str(out), "--dry-run", "--catalog",
                        str(formula_work.path))
    assert code == 0 and "change 0" in text and "refuse 0" in text, text


def test_bom_for_excel_is_written_and_read(formula_work: Any, tmp_path: Path,
                                           capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "works.csv"
    assert run(capsys, "export", "--format", "csv", "--bom", "-o", str(out), "--catalog",
               str(formula_work.path))[0] == 0
    assert out.read_bytes().startswith(b"\xef\xbb\xbfid,title")
    code, text, _ = run(capsys, "import-csv", str(out), "--dry-run", "--catalog",
                        str(formula_work.path))
    assert code == 0 and "change 0" in text and "refuse 0" in text, text
    code, _, err = run(capsys, "export", "--format", "json", "--bom", "--catalog",
                       str(formula_work.path))
    assert code == 2 and "--bom" in err


def test_list_items_holding_the_separator_come_back_whole(catalog: Any, tmp_path: Path,
                                                          capsys: pytest.CaptureFixture[str]
                                                          ) -> None:
    items = ["Moon | rover | cars, lunar", "C:\\scans\\moon", "a\\|b"]
    catalog.save(sample_work("pipes", subjects=items), None)
    out = tmp_path / "works.csv"
    run(capsys, "export", "--format", "csv", "-o", str(out), "--catalog", str(catalog.path))
    code, text, _ = run(capsys, "import-csv", str(out), "--dry-run", "--catalog",
                        str(catalog.path))
    assert code == 0 and "change 0" in text, text
    run(capsys, "import-csv", str(out), "--catalog", str(catalog.path))
    assert catalog.get("pipes")["subjects"] == items
