"""What the timeline draws, read from catalog records: works and missions as dated items.

`load_timeline_data(catalog)` runs on the catalog worker (it reads every work); the widget
then only turns the plain dicts into `WorkItem`/`MissionItem` with fractional-year dates.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QCoreApplication

from ...catalog.dates import DateNotUnderstood, parse_date
from ...catalog.errors import NotFound
from .axis import year_of
from .style import link_word, status_word

translate = QCoreApplication.translate  # lupdate reads translate("Context", "text")

LEONOV_ID = "alexei-leonov"
DEPICTING_LINKS = ("depicts", "commemorates")
_PAGE = 200


@dataclass
class MissionItem:
    id: str
    name: str
    name_ru: str
    status: str
    date_display: str
    start: float
    end: float
    year_only: bool      # only the year is known: drawn as a fuzzy year-wide band
    program: str = ""


@dataclass
class WorkItem:
    id: str
    title: str
    title_ru: str
    date_display: str
    certainty: str
    start: float | None   # None: no earliest bound ("before 1975")
    end: float | None     # None: no latest bound ("after 1990")
    depicts: list[tuple[str, str]] = field(default_factory=list)  # (mission id, link)

    @property
    def dated(self) -> bool:
        return self.start is not None or self.end is not None

    @property
    def exact(self) -> bool:
        """Known to the day (a point rather than a range)."""
        return (self.start is not None and self.end is not None
                and self.end - self.start < 1.5 / 365)


def load_timeline_data(catalog: Any) -> tuple[list[dict[str, Any]], list[dict[str, Any]],
                                               dict[str, Any]]:
    """(works, missions, life) for TimelineView.set_data; call it on the catalog worker."""
    ids: list[str] = []
    offset = 0
    while True:
        result = catalog.search("", {}, sort="date", limit=_PAGE, offset=offset, facets=False)
        ids.extend(row.id for row in result.rows)
        offset += _PAGE
        if offset >= result.total or not result.rows:
            break
    works = [catalog.get(work_id) for work_id in ids]
    missions = catalog.list_records("missions")
    try:
        life = catalog.get_record("people", LEONOV_ID)
    except NotFound:
        life = {}
    return works, missions, life


def _whole_years(first: Any, last: Any) -> bool:
    first, last = str(first or ""), str(last or "")
    if not first or not last:
        return False
    return (len(first) == 4 or first.endswith("-01-01")) and (
        len(last) == 4 or last.endswith("-12-31"))


def mission_item(record: dict[str, Any]) -> MissionItem | None:
    """A mission with its date span; None when neither dates nor a readable year exist."""
    start = year_of(record.get("date_start"))
    end = year_of(record.get("date_end"), end=True)
    # Only the year is known: the range is whole years (stored as 1964, or 1 Jan – 31 Dec).
    year_only = _whole_years(record.get("date_start"), record.get("date_end"))
    if start is None and end is None:
        try:
            parsed = parse_date(record.get("date_display"))
        except DateNotUnderstood:
            return None
        start, end = year_of(parsed.earliest), year_of(parsed.latest, end=True)
        if start is None or end is None:
            return None
        year_only = True
    if start is None:
        start = end - 1 / 365  # type: ignore[operator]
    if end is None:  # a planned date that never came: a day-wide band
        end = start + 1 / 365
    return MissionItem(
        id=record["id"], name=record.get("name") or record["id"],
        name_ru=record.get("name_ru") or "", status=record.get("status") or "",
        date_display=record.get("date_display") or "", start=start, end=max(end, start),
        year_only=year_only, program=record.get("program") or "")


def work_item(record: dict[str, Any]) -> WorkItem:
    depicts = [(m.get("mission_id") or m.get("id") or "", m.get("link") or "")
               for m in record.get("missions") or []
               if (m.get("link") or "") in DEPICTING_LINKS]
    return WorkItem(
        id=record["id"], title=record.get("title") or record["id"],
        title_ru=record.get("title_ru") or "", date_display=record.get("date_display") or "",
        certainty=record.get("date_certainty") or "unknown",
        start=year_of(record.get("date_earliest")),
        end=year_of(record.get("date_latest"), end=True),
        depicts=[d for d in depicts if d[0]])


def life_span(life: dict[str, Any]) -> tuple[float | None, float | None]:
    return year_of(life.get("born_date")), year_of(life.get("died_date"), end=True)


def mission_text(mission: MissionItem, lang: str) -> str:
    names = [mission.name_ru, mission.name] if lang == "ru" else [mission.name, mission.name_ru]
    lines = [n for n in names if n]
    lines.append(f"{status_word(mission.status)} · {mission.date_display}")
    if mission.program:
        lines.append(mission.program)
    return "\n".join(lines)


def work_text(work: WorkItem, missions: dict[str, MissionItem], lang: str) -> str:
    titles = [work.title_ru, work.title] if lang == "ru" else [work.title, work.title_ru]
    lines = [t for t in titles if t]
    date = work.date_display or translate("TimelineView", "date unknown")
    lines.append(translate("TimelineView", "Made: %1").replace("%1", date))
    for mission_id, link in work.depicts:
        mission = missions.get(mission_id)
        if mission:
            name = mission.name_ru if lang == "ru" and mission.name_ru else mission.name
            lines.append(f"{link_word(link)}: {name} ({mission.date_display})")
    return "\n".join(lines)
