"""`gallery slideshow` (the exhibition screen) and `gallery screens` (which screen is which).

Exit the running show with Ctrl+Shift+Q (or the chord in settings: slideshow/exit_chord, or
--exit-chord). Stray keys and clicks are ignored. Each show is a named instance (--instance,
default "default") with its own log, status, proof-of-play log and lock in the user log folder;
`--status` says whether it is really running.
"""

from __future__ import annotations

import argparse
import json
import logging
import sys
from pathlib import Path

from ..catalog.errors import CatalogError
from ..catalog.location import is_server, location
from ..exits import EXIT_OK, UsageError
from .registry import command


def _seconds(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a number of seconds") from None
    if not 0.05 <= value <= 86400:
        raise argparse.ArgumentTypeError("the interval must be between 0.05 and 86400 s")
    return value


def _scale(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a number") from None
    if not 0.5 <= value <= 3.0:
        raise argparse.ArgumentTypeError("the caption scale must be between 0.5 and 3")
    return value


EPILOG = """\
exit:       Ctrl+Shift+Q (or --exit-chord / the setting slideshow/exit_chord in
            slideshow.ini: a modifier plus a key; a chord Qt cannot read is refused);
            other keys, clicks and window-manager close are ignored.
playlists:  made in the app (Playlist editor): chosen works with captions and seconds, or a
            saved search that follows the catalog; windows like "Mon-Fri 09:00-18:00" say
            when each plays. Outside every window a "closed" card shows; with --hours the
            screen is black outside opening hours.
instances:  --instance NAME (default "default") names a show: two screens, two shows, each
            with its own files, remembered screen and autostart; the same name cannot run
            twice (the second exits 2).
files:      in the user log folder: slideshow-NAME.log (rotating), slideshow-NAME-status.json
            (heartbeat every 5 s, current work, screen, visible, catalog problems, memory)
            and slideshow-NAME-plays.log (proof of play: one line per play, append-only);
            --proof-of-play-csv FILE exports plays per day, screen, playlist and work.
--status:   prints the status and today's plays, and exits 0 when the show is running, 1
            when it is not (stopped, killed, never started), 3 when its process lives but the
            heartbeat is older than 30 s (hung), 4 when it runs but shows no works (catalog
            gone or unreadable, no images, window not visible, another show on the same
            screen, waiting for a server that has not answered since the start), 5 when it
            shows the works it read while the catalog's server cannot be reached
            (reconnecting), 2 on bad input.
at boot:    `gallery slideshow --install-autostart [options]` writes a launcher that restarts
            the show after a crash (not after the exit chord), an XDG autostart entry and a
            line in openbox's autostart, for the same options.
motion:     reduced motion (slideshow/reduced_motion or the app's ui/reduced_motion) turns
            transitions off.
"""


def _slideshow_args(p: argparse.ArgumentParser) -> None:
    p.epilog = EPILOG
    p.formatter_class = argparse.RawDescriptionHelpFormatter
    p.add_argument("--playlist", action="append", metavar="NAME", default=[],
                   help="playlist id or name; repeat it to schedule several (the first one "
                        "inside its time windows plays). Default: the whole catalog by date")
    p.add_argument("--screen", metavar="NAME|N",
                   help="screen name or number from `gallery screens` (remembered; default: "
                        "the remembered screen, else the primary one)")
    p.add_argument("--interval", type=_seconds, default=12.0, metavar="SECONDS",
                   help="time per slide unless the playlist sets one (default 12)")
    p.add_argument("--hours", metavar="HH:MM-HH:MM",
                   help="opening hours, e.g. 09:00-18:00; the screen is black outside them")
    p.add_argument("--lang", choices=["en", "ru"], default="en",
                   help="language of the captions (the other title shows beneath)")
    p.add_argument("--no-captions", action="store_true", help="pictures only")
    p.add_argument("--caption-scale", type=_scale, default=1.0, metavar="FACTOR",
                   help="caption letter size × FACTOR (0.5-3; default 1: the title is 3.4%% "
                        "of the screen height). Beside the picture when there is room")
    p.add_argument("--transition", choices=["fade", "panzoom", "none"], default="fade",
                   help="cross-fade (default), slow pan-and-zoom, or none")
    p.add_argument("--exit-chord", metavar="KEYS",
                   help="key chord that ends the show (default Ctrl+Shift+Q, from settings)")
    p.add_argument("--instance", metavar="NAME",
                   help="name of this show (lower-case letters, digits, dashes; default "
                        "\"default\"): its own status, proof of play, log, screen, autostart")
    p.add_argument("--install-autostart", action="store_true",
                   help="start this exact show at login (restarted after a crash), print "
                        "what was written, and exit")
    p.add_argument("--list-playlists", action="store_true", help="list playlists and exit")
    p.add_argument("--status", action="store_true",
                   help="say whether the show runs (exit 0 running, 1 not, 3 hung, 4 running "
                        "but showing no works, 5 showing while the catalog's server is away) "
                        "with its "
                        "status and today's plays, and exit")
    p.add_argument("--proof-of-play-csv", metavar="FILE",
                   help="write plays per day, screen, playlist and work as CSV ('-' for "
                        "stdout) and exit; with --instance, that show's only")


def _show_arguments(args: argparse.Namespace) -> list[str]:
    """The command line that reproduces this show (for the autostart files)."""
    argv = ["--catalog", args.catalog if is_server(args.catalog)
            else str(Path(args.catalog).resolve()), "--instance", args.instance]
    for name in args.playlist:
        argv += ["--playlist", name]
    for flag, value in (("--screen", args.screen), ("--hours", args.hours),
                        ("--exit-chord", args.exit_chord)):
        if value:
            argv += [flag, value]
    argv += ["--interval", f"{args.interval:g}", "--lang", args.lang,
             "--transition", args.transition, "--caption-scale", f"{args.caption_scale:g}"]
    if args.no_captions:
        argv.append("--no-captions")
    return argv


@command("slideshow", "run the fullscreen exhibition slideshow (exit: Ctrl+Shift+Q)",
         _slideshow_args)
def run_slideshow(args: argparse.Namespace) -> int:
    from ..catalog.playlists import find_playlist, parse_hours
    from ..catalog.store import Catalog
    from ..ui.slideshow.instance import check_name

    chosen, args.instance = args.instance, args.instance or "default"
    try:
        check_name(args.instance)
    except ValueError as error:
        raise UsageError(str(error)) from None
    if args.status:
        from ..ui.slideshow.report import print_status

        return print_status(args.instance)
    if args.proof_of_play_csv:
        from ..ui.slideshow.report import export_csv

        return export_csv(args.proof_of_play_csv, chosen)
    args.exit_chord = _checked_chord(args.exit_chord)
    hours = None
    if args.hours:
        try:
            hours = parse_hours(args.hours)
        except ValueError as error:
            raise UsageError(str(error)) from None
    unchecked = None  # why the playlists could not be checked now (a server not up yet)
    try:
        with Catalog.open(location(args.catalog), read_only=True) as catalog:
            if args.list_playlists:
                for record in catalog.list_records("playlists"):
                    size = ("saved search" if record.get("kind") == "search"
                            else f"{len(record.get('items') or [])} works")
                    print(f"{record['id']:<32} {record['name']}  ({size})")
                return EXIT_OK
            for name in args.playlist:
                find_playlist(catalog, name)  # NotFound: exit 2 with one line
    except CatalogError as error:
        # After a power cut the screen boots before the database: a show (and its autostart)
        # must start and wait for the server, as it rides out an outage mid-show.
        if args.list_playlists or not _server_not_up(args.catalog, error):
            raise
        unchecked = str(error)
    if args.install_autostart:
        from ..ui.slideshow import autostart

        written = autostart.install(autostart.show_command(_show_arguments(args)),
                                    args.instance)
        print(autostart.instructions(*written))
        if unchecked:
            print(f"Not checked: {unchecked}; the show will wait for the server at start "
                  f"and connect when it answers (the playlist names were not checked).")
        return EXIT_OK
    if unchecked:
        print(f"gallery: {unchecked}; the show starts and waits for it", file=sys.stderr)
    return _run_window(args, hours)


def _server_not_up(catalog: str, error: CatalogError) -> bool:
    """Whether `error` is a server catalog's server not answering (yet): worth waiting for,
    unlike a refused login or a missing database."""
    if not is_server(catalog):
        return False
    from ..catalog.pg.connection import ServerUnreachable

    return isinstance(error, ServerUnreachable)


def _checked_chord(chord: str | None) -> str | None:
    """The --exit-chord (or, without it, the one in settings) checked: exit 2 if invalid."""
    from ..ui.slideshow.chord import check_chord
    from ..ui.slideshow.config import ShowSettings

    try:
        if chord is not None:
            return check_chord(chord)
        check_chord(ShowSettings().get("slideshow/exit_chord"))
    except ValueError as error:
        where = "" if chord is not None else " (the setting slideshow/exit_chord)"
        raise UsageError(f"{error}{where}") from None
    return None


def _run_window(args: argparse.Namespace, hours: object) -> int:
    import signal

    from ..display import require_display
    from ..paths import log_dir
    from ..ui.slideshow.instance import AlreadyRunning, InstanceLock, ShowFiles

    lock = InstanceLock(ShowFiles(log_dir(), args.instance).lock)
    try:
        lock.acquire()  # held until this process ends, however it ends
    except AlreadyRunning as error:
        raise UsageError(f"slideshow instance {args.instance!r} is already running "
                         f"({error})") from None
    require_display()

    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from ..ui.slideshow.config import SlideshowConfig
    from ..ui.slideshow.window import SlideshowWindow

    if not logging.getLogger().handlers:
        logging.basicConfig(level=logging.INFO, format="gallery: %(message)s")
    app = QApplication.instance() or QApplication([sys.argv[0]])
    app.setApplicationName("leonov-gallery")
    app.setDesktopFileName("leonov-gallery")  # the Wayland app id compositors match rules on
    config = SlideshowConfig(
        location(args.catalog), tuple(args.playlist), args.screen, args.interval,
        hours, args.lang, not args.no_captions, args.transition,  # type: ignore[arg-type]
        exit_chord=args.exit_chord, instance=args.instance, caption_scale=args.caption_scale)
    window = SlideshowWindow(config)
    for signum in (signal.SIGTERM, signal.SIGINT, signal.SIGHUP):
        signal.signal(signum, lambda number, _frame: window.stop(
            f"signal {signal.Signals(number).name}"))
    pump = QTimer()  # lets Python run its signal handlers while Qt's loop waits
    pump.timeout.connect(lambda: None)
    pump.start(500)
    window.start()
    print(f"Slideshow running; exit with {window.exit_sequence.toString()}. "
          f"Status: {window.recorder.status_path}", file=sys.stderr)
    app.exec()
    pump.stop()
    lock.release()
    return EXIT_OK


def _screens_args(p: argparse.ArgumentParser) -> None:
    p.add_argument("--identify", action="store_true",
                   help="show a large number on each screen for a few seconds")
    p.add_argument("--seconds", type=float, default=5.0, help="how long --identify shows")
    p.add_argument("--json", action="store_true", help="print the screens as JSON")


@command("screens", "list the screens (name, geometry, DPR, primary); --identify shows "
                    "their numbers", _screens_args)
def run_screens(args: argparse.Namespace) -> int:
    from ..display import require_display

    require_display()
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from ..ui.slideshow.screens import describe_screens, identify

    app = QApplication.instance() or QApplication([sys.argv[0]])
    rows = describe_screens()
    if args.json:
        print(json.dumps(rows, indent=2))
    else:
        for row in rows:
            mark = "  primary" if row["primary"] else ""
            print(f"{row['number']}  {row['name'] or '(unnamed)':<14} "
                  f"{row['width']}×{row['height']}+{row['x']}+{row['y']}  "
                  f"DPR {row['dpr']:g}{mark}  {row['model']}".rstrip())
    if args.identify:
        windows = identify(args.seconds)
        QTimer.singleShot(round(args.seconds * 1000) + 200, app.quit)
        app.exec()
        del windows
    return EXIT_OK
