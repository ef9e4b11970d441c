"""The visitor's application: `gallery` (the window), `gallery screenshot`, and
`gallery install-desktop` (a menu entry for the desktop).

Qt is imported inside the run functions only, so other commands start fast.
"""

from __future__ import annotations

import argparse
import logging
import os
import re
import shutil
import sys
from pathlib import Path

from ..exits import EXIT_OK, UsageError
from .registry import command

VIEW_NAMES = ("browse", "timeline", "missions")
DESKTOP_ID = "leonov-gallery"


def _app_args(p: argparse.ArgumentParser) -> None:
    p.add_argument("--lang", choices=("en", "ru"), help="interface language (default: last used)")


@command("app", "open the gallery window (what `gallery` with no command does)", _app_args)
def run_app(args: argparse.Namespace) -> int:
    from ..display import require_display

    require_display()
    from ..catalog.location import location
    from ..ui.launch import run_app as start

    code = start(location(args.catalog), getattr(args, "lang", None))
    # The window has closed and everything is put away (settings synced, catalog, caches and
    # worker pools closed): end now, without the interpreter's teardown of the Qt objects,
    # which takes longer than everything before it (0.3 s of the 0.4 s from the close).
    sys.stdout.flush()
    sys.stderr.flush()
    logging.shutdown()
    os._exit(code)


def _screenshot_args(p: argparse.ArgumentParser) -> None:
    p.add_argument("--view", required=True,
                   help="browse, timeline, missions, or detail:WORK_ID")
    p.add_argument("--out", required=True, help="PNG file to write")
    p.add_argument("--size", default="1600x1000", help="window size WxH (default 1600x1000)")
    p.add_argument("--lang", choices=("en", "ru"), default="en", help="interface language")


def parse_size(text: str) -> tuple[int, int]:
    allowed = "the width from 320 to 8000 and the height from 240 to 8000"
    # any count of digits: 0x0 has the right form and is refused for its numbers, not its form
    match = re.fullmatch(r"\s*(\d+)\s*[xX×]\s*(\d+)\s*", text)
    if not match:
        raise UsageError(f"--size {text!r}: write it as WIDTHxHEIGHT, e.g. 1600x1000 ({allowed})")
    width, height = (int(n.lstrip("0")[:9] or "0") for n in (match[1], match[2]))
    if not (320 <= width <= 8000 and 240 <= height <= 8000):
        raise UsageError(f"--size {text!r}: out of range: {allowed}")
    return width, height


def parse_view(text: str) -> tuple[str, str | None]:
    if text in VIEW_NAMES:
        return text, None
    if text.startswith("detail:") and text[len("detail:"):].strip():
        return "detail", text[len("detail:"):].strip()
    raise UsageError(f"--view {text!r}: choose browse, timeline, missions or detail:WORK_ID")


@command("screenshot", "render a view of the window offscreen to a PNG", _screenshot_args)
def run_screenshot(args: argparse.Namespace) -> int:
    from ..catalog.location import location

    view, work_id = parse_view(args.view)
    size = parse_size(args.size)
    out = Path(args.out)
    if out.suffix.lower() != ".png":
        raise UsageError(f"--out {args.out!r}: the screenshot is a PNG; name it *.png")
    if not out.parent.exists():
        raise UsageError(f"--out {args.out!r}: the folder {out.parent} does not exist")
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from ..ui.launch import render_screenshot

    seconds = render_screenshot(location(args.catalog), view, work_id, out, size, args.lang)
    print(f"Wrote {out} ({size[0]}x{size[1]}, {view}{':' + work_id if work_id else ''}, "
          f"{args.lang}) in {seconds:.1f} s")
    return EXIT_OK


def _desktop_args(p: argparse.ArgumentParser) -> None:
    p.add_argument("--data-home", help="where to install (default: $XDG_DATA_HOME or "
                                       "~/.local/share)")


def desktop_entry(exec_line: str, icon: str) -> str:
    return "\n".join([
        "[Desktop Entry]",
        "Type=Application",
        "Version=1.5",
        "Name=Leonov Gallery",
        "Name[ru]=Галерея Леонова",
        "GenericName=Art gallery",
        "GenericName[ru]=Художественная галерея",
        "Comment=The art of Alexei Leonov, cosmonaut and painter",
        "Comment[ru]=Живопись Алексея Леонова, космонавта и художника",
        f"Exec={exec_line}",
        f"Icon={icon}",
        "Terminal=false",
        "Categories=Graphics;Viewer;Education;Art;",
        "Keywords=Leonov;space;cosmonaut;art;museum;gallery;Леонов;космос;",
        "StartupWMClass=leonov-gallery",
        "",
    ])


@command("install-desktop", "add the gallery to the desktop's application menu",
         _desktop_args)
def run_install_desktop(args: argparse.Namespace) -> int:
    from ..ui.icon import ICON_NAME, SIZES, icon_path

    data_home = Path(args.data_home or os.environ.get("XDG_DATA_HOME")
                     or Path.home() / ".local" / "share")
    apps = data_home / "applications"
    apps.mkdir(parents=True, exist_ok=True)
    for size in SIZES:
        source = icon_path(size)
        if not source.is_file():
            raise UsageError(f"{source}: the icon is missing from this installation")
        target = data_home / "icons" / "hicolor" / f"{size}x{size}" / "apps" / f"{ICON_NAME}.png"
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(source, target)
    gallery = shutil.which("gallery")
    program = [gallery] if gallery else [sys.executable, "-m", "gallery"]
    exec_line = " ".join(_quote(a) for a in [*program, "--catalog",
                                             str(Path(args.catalog).resolve())])
    entry = apps / f"{DESKTOP_ID}.desktop"
    entry.write_text(desktop_entry(exec_line, ICON_NAME), encoding="utf-8")
    print(f"Installed {entry} and icons under {data_home / 'icons' / 'hicolor'}")
    return EXIT_OK


def _quote(text: str) -> str:
    """Quote an Exec argument as the Desktop Entry spec asks (double quotes, escapes)."""
    text = text.replace("%", "%%")  # field codes start with %
    if re.fullmatch(r"[A-Za-z0-9_./+%-]+", text):
        return text
    for char in ("\\", '"', "`", "$"):
        text = text.replace(char, "\\" + char)
    return f'"{text}"'
