"""Windows asked for where there is no screen end with one line and exit 2, not Qt's abort."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from gallery.display import NO_DISPLAY, display_problem


def bare_env(tmp_path: Path, **extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items()
           if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    env["HOME"] = str(tmp_path)
    env.update(extra)
    return env


@pytest.mark.parametrize("argv", [[], ["edit"], ["slideshow"], ["screens"]],
                         ids=["app", "edit", "slideshow", "screens"])
def test_a_window_without_a_display_is_one_line_and_exit_2(
        argv: list[str], catalog_path: Path, tmp_path: Path) -> None:
    done = subprocess.run([sys.executable, "-m", "gallery", "--catalog", str(catalog_path),
                           *argv], env=bare_env(tmp_path), capture_output=True, text=True,
                          timeout=60, stdin=subprocess.DEVNULL)
    assert done.returncode == 2, done.stderr
    assert done.stderr.strip().splitlines() == [f"gallery: {NO_DISPLAY}"]


def test_an_x_display_that_is_not_there_is_named(catalog_path: Path, tmp_path: Path) -> None:
    env = bare_env(tmp_path, DISPLAY=":987", QT_QPA_PLATFORM="xcb")
    done = subprocess.run([sys.executable, "-m", "gallery", "--catalog", str(catalog_path)],
                          env=env, capture_output=True, text=True, timeout=60,
                          stdin=subprocess.DEVNULL)
    assert done.returncode == 2
    assert done.stderr.strip().splitlines() == [
        "gallery: no display: QT_QPA_PLATFORM asks for an X display ($DISPLAY), and there is "
        "none"]


def test_headless_commands_need_no_display(catalog_path: Path, tmp_path: Path) -> None:
    done = subprocess.run([sys.executable, "-m", "gallery", "--catalog", str(catalog_path),
                           "search", "moon"], env=bare_env(tmp_path), capture_output=True,
                          text=True, timeout=60, stdin=subprocess.DEVNULL)
    assert done.returncode == 0, done.stderr


@pytest.mark.parametrize(("env", "expected"), [
    ({}, NO_DISPLAY),
    ({"QT_QPA_PLATFORM": "offscreen"}, None),
    ({"QT_QPA_PLATFORM": "minimal:enable_fonts"}, None),
    ({"WAYLAND_DISPLAY": "wayland-0"}, None),
    ({"DISPLAY": "otherhost:0"}, None),          # over TCP: only Qt can tell
    ({"QT_QPA_PLATFORM": "wayland", "DISPLAY": "otherhost:0"},
     "no display: QT_QPA_PLATFORM asks for Wayland ($WAYLAND_DISPLAY), and there is none"),
    ({"QT_QPA_PLATFORM": "wayland;xcb", "DISPLAY": "otherhost:0"}, None),
    ({"DISPLAY": ":987"}, NO_DISPLAY),
])
def test_display_problem(env: dict[str, str], expected: str | None) -> None:
    assert display_problem(env, platform="linux") == expected


def test_other_systems_always_have_a_window_system() -> None:
    assert display_problem({}, platform="win32") is None
