"""Moving about the visitor's window: opening a work, walking the results from it (←/→),
going to a view and Back to where the visitor came from (the Trail says where)."""

from __future__ import annotations

from typing import Any


class NavigationMixin:
    """MainWindow's moves between its pages (it holds the pages, the trail and the model)."""

    page: str
    trail: Any
    model: Any
    browse: Any
    detail: Any
    offline: bool
    _pending_step: int

    # (show_page is MainWindow's, say_unreadable_while_offline ServerMixin's)

    def open_work(self, work_id: str, step: bool = False) -> None:
        """Show a work; Back then returns to the view (or the work) it was opened from. A step
        (←/→) through the results keeps where Back goes."""
        if self.offline and work_id != self.detail.work_id:
            self.say_unreadable_while_offline()  # the open page stays as it is
            return
        if self.page != "detail":
            self.trail.start(self.page)
        elif not step and self.detail.work_id and self.detail.work_id != work_id:
            self.trail.push_work(self.detail.work_id, self.detail.scroll_position())
        self.detail.show_work(work_id)
        self._update_position(work_id)
        self.show_page("detail")

    def go_to(self, view: str) -> None:
        """The visitor moves to a view (a tab, Ctrl+F, a mission's works): Back returns."""
        if view != self.page:
            work_id = self.detail.work_id if self.page == "detail" else None
            self.trail.left(self.page, work_id)
        self.show_page(view)

    def go_back(self) -> None:
        if self.page != "detail":
            self._back_from_view()
            return
        work_id = self.detail.work_id
        page, previous, scroll = self.trail.pop_with_scroll()
        if previous and not self.offline:  # offline: to the view, not a work not yet read
            self.detail.show_work(previous, scroll)  # where the visitor left its page
            self._update_position(previous)
            self.show_page("detail")
            return
        self.show_page(page)
        row = self.model.row_of(work_id) if work_id and page == "browse" else -1
        if row >= 0:
            self.browse.grid.select_row(row)

    def _back_from_view(self) -> None:
        move = self.trail.pop_move()
        if move is None:
            return
        page, work_id = move
        if page == "detail":
            if not work_id or self.offline:
                page = self.trail.view()
            else:
                self.detail.show_work(work_id)
                self._update_position(work_id)
        self.show_page(page)

    def step(self, delta: int) -> None:
        """Walk the result list from the detail page (←/→); fetches the next page if needed."""
        if self.page != "detail" or not self.detail.work_id:
            return
        row = self.model.row_of(self.detail.work_id)
        if row < 0:
            return
        target = row + delta
        if target >= self.model.rowCount() and self.model.canFetchMore():
            self._pending_step = delta
            self.model.fetchMore()
            return
        if 0 <= target < self.model.rowCount():
            self.open_work(self.model.work_ids()[target], step=True)

    def _rows_arrived(self) -> None:
        if self._pending_step:
            delta, self._pending_step = self._pending_step, 0
            self.step(delta)
        elif self.page == "detail" and self.detail.work_id:
            self._update_position(self.detail.work_id)

    def _update_position(self, work_id: str) -> None:
        self.detail.set_position(self.model.row_of(work_id), self.model.total)

    def filter_mission(self, mission_id: str) -> None:
        self.browse.filter_by("mission", mission_id)
        self.go_to("browse")

    def focus_search(self) -> None:
        if self.page != "browse":
            self.go_to("browse")
        self.browse.focus_search()
