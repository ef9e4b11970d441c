"""`gallery history RECORD_ID`, and the curator's name that signs changes, on real catalogs."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from desk_catalogs import build_big, shipped_copy
from gallery.catalog import curator
from gallery.catalog.history_report import record_history, when_text
from gallery.catalog.store import Catalog
from gallery.cli import main

WORK = "lunokhod-1-in-crater"


def _history(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(["history", *args])
    out, err = capsys.readouterr()
    return code, out, err


def test_the_build_is_the_first_change_and_each_edit_says_who_and_what(
        tmp_path: Path, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    path = shipped_copy(tmp_path)
    monkeypatch.setenv(curator.CURATOR_ENV, "Вера Иванова")
    with Catalog.open(path) as catalog:  # signed by $GALLERY_CURATOR, not the OS login
        record = catalog.get(WORK)
        record["literature"][0]["pages"] = "41–42"
        record["people"].reverse()
        catalog.save(record, record["version"])
    code, out, _ = _history(capsys, "--catalog", str(path), WORK, "--json")
    assert code == 0
    changes = json.loads(out)["changes"]
    assert changes[-1]["who"] == "catalog build (from shared/catalog-facts)"
    assert changes[-1]["action"] == "create" and changes[-1]["at"] == "2026-12-07T00:00:00Z"
    newest = changes[0]
    assert newest["who"] == "Вера Иванова" and re.fullmatch(r"\d{4}-\d\d-\d\dT.*Z",
                                                              newest["at"])
    by_field = {c["field"]: c for c in newest["changes"]}
    assert set(by_field) == {"literature", "people"}
    [pages] = by_field["literature"]["items"][0]["fields"]
    assert (pages["field"], pages["before"], pages["after"]) == ("pages", "41", "41–42")
    assert [i["change"] for i in by_field["people"]["items"]] == ["moved"]
    # times are ISO in JSON, never in the text form, which names the month in Russian
    code, out, _ = _history(capsys, "--catalog", str(path), WORK, "--lang", "ru")
    assert code == 0 and "T00:00:00Z" not in out and "2026-12-07" not in out
    assert "декабря 2026" in out and "Вера Иванова" in out
    assert "Литература:" in out
    assert "      Страницы:\n        было:  41\n        стало: 41–42\n" \
           "                 ^^^\n" in out  # the changed word marked on the line under it
    assert "Люди:" in out and "перемещено" in out


def test_every_record_kind_has_a_history_and_an_unknown_id_is_bad_input(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = shipped_copy(tmp_path)
    code, out, _ = _history(capsys, "--catalog", str(path), "yuri-gagarin")
    assert code == 0 and "created (person)" in out
    code, out, err = _history(capsys, "--catalog", str(path), "no-such-record")
    assert code == 2 and out == "" and "no-such-record" in err and "Traceback" not in err


def test_curator_flag_signs_a_headless_change(tmp_path: Path,
                                              capsys: pytest.CaptureFixture[str]) -> None:
    path = shipped_copy(tmp_path)
    sheet = tmp_path / "sheet.csv"
    sheet.write_text(f"id,title\n{WORK},Lunokhod-1 in a crater at dusk\n", encoding="utf-8")
    assert main(["--catalog", str(path), "--curator", "  Boris   Volkov ", "import-csv",
                 str(sheet)]) == 0
    capsys.readouterr()
    with Catalog.open(path, read_only=True) as catalog, catalog.reading() as con:
        newest = record_history(con, WORK)[0]
    assert newest["who"] == "Boris Volkov"
    [title] = newest["changes"]
    assert title["field"] == "title" and [t for t, c in title["words"]["after"] if c] == [
        "at dusk"]
    assert main(["--catalog", str(path), "--curator", "\x1b[31m", "import-csv",
                 str(sheet)]) == 2
    assert "control characters" in capsys.readouterr().err


def test_the_name_is_kept_once_and_never_the_os_login(tmp_path: Path,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("USER", "root")
    monkeypatch.delenv(curator.CURATOR_ENV, raising=False)
    assert curator.current_name() is None and curator.signature() == curator.UNNAMED
    assert curator.save_name(" Anna  Petrova ") == "Anna Petrova"
    assert curator.settings_file().is_file()  # in the (test's) user config folder
    assert curator.current_name() == "Anna Petrova"
    with Catalog.open(tmp_path / "c.db", create=True) as catalog:
        assert catalog.who == "Anna Petrova"
    assert curator.current_name("Boris") == "Boris"  # --curator wins over the saved name
    assert curator.current_name(backend_name="curator_vera") == "curator_vera"  # team server
    with pytest.raises(curator.BadCuratorName):
        curator.save_name("   ")
    curator.settings_file().write_text("{not json", encoding="utf-8")
    assert curator.current_name() is None  # a damaged file is no name, not a crash


def test_history_of_one_work_in_a_100k_catalog(tmp_path: Path) -> None:
    path = build_big(tmp_path / "big.db")
    with Catalog.open(path, who="Anna Petrova") as catalog:
        record = catalog.get("work-054321")
        record["sources"] = ["src-good"]
        catalog.save(record, record["version"])
        with catalog.reading() as con:
            entries = record_history(con, "work-054321")
    assert [e["who"] for e in entries] == ["Anna Petrova", "builder"]
    [sources] = [c for c in entries[0]["changes"] if c["field"] == "sources"]
    assert [(i["change"], i["key"], i["label"]["en"]) for i in sources["items"]] == [
        ("removed", "src-news", "A news report.")]


def test_when_text_names_the_month_in_the_readers_language() -> None:
    from datetime import UTC, timedelta, timezone

    msk = timezone(timedelta(hours=3), "MSK")
    assert when_text("2026-03-07T21:30:00Z", "ru", lambda m: m.astimezone(msk)) == \
        "8 марта 2026, 00:30 MSK"
    assert when_text("2026-03-07T21:30:00Z", "en", lambda m: m.astimezone(UTC)) == \
        "7 March 2026, 21:30 UTC"
    assert when_text(None) == "—"


def test_a_trashed_record_says_when_in_words(tmp_path: Path,
                                             capsys: pytest.CaptureFixture[str]) -> None:
    path = shipped_copy(tmp_path)
    with Catalog.open(path, who="Anna Petrova",
                      clock=lambda: "2026-12-08T09:05:00Z") as catalog:
        catalog.delete(WORK, catalog.get(WORK)["version"])
    code, out, _ = _history(capsys, "--catalog", str(path), WORK)
    assert code == 0 and "moved to the trash (work)" in out
    assert "In the trash since: (empty) → 8 December 2026" in out
    assert "2026-12-08T" not in out
