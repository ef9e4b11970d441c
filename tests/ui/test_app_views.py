"""The other views in the window (timeline, missions), and changes saved elsewhere."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from gallery.catalog.store import Catalog
from gallery.ui.browse.models import WorkIdRole


def test_views_are_built_only_when_first_shown(window: Any, qtbot: Any) -> None:
    slot = window.timeline
    assert slot.view is None and slot.placeholder is None  # nothing imported at start-up
    window.show_page("timeline")
    assert slot.view is not None
    assert type(slot.view).__name__ == "TimelineView"
    assert not slot._loading  # the data arrived (synchronous service)
    qtbot.waitUntil(lambda: not slot.busy())  # and the small pictures it asked for
    assert window.actions_.view_timeline.isChecked()


def test_a_work_chosen_in_the_timeline_opens_its_detail(window: Any, qtbot: Any) -> None:
    window.show_page("timeline")
    window.timeline.view.workActivated.emit("near-the-moon")
    assert window.page == "detail" and window.detail.work_id == "near-the-moon"
    assert window.detail.position.text() == "2 of 4"


def test_a_mission_chosen_in_the_timeline_filters_the_grid(window: Any) -> None:
    window.show_page("timeline")
    window.timeline.view.missionActivated.emit("voskhod-2")
    assert window.page == "browse"
    assert window.browse.facets.filters() == {"mission": ["voskhod-2"]}
    assert window.model.rowCount() == 2


def test_the_missions_view_lists_missions_and_filters(window: Any) -> None:
    window.show_page("missions")
    view = window.missions.view
    assert type(view).__name__ == "MissionsView"
    assert view.model.rowCount() == 1
    view.missionFilterRequested.emit("voskhod-2")
    assert window.page == "browse" and window.model.rowCount() == 2
    window.show_page("missions")
    view.workActivated.emit("orbital-sunrise")
    assert window.detail.work_id == "orbital-sunrise"


def test_a_save_elsewhere_updates_the_grid_and_detail(window: Any, qtbot: Any,
                                                      ui_catalog_path: Path) -> None:
    window.open_work("near-the-moon")
    with Catalog.open(ui_catalog_path, who="curator") as other:  # e.g. the editor's process
        record = other.get("near-the-moon")
        other.save({**record, "title": "Near the Moon (renamed)"}, record["version"])
    window._check_for_changes()
    model = window.model
    row = model.row_of("near-the-moon")
    assert model.data(model.index(row)) == "Near the Moon (renamed)"
    assert model.data(model.index(row), WorkIdRole) == "near-the-moon"
    assert window.detail.data.record["title"] == "Near the Moon (renamed)"


def test_the_editor_action_is_on_for_a_writable_catalog(window: Any) -> None:
    import importlib.util

    spec = importlib.util.find_spec("gallery.ui.edit")
    expected = spec is not None and spec.origin is not None
    assert window.actions_.editor.isEnabled() is expected
