"""Bilingual parity: flag the Russian (or English) text that may lag behind its pair.

Design (no schema change): the history already says when each field last changed. For a pair
such as title/title_ru, the side changed *earlier* than the other is "possibly stale" — someone
edited one language and may not have updated the other. A curator who checks it clicks
Confirm; that is recorded as its own row in the same append-only audit trail (`history`, under
the table name "parity", record "works/<id>"), with who, when and both values, so it is
shared by every curator, goes into backups and exports, and counts as "touching" both sides
(they agree as of then). Ordering uses history row ids, not clock strings, so two edits in the
same second still order correctly. Edits made in this session (unsaved) count as newest.
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from typing import Any

from . import history

PARITY_TABLE = "parity"
# Every text stored once per language (`field` English, `field_ru` Russian).
_WORK_TEXTS = ("title", "description", "alt_text", "date_note", "where_made", "series",
               "dimensions_note", "inscriptions", "confidence_note", "holder_note",
               "medium_note", "support_note", "work_type_note", "face_value", "rights",
               "image_note", "credit_line", "subjects", "catalogue_numbers")
_TEXTS: dict[str, tuple[str, ...]] = {
    "works": _WORK_TEXTS,
    "missions": ("name", "program", "leonov_role", "summary", "date_note"),
    "people": ("name", "bio", "born_place", "died_place"),
    "exhibitions": ("title", "city", "description", "date_note"),
    "agents": ("name", "place"),
    "sources": ("consulted",),
}
PAIRS: dict[str, tuple[tuple[str, str], ...]] = {
    table: tuple((field, f"{field}_ru") for field in fields)
    for table, fields in _TEXTS.items()}


def _subject(table: str, record_id: str) -> str:
    return f"{table}/{record_id}"


def last_touched(catalog: Any, table: str, record_id: str) -> dict[str, int]:
    """For each field, the history row id of its last change or confirmation."""
    touched: dict[str, int] = {}
    for entry in catalog.history(record_id, table=table):
        for change in entry["changes"]:
            touched[change["field"]] = entry["id"]
    # A confirmation says both sides agree as of that moment: it touches both.
    for entry in catalog.history(_subject(table, record_id), table=PARITY_TABLE):
        after = entry["after"] or {}
        for field in (after.get("field"), after.get("against")):
            if field:
                touched[field] = max(touched.get(field, 0), entry["id"])
    return touched


def confirmations(catalog: Any, table: str, record_id: str) -> list[dict[str, Any]]:
    """The recorded confirmations of one record, oldest first: {field, against, who, at}."""
    return [{**(e["after"] or {}), "who": e["who"], "at": e["at"]}
            for e in catalog.history(_subject(table, record_id), table=PARITY_TABLE)]


def _filled(value: Any) -> bool:
    if isinstance(value, list):  # subjects, catalogue numbers: one item per row
        return any(str(item or "").strip() for item in value)
    return bool(str(value or "").strip())


def stale_fields(table: str, record: dict[str, Any], touched: dict[str, int],
                 edited: Iterable[str] = ()) -> dict[str, str]:
    """{possibly stale field: the field edited after it}; only where both sides have text."""
    edited = set(edited)
    stale: dict[str, str] = {}
    for a, b in PAIRS.get(table, ()):
        if not (_filled(record.get(a)) and _filled(record.get(b))):
            continue
        when = {f: math.inf if f in edited else touched.get(f, 0) for f in (a, b)}
        if when[a] > when[b]:
            stale[b] = a
        elif when[b] > when[a]:
            stale[a] = b
    return stale


def confirm(catalog: Any, table: str, record_id: str, field: str,
            record: dict[str, Any]) -> None:
    """Record that `field` was checked against its pair as they stand in `record`."""
    pair = next((p for p in PAIRS.get(table, ()) if field in p), None)
    if pair is None:
        raise ValueError(f"{table}.{field} has no other-language pair")
    against = pair[1] if field == pair[0] else pair[0]
    after = {"field": field, "against": against, "value": record.get(field),
             "against_value": record.get(against)}
    with catalog.write() as con:
        history.record(con, change_id=catalog.new_change_id(), at=catalog.now(),
                       who=catalog.who, table=PARITY_TABLE,
                       record_id=_subject(table, record_id), action="create", before=None,
                       after=after)
