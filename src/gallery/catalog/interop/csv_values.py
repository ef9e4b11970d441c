"""Cell values of the CSV import: which columns are editable, parsing, and comparison."""

from __future__ import annotations

from typing import Any

from ..csv_cells import Guarded
from ..export import join_multi, split_multi

_TEXT = (
    "title", "title_ru", "work_type", "date_display", "date_earliest", "date_latest",
    "date_certainty", "date_note", "medium", "support", "dimension_unit", "dimensions_note",
    "inscriptions", "where_made", "description", "description_ru", "series", "credit_line",
    "rights", "alt_text", "alt_text_ru", "confidence", "confidence_note",
)  # fmt: skip
_NUMBERS = ("height", "width", "depth")
_LISTS = ("subjects", "other_titles", "catalogue_numbers", "facts")
SCALARS: dict[str, str] = {**dict.fromkeys(_TEXT, "text"), **dict.fromkeys(_NUMBERS, "number"),
                           **dict.fromkeys(_LISTS, "list")}

# Columns the import never writes, with the CSV form a new work would have.
READ_ONLY: dict[str, str] = {
    "current_holder": "", "holder_certainty": "unknown", "category": "", "image_path": "",
    "image_sha256": "", "image_width": "", "image_height": "", "image_format": "",
    "image_bytes": "", "image_is_standin": "True", "image_note": "", "image_imported_at": "",
    "image_imported_by": "", "created_at": "", "updated_at": "", "deleted_at": "",
    "version": "",
}  # fmt: skip
READ_ONLY_WHY = {
    column: ("it is derived from the provenance events; edit those in the app"
             if column in ("current_holder", "holder_certainty", "category")
             else "images are set with `gallery import-image`" if column.startswith("image_")
             else "the catalog keeps it itself")
    for column in READ_ONLY
}


def parse_cell(column: str, raw: str) -> Any:
    """The value a cell stands for; ValueError (naming the column) when it cannot be read."""
    kind = SCALARS[column]
    if isinstance(raw, Guarded) and kind != "number":  # the export's exact text: no trimming
        if kind == "list":
            return split_multi(str(raw), strip=False)
        return str(raw)
    text = raw.strip()
    if kind == "list":
        return split_multi(text)
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
        return join_multi(value)
    return str(value)


def _key(value: Any) -> Any:
    if value in (None, "", []):
        return None
    if isinstance(value, int | float) and not isinstance(value, bool):
        return float(value)
    if isinstance(value, list) and value and isinstance(value[0], dict):
        return [(v.get("person_id") or v.get("mission_id"), v.get("role") or v.get("link"),
                 v.get("qualifier")) for v in value]
    return value


def same(before: Any, after: Any) -> bool:
    """Equal as the catalog means it: blank and missing agree, 30 equals 30.0."""
    return _key(before) == _key(after)
