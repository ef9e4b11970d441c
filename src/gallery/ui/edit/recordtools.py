"""Qt-free helpers for editing records: the comparable form, live checks, readable values.

`comparable()` reduces a record to what a save actually stores (link ids, normalised events,
no display names or bookkeeping), so "did this field change?" and "do theirs and mine differ?"
are answered the same way everywhere: the form, the conflict dialog, the drafts.
"""

from __future__ import annotations

import copy
import re
import unicodedata
from typing import Any

from PySide6.QtCore import QCoreApplication

from ...catalog.bilingual import pick
from ...catalog.dates import DateNotUnderstood, parse_date
from ...catalog.errors import InvalidRecord
from ...catalog.history_report import when_text
from ...catalog.problems import Problem
from ...catalog.provenance import transfers_for
from ...catalog.records import (
    DERIVED_COLUMNS,
    EVENT_COLUMNS,
    JSON_COLUMNS,
    TABLE_COLUMNS,
    TITLE_COLUMN,
    validate_simple,
    validate_work,
)
from ..i18n import current_language

EDITABLE_TABLES = ("works", "people", "missions", "exhibitions", "sources", "agents")
# The nested lists a save stores for each table, and the keys that matter inside each.
LINK_KEYS: dict[str, dict[str, tuple[str, ...] | None]] = {
    "works": {"people": ("person_id", "role", "certainty", "role_note", "role_note_ru"),
              "missions": ("mission_id", "link", "qualifier", "qualifier_ru"),
              "exhibitions": ("exhibition_id", "relation"), "sources": None,
              "holder_sources": None, "provenance": (*EVENT_COLUMNS, "sources")},
    "missions": {"crew": ("person_id", "role", "role_note", "role_note_ru"), "sources": None},
    "people": {"sources": None},
    "exhibitions": {"sources": None},
    "sources": {},
    "agents": {},
}
# Event columns the store generates from the range (the typed phrase stays comparable).
_EVENT_GENERATED = ("date_display_ru", "date_edtf")
BOOKKEEPING = {"version", "updated_at", "created_at", "deleted_at"}
# Fields the store derives or the image import owns; never typed, shown read-only.
NOT_TYPED = DERIVED_COLUMNS | {"image_path", "image_sha256", "image_width", "image_height",
                               "image_format", "image_bytes", "image_is_standin",
                               "image_imported_at", "image_imported_by"}


def _event(event: dict[str, Any]) -> dict[str, Any]:
    out = {c: event.get(c) for c in EVENT_COLUMNS if c not in _EVENT_GENERATED}
    out["date_qualifier"] = out["date_qualifier"] or "exact"
    out["certainty"] = out["certainty"] or "unknown"
    out["transfers"] = out["transfers"] or transfers_for(out["kind"] or "")
    out["direct"] = bool(out["direct"])
    out["sources"] = list(event.get("sources") or [])
    out["event_id"] = event.get("event_id")  # kept through saves: outside links cite it
    for key in ("date_display", "party", "holder", "place", "note", "note_ru", "place_ru",
                "party_note", "party_note_ru", "date_note", "date_note_ru"):
        out[key] = _text(out[key])
    return out


def _text(value: Any) -> Any:
    if isinstance(value, str):
        return value if value.strip() else None
    return value


def comparable(table: str, record: dict[str, Any]) -> dict[str, Any]:
    """The stored content of a record: what a save writes, in a canonical shape."""
    out: dict[str, Any] = {}
    for column in TABLE_COLUMNS[table]:
        if column in BOOKKEEPING or column in DERIVED_COLUMNS:
            continue
        value = record.get(column)
        if column in JSON_COLUMNS and column != "query":
            value = list(value or [])
        out[column] = _text(value)
    if table == "works":
        out["image_is_standin"] = bool(record.get("image_is_standin", True))
        out["date_certainty"] = out.get("date_certainty") or "unknown"
        out["confidence"] = out.get("confidence") or "low"
    for key, fields in LINK_KEYS.get(table, {}).items():
        items = record.get(key) or []
        if key == "provenance":
            out[key] = [_event(e) for e in items]
        elif fields is None:
            out[key] = list(dict.fromkeys(items))
        else:
            out[key] = [{f: _text(item.get(f)) for f in fields} for item in items]
    if table == "works":
        for link in out["exhibitions"]:
            link["relation"] = link["relation"] or "shown"
    return out


def content_fields(table: str) -> list[str]:
    return [c for c in TABLE_COLUMNS[table] if c not in BOOKKEEPING and c not in DERIVED_COLUMNS
            ] + list(LINK_KEYS.get(table, {}))


def changed_fields(table: str, before: dict[str, Any], after: dict[str, Any]) -> list[str]:
    """Top-level fields whose stored content differs between two records."""
    a, b = comparable(table, before), comparable(table, after)
    return [f for f in content_fields(table) if a.get(f) != b.get(f)]


def problems(table: str, record: dict[str, Any]) -> dict[str, str]:
    """What a save would refuse, plus the checks the form makes live; {field: message}."""
    found: dict[str, str] = {}
    try:
        if table == "works":
            validate_work(record)
        else:
            validate_simple(table, record)
    except InvalidRecord as error:
        found.update(error.problems)
    for field in ("date_start", "date_end", "born_date", "died_date"):
        value = record.get(field)
        if table != "works" and value and field in TABLE_COLUMNS[table] and not re.fullmatch(
                r"\d{4}(-\d{2}(-\d{2})?)?", str(value)):
            found[field] = Problem("write the date as YYYY, YYYY-MM or YYYY-MM-DD",
                                   "запишите дату как ГГГГ, ГГГГ-ММ или ГГГГ-ММ-ДД")
    return found


