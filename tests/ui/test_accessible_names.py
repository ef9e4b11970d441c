"""What assistive tools are told (issue 15): the search field's clear button has a name, and a
grid item whose picture is a stand-in says so."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QToolButton


def test_the_search_field_s_clear_button_has_a_name(window: Any) -> None:
    field = window.browse.bar.field
    field.setText("moon")
    buttons = field.findChildren(QToolButton)
    assert buttons and all(b.accessibleName() == "Clear the search" for b in buttons)
    window.languages.set_language("ru")
    assert all(b.accessibleName() == "Очистить поиск" for b in field.findChildren(QToolButton))


def test_grid_items_say_stand_in(window: Any) -> None:
    model = window.model
    said = {model.row_data(r).id: model.data(model.index(r), Qt.ItemDataRole.AccessibleTextRole)
            for r in range(model.rowCount())}
    assert "stand-in image, not the artwork" in said["orbital-sunrise"]  # a stand-in
    assert "stand-in" not in said["near-the-moon"]  # a real scan in the sample catalog
    window.languages.set_language("ru")
    text = model.data(model.index(model.row_of("orbital-sunrise")),
                      Qt.ItemDataRole.AccessibleTextRole)
    assert "замещающее изображение" in text


def test_the_image_and_the_text_show_a_focus_ring_when_tabbed_to(window: Any,
                                                                  qtbot: Any) -> None:
    from PySide6.QtGui import QColor

    window.open_work("orbital-sunrise")
    qtbot.waitUntil(lambda: not window.detail.is_loading())
    canvas, info = window.detail.canvas, window.detail.info
    gold = QColor("#d8a657")

    def ring(widget: Any, x: int, y: int) -> bool:
        colour = widget.grab().toImage().pixelColor(x, y)
        return abs(colour.red() - gold.red()) + abs(colour.green() - gold.green()) < 40

    assert canvas.hasFocus() and not ring(canvas, 1, canvas.height() // 2)  # opened: none
    window.detail.back_button.setFocus(Qt.FocusReason.TabFocusReason)
    canvas.setFocus(Qt.FocusReason.TabFocusReason)  # reached with the keyboard
    assert ring(canvas, 1, canvas.height() // 2)
    info.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(info.hasFocus)
    assert ring(info, 0, info.height() // 2)
    assert not ring(canvas, 1, canvas.height() // 2)
