"""In the mission page, assistive tools read each heading before its section's rows, as it is
seen (issue 15): the accessible children come in layout order."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtGui import QAccessible
from test_missions import add_mission_details

from gallery.ui.missions import MissionsView, load_missions


@pytest.fixture
def view(qtbot: Any, catalog: Any) -> Iterator[MissionsView]:
    add_mission_details(catalog)
    widget = MissionsView(url_opener=lambda _url: None)
    qtbot.addWidget(widget)
    widget.resize(1400, 900)
    widget.set_missions(load_missions(catalog))
    widget.show()
    qtbot.waitExposed(widget)
    yield widget
    widget.close()


def read_aloud(widget: Any) -> list[str]:
    """The names of the page's accessible children, in the order a screen reader gets them."""
    page = QAccessible.queryAccessibleInterface(widget)
    names = []
    for n in range(page.childCount()):
        child = page.child(n)
        names.append(child.text(QAccessible.Text.Name) or child.text(QAccessible.Text.Value))
    return [name for name in names if name]


def test_headings_come_before_their_rows(view: MissionsView) -> None:
    assert view.select("voskhod-2")
    said = read_aloud(view.page)
    said = said[len(said) - said[::-1].index("Voskhod 2") - 1:]  # the page now shown
    crew, facts = said.index("Crew"), said.index("Key facts")
    assert "Alexei Leonov" in said[crew + 1:facts]  # the crew's rows after their heading
    assert said.index("Spacewalk duration") > facts
    assert said.index("Leonov left the ship for twelve minutes.") > said.index("Summary")
