"""The life timeline: two lanes joined by connectors, clicks and keys that activate items."""

from __future__ import annotations

import itertools
from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import QPoint, Qt

from gallery.ui.timeline import TimelineView, load_timeline_data


def add_timeline_works(catalog: Any) -> None:
    """A 2006 painting of the 1965 spacewalk, an undated work, a cancelled year-only mission."""
    leonov = catalog.get_record("people", "alexei-leonov")
    leonov.update(born_date="1934-05-30", died_date="2019-10-11")
    catalog.save_record("people", leonov, leonov["version"])
    catalog.save_record("missions", {
        "id": "voskhod-1", "name": "Voskhod 1", "name_ru": "Восход-1", "status": "reassigned",
        "date_display": "1964"}, None)
    catalog.save_record("missions", {
        "id": "soyuz-11", "name": "Soyuz 11", "status": "replaced",
        "date_display": "June 1971", "date_start": "1971-06-06",
        "date_end": "1971-06-30"}, None)
    catalog.save(like(catalog, "near-the-moon",
        id="spacewalk-2006", title="Spacewalk. 25.03.1965", title_ru="Выход в открытый космос",
        date_display="2006", date_earliest="2006-01-01", date_latest="2006-12-31",
        missions=[{"mission_id": "voskhod-2", "link": "depicts"}]), None)
    catalog.save(like(catalog, "near-the-moon",
        id="undated-moon", title="Man on the Moon", title_ru=None, date_display="date unknown",
        date_earliest=None, date_latest=None, date_certainty="unknown", missions=[]), None)


def like(catalog: Any, work_id: str, **changes: Any) -> dict[str, Any]:
    """A new work record copied from an existing one, with changes."""
    record = {k: v for k, v in catalog.get(work_id).items() if k != "version"}
    record.update(provenance=[], **changes)
    return record


@pytest.fixture
def view(qtbot: Any, catalog: Any) -> Iterator[TimelineView]:
    add_timeline_works(catalog)
    widget = TimelineView()
    qtbot.addWidget(widget)
    widget.resize(1600, 700)
    widget.set_data(*load_timeline_data(catalog))
    widget.show()
    qtbot.waitExposed(widget)
    yield widget
    widget.close()


def test_a_2006_work_of_1965_stands_in_both_lanes(view: TimelineView) -> None:
    made, shown = view.item_rect("spacewalk-2006"), view.depicted_rect("spacewalk-2006")
    assert made is not None and shown is not None
    geo = view.geometry_info()
    items = {(i.kind, i.key): i for i in geo.items}
    assert geo.year(items["made", "spacewalk-2006"].x0) == pytest.approx(2006, abs=0.01)
    # In the "what it shows" lane the work sits on Voskhod 2's dates, 18–19 March 1965.
    assert geo.year(items["depicts", "spacewalk-2006"].x0) == pytest.approx(1965.21, abs=0.01)
    assert items["depicts", "spacewalk-2006"].mission_id == "voskhod-2"
    # "when it was made" comes first (a laptop shows it without scrolling), "what it shows"
    # under it, just above the missions
    assert made.bottom() < shown.top()
    links = [c for c in view.connectors() if c[0] == "spacewalk-2006"]
    assert len(links) == 1
    _work, mission, start, end = links[0]
    assert mission == "voskhod-2"
    assert made.contains(start.toPoint() - QPoint(0, 2))
    assert shown.contains(end.toPoint() + QPoint(0, 2))


def test_only_depicting_links_make_a_second_item(view: TimelineView) -> None:
    # orbital-sunrise was made during Voskhod 2: one item only; the stamp commemorates it.
    assert view.depicted_rect("orbital-sunrise") is None
    assert view.depicted_rect("stamp-1975", "voskhod-2") is not None


def test_clicking_a_work_emits_its_id(view: TimelineView, qtbot: Any) -> None:
    rect = view.item_rect("spacewalk-2006")
    with qtbot.waitSignal(view.workActivated) as signal:
        qtbot.mouseClick(view, Qt.MouseButton.LeftButton, pos=rect.center())
    assert signal.args == ["spacewalk-2006"]
    shown = view.depicted_rect("spacewalk-2006")
    with qtbot.waitSignal(view.workActivated) as signal:
        qtbot.mouseClick(view, Qt.MouseButton.LeftButton, pos=shown.center())
    assert signal.args == ["spacewalk-2006"]


def test_clicking_a_mission_emits_its_id(view: TimelineView, qtbot: Any) -> None:
    rect = view.mission_rect("voskhod-2")
    with qtbot.waitSignal(view.missionActivated) as signal:
        qtbot.mouseClick(view, Qt.MouseButton.LeftButton, pos=rect.center())
    assert signal.args == ["voskhod-2"]


def test_undated_work_goes_to_the_tray(view: TimelineView, qtbot: Any) -> None:
    assert view.undated_ids() == ["undated-moon"]
    rect = view.item_rect("undated-moon")
    assert rect is not None and rect.top() > view.body_rect().bottom()
    with qtbot.waitSignal(view.workActivated) as signal:
        qtbot.mouseClick(view, Qt.MouseButton.LeftButton, pos=rect.center())
    assert signal.args == ["undated-moon"]


