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
from ..quotes import typographic, typographic_fields
from ..words import date_phrase
from .axis import year_of
from .labels import capitalised, label_mission, status_text
from .style import link_word, localized

translate = QCoreApplication.translate  # lupdate reads translate("Context", "text")

LEONOV_ID = "alexei-leonov"
DEPICTING_LINKS = ("depicts", "commemorates")
_PAGE = 200
_MISSION_TEXTS = ("name", "name_ru", "status", "status_label", "status_label_ru",
                  "date_display", "date_display_ru", "date_certainty", "date_note",
                  "date_note_ru", "program", "program_ru")


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
    texts: dict[str, Any] = field(default_factory=dict)  # the record's texts per language

    def text(self, name: str, lang: str) -> str:
        """A text of the mission (date_display, program …) in `lang`, else the other one."""
        return localized(self.texts, name, lang)


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
    date_display_ru: str = ""
    thumb_key: str = ""    # the picture's content key (the grid's thumbnail cache), if any
    image_path: str = ""   # relative to the catalog's images folder

    @property
    def dated(self) -> bool:
        return self.start is not None or self.end is not None

    @property
    def exact(self) -> bool:
        """Known to the day (a point rather than a range)."""
        return (self.start is not None and self.end is not None
                and self.end - self.start < 1.5 / 365)


def load_timeline_data(catalog: Any) -> tuple[list[dict[str, Any]], list[dict[str, Any]],
                                               dict[str, Any], list[dict[str, Any]]]:
    """(works, missions, life, exhibitions) for TimelineView.set_data; call it on the
    catalog worker."""
    ids: list[str] = []
    offset = 0
    while True:
        result = catalog.search("", {}, sort="date", limit=_PAGE, offset=offset, facets=False)
        ids.extend(row.id for row in result.rows)
        offset += _PAGE
        if offset >= result.total or not result.rows:
            break
    works = [catalog.get(work_id) for work_id in ids]
    vocabulary = catalog.vocabulary()
    missions = [label_mission(m, vocabulary) for m in catalog.list_records("missions")]
    try:
        life = catalog.get_record("people", LEONOV_ID)
    except NotFound:
        life = {}
    return works, missions, life, catalog.list_records("exhibitions")


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
        id=record["id"], name=typographic(record.get("name") or record["id"], "en"),
        name_ru=typographic(record.get("name_ru") or "", "ru"), status=record.get("status") or "",
        date_display=record.get("date_display") or "", start=start, end=max(end, start),
        year_only=year_only, program=record.get("program") or "",
        texts=typographic_fields({k: record.get(k) for k in _MISSION_TEXTS}))


def work_item(record: dict[str, Any]) -> WorkItem:
    depicts = [(m.get("mission_id") or m.get("id") or "", m.get("link") or "")
               for m in record.get("missions") or []
               if (m.get("link") or "") in DEPICTING_LINKS]
    return WorkItem(
        id=record["id"], title=typographic(record.get("title") or record["id"], "en"),
        title_ru=typographic(record.get("title_ru") or "", "ru"),
        date_display=record.get("date_display") or "",
        date_display_ru=record.get("date_display_ru") or "",
        certainty=record.get("date_certainty") or "unknown",
        start=year_of(record.get("date_earliest")),
        end=year_of(record.get("date_latest"), end=True),
        depicts=[d for d in depicts if d[0]],
        thumb_key=str(record.get("image_sha256") or "") if record.get("image_path") else "",
        image_path=str(record.get("image_path") or ""))


def life_span(life: dict[str, Any]) -> tuple[float | None, float | None]:
    return year_of(life.get("born_date")), year_of(life.get("died_date"), end=True)


def mission_text(mission: MissionItem, lang: str) -> str:
    """The tooltip and accessible description: name, status, date, programme, one language."""
    date = date_phrase(mission.text("date_display", lang), mission.texts.get("date_certainty"))
    lines = [mission.text("name", lang) or mission.name,
             f"{capitalised(status_text(mission.texts, lang))} · {date}"]
    note = mission.text("date_note", lang)
    if note:
        lines.append(note)
    program = mission.text("program", lang)
    if program:
        lines.append(program)
    return "\n".join(lines)


def work_date(work: WorkItem, lang: str) -> str:
    """The date generated in the reader's language ('около 1967 г.')."""
    return (work.date_display_ru if lang == "ru" and work.date_display_ru
            else work.date_display or work.date_display_ru)


def work_text(work: WorkItem, missions: dict[str, MissionItem], lang: str) -> str:
    lines = [work.title_ru if lang == "ru" and work.title_ru else work.title]
    date = work_date(work, lang) or translate("TimelineView", "date unknown")
    lines.append(translate("TimelineView", "Made: %1").replace("%1", date))
    for mission_id, link in work.depicts:
        mission = missions.get(mission_id)
        if mission:
            name = mission.text("name", lang) or mission.name
            lines.append(f"{link_word(link)}: {name} ({mission.text('date_display', lang)})")
    return "\n".join(lines)
