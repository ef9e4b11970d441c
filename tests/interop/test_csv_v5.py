"""The works CSV speaks schema v5: both languages, term ids and agent ids beside their labels,
lists as lists; the shipped catalog's CSV imports back unchanged, and an edited id is read."""

from __future__ import annotations

import csv
import io
from pathlib import Path
from typing import Any

from gallery.catalog.export import export_csv_text
from gallery.catalog.interop.csv_columns import CSV_FIELDS
from gallery.catalog.interop.csv_import import apply_import, plan_import
from gallery.catalog.terms import Vocabulary


def _rows(catalog: Any) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(export_csv_text(catalog.connection))))


def _write(path: Path, rows: list[dict[str, str]]) -> Path:
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, CSV_FIELDS)
        writer.writeheader()
        writer.writerows(rows)
    return path


def test_columns_hold_both_languages_and_the_ids(shipped_copy: Any) -> None:
    rows = _rows(shipped_copy)
    assert len(rows) == len(shipped_copy.work_ids())
    for column in ("title", "description", "alt_text", "date_display", "medium", "series",
                   "subjects", "current_holder", "confidence_note", "holder_note"):
        assert f"{column}_ru" in CSV_FIELDS, column
    vocabulary = Vocabulary.read(shipped_copy.connection)
    agents = {a["id"] for a in shipped_copy.list_records("agents")}
    people = {p["id"] for p in shipped_copy.list_records("people")}
    with_terms = [r for r in rows if r["medium_terms"]]
    assert with_terms, "the shipped catalog names media by term"
    for row in rows:
        assert row["title_ru"], row["id"]
        for term_id in filter(None, row["medium_terms"].split(" | ")):
            assert vocabulary.by_id[term_id].scheme == "medium"
        assert vocabulary.find("work_type", row["work_type"]) is not None, row["id"]
        if row["current_holder_id"]:
            assert row["current_holder_id"] in agents | people
        for link in filter(None, row["people"].split(" | ")):
            assert vocabulary.find("role", link.split(":")[1]) is not None, link
    work = shipped_copy.get(with_terms[0]["id"])
    row = with_terms[0]
    assert (row["medium"], row["medium_ru"]) == (work["medium"], work["medium_ru"])
    assert row["subjects_ru"].split(" | ") == work["subjects_ru"]


def test_the_shipped_catalog_imports_back_unchanged(shipped_copy: Any, tmp_path: Path) -> None:
    path = tmp_path / "works.csv"
    path.write_text(export_csv_text(shipped_copy.connection), encoding="utf-8")
    plan = plan_import(shipped_copy, path)
    assert [(r.work_id, r.reasons, r.changes) for r in plan.rows
            if r.action != "unchanged"] == []


def test_edited_ids_notes_and_lists_are_read(shipped_copy: Any, tmp_path: Path) -> None:
    rows = _rows(shipped_copy)
    row = next(r for r in rows if r["medium_terms"] and r["other_titles"])
    media = [t.id for t in Vocabulary.read(shipped_copy.connection).scheme("medium")]
    new_terms = [m for m in media if m not in row["medium_terms"].split(" | ")][:2]
    row.update(medium_terms=" | ".join(new_terms), medium_note="on a napkin",
               medium_note_ru="на салфетке", subjects_ru="Луна | Земля",
               other_titles=row["other_titles"] + " | ru:ours:Новое название",
               date_display="c. 1970", date_earliest="", date_latest="",
               date_display_ru="", date_edtf="", date_certainty="")
    bad = dict(rows[0], medium_terms="no-such-term", date_qualifier="roughly")
    plan = plan_import(shipped_copy, _write(tmp_path / "edit.csv", [row, bad]))
    refused = " ".join(" ".join(r.reasons) for r in plan.of("refused"))
    assert "medium_terms: there is no medium term 'no-such-term'" in refused
    assert "date_qualifier: 'roughly' is none of" in refused
    apply_import(shipped_copy, plan, skip_bad=True)
    work = shipped_copy.get(row["id"])
    assert work["medium_terms"] == new_terms
    labels = [Vocabulary.read(shipped_copy.connection).by_id[t].label for t in new_terms]
    assert work["medium"] == f"{', '.join(labels)} (on a napkin)"
    assert work["medium_ru"].endswith("(на салфетке)")
    assert work["subjects_ru"] == ["Луна", "Земля"]
    assert work["other_titles"][-1] == {"text": "Новое название", "lang": "ru",
                                        "status": "ours"}
    assert (work["date_qualifier"], work["date_display"], work["date_display_ru"]) == (
        "circa", "c. 1970", "около 1970 г.")
