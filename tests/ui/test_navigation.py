"""Back returns to the view a work was opened from (issue 15), and the status bar counts what
the view on screen shows."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtWidgets import QMessageBox

from gallery.ui.navigation import Trail


@pytest.mark.parametrize("view", ["timeline", "missions"])
def test_back_from_a_work_returns_to_the_view_it_was_opened_from(window: Any,
                                                                 view: str) -> None:
    window.show_page(view)
    window.pages.currentWidget().view.workActivated.emit("orbital-sunrise")
    assert window.page == "detail"
    assert getattr(window.actions_, f"view_{view}").isChecked()  # still "in" that view
    expected = {"timeline": "← Back to the timeline", "missions": "← Back to missions"}[view]
    assert window.detail.back_button.text() == expected
    window.actions_.back.trigger()  # Esc
    assert window.page == view


def test_stepping_through_results_keeps_where_back_goes(window: Any) -> None:
    window.show_page("timeline")
    window.timeline.view.workActivated.emit("near-the-moon")
    window.step(1)
    assert window.detail.work_id != "near-the-moon"
    window.go_back()
    assert window.page == "timeline"


def test_back_from_a_related_work_returns_to_the_work_then_the_grid(window: Any) -> None:
    window.open_work("orbital-sunrise")
    window.detail.workRequested.emit("stamp-1975")  # a related work's button
    assert window.detail.work_id == "stamp-1975"
    assert window.detail.back_button.text() == "← Back to the previous work"
    window.go_back()
    assert (window.page, window.detail.work_id) == ("detail", "orbital-sunrise")
    assert window.detail.back_button.text() == "← Back to works"
    window.go_back()
    assert window.page == "browse"
    assert window.browse.grid.current_work_row() == window.model.row_of("orbital-sunrise")


def test_back_to_a_work_returns_to_where_its_page_was_scrolled(window: Any,
                                                              qtbot: Any) -> None:
    from PySide6.QtWidgets import QPushButton

    window.open_work("orbital-sunrise")
    qtbot.waitUntil(lambda: not window.detail.is_loading())
    info, bar = window.detail.info, window.detail.info.verticalScrollBar()
    qtbot.waitUntil(lambda: bar.maximum() > 0)  # a page taller than the window
    related = info.findChildren(QPushButton, "relatedWork")[0]
    info.ensureWidgetVisible(related)  # the visitor has read down to the related works
    left_at = bar.value()
    assert left_at > 0
    related.click()
    qtbot.waitUntil(lambda: window.detail.work_id != "orbital-sunrise"
                    and not window.detail.is_loading())
    window.go_back()
    qtbot.waitUntil(lambda: window.detail.work_id == "orbital-sunrise"
                    and not window.detail.is_loading())
    qtbot.waitUntil(lambda: bar.value() == left_at)
    window.step(1)  # any other way to a work starts at its top
    qtbot.waitUntil(lambda: window.detail.work_id != "orbital-sunrise"
                    and not window.detail.is_loading())
    qtbot.waitUntil(lambda: bar.value() == 0)


def test_back_from_a_view_returns_to_where_the_visitor_moved_from(window: Any) -> None:
    back = window.actions_.back
    assert not back.isEnabled()  # the first view: nowhere to go back to
    window.actions_.view_missions.trigger()  # a tab
    assert window.page == "missions" and back.isEnabled()
    window.filter_mission("voskhod-2")  # "Show these works in the grid"
    assert window.page == "browse" and back.isEnabled()
    back.trigger()  # Esc, Alt+Left, Go ▸ Back
    assert window.page == "missions"
    back.trigger()
    assert window.page == "browse" and not back.isEnabled()
    window.open_work("orbital-sunrise")
    window.actions_.view_timeline.trigger()  # from a work to the timeline tab
    assert back.isEnabled()
    back.trigger()
    assert (window.page, window.detail.work_id) == ("detail", "orbital-sunrise")
    window.go_back()
    assert window.page == "browse"


def test_esc_in_the_search_field_clears_it_before_it_means_back(window: Any,
                                                                qtbot: Any) -> None:
    from PySide6.QtCore import Qt

    window.show()
    window.actions_.view_timeline.trigger()
    window.focus_search()  # Ctrl+F from the timeline
    assert window.page == "browse"
    field = window.browse.bar.field
    qtbot.keyClicks(field, "moon")
    qtbot.keyClick(field, Qt.Key.Key_Escape)
    assert field.text() == "" and window.page == "browse"


def test_a_new_visit_from_a_view_forgets_the_old_trail() -> None:
    trail = Trail()
    trail.start("timeline")
    trail.push_work("a")
    trail.start("missions")
    assert trail.pop() == ("missions", None)
    assert trail.pop() == ("missions", None)  # Back never leaves the views


@pytest.fixture
def undated_work(ui_catalog_path: Any) -> str:
    from gallery.catalog.store import Catalog

    with Catalog.open(ui_catalog_path, who="tester") as catalog:
        work = {k: v for k, v in catalog.get("near-the-moon").items() if k != "version"}
        work.update(id="undated-moon", title="Man on the Moon", title_ru=None,
                    date_display="date unknown", date_earliest=None, date_latest=None,
                    date_certainty="unknown", missions=[], provenance=[])
        catalog.save(work, None)
    return "undated-moon"


def test_the_timelines_count_keeps_dated_and_undated_works_apart(undated_work: str,
                                                                 window: Any,
                                                                 qtbot: Any) -> None:
    label = window.count_label
    window.show_page("timeline")
    said = "Dated works on the timeline: 4 · undated, listed below: 1"
    qtbot.waitUntil(lambda: label.text() == said)
    window.languages.set_language("ru")
    qtbot.waitUntil(lambda: label.text() ==
                    "Датированных работ на хронологии: 4 · без даты, в списке ниже: 1")
    window.languages.set_language("en")


def test_the_status_bar_counts_what_the_view_shows(window: Any) -> None:
    label = window.count_label
    assert label.text() == "4 of 4 works"
    window.browse.filter_by("mission", "voskhod-2")
    assert label.text() == "2 of 4 works"
    window.show_page("timeline")  # the timeline shows every work, not the grid's results
    assert label.text() == "Works on the timeline: 4"
    window.timeline.view.workActivated.emit("near-the-moon")
    assert label.text() == "Works on the timeline: 4"  # a work opened from it: still that view
    window.show_page("missions")
    assert label.text() == "Missions: 1"
    window.show_page("browse")
    assert label.text() == "2 of 4 works"
    window.languages.set_language("ru")
    window.show_page("timeline")
    assert "На хронологии: 4" in label.text()


@pytest.mark.qt_log_ignore("propagateSizeHints")  # offscreen message boxes say it
def test_the_about_box_gives_version_sources_and_stand_ins(window: Any, qtbot: Any) -> None:
    from importlib import metadata

    window.actions_.about.trigger()
    box = window.findChild(QMessageBox, "aboutBox")
    text = box.text()
    assert metadata.version("leonov-gallery") in text
    sources = window.service.run_now(lambda c: len(c.list_records("sources")))
    assert f"from {sources} published sources" in text
    assert "stand-in drawn by the project" in text
    close = box.button(QMessageBox.StandardButton.Close)
    assert close.text() == "Close" and close.icon().isNull()  # no dark icon on a dark button
    window.languages.set_language("ru")
    box.close()
    window.actions_.about.trigger()
    box = [b for b in window.findChildren(QMessageBox, "aboutBox") if b.isVisible()][-1]
    assert "заменой" in box.text() or "замен" in box.text()
    assert box.windowTitle() == "О программе"  # the desktop adds " — Галерея Леонова"
    box.close()


def test_enter_opens_a_source_link_and_a_related_work(window: Any, qtbot: Any,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QPushButton

    from gallery.ui.detail import cards

    opened: list[str] = []
    monkeypatch.setattr(cards.QDesktopServices, "openUrl",
                        lambda url: opened.append(url.toString()) or True)
    window.open_work("orbital-sunrise")
    qtbot.waitUntil(lambda: not window.detail.is_loading())
    info = window.detail.info
    info.sources_expanded = True  # the sources unfolded
    info.rebuild()
    link = info.findChild(QPushButton, "sourceLink")
    link.setFocus()
    qtbot.keyClick(link, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: opened == ["https://example.org/b"])
    related = info.findChildren(QPushButton, "relatedWork")[0]
    related.setFocus()
    qtbot.keyClick(related, Qt.Key.Key_Enter)
    qtbot.waitUntil(lambda: window.detail.work_id == "stamp-1975")


@pytest.mark.parametrize("view", ["timeline", "missions"])
def test_a_view_shown_for_the_first_time_takes_the_focus(window: Any, view: str) -> None:
    window.show_page(view)
    slot = getattr(window, view)
    assert window.focusWidget() is slot.view  # not a tab button left with a stray ring
