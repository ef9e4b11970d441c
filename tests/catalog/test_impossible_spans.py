"""A pair of dates in an impossible order (a death before the birth, an end before the start)
is refused at every way in, in both languages, and `gallery check` reports one already stored."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path
from typing import Any

import pytest

from gallery.catalog.check import check_catalog
from gallery.catalog.errors import InvalidRecord
from gallery.catalog.export import export_json_text
from gallery.catalog.problems import in_language
from gallery.catalog.store import Catalog
from gallery.cli import main


def test_a_death_before_the_birth_is_refused_in_both_languages(catalog: Any) -> None:
    person = catalog.get_record("people", "alexei-leonov")
    person.update(born_date="1934-03-09", died_date="1900-01-01")
    with pytest.raises(InvalidRecord) as refused:
        catalog.save_record("people", person, person["version"])
    problem = refused.value.problems["died_date"]
    assert problem == "the death (1900-01-01) is before the birth (1934-03-09)"
    assert in_language(problem, "ru") == "смерть (1900-01-01) раньше рождения (1934-03-09)"
    assert catalog.get_record("people", "alexei-leonov")["died_date"] != "1900-01-01"


@pytest.mark.parametrize(("born", "died", "refused"), [
    ("1934-03-09", "1934-03-09", False),  # the same day
    ("1934-03-09", "1934", False),        # a year that holds the birth
    ("1934-03", "1934-03-01", False),
    ("1934-03-09", "1934-02", True),
    ("1934", "1933-12-31", True),
])
def test_partial_dates_are_refused_only_when_surely_out_of_order(
        catalog: Any, born: str, died: str, refused: bool) -> None:
    person = catalog.get_record("people", "alexei-leonov")
    person.update(born_date=born, died_date=died)
    if refused:
        with pytest.raises(InvalidRecord):
            catalog.save_record("people", person, person["version"])
    else:
        catalog.save_record("people", person, person["version"])


def test_a_mission_ending_before_its_start_is_refused(catalog: Any) -> None:
    mission = catalog.get_record("missions", "voskhod-2")
    mission.update(date_start="1965-03-18", date_end="1965-03-17")
    with pytest.raises(InvalidRecord) as refused:
        catalog.save_record("missions", mission, mission["version"])
    assert "before the start" in refused.value.problems["date_end"]


def test_check_reports_a_stored_death_before_the_birth(catalog_path: Path) -> None:
    con = sqlite3.connect(catalog_path)  # as an older version or a hand edit left it
    con.execute("UPDATE people SET born_date = '1934-03-09', died_date = '1900-01-01' "
                "WHERE id = 'alexei-leonov'")
    con.commit()
    con.close()
    with Catalog.open(catalog_path, read_only=True) as catalog:
        report = check_catalog(catalog.connection, catalog.images_dir)
    assert "people alexei-leonov: the death (1900-01-01) is before the birth (1934-03-09)" \
        in report.problems
    assert not report.passed


def test_a_json_import_with_a_death_before_the_birth_is_refused(
        catalog: Any, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    data = json.loads(export_json_text(catalog.connection))
    people = data["tables"]["people"]
    row = people["rows"][0]
    row[people["columns"].index("born_date")] = "1934-03-09"
    row[people["columns"].index("died_date")] = "1900-01-01"
    source = tmp_path / "export.json"
    source.write_text(json.dumps(data), encoding="utf-8")
    target = tmp_path / "new.db"
    assert main(["import-json", str(source), "--catalog", str(target)]) == 2
    err = capsys.readouterr().err
    assert "died_date: the death (1900-01-01) is before the birth (1934-03-09)" in err
    assert len(err.strip().splitlines()) == 1 and not target.exists()
