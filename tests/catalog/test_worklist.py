"""The worklist on the shipped catalog, on edits made through the store, and on 100,000 works;
`gallery check` treats a work without an image as worklist, not as a fault."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from catalog_samples import sample_work
from desk_catalogs import build_big, expected_reasons, shipped_copy
from gallery.catalog.store import Catalog
from gallery.catalog.worklist import REASONS, worklist
from gallery.cli import main


@pytest.fixture(scope="module")
def big(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_big(tmp_path_factory.mktemp("big") / "big.db")


def _ro(path: Path) -> sqlite3.Connection:
    return sqlite3.connect(f"file:{path}?mode=ro", uri=True)


def test_the_shipped_catalog_needs_its_scans_and_its_weak_records() -> None:
    from desk_catalogs import SHIPPED

    con = _ro(SHIPPED)
    try:
        result = worklist(con)
        works = con.execute("SELECT count(*) FROM works WHERE deleted_at IS NULL").fetchone()[0]
        low = con.execute("SELECT count(*) FROM works WHERE confidence = 'low'").fetchone()[0]
    finally:
        con.close()
    assert result.counts["standin_only"] == works == 58  # no real scan yet, each says so
    assert result.counts["low_confidence"] == low > 0
    assert result.counts["single_weak_source"] > 0
    assert result.counts["no_image"] == result.counts["no_russian_title"] == 0
    weak = {i["record_id"] for i in result.of("single_weak_source")}
    assert "all-terrain-vehicle-on-the-moon" in weak  # one RIA caption, low reliability
    item = result.of("standin_only")[0]
    assert item["field"] == "image_path" and item["field_label"]["ru"] == "Файл изображения"
    assert item["reason_label"] == {"en": "Only a stand-in picture",
                                    "ru": "Только иллюстрация-заменитель"}


def test_edits_put_records_on_the_worklist_and_take_them_off(tmp_path: Path) -> None:
    path = shipped_copy(tmp_path)
    with Catalog.open(path, who="Anna Petrova") as catalog:
        fresh = sample_work("a-new-record", title_ru=None, sources=[],
                            confidence="medium", people=[], missions=[])
        fresh["provenance"] = [
            {"date_display": "1965–2015", "date_earliest": "1965", "date_latest": "2015",
             "certainty": "unknown", "kind": "gap"},
            {"date_display": "1980", "date_earliest": "1980", "date_latest": "1980",
             "certainty": "certain", "kind": "gift", "party": "alexei-leonov",
             "holder": "state-tretyakov-gallery"},
            {"date_display": "1970", "date_earliest": "1970", "date_latest": "1970",
             "certainty": "certain", "kind": "exhibited"}]
        catalog.save(fresh, None)  # saved: warnings are not refusals
        with catalog.reading() as con:
            mine = [i for i in worklist(con).items if i["record_id"] == "a-new-record"]
        assert {i["reason"] for i in mine} == {"no_image", "no_russian_title", "no_source",
                                               "events_out_of_order", "event_in_gap"}
        gap = next(i for i in mine if i["reason"] == "event_in_gap")
        assert gap["field"] == "provenance" and "Event 2" in gap["detail"]["en"]
        assert "Событие 2" in gap["detail"]["ru"]
        record = catalog.get("a-new-record")
        record["title_ru"] = "Новая запись"
        record["sources"] = ["rschips_ria"]  # a single source, of low reliability
        catalog.save(record, record["version"])
        with catalog.reading() as con:
            mine = {i["reason"] for i in worklist(con).items if i["record_id"] == "a-new-record"}
        assert "no_russian_title" not in mine and "no_source" not in mine
        assert "single_weak_source" in mine


def test_a_date_text_that_disagrees_with_its_range(tmp_path: Path) -> None:
    path = shipped_copy(tmp_path)
    con = sqlite3.connect(path)
    con.execute("UPDATE works SET date_display = '1971' WHERE id = 'cosmic-dawn'")
    con.commit()
    result = worklist(con)
    con.close()
    assert [i["record_id"] for i in result.of("date_disagrees")] == ["cosmic-dawn"]
    assert result.of("date_disagrees")[0]["field"] == "date_display"


def test_the_worklist_of_100k_works_counts_every_reason(big: Path) -> None:
    con = _ro(big)
    try:
        result = worklist(con)
    finally:
        con.close()
    assert result.counts == {code: expected_reasons().get(code, 0) for code in REASONS}
    first = result.items[0]
    assert first["record_id"] == "work-000001" and first["reason"] == "no_russian_title"


def test_check_passes_when_the_only_issue_is_works_without_images(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = shipped_copy(tmp_path)
    with Catalog.open(path, who="Anna Petrova") as catalog:  # made in the editor: no image
        catalog.save(sample_work("made-in-the-editor", people=[], missions=[], provenance=[],
                                 sources=["rschips_ria"]), None)
    sheet = tmp_path / "new.csv"
    sheet.write_text("id,title,title_ru\nmade-by-csv,Made by CSV,Сделано из таблицы\n",
                     encoding="utf-8")
    assert main(["--catalog", str(path), "import-csv", str(sheet)]) == 0
    capsys.readouterr()
    assert main(["check", str(path), "--no-decode"]) == 0
    out = capsys.readouterr().out
    assert "2 works have no image yet" in out and "The catalog is sound." in out
    assert main(["check", str(path), "--worklist", "--json"]) == 0
    listed = json.loads(capsys.readouterr().out)
    no_image = {i["record_id"] for i in listed["items"] if i["reason"] == "no_image"}
    assert no_image == {"made-in-the-editor", "made-by-csv"}
    assert listed["counts"]["no_image"] == 2
    assert main(["check", str(path), "--worklist", "--lang", "ru"]) == 0
    out = capsys.readouterr().out
    assert "Нет изображения" in out and "made-by-csv" in out
    assert out.startswith("Что доделать: ")  # the editor's own heading for the list


def test_a_missing_image_file_is_still_a_fault(tmp_path: Path,
                                               capsys: pytest.CaptureFixture[str]) -> None:
    path = shipped_copy(tmp_path)
    con = sqlite3.connect(path)
    con.execute("UPDATE works SET image_path = 'gone.jpg' WHERE id = 'cosmic-dawn'")
    con.commit()
    con.close()
    assert main(["check", str(path), "--no-decode"]) == 1
    assert "cosmic-dawn: image gone.jpg is missing" in capsys.readouterr().out
