"""Is there a screen to open a window on? Asked before Qt is, because Qt's answer is an abort.

With no X server or Wayland compositor, QApplication prints a misleading hint about plugins
and aborts the process (exit 134). The gallery's windows ask here first and end with one line.
"""

from __future__ import annotations

import os
import re
import sys
from collections.abc import Mapping
from pathlib import Path

from .exits import EnvironmentProblem

# Platforms that need no display server (QT_QPA_PLATFORM names them, possibly with options).
_HEADLESS = {"offscreen", "minimal", "vnc", "eglfs", "linuxfb", "vkkhrdisplay"}
_LOCAL_X = re.compile(r"^(?:unix)?:(\d+)(?:\.\d+)?$")

NO_DISPLAY = ("no display: run it in a desktop session, or set QT_QPA_PLATFORM=offscreen "
              "for a window nobody sees")


def display_problem(env: Mapping[str, str] | None = None,
                    platform: str = sys.platform) -> str | None:
    """Why no window can open here (one line), or None when one can (or we cannot tell)."""
    if not platform.startswith("linux"):
        return None  # Windows and macOS always have their own window system
    env = os.environ if env is None else env
    wanted = [p.split(":")[0].strip() for p in env.get("QT_QPA_PLATFORM", "").split(";")]
    wanted = [p for p in wanted if p]
    if any(p in _HEADLESS for p in wanted):
        return None
    x_ok = _x_display_reachable(env.get("DISPLAY", ""))
    wayland_ok = bool(env.get("WAYLAND_DISPLAY"))
    if not wanted:
        return None if x_ok or wayland_ok else NO_DISPLAY
    if ("xcb" in wanted and x_ok) or ("wayland" in wanted and wayland_ok):
        return None
    if all(p in ("xcb", "wayland") for p in wanted):
        names = " or ".join("an X display ($DISPLAY)" if p == "xcb" else "Wayland "
                            "($WAYLAND_DISPLAY)" for p in wanted)
        return f"no display: QT_QPA_PLATFORM asks for {names}, and there is none"
    return None  # a platform we do not know: let Qt judge it


def _x_display_reachable(display: str) -> bool:
    if not display:
        return False
    local = _LOCAL_X.match(display)
    if local is None:
        return True  # host:N over TCP, or a launchd path: only a connection would tell
    return Path(f"/tmp/.X11-unix/X{local.group(1)}").exists()


def require_display() -> None:
    """Raise EnvironmentProblem (exit 2, one line) when no window can be shown."""
    problem = display_problem()
    if problem:
        raise EnvironmentProblem(problem)
