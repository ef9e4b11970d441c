"""The screen at night: off outside opening hours, back on at opening.

A black picture on a lit panel still wears it and lights the hall, and an inhibited screen saver
would keep it lit all night. So when the show goes dark it releases the screen-saver inhibit and
turns the display off: DPMS through `xset dpms force off` on X11, and HDMI-CEC standby through
`cec-client` where it is installed (as signage players such as info-beamer and piSignage do,
since many TVs ignore DPMS). At opening it turns them on and inhibits the screen saver again.
The commands go through an injectable runner, so tests record them instead of running them.
"""

from __future__ import annotations

import logging
import os
import shutil
import subprocess
from collections.abc import Callable

from .inhibit import Inhibitor

log = logging.getLogger(__name__)
Runner = Callable[[list[str], bytes | None], bool]

CEC = ["cec-client", "-s", "-d", "1"]  # one command from stdin, then exit; errors only


def run_command(argv: list[str], stdin: bytes | None) -> bool:
    try:
        done = subprocess.run(argv, input=stdin, capture_output=True, timeout=20, check=False)
    except (OSError, subprocess.TimeoutExpired) as error:
        log.warning("%s failed: %s", argv[0], error)
        return False
    if done.returncode != 0:
        log.warning("%s exited with %d: %s", " ".join(argv), done.returncode,
                    done.stderr.decode("utf-8", "replace").strip()[:200])
    return done.returncode == 0


def _is_x11() -> bool:
    from PySide6.QtGui import QGuiApplication

    return QGuiApplication.platformName() == "xcb" and bool(os.environ.get("DISPLAY"))


class DisplayPower:
    """Turns the display off and on by whatever this machine has (possibly nothing)."""

    def __init__(self, runner: Runner = run_command,
                 available: Callable[[str], object] = shutil.which,
                 x11: Callable[[], bool] = _is_x11) -> None:
        self._run, self._available, self._x11 = runner, available, x11

    def _commands(self, on: bool) -> list[tuple[list[str], bytes | None]]:
        commands: list[tuple[list[str], bytes | None]] = []
        if self._x11() and self._available("xset"):
            if not on:
                commands.append((["xset", "+dpms"], None))  # the inhibit may have turned it off
            commands.append((["xset", "dpms", "force", "on" if on else "off"], None))
        if self._available("cec-client"):
            commands.append((CEC, b"on 0\n" if on else b"standby 0\n"))
        return commands

    def set(self, on: bool) -> bool:
        """True when some command ran and none failed."""
        commands = self._commands(on)
        if not commands:
            log.info("no way to turn the display %s here (no xset on X11, no cec-client)",
                     "on" if on else "off")
            return False
        results = [self._run(argv, stdin) for argv, stdin in commands]
        return all(results)


class NightKeeper:
    """Follows the show in and out of its dark hours: screen saver and display power."""

    def __init__(self, inhibitor: Inhibitor, power: DisplayPower,
                 window_id: Callable[[], int]) -> None:
        self.inhibitor, self.power, self._window_id = inhibitor, power, window_id
        self.dark = False
        self.display = "on"  # what the status says: only what a command confirmed

    def mode(self, mode: str) -> None:
        """The engine's mode after each slide or card."""
        if mode == "dark" and not self.dark:
            self.dark = True
            self.inhibitor.release()
            log.info("outside opening hours: screen saver allowed, display off")
            self.display = ("off" if self.power.set(False)
                            else "black but not switched off (no display control worked)")
        elif mode not in ("dark", "stopped") and self.dark:
            self.dark = False
            log.info("opening time: display on, screen saver inhibited")
            self.display = ("on" if self.power.set(True)
                            else "showing, but switching the display on was not confirmed")
            self.inhibitor.inhibit("Exhibition slideshow is running", self._window_id())
