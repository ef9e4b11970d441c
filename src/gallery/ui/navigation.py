"""Where Back goes: from the detail page, the view a work was opened from (works, timeline,
missions), then each work passed through on the way (a related work opened from a work); from a
view, the view or work the visitor moved there from (a tab, or a mission's works in the grid)."""

from __future__ import annotations

VIEWS = ("browse", "timeline", "missions")
KEPT_MOVES = 50  # moves between views Back can retrace


class Trail:
    """The view a visit started from and the works opened one from another since."""

    def __init__(self) -> None:
        self._view = "browse"
        self._works: list[tuple[str, int]] = []  # (work id, where its page was scrolled)
        self._moves: list[tuple[str, str | None]] = []  # (page, work id on the detail page)

    def start(self, view: str) -> None:
        """A work opened from a view: Back returns there (earlier steps are forgotten)."""
        self._view = view if view in VIEWS else "browse"
        self._works = []

    def push_work(self, work_id: str, scroll: int = 0) -> None:
        """A work opened from another work's page (scrolled to `scroll`): Back returns to
        that work first, where its page was."""
        self._works.append((work_id, scroll))

    def pop(self) -> tuple[str, str | None]:
        """(view, work id): the previous work if there is one, else the starting view."""
        page, work_id, _scroll = self.pop_with_scroll()
        return page, work_id

    def pop_with_scroll(self) -> tuple[str, str | None, int]:
        """As `pop`, with where the previous work's page was scrolled (0: a view)."""
        if self._works:
            work_id, scroll = self._works.pop()
            return "detail", work_id, scroll
        return self._view, None, 0

    def view(self) -> str:
        return self._view

    def target(self) -> str:
        """What Back leads to: "work" or a view's name."""
        return "work" if self._works else self._view

    def left(self, page: str, work_id: str | None = None) -> None:
        """The visitor moved from `page` (a view, or "detail" showing `work_id`) to a view."""
        self._moves = [*self._moves, (page, work_id)][-KEPT_MOVES:]

    def can_leave_view(self) -> bool:
        """Whether Back from a view has somewhere to go."""
        return bool(self._moves)

    def pop_move(self) -> tuple[str, str | None] | None:
        """Where Back from a view goes: the page last left for it (None: nowhere)."""
        return self._moves.pop() if self._moves else None

    def forget_moves(self) -> None:
        self._moves = []
