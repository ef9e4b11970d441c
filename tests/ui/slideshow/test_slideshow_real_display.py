"""The show on a real X server with a window manager: it covers its screen, hides the
cursor and ignores stray keys typed through the X server (`pytest -m xcb`, see .ci/run)."""

from __future__ import annotations

import shutil
import subprocess
from typing import Any

import pytest

pytestmark = [pytest.mark.xcb,
              pytest.mark.skipif(shutil.which("xdotool") is None, reason="needs xdotool")]


def test_the_slideshow_covers_its_screen_without_a_cursor(make_show: Any, qtbot: Any) -> None:
    from PySide6.QtCore import Qt

    show = make_show()
    qtbot.waitUntil(lambda: show.isFullScreen()
                    and show.geometry() == show.screen().geometry(), timeout=5000)
    assert show.cursor().shape() == Qt.CursorShape.BlankCursor
    show.activateWindow()
    qtbot.waitUntil(show.isActiveWindow, timeout=5000)
    for keys in ("Escape", "alt+F4", "q"):  # stray keys never end a show
        subprocess.run(["xdotool", "key", "--clearmodifiers", keys], check=True, timeout=10)
    qtbot.wait(200)
    assert show.isVisible() and show.isFullScreen()
