"""A record's history for reading without the window: newest first, who, when, what (Qt-free).

`record_history(con, record_id)` returns the changes to one record (in any table), newest
first, each with the per-field and per-item diff of `history_diff` and the linked records'
names filled in. `history_text(entries, lang)` renders them for a terminal in English or
Russian, times in the reader's local time zone with the month named in their language (the
ISO time stays in each entry's `at`). `when_text(at, lang)` is that time alone.
"""

from __future__ import annotations

import json
import sqlite3
import unicodedata
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

from .date_text import _MONTHS_EN, _MONTHS_RU_OF
from .history_diff import Names, diff_record
from .wordcut import head, tail

# Linked-record fields and the table whose name they show.
_RECORD_FIELDS = {
    "person_id": ("people",), "party": ("people", "agents"), "holder": ("people", "agents"),
    "current_holder_id": ("people", "agents"), "mission_id": ("missions",),
    "exhibition_id": ("exhibitions",), "other_id": ("works",), "work_id": ("works",),
    "works": ("works",), "sources": ("sources",), "holder_sources": ("sources",),
    "source_id": ("sources",), "book_id": ("works",), "venue": ("agents",),
}  # fmt: skip
# Code fields and the term scheme that labels them.
_TERM_FIELDS = {
    "role": "role", "link": "link_kind", "kind": "event_kind", "certainty": "certainty",
    "date_certainty": "certainty", "holder_certainty": "certainty", "confidence": "confidence",
    "medium_terms": "medium", "support_terms": "support", "work_type": "work_type",
    "roles": "occupation", "reliability": "reliability", "date_qualifier": "date_qualifier",
    "title_status": "title_status", "title_ru_status": "title_status",
    "name_status": "title_status", "name_ru_status": "title_status",
}  # fmt: skip
_TITLE_COLUMN = {"works": "title", "exhibitions": "title", "sources": "citation"}
# An action's words: English, then Russian agreeing with the record's gender (a work,
# organisation, exhibition is feminine; a person — «человек» —, mission, source, playlist
# masculine).
_ACTIONS = {
    "create": ("created", "создан", "создана"), "update": ("edited", "изменён", "изменена"),
    "delete": ("moved to the trash", "перемещён в корзину", "перемещена в корзину"),
    "restore": ("restored from the trash", "восстановлен из корзины",
                "восстановлена из корзины"),
    "purge": ("deleted for good", "удалён навсегда", "удалена навсегда"),
    "confirm": ("confirmed", "подтверждён", "подтверждена"),
}
_TABLES = {
    "works": ("work", "работа"), "people": ("person", "человек"),
    "agents": ("organisation", "организация"), "missions": ("mission", "полёт"),
    "exhibitions": ("exhibition", "выставка"), "sources": ("source", "источник"),
    "playlists": ("playlist", "плейлист"),
}
_FEMININE = frozenset({"works", "agents", "exhibitions", "trash"})


def action_text(action: str, table: str, lang: str = "en") -> str:
    """What was done to a record of `table`, in `lang`: 'created'; «создан» for a person,
    «создана» for a work."""
    words = _ACTIONS.get(action)
    if words is None:
        return action
    if lang != "ru":
        return words[0]
    return words[2] if table in _FEMININE else words[1]


_WORDS = {
    "en": {"changes": "{n} changes, newest first", "one": "1 change", "fields": "{n} fields",
           "field": "1 field", "yes": "yes", "no": "no",
           "added": "added", "removed": "removed", "moved": "moved", "changed": "changed",
           "and_moved": "changed and moved", "none": "(empty)", "no_history": "no history",
           "before_side": "before:", "after_side": "after: ",
           "utc": "UTC"},
    "ru": {"changes": "Изменений: {n}, сначала новые", "one": "1 изменение",
           "fields": "полей: {n}", "field": "полей: 1", "yes": "да", "no": "нет",
           "added": "добавлено", "removed": "удалено",
           "moved": "перемещено", "changed": "изменено", "and_moved": "изменено и перемещено",
           "none": "(пусто)", "no_history": "истории нет", "utc": "UTC",
           "before_side": "было: ", "after_side": "стало:"},
}  # fmt: skip
# The shipped catalog's build signs each record's first change; readers see it named so.
BUILD_WHO = "catalog build (from shared/catalog-facts)"
_BUILD_NAME = {"en": "catalog build", "ru": "сборка каталога"}
_SOURCE_NAME_LENGTH = 70
RECORD_TABLES = ("works", "people", "agents", "missions", "exhibitions", "sources",
                 "playlists")


