"""Back on a real X server (issue 15 review): Esc and Alt+Left, typed through the X server,
return from a view to where the visitor came from, as Go ▸ Back does. Run with `pytest -m xcb`."""

from __future__ import annotations

import shutil
import subprocess
from typing import Any

import pytest

pytestmark = [pytest.mark.xcb,
              pytest.mark.skipif(shutil.which("xdotool") is None, reason="needs xdotool")]


def press(key: str) -> None:
    subprocess.run(["xdotool", "key", "--clearmodifiers", key], check=True, timeout=10)


@pytest.mark.parametrize("key", ["Escape", "alt+Left"])
def test_a_missions_works_in_the_grid_go_back_to_missions(qtbot: Any, window: Any,
                                                          key: str) -> None:
    window.raise_()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=5000)
    window.actions_.view_missions.trigger()
    assert window.actions_.back.isEnabled()  # Go ▸ Back on the Missions tab
    window.filter_mission("voskhod-2")  # "Show these works in the grid"
    qtbot.waitUntil(lambda: window.page == "browse", timeout=3000)
    window.browse.focus_grid()
    press(key)
    qtbot.waitUntil(lambda: window.page == "missions", timeout=3000)
