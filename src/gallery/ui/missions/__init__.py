"""Leonov's missions: a list with each mission's status, beside the chosen mission's page.

API (for the main window):

    from gallery.ui.missions import MissionsView, load_missions

    view = MissionsView(parent=None, url_opener=None)   # url_opener(str): default opens the
                                                        # browser via QDesktopServices
    view.workActivated.connect(...)            # Signal(str): a work's id (a work link clicked)
    view.missionFilterRequested.connect(...)   # Signal(str): "Show these works in the grid"
    service.call(load_missions, view.set_missions)     # full records, read on the worker
    view.set_missions(missions: list[dict]) -> None    # Catalog.get_record("missions", id)s
    view.set_data(missions)                            # the same (gallery.ui.missions.data
                                                       # .load_missions_data for the view slot)
    view.set_language("en" | "ru") -> None             # name_ru / summary_ru where present;
                                                       # on LanguageChange it follows the
                                                       # default QLocale (set with the language)
    view.select(mission_id: str) -> bool
    view.current_id() -> str | None
    view.model -> MissionListModel (QAbstractListModel; IdRole, StatusRole)
    view.page -> MissionPage (fact_rows, work_links, filter_button, for tests)

The page shows the name in both languages, program, dates, the status in words, crew with
roles, Leonov's role, key facts as a two-column list (keys as written labels, values whole:
competing figures keep their sources), the summary, the facts, the linked works and the
sources with clickable links. All catalog text is plain text.
"""

from .data import load_missions, load_missions_data
from .model import MissionListModel
from .view import MissionsView

__all__ = ["MissionListModel", "MissionsView", "load_missions", "load_missions_data"]
