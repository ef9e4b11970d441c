"""File ▸ Quit ends the application, File ▸ Close Window closes one window (issue 15 review):
the real `gallery` process on a real X server with a window manager, keys typed through
xdotool — Ctrl+N opens a second window, Ctrl+W closes the active one and the app runs on,
Ctrl+Q closes every window and the process exits 0."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import pytest

pytestmark = [pytest.mark.xcb,
              pytest.mark.skipif(shutil.which("xdotool") is None, reason="needs xdotool")]


def windows_of(pid: int) -> list[str]:
    found = subprocess.run(["xdotool", "search", "--onlyvisible", "--pid", str(pid), "--name",
                            "Leonov Gallery"], capture_output=True, text=True, timeout=10)
    return found.stdout.split()


def wait_for(condition: Callable[[], bool], what: str, seconds: float = 30) -> None:
    """Wait for the app to get there (a loaded machine is slow); this is no timing check."""
    deadline = time.monotonic() + seconds
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError(f"never happened: {what}")
        time.sleep(0.1)


def press_in(window_id: str, keys: str) -> None:
    subprocess.run(["xdotool", "windowactivate", "--sync", window_id], check=True, timeout=10)
    subprocess.run(["xdotool", "key", "--clearmodifiers", keys], check=True, timeout=10)


def test_ctrl_w_closes_one_window_and_ctrl_q_quits_them_all(ui_catalog_path: Path,
                                                            tmp_path: Path) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "xcb",
           "XDG_CONFIG_HOME": str(tmp_path / "config"), "XDG_CACHE_HOME": str(tmp_path / "cache"),
           "XDG_STATE_HOME": str(tmp_path / "state"), "XDG_DATA_HOME": str(tmp_path / "data")}
    app = subprocess.Popen([sys.executable, "-m", "gallery", "--catalog", str(ui_catalog_path),
                            "--lang", "en"], env=env, stdout=subprocess.PIPE,
                           stderr=subprocess.PIPE, text=True)
    try:
        wait_for(lambda: len(windows_of(app.pid)) == 1, "the first window")
        first = windows_of(app.pid)[0]
        press_in(first, "ctrl+n")
        wait_for(lambda: len(windows_of(app.pid)) == 2, "File ▸ New Window")
        second = next(w for w in windows_of(app.pid) if w != first)
        press_in(second, "ctrl+w")
        wait_for(lambda: windows_of(app.pid) == [first], "Ctrl+W closing the active window")
        assert app.poll() is None  # the other window runs on
        press_in(first, "ctrl+n")
        wait_for(lambda: len(windows_of(app.pid)) == 2, "a second window again")
        press_in(first, "ctrl+q")
        _, err = app.communicate(timeout=60)
        assert app.returncode == 0, err
        assert "Traceback" not in err
    finally:
        if app.poll() is None:
            app.kill()
            app.communicate()
