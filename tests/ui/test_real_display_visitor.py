"""The visitor's window on a real X server with a window manager (issue 15): Tab reaches the
view tabs and language buttons, Enter opens a related work, the first window fits a
1280×720 laptop screen with its status bar, and the title names the application once."""

from __future__ import annotations

import itertools
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

pytestmark = [pytest.mark.xcb,
              pytest.mark.skipif(shutil.which("xdotool") is None, reason="needs xdotool")]

VIEW_BUTTONS = {"viewWorksButton", "viewTimelineButton", "viewMissionsButton", "englishButton",
                "russianButton"}


def press(keys: str) -> None:
    subprocess.run(["xdotool", "key", "--clearmodifiers", keys], check=True, timeout=10)


def activate(qtbot: Any, window: Any) -> None:
    window.raise_()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=5000)


def focused() -> Any:
    from PySide6.QtWidgets import QApplication

    return QApplication.focusWidget()


def test_tab_reaches_the_view_tabs_and_the_language_buttons(qtbot: Any, window: Any) -> None:
    activate(qtbot, window)
    window.browse.grid.setFocus()
    qtbot.waitUntil(lambda: focused() is window.browse.grid, timeout=3000)
    seen: list[str] = []
    for _ in range(120):  # the whole Tab cycle, however many stops the panels have
        before = focused()
        press("Tab")
        qtbot.waitUntil(lambda b=before: focused() is not b, timeout=3000)
        if focused() is window.browse.grid:
            break
        seen.append(focused().objectName())
    assert set(seen) >= VIEW_BUTTONS, seen
    button = window.actions_.nav.widgetForAction(window.actions_.view_timeline)
    button.setFocus()
    qtbot.waitUntil(lambda: focused() is button, timeout=3000)
    press("space")  # a focused tab is pressed like a button
    qtbot.waitUntil(lambda: window.page == "timeline", timeout=3000)


def test_enter_opens_a_related_work(qtbot: Any, window: Any) -> None:
    from PySide6.QtWidgets import QPushButton

    activate(qtbot, window)
    window.open_work("orbital-sunrise")
    qtbot.waitUntil(lambda: not window.detail.is_loading(), timeout=5000)
    button = window.detail.info.findChildren(QPushButton, "relatedWork")[0]
    assert button.property("workId") == "stamp-1975"
    button.setFocus()
    qtbot.waitUntil(lambda: focused() is button, timeout=3000)
    press("Return")
    qtbot.waitUntil(lambda: window.detail.work_id == "stamp-1975", timeout=5000)
    press("Escape")  # Back: to the work it was opened from
    qtbot.waitUntil(lambda: window.detail.work_id == "orbital-sunrise", timeout=5000)
    assert window.page == "detail"


def test_the_title_names_the_application_once(qtbot: Any, window: Any) -> None:
    activate(qtbot, window)
    for lang, name in (("en", "Leonov Gallery"), ("ru", "Галерея Леонова")):
        window.languages.set_language(lang)
        qtbot.waitUntil(lambda n=name: _wm_name(window).count(n) == 1, timeout=5000)
        assert "Leonov Gallery" not in _wm_name(window) or lang == "en"


def _wm_name(window: Any) -> str:
    out = subprocess.run(["xprop", "-id", str(int(window.winId())), "_NET_WM_NAME"],
                         capture_output=True, text=True, timeout=10).stdout
    return out.partition("=")[2].strip().strip('"')


# -- the first window on a 1280×720 screen (a server of its own) -----------------------------

FIRST_WINDOW = r"""
import json, sys, time
from pathlib import Path
from gallery.catalog.store import Catalog
from gallery.ui.app import create_application
from gallery.ui.main_window import MainWindow
from gallery.ui.settings import Settings
from gallery.ui.workers import CatalogService
app = create_application()
window = MainWindow(CatalogService(Catalog.open(Path(sys.argv[1]), writer=False)),
                    Settings(Path(sys.argv[2])))
window.restore_state()  # no saved geometry: the first window
window.show()
deadline = time.monotonic() + 10
while time.monotonic() < deadline and window.frameGeometry() == window.geometry():
    app.processEvents()  # wait for the window manager's frame
    time.sleep(0.02)
for _ in range(20):
    app.processEvents()
    time.sleep(0.02)
frame, screen = window.frameGeometry(), window.screen().availableGeometry()
bar = window.statusBar()
bottom = bar.mapToGlobal(bar.rect().bottomLeft()).y()
print(json.dumps({"frame": frame.getRect(), "screen": screen.getRect(), "bar_bottom": bottom,
                  "bar_visible": bar.isVisible()}))
window.close()
window.shutdown()
"""


