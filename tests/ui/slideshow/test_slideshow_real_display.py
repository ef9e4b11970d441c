"""The show on a real X server with a window manager: it covers its screen, hides the
cursor and ignores stray keys typed through the X server (`pytest -m xcb`, see .ci/run)."""

from __future__ import annotations

import json
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


def _stacking() -> list[int]:
    """Client windows bottom to top, as the window manager stacks them."""
    out = subprocess.run(["xprop", "-root", "_NET_CLIENT_LIST_STACKING"], check=True,
                         capture_output=True, text=True, timeout=10).stdout
    return [int(w, 16) for w in out.split("#", 1)[1].replace(",", " ").split()] \
        if "#" in out else []


def test_a_minimised_show_comes_back(make_show: Any, qtbot: Any) -> None:
    show = make_show()
    qtbot.waitUntil(lambda: show.on_screen() and show.isFullScreen(), timeout=5000)
    subprocess.run(["xdotool", "windowminimize", str(int(show.winId()))], check=True,
                   timeout=10)
    qtbot.waitUntil(lambda: show.guard.restored > 0, timeout=5000)
    qtbot.waitUntil(lambda: show.on_screen() and show.isFullScreen()
                    and not show.isMinimized(), timeout=5000)
    show.beat()
    assert show.recorder.status["visible"] is True and show.recorder.status["restored"] >= 1


def test_an_unmapped_show_says_so_and_comes_back(make_show: Any, qtbot: Any) -> None:
    show = make_show()
    show.guard._timer.stop()  # the check runs by hand below
    qtbot.waitUntil(lambda: show.on_screen(), timeout=5000)
    subprocess.run(["xdotool", "windowunmap", str(int(show.winId()))], check=True, timeout=10)
    qtbot.waitUntil(lambda: not show.on_screen(), timeout=5000)
    show.beat()
    assert json.loads(show.files.status.read_text())["visible"] is False
    show.guard.check()
    qtbot.waitUntil(lambda: show.on_screen() and show.isFullScreen(), timeout=5000)
    show.beat()
    assert json.loads(show.files.status.read_text())["visible"] is True


def test_show_desktop_does_not_hide_the_show_for_good(make_show: Any, qtbot: Any) -> None:
    show = make_show()
    show.guard._timer.setInterval(300)
    qtbot.waitUntil(lambda: show.on_screen(), timeout=5000)
    subprocess.run(["xdotool", "key", "super+d"], check=True, timeout=10)  # openbox: W-d
    qtbot.wait(1000)
    qtbot.waitUntil(lambda: show.on_screen() and show.isFullScreen(), timeout=5000)
    # and it stays so (openbox may give it back as a normal window a moment later)
    qtbot.wait(1500)
    qtbot.waitUntil(lambda: show.on_screen() and show.isFullScreen(), timeout=5000)


@pytest.mark.skipif(shutil.which("xmessage") is None or shutil.which("xprop") is None,
                    reason="needs xmessage and xprop")
def test_a_foreign_window_raised_over_the_show_stays_under_it(make_show: Any,
                                                              qtbot: Any) -> None:
    show = make_show()
    qtbot.waitUntil(lambda: show.on_screen() and show.isFullScreen(), timeout=5000)
    wid = int(show.winId())
    popup = subprocess.Popen(["xmessage", "-name", "leonov-test-popup", "-center",
                              "A foreign pop-up"])
    try:
        qtbot.waitUntil(lambda: len(_stacking()) >= 2, timeout=10000)
        foreign = next(w for w in _stacking() if w != wid)
        subprocess.run(["xdotool", "windowactivate", "--sync", str(foreign)], timeout=10,
                       check=False)
        subprocess.run(["xdotool", "windowraise", str(foreign)], check=True, timeout=10)
        qtbot.wait(300)
        qtbot.waitUntil(lambda: _stacking()[-1] == wid, timeout=5000)
        assert show.on_screen()
    finally:
        popup.kill()
        popup.wait(timeout=10)
