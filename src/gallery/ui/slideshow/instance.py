"""Named shows: each instance has its own files and lock, and its liveness can be judged. Qt-free.

Two screens on one machine run two shows, each a named instance ("default" unless
`--instance NAME`). Everything a show writes is named after its instance in the user log
folder, so two shows never overwrite each other:

    slideshow-NAME-status.json   the status (heartbeat, current work, screen, visible …)
    slideshow-NAME-plays.log     proof of play, one line per play, append-only
    slideshow-NAME.log           the rotating log
    slideshow-NAME.lock          held (flock) while the show runs: a second one refuses

A status file alone cannot tell a live show from a killed one: `judge()` also checks that its
process still exists *and* is the same process (its start time, since PIDs are reused), and
that the heartbeat, which ticks on its own timer in every state, is recent.
"""

from __future__ import annotations

import contextlib
import fcntl
import json
import os
import re
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

DEFAULT = "default"
HEARTBEAT_S = 5.0      # how often a running show rewrites its status
STALE_AFTER_S = 30.0   # a heartbeat older than this: the show is hung (or its clock stopped)
_SLUG = re.compile(r"^[a-z0-9][a-z0-9-]{0,39}$")

# --status exit codes (documented in `gallery slideshow --help`)
STATUS_RUNNING, STATUS_NOT_RUNNING, STATUS_STALE, STATUS_SHOWING_NOTHING = 0, 1, 3, 4
# Still showing works, from what it read, while the catalog's server cannot be reached: the
# wall is fine, the server needs a look (monitoring tells it apart from 0 and from 4).
STATUS_SERVER_AWAY = 5


def check_name(name: str) -> str:
    """An instance name: lower-case letters, digits and dashes, at most 40. ValueError if not."""
    if not _SLUG.match(name):
        raise ValueError(f"instance name {name!r} must be 1-40 lower-case letters, digits or "
                         "dashes, starting with a letter or digit")
    return name


@dataclass(frozen=True)
class ShowFiles:
    folder: Path
    name: str = DEFAULT

    @property
    def status(self) -> Path:
        return self.folder / f"slideshow-{self.name}-status.json"

    @property
    def plays(self) -> Path:
        return self.folder / f"slideshow-{self.name}-plays.log"

    @property
    def log(self) -> Path:
        return self.folder / f"slideshow-{self.name}.log"

    @property
    def lock(self) -> Path:
        return self.folder / f"slideshow-{self.name}.lock"


class AlreadyRunning(Exception):
    """Another process holds this instance's lock."""


class InstanceLock:
    """An flock on the instance's lock file, held for the life of the show.

    The kernel drops it when the process dies however it dies, so a crash never leaves a
    stale lock behind (unlike a PID file)."""

    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        self._fd: int | None = None

    def acquire(self) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(self.path, os.O_RDWR | os.O_CREAT | os.O_CLOEXEC, 0o644)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            holder = os.pread(fd, 32, 0).decode("ascii", "replace").strip() or "?"
            os.close(fd)
            raise AlreadyRunning(f"pid {holder}") from None
        os.ftruncate(fd, 0)
        os.pwrite(fd, f"{os.getpid()}\n".encode(), 0)
        self._fd = fd

    def release(self) -> None:
        if self._fd is not None:
            with contextlib.suppress(OSError):
                fcntl.flock(self._fd, fcntl.LOCK_UN)
            os.close(self._fd)
            self._fd = None


def process_start_ticks(pid: int) -> int | None:
    """The process's start time (clock ticks after boot, /proc/PID/stat field 22), or None
    when there is no such process."""
    try:
        with open(f"/proc/{pid}/stat", encoding="ascii", errors="replace") as handle:
            stat = handle.read()
    except OSError:
        return None
    # the command name (field 2) may contain spaces and parentheses: split after its last ")"
    fields = stat[stat.rindex(")") + 2:].split()
    return int(fields[19])


def _parse_iso(text: Any) -> datetime | None:
    try:
        return datetime.strptime(str(text), "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=UTC)
    except ValueError:
        return None


def judge(status: dict[str, Any], now: datetime | None = None) -> tuple[str, int, str]:
    """(liveness, exit code, why) for a status file's contents.

    liveness: "running", "stale" (its process lives but the heartbeat stopped), "stopped"
    (ended deliberately), or "dead" (its process is gone, or a different process has its pid).
    """
    now = now or datetime.now(UTC)
    pid = status.get("pid")
    beat = _parse_iso(status.get("heartbeat"))
    age = (now - beat).total_seconds() if beat else None
    alive = isinstance(pid, int) and process_start_ticks(pid) is not None \
        and process_start_ticks(pid) == status.get("pid_start_ticks")
    if status.get("state") == "stopped":  # its last act; the app that ran it may live on
        return "stopped", STATUS_NOT_RUNNING, "the show was stopped"
    if not alive:
        return "dead", STATUS_NOT_RUNNING, f"process {pid} is gone; the show is not running"
    limit = max(STALE_AFTER_S, 3 * float(status.get("heartbeat_every_s") or HEARTBEAT_S))
    if age is None or age > limit:
        shown = "never" if age is None else f"{age:.0f} s ago"
        return "stale", STATUS_STALE, f"process {pid} lives but its last heartbeat was {shown}"
    return "running", STATUS_RUNNING, f"heartbeat {max(0.0, age):.0f} s ago"


def screen_sharers(folder: Path, name: str, screen: str | None) -> list[str]:
    """Other shows running now on the same screen (their instance names): two shows on one
    monitor fight for it, each hiding the other in turn."""
    if not screen:
        return []
    sharers = []
    for path in sorted(Path(folder).glob("slideshow-*-status.json")):
        try:
            other = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            continue
        if not isinstance(other, dict) or other.get("instance") in (None, name):
            continue
        if other.get("screen") == screen and judge(other)[0] == "running":
            sharers.append(str(other["instance"]))
    return sharers
