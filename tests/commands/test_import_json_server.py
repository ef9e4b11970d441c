"""`gallery import-json FILE --catalog postgresql://…`: the same import as into a new file —
an empty database only, every row or none, one readable line and exit 2 on bad input."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import psycopg
import pytest

from gallery.catalog.export import export_json_text
from gallery.catalog.store import Catalog
from gallery.cli import main

SHIPPED = Path(__file__).resolve().parents[2] / "catalog.db"


def _shipped_export(tmp_path: Path) -> tuple[Path, str]:
    copy = tmp_path / "shipped.db"
    shutil.copyfile(SHIPPED, copy)
    with Catalog.open(copy, read_only=True, writer=False) as catalog:
        text = export_json_text(catalog.connection)
    source = tmp_path / "export" / "catalog.json"
    source.parent.mkdir()
    source.write_text(text, encoding="utf-8")
    return source, text


def _tables(url: str) -> int:
    with psycopg.connect(url) as con:
        row = con.execute("SELECT count(*) FROM pg_tables WHERE schemaname = 'public'"
                          ).fetchone()
        return int(row[0]) if row else 0


def test_an_export_imports_into_an_empty_database_losslessly(
        pg_database: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    source, text = _shipped_export(tmp_path)
    assert main(["import-json", str(source), "--catalog", pg_database]) == 0
    out = capsys.readouterr().out
    assert "Imported" in out and "postgresql://" in out
    # the export holds no pictures: the line says where the catalog looks for them
    assert f"not in {source.parent / 'images'}" in out
    with Catalog.open(pg_database, read_only=True, writer=False) as catalog:
        assert export_json_text(catalog.connection) == text
        assert catalog.images_dir == (source.parent / "images").resolve()
        assert catalog.search("voskhod").rows


def test_a_database_that_holds_a_catalog_is_refused_untouched(
        pg_sample_catalog: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    source, _ = _shipped_export(tmp_path)
    with Catalog.open(pg_sample_catalog, read_only=True, writer=False) as catalog:
        before = export_json_text(catalog.connection)
    assert main(["import-json", str(source), "--catalog", pg_sample_catalog]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "already holds a catalog" in err
    with Catalog.open(pg_sample_catalog, read_only=True, writer=False) as catalog:
        assert export_json_text(catalog.connection) == before


@pytest.mark.parametrize(("spoil", "words"), [
    (lambda d: d["tables"]["works"]["rows"][0].__setitem__(
        d["tables"]["works"]["columns"].index("date_latest"), "1975-02-30"),
     "1975-02-30 is not a day in the calendar"),
    (lambda d: d["tables"]["work_people"]["rows"][0].__setitem__(
        d["tables"]["work_people"]["columns"].index("person_id"), "nobody-at-all"),
     "nothing was written"),
], ids=["impossible-day", "broken-link"])
def test_a_bad_row_leaves_the_database_empty(
        pg_database: str, tmp_path: Path, capsys: pytest.CaptureFixture[str],
        spoil: object, words: str) -> None:
    source, text = _shipped_export(tmp_path)
    data = json.loads(text)
    spoil(data)  # type: ignore[operator]
    source.write_text(json.dumps(data), encoding="utf-8")
    assert main(["import-json", str(source), "--catalog", pg_database]) == 2
    err = capsys.readouterr().err
    assert words in err
    assert len(err.strip().splitlines()) == 1 and "Traceback" not in err
    assert _tables(pg_database) == 0  # the schema went with the rows: one transaction


def test_not_json_and_an_unreachable_server_are_one_line(
        pg_cluster: object, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    source = tmp_path / "not.json"
    source.write_text("{ nope", encoding="utf-8")
    assert main(["import-json", str(source), "--catalog", "postgresql://x@/db"]) == 2
    assert "is not valid JSON" in capsys.readouterr().err
    good, _ = _shipped_export(tmp_path)
    nowhere = f"postgresql://nobody@/db?host={tmp_path}"  # no server listens there
    assert main(["import-json", str(good), "--catalog", nowhere]) == 2
    err = capsys.readouterr().err
    assert "cannot reach the PostgreSQL server" in err and err.count("\n") == 1
