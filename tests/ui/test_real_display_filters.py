"""The Works page's filters on a real X server with a window manager: keys typed through the
X server (the filter tree is one Tab stop with arrows inside; typed years filter the grid),
focus rings, and the panel's geometry (counts never cut off). Run with `pytest -m xcb`."""

from __future__ import annotations

import shutil
import subprocess
from typing import Any

import pytest

pytestmark = [pytest.mark.xcb,
              pytest.mark.skipif(shutil.which("xdotool") is None, reason="needs xdotool")]


def press(*keys: str) -> None:
    """Type `keys` through the X server (XTEST), as a person at the keyboard would."""
    for key in keys:
        subprocess.run(["xdotool", "key", "--clearmodifiers", key], check=True, timeout=10)


def activate(qtbot: Any, window: Any) -> None:
    window.raise_()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=5000)


def focused() -> Any:
    from PySide6.QtWidgets import QApplication

    return QApplication.focusWidget()


def shown_ids(window: Any) -> list[str]:
    from gallery.ui.browse.models import WorkIdRole

    model = window.model
    return [model.data(model.index(r), WorkIdRole) for r in range(model.rowCount())]


def test_the_filter_tree_is_one_tab_stop_with_arrows_inside(qtbot: Any, window: Any) -> None:
    from gallery.ui.browse.facet_model import FacetTreeModel

    activate(qtbot, window)
    facets = window.browse.facets
    tree = facets.tree
    facets.year_to.setFocus()
    qtbot.waitUntil(lambda: focused() is facets.year_to, timeout=3000)
    press("Tab")
    qtbot.waitUntil(lambda: focused() is tree, timeout=3000)
    group = tree.currentIndex()
    assert group.data(FacetTreeModel.GroupRole)  # the first group ("Mission")
    press("Down")
    qtbot.waitUntil(lambda: tree.currentIndex().parent() == group, timeout=3000)
    value = tree.currentIndex().data(FacetTreeModel.ValueRole)
    press("space")  # chooses the value: the grid narrows
    qtbot.waitUntil(lambda: facets.filters() == {"mission": [value]}, timeout=3000)
    press("Return")  # Enter chooses too: here it unchooses
    qtbot.waitUntil(lambda: facets.filters() == {}, timeout=3000)
    press("Up", "Left")  # back on the group; Left folds it
    qtbot.waitUntil(lambda: not tree.isExpanded(group), timeout=3000)
    press("Right")
    qtbot.waitUntil(lambda: tree.isExpanded(group), timeout=3000)
    press("Tab")  # one stop: the next Tab leaves the panel at once
    qtbot.waitUntil(lambda: focused() is not tree, timeout=3000)
    assert not facets.isAncestorOf(focused())
    assert focused() is window.browse.grid
    press("shift+Tab")
    qtbot.waitUntil(lambda: focused() is tree, timeout=3000)


def test_typed_years_filter_the_grid_without_enter(qtbot: Any, window: Any) -> None:
    activate(qtbot, window)
    box = window.browse.facets.year_from
    box.setFocus()
    qtbot.waitUntil(lambda: focused() is box, timeout=3000)
    press("1", "9", "7", "0")
    qtbot.waitUntil(lambda: sorted(shown_ids(window)) == ["hostile", "stamp-1975"],
                    timeout=3000)
    assert box.text() == "1970"
    press("Up")
    qtbot.waitUntil(lambda: box.text() == "1971", timeout=3000)


def test_a_short_year_left_with_enter_or_tab_is_brought_within_the_catalog(
        qtbot: Any, window: Any) -> None:
    activate(qtbot, window)
    years = window.browse.facets.years
    first = years.histogram.first
    box = years.year_from
    box.setFocus()
    qtbot.waitUntil(lambda: focused() is box, timeout=3000)
    press("minus", "5", "Return")  # the minus is refused; 5 is long before the works
    qtbot.waitUntil(lambda: box.text() == str(first), timeout=3000)
    assert years.range()[0] == first and years.note.isVisible()
    box = years.year_to
    box.setFocus()
    qtbot.waitUntil(lambda: focused() is box, timeout=3000)
    press("0", "Tab")  # "To" behaves as "From" does
    qtbot.waitUntil(lambda: box.text() == str(first), timeout=3000)
    assert years.range() == (first, first) and years.note.isVisible()


def ring_pixels(widget: Any, rect: Any) -> int:
    """How many pixels of the gold focus colour the widget shows at the right end of `rect`
    (where a short heading's text never reaches)."""
    from PySide6.QtGui import QColor

    image = widget.grab().toImage()
    gold = QColor("#d8a657")
    found = 0
    for y in range(max(0, rect.top()), min(image.height(), rect.bottom() + 1)):
        for x in range(max(0, rect.right() - 4), min(image.width(), rect.right() + 1)):
            colour = image.pixelColor(x, y)
            if (abs(colour.red() - gold.red()) < 40 and abs(colour.green() - gold.green()) < 40
                    and abs(colour.blue() - gold.blue()) < 40):
                found += 1
    return found