def catalog_names(con: sqlite3.Connection) -> Names:
    """A `names(field, value)` lookup over the catalog's records and terms, cached."""
    cache: dict[tuple[str, str], dict[str, str] | None] = {}

    def names(field: str, value: str) -> dict[str, str] | None:
        key = (field, value)
        if key not in cache:
            cache[key] = _look_up(con, field, value)
        return cache[key]

    return names


def _look_up(con: sqlite3.Connection, field: str, value: str) -> dict[str, str] | None:
    for table in _RECORD_FIELDS.get(field, ()):
        column = _TITLE_COLUMN.get(table, "name")
        ru = "NULL" if table == "sources" else f"{column}_ru"
        row = con.execute(f"SELECT {column}, {ru} FROM {table} WHERE id = ?",
                          (value,)).fetchone()
        if row:
            en = _short(str(row[0] or value))
            return {"en": en, "ru": _short(str(row[1] or en))}
    scheme = _TERM_FIELDS.get(field)
    if scheme:
        row = con.execute("SELECT label, label_ru FROM terms WHERE scheme = ? AND code = ?",
                          (scheme, value)).fetchone()
        if row:
            return {"en": row[0], "ru": row[1] or row[0]}
    return None


def _short(text: str) -> str:
    return head(text, _SOURCE_NAME_LENGTH)  # at a whole word


def record_history(con: sqlite3.Connection, record_id: str) -> list[dict[str, Any]]:
    """Every change to the record(s) with this id, newest first, each with its diff."""
    rows = con.execute(
        "SELECT id, change_id, at, who, table_name, action, before, after FROM history "
        f"WHERE table_name IN ({', '.join('?' * len(RECORD_TABLES))}) AND record_id = ? "
        "ORDER BY id DESC", (*RECORD_TABLES, record_id)).fetchall()  # the history_record index
    names = catalog_names(con)
    out = []
    for row in rows:
        before = json.loads(row[6]) if row[6] else None
        after = json.loads(row[7]) if row[7] else None
        out.append({"id": row[0], "change_id": row[1], "at": row[2], "who": row[3],
                    "table": row[4], "record_id": record_id, "action": row[5],
                    "changes": diff_record(before, after, names=names)})
    return out


