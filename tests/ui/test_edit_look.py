"""The editor looks like what it is: disabled menu items look disabled (on a real X display),
choice lists show their arrow, and the completer's list is readable."""

from __future__ import annotations

import os
from typing import Any

import pytest
from PySide6.QtCore import QPoint, QRect
from PySide6.QtGui import QColor, QImage, QPalette
from PySide6.QtWidgets import QComboBox
from test_edit_support import field

pytestmark = pytest.mark.qt_log_ignore("^This plugin does not support")  # offscreen only


def brightest(image: QImage, rect: QRect) -> int:
    """The highest lightness of the pixels in `rect` (text is the brightest thing in a row)."""
    best = 0
    for y in range(max(rect.top(), 0), min(rect.bottom(), image.height() - 1) + 1):
        for x in range(max(rect.left(), 0), min(rect.right(), image.width() - 1) + 1):
            best = max(best, QColor(image.pixel(x, y)).lightness())
    return best


def contrast(a: QColor, b: QColor) -> float:
    def luminance(c: QColor) -> float:
        def channel(v: float) -> float:
            return v / 12.92 if v <= 0.03928 else ((v + 0.055) / 1.055) ** 2.4
        return (0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF())
                + 0.0722 * channel(c.blueF()))
    hi, lo = sorted((luminance(a), luminance(b)), reverse=True)
    return (hi + 0.05) / (lo + 0.05)


@pytest.mark.xcb
@pytest.mark.skipif(os.environ.get("QT_QPA_PLATFORM") != "xcb", reason="needs a real X display")
def test_disabled_menu_items_look_disabled(qtbot: Any, editor: Any) -> None:
    save, new = editor.actions_by_name["save"], editor.actions_by_name["new"]
    assert not save.isEnabled() and new.isEnabled()  # nothing typed: nothing to save
    menu = editor.menuBar().actions()[0].menu()
    menu.popup(editor.mapToGlobal(QPoint(20, 40)))
    qtbot.waitExposed(menu)
    image = menu.grab().toImage()
    menu.hide()
    dim = brightest(image, menu.actionGeometry(save))
    bright = brightest(image, menu.actionGeometry(new))
    assert bright - dim >= 60, (bright, dim)


def test_choice_lists_show_their_arrow(qtbot: Any, editor: Any) -> None:
    box = field(editor, "title_status")
    assert isinstance(box, QComboBox) and not box.isEditable()
    box.resize(220, box.sizeHint().height())
    image = box.grab().toImage()
    arrow = QRect(image.width() - 22, 0, 22, image.height())
    field_colour = QColor("#2d3035").lightness()
    assert brightest(image, arrow) - field_colour >= 80  # a visible arrow at the right


def test_the_completer_list_is_readable(qtbot: Any, editor: Any) -> None:
    editor.work_form.show_tab("People & missions")
    picker = editor.work_form.findChild(object, "links_people").picker
    popup = picker.completer().popup()
    popup.ensurePolished()
    palette = popup.palette()
    assert contrast(palette.color(QPalette.ColorRole.Text),
                    palette.color(QPalette.ColorRole.Base)) >= 7
    assert contrast(palette.color(QPalette.ColorRole.HighlightedText),
                    palette.color(QPalette.ColorRole.Highlight)) >= 4.5
