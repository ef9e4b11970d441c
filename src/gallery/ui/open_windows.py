"""Where this user's other gallery processes have their windows, so that a second `gallery`
opens beside them (or cascaded where the screen has no room), not exactly over the first
(both restore the same saved geometry; File ▸ New Window, within one process, does so
already).

A small JSON file in the config folder lists each shown window's frame and client rectangles
with its process id. A window adds itself when shown, updates itself when moved or resized,
and takes itself out when hidden (closed). A process that died without saying so (killed,
crashed) leaves entries behind: an entry whose process is not running is ignored, and dropped
at the next write. Writes replace the file whole (a reader never sees half of one).
"""

from __future__ import annotations

import json
import os
import time
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, QObject, QRect, QSize, QTimer
from PySide6.QtWidgets import QWidget

from ..paths import config_dir
from .cascade import place_after

FILE_NAME = "open-windows.json"
SETTLE_MS = 300  # a move or resize is written once the window stops moving
FRAME_TRIES = 20  # a window manager frames a new window a little after it shows


def registry_path() -> Path:
    return config_dir() / FILE_NAME


def _running(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # someone else's process has that id: it runs
        return True
    return True


def live_entries(path: Path | None = None) -> list[dict[str, Any]]:
    """The recorded windows whose processes still run (an unreadable file: none)."""
    try:
        entries = json.loads((path or registry_path()).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return []
    if not isinstance(entries, list):
        return []
    return [e for e in entries if isinstance(e, dict) and isinstance(e.get("pid"), int)
            and _running(e["pid"])]


def _write(entries: list[dict[str, Any]], path: Path) -> None:
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        part = path.with_name(f".{path.name}.{os.getpid()}")
        part.write_text(json.dumps(entries), encoding="utf-8")
        os.replace(part, path)
    except OSError:
        pass  # a read-only config folder: windows simply are not cascaded across processes


def place_beside_other_processes(window: QWidget, path: Path | None = None) -> bool:
    """Before `window` (the first of this process) shows: if another gallery process has a
    window open, put this one beside the one shown last (else a title bar down and right). True if
    it was moved."""
    others = [e for e in live_entries(path) if e["pid"] != os.getpid()]
    if not others:
        return False
    last = max(others, key=lambda e: e.get("at", 0))
    try:
        frame, client = QRect(*last["frame"]), QRect(*last["client"])
    except (KeyError, TypeError):
        return False
    border = frame.size() - client.size()
    screen = window.screen().availableGeometry()
    place_after(window, frame, QSize(max(0, border.width()), max(0, border.height())),
                   screen)
    return True


class WindowRecord(QObject):
    """Keeps one window's entry in the file while the window is shown."""

    def __init__(self, window: QWidget, path: Path | None = None) -> None:
        super().__init__(window)
        self._window = window
        self._path = path or registry_path()
        self._key = f"{os.getpid()}:{id(window)}"
        self._tries = 0
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SETTLE_MS)
        self._timer.timeout.connect(self._record)
        window.installEventFilter(self)
        if window.isVisible():
            self._timer.start()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind in (QEvent.Type.Show, QEvent.Type.Move, QEvent.Type.Resize):
            self._tries = 0
            self._timer.start()
        elif kind == QEvent.Type.Hide:
            self._timer.stop()
            self._update(None)
        return False

    def _record(self) -> None:
        window = self._window
        if not window.isVisible():
            return
        frame, client = window.frameGeometry(), window.geometry()
        if frame == client and self._tries < FRAME_TRIES:
            self._tries += 1  # not framed yet (or no window manager): look again soon
            self._timer.start()
        self._update({"pid": os.getpid(), "key": self._key, "at": time.time(),
                      "frame": list(frame.getRect()), "client": list(client.getRect())})

    def _update(self, entry: dict[str, Any] | None) -> None:
        entries = [e for e in live_entries(self._path) if e.get("key") != self._key]
        if entry is not None:
            entries.append(entry)
        _write(entries, self._path)
