"""A second `gallery` process opens its window beside the first one's (cascaded where the screen
has no room), not exactly over it (both restore the same saved geometry), as File ▸ New Window
does within one process; a window left in the record by a process that died is ignored
(issue 15 review). Real processes, on the suite's X server with its window manager, seen
through xdotool."""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

pytestmark = [pytest.mark.xcb,
              pytest.mark.skipif(shutil.which("xdotool") is None, reason="needs xdotool")]


def _until(condition: Any, what: str, seconds: float = 60.0) -> Any:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        value = condition()
        if value:
            return value
        time.sleep(0.1)
    raise AssertionError(f"never happened: {what}")


class Gallery:
    """One `gallery app` process and its window."""

    def __init__(self, catalog: Path, env: dict[str, str]) -> None:
        self.process = subprocess.Popen(
            [sys.executable, "-m", "gallery", "app", "--catalog", str(catalog), "--lang",
             "en"], env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        self.window = _until(self._window_id, "the gallery window shows")

    def _window_id(self) -> str | None:
        if self.process.poll() is not None:
            raise AssertionError(self.process.stderr.read().decode() if self.process.stderr
                                 else "the gallery exited")
        found = subprocess.run(["xdotool", "search", "--all", "--onlyvisible", "--pid",
                                str(self.process.pid), "--name", "Leonov Gallery"],
                               capture_output=True, text=True, timeout=10).stdout.split()
        return found[0] if found else None

    def position(self) -> tuple[int, int]:
        out = subprocess.run(["xdotool", "getwindowgeometry", "--shell", self.window],
                             capture_output=True, text=True, timeout=10).stdout
        values = dict(line.split("=", 1) for line in out.split())
        return int(values["X"]), int(values["Y"])

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)  # dies without closing its window
        self.process.wait(30)
        if self.process.stderr:
            self.process.stderr.close()


def recorded(registry: Path, pid: int) -> bool:
    """The process has written its framed window into the record."""
    try:
        entries = json.loads(registry.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return False
    return any(e["pid"] == pid and e["frame"] != e["client"] for e in entries)


@pytest.fixture
def env(tmp_path: Path) -> Iterator[dict[str, str]]:
    folders = {name: tmp_path / name for name in ("config", "cache", "data", "state")}
    yield {**os.environ, "QT_QPA_PLATFORM": "xcb", "XDG_CONFIG_HOME": str(folders["config"]),
           "XDG_CACHE_HOME": str(folders["cache"]), "XDG_DATA_HOME": str(folders["data"]),
           "XDG_STATE_HOME": str(folders["state"])}


def test_a_second_process_goes_beside_and_a_dead_ones_window_is_ignored(
        ui_catalog_path: Path, env: dict[str, str], tmp_path: Path) -> None:
    registry = tmp_path / "config" / "leonov-gallery" / "open-windows.json"
    started: list[Gallery] = []
    try:
        first = Gallery(ui_catalog_path, env)
        started.append(first)
        _until(lambda: recorded(registry, first.process.pid), "the first window is recorded")
        second = Gallery(ui_catalog_path, env)
        started.append(second)
        _until(lambda: recorded(registry, second.process.pid), "the second is recorded")
        (x1, y1), (x2, y2) = first.position(), second.position()
        # the suite's 1920×1080 screen has room beside a first window at its corner
        assert y2 == y1 and x2 >= x1 + 640, ((x1, y1), (x2, y2))
        for gallery in started:
            gallery.stop()  # killed: their entries stay in the record, their pids are dead
        assert registry.exists()
        third = Gallery(ui_catalog_path, env)
        started.append(third)
        _until(lambda: recorded(registry, third.process.pid), "the third is recorded")
        assert third.position() == (x1, y1)  # where the first was: nothing to go beside
        pids = {e["pid"] for e in json.loads(registry.read_text(encoding="utf-8"))}
        assert pids == {third.process.pid}  # the dead ones' entries were dropped
    finally:
        for gallery in started:
            gallery.stop()
