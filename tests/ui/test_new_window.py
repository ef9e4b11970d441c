"""File ▸ New Window opens another visitor window cascaded from the first (issue 15 review)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QPoint, QRect, QSize

from gallery.ui.cascade import CASCADE_STEP, cascade

SCREEN = QRect(0, 0, 1280, 720)
MINIMUM = QSize(860, 560)


def test_a_cascaded_window_goes_down_and_right_at_the_same_size() -> None:
    placed = cascade(QRect(100, 50, 900, 600), SCREEN, MINIMUM)
    assert placed == QRect(100 + CASCADE_STEP, 50 + CASCADE_STEP, 900, 600)


def test_a_cascaded_window_is_shortened_to_stay_on_the_screen() -> None:
    placed = cascade(QRect(0, 0, 1264, 700), SCREEN, MINIMUM)  # a full-screen first window
    assert placed.topLeft() == QPoint(CASCADE_STEP, CASCADE_STEP)
    assert SCREEN.contains(placed)
    assert placed.size() == QSize(1280 - CASCADE_STEP, 720 - CASCADE_STEP)


def test_at_the_screens_edge_the_cascade_starts_again_at_its_corner() -> None:
    placed = cascade(QRect(400, 160, 900, 600), SCREEN, MINIMUM)
    assert placed.topLeft() == SCREEN.topLeft()
    assert SCREEN.contains(placed) and placed.size() == QSize(900, 600)


def test_new_window_opens_cascaded_and_closes_its_own_catalog(window: Any, qtbot: Any) -> None:
    window.move(0, 0)
    window.actions_.new_window.trigger()
    assert len(window.new_windows) == 1
    other = window.new_windows[0]
    qtbot.waitExposed(other)
    assert other.service is not window.service
    assert other.service.catalog.path == window.service.catalog.path
    # offscreen has no frames and a small screen: where it goes on a real one is tested in
    # test_real_display_visitor; here, only that it moved down
    assert other.pos().y() > window.pos().y()
    qtbot.waitUntil(lambda: other.model.rowCount() == window.model.rowCount())
    assert window.actions_.new_window.text() == "&New Window"
    window.languages.set_language("ru")
    assert other.actions_.new_window.text() == "Новое о&кно"
    window.languages.set_language("en")
    service = other.service
    other.close()
    qtbot.waitUntil(lambda: not window.new_windows)
    assert service.closed  # its own catalog connection, closed with it
    assert not window.service.closed


def test_the_open_windows_record_ignores_dead_processes_and_bad_files(tmp_path: Any) -> None:
    import json
    import os
    import subprocess
    import sys

    from gallery.ui.open_windows import live_entries

    gone = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"],
                          capture_output=True, text=True, check=True)
    dead = int(gone.stdout)  # a process that has ended
    path = tmp_path / "open-windows.json"
    alive = {"pid": os.getpid(), "key": "k", "at": 1.0, "frame": [0, 0, 10, 10],
             "client": [0, 0, 10, 10]}
    path.write_text(json.dumps([{**alive, "pid": dead}, alive, {"pid": "x"}, 3]))
    assert live_entries(path) == [alive]
    path.write_text("{not json")
    assert live_entries(path) == []
    assert live_entries(tmp_path / "missing.json") == []
