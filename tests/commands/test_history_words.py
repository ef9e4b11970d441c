"""`gallery history` reads as words: yes/no for a switch, the build named without its source
folder, one field in the singular (English and Russian)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PIL import Image

from desk_catalogs import shipped_copy
from gallery.catalog.image_import import import_image
from gallery.catalog.store import Catalog
from gallery.cli import main


def _history(capsys: pytest.CaptureFixture[str], *args: str) -> str:
    code = main(["history", *args])
    out, err = capsys.readouterr()
    assert code == 0 and err == ""
    return out


def test_a_switch_reads_yes_and_no(catalog_path: Path, tmp_path: Path,
                                   capsys: pytest.CaptureFixture[str]) -> None:
    scan = tmp_path / "scan.jpg"
    Image.new("RGB", (64, 48), (40, 60, 120)).save(scan)
    with Catalog.open(catalog_path, who="tester") as catalog:
        import_image(catalog, "near-the-moon", scan)
    english = _history(capsys, "--catalog", str(catalog_path), "near-the-moon")
    assert "True" not in english and "False" not in english
    assert ": yes → no" in english
    assert "T0" not in english.split("\n\n")[1]  # the import's time is a reader's time too
    russian = _history(capsys, "--catalog", str(catalog_path), "near-the-moon", "--lang", "ru")
    assert ": да → нет" in russian and "True" not in russian


def test_the_build_is_named_for_readers(tmp_path: Path,
                                        capsys: pytest.CaptureFixture[str]) -> None:
    path = shipped_copy(tmp_path)
    english = _history(capsys, "--catalog", str(path), "lunokhod-1-in-crater")
    russian = _history(capsys, "--catalog", str(path), "lunokhod-1-in-crater", "--lang", "ru")
    assert "catalog-facts" not in english and "catalog-facts" not in russian
    assert "· catalog build ·" in english and "· сборка каталога ·" in russian


def test_a_huge_unknown_id_is_shortened_in_the_message(
        catalog_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code = main(["history", "--catalog", str(catalog_path), "x" * 10_000])
    out, err = capsys.readouterr()
    assert code == 2 and out == ""
    assert len(err.splitlines()) == 1 and len(err) < 300 and "…" in err


def test_changed_words_are_marked_under_the_line_not_by_brackets_a_title_may_hold(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = shipped_copy(tmp_path)
    with Catalog.open(path, who="Anna") as catalog:
        for title in ("Lunokhod 1 [probe] at the rim", "Lunokhod 1 [rover] at the rim"):
            record = catalog.get("lunokhod-1-in-crater")
            record["title"] = title
            catalog.save(record, record["version"])
    out = _history(capsys, "--catalog", str(path), "lunokhod-1-in-crater")
    assert ("  Title:\n"
            "    before: Lunokhod 1 [probe] at the rim\n"
            "                        ^^^^^\n"
            "    after:  Lunokhod 1 [rover] at the rim\n"
            "                        ^^^^^\n") in out
    assert "«" not in out.split("\n\n")[1]  # every text alike: on its own line, unquoted


def test_shortened_text_is_cut_at_words() -> None:
    from gallery.catalog.history_diff import word_spans
    from gallery.catalog.history_report import history_text

    before = ("Художник разрешил музею использовать его фотографию в каталоге выставки "
              "и в публикациях о ней, если будет указано имя автора")
    after = before.replace("автора", "фотографа")
    entry = {"at": "2026-12-07T09:01:07Z", "who": "Anna", "table": "works",
             "action": "update", "changes": [{
                 "field": "rights", "kind": "text", "before": before, "after": after,
                 "label": {"en": "Rights", "ru": "Права"}, "words": word_spans(before, after)}]}
    text = history_text([entry], "ru")
    kept = [line.split(":", 1)[1].strip() for line in text.splitlines()
            if line.strip().startswith(("было:", "стало:"))]
    for line in kept:
        assert line.startswith("…")
        assert line[1:].split(" ")[0] in before.split(" ")  # a whole word after the cut


def test_image_size_reads_in_bytes_units_and_a_deleted_record_has_no_empty_headings(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from gallery.catalog.history_report import history_text

    entry = {"at": "2026-12-07T09:01:07Z", "who": "Anna", "table": "works",
             "action": "update", "changes": [{
                 "field": "image_bytes", "kind": "value", "before": 225686, "after": 1791607,
                 "label": {"en": "Image size", "ru": "Размер изображения"}}]}
    assert "Image size: 225.7 kB → 1.8 MB" in history_text([entry], "en")
    assert "Размер изображения: 225,7 кБ → 1,8 МБ" in history_text([entry], "ru")
    path = shipped_copy(tmp_path)
    with Catalog.open(path, who="Anna") as catalog:
        catalog.save_record("people", {"id": "ivan-test", "name": "Ivan Test"}, None)
        catalog.delete_record("people", "ivan-test", catalog.get_record(
            "people", "ivan-test")["version"])
    out = _history(capsys, "--catalog", str(path), "ivan-test")
    for heading in ("Facts:", "Roles:", "Sources:"):
        assert heading not in out
    assert "Name:" in out
