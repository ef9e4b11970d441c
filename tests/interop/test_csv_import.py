"""CSV import: the dry run and the real run agree, bad rows are refused with their row number,
nothing is half imported, an exported CSV re-imports without changing anything."""

from __future__ import annotations

import csv
from pathlib import Path
from typing import Any

import pytest

from gallery.catalog.export import CSV_FIELDS, export_csv_text
from gallery.catalog.interop.csv_import import (
    BadImportFile,
    ImportRefused,
    apply_import,
    plan_import,
)
from gallery.cli import main


def write_csv(path: Path, header: list[str], rows: list[dict[str, str]]) -> Path:
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(header)
        for row in rows:
            writer.writerow([row.get(column, "") for column in header])
    return path


def exported_rows(catalog: Any) -> list[dict[str, str]]:
    return list(csv.DictReader(export_csv_text(catalog.connection).splitlines()))


def edited_sheet(catalog: Any, tmp_path: Path, bad: bool = True) -> Path:
    rows = exported_rows(catalog)
    by_id = {r["id"]: r for r in rows}
    by_id["near-the-moon"]["title"] = "Near the Moon (1967)"
    by_id["near-the-moon"]["subjects"] = "Moon | Sun | Earth"
    by_id["orbital-sunrise"]["people"] = "alexei-leonov:artist | andrei-sokolov:co-artist"
    rows.append({"id": "new-sketch", "title": "A new sketch", "title_ru": "Новый набросок",
                 "date_display": "c. 1970", "missions": "voskhod-2:depicts",
                 "work_type": "drawing", "height": "21", "width": "29.7",
                 "dimension_unit": "cm"})
    if bad:
        rows += [
            {"id": "bad-date", "title": "Bad date", "date_display": "one spring"},
            {"id": "bad-person", "title": "Bad person", "people": "nobody:artist"},
            {"id": "bad-mission", "title": "Bad mission", "missions": "apollo-99:depicts"},
            {"id": "bad-number", "title": "Bad number", "height": "tall", "colour": "red"},
            {"id": "bad-date", "title": "Twice"},
        ]
        by_id["stamp-1975"]["current_holder"] = "Me"
    return write_csv(tmp_path / "works.csv", [*CSV_FIELDS, "colour"], rows)


def test_round_trip_of_an_exported_csv_changes_nothing(catalog: Any, tmp_path: Path) -> None:
    before = catalog.data_version()
    path = tmp_path / "export.csv"
    path.write_text(export_csv_text(catalog.connection), encoding="utf-8")
    plan = plan_import(catalog, path)
    assert [r.action for r in plan.rows] == ["unchanged"] * 3
    assert apply_import(catalog, plan) is None
    assert catalog.data_version() == before
    assert main(["--catalog", str(catalog.path), "import-csv", str(path)]) == 0
    assert catalog.data_version() == before


def test_bad_rows_are_refused_with_their_row_numbers(catalog: Any, tmp_path: Path) -> None:
    plan = plan_import(catalog, edited_sheet(catalog, tmp_path))
    refused = {r.row: " ".join(r.reasons) for r in plan.of("refused")}
    assert sorted(refused) == [4, 6, 7, 8, 9, 10]
    assert "could not read 'one spring'" in refused[6]
    assert "there is no person 'nobody'" in refused[7]
    assert "there is no mission 'apollo-99'" in refused[8]
    assert "height: 'tall' is not a number" in refused[9]
    assert "unknown column 'colour'" in refused[9]
    assert "current_holder is not imported" in refused[4]
    assert "the id 'bad-date' is already on row 6" in refused[10]
    changed = {r.work_id: {c[0] for c in r.changes} for r in plan.of("update")}
    assert changed == {"near-the-moon": {"title", "subjects"}, "orbital-sunrise": {"people"}}
    [created] = plan.of("create")
    assert (created.row, created.work_id) == (5, "new-sketch")
    assert (created.record["date_earliest"], created.record["date_latest"]) == (
        "1968-01-01", "1972-12-31")  # read from "c. 1970" with parse_date
    # "c." is the qualifier circa (v5), not a doubt: the generated text says "c. 1970" again
    assert (created.record["date_qualifier"], created.record["date_certainty"]) == (
        "circa", "certain")


def test_nothing_is_half_imported(catalog: Any, tmp_path: Path) -> None:
    path = edited_sheet(catalog, tmp_path)
    before = catalog.data_version()
    with pytest.raises(ImportRefused, match="nothing was imported"):
        apply_import(catalog, plan_import(catalog, path))
    assert catalog.data_version() == before
    assert main(["--catalog", str(catalog.path), "import-csv", str(path)]) == 2
    assert catalog.data_version() == before
    assert catalog.get("near-the-moon")["title"] == "Near the Moon"


