"""Proof of play: one line per play, appended, never rewritten. Qt-free.

Each play is one JSON line written with a single write() on a file opened with O_APPEND (and
under an flock, so writers never see each other's half-written line), so every line lands at
the end of the file whole, even with two shows writing at once; a crash can at worst cut the
very last line, which readers skip and the next writer starts after. Nothing ever rewrites
the file, so a count once written cannot be lost.
"""

from __future__ import annotations

import csv
import fcntl
import json
import logging
import os
from collections import Counter
from collections.abc import Iterable, Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import IO, Any

log = logging.getLogger(__name__)
CSV_HEADER = ("day", "instance", "screen", "playlist", "work_id", "title", "plays")


class PlayLog:
    def __init__(self, path: Path, instance: str) -> None:
        self.path = Path(path)
        self.instance = instance
        self._checked_end = False

    def append(self, when: datetime, work_id: str, title: str | None, screen: str | None,
               playlist: str | None) -> bool:
        """Record one play; False (and one log line) if the disk refused it."""
        line = json.dumps({
            "t": when.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ"),
            "day": when.date().isoformat(),  # the show's local day: what the museum counts
            "instance": self.instance, "screen": screen or "", "playlist": playlist or "",
            "work": work_id, "title": title or ""}, ensure_ascii=False) + "\n"
        data = line.encode("utf-8")
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            fd = os.open(self.path, os.O_WRONLY | os.O_APPEND | os.O_CREAT | os.O_CLOEXEC,
                         0o644)
            try:
                # The lock orders this writer's look at the file's end and its write with
                # other shows' writes (a reader could otherwise see half of their line).
                fcntl.flock(fd, fcntl.LOCK_EX)
                if not self._checked_end:
                    self._checked_end = True
                    size = os.fstat(fd).st_size
                    if size and _last_byte(self.path, size) != b"\n":
                        # a crash cut the last line: start on a line of our own, or this
                        # play would be glued to the broken one and lost with it
                        data = b"\n" + data
                written = os.write(fd, data)  # one write: the line lands whole at the end
            finally:
                os.close(fd)  # closing drops the lock
        except OSError as error:  # a full disk must not stop the show
            log.error("cannot append to the proof-of-play log %s: %s", self.path, error)
            return False
        return written == len(data)


def _last_byte(path: Path, size: int) -> bytes:
    with open(path, "rb") as handle:
        handle.seek(size - 1)
        return handle.read(1)


def _parse(line: str | bytes) -> dict[str, Any] | None:
    try:
        play = json.loads(line)
    except ValueError:
        return None
    return play if isinstance(play, dict) and play.get("work") and play.get("day") else None


def read_plays(paths: Iterable[Path]) -> Iterator[dict[str, Any]]:
    """Every well-formed play line in `paths` (a cut or garbled line is skipped)."""
    for path in paths:
        try:
            with open(path, encoding="utf-8", errors="replace") as handle:
                for line in handle:  # streamed: a month of plays is tens of megabytes
                    play = _parse(line)
                    if play is not None:
                        yield play
        except FileNotFoundError:
            continue


def _lines_from_end(path: Path, block: int = 1 << 16) -> Iterator[bytes]:
    """The file's lines, last first, reading it backwards a block at a time."""
    with open(path, "rb") as handle:
        position = handle.seek(0, os.SEEK_END)
        rest = b""
        while position > 0:
            step = min(block, position)
            position -= step
            handle.seek(position)
            lines = (handle.read(step) + rest).split(b"\n")
            rest = lines.pop(0)  # may be the end of a line that began in the block before
            yield from reversed(lines)
        yield rest


def counts_for_day(path: Path, day: str) -> dict[str, int]:
    """Plays per work on `day` (YYYY-MM-DD), most played first. Reads from the end and stops
    well past the day's first play, so a month-long log costs what one day of it costs."""
    counts: Counter[str] = Counter()
    older = 0
    try:
        for line in _lines_from_end(path):
            play = _parse(line) if line.strip() else None
            if play is None:
                continue
            if play["day"] == day:
                counts[play["work"]] += 1
                older = 0
            elif play["day"] < day:
                older += 1
                if older > 1000:  # two shows' lines interleave, but not by a thousand
                    break
    except FileNotFoundError:
        return {}
    return dict(counts.most_common())


def write_csv(paths: Iterable[Path], out: IO[str]) -> int:
    """Plays per day, instance, screen, playlist and work as CSV; returns the number of rows."""
    counts: Counter[tuple[str, str, str, str, str]] = Counter()
    titles: dict[str, str] = {}
    for play in read_plays(paths):
        key = (play["day"], str(play.get("instance", "")), str(play.get("screen", "")),
               str(play.get("playlist", "")), str(play["work"]))
        counts[key] += 1
        titles[key[4]] = str(play.get("title") or titles.get(key[4], ""))
    writer = csv.writer(out)
    writer.writerow(CSV_HEADER)
    for key in sorted(counts):
        writer.writerow([*key, _spreadsheet_safe(titles[key[4]]), counts[key]])
    return len(counts)


def _spreadsheet_safe(text: str) -> str:
    """A title that a spreadsheet would run as a formula gets a leading ' (see DESIGN.md)."""
    return "'" + text if text[:1] in ("=", "+", "-", "@", "\t", "\r") else text
