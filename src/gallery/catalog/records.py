"""Record shapes: which columns each table has, JSON-list columns, and validation.

A record is a plain dict: the row's columns plus nested lists for what is linked to it
(people, missions, provenance events, sources …). `get()` adds readable names to the links;
`save()` reads only the ids, so a record fetched, edited and saved round-trips.
"""

from __future__ import annotations

import re
from typing import Any

from .dates import CERTAINTIES, day_problem
from .errors import InvalidRecord
from .names import ID_RULE, IMAGE_PATH_RULE, is_safe_image_path, is_valid_id
from .problems import Problem
from .provenance import EVENT_KINDS
from .source_rules import source_problems
from .spans import span_problems
from .text_chars import text_problems

WORK_COLUMNS = (
    "id", "title", "title_ru", "other_titles", "work_type", "category", "date_display",
    "date_earliest", "date_latest", "date_certainty", "date_note", "medium", "support",
    "height", "width", "depth", "dimension_unit", "dimensions_note", "inscriptions",
    "where_made", "description", "description_ru", "subjects", "series", "catalogue_numbers",
    "credit_line", "rights", "facts", "current_holder", "holder_certainty", "image_path",
    "image_sha256", "image_width", "image_height", "image_format", "image_bytes",
    "image_is_standin", "image_note", "image_imported_at", "image_imported_by", "alt_text",
    "alt_text_ru", "confidence", "confidence_note", "created_at", "updated_at", "deleted_at",
    "version",
    # v5: the bilingual model (schema_v5.py)
    "title_status", "title_ru_status", "date_qualifier", "date_display_ru", "date_note_ru",
    "date_edtf", "work_type_note", "work_type_note_ru", "medium_terms", "medium_note",
    "medium_note_ru", "medium_ru", "support_terms", "support_note", "support_note_ru",
    "support_ru", "dimensions_note_ru", "inscriptions_ru", "where_made_ru", "series_ru",
    "subjects_ru", "credit_line_ru", "rights_ru", "image_note_ru", "confidence_note_ru",
    "holder_note", "holder_note_ru", "current_holder_ru", "current_holder_id",
    "catalogue_numbers_ru", "face_value", "face_value_ru", "record_kind",
)  # fmt: skip
EVENT_COLUMNS = (
    "date_display", "date_earliest", "date_latest", "certainty", "kind", "party", "holder",
    "transfers", "direct", "place", "note", "note_ru", "place_ru", "party_note", "party_note_ru",
    "date_qualifier", "date_note", "date_note_ru", "date_display_ru", "date_edtf",
)  # fmt: skip
TABLE_COLUMNS: dict[str, tuple[str, ...]] = {
    "works": WORK_COLUMNS,
    "people": ("id", "name", "name_ru", "born_date", "born_place", "died_date", "died_place",
               "roles", "facts", "bio", "bio_ru", "notes", "created_at", "updated_at",
               "version", "name_status", "name_ru_status", "born_place_ru", "died_place_ru"),
    "missions": ("id", "name", "name_ru", "program", "date_display", "date_start", "date_end",
                 "date_certainty", "leonov_role", "status", "key_facts", "facts", "summary",
                 "summary_ru", "notes", "created_at", "updated_at", "version", "name_status",
                 "name_ru_status", "program_ru", "leonov_role_ru", "date_qualifier",
                 "date_note", "date_note_ru", "date_display_ru", "date_edtf"),
    "exhibitions": ("id", "title", "title_ru", "venue", "city", "date_display", "date_start",
                    "date_end", "date_certainty", "status", "facts", "description",
                    "description_ru", "notes", "created_at", "updated_at", "version",
                    "title_status", "title_ru_status", "city_ru", "date_qualifier", "date_note",
                    "date_note_ru", "date_display_ru", "date_edtf"),
    "sources": ("id", "citation", "url", "kind", "reliability", "retrieved", "supports",
                "notes", "created_at", "updated_at", "version", "consulted", "consulted_ru"),
    "playlists": ("id", "name", "kind", "query", "windows", "default_duration_s",
                  "created_at", "updated_at", "version", "runs_from", "runs_until",
                  "closed_days"),
    "agents": ("id", "kind", "name", "name_ru", "name_status", "name_ru_status", "place",
               "place_ru", "wikidata", "ulan", "viaf", "notes", "created_at", "updated_at",
               "version"),
}  # fmt: skip
JSON_COLUMNS = {
    "other_titles", "subjects", "catalogue_numbers", "facts", "roles", "key_facts",
    "supports", "windows", "query", "medium_terms", "support_terms", "subjects_ru",
    "catalogue_numbers_ru", "closed_days",
}
# Columns the store computes; what a caller sends for them is ignored.
DERIVED_COLUMNS = {"category", "current_holder", "holder_certainty", "created_at", "updated_at",
                   "deleted_at", "version", "current_holder_ru", "current_holder_id",
                   "date_display_ru", "date_edtf", "medium", "medium_ru", "support",
                   "support_ru"}
