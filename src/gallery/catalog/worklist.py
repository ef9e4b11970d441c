"""The worklist: works that need a curator's attention, and why (Qt-free).

    result = worklist(con)
    result.items   # [{"record_id", "table", "title": {en, ru}, "reason", "reason_label":
                   #   {en, ru}, "field", "field_label": {en, ru}, "detail": {en, ru} | None}]
    result.counts  # {reason: number of items}, every reason present (0 when none)
    len(result), result.item(i)   # a list view's rows, one dict made per row shown

Each item names the record, the reason in both languages and the field the editor opens at
(`field`, a record field name as the form binds it; `detail` adds what exactly, e.g. which
provenance event). The reasons, in the order they are listed:

    no_image            no image yet                     image_path
    standin_only        only a stand-in picture          image_path
    no_russian_title    no Russian title                 title_ru
    no_source           no source                        sources
    single_weak_source  one source, of low reliability   sources
    low_confidence      low confidence                   confidence
    date_disagrees      the date text disagrees with its range        date_display
    events_out_of_order a provenance event out of date order          provenance
    event_in_gap        a provenance event inside a gap               provenance

Works in the trash are left out. One pass of three queries: well under a second on 100,000
works (benchmarks/worklist.py).
"""

from __future__ import annotations

import sqlite3
from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any

from .chronology import chronology_warnings
from .dates import DateNotUnderstood, parse_date
from .derive import whole_day
from .field_labels import labels

REASONS: dict[str, tuple[str, str, str]] = {  # code: (English, Russian, field to open)
    "no_image": ("No image yet", "Нет изображения", "image_path"),
    "standin_only": ("Only a stand-in picture", "Только иллюстрация-заменитель", "image_path"),
    "no_russian_title": ("No Russian title", "Нет русского названия", "title_ru"),
    "no_source": ("No source", "Нет источника", "sources"),
    "single_weak_source": ("A single source, of low reliability",
                           "Единственный источник, и тот малонадёжный", "sources"),
    "low_confidence": ("Low confidence", "Низкая надёжность записи", "confidence"),
    "date_disagrees": ("The date text disagrees with its range",
                       "Текст даты расходится с её диапазоном", "date_display"),
    "events_out_of_order": ("A provenance event out of date order",
                            "Событие провенанса не по порядку дат", "provenance"),
    "event_in_gap": ("A provenance event inside a gap",
                     "Событие провенанса внутри пробела", "provenance"),
}
_CHRONOLOGY = {"out_of_order": "events_out_of_order", "inside_gap": "event_in_gap"}


_FIELD_LABELS = {code: labels(field_name) for code, (_, _, field_name) in REASONS.items()}
_REASON_LABELS = {code: {"en": en, "ru": ru} for code, (en, ru, _) in REASONS.items()}


@dataclass
class Worklist:
    """The list, kept compact (a tuple per item) and counted; `items` and `item(i)` give the
    readable dicts, made when first asked for (a view shows a screenful of 90,000)."""

    rows: list[tuple[str, str, str | None, str, dict[str, str] | None]] = field(
        default_factory=list)  # (record id, title, Russian title, reason, detail)
    counts: dict[str, int] = field(default_factory=lambda: dict.fromkeys(REASONS, 0))
    _items: list[dict[str, Any]] | None = None

    def __len__(self) -> int:
        return len(self.rows)

    def item(self, index: int) -> dict[str, Any]:
        """One item as a dict (see the module's docstring)."""
        work_id, title, title_ru, reason, detail = self.rows[index]
        return {"record_id": work_id, "table": "works",
                "title": {"en": title, "ru": title_ru or title},
                "reason": reason, "reason_label": _REASON_LABELS[reason],
                "field": REASONS[reason][2], "field_label": _FIELD_LABELS[reason],
                "detail": detail}

    @property
    def items(self) -> list[dict[str, Any]]:
        if self._items is None:
            self._items = [self.item(i) for i in range(len(self.rows))]
        return self._items

    def of(self, reason: str) -> list[dict[str, Any]]:
        return [self.item(i) for i, row in enumerate(self.rows) if row[3] == reason]


def reason_labels(lang: str = "en") -> dict[str, str]:
    """Every reason's label in `lang`, in list order (for a filter box)."""
    return {code: (ru if lang == "ru" else en) for code, (en, ru, _) in REASONS.items()}


