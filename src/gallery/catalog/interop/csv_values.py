"""Cell values of the CSV import: which columns are editable, parsing, and comparison."""

from __future__ import annotations

from typing import Any

from ..csv_cells import Guarded, join_multi, split_multi
from .csv_columns import parse_title_item, title_item

_TEXT = (
    "title", "title_ru", "title_status", "title_ru_status", "work_type", "work_type_note",
    "work_type_note_ru", "date_display", "date_earliest", "date_latest", "date_qualifier",
    "date_certainty", "date_note", "date_note_ru", "medium_note", "medium_note_ru",
    "support_note", "support_note_ru", "dimension_unit", "dimensions_note",
    "dimensions_note_ru", "inscriptions", "inscriptions_ru", "where_made", "where_made_ru",
    "description", "description_ru", "series", "series_ru", "credit_line", "credit_line_ru",
    "rights", "rights_ru", "face_value", "face_value_ru", "holder_note", "holder_note_ru",
    "alt_text", "alt_text_ru", "confidence", "confidence_note", "confidence_note_ru",
)  # fmt: skip
_NUMBERS = ("height", "width", "depth")
_LISTS = ("subjects", "subjects_ru", "catalogue_numbers", "catalogue_numbers_ru", "facts",
          "medium_terms", "support_terms")
# The generated medium/support line: typing over it makes the text the note (as in the app).
_TYPED = ("medium", "support")
SCALARS: dict[str, str] = {**dict.fromkeys(_TEXT, "text"), **dict.fromkeys(_NUMBERS, "number"),
                           **dict.fromkeys(_LISTS, "list"), **dict.fromkeys(_TYPED, "typed"),
                           "other_titles": "titles"}

# Columns the import never writes, with the CSV form a new work would have.
READ_ONLY: dict[str, str] = {
    "current_holder": "", "holder_certainty": "unknown", "category": "", "image_path": "",
    "image_sha256": "", "image_width": "", "image_height": "", "image_format": "",
    "image_bytes": "", "image_is_standin": "True", "image_note": "", "image_imported_at": "",
    "image_imported_by": "", "image_note_ru": "", "created_at": "", "updated_at": "",
    "deleted_at": "", "version": "", "current_holder_id": "", "current_holder_ru": "",
    "date_display_ru": "", "date_edtf": "", "medium_ru": "", "support_ru": "",
}  # fmt: skip
READ_ONLY_WHY = {
    column: ("it is derived from the provenance events; edit those in the app"
             if column.startswith(("current_holder", "holder_certainty", "category"))
             else "images are set with `gallery import-image`" if column.startswith("image_")
             else "it is generated from the other date columns" if column.startswith("date_")
             else "it is generated from the term ids and the note" if column.endswith("_ru")
             else "the catalog keeps it itself")
    for column in READ_ONLY
}


def parse_cell(column: str, raw: str) -> Any:
    """The value a cell stands for; ValueError (naming the column) when it cannot be read."""
    kind = SCALARS[column]
    if isinstance(raw, Guarded) and kind != "number":  # the export's exact text: no trimming
        if kind in ("list", "titles"):
            items = split_multi(str(raw), strip=False)
            return [parse_title_item(i) for i in items] if kind == "titles" else items
        return str(raw)
    text = raw.strip()
    if kind == "list":
        return split_multi(text)
    if kind == "titles":
        return [parse_title_item(i) for i in split_multi(text)]
    if not text:
        return None
    if kind == "number":
        try:
            return float(text.replace(",", ".")) if "," in text and "." not in text \
                else float(text)
        except ValueError:
            raise ValueError(f"{column}: {text!r} is not a number") from None
    return text


def csv_form(value: Any) -> str:
    """A stored value written the way `gallery export --format csv` writes it."""
    if value is None:
        return ""
    if isinstance(value, list):
        return join_multi([title_item(v) if isinstance(v, dict) else v for v in value])
    return str(value)


def _key(value: Any) -> Any:
    if value in (None, "", []):
        return None
    if isinstance(value, int | float) and not isinstance(value, bool):
        return float(value)
    if isinstance(value, list) and value and isinstance(value[0], dict) and "text" in value[0]:
        return [(v.get("text"), v.get("lang"), v.get("status") or None) for v in value]
    if isinstance(value, list) and value and isinstance(value[0], dict):
        return [(v.get("person_id") or v.get("mission_id"), v.get("role") or v.get("link"),
                 v.get("qualifier")) for v in value]
    return value


def same(before: Any, after: Any) -> bool:
    """Equal as the catalog means it: blank and missing agree, 30 equals 30.0."""
    return _key(before) == _key(after)
