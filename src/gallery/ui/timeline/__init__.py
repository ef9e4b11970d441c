"""Leonov's life (1934–2019) on one zoomable time axis: missions, and his works twice over.

API (for the main window):

    from gallery.ui.timeline import TimelineView, load_timeline_data

    view = TimelineView(parent=None)
    view.workActivated.connect(...)      # Signal(str): a work's id, on click or Enter
    view.missionActivated.connect(...)   # Signal(str): a mission's id (filter the grid by it)
    service.call(load_timeline_data, lambda data: view.set_data(*data))   # on the worker
    view.set_data(works: list[dict], missions: list[dict], life: dict,
                  exhibitions: list[dict] | None = None) -> None
    view.set_language("en" | "ru") -> None   # catalog text per language (title_ru, name_ru,
                                             # date_display_ru, term labels); a new view
                                             # starts in the current language
    view.zoom_in(); view.zoom_out(); view.zoom_to_fit()
    view.item_rect(work_id) -> QRect | None       # the work's "made" item, or its tray chip
    view.depicted_rect(work_id, mission_id=None) -> QRect | None
    view.mission_rect(mission_id) -> QRect | None
    view.connectors() -> list[(work_id, mission_id, QPointF made_end, QPointF depicted_end)]
    view.undated_ids() -> list[str]
    view.ensure_visible(work_id) -> None

`works` are `Catalog.get()` records (or lighter dicts with id, title, title_ru, date_display,
date_earliest, date_latest, date_certainty, missions[]); `missions` are
`Catalog.list_records("missions")`; `life` is Leonov's person record (born_date, died_date).
`exhibitions` are `Catalog.list_records("exhibitions")`.
`load_timeline_data(catalog) -> (works, missions, life, exhibitions)` reads all four.

What it shows: missions as bands (flown, cancelled, reassigned, replaced told apart by colour,
pattern and legend; a mission known only by its year as a fuzzy year-wide band); each dated work
in the "when it was made" lane (a point for a known day, a bar for a range, a fade for an open
"before/after" date) and, when it depicts or commemorates a mission, again in the "what it
shows" lane at the mission's dates, joined by a connector; the dated exhibitions of his art as
bands in a lane of their own (title, city and date in the reader's language in the tooltip);
undated works in a tray below.
The wheel scrolls; Ctrl+wheel, +/− (keys or the corner buttons) zoom, 0 fits; drag,
Shift+wheel and the scroll bars pan; the timeline is one Tab stop, the
arrow keys move between events inside it (Left/Right in time, Up/Down between lanes, Home/End),
Enter activates, and the event under the ring is the view's accessible name. Labels are
packed into rows so they never overlap; tooltips carry the full title and date text.
"""

from .data import load_timeline_data
from .view import TimelineView

__all__ = ["TimelineView", "load_timeline_data"]
