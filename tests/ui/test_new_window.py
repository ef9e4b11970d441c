"""File ▸ New Window opens another visitor window beside the first where the screen has room,
else cascaded from it (issue 15 review)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QPoint, QRect, QSize

from gallery.ui.cascade import CASCADE_STEP, beside, cascade, follow

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


WIDE = QRect(0, 0, 2560, 1440)


def test_a_new_window_goes_beside_the_first_where_the_screen_has_room() -> None:
    assert follow(QRect(100, 50, 1000, 700), WIDE, MINIMUM) == QRect(1100, 50, 1000, 700)
    assert follow(QRect(1500, 50, 1000, 700), WIDE, MINIMUM) == QRect(500, 50, 1000, 700)


def test_beside_a_centred_first_window_it_narrows_and_leaves_most_of_the_first_in_sight() -> None:
    first = QRect(640, 310, 1280, 820)  # a first window, centred on 2560×1440
    placed = follow(first, WIDE, MINIMUM)
    assert WIDE.contains(placed) and placed.top() == first.top()
    assert placed.width() == MINIMUM.width() and placed.right() == WIDE.right()
    assert (first & placed).width() <= first.width() // 2


def test_with_no_room_beside_it_cascades_inside_the_screen() -> None:
    first = QRect(0, 0, 1264, 700)
    assert beside(first, SCREEN, MINIMUM) is None
    assert follow(first, SCREEN, MINIMUM) == cascade(first, SCREEN, MINIMUM)
    tall = QRect(0, 300, 600, 1400)  # taller than the free area: cut to it, kept inside
    placed = follow(tall, WIDE, MINIMUM)
    assert WIDE.contains(placed) and placed.left() == 600


def test_new_window_opens_elsewhere_and_closes_its_own_catalog(window: Any, qtbot: Any) -> None:
    window.move(0, 0)
    window.actions_.new_window.trigger()
    assert len(window.new_windows) == 1
    other = window.new_windows[0]
    qtbot.waitExposed(other)
    assert other.service is not window.service
    assert other.service.catalog.path == window.service.catalog.path
    # offscreen has no frames: where it goes on a real screen is tested in
    # test_real_display_visitor; here, only that it is not exactly over the first
    assert other.pos() != window.pos()
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