# -- text ---------------------------------------------------------------------------------------
def when_text(at: str | None, lang: str = "en",
              zone: Callable[[datetime], datetime] | None = None) -> str:
    """'2026-12-07T09:01:07Z' as '7 December 2026, 12:01 MSK' (the reader's time zone;
    `zone` converts, default the machine's), in Russian '7 декабря 2026, 12:01 MSK'."""
    if not at:
        return "—"
    try:
        moment = datetime.strptime(at, "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=UTC)
    except ValueError:
        return at
    local = zone(moment) if zone else moment.astimezone()
    month = (_MONTHS_RU_OF if lang == "ru" else _MONTHS_EN)[local.month - 1]
    return f"{local.day} {month} {local:%Y, %H:%M} {local.tzname() or ''}".rstrip()


def who_text(who: str | None, lang: str = "en") -> str:
    """Who made a change, as a reader sees it: the catalog build in the reader's language."""
    if who == BUILD_WHO:
        return _BUILD_NAME["ru" if lang == "ru" else "en"]
    return who or "—"


def history_text(entries: list[dict[str, Any]], lang: str = "en") -> str:
    """The history as lines for a terminal, in `lang`."""
    words = _WORDS["ru" if lang == "ru" else "en"]
    if not entries:
        return words["no_history"]
    count = words["one"] if len(entries) == 1 else words["changes"].format(n=len(entries))
    lines = [count]
    for entry in entries:
        at = 1 if lang == "ru" else 0
        action = action_text(entry["action"], entry["table"], lang)
        table = _TABLES.get(entry["table"], (entry["table"],) * 2)[at]
        lines.append("")
        who = who_text(entry["who"], lang)
        lines.append(f"{when_text(entry['at'], lang)} · {who} · {action} ({table})")
        if entry["action"] == "create":
            n = len(entry["changes"])
            lines.append("  " + (words["field"] if n == 1 else words["fields"].format(n=n)))
            continue
        for change in entry["changes"]:
            lines.extend(_change_lines(change, lang, words, "  "))
    return "\n".join(lines)


def _change_lines(change: dict[str, Any], lang: str, words: dict[str, str],
                  indent: str) -> list[str]:
    name = change["label"][lang if lang == "ru" else "en"]
    if change["kind"] == "list":
        items = change["items"] or []
        if not items:
            return []  # an empty list that stayed empty (a deleted record's): no heading
        out = [f"{indent}{name}:"]
        for item in items:
            what = words["and_moved"] if item["moved"] and item["change"] == "changed" \
                else words[item["change"]]
            out.append(f"{indent}  {what}: {item['label'][lang if lang == 'ru' else 'en']}")
            for sub in item.get("fields") or []:
                out.extend(_change_lines(sub, lang, words, indent + "    "))
            if item.get("words"):
                out.extend(_sides(item["words"], words, indent + "    "))
        return out
    if change["field"] in MOMENT_FIELDS:
        return [f"{indent}{name}: {_moment(change['before'], lang, words)} → "
                f"{_moment(change['after'], lang, words)}"]
    if change["field"] == "image_bytes":
        return [f"{indent}{name}: {_size(change['before'], lang, words)} → "
                f"{_size(change['after'], lang, words)}"]
    if change["kind"] == "text":
        return [f"{indent}{name}:", *_sides(change["words"], words, indent + "  ")]
    return [f"{indent}{name}: {_plain(change['before'], words)} → "
            f"{_plain(change['after'], words)}"]


def _sides(spans: dict[str, list[list[Any]]], words: dict[str, str],
           indent: str) -> list[str]:
    """A text's two sides on lines of their own, each with a line of ^ under the words that
    changed: a mark no title can hold, unlike brackets (which a title may)."""
    out = []
    for side in ("before", "after"):
        prefix = f"{indent}{words[side + '_side']} "
        text, marks = _marked(spans, side, words)
        out.append(prefix + text)
        if marks.strip():
            out.append(" " * _width(prefix) + marks.rstrip())
    return out


# times, shown as the reader reads times (here and in the editor's history)
MOMENT_FIELDS = frozenset({"image_imported_at", "deleted_at"})


def _moment(value: Any, lang: str, words: dict[str, str]) -> str:
    return when_text(value, lang) if value else words["none"]


def _plain(value: Any, words: dict[str, str]) -> str:
    if value is None or value == "":
        return words["none"]
    if isinstance(value, bool):
        return words["yes" if value else "no"]
    return json.dumps(value, ensure_ascii=False) if isinstance(value, dict | list) else str(value)


_CONTEXT = 30  # characters of unchanged text kept beside a change


def _width(text: str) -> int:
    """Columns `text` takes in a terminal (wide CJK characters two, combining marks none)."""
    return sum(0 if unicodedata.combining(c) else
               2 if unicodedata.east_asian_width(c) in ("W", "F") else 1 for c in text)


def _marked(spans: dict[str, list[list[Any]]], side: str,
            words: dict[str, str]) -> tuple[str, str]:
    """One side's text, long unchanged stretches shortened at whole words, and the marker
    line (^ under each changed character) to print under it."""
    runs = spans[side]
    if not runs:
        return words["none"], ""
    if not any(changed for _, changed in runs):
        return _word_head("".join(t for t, _ in runs), 2 * _CONTEXT), ""
    parts: list[str] = []
    marks: list[str] = []
    for n, (text, changed) in enumerate(runs):
        if changed:
            shown = text
        elif len(text) > 2 * _CONTEXT:
            after_change, before_change = n > 0, n < len(runs) - 1
            start = _word_head(text, _CONTEXT) if after_change else "…"
            end = _word_tail(text, _CONTEXT)[1:] if before_change else ""
            shown = start + end
        else:
            shown = text
        parts.append(shown)
        marks.append("".join(("^" if changed and not c.isspace() else " ") * _width(c)
                             for c in shown))
    return "".join(parts), "".join(marks)


def _word_head(text: str, limit: int) -> str:
    """Like `head`, but never ends inside a word while a space leaves a whole one."""
    cut = head(text, limit)
    if cut == text or text[len(cut) - 1:len(cut)].isspace():
        return cut
    body = cut[:-1]
    space = body.rfind(" ")
    return (body[:space].rstrip() if space > 0 else body) + "…"


def _word_tail(text: str, limit: int) -> str:
    """Like `tail`, but never starts inside a word while a space leaves a whole one
    («…ьзовать его» was cut from «использовать»)."""
    cut = tail(text, limit)
    if cut == text:
        return cut
    body = cut[1:]
    start = len(text) - len(body)
    if start > 0 and not text[start - 1].isspace() and " " in body:
        body = body[body.index(" ") + 1:]
    return "…" + body.lstrip()


def _size(value: Any, lang: str, words: dict[str, str]) -> str:
    """A file's size as people read one: '225.7 kB → 1.8 MB' («225,7 кБ → 1,8 МБ»)."""
    if not isinstance(value, int | float) or isinstance(value, bool):
        return _plain(value, words)
    units = ("B", "kB", "MB", "GB") if lang != "ru" else ("Б", "кБ", "МБ", "ГБ")
    size, unit = float(value), 0
    while size >= 1000 and unit < len(units) - 1:
        size, unit = size / 1000, unit + 1
    number = f"{int(size)}" if unit == 0 else f"{size:.1f}"
    return f"{number.replace('.', ',') if lang == 'ru' else number} {units[unit]}"
