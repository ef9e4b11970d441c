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
    view.set_language("en" | "ru") -> None             # every text per language (_ru fields,
                                                       # term labels); a new view starts in
                                                       # the current language and follows
                                                       # LanguageChange (the default QLocale)
    view.select(mission_id: str) -> bool
    view.current_id() -> str | None
    view.model -> MissionListModel (QAbstractListModel; IdRole, StatusRole)
    view.page -> MissionPage (fact_rows, work_links, filter_button, for tests)

The page shows, in the reader's language, the name (and the other language's name when that is
the original), programme, the generated date with its note, the status (the term's label),
crew with roles (term labels and notes), Leonov's role, key facts as a two-column list (labels
and values per language; competing figures keep their sources), the summary, the linked works
and, folded behind a button, the sources with clickable links. `load_missions` adds the term
labels (status_label, crew role_label, works link_label, each with _ru) on the worker. All
catalog text is plain text.
"""

from .data import load_missions, load_missions_data
from .model import MissionListModel
from .view import MissionsView

__all__ = ["MissionListModel", "MissionsView", "load_missions", "load_missions_data"]
