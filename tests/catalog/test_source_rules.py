"""A source's web address opens a web page (http/https), and its retrieved date has come:
refused on saving and in a JSON import, reported by `gallery check` when an older catalog holds
one, and said in Russian to a Russian editor (issue 20 review)."""

from __future__ import annotations

import json
import sqlite3
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from gallery.catalog.errors import InvalidRecord
from gallery.catalog.export import export_json_text
from gallery.catalog.problems import in_language
from gallery.catalog.source_rules import source_problems
from gallery.cli import main


@pytest.mark.parametrize("url", ["javascript:alert(1)", "JavaScript:alert(1)", "file:///etc/passwd",
                                 "data:text/html,hi", "http://", "www.example.org"])
def test_a_web_address_that_is_no_web_page_is_refused(catalog: Any, url: str) -> None:
    source = catalog.get_record("sources", "src_a")
    with pytest.raises(InvalidRecord) as refused:
        catalog.save_record("sources", {**source, "url": url}, source["version"])
    assert "http://" in refused.value.problems["url"]
    assert catalog.get_record("sources", "src_a")["url"] == source["url"]


def test_http_and_https_addresses_are_kept(catalog: Any) -> None:
    source = catalog.get_record("sources", "src_a")
    for url in ("https://example.org/a?b=c", "HTTP://example.org"):
        source = catalog.save_record("sources", {**source, "url": url}, source["version"])
        assert source["url"] == url


def test_a_retrieved_date_in_the_future_is_refused(catalog: Any) -> None:
    source = catalog.get_record("sources", "src_a")
    for day in ("2099-01-01", "2099"):
        with pytest.raises(InvalidRecord) as refused:
            catalog.save_record("sources", {**source, "retrieved": day}, source["version"])
        assert "in the future" in refused.value.problems["retrieved"]
    saved = catalog.save_record("sources", {**source, "retrieved": "2024-05"},
                                source["version"])
    assert saved["retrieved"] == "2024-05"


def test_a_day_ahead_is_allowed_for_time_zones() -> None:
    today = date(2026, 12, 7)
    assert source_problems({"retrieved": "2026-12-08"}, today) == {}
    assert "retrieved" in source_problems({"retrieved": "2026-12-09"}, today)
    assert source_problems({"retrieved": "2026-12"}, today) == {}


def test_the_problems_are_said_in_russian() -> None:
    found = source_problems({"url": "javascript:alert(1)", "retrieved": "2099-01-01"})
    assert in_language(found["url"], "ru").startswith("веб-адрес начинается с http://")
    assert "в будущем" in in_language(found["retrieved"], "ru")


def test_a_json_import_with_a_javascript_address_is_refused(
        catalog: Any, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    data = json.loads(export_json_text(catalog.connection))
    sources = data["tables"]["sources"]
    sources["rows"][0][sources["columns"].index("url")] = "javascript:alert(1)"
    source = tmp_path / "export.json"
    source.write_text(json.dumps(data), encoding="utf-8")
    target = tmp_path / "new.db"
    assert main(["import-json", str(source), "--catalog", str(target)]) == 2
    err = capsys.readouterr().err
    assert "table sources, row 1, url: a web address starts with http://" in err
    assert len(err.strip().splitlines()) == 1 and not target.exists()


def test_check_reports_stored_ones(catalog_path: Path,
                                  capsys: pytest.CaptureFixture[str]) -> None:
    con = sqlite3.connect(catalog_path)  # as an older program could store them
    con.execute("UPDATE sources SET url = 'javascript:alert(1)', retrieved = '2099-01-01' "
                "WHERE id = 'src_a'")
    con.commit()
    con.close()
    assert main(["check", str(catalog_path), "--no-decode"]) == 1
    out = capsys.readouterr().out
    assert "sources/src_a: url: a web address starts with http://" in out
    assert "sources/src_a: retrieved: 2099-01-01 is in the future" in out
