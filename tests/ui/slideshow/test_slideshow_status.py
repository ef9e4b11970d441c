"""The status file and the proof-of-play counts (Qt-free)."""

from __future__ import annotations

import json
import subprocess
import sys
from datetime import datetime, timedelta
from pathlib import Path

from slideshow_helpers import FakeClock

from gallery.ui.slideshow.instance import ShowFiles
from gallery.ui.slideshow.proof import PlayLog, counts_for_day
from gallery.ui.slideshow.status import MAX_SKIPS, ShowRecorder, rss_mib


def test_writes_are_throttled_and_atomic(tmp_path: Path) -> None:
    clock = FakeClock(datetime(2025, 3, 17, 10, 0))
    recorder = ShowRecorder(ShowFiles(tmp_path), clock, min_interval_s=5)
    recorder.shown("a")
    first = json.loads(recorder.status_path.read_text())
    recorder.shown("b")  # within 5 s: kept in memory only
    assert json.loads(recorder.status_path.read_text()) == first
    clock.now += timedelta(seconds=6)
    recorder.shown("c")
    status = json.loads(recorder.status_path.read_text())
    assert status["slides_shown"] == 3 and status["current_work_id"] == "c"
    assert not list(tmp_path.glob("*.tmp"))


def test_plays_are_appended_across_restarts_and_a_cut_line_is_skipped(tmp_path: Path) -> None:
    clock = FakeClock(datetime(2025, 3, 17, 10, 0))
    files = ShowFiles(tmp_path)
    ShowRecorder(files, clock, min_interval_s=0).shown("a", "Title A", "hall")
    with open(files.plays, "a", encoding="utf-8") as handle:
        handle.write('{"t": "2025-03-17T09:00:00Z", "day": "2025-03-1')  # a crash mid-line
    again = ShowRecorder(files, clock, min_interval_s=0)
    assert again.status["plays_today"] == {"a": 1}  # today's counts read back at start
    again.shown("a")
    clock.now += timedelta(days=1)
    again.shown("b")
    assert again.status["plays_today"] == {"b": 1}  # a new day starts from nothing
    assert counts_for_day(files.plays, "2025-03-17") == {"a": 2}
    assert counts_for_day(files.plays, "2025-03-18") == {"b": 1}


def test_skip_list_stays_bounded(tmp_path: Path) -> None:
    recorder = ShowRecorder(ShowFiles(tmp_path), FakeClock(datetime(2025, 3, 17)),
                            min_interval_s=3600)
    for i in range(MAX_SKIPS + 50):
        recorder.skipped(f"w{i}", f"/x/{i}.jpg", "no such file")
    recorder.skipped("w0", "/x/0.jpg", "no such file")
    assert len(recorder.status["skipped"]) == MAX_SKIPS
    assert list(recorder.status["skipped"])[-1] == "w0"
    assert recorder.status["slides_skipped"] == MAX_SKIPS + 51


def test_rss_is_read() -> None:
    assert 5 < rss_mib() < 100_000


APPENDER = """
import sys
from datetime import datetime
from gallery.ui.slideshow.proof import PlayLog
log = PlayLog(sys.argv[1], sys.argv[2])
for i in range(int(sys.argv[3])):
    log.append(datetime(2025, 3, 17, 10, 0), f"{sys.argv[2]}-{i}", "t" * 300, "HDMI-1", "p")
"""


def test_two_writers_appending_at_once_lose_nothing(tmp_path: Path) -> None:
    path = tmp_path / "plays.log"
    writers = [subprocess.Popen([sys.executable, "-c", APPENDER, str(path), name, "2000"])
               for name in ("east", "west")]
    for writer in writers:
        assert writer.wait(timeout=120) == 0
    lines = path.read_text(encoding="utf-8").splitlines()
    works = [json.loads(line)["work"] for line in lines]  # every line whole
    assert len(works) == 4000
    assert sorted(works) == sorted(f"{n}-{i}" for n in ("east", "west") for i in range(2000))


def test_todays_counts_read_from_the_end_of_a_long_log(tmp_path: Path) -> None:
    path = tmp_path / "plays.log"
    log = PlayLog(path, "default")
    for i in range(3000):  # a month ago, yesterday, and today, blocks of 64 KiB apart
        log.append(datetime(2025, 2, 1 + i % 28, 10, 0), "old", "t", "s", "p")
    for i in range(5):
        log.append(datetime(2025, 3, 16, 10, 0), f"y{i}", "ü" * 50, "s", "p")
        log.append(datetime(2025, 3, 17, 10, 0), "a" if i % 2 else "b", "ü" * 50, "s", "p")
    assert counts_for_day(path, "2025-03-17") == {"b": 3, "a": 2}
    assert counts_for_day(path, "2025-03-16") == {f"y{i}": 1 for i in range(5)}
    assert counts_for_day(path, "2025-02-03") == {"old": 108}  # 3000 = 28 × 107 + 4
    assert counts_for_day(tmp_path / "none.log", "2025-03-17") == {}
