"""The status bar's count: what the view on screen shows (the grid's results, with its sets
and groups counted apart; the works on the timeline; the missions)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale


def tr(text: str) -> str:
    return QCoreApplication.translate("MainWindow", text)


class CountMixin:
    """MainWindow's count label (it holds the label, the views and the counts)."""

    page: str
    trail: Any
    detail: Any
    timeline: Any
    missions: Any
    count_label: Any
    _counts: tuple[int, int] | None
    _kinds: tuple[int, int]

    # (_update_position is NavigationMixin's)

    def _count_changed(self, shown: int, total: int) -> None:
        self._counts = (shown, total)
        self._update_count_label()
        if self.page == "detail" and self.detail.work_id:
            self._update_position(self.detail.work_id)

    def _kinds_changed(self, kinds: dict) -> None:
        """Sets and groups are records of several objects: count them apart from works."""
        self._kinds = (kinds.get("set", 0), kinds.get("group", 0))
        self._update_count_label()

    def _kinds_text(self) -> str:
        sets, groups = self._kinds
        parts = []
        if sets:
            parts.append(tr("one set") if sets == 1 else
                         tr("%1 sets").replace("%1", QLocale().toString(sets)))
        if groups:
            parts.append(tr("one group") if groups == 1 else
                         tr("%1 groups").replace("%1", QLocale().toString(groups)))
        if not parts:
            return ""
        return " " + tr("(%1 among them)").replace("%1", tr(" and ").join(parts))

    def _update_count_label(self) -> None:
        """The status bar counts what the view on screen shows: the grid's results, the
        works on the timeline, the missions."""
        view = self.trail.view() if self.page == "detail" else self.page
        said = None
        if view in ("timeline", "missions"):
            said = (self.timeline if view == "timeline" else self.missions).count_text()
        if said is None and self._counts is None:
            said = tr("Loading works…")
        if said is None:
            shown, total = self._counts or (0, 0)
            said = tr("%1 of %2 works").replace("%1", QLocale().toString(shown)).replace(
                "%2", QLocale().toString(total)) + self._kinds_text()
        self.count_label.setText(said)