def test_the_focused_filter_row_shows_a_focus_ring(qtbot: Any, window: Any) -> None:
    activate(qtbot, window)
    tree = window.browse.facets.tree
    window.browse.bar.field.setFocus()
    qtbot.waitUntil(lambda: focused() is window.browse.bar.field, timeout=3000)
    group = tree.model().index(1, 0)  # a group row: no check box that could be gold
    tree.setCurrentIndex(group)
    rect = tree.visualRect(group).translated(tree.viewport().pos())
    assert ring_pixels(tree, rect) == 0  # no ring while the tree has no focus
    tree.setFocus()
    qtbot.waitUntil(lambda: focused() is tree, timeout=3000)
    assert ring_pixels(tree, rect) >= rect.height() // 2  # a ring around the current row


def test_counts_are_never_cut_off_at_1280_by_720_in_russian(qtbot: Any, window: Any) -> None:
    from PySide6.QtWidgets import QApplication

    from gallery.ui.browse.facet_model import FacetTreeModel

    window.resize(1280, 690)
    activate(qtbot, window)
    window.languages.set_language("ru")
    QApplication.processEvents()
    facets, tree = window.browse.facets, window.browse.facets.tree
    assert 250 <= facets.width() <= 1280 * 0.3
    model = tree.model()
    metrics = tree.fontMetrics()
    for group_row in range(model.rowCount()):
        group = model.index(group_row, 0)
        for row in range(model.rowCount(group)):
            index = model.index(row, 0, group)
            rect = tree.visualRect(index)
            if rect.isEmpty():
                continue
            count = str(index.data(FacetTreeModel.CountRole))
            # the count sits right-aligned inside the visible row, beside the scroll bar
            assert rect.right() <= tree.viewport().width()
            assert rect.width() > metrics.horizontalAdvance(count) + 60
    assert tree.verticalScrollBar().isVisible() or model.rowCount() < 5
    assert window.browse.facets.year_from.width() >= metrics.horizontalAdvance("любой")


def tab_cycle(qtbot: Any, window: Any) -> list[str]:
    """The object names Tab reaches from the search field until the grid."""
    window.browse.bar.focus()
    qtbot.waitUntil(lambda: focused() is window.browse.bar.field, timeout=3000)
    names = []
    for _ in range(14):
        press("Tab")
        qtbot.wait(60)
        widget = focused()
        names.append(widget.objectName() if widget is not None else "")
        if names[-1] == "worksGrid":
            break
    return names


FILTER_STOPS = ["sortBox", "thumbSizeSlider", "clearFiltersButton", "yearFrom", "yearTo",
                "facetTree"]


def test_the_works_page_tab_cycle_reads_in_order_with_few_stops_in_the_filters(
        qtbot: Any, window: Any) -> None:
    activate(qtbot, window)
    window.browse.facets.check("image", "standin")  # a chip, and Clear filters enabled
    assert tab_cycle(qtbot, window) == [*FILTER_STOPS, "filterChip", "worksGrid"]


def test_chips_are_removed_from_the_keyboard_and_the_focus_moves_on(qtbot: Any,
                                                                    window: Any) -> None:
    activate(qtbot, window)
    chips = window.browse.chips
    window.browse.facets.check("decade", "1960s")
    window.browse.facets.check("image", "standin")
    assert tab_cycle(qtbot, window) == [*FILTER_STOPS, "filterChip", "filterChip",
                                        "chipsClearAll", "worksGrid"]
    press("shift+Tab", "shift+Tab", "shift+Tab")  # back over "Clear all" to the first chip
    qtbot.waitUntil(lambda: focused() is chips.buttons[0], timeout=3000)
    press("Return")  # the decade goes; the focus is on the chip now first
    qtbot.waitUntil(lambda: window.browse.facets.filters() == {"image": ["standin"]},
                    timeout=3000)
    qtbot.waitUntil(lambda: focused() is chips.buttons[0], timeout=3000)
    assert chips.buttons[0].text().startswith("Image")
    press("Delete")  # the last chip: the focus goes to the search field
    qtbot.waitUntil(lambda: window.browse.facets.filters() == {}, timeout=3000)
    qtbot.waitUntil(lambda: focused() is window.browse.bar.field, timeout=3000)
    assert chips.isHidden()
    # no chips, and "Clear filters" is disabled: neither is a stop
    assert tab_cycle(qtbot, window) == [n for n in FILTER_STOPS if n != "clearFiltersButton"
                                        ] + ["worksGrid"]


def test_the_arrow_keys_step_over_a_bands_fillers(qtbot: Any, window: Any) -> None:
    """Sorted by date each decade starts a row: Right from a decade's last work goes on to
    the next decade's first, Left back, Down into a shorter row finds its work."""
    from gallery.ui.browse.models import WorkIdRole

    activate(qtbot, window)
    grid = window.browse.grid
    ids = window.model.work_ids()
    grid.setFocus()
    grid.select_row(1)  # the second and last work of the 1960s
    qtbot.waitUntil(lambda: focused() is grid, timeout=3000)
    assert grid.model().index(2, 0).data(WorkIdRole) is None  # a filler beside it
    press("Right")
    qtbot.waitUntil(lambda: grid.current_work_row() == 2, timeout=3000)
    press("Left")
    qtbot.waitUntil(lambda: grid.current_work_row() == 1, timeout=3000)
    press("Down")
    qtbot.waitUntil(lambda: grid.current_work_row() == 2, timeout=3000)
    press("Return")
    qtbot.waitUntil(lambda: window.detail.work_id == ids[2], timeout=5000)
