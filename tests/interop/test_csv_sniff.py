"""CSV from real spreadsheets: the delimiter (comma, semicolon, tab) and the encoding (UTF-8
with or without a BOM, Windows-1251) are found and reported in the dry run; an unterminated
quote is an error naming its line, never a partial import."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from gallery.catalog.interop.csv_import import BadImportFile, plan_import
from gallery.catalog.interop.csv_sniff import (
    CP1251,
    KOI8R,
    UTF8,
    UTF8_BOM,
    SheetNotReadable,
    decode_sheet,
    sniff_delimiter,
    unterminated_quote,
)
from gallery.cli import main

WORK = "lunokhod-1-in-crater"
ROWS = [["id", "title_ru", "confidence_note_ru"],
        [WORK, "«Луноход-1» в кратере", "Проверено по каталогу Sotheby's; с. 41"]]


def _sheet(path: Path, delimiter: str, encoding: str) -> Path:
    text = "\r\n".join(delimiter.join(f'"{c}"' if delimiter in c or '"' in c else c
                                      for c in row) for row in ROWS) + "\r\n"
    path.write_bytes(text.encode(encoding))
    return path


def test_a_russian_excel_sheet_semicolons_in_windows_1251(
        shipped_copy: Any, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    sheet = _sheet(tmp_path / "ru.csv", ";", "cp1251")  # no BOM, as Excel writes it
    assert not sheet.read_bytes().startswith(b"\xef\xbb\xbf")
    catalog = str(shipped_copy.path)
    shipped_copy.close()
    assert main(["--catalog", catalog, "import-csv", str(sheet), "--dry-run"]) == 0
    out = capsys.readouterr().out
    assert "Read as Windows-1251, cells separated by a semicolon (';')." in out
    assert f"would change {WORK}" in out
    assert "Проверено по каталогу Sotheby's; с. 41" in out  # a ; inside a quoted cell


@pytest.mark.parametrize(("delimiter", "encoding", "named"), [
    (",", "utf-8-sig", UTF8_BOM), ("\t", "utf-8", UTF8), (";", "utf-8", UTF8),
    (",", "cp1251", CP1251)])
def test_every_delimiter_and_encoding_plans_the_same_change(
        shipped_copy: Any, tmp_path: Path, delimiter: str, encoding: str, named: str) -> None:
    plan = plan_import(shipped_copy, _sheet(tmp_path / "s.csv", delimiter, encoding))
    assert (plan.encoding, plan.delimiter) == (named, delimiter)
    [row] = plan.rows
    assert row.action == "update" and row.work_id == WORK
    assert dict((f, a) for f, _, a in row.changes)["confidence_note_ru"] == ROWS[1][2]


def test_an_unterminated_quote_names_its_line_and_imports_nothing(
        shipped_copy: Any, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    sheet = tmp_path / "broken.csv"
    sheet.write_text(f"id;title\n{WORK};Fine\ncosmic-dawn;\"Cosmic dawn\nmolniya-1;Molniya\n",
                     encoding="utf-8")
    with pytest.raises(BadImportFile, match="line 3: a quoted cell is never closed"):
        plan_import(shipped_copy, sheet)
    before = shipped_copy.get(WORK)["version"]
    catalog = str(shipped_copy.path)
    shipped_copy.close()
    assert main(["--catalog", catalog, "import-csv", str(sheet)]) == 2
    err = capsys.readouterr().err
    assert "line 3" in err and "Traceback" not in err and len(err.strip().splitlines()) == 1
    from gallery.catalog.store import Catalog

    with Catalog.open(catalog, read_only=True) as again:
        assert again.get(WORK)["version"] == before


def test_sniffing_alone() -> None:
    assert decode_sheet("id;название".encode("cp1251")) == ("id;название", CP1251)
    assert decode_sheet(b"\xef\xbb\xbfid,title") == ("id,title", UTF8_BOM)
    assert sniff_delimiter("title;id;note\nx;y;z") == ";"
    assert sniff_delimiter("id\ttitle, with a comma\n") == "\t"
    assert unterminated_quote('id,t\na,"b ""quoted"" c"\nd,e\n', ",") is None
    assert unterminated_quote('id,t\na,"two\nlines"\nd,"open\n', ",") == 4
    with pytest.raises(SheetNotReadable, match="neither UTF-8 nor Windows-1251"):
        decode_sheet(bytes(range(128, 256)) * 4)


def test_a_koi8_r_sheet_is_read_as_koi8_r_not_windows_1251(
        shipped_copy: Any, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    sheet = tmp_path / "koi8.csv"
    sheet.write_bytes(f"id;title_ru\n{WORK};Космос\n".encode("koi8_r"))
    catalog = str(shipped_copy.path)
    shipped_copy.close()
    assert main(["--catalog", catalog, "import-csv", str(sheet), "--dry-run"]) == 0
    out = capsys.readouterr().out
    assert "Read as KOI8-R, cells separated by a semicolon (';')." in out
    assert "Космос" in out and "лПУНПУ" not in out


def test_windows_1251_and_koi8_r_told_apart_or_refused() -> None:
    text = "id;название;Луна и звёзды над кратером"
    assert decode_sheet(text.encode("cp1251")) == (text, CP1251)
    assert decode_sheet(text.encode("koi8_r")) == (text, KOI8R)
    with pytest.raises(SheetNotReadable, match="Windows-1251 or KOI8-R"):
        decode_sheet("id;Ая".encode("cp1251"))  # too little Russian to tell