def test_dry_run_and_real_run_agree(catalog: Any, tmp_path: Path, capsys: Any) -> None:
    path = edited_sheet(catalog, tmp_path)
    assert main(["--catalog", str(catalog.path), "import-csv", str(path), "--dry-run"]) == 1
    dry = capsys.readouterr().out
    assert "row 5: would create new-sketch" in dry
    assert "row 2: would change near-the-moon" in dry
    assert "    title: 'Near the Moon' → 'Near the Moon (1967)'" in dry
    assert "row 7: refused bad-person — people: there is no person 'nobody'" in dry
    assert dry.strip().endswith("Would create 1 work, change 2, leave 0 unchanged, "
                                "refuse 6.")
    planned = plan_import(catalog, path)
    before = catalog.data_version()
    assert main(["--catalog", str(catalog.path), "import-csv", str(path), "--skip-bad"]) == 0
    real = capsys.readouterr().out
    assert "Created 1 work, changed 2, left 0 unchanged, skipped 6 refused rows." in real
    change_id = real.strip().split("gallery undo-import ")[1]
    entries = [e for w in ("near-the-moon", "orbital-sunrise", "new-sketch")
               for e in catalog.history(w) if e["change_id"] == change_id]
    assert {(e["action"], tuple(sorted(c["field"] for c in e["changes"]
                                       if c["field"] != "category"))) for e in entries} >= {
        ("update", ("subjects", "title")), ("update", ("people",))}
    assert {e["action"] for e in entries} == {"create", "update"}
    assert catalog.data_version() > before
    for row in planned.of("update") + planned.of("create"):
        stored = catalog.get(row.work_id)
        for field, _, after in row.changes:
            value = stored[field]
            if field in ("people", "missions"):
                keys = ("person_id", "role") if field == "people" else ("mission_id", "link",
                                                                        "qualifier")
                value = [{k: v[k] for k in keys} for v in value]
                after = [{k: v[k] for k in keys} for v in after]
            assert value == after, (row.work_id, field)
    assert catalog.get("new-sketch")["missions"][0]["link"] == "depicts"
    for refused in ("bad-date", "bad-person", "bad-mission", "bad-number"):
        assert refused not in catalog.work_ids()
    # importing the same sheet again is a no-op for the rows that went in
    again = plan_import(catalog, path)
    assert again.of("create") == [] and again.of("update") == []


def test_a_qualifier_the_sheet_cannot_show_is_kept(catalog: Any, tmp_path: Path) -> None:
    record = catalog.get("stamp-1975")
    record["missions"] = [{"mission_id": "voskhod-2", "link": "commemorates",
                           "qualifier": "probably"}]
    catalog.save(record, record["version"])
    rows = exported_rows(catalog)
    next(r for r in rows if r["id"] == "stamp-1975")["title"] = "Stamp"
    plan = plan_import(catalog, write_csv(tmp_path / "q.csv", list(CSV_FIELDS), rows))
    apply_import(catalog, plan)
    stored = catalog.get("stamp-1975")
    assert stored["title"] == "Stamp" and stored["missions"][0]["qualifier"] == "probably"


def test_bad_files_are_bad_input(catalog: Any, tmp_path: Path) -> None:
    cases = {"empty.csv": b"", "noid.csv": b"title\nX\n", "latin1.csv": "id,title\nx,Ã©t\xe9\n"
             .encode("latin-1"), "twice.csv": b"id,title,title\nx,a,b\n"}
    for name, data in cases.items():
        path = tmp_path / name
        path.write_bytes(data)
        with pytest.raises(BadImportFile):
            plan_import(catalog, path)
        assert main(["--catalog", str(catalog.path), "import-csv", str(path)]) == 2, name
    assert main(["--catalog", str(catalog.path), "import-csv", str(tmp_path / "none.csv")]) == 2


def test_excel_style_sheet_with_bom_and_language_suffixes(catalog: Any, tmp_path: Path) -> None:
    path = tmp_path / "excel.csv"
    path.write_text("\ufeffid,title_en,title_ru,date_display,confidence\n"
                    "moon-sketch,Moon sketch,Набросок Луны,1969,\n", encoding="utf-8")
    change_id = apply_import(catalog, plan_import(catalog, path))
    assert change_id
    stored = catalog.get("moon-sketch")
    assert (stored["title"], stored["title_ru"], stored["date_earliest"],
            stored["confidence"]) == ("Moon sketch", "Набросок Луны", "1969-01-01", "low")


def test_a_read_only_cell_the_catalog_leaves_empty_is_said_in_words(
        catalog: Any, tmp_path: Path) -> None:
    """The dry run once said "the catalog 'nothing'", as if 'nothing' were a stored value."""
    sheet = write_csv(tmp_path / "rows.csv", ["id", "title", "current_holder"],
                      [{"id": "made-by-csv", "title": "Made by CSV",
                        "current_holder": "Someone"}])
    reasons = plan_import(catalog, sheet).rows[0].reasons
    said = next(r for r in reasons if r.startswith("current_holder is not imported"))
    assert said.endswith("the row says 'Someone', the catalog has none")
    assert "'nothing'" not in said


def test_a_cell_over_the_limit_is_refused_in_our_words(catalog: Any, tmp_path: Path,
                                                       capsys: Any) -> None:
    path = tmp_path / "huge.csv"
    path.write_text("id,title,description\nnear-the-moon,Near,\"" + "x" * 131_073 + "\"\n",
                    encoding="utf-8")
    assert main(["--catalog", str(catalog.path), "import-csv", str(path), "--dry-run"]) == 2
    err = capsys.readouterr().err
    assert len(err.strip().splitlines()) == 1
    assert "row 2, column 'description'" in err and "131,072" in err
    assert "field limit" not in err  # not Python's csv module's words
    ok = tmp_path / "long.csv"  # exactly at the limit: read
    ok.write_text("id,description\nnear-the-moon,\"" + "y" * 131_072 + "\"\n", encoding="utf-8")
    assert plan_import(catalog, ok).of("update")


def test_the_dry_run_shows_text_as_typed(catalog: Any, tmp_path: Path, capsys: Any) -> None:
    family = "Family \U0001f468\u200d\U0001f469\u200d\U0001f467 «Луна» it's"
    path = tmp_path / "emoji.csv"
    path.write_text(f"id,title\nnear-the-moon,\"{family}\"\n", encoding="utf-8")
    assert main(["--catalog", str(catalog.path), "import-csv", str(path), "--dry-run"]) == 0
    out = capsys.readouterr().out
    assert f"    title: 'Near the Moon' → '{family}'" in out  # the joiners as typed
    assert "\\u200d" not in out
