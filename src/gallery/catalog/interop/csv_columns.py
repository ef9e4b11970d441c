"""The columns of the works CSV (schema v5) and how a stored record becomes its cells.

Each visitor text has its English column and its `_ru` twin; a term or an agent is given by
its id (what the import reads) beside the generated label in each language (read-only, so a
spreadsheet user sees what the ids say). Lists are one cell each, items joined by " | ".
"""

from __future__ import annotations

import re
from typing import Any

from ..csv_cells import join_multi

CSV_FIELDS = (
    "id", "title", "title_ru", "title_status", "title_ru_status", "other_titles",
    "work_type", "work_type_note", "work_type_note_ru",
    "date_display", "date_display_ru", "date_edtf", "date_earliest", "date_latest",
    "date_qualifier", "date_certainty", "date_note", "date_note_ru",
    "medium", "medium_ru", "medium_terms", "medium_note", "medium_note_ru",
    "support", "support_ru", "support_terms", "support_note", "support_note_ru",
    "height", "width", "depth", "dimension_unit", "dimensions_note", "dimensions_note_ru",
    "inscriptions", "inscriptions_ru", "where_made", "where_made_ru", "series", "series_ru",
    "subjects", "subjects_ru", "catalogue_numbers", "catalogue_numbers_ru",
    "current_holder_id", "current_holder", "current_holder_ru", "holder_certainty",
    "holder_note", "holder_note_ru", "credit_line", "credit_line_ru", "rights", "rights_ru",
    "face_value", "face_value_ru", "confidence", "confidence_note", "confidence_note_ru",
    "missions", "people", "image_path", "image_is_standin", "image_note", "image_note_ru",
    "description", "description_ru", "alt_text", "alt_text_ru",
)  # fmt: skip

# An other title as one list item: "lang:status:text" ("en:published:First picture …"); the
# language is a BCP 47 tag ("ru-Latn": a Russian title in Latin letters).
_TITLE_ITEM = re.compile(r"^([a-z]{2,3}(?:-[A-Za-z0-9]{1,8})*):([a-z_]*):(.*)$", re.S)
_CYRILLIC = re.compile(r"[А-Яа-яЁё]")


def title_item(title: Any) -> str:
    if not isinstance(title, dict):  # an older record's plain string
        return str(title)
    return f"{title.get('lang') or ''}:{title.get('status') or ''}:{title.get('text') or ''}"


def parse_title_item(item: str) -> dict[str, Any]:
    """{text, lang, status} from a cell item; a bare text gets its language from its script."""
    match = _TITLE_ITEM.match(item)
    if match:
        return {"text": match[3], "lang": match[1], "status": match[2] or None}
    return {"text": item, "lang": "ru" if _CYRILLIC.search(item) else "en", "status": None}


def row_cells(record: dict[str, Any]) -> dict[str, Any]:
    """{column: cell value} for a work as `linked.load_work` returns it (lists joined)."""
    out: dict[str, Any] = {}
    for field in CSV_FIELDS:
        value = record.get(field)
        if field == "other_titles":
            value = [title_item(t) for t in value or []]
        elif field == "missions":
            value = [f"{m['mission_id']}:{m['link']}" for m in value or []]
        elif field == "people":
            value = [f"{p['person_id']}:{p['role']}" for p in value or []]
        out[field] = join_multi(value) if isinstance(value, list) else value
    return out