# Per work: its fields, and whether any source backs it (a probe of the work_sources index).
_WORKS = (
    "SELECT id, title, title_ru, image_path, image_is_standin, confidence, date_display,"
    " date_earliest, date_latest,"
    " EXISTS (SELECT 1 FROM work_sources ws WHERE ws.work_id = w.id)"
    " FROM works w WHERE deleted_at IS NULL ORDER BY id")
# The works whose only source is of low reliability: few, so asked for apart.
_SINGLE_WEAK = (
    "SELECT ws.work_id FROM work_sources ws JOIN sources s ON s.id = ws.source_id"
    " WHERE s.reliability = 'low' AND NOT EXISTS (SELECT 1 FROM work_sources o"
    "  WHERE o.work_id = ws.work_id AND o.source_id <> ws.source_id)")


def worklist(con: sqlite3.Connection) -> Worklist:
    """Every live work that needs attention, for every reason that applies (a work may be
    listed more than once), ordered by work id, reasons in REASONS order."""
    events = _events(con)
    single_weak = {work_id for (work_id,) in con.execute(_SINGLE_WEAK)}
    rows: list[tuple[str, str, str | None, str, dict[str, str] | None]] = []
    add = rows.append
    disagrees = _DateCheck().disagrees
    for work_id, title, title_ru, image, standin, confidence, text, first, last, sourced \
            in con.execute(_WORKS):
        if not image:
            add((work_id, title, title_ru, "no_image", None))
        elif standin:
            add((work_id, title, title_ru, "standin_only", None))
        if not title_ru or not title_ru.strip():
            add((work_id, title, title_ru, "no_russian_title", None))
        if not sourced:
            add((work_id, title, title_ru, "no_source", None))
        elif work_id in single_weak:
            add((work_id, title, title_ru, "single_weak_source", None))
        if confidence == "low":
            add((work_id, title, title_ru, "low_confidence", None))
        if disagrees(text, first, last):
            add((work_id, title, title_ru, "date_disagrees", None))
        if work_id in events:
            seen = set()
            for warning in chronology_warnings(events[work_id]):
                reason = _CHRONOLOGY[warning["kind"]]
                if reason not in seen:  # one item per reason; the detail names the first
                    seen.add(reason)
                    add((work_id, title, title_ru, reason, warning["message"]))
    counts = dict.fromkeys(REASONS, 0)
    for row in rows:
        counts[row[3]] += 1
    return Worklist(rows, counts)


def _events(con: sqlite3.Connection) -> dict[str, list[dict[str, Any]]]:
    """Each work's dated provenance events, in order (only works with two or more)."""
    by_work: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for work_id, kind, display, display_ru, first, last in con.execute(
            "SELECT work_id, kind, date_display, date_display_ru, date_earliest, date_latest "
            "FROM provenance_events ORDER BY work_id, position"):
        by_work[work_id].append({"kind": kind, "date_display": display,
                                 "date_display_ru": display_ru, "date_earliest": first,
                                 "date_latest": last})
    return {k: v for k, v in by_work.items() if len(v) > 1}


class _DateCheck:
    """Whether a date text says another range than the one stored (cached per text: a large
    catalog repeats its dates)."""

    def __init__(self) -> None:
        self._parsed: dict[str, tuple[str | None, str | None] | None] = {}
        self._known: dict[tuple[str | None, str | None, str | None], bool] = {}

    def disagrees(self, text: str | None, earliest: str | None, latest: str | None) -> bool:
        key = (text, earliest, latest)
        if key not in self._known:
            self._known[key] = self._disagrees(text, earliest, latest)
        return self._known[key]

    def _disagrees(self, text: str | None, earliest: str | None, latest: str | None) -> bool:
        said = self._parse(text or "")
        if said is None:
            return False  # a phrase that is no date cannot be compared
        first, last = whole_day(earliest, False), whole_day(latest, True)
        if said == (None, None):
            return bool(first or last)  # "date unknown" over a stored range
        return any(edge is not None and edge != stored
                   for edge, stored in zip(said, (first, last), strict=True))

    def _parse(self, text: str) -> tuple[str | None, str | None] | None:
        if text not in self._parsed:
            try:
                parsed = parse_date(text)
                self._parsed[text] = (whole_day(parsed.earliest, False),
                                      whole_day(parsed.latest, True))
            except DateNotUnderstood:
                self._parsed[text] = None
        return self._parsed[text]
