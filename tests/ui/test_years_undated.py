"""A year range leaves out the works with no known date, and the years filter says so."""

from __future__ import annotations

from typing import Any


def test_choosing_years_says_the_undated_works_are_left_out(window: Any, qtbot: Any) -> None:
    years = window.browse.facets.years
    note = years.undated_note
    assert note.isHidden()  # any year: every work is in the grid
    qtbot.keyClicks(years.year_from, "1970")
    qtbot.waitUntil(lambda: not note.isHidden())
    assert "no known date" in note.text()
    years.clear_end("both")
    assert note.isHidden()
