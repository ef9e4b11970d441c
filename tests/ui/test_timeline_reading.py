"""Reading the timeline (issue 15): the wheel scrolls and Ctrl+wheel or the corner buttons zoom,
the "made" lane is in view on a laptop-sized window, and a wide window elides fewer labels."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QApplication

from gallery.catalog.store import Catalog
from gallery.ui.timeline import TimelineView, load_timeline_data
from gallery.ui.timeline.layout import MAX_LABEL

SHIPPED = Path(__file__).resolve().parents[2] / "catalog.db"


def wheel(view: TimelineView, dy: int, mods: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier,
          ) -> None:
    at = QPointF(view.body_rect().center())
    event = QWheelEvent(at, QPointF(view.mapToGlobal(at.toPoint())), QPoint(0, 0),
                        QPoint(0, dy), Qt.MouseButton.NoButton, mods,
                        Qt.ScrollPhase.NoScrollPhase, False)
    QApplication.sendEvent(view, event)


@pytest.fixture
def shipped_view(qtbot: Any) -> Iterator[TimelineView]:
    """The timeline on the shipped catalog (58 works), in a 1280×720 laptop's window."""
    with Catalog.open(SHIPPED, writer=False) as catalog:
        data = load_timeline_data(catalog)
    widget = TimelineView()
    qtbot.addWidget(widget)
    # what the window leaves the view at 1280×720: menus, tabs and status bar take ~110 px
    widget.resize(1264, 560)
    widget.set_data(*data)
    widget.show()
    qtbot.waitExposed(widget)
    yield widget
    widget.close()


def test_the_wheel_scrolls_and_ctrl_wheel_zooms(shipped_view: TimelineView) -> None:
    view = shipped_view
    fit = view.pixels_per_year()
    assert view.vbar.maximum() > 0  # the lanes are taller than the window
    wheel(view, -120)
    assert view.vbar.value() > 0 and view.pixels_per_year() == pytest.approx(fit)
    wheel(view, 120, Qt.KeyboardModifier.ControlModifier)
    assert view.pixels_per_year() > fit
    wheel(view, -120, Qt.KeyboardModifier.ShiftModifier)
    assert view.hbar.value() > 0


def test_the_corner_buttons_zoom(shipped_view: TimelineView) -> None:
    view = shipped_view
    fit = view.pixels_per_year()
    buttons = view.zoom_controls.buttons
    assert view.body_rect().contains(QPointF(view.zoom_controls.geometry().center()))
    buttons["zoomIn"].click()
    assert view.pixels_per_year() > fit
    buttons["zoomOut"].click()
    buttons["zoomIn"].click()
    buttons["zoomFit"].click()
    assert view.pixels_per_year() == pytest.approx(fit)
    assert buttons["zoomIn"].accessibleName().startswith("Zoom in")


def test_the_made_lane_is_in_view_on_a_laptop(shipped_view: TimelineView) -> None:
    view = shipped_view
    top, _height = view.geometry_info().lanes["made"]
    body = view.body_rect()
    assert view.vbar.value() == 0
    assert top + 60 < body.height()  # its heading and first rows show without scrolling
    first = min((i for i in view.geometry_info().items if i.lane == "made"),
                key=lambda i: i.y0)
    assert body.top() + first.y1 < body.bottom()


def test_a_wide_window_gives_labels_more_room(shipped_view: TimelineView, qtbot: Any) -> None:
    view = shipped_view
    narrow = sum(i.label.endswith("…") or i.label_w >= MAX_LABEL
                 for i in view.geometry_info().items)
    view.resize(2540, 1300)
    qtbot.waitUntil(lambda: view.geometry_info().ppy > 0)
    wide = view.geometry_info()
    assert max(i.label_w for i in wide.items if i.lane == "made") > MAX_LABEL
    assert sum(i.label_w >= MAX_LABEL * 2 - 1 for i in wide.items) < narrow


def test_works_on_the_timeline_show_their_small_pictures(window: Any, qtbot: Any) -> None:
    window.show_page("timeline")
    view = window.timeline.view
    made = [i for i in view.geometry_info().items if i.lane == "made"]
    assert made and all(i.thumb > 0 for i in made)  # room kept beside each title
    view.grab()  # painting asks for the pictures on screen
    qtbot.waitUntil(lambda: not view.busy())
    picture = view.thumbnail("orbital-sunrise")
    assert picture is not None and not picture.isNull()
    assert picture.cacheKey() == window.thumbnails.pixmap(
        window.service.run_now(lambda c: c.get("orbital-sunrise"))["image_sha256"]).cacheKey()
