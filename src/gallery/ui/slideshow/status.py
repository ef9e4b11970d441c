"""What staff read to know the show ran: a status file and proof-of-play counts. Qt-free.

Both are small JSON files written atomically (temporary file + rename) beside the slideshow log,
never in the catalog, so the show also runs from a read-only catalog. Writes are throttled to one
every few seconds; the last state is always flushed on exit. Both stay bounded in size however
long the show runs: the skip list keeps the newest entries, the daily counts the last 400 days.
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
import resource
import sys
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from ...atomic import write_text_atomically

log = logging.getLogger(__name__)

STATUS_FILE = "slideshow-status.json"
PLAYS_FILE = "slideshow-plays.json"
MAX_SKIPS = 200
KEEP_DAYS = 400


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
    """Keeps the status and play counts in memory and writes them now and then."""

    def __init__(self, folder: Path, clock: Callable[[], datetime],
                 min_interval_s: float = 5.0, meta: dict[str, Any] | None = None) -> None:
        self.folder = Path(folder)
        self.status_path = self.folder / STATUS_FILE
        self.plays_path = self.folder / PLAYS_FILE
        self._clock = clock
        self._min_interval_s = min_interval_s
        self._last_write: datetime | None = None
        started = clock()
        self.status: dict[str, Any] = {
            "state": "starting", "started_at": _iso(started), "heartbeat": _iso(started),
            "pid": os.getpid(), "current_work_id": None, "slides_shown": 0,
            "slides_skipped": 0, "skipped": {}, "rss_mib": round(rss_mib(), 1),
            **(meta or {}),
        }
        self.plays = self._load_plays(started)

    def _load_plays(self, now: datetime) -> dict[str, Any]:
        fresh = {"since": _iso(now), "total": 0, "works": {}, "days": {}}
        try:
            data = json.loads(self.plays_path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return fresh
        except (OSError, ValueError) as error:
            log.warning("proof-of-play file %s unreadable (%s); starting new counts",
                        self.plays_path, error)
            with contextlib.suppress(OSError):
                self.plays_path.replace(self.plays_path.with_suffix(".bad.json"))
            return fresh
        if not isinstance(data, dict) or not isinstance(data.get("works"), dict):
            return fresh
        data.setdefault("days", {})
        data.setdefault("total", sum(w.get("count", 0) for w in data["works"].values()))
        return data

    # -- events ---------------------------------------------------------------------------
    def shown(self, work_id: str) -> None:
        now = self._clock()
        stamp, day = _iso(now), now.date().isoformat()
        self.status.update(state="playing", current_work_id=work_id,
                           slides_shown=self.status["slides_shown"] + 1)
        entry = self.plays["works"].setdefault(work_id, {"count": 0, "first": stamp})
        entry["count"] += 1
        entry["last"] = stamp
        self.plays["total"] += 1
        days = self.plays["days"]
        days.setdefault(day, {})
        days[day][work_id] = days[day].get(work_id, 0) + 1
        if len(days) > KEEP_DAYS:
            for old in sorted(days)[:-KEEP_DAYS]:
                del days[old]
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
        """"playing", "dark" (outside opening hours), "closed", "no_images", "stopped"."""
        changed = self.status["state"] != state
        self.status["state"] = state
        if state != "playing":
            self.status["current_work_id"] = None
        self.flush(force=changed)

    def flush(self, force: bool = False) -> None:
        now = self._clock()
        if not force and self._last_write is not None and \
                abs((now - self._last_write).total_seconds()) < self._min_interval_s:
            return
        self._last_write = now
        self.status["heartbeat"] = _iso(now)
        self.status["rss_mib"] = round(rss_mib(), 1)
        self.plays["updated"] = _iso(now)
        try:
            write_json_atomic(self.status_path, self.status)
            write_json_atomic(self.plays_path, self.plays)
        except OSError as error:  # a full disk must not stop the show
            log.error("cannot write the slideshow status in %s: %s", self.folder, error)
