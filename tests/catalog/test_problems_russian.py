"""Every problem a save refuses has its Russian (issue 20 review): the editor shows a field's
problem in the interface language, so no message of validate_work/validate_simple may be
English only."""

from __future__ import annotations

from typing import Any

import pytest

from gallery.catalog.errors import InvalidRecord
from gallery.catalog.problems import Problem
from gallery.catalog.records import schedule_problems, validate_simple, validate_work

BAD_WORK: dict[str, Any] = {
    "id": "Not An Id", "image_path": "../outside.jpg", "title": " ", "date_earliest": "1975",
    "date_latest": "1970-01-01", "date_certainty": "sure", "confidence": "total",
    "dimension_unit": "parsec", "height": -1, "missions": [{"link": "visited"}],
    "record_kind": "heap", "relations": [{"relation": "cousin", "other_id": "x"}],
    "literature": [{}], "provenance": [{"kind": "lost", "certainty": "sure",
                                        "date_earliest": "1980-01-01",
                                        "date_latest": "1970-01-01"}],
}


def refused(call: Any, *args: Any) -> dict[str, str]:
    with pytest.raises(InvalidRecord) as caught:
        call(*args)
    return caught.value.problems


def test_every_problem_of_a_work_has_its_russian() -> None:
    found = refused(validate_work, BAD_WORK)
    assert len(found) >= 14
    english_only = {k: v for k, v in found.items() if not isinstance(v, Problem)}
    assert english_only == {}
    assert found["title"].ru == "у работы должно быть название по-английски"  # type: ignore[attr-defined]
    unitless = refused(validate_work, {"id": "w", "title": "W", "height": 10})
    assert unitless["dimension_unit"].ru == "укажите единицу размеров"  # type: ignore[attr-defined]


@pytest.mark.parametrize(("table", "record", "field", "ru"), [
    ("people", {"id": "", "name": ""}, "name", "имя не может быть пустым"),
    ("missions", {"id": "m", "name": "M", "status": "lost"}, "status",
     "выберите одно из: flown, cancelled, reassigned, replaced"),
    ("sources", {"id": "s", "citation": ""}, "citation",
     "ссылка на источник не может быть пустой"),
    ("exhibitions", {"id": "BAD", "title": "E"}, "id", None),
])
def test_every_problem_of_a_simple_record_has_its_russian(table: str, record: dict[str, Any],
                                                          field: str, ru: str | None) -> None:
    found = refused(validate_simple, table, record)
    assert all(isinstance(v, Problem) for v in found.values()), found
    if ru is not None:
        assert found[field].ru == ru  # type: ignore[attr-defined]


def test_a_playlists_run_is_said_in_russian_too() -> None:
    found = schedule_problems({"runs_from": "2026-05-01", "runs_until": "2026-04-01",
                               "closed_days": ["someday"]})
    assert all(isinstance(v, Problem) for v in found.values())
    assert found["runs_until"].ru.startswith("показ кончается")  # type: ignore[attr-defined]
