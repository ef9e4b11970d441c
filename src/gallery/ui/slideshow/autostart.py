"""Start the slideshow at login and restart it if it ever dies. Qt-free.

Two files, both under $XDG_CONFIG_HOME (default ~/.config):

* `systemd/user/leonov-gallery-slideshow.service`: the preferred way. Restart=always brings the
  show back 5 s after a crash; enable it with `systemctl --user enable --now …`.
* `autostart/leonov-gallery-slideshow.desktop`: for desktops without a systemd user session. It
  starts the show only when the systemd unit is not enabled, so the two never run it twice.

Nothing here runs systemctl: the installer only writes files and says what to type.
"""

from __future__ import annotations

import os
import re
import shlex
import sys
from collections.abc import Sequence
from pathlib import Path

UNIT_NAME = "leonov-gallery-slideshow.service"
DESKTOP_NAME = "leonov-gallery-slideshow.desktop"
_PLAIN = re.compile(r"^[A-Za-z0-9_@%+=:,./-]+$")


def config_home() -> Path:
    return Path(os.environ.get("XDG_CONFIG_HOME") or Path.home() / ".config")


def show_command(arguments: Sequence[str]) -> list[str]:
    """The exact command that runs the show: this Python, this package, these arguments."""
    return [sys.executable, "-m", "gallery", "slideshow", *arguments]


def systemd_quote(arg: str) -> str:
    """One ExecStart word: specifiers (%) and variables ($) taken literally."""
    escaped = arg.replace("%", "%%").replace("$", "$$")
    if _PLAIN.match(arg):
        return escaped
    return '"' + escaped.replace("\\", "\\\\").replace('"', '\\"') + '"'


def desktop_quote(arg: str) -> str:
    """One Exec word as the Desktop Entry spec wants it (quoting, then string escaping)."""
    quoted = arg if _PLAIN.match(arg) else '"' + re.sub(r'(["`$\\])', r"\\\1", arg) + '"'
    return quoted.replace("\\", "\\\\").replace("%", "%%")


def systemd_unit(argv: Sequence[str]) -> str:
    return (
        "[Unit]\n"
        "Description=Leonov Gallery exhibition slideshow\n"
        "After=graphical-session.target\n"
        "PartOf=graphical-session.target\n"
        "StartLimitIntervalSec=0\n"  # never give up restarting an exhibition screen
        "\n"
        "[Service]\n"
        "Type=simple\n"
        f"ExecStart={' '.join(systemd_quote(a) for a in argv)}\n"
        "Restart=always\n"
        "RestartSec=5\n"
        "\n"
        "[Install]\n"
        "WantedBy=graphical-session.target\n"
    )


def desktop_entry(argv: Sequence[str]) -> str:
    script = (f"systemctl --user --quiet is-enabled {UNIT_NAME} 2>/dev/null "
              f"|| exec {shlex.join(argv)}")
    return (
        "[Desktop Entry]\n"
        "Type=Application\n"
        "Name=Leonov Gallery slideshow\n"
        "Name[ru]=Галерея Леонова: слайд-шоу\n"
        "Comment=Exhibition slideshow (skipped when the systemd unit is enabled)\n"
        f"Exec={' '.join(desktop_quote(a) for a in ['sh', '-c', script])}\n"
        "Terminal=false\n"
        "X-GNOME-Autostart-enabled=true\n"
    )


def install(argv: Sequence[str], home: Path | None = None) -> tuple[Path, Path]:
    """Write both files; return their paths."""
    base = home or config_home()
    unit = base / "systemd" / "user" / UNIT_NAME
    desktop = base / "autostart" / DESKTOP_NAME
    for path, text in ((unit, systemd_unit(argv)), (desktop, desktop_entry(argv))):
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    return unit, desktop


def instructions(unit: Path, desktop: Path) -> str:
    return (
        f"Wrote {unit}\n"
        f"Wrote {desktop}\n"
        "To start the slideshow at login and restart it if it stops (recommended):\n"
        "  systemctl --user daemon-reload\n"
        f"  systemctl --user enable --now {UNIT_NAME}\n"
        "  (log the exhibition account in automatically; if the show cannot find the display,\n"
        "   run once: systemctl --user import-environment DISPLAY WAYLAND_DISPLAY)\n"
        "Without systemd, the autostart entry starts it at login (without restarts).\n"
        f"To stop: systemctl --user disable --now {UNIT_NAME}, and delete {desktop.name}."
    )
