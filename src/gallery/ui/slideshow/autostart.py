"""Start a named show at login on any desktop, and restart it if it crashes. Qt-free.

One path that works on every X11/Wayland session: a small launcher script started by the
session itself. Three files per instance, under $XDG_CONFIG_HOME (default ~/.config):

* `leonov-gallery/slideshow-NAME-autostart.sh`: runs the show and starts it again 5 s after a
  crash. A deliberate end (the exit chord or SIGTERM: exit 0) and a refusal (exit 2: bad
  options, no display, or this instance already running) end the loop, so Ctrl+Shift+Q is
  never undone and a second launcher never fights the first.
* `autostart/leonov-gallery-slideshow-NAME.desktop`: the XDG autostart entry that GNOME, KDE,
  Xfce, LXDE/LXQt and MATE run at login.
* one marked line in `openbox/autostart`: plain openbox runs XDG entries only when PyXDG is
  installed, but always runs this file. Where both start the launcher, the instance lock lets
  one show run and the other launcher ends at once.

No systemd user unit: `graphical-session.target` is never reached by plain X, openbox or LXDE
sessions, and a unit started outside the session lacks DISPLAY/XAUTHORITY. Nothing here runs
anything: the installer only writes files and says what it wrote.
"""

from __future__ import annotations

import os
import re
import shlex
import sys
from collections.abc import Sequence
from pathlib import Path

from .instance import DEFAULT

OLD_UNIT = "leonov-gallery-slideshow.service"  # written by earlier versions
_PLAIN = re.compile(r"^[A-Za-z0-9_@%+=:,./-]+$")
RESTART_DELAY_S = 5


def config_home() -> Path:
    return Path(os.environ.get("XDG_CONFIG_HOME") or Path.home() / ".config")


def show_command(arguments: Sequence[str]) -> list[str]:
    """The exact command that runs the show: this Python, this package, these arguments."""
    return [sys.executable, "-m", "gallery", "slideshow", *arguments]


def desktop_quote(arg: str) -> str:
    """One Exec word as the Desktop Entry spec wants it (quoting, then string escaping)."""
    quoted = arg if _PLAIN.match(arg) else '"' + re.sub(r'(["`$\\])', r"\\\1", arg) + '"'
    return quoted.replace("\\", "\\\\").replace("%", "%%")


def launcher_script(argv: Sequence[str], instance: str = DEFAULT) -> str:
    return (
        "#!/bin/sh\n"
        f"# Leonov Gallery slideshow {instance!r}, written by `gallery slideshow "
        "--install-autostart`.\n"
        "# Restarts the show after a crash; exit 0 (the exit chord, SIGTERM) and exit 2\n"
        "# (bad options, no display, this instance already running) end the loop.\n"
        "while :; do\n"
        f"    {shlex.join(argv)}\n"
        "    status=$?\n"
        "    case $status in 0|2) exit $status ;; esac\n"
        f'    echo "leonov-gallery slideshow {instance} exited with $status; restarting in '
        f'{RESTART_DELAY_S} s" >&2\n'
        f"    sleep {RESTART_DELAY_S}\n"
        "done\n"
    )


def desktop_entry(script: Path, instance: str = DEFAULT) -> str:
    return (
        "[Desktop Entry]\n"
        "Type=Application\n"
        f"Name=Leonov Gallery slideshow ({instance})\n"
        f"Name[ru]=Галерея Леонова: слайд-шоу ({instance})\n"
        "Comment=Exhibition slideshow, restarted after a crash\n"
        f"Exec={desktop_quote(str(script))}\n"
        "Terminal=false\n"
        "X-GNOME-Autostart-enabled=true\n"
        "X-GNOME-AutoRestart=false\n"  # the launcher restarts; the session must not as well
    )


def _marker(instance: str) -> str:
    return f"# leonov-gallery-slideshow-{instance}"


def openbox_autostart(existing: str, script: Path, instance: str = DEFAULT) -> str:
    """`existing` (openbox's autostart file) with this instance's line added or replaced."""
    marker = _marker(instance)
    kept = [line for line in existing.splitlines() if not line.endswith(marker)]
    kept.append(f"{shlex.quote(str(script))} &  {marker}")
    return "\n".join(kept) + "\n"


def paths(instance: str = DEFAULT, home: Path | None = None) -> tuple[Path, Path, Path]:
    """(launcher script, XDG autostart entry, openbox autostart file) for `instance`."""
    base = home or config_home()
    return (base / "leonov-gallery" / f"slideshow-{instance}-autostart.sh",
            base / "autostart" / f"leonov-gallery-slideshow-{instance}.desktop",
            base / "openbox" / "autostart")


def install(argv: Sequence[str], instance: str = DEFAULT,
            home: Path | None = None) -> tuple[Path, Path, Path]:
    """Write the launcher, the XDG entry and the openbox line; return their paths."""
    script, desktop, openbox = paths(instance, home)
    script.parent.mkdir(parents=True, exist_ok=True)
    script.write_text(launcher_script(argv, instance), encoding="utf-8")
    script.chmod(0o755)
    desktop.parent.mkdir(parents=True, exist_ok=True)
    desktop.write_text(desktop_entry(script, instance), encoding="utf-8")
    openbox.parent.mkdir(parents=True, exist_ok=True)
    existing = openbox.read_text(encoding="utf-8") if openbox.exists() else ""
    openbox.write_text(openbox_autostart(existing, script, instance), encoding="utf-8")
    return script, desktop, openbox


def instructions(script: Path, desktop: Path, openbox: Path, home: Path | None = None) -> str:
    lines = [f"Wrote {script}", f"Wrote {desktop}", f"Added a line to {openbox}",
             "The show starts when this account logs in (set the display manager to log it in",
             "automatically) and restarts 5 s after a crash; the exit chord ends it for good.",
             f"To stop starting it: delete {desktop.name}, {script.name} and the marked line "
             f"in {openbox}."]
    old = (home or config_home()) / "systemd" / "user" / OLD_UNIT
    if old.exists():
        lines.append(f"An earlier version wrote {old}: run `systemctl --user disable --now "
                     f"{OLD_UNIT}` and delete it, or the show may start twice.")
    return "\n".join(lines)
