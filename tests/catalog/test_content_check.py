"""`gallery check --content`: each rule on a crafted record that breaks it, and a sound one."""

from __future__ import annotations

from typing import Any

import pytest

from catalog_samples import sample_work
from gallery.catalog.content_check import content_findings
from gallery.cli import main

STANDIN = {"alt_text": "Stand-in picture, not the work: a sunrise.",
           "alt_text_ru": "Иллюстрация-заменитель, не само произведение: восход."}


def _findings(catalog: Any, **overrides: Any) -> list[str]:
    catalog.save(sample_work("crafted", **{**STANDIN, **overrides}), None)
    return [f for f in content_findings(catalog.connection) if "crafted" in f]


def _standins_described(catalog: Any) -> None:
    for work_id in catalog.work_ids():
        work = catalog.get(work_id)
        catalog.save({**work, **STANDIN}, work["version"])


def test_a_sound_record_has_no_finding(catalog: Any) -> None:
    assert _findings(catalog) == []


def test_a_created_event_outside_the_works_range(catalog: Any) -> None:
    events = [{"date_display": "1968–1972", "kind": "created", "certainty": "certain",
               "party": "alexei-leonov", "holder": "alexei-leonov"}]
    found = _findings(catalog, date_display="1969–1972", date_earliest="1969-01-01",
                      date_latest="1972-12-31", provenance=events)
    assert len(found) == 1 and "outside the work's date" in found[0]


def test_provenance_out_of_date_order(catalog: Any) -> None:
    work = sample_work()
    events = list(reversed(work["provenance"]))
    found = _findings(catalog, provenance=events)
    assert any("not in date order" in f for f in found)


@pytest.mark.parametrize("text", ["A sketch,, in pencil.", "A sketch.. in pencil.",
                                  "A sketch, . in pencil.", "A sketch (drawn (in orbit)).",
                                  "Набросок;; карандашом."])
def test_doubled_punctuation_and_nested_brackets(catalog: Any, text: str) -> None:
    field = "description_ru" if "Набросок" in text else "description"
    found = _findings(catalog, **{field: text})
    assert len(found) == 1 and field in found[0]


@pytest.mark.parametrize("text", ["Flown to Washington, D.C., in 1975.", "In 1965 г.; later.",
                                  "He said: wait… and then (once) again."])
def test_ordinary_punctuation_is_no_finding(catalog: Any, text: str) -> None:
    assert _findings(catalog, description=text) == []


def test_a_doubled_hedge(catalog: Any) -> None:
    events = [{"date_display": "1965", "kind": "created", "certainty": "possibly",
               "party": "alexei-leonov", "holder": "alexei-leonov",
               "place": "probably Star City"}]
    found = _findings(catalog, provenance=events)
    assert any("doubled hedge" in f for f in found)


def test_a_person_linked_twice(catalog: Any) -> None:
    people = [{"person_id": "alexei-leonov", "role": "artist"},
              {"person_id": "alexei-leonov", "role": "co-artist"}]
    found = _findings(catalog, people=people)
    assert len(found) == 1 and "linked 2 times" in found[0]


def test_a_source_with_no_date(catalog: Any) -> None:
    catalog.save_record("sources", {"id": "undated", "citation": "A web page about stamps"},
                        None)
    found = content_findings(catalog.connection)
    assert any(f.startswith("sources/undated") for f in found)
    catalog.save_record("sources", {"id": "nd", "citation": "A web page, n.d."}, None)
    assert not any(f.startswith("sources/nd") for f in content_findings(catalog.connection))


def test_a_standin_described_as_the_real_work(catalog: Any) -> None:
    found = _findings(catalog, alt_text="A red Sun over the Earth.",
                      alt_text_ru="Красное Солнце над Землёй.")
    assert len(found) == 2 and all("stand-in" in f for f in found)


def test_the_command_exits_1_with_one_line_a_finding(catalog: Any, catalog_path: Any,
                                                     capsys: pytest.CaptureFixture[str]) -> None:
    _standins_described(catalog)
    catalog.close()
    assert main(["--catalog", str(catalog_path), "check", "--content"]) == 0
    assert "Every content rule holds." in capsys.readouterr().out


def test_the_command_reports_a_finding(catalog: Any, catalog_path: Any,
                                       capsys: pytest.CaptureFixture[str]) -> None:
    _standins_described(catalog)
    catalog.save(sample_work("crafted", description="Twice,, said.", **STANDIN), None)
    catalog.close()
    assert main(["--catalog", str(catalog_path), "check", "--content"]) == 1
    out = capsys.readouterr().out.splitlines()
    assert out[0].startswith("works/crafted: description has doubled punctuation")
    assert out[-1] == "1 finding."


@pytest.mark.parametrize(("text", "finds"), [
    ("Название в каталоге — наш перевод.", "first person"),
    ("Капсула приземлилась в тайге.", "спускаемый аппарат"),
    ("Альбом «Ждите нас, звёзды» вышел в 1967 году.", None),
    ("Картина хранится до наших дней.", None),
])
def test_russian_prose_rules(catalog: Any, text: str, finds: str | None) -> None:
    found = _findings(catalog, description_ru=text)
    if finds is None:
        assert found == []
    else:
        assert len(found) == 1 and finds in found[0]
