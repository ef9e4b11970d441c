"""What staff read to know the show runs: a status file and the proof-of-play log. Qt-free.

The status is a small JSON file written atomically (temporary file + rename) beside the
slideshow log, never in the catalog, so the show also runs from a read-only catalog. Slide
events write it at most every few seconds; the heartbeat (`beat()`, driven by the window's own
timer in every state, dark hours included) always rewrites it, so its age tells a live show from
a hung or killed one (see instance.judge). Each play is appended to the proof-of-play log
(proof.py). The status stays bounded however long the show runs: the skip list keeps the newest
entries, today's counts only today.
"""

from __future__ import annotations

import json
import logging
import os
import resource
import socket
import sys
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from ...atomic import write_text_atomically
from .instance import HEARTBEAT_S, ShowFiles, process_start_ticks, screen_sharers
from .proof import PlayLog, counts_for_day

log = logging.getLogger(__name__)

MAX_SKIPS = 200


def rss_mib() -> float:
    """Resident memory of this process now (VmRSS), in MiB."""
    try:
        with open("/proc/self/status", encoding="ascii") as handle:
            for line in handle:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss  # peak, not current: a fallback
    return peak / (1024 * 1024 if sys.platform == "darwin" else 1024)


def write_json_atomic(path: Path, data: Any) -> None:
    """Readers see the old file or the new one, never half of one."""
    write_text_atomically(path, json.dumps(data, ensure_ascii=False, indent=1,
                                           sort_keys=True) + "\n")


def _iso(moment: datetime) -> str:
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


class ShowRecorder:
    """Keeps the status in memory, writes it now and then, and appends every play."""

    def __init__(self, files: ShowFiles, clock: Callable[[], datetime],
                 min_interval_s: float = 5.0, meta: dict[str, Any] | None = None) -> None:
        self.files = files
        self.status_path = files.status
        self.plays = PlayLog(files.plays, files.name)
        self._clock = clock
        self._min_interval_s = min_interval_s
        self._last_write: datetime | None = None
        started = clock()
        self._today = started.date().isoformat()
        self.status: dict[str, Any] = {
            "instance": files.name, "state": "starting", "started_at": _iso(started),
            "heartbeat": _iso(started), "heartbeat_every_s": HEARTBEAT_S,
            "pid": os.getpid(), "pid_start_ticks": process_start_ticks(os.getpid()),
            "host": socket.gethostname(), "version": _version(),
            "current_work_id": None, "current_title": None, "screen": None, "visible": None,
            "catalog_problem": None, "server_away": False,
            "slides_shown": 0, "slides_skipped": 0, "skipped": {},
            "plays_today": counts_for_day(files.plays, self._today),
            "proof_of_play": str(files.plays), "rss_mib": round(rss_mib(), 1),
            **(meta or {}),
        }

    # -- events ---------------------------------------------------------------------------
    def shown(self, work_id: str, title: str | None = None,
              playlist: str | None = None) -> None:
        now = self._clock()
        self.status.update(state="playing", current_work_id=work_id, current_title=title,
                           current_playlist=playlist,
                           slides_shown=self.status["slides_shown"] + 1)
        self.plays.append(now, work_id, title, self.status.get("screen"), playlist)
        day = now.date().isoformat()
        if day != self._today:  # midnight: today's counts start again
            self._today, self.status["plays_today"] = day, {}
        today = self.status["plays_today"]
        today[work_id] = today.get(work_id, 0) + 1
        self.flush()

    def skipped(self, work_id: str, path: str | None, reason: str) -> None:
        skips = self.status["skipped"]
        entry = skips.pop(work_id, {"count": 0})  # re-inserted: newest last
        entry.update(path=path, reason=reason, last=_iso(self._clock()),
                     count=entry["count"] + 1)
        skips[work_id] = entry
        while len(skips) > MAX_SKIPS:
            del skips[next(iter(skips))]
        self.status["slides_skipped"] += 1
        self.flush()

    def state(self, state: str) -> None:
        """"playing", "dark" (outside opening hours), "closed", "no_images", "waiting" (for a
        server that has not answered since the show started), "stopped"."""
        changed = self.status["state"] != state
        self.status["state"] = state
        if state != "playing":
            self.status.update(current_work_id=None, current_title=None)
        self.flush(force=changed)

    def note(self, **facts: Any) -> None:
        """Facts the window knows (screen, visible, catalog_problem …); written at the next
        write, or at once when one changed."""
        changed = any(self.status.get(k) != v for k, v in facts.items())
        self.status.update(facts)
        if changed:
            self.flush(force=True)

    def beat(self) -> None:
        """The heartbeat: rewrite the status now, whatever the show is doing, and say whether
        another show has taken the same screen."""
        sharers = screen_sharers(self.files.folder, self.files.name, self.status.get("screen"))
        if sharers and sharers != self.status.get("shares_screen_with"):
            log.warning("the show(s) %s play on the same screen %s as this one",
                        ", ".join(sharers), self.status.get("screen"))
        self.status["shares_screen_with"] = sharers
        self.flush(force=True)

    def flush(self, force: bool = False) -> None:
        now = self._clock()
        if not force and self._last_write is not None and \
                abs((now - self._last_write).total_seconds()) < self._min_interval_s:
            return
        self._last_write = now
        # The heartbeat is wall-clock UTC even when the show runs on an injected clock: it is
        # compared with the reader's clock, not with the show's opening hours.
        self.status["heartbeat"] = _iso(datetime.now(UTC))
        self.status["rss_mib"] = round(rss_mib(), 1)
        try:
            write_json_atomic(self.status_path, self.status)
        except OSError as error:  # a full disk must not stop the show
            log.error("cannot write the slideshow status %s: %s", self.status_path, error)


def _version() -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("leonov-gallery")
    except PackageNotFoundError:
        return "unknown"


def read_status(path: Path) -> dict[str, Any]:
    """The status file's contents; FileNotFoundError or ValueError if absent or unreadable."""
    data = json.loads(path.read_text(encoding="utf-8"))
    if not isinstance(data, dict):
        raise ValueError(f"{path} is not a status file")
    return data
