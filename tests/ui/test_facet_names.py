"""A long filter name wraps onto more lines, whole, with its count beside it (issue 15
review: "Экспериментальный полёт «Союз» — «Апо…" was cut even at 2560 px)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

LONG = "Экспериментальный полёт «Союз» — «Аполлон» («Союз-19»)"


def value_index(tree: Any, name: str) -> Any:
    model = tree.model()
    for group in range(model.rowCount()):
        parent = model.index(group, 0)
        for row in range(model.rowCount(parent)):
            index = model.index(row, 0, parent)
            if index.data(model.NameRole) == name:
                return index
    raise AssertionError(name)


def test_a_long_filter_name_wraps_whole_beside_its_count(window: Any) -> None:
    panel = window.browse.facets
    panel.set_counts({"mission": [("apollo-soyuz", LONG, 7), ("voskhod-2", "«Восход-2»", 7)]})
    tree = panel.tree
    window.resize(1280, 720)
    window.browse.splitter.setSizes([300, 980])
    QApplication.processEvents()
    long_row, short_row = value_index(tree, LONG), value_index(tree, "«Восход-2»")
    long_rect, short_rect = tree.visualRect(long_row), tree.visualRect(short_row)
    assert long_rect.height() >= 2 * short_rect.height() - 12  # two lines or more
    image = tree.viewport().grab(long_rect).toImage()

    def bright(xs: range, ys: range) -> bool:
        return any(image.pixelColor(x, y).lightness() > 120 for x in xs for y in ys)

    half = image.height() // 2
    name_xs = range(40, image.width() - 40)
    assert bright(name_xs, range(2, half)) and bright(name_xs, range(half, image.height() - 2))
    assert bright(range(image.width() - 30, image.width()), range(image.height()))  # the count
    # wide: one line again
    window.browse.splitter.setSizes([900, 380])
    QApplication.processEvents()
    tree.doItemsLayout()
    assert tree.visualRect(long_row).height() == tree.visualRect(short_row).height()


def test_a_clicked_heading_leaves_no_highlight_beside_it(window: Any, qtbot: Any) -> None:
    """The branch area left of a clicked (current) row is the panel's, never the highlight
    colour (a stray orange block, issue 15 review)."""
    from PySide6.QtGui import QPalette

    tree = window.browse.facets.tree
    window.resize(1280, 720)
    QApplication.processEvents()
    model = tree.model()
    heading = next(model.index(r, 0) for r in range(model.rowCount())
                   if not tree.isRowHidden(r, model.index(r, 0).parent()))
    rect = tree.visualRect(heading)
    qtbot.mouseClick(tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    tree.setFocus()
    QApplication.processEvents()
    assert tree.currentIndex() == heading
    highlight = tree.palette().color(QPalette.ColorRole.Highlight).name()
    image = tree.viewport().grab().toImage()
    row = tree.visualRect(heading)
    colours = {image.pixelColor(x, y).name() for x in range(0, max(row.left(), 1))
               for y in range(row.top() + 2, row.bottom() - 1)}
    assert highlight not in colours, colours
