"""A day the calendar lacks (1975-02-30) is refused by every way into the catalog: a save of
any record type, a provenance event, a CSV row and a JSON import."""

from __future__ import annotations

import csv
import json
from pathlib import Path
from typing import Any

import pytest

from gallery.catalog.errors import InvalidRecord
from gallery.catalog.export import CSV_FIELDS, export_csv_text, export_json_text
from gallery.catalog.interop.csv_import import plan_import
from gallery.cli import main


def test_a_work_with_an_impossible_range_is_refused(catalog: Any) -> None:
    work = catalog.get("near-the-moon")
    work.update(date_display="30 February 1975", date_earliest="1975-02-30",
                date_latest="1975-02-30")
    with pytest.raises(InvalidRecord) as refused:
        catalog.save(work, work["version"])
    assert refused.value.problems["date_earliest"] == "1975-02-30 is not a day in the calendar"


def test_an_event_with_an_impossible_day_is_refused(catalog: Any) -> None:
    work = catalog.get("near-the-moon")
    work["provenance"][0].update(date_earliest="1967-04-31", date_latest="1967-04-31")
    with pytest.raises(InvalidRecord) as refused:
        catalog.save(work, work["version"])
    assert "provenance[0].date_earliest" in refused.value.problems


@pytest.mark.parametrize(("table", "record_id", "column", "value"), [
    ("missions", "voskhod-2", "date_start", "1965-02-30"),
    ("people", "alexei-leonov", "born_date", "1934-06-31"),
    ("people", "alexei-leonov", "died_date", "2019-13"),
])
def test_other_records_with_impossible_days_are_refused(catalog: Any, table: str,
                                                        record_id: str, column: str,
                                                        value: str) -> None:
    record = catalog.get_record(table, record_id)
    record[column] = value
    with pytest.raises(InvalidRecord) as refused:
        catalog.save_record(table, record, record["version"])
    assert column in refused.value.problems


def test_a_csv_row_with_an_impossible_day_is_refused(catalog: Any, tmp_path: Path) -> None:
    rows = list(csv.DictReader(export_csv_text(catalog.connection).splitlines()))
    rows[0].update(date_display="1975", date_earliest="1975-02-30", date_latest="1975-12-31")
    path = tmp_path / "works.csv"
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, CSV_FIELDS)
        writer.writeheader()
        writer.writerows(rows)
    plan = plan_import(catalog, path)
    refused = {r.work_id: " ".join(r.reasons) for r in plan.of("refused")}
    assert "1975-02-30 is not a day in the calendar" in refused[rows[0]["id"]]


def test_a_json_import_with_an_impossible_day_is_refused_in_one_line(
        catalog: Any, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    data = json.loads(export_json_text(catalog.connection))
    works = data["tables"]["works"]
    works["rows"][0][works["columns"].index("date_latest")] = "1975-02-30"
    source = tmp_path / "export.json"
    source.write_text(json.dumps(data), encoding="utf-8")
    target = tmp_path / "new.db"
    code = main(["import-json", str(source), "--catalog", str(target)])
    err = capsys.readouterr().err
    assert code == 2
    assert "1975-02-30 is not a day in the calendar" in err
    assert len(err.strip().splitlines()) == 1 and "Traceback" not in err
    assert not target.exists()
