"""What `gallery slideshow --status` and `--proof-of-play-csv` print. Qt-free."""

from __future__ import annotations

import io
import json
import sys
from datetime import datetime
from pathlib import Path

from ...atomic import write_text_atomically
from ...exits import UsageError
from ...paths import log_dir
from .instance import (
    STATUS_NOT_RUNNING,
    STATUS_SERVER_AWAY,
    STATUS_SHOWING_NOTHING,
    ShowFiles,
    judge,
    screen_sharers,
)
from .proof import counts_for_day, write_csv
from .status import read_status


def print_status(instance: str) -> int:
    """The status of show `instance`, judged live or not; the exit code says which."""
    files = ShowFiles(log_dir(), instance)
    others = sorted(p.name.removeprefix("slideshow-").removesuffix("-status.json")
                    for p in files.folder.glob("slideshow-*-status.json") if p != files.status)
    if others:  # two screens, two shows: say the other names, which a technician may want
        print(f"(other shows here: {', '.join(others)}; see --instance NAME)", file=sys.stderr)
    try:
        status = read_status(files.status)
    except FileNotFoundError:
        print(f"Slideshow {instance!r} has never run here ({files.status} does not exist).")
        return STATUS_NOT_RUNNING
    except ValueError as error:
        print(f"Slideshow {instance!r}: status file unreadable ({error}).")
        return STATUS_NOT_RUNNING
    liveness, code, why = judge(status)
    status["liveness"] = liveness
    if liveness != "running":
        status["visible"] = False  # whatever it said last, nothing of it is on screen now
    today = datetime.now().date().isoformat()
    status["plays_today"] = counts_for_day(files.plays, today)
    if liveness == "running":  # judged now, not as the show last wrote it
        status["shares_screen_with"] = screen_sharers(files.folder, instance,
                                                      status.get("screen"))
    print(json.dumps(status, ensure_ascii=False, indent=2, sort_keys=True))
    total = sum(status["plays_today"].values())
    trouble = _trouble(status) if liveness == "running" else None
    if trouble:  # alive is not enough for a technician: the wall must show works
        liveness, code = f"running but {trouble}", STATUS_SHOWING_NOTHING
    elif liveness == "running" and status.get("server_away"):
        liveness, code = ("running, showing the works already read; the catalog's server "
                          "cannot be reached (reconnecting)"), STATUS_SERVER_AWAY
    print(f"{instance}: {liveness} ({why}); {total} plays today ({today}); {files.status}")
    return code


def _trouble(status: dict[str, object]) -> str | None:
    """What keeps a live show from showing works (None: nothing)."""
    if status.get("state") == "waiting":
        return str(status.get("catalog_problem") or "waiting for the catalog")
    if status.get("catalog_problem") and not (
            status.get("server_away") and status.get("state") == "playing"):
        return f"with a catalog problem: {status['catalog_problem']}"
    if status.get("state") == "no_images":
        return "showing no images"
    if status.get("visible") is False:
        return "not visible"
    sharers = status.get("shares_screen_with")
    if sharers:
        return f"sharing screen {status.get('screen')} with {', '.join(map(str, sharers))}"
    return None


def export_csv(target: str, instance: str | None) -> int:
    """Plays per day, screen, playlist and work of one instance (or of all) as CSV."""
    folder = log_dir()
    sources = ([ShowFiles(folder, instance).plays] if instance
               else sorted(folder.glob("slideshow-*-plays.log")))
    if target == "-":
        rows = write_csv(sources, sys.stdout)
    else:
        path = Path(target)
        if path.is_dir():
            raise UsageError(f"{path} is a folder; name a CSV file")
        text = io.StringIO(newline="")
        rows = write_csv(sources, text)
        # Never through a symlink or onto a device: the same rule as every export.
        write_text_atomically(path, text.getvalue())
        print(f"Wrote {rows} rows to {path}", file=sys.stderr)
    return 0
