"""Control characters (a bell, a terminal escape) and bidi overrides never reach the catalog:
refused in a CSV row (dry run and real import), a JSON import and a save, each in one line
naming the row and field; `gallery check` reports one already stored (issue 20 review)."""

from __future__ import annotations

import csv
import json
import sqlite3
from pathlib import Path
from typing import Any

import pytest

from catalog_samples import sample_work
from gallery.catalog.check import check_catalog
from gallery.catalog.errors import InvalidRecord
from gallery.catalog.export import CSV_FIELDS, export_csv_text, export_json_text
from gallery.catalog.problems import in_language
from gallery.catalog.store import Catalog
from gallery.cli import main

BEL_ESC = "тест\x07\x1b[31m"
REVERSED = "\u202eтсет"


def _sheet(catalog: Any, tmp_path: Path, title_ru: str) -> Path:
    rows = list(csv.DictReader(export_csv_text(catalog.connection).splitlines()))
    rows[0]["title_ru"] = title_ru
    path = tmp_path / "works.csv"
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, CSV_FIELDS)
        writer.writeheader()
        writer.writerows(rows)
    return path


@pytest.mark.parametrize(("title_ru", "said"), [
    (BEL_ESC, "title_ru: holds an invisible control character (U+0007)"),
    (REVERSED, "title_ru: holds a text-direction character (U+202E)"),
    ("те\x85ст", "title_ru: holds an invisible control character (U+0085)"),
    ("две\nстроки", "title_ru: must be one line"),
])
def test_a_csv_row_with_hidden_characters_is_refused_dry_and_real(
        catalog: Any, tmp_path: Path, capsys: pytest.CaptureFixture[str],
        title_ru: str, said: str) -> None:
    path = _sheet(catalog, tmp_path, title_ru)
    before = catalog.data_version()
    assert main(["--catalog", str(catalog.path), "import-csv", str(path), "--dry-run"]) == 1
    dry = capsys.readouterr().out
    assert "row 2: refused" in dry and said in dry
    assert main(["--catalog", str(catalog.path), "import-csv", str(path)]) == 2
    capsys.readouterr()
    assert catalog.data_version() == before


def test_a_long_text_keeps_its_lines_and_tabs(catalog: Any) -> None:
    work = sample_work("lines", description="First line\nsecond\tcolumn")
    catalog.save(work, None)
    assert catalog.get("lines")["description"] == "First line\nsecond\tcolumn"


def test_a_save_is_refused_with_the_field_in_both_languages(catalog: Any) -> None:
    person = catalog.get_record("people", "alexei-leonov")
    person["bio_ru"] = "Био\x1b[2J"
    with pytest.raises(InvalidRecord) as refused:
        catalog.save_record("people", person, person["version"])
    problem = refused.value.problems["bio_ru"]
    assert "U+001B" in problem and "U+001B" in in_language(problem, "ru")
    assert in_language(problem, "ru").startswith("содержит невидимый управляющий символ")


def test_an_event_note_with_an_override_is_refused(catalog: Any) -> None:
    work = catalog.get("near-the-moon")
    work["provenance"][0]["note"] = "sold\u202d to"
    with pytest.raises(InvalidRecord) as refused:
        catalog.save(work, work["version"])
    assert "provenance[0].note" in refused.value.problems


def test_a_json_import_with_a_bell_is_refused_in_one_line(
        catalog: Any, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    data = json.loads(export_json_text(catalog.connection))
    works = data["tables"]["works"]
    works["rows"][0][works["columns"].index("title_ru")] = BEL_ESC
    source = tmp_path / "export.json"
    source.write_text(json.dumps(data), encoding="utf-8")
    target = tmp_path / "new.db"
    assert main(["import-json", str(source), "--catalog", str(target)]) == 2
    err = capsys.readouterr().err
    assert "table works, row 1, title_ru: holds an invisible control character" in err
    assert len(err.strip().splitlines()) == 1 and not target.exists()


def test_check_reports_a_stored_escape(catalog_path: Path) -> None:
    con = sqlite3.connect(catalog_path)
    con.execute("UPDATE works SET title_ru = ? WHERE id = 'near-the-moon'", (BEL_ESC,))
    con.commit()
    con.close()
    with Catalog.open(catalog_path, read_only=True) as catalog:
        report = check_catalog(catalog.connection, catalog.images_dir)
    assert "works near-the-moon, title_ru: holds an invisible control character (U+0007); " \
        "remove it" in report.problems


def test_check_names_the_work_of_an_event_note(catalog_path: Path) -> None:
    con = sqlite3.connect(catalog_path)
    con.execute("UPDATE provenance_events SET note = 'sold\u202d to' "
                "WHERE work_id = 'near-the-moon' AND position = 0")
    con.commit()
    con.close()
    with Catalog.open(catalog_path, read_only=True) as catalog:
        problems = check_catalog(catalog.connection, catalog.images_dir).problems
    assert any(p.startswith("works near-the-moon, provenance event 1, note: holds a "
                            "text-direction character (U+202D)") for p in problems), problems


def test_a_real_import_says_what_it_did(catalog: Any, tmp_path: Path,
                                        capsys: pytest.CaptureFixture[str]) -> None:
    path = _sheet(catalog, tmp_path, "Вблизи Луны")
    assert main(["--catalog", str(catalog.path), "import-csv", str(path)]) == 0
    out = capsys.readouterr().out
    assert "Created 0 works, changed 1, left 2 unchanged." in out
    assert "skipped" not in out
    assert "Would create" not in out and "To create" not in out