@pytest.fixture
def laptop_display() -> Iterator[str]:
    """A 1280×720 X server with openbox, apart from the suite's own display."""
    yield from _display_with_openbox("1280x720x24")


@pytest.fixture
def wide_display() -> Iterator[str]:
    """A 2560×1440 X server with openbox."""
    yield from _display_with_openbox("2560x1440x24")


def _display_with_openbox(screen: str) -> Iterator[str]:
    folder = Path(tempfile.mkdtemp(prefix="gallery-720-"))
    fd_path = folder / "display"
    with open(fd_path, "w") as out:  # -displayfd: the server picks a free number, writes it
        server = subprocess.Popen(["Xvfb", "-displayfd", str(out.fileno()), "-screen", "0",
                                   screen, "-nolisten", "tcp"], pass_fds=(out.fileno(),),
                                  stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    wm = None
    try:
        for _ in range(100):
            if fd_path.read_text().strip():
                break
            time.sleep(0.1)
        display = ":" + fd_path.read_text().split()[0]
        env = {**os.environ, "DISPLAY": display}
        wm = subprocess.Popen(["openbox"], env=env, stdout=subprocess.DEVNULL,
                              stderr=subprocess.DEVNULL)
        for _ in range(50):
            probe = subprocess.run(["xprop", "-root", "_NET_SUPPORTING_WM_CHECK"], env=env,
                                   capture_output=True, text=True)
            if "window" in probe.stdout:
                break
            time.sleep(0.1)
        yield display
    finally:
        for process in (wm, server):
            if process is not None:
                process.terminate()
                process.wait(10)
        shutil.rmtree(folder, ignore_errors=True)


@pytest.mark.skipif(shutil.which("Xvfb") is None or shutil.which("openbox") is None,
                    reason="needs Xvfb and openbox")
def test_the_first_window_fits_a_1280x720_screen(laptop_display: str, ui_catalog_path: Path,
                                                 tmp_path: Path) -> None:
    env = {**os.environ, "DISPLAY": laptop_display, "QT_QPA_PLATFORM": "xcb"}
    result = subprocess.run([sys.executable, "-c", FIRST_WINDOW, str(ui_catalog_path),
                             str(tmp_path / "settings.ini")], env=env, capture_output=True,
                            text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    seen = json.loads(result.stdout.strip().splitlines()[-1])
    x, y, w, h = seen["frame"]
    sx, sy, sw, sh = seen["screen"]
    assert (sw, sh) == (1280, 720)
    assert sx <= x and sy <= y and x + w <= sx + sw and y + h <= sy + sh, seen
    assert seen["bar_visible"] and seen["bar_bottom"] < sy + sh, seen


# -- File ▸ New Window on the same 1280×720 screen: cascaded, never exactly over -------------

NEW_WINDOW = r"""
import json, sys, time
from pathlib import Path
from gallery.catalog.store import Catalog
from gallery.ui.app import create_application
from gallery.ui.main_window import MainWindow
from gallery.ui.settings import Settings
from gallery.ui.workers import CatalogService
app = create_application()

def settle(window, condition):
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline and not condition():
        app.processEvents()
        time.sleep(0.02)
    for _ in range(20):
        app.processEvents()
        time.sleep(0.02)

first = MainWindow(CatalogService(Catalog.open(Path(sys.argv[1]), writer=False)),
                   Settings(Path(sys.argv[2])))
first.restore_state()
first.show()
settle(first, lambda: first.frameGeometry() != first.geometry())
frames = [first.frameGeometry().getRect()]
for _ in range(2):  # twice: from the first window, then from the new one
    source = first.new_windows[-1] if first.new_windows else first
    source.activateWindow()
    source.actions_.new_window.trigger()
    other = first.new_windows[-1] if source is first else source.new_windows[-1]
    settle(other, lambda: other.frameGeometry() != other.geometry())
    frames.append(other.frameGeometry().getRect())
screen = first.screen().availableGeometry()
print(json.dumps({"frames": frames, "screen": screen.getRect()}))
for window in [*first.new_windows, *[w for o in first.new_windows for w in o.new_windows]]:
    window.close()
first.close()
first.shutdown()
"""


@pytest.mark.skipif(shutil.which("Xvfb") is None or shutil.which("openbox") is None,
                    reason="needs Xvfb and openbox")
def test_a_new_window_is_cascaded_inside_the_screen(laptop_display: str, ui_catalog_path: Path,
                                                    tmp_path: Path) -> None:
    env = {**os.environ, "DISPLAY": laptop_display, "QT_QPA_PLATFORM": "xcb"}
    result = subprocess.run([sys.executable, "-c", NEW_WINDOW, str(ui_catalog_path),
                             str(tmp_path / "settings.ini")], env=env, capture_output=True,
                            text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    seen = json.loads(result.stdout.strip().splitlines()[-1])
    sx, sy, sw, sh = seen["screen"]
    frames = seen["frames"]
    assert len(frames) == 3, seen
    for (x0, y0, _w0, _h0), (x1, y1, w1, h1) in itertools.pairwise(frames):
        assert (x1, y1) == (x0 + 32, y0 + 32), seen  # down and right, one title bar
        assert sx <= x1 and sy <= y1 and x1 + w1 <= sx + sw and y1 + h1 <= sy + sh, seen


@pytest.mark.skipif(shutil.which("Xvfb") is None or shutil.which("openbox") is None,
                    reason="needs Xvfb and openbox")
def test_on_a_wide_screen_a_new_window_opens_beside_the_first(
        wide_display: str, ui_catalog_path: Path, tmp_path: Path) -> None:
    env = {**os.environ, "DISPLAY": wide_display, "QT_QPA_PLATFORM": "xcb"}
    result = subprocess.run([sys.executable, "-c", NEW_WINDOW, str(ui_catalog_path),
                             str(tmp_path / "settings.ini")], env=env, capture_output=True,
                            text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    seen = json.loads(result.stdout.strip().splitlines()[-1])
    sx, sy, sw, sh = seen["screen"]
    assert (sw, sh) == (2560, 1440)
    first, second, _third = seen["frames"]
    x0, y0, w0, _h0 = first
    x1, y1, _w1, _h1 = second
    assert y1 == y0 and x1 > x0 + w0 // 2, seen  # beside: the first stays mostly in sight
    assert overlap(first, second) <= w0 // 2, seen
    for x, y, w, h in seen["frames"]:
        assert sx <= x and sy <= y and x + w <= sx + sw and y + h <= sy + sh, seen


def overlap(a: list[int], b: list[int]) -> int:
    """How wide the part of `a` that `b` covers is."""
    return max(0, min(a[0] + a[2], b[0] + b[2]) - max(a[0], b[0]))


def test_the_timeline_is_one_tab_stop_walked_with_arrows(qtbot: Any, window: Any) -> None:
    """Tab onto the timeline rings its first work; arrows move between events; the next Tab
    leaves it (one stop, not sixty); Enter opens the work under the ring."""
    activate(qtbot, window)
    window.show_page("timeline")
    qtbot.waitUntil(lambda: window.timeline.view is not None
                    and bool(window.timeline.view.geometry_info().items), timeout=10000)
    view = window.timeline.view
    button = window.actions_.nav.widgetForAction(window.actions_.view_timeline)
    button.setFocus()
    qtbot.waitUntil(lambda: focused() is button, timeout=3000)
    stops = 0
    while focused() is not view:
        before = focused()
        press("Tab")
        qtbot.waitUntil(lambda b=before: focused() is not b, timeout=3000)
        stops += 1
        assert stops < 30, "Tab never reached the timeline"
    first = view.focused()
    assert first is not None and first[0] == "made"
    named = view.accessibleName()
    press("Right")
    qtbot.waitUntil(lambda: view.focused() != first, timeout=3000)
    assert view.accessibleName() != named  # the new event is said
    press("Down")
    qtbot.waitUntil(lambda: view.focused()[0] == "depicts", timeout=3000)
    press("Up")
    qtbot.waitUntil(lambda: view.focused()[0] == "made", timeout=3000)
    chosen = view.focused()
    press("Tab")
    qtbot.waitUntil(lambda: focused() is not view, timeout=3000)
    assert not view.isAncestorOf(focused())
    press("shift+Tab")
    qtbot.waitUntil(lambda: focused() is view, timeout=3000)
    assert view.focused() == chosen  # back on the event the reader left
    press("Return")
    qtbot.waitUntil(lambda: window.page == "detail", timeout=5000)
    assert window.detail.work_id == chosen[1]
    press("Escape")  # Back: to the timeline it was opened from
    qtbot.waitUntil(lambda: window.page == "timeline", timeout=5000)
