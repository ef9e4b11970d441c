"""Provenance chronology: warnings, never refusals, for events out of date order or inside a
stretch the record marks as a gap (Qt-free).

    for warning in chronology_warnings(record["provenance"]):
        show(warning["message"][lang])   # the editor's save path, the worklist

Each warning: {"kind": "out_of_order" | "inside_gap", "index": i (the event warned about, 0-based),
"other_index": j (the event it clashes with), "message": {"en": ..., "ru": ...}}.

An event is *out of order* when it ends before an event listed above it begins. An event lies
*inside a gap* when its whole date range falls within the gap's known range, away from the
gap's first and last year, month or day (a gap "1965–2015" and a loan "2015" touch, they do
not clash). A gap with an open end ("not before 1976") says nothing about later events.
"""

from __future__ import annotations

import calendar
from collections.abc import Sequence
from typing import Any

from .derive import whole_day

_MESSAGES = {
    "out_of_order": (
        "Event {n} ({date}) is listed after event {m} ({other}) but ends before it begins",
        "Событие {n} ({date}) стоит после события {m} ({other}), но кончается раньше, чем "
        "то начинается"),
    "inside_gap": (
        "Event {n} ({date}) falls inside the gap of event {m} ({other}), a stretch marked as "
        "unknown",
        "Событие {n} ({date}) попадает внутрь пробела в событии {m} ({other}) — отрезка, "
        "отмеченного как неизвестный"),
}


def chronology_warnings(events: Sequence[dict[str, Any]]) -> list[dict[str, Any]]:
    """Warnings about the order of `events` (a record's provenance, in its listed order)."""
    spans = [_span(event) for event in events]
    out: list[dict[str, Any]] = []
    latest_start, latest_at = "", -1
    for i, (start, end) in enumerate(spans):
        if end and latest_start and end < latest_start:
            out.append(_warning("out_of_order", i, latest_at, events))
        if start and start > latest_start:
            latest_start, latest_at = start, i
    for g, gap in enumerate(events):
        if gap.get("kind") != "gap":
            continue
        inside = _interior(*spans[g])
        if inside is None:
            continue
        for i, (start, end) in enumerate(spans):
            if i != g and events[i].get("kind") != "gap" and start and end \
                    and inside[0] < start and end < inside[1]:
                out.append(_warning("inside_gap", i, g, events))
    return sorted(out, key=lambda w: (w["index"], w["kind"]))


def _span(event: dict[str, Any]) -> tuple[str, str]:
    first, last = event.get("date_earliest") or "", event.get("date_latest") or ""
    if len(first) != 10:  # a day already needs no widening (the common case, and fast)
        first = whole_day(first, False) or ""
    if len(last) != 10:
        last = whole_day(last, True) or ""
    return first, last


def _interior(start: str, end: str) -> tuple[str, str] | None:
    """The days strictly inside a gap, past its first and before its last year/month/day."""
    if not start or not end:
        return None
    try:
        return _inside(start, end)
    except ValueError:  # not a day (a hand-edited file): no interior to speak of
        return None


def _inside(start: str, end: str) -> tuple[str, str] | None:
    year, month, _ = (int(x) for x in start.split("-"))
    if start.endswith("-01-01"):
        first = f"{year}-12-31"
    elif start.endswith("-01"):
        first = f"{year}-{month:02d}-{calendar.monthrange(year, month)[1]:02d}"
    else:
        first = start
    year, month, day = (int(x) for x in end.split("-"))
    if end.endswith("-12-31"):
        last = f"{year}-01-01"
    elif day == calendar.monthrange(year, month)[1]:
        last = f"{year}-{month:02d}-01"
    else:
        last = end
    return (first, last) if first < last else None


def _warning(kind: str, i: int, j: int, events: Sequence[dict[str, Any]]) -> dict[str, Any]:
    def date(event: dict[str, Any], lang: str) -> str:
        text = event.get("date_display_ru") if lang == "ru" else None
        return str(text or event.get("date_display") or _span(event)[0] or "?")

    en, ru = _MESSAGES[kind]
    return {"kind": kind, "index": i, "other_index": j, "message": {
        "en": en.format(n=i + 1, m=j + 1, date=date(events[i], "en"),
                        other=date(events[j], "en")),
        "ru": ru.format(n=i + 1, m=j + 1, date=date(events[i], "ru"),
                        other=date(events[j], "ru"))}}
