"""The timeline at 1280×720 (issue 15 review): the undated tray folds into one line so the
lanes get the room, and a work's small picture stays beside its mark when its label is set
to the mark's left."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt

from gallery.catalog.store import Catalog
from gallery.ui.timeline import TimelineView, load_timeline_data
from gallery.ui.timeline.layout import PlacedItem
from gallery.ui.timeline.thumbs import ROOM, THUMB_W, line_x, thumb_x

SHIPPED = Path(__file__).resolve().parents[2] / "catalog.db"


@pytest.fixture
def view(qtbot: Any) -> Iterator[TimelineView]:
    catalog = Catalog.open(SHIPPED, read_only=True)
    widget = TimelineView()
    qtbot.addWidget(widget)
    widget.resize(1280, 600)  # what the window gives it on a 1280×720 screen
    widget.set_data(*load_timeline_data(catalog))
    catalog.close()
    widget.show()
    qtbot.waitExposed(widget)
    yield widget
    widget.close()


def test_the_undated_tray_is_one_line_until_unfolded(view: TimelineView, qtbot: Any) -> None:
    undated = view.undated_ids()
    assert len(undated) > 10
    chips = view.tray_chips()
    assert len({c.rect.top() for c in chips}) == 1  # one line
    toggle = chips[-1]
    assert toggle.work_id == "" and len(toggle.hidden) == len(undated) - (len(chips) - 1)
    assert toggle.label == f"+{len(toggle.hidden)} more"
    assert view.tray_heading() == f"Undated works: {len(undated)}"
    folded_body = view.body_rect().height()
    assert view.height() - folded_body < 200  # legend, axis and the tray's line, no more
    qtbot.mouseClick(view, Qt.MouseButton.LeftButton, pos=toggle.rect.center().toPoint())
    assert view.tray_unfolded
    unfolded = view.tray_chips()
    assert sorted(c.work_id for c in unfolded if c.work_id) == sorted(undated)
    assert view.body_rect().height() < folded_body
    fold = unfolded[-1]
    assert fold.work_id == "" and fold.label == "Show fewer"
    qtbot.mouseClick(view, Qt.MouseButton.LeftButton, pos=fold.rect.center().toPoint())
    assert not view.tray_unfolded and view.body_rect().height() == folded_body


def test_the_tray_unfolds_from_the_keyboard(view: TimelineView, qtbot: Any) -> None:
    view.setFocus(Qt.FocusReason.TabFocusReason)
    view._set_focus_target(("tray", view.tray_chips()[0].work_id, ""))
    qtbot.keyClick(view, Qt.Key.Key_End)
    assert view.focused() == ("tray", "", "toggle")
    qtbot.keyClick(view, Qt.Key.Key_Return)
    assert view.tray_unfolded and view.focused() == ("tray", "", "toggle")
    assert len(view.tray_chips()) == len(view.undated_ids()) + 1


def test_the_tray_says_it_in_russian(view: TimelineView, qtbot: Any) -> None:
    from PySide6.QtWidgets import QApplication

    from gallery.ui import i18n

    i18n.install_language(QApplication.instance(), "ru")
    try:
        assert view.tray_heading().startswith("Работы без даты: ")
        assert view.tray_chips()[-1].label.startswith("ещё ")
    finally:
        i18n.install_language(QApplication.instance(), "en")


def item(label_x: float, x0: float) -> PlacedItem:
    return PlacedItem(kind="made", key="w", lane="made", row=0, x0=x0, x1=x0 + 8, y0=0, y1=20,
                      label="A title", label_x=label_x, label_w=200 + ROOM, thumb=ROOM)


def test_a_picture_stays_beside_its_mark_whichever_side_the_label_is() -> None:
    right = item(label_x=520, x0=500)  # the label after the mark: picture first
    assert thumb_x(right) == 520 and line_x(right, 150) == 520 + ROOM
    left = item(label_x=500 - 6 - 200 - ROOM, x0=500)  # the label before the mark
    assert 0 <= left.x0 - (thumb_x(left) + THUMB_W) <= 8  # beside the mark
    assert line_x(left, 150) + 150 <= thumb_x(left)  # the words end at the picture
