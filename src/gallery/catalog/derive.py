"""Values the store writes itself on every save: dates and labels per language.

A record's display date, its medium and support lines and its holder's name are generated
from the structure (range + qualifier, term ids + note, agent id) in English and in Russian,
so that what a visitor reads can never drift from what the catalog states.
"""

from __future__ import annotations

import sqlite3
from typing import Any

from .date_text import date_text, edtf_text
from .dates import DateNotUnderstood, parse_date


def read_typed_date(row: dict[str, Any], start: str, end: str) -> None:
    """A typed date phrase with no range (an import, an old client) becomes the range; a
    phrase that is no date is kept as the date note, never lost."""
    typed = str(row.get("date_display") or "").strip()
    if not typed or row.get(start) or row.get(end):
        return
    if typed in (date_text(None, None, "unknown", None, "en"),
                 date_text(None, None, "unknown", None, "ru")):
        return  # the text the store itself writes for no date: a record read and saved back
    try:
        parsed = parse_date(typed)
    except DateNotUnderstood:
        parsed = None
    if parsed is None or not (parsed.earliest or parsed.latest):
        if not row.get("date_note"):
            row["date_note"] = typed
        return
    row[start], row[end] = parsed.earliest, parsed.latest
    if parsed.edtf.endswith("~"):
        row["date_qualifier"] = "circa"
    elif parsed.edtf.startswith("../"):
        row["date_qualifier"] = "before"
    elif parsed.edtf.endswith("/.."):
        row["date_qualifier"] = "after"
    generated = date_text(whole_day(row[start], False), whole_day(row[end], True),
                          row.get("date_qualifier") or "exact", None, "en")
    if typed != generated and not row.get("date_note"):
        row["date_note"] = typed  # what the phrase said beyond the range


def dates(row: dict[str, Any], start: str, end: str, certainty: str | None) -> dict[str, str]:
    """date_display / date_display_ru / date_edtf for a row's range and qualifier."""
    qualifier = row.get("date_qualifier") or "exact"
    first, last = whole_day(row.get(start), False), whole_day(row.get(end), True)
    return {
        "date_display": date_text(first, last, qualifier, certainty, "en"),
        "date_display_ru": date_text(first, last, qualifier, certainty, "ru"),
        "date_edtf": edtf_text(first, last, qualifier, certainty),
    }


def whole_day(day: Any, is_end: bool) -> str | None:
    """YYYY or YYYY-MM as a day at the right edge of that year or month."""
    import calendar

    text = str(day or "")
    if not text:
        return None
    parts = text.split("-")
    if len(parts) == 1:
        return f"{text}-12-31" if is_end else f"{text}-01-01"
    if len(parts) == 2:
        last = calendar.monthrange(int(parts[0]), int(parts[1]))[1]
        return f"{text}-{last:02d}" if is_end else f"{text}-01"
    return text


def term_labels(con: sqlite3.Connection, ids: list[str]) -> tuple[list[str], list[str]]:
    """English and Russian labels of terms, in order (an unknown id stands for itself)."""
    en, ru = [], []
    for term_id in ids:
        row = con.execute("SELECT label, label_ru FROM terms WHERE id = ?",
                          (term_id,)).fetchone()
        en.append(row[0] if row else term_id)
        ru.append((row[1] or row[0]) if row else term_id)
    return en, ru


def labelled(con: sqlite3.Connection, ids: list[str], note: str | None,
             note_ru: str | None) -> tuple[str | None, str | None]:
    """'coloured pencil (Soviet "Taktika" brand)' in each language; None when empty."""
    en, ru = term_labels(con, ids)

    def join(labels: list[str], extra: str | None) -> str | None:
        text = ", ".join(labels)
        if extra and text:
            return f"{text} ({extra})"
        return text or extra or None

    return join(en, note), join(ru, note_ru or note)


def agents_names(con: sqlite3.Connection, agent_ids: set[str]
                 ) -> dict[str, tuple[str, str]]:
    """agent_names of many agents at once: one question per table, not one per agent."""
    found: dict[str, tuple[str, str]] = {}
    for table in ("people", "agents"):
        wanted = sorted(agent_ids - set(found))
        if not wanted:
            break
        rows = con.execute(f"SELECT id, name, name_ru FROM {table} WHERE id IN "
                           f"({', '.join('?' * len(wanted))})", wanted).fetchall()
        found.update({r[0]: (r[1], r[2] or r[1]) for r in rows})
    return {agent_id: found.get(agent_id, (agent_id, agent_id)) for agent_id in agent_ids}


def agent_names(con: sqlite3.Connection, agent_id: str | None) -> tuple[str | None, str | None]:
    """An agent's or person's name in each language; free text (old data) stands for itself."""
    if not agent_id:
        return None, None
    for table in ("people", "agents"):
        row = con.execute(f"SELECT name, name_ru FROM {table} WHERE id = ?",
                          (agent_id,)).fetchone()
        if row:
            return row[0], row[1] or row[0]
    return agent_id, agent_id