# Defaults for NOT NULL columns when a caller leaves them out.
COLUMN_DEFAULTS: dict[str, dict[str, Any]] = {
    "missions": {"status": "flown"},
    "playlists": {"kind": "list"},
    "agents": {"kind": "organisation"},
}
TITLE_COLUMN = {"works": "title", "people": "name", "missions": "name",
                "exhibitions": "title", "sources": "citation", "playlists": "name",
                "agents": "name"}

MISSION_LINKS = ("made_during", "depicts", "commemorates", "inspired_by")
WORK_RELATIONS = ("part_of", "may_be_same_as")
RECORD_KINDS = ("work", "set", "group")
DIMENSION_UNITS = ("cm", "mm", "in", "m")
CONFIDENCE = ("high", "medium", "low")
MISSION_STATUSES = ("flown", "cancelled", "reassigned", "replaced")

_CATEGORY_WORDS = (
    ("stamp", "stamp"), ("poster", "poster"), ("medal", "medal"), ("lithograph", "print"),
    ("print", "print"), ("card", "card"), ("book", "book"), ("album", "book"),
    ("painting or drawing", "painting or drawing"), ("painting", "painting"),
    ("drawing", "drawing"), ("sketch", "drawing"),
)  # fmt: skip


def category_for(work_type: str | None) -> str:
    """A short facet value from the free-text work type ("drawing (sketch)" → drawing)."""
    text = (work_type or "").lower()
    for word, category in _CATEGORY_WORDS:
        if word in text:
            return category
    return "other"


# Columns holding a day (works and events: always YYYY-MM-DD; the rest may be YYYY or YYYY-MM).
DATE_COLUMNS: dict[str, tuple[str, ...]] = {
    "works": ("date_earliest", "date_latest"),
    "provenance_events": ("date_earliest", "date_latest"),
    "missions": ("date_start", "date_end"), "exhibitions": ("date_start", "date_end"),
    "people": ("born_date", "died_date"), "sources": ("retrieved",),
    "playlists": ("runs_from", "runs_until"),
}


def date_problems(table: str, row: dict[str, Any], prefix: str = "") -> dict[str, str]:
    """{column: why} for each date that is no day of the calendar (1975-02-30), or a pair
    in an impossible order: refused by every way in — a save, a CSV row, a JSON import."""
    found = {}
    for column in DATE_COLUMNS.get(table, ()):
        problem = day_problem(row.get(column), partial=True)
        if problem:
            found[prefix + column] = problem
    if not found:  # a pair in an impossible order (a death before the birth)
        found.update({prefix + c: why for c, why in span_problems(table, row).items()})
    return found


def row_problems(table: str, row: dict[str, Any]) -> dict[str, str]:
    """What refuses a stored row wherever it comes from (a JSON import, a copy): its dates
    and any character no text may hold."""
    found: dict[str, str] = dict(text_problems(row))
    for column, problem in date_problems(table, row).items():
        found.setdefault(column, problem)
    if table == "sources":
        for column, problem in source_problems(row).items():
            found.setdefault(column, problem)
    return found


# The Russian of the rules and messages below (the editor shows a Problem in its language).
ID_RULE_RU = ("используйте строчные латинские буквы, цифры, дефисы и подчёркивания (не "
              "больше 120)")
IMAGE_PATH_RULE_RU = "должен быть относительным путём внутри images/ (без '..', не абсолютным)"
_EMPTY_RU = {"name": "имя не может быть пустым", "title": "название не может быть пустым",
             "citation": "ссылка на источник не может быть пустой"}


def _choose(codes: tuple[str, ...] | list[str]) -> Problem:
    listed = ", ".join(codes)
    return Problem(f"choose one of {listed}", f"выберите одно из: {listed}")


