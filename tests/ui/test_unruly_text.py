"""Catalog text that would break the window's layout or show as boxes (issue 15 review): a long
run with no space wraps inside its column, a one-word title too long for a card ends in "…",
control characters an older catalog holds read as visible escapes, and a short prefix keeps
its hyphen ("co-artist" never breaks after "co-")."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QLabel

from gallery.catalog import fts
from gallery.catalog.store import Catalog
from gallery.ui.browse.delegate import _wrap
from gallery.ui.keep_together import LONG_RUN, NB_HYPHEN, ZWSP, break_long_runs, keep_together
from gallery.ui.plain import shown

RUN = "x" * 300  # a pasted hash, a URL: no space anywhere
CONTROLS = "Beacon\x01 bell\x07 \x1b[31mred\u009b"


def test_a_short_prefix_keeps_its_hyphen_and_other_hyphens_stay() -> None:
    assert keep_together("co-artist, ко-автор") == f"co{NB_HYPHEN}artist, ко{NB_HYPHEN}автор"
    assert keep_together("Soyuz-19, 1964-1965, Leonov-Sokolov") == \
        "Soyuz-19, 1964-1965, Leonov-Sokolov"


def test_a_long_run_may_break_and_short_words_are_left_alone() -> None:
    broken = break_long_runs(f"see {RUN} here")
    assert broken.replace(ZWSP, "") == f"see {RUN} here"
    assert all(len(piece) <= LONG_RUN for piece in broken.split(" ")[1].split(ZWSP))
    assert break_long_runs("a plain sentence of words") == "a plain sentence of words"


def test_control_characters_show_as_escapes_lines_and_tabs_stay() -> None:
    assert shown(CONTROLS) == "Beacon\\x01 bell\\x07 \\x1b[31mred\\x9b"
    assert shown("one\n\ttwo") == "one\n\ttwo"


def test_a_one_word_title_too_wide_for_a_card_ends_in_an_ellipsis(qapp: Any) -> None:
    font = QFont()
    width = 160
    metrics = QFontMetrics(font)
    lines = _wrap("Supercalifragilisticexpialidocious" * 3, font, width, 2)
    assert lines[0].endswith("…") and lines[0].startswith("Supercali")
    assert all(metrics.horizontalAdvance(line) <= width for line in lines), lines
    # a long word among others: that line ends in "…", the next words wrap as usual
    lines = _wrap("Predpolyotnyyyyyyyyyyyyyyyy drawing", font, width, 2)
    assert lines[0].endswith("…") and lines[1] == "drawing"
    assert _wrap("Near the Moon", font, width, 2) == ["Near the Moon"]


@pytest.fixture
def unruly_work(ui_catalog_path: Path) -> str:
    with Catalog.open(ui_catalog_path, who="tester") as catalog:
        work = {k: v for k, v in catalog.get("near-the-moon").items() if k != "version"}
        work.update(id="unruly", title="Beacon", title_ru=None, provenance=[],
                    description=f"A hash pasted whole: {RUN} and a co-artist.")
        catalog.save(work, None)
    # The store refuses control characters now; a catalog written before that rule may hold
    # them, so the title is written as such a catalog has it.
    con = sqlite3.connect(ui_catalog_path)
    con.execute("UPDATE works SET title = ? WHERE id = 'unruly'", (CONTROLS,))
    con.commit()
    con.close()
    with Catalog.open(ui_catalog_path, who="tester") as catalog:
        fts.reindex_all(catalog.connection)
    return "unruly"


def test_the_window_escapes_controls_and_wraps_a_long_run(unruly_work: str, window: Any,
                                                          qtbot: Any) -> None:
    model = window.model
    qtbot.waitUntil(lambda: model.row_of(unruly_work) >= 0)
    title = model.data(model.index(model.row_of(unruly_work)))
    assert "\\x1b[31m" in title and "\x1b" not in title
    window.open_work(unruly_work)
    qtbot.waitUntil(lambda: not window.detail.is_loading())
    info = window.detail.info
    assert info.findChild(QLabel, "detailTitle").text() == shown(CONTROLS)
    description = info.findChild(QLabel, "description")
    assert description.text().replace(ZWSP, "").startswith(f"A hash pasted whole: {RUN}")
    assert f"co{NB_HYPHEN}artist" in description.text()
    # a label wraps only where a break is allowed: the run no longer sets its least width
    assert description.minimumSizeHint().width() < QFontMetrics(description.font()) \
        .horizontalAdvance(RUN) // 4