def test_year_only_mission_is_a_fuzzy_year_band(view: TimelineView) -> None:
    band = next(i for i in view.geometry_info().items if i.key == "voskhod-1")
    assert band.fuzzy_left and band.fuzzy_right
    geo = view.geometry_info()
    assert geo.year(band.x1) - geo.year(band.x0) == pytest.approx(1.0, abs=0.01)


def test_labels_in_a_lane_never_overlap(view: TimelineView) -> None:
    items = view.geometry_info().items
    for lane in ("missions", "depicts", "made"):
        rows: dict[int, list[tuple[float, float]]] = {}
        for item in (i for i in items if i.lane == lane):
            rows.setdefault(item.row, []).append((item.label_x, item.label_x + item.label_w))
        for spans in rows.values():
            spans.sort()
            for (_a0, a1), (b0, _b1) in itertools.pairwise(spans):
                assert a1 <= b0


def test_keyboard_walks_items_and_enter_activates(view: TimelineView, qtbot: Any) -> None:
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Home)
    assert view.focused()[0] == "made"  # the first lane
    qtbot.keyClick(view, Qt.Key.Key_Down)
    assert view.focused()[0] == "depicts"
    qtbot.keyClick(view, Qt.Key.Key_Down)
    assert view.focused()[0] == "missions"
    with qtbot.waitSignal(view.missionActivated) as signal:
        qtbot.keyClick(view, Qt.Key.Key_Return)
    assert signal.args == [view.focused()[1]]
    qtbot.keyClick(view, Qt.Key.Key_Up)
    qtbot.keyClick(view, Qt.Key.Key_Up)
    assert view.focused()[0] == "made"
    first = view.focused()
    qtbot.keyClick(view, Qt.Key.Key_Right)
    assert view.focused() != first
    with qtbot.waitSignal(view.workActivated):
        qtbot.keyClick(view, Qt.Key.Key_Enter)


@pytest.mark.qt_log_ignore("does not support propagateSizeHints")  # offscreen plugin only
def test_the_timeline_is_one_tab_stop_with_arrows_inside(qtbot: Any, catalog: Any) -> None:
    from PySide6.QtWidgets import QLineEdit, QPushButton, QVBoxLayout, QWidget

    add_timeline_works(catalog)
    window = QWidget()
    qtbot.addWidget(window)
    before, view, after = QLineEdit(window), TimelineView(window), QPushButton("after", window)
    column = QVBoxLayout(window)
    for widget in (before, view, after):
        column.addWidget(widget)
    window.resize(1600, 800)
    view.set_data(*load_timeline_data(catalog))
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    before.setFocus()
    qtbot.keyClick(before, Qt.Key.Key_Tab)
    assert view.hasFocus()
    first = view.focused()
    assert first is not None and first[0] == "made"  # the ring is on the first work at once
    made = [i for i in view.geometry_info().items if i.lane == "made"]
    assert first[1] == min(made, key=lambda i: (i.x0, i.row)).key
    titles = {w["id"]: w["title"] for w in load_timeline_data(catalog)[0]}
    assert view.accessibleName().startswith(titles[first[1]] + "; ")  # the event, said
    qtbot.keyClick(view, Qt.Key.Key_Tab)  # the next Tab leaves: one stop, not one per event
    assert after.hasFocus()
    qtbot.keyClick(after, Qt.Key.Key_Backtab)
    assert view.hasFocus() and view.focused() == first  # back where the reader was
    xs = {(i.lane, i.key, i.mission_id): i.x0 for i in view.geometry_info().items}
    qtbot.keyClick(view, Qt.Key.Key_Right)
    assert xs[view.focused()] >= xs[first] and view.focused() != first  # later in time
    qtbot.keyClick(view, Qt.Key.Key_End)
    last = max((i for i in made), key=lambda i: (i.x0, i.row))
    assert view.focused() == ("made", last.key, "")
    assert view.accessibleName().startswith(titles[last.key] + "; ")
    qtbot.keyClick(view, Qt.Key.Key_Left)
    assert xs[view.focused()] <= xs[("made", last.key, "")]
    qtbot.keyClick(view, Qt.Key.Key_Home)
    assert view.focused() == first
    qtbot.keyClick(view, Qt.Key.Key_Down)
    assert view.focused()[0] == "depicts"
    with qtbot.waitSignal(view.workActivated) as opened:
        qtbot.keyClick(view, Qt.Key.Key_Return)
    assert opened.args == [view.focused()[1]]
    window.close()


def test_zoom_and_pan(view: TimelineView, qtbot: Any) -> None:
    fit = view.pixels_per_year()
    qtbot.keyClick(view, Qt.Key.Key_Plus)
    assert view.pixels_per_year() > fit
    assert view.hbar.maximum() > 0
    view.hbar.setValue(view.hbar.maximum())
    qtbot.keyClick(view, Qt.Key.Key_0)
    assert view.pixels_per_year() == pytest.approx(fit)
    view.zoom_out()
    assert view.pixels_per_year() == pytest.approx(fit)  # never smaller than the whole life


def test_language_switches_catalog_titles(view: TimelineView) -> None:
    item = next(i for i in view.geometry_info().items if i.key == "spacewalk-2006")
    assert item.label == "Spacewalk. 25.03.1965"
    view.set_language("ru")
    item = next(i for i in view.geometry_info().items if i.key == "spacewalk-2006")
    assert item.label == "Выход в открытый космос"
    assert not view.grab().isNull()