def validate_work(record: dict[str, Any]) -> None:
    """Raise InvalidRecord naming each field that is wrong, in words a curator understands."""
    problems: dict[str, str] = {}
    if not is_valid_id(record.get("id")):
        problems["id"] = Problem(f"{ID_RULE}, e.g. near-the-moon-1967", f"{ID_RULE_RU}, "
                                 "например near-the-moon-1967")
    if record.get("image_path") and not is_safe_image_path(record["image_path"]):
        problems["image_path"] = Problem(IMAGE_PATH_RULE, IMAGE_PATH_RULE_RU)
    if not str(record.get("title") or "").strip():
        problems["title"] = Problem("a work needs an English title",
                                    "у работы должно быть название по-английски")
    early, late = record.get("date_earliest"), record.get("date_latest")
    for field in ("date_earliest", "date_latest"):
        value = record.get(field)
        if value and not re.fullmatch(r"\d{4}-\d{2}-\d{2}", str(value)):
            problems[field] = Problem("write the date as YYYY-MM-DD",
                                      "запишите дату как ГГГГ-ММ-ДД")
    for field, problem in date_problems("works", record).items():
        problems.setdefault(field, problem)
    if early and late and "date_earliest" not in problems and "date_latest" not in problems \
            and str(early) > str(late):
        problems["date_earliest"] = Problem(
            f"the earliest date {early} is after the latest {late}",
            f"самая ранняя дата {early} позже самой поздней {late}")
    if record.get("date_certainty", "unknown") not in CERTAINTIES:
        problems["date_certainty"] = _choose(CERTAINTIES)
    if record.get("confidence", "low") not in CONFIDENCE:
        problems["confidence"] = Problem("choose high, medium or low",
                                         "выберите: высокая, средняя или низкая")
    unit = record.get("dimension_unit")
    if unit and unit not in DIMENSION_UNITS:
        problems["dimension_unit"] = Problem(
            f"unknown unit {unit!r}; use {', '.join(DIMENSION_UNITS)}",
            f"неизвестная единица {unit!r}; используйте {', '.join(DIMENSION_UNITS)}")
    for field in ("height", "width", "depth"):
        value = record.get(field)
        if value is not None and (not isinstance(value, int | float) or value <= 0):
            problems[field] = Problem("a size must be a positive number",
                                      "размер должен быть положительным числом")
    if any(record.get(f) is not None for f in ("height", "width", "depth")) and not unit:
        problems["dimension_unit"] = Problem("give the unit of the dimensions",
                                             "укажите единицу размеров")
    for i, link in enumerate(record.get("missions") or []):
        if link.get("link") not in MISSION_LINKS:
            problems[f"missions[{i}]"] = Problem(
                f"the link must be one of {', '.join(MISSION_LINKS)}",
                f"связь должна быть одной из: {', '.join(MISSION_LINKS)}")
    if record.get("record_kind", "work") not in (*RECORD_KINDS, None):
        problems["record_kind"] = _choose(RECORD_KINDS)
    for i, link in enumerate(record.get("relations") or []):
        if link.get("relation") not in WORK_RELATIONS:
            problems[f"relations[{i}]"] = Problem(
                f"the relation must be one of {', '.join(WORK_RELATIONS)}",
                f"связь должна быть одной из: {', '.join(WORK_RELATIONS)}")
        if link.get("other_id") == record.get("id"):
            problems[f"relations[{i}]"] = Problem("a work cannot be related to itself",
                                                  "работа не может быть связана сама с собой")
    for i, item in enumerate(record.get("literature") or []):
        if not (item.get("book_id") or item.get("source_id")):
            problems[f"literature[{i}]"] = Problem(
                "name the publication (a book record or a source)",
                "укажите издание (запись книги или источник)")
    for i, event in enumerate(record.get("provenance") or []):
        if event.get("kind") not in EVENT_KINDS:
            problems[f"provenance[{i}].kind"] = Problem(
                f"unknown event kind {event.get('kind')!r}",
                f"неизвестный вид события {event.get('kind')!r}")
        if event.get("certainty", "unknown") not in CERTAINTIES:
            problems[f"provenance[{i}].certainty"] = _choose(CERTAINTIES)
        problems.update(date_problems("provenance_events", event, f"provenance[{i}]."))
        e_early, e_late = event.get("date_earliest"), event.get("date_latest")
        if e_early and e_late and str(e_early) > str(e_late):
            problems[f"provenance[{i}].date"] = Problem(
                "the earliest date is after the latest", "самая ранняя дата позже самой поздней")
    for field, problem in text_problems(record).items():
        problems.setdefault(field, problem)
    if problems:
        raise InvalidRecord(problems)


def schedule_problems(record: dict[str, Any]) -> dict[str, str]:
    """A playlist's run: days of the calendar, the first not after the last."""
    problems: dict[str, str] = {}
    first, last = record.get("runs_from"), record.get("runs_until")
    for field in ("runs_from", "runs_until"):
        value = record.get(field)
        if value and not re.fullmatch(r"\d{4}-\d{2}-\d{2}", str(value)):
            problems[field] = Problem("write the day as YYYY-MM-DD",
                                      "запишите день как ГГГГ-ММ-ДД")
    if first and last and "runs_from" not in problems and "runs_until" not in problems \
            and str(first) > str(last):
        problems["runs_until"] = Problem(f"the run ends ({last}) before it starts ({first})",
                                         f"показ кончается ({last}) раньше, чем начинается "
                                         f"({first})")
    for day in record.get("closed_days") or []:
        if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", str(day)) or day_problem(day):
            problems["closed_days"] = Problem(f"{day!r} is not a day; write it as YYYY-MM-DD",
                                              f"{day!r} — не день; запишите как ГГГГ-ММ-ДД")
    return problems


def validate_simple(table: str, record: dict[str, Any]) -> None:
    problems: dict[str, str] = {}
    if not is_valid_id(record.get("id")):
        problems["id"] = Problem(ID_RULE, ID_RULE_RU)
    title = TITLE_COLUMN[table]
    if not str(record.get(title) or "").strip():
        problems[title] = Problem(f"the {title} cannot be empty", _EMPTY_RU[title])
    problems.update(date_problems(table, record))
    if table == "missions" and record.get("status", "flown") not in MISSION_STATUSES:
        problems["status"] = _choose(MISSION_STATUSES)
    if table == "playlists":
        problems.update(schedule_problems(record))
    if table == "sources":
        for field, problem in source_problems(record).items():
            problems.setdefault(field, problem)
    for field, problem in text_problems(record).items():
        problems.setdefault(field, problem)
    if problems:
        raise InvalidRecord(problems)
