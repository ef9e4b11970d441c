"""Where Back goes from the detail page: the view a work was opened from (works, timeline,
missions), then each work passed through on the way (a related work opened from a work)."""

from __future__ import annotations

VIEWS = ("browse", "timeline", "missions")


class Trail:
    """The view a visit started from and the works opened one from another since."""

    def __init__(self) -> None:
        self._view = "browse"
        self._works: list[str] = []

    def start(self, view: str) -> None:
        """A work opened from a view: Back returns there (earlier steps are forgotten)."""
        self._view = view if view in VIEWS else "browse"
        self._works = []

    def push_work(self, work_id: str) -> None:
        """A work opened from another work's page: Back returns to that work first."""
        self._works.append(work_id)

    def pop(self) -> tuple[str, str | None]:
        """(view, work id): the previous work if there is one, else the starting view."""
        if self._works:
            return "detail", self._works.pop()
        return self._view, None

    def view(self) -> str:
        return self._view

    def target(self) -> str:
        """What Back leads to: "work" or a view's name."""
        return "work" if self._works else self._view