AGENT_RULE = Problem("choose an agent or a person from the list, or make one with New agent…",
                     "выберите организацию или человека из списка или создайте новую запись "
                     "(Новый агент…)")


def unnamed_agents(table: str, record: dict[str, Any], base: dict[str, Any] | None,
                   known: set[str]) -> dict[str, str]:
    """Parties, holders and venues typed in this session as text that names no agent or
    person (text already stored, from before v5, is left as it is)."""
    base = base or {}
    found: dict[str, str] = {}
    if table == "works":
        stored = {e.get(k) for e in base.get("provenance") or [] for k in ("party", "holder")}
        for i, event in enumerate(record.get("provenance") or []):
            for key in ("party", "holder"):
                value = event.get(key)
                if value and value not in known and value not in stored:
                    found[f"provenance[{i}].{key}"] = AGENT_RULE
    elif table == "exhibitions":
        venue = record.get("venue")
        if venue and venue not in known and venue != base.get("venue"):
            found["venue"] = AGENT_RULE
    return found


def date_suggestion(text: str | None) -> tuple[str | None, str | None, str] | None:
    """(earliest, latest, certainty) that a typed display date stands for, or None."""
    if not (text or "").strip():
        return None
    try:
        parsed = parse_date(text)
    except (DateNotUnderstood, ValueError):
        return None
    if not (parsed.earliest or parsed.latest):
        return None
    return parsed.earliest, parsed.latest, parsed.certainty


def slug(text: str, suffix: str = "") -> str:
    """A record id from a title: 'Near the Moon', '1967' → near-the-moon-1967."""
    from ...catalog.textfold import fold

    folded = fold(f"{text} {suffix}") if text else suffix
    ascii_text = unicodedata.normalize("NFKD", folded).encode("ascii", "ignore").decode()
    words = re.findall(r"[a-z0-9]+", ascii_text.lower())
    return "-".join(words)[:80].strip("-")


def suggested_id(table: str, record: dict[str, Any]) -> str:
    """The id a new record gets when its identifier is left empty: from its title or name
    (the Russian one, transliterated, when it has only that), a work's with its year."""
    column = TITLE_COLUMN[table]
    text = str(record.get(column) or record.get(f"{column}_ru") or "")
    year = (record.get("date_earliest") or record.get("date_start") or "")[:4]
    return slug(text, year if table == "works" else "")


def deep(value: Any) -> Any:
    return copy.deepcopy(value)


def describe(value: Any, names: dict[str, str] | None = None,
             codes: dict[str, str] | None = None) -> str:
    """A value as one readable line for history and conflicts ('—' for empty); `codes` says
    stored codes (made_during, gift, probable) in words."""
    names = dict(names or {})
    names.update({f"code:{k}": v for k, v in (codes or {}).items()})
    if value is None or value == "" or value == []:
        return "—"
    if isinstance(value, bool):  # in the interface language (a Russian history said "yes")
        return (QCoreApplication.translate("RecordTools", "yes") if value
                else QCoreApplication.translate("RecordTools", "no"))
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, list):
        return "; ".join(_describe_item(v, names) for v in value)
    if isinstance(value, dict):
        return _describe_item(value, names)
    return str(value)


def _word(code: Any, names: dict[str, str]) -> str:
    """A stored code in words: its label when known, never with underscores."""
    text = str(code)
    return names.get(f"code:{text}") or text.replace("_", " ")


def _describe_item(item: Any, names: dict[str, str]) -> str:
    if not isinstance(item, dict):
        return names.get(str(item), str(item))
    if "kind" in item and "certainty" in item:  # a provenance event
        who = item.get("holder") or item.get("party") or ""
        # the date as the reader's language writes it (the Russian display text in Russian)
        date = pick(item, "date_display", current_language())
        parts = [date or "—", _word(item.get("kind") or "?", names)]
        if who:
            parts.append(names.get(who, who))
        if item.get("certainty") not in (None, "certain"):
            parts.append(f"({_word(item['certainty'], names)})")
        return " ".join(parts)
    for key in ("person_id", "mission_id", "exhibition_id", "work_id"):
        if key in item:
            label = names.get(item[key], item[key])
            extra = [str(v) if k == "qualifier" else _word(v, names)
                     for k, v in item.items() if k != key and v and k in
                     ("role", "link", "qualifier", "relation")]
            return f"{label} ({', '.join(extra)})" if extra else label
    if "key" in item and "value" in item:
        return f"{item['key']}: {item['value']}"
    return ", ".join(f"{k}: {v}" for k, v in item.items() if v not in (None, "", []))


def readable_time(at: str | None) -> str:
    """'2025-11-25T09:01:07Z' as the reader reads a time: their zone, the month in the
    interface language — `gallery history`'s own wording (history_report.when_text)."""
    return when_text(at, current_language()) if at else "—"


def counted(n: int, one: str, many: str) -> str:
    return f"no {many}" if n == 0 else f"1 {one}" if n == 1 else f"{n} {many}"
