"""The status file and the proof-of-play counts (Qt-free)."""

from __future__ import annotations

import json
from datetime import datetime, timedelta
from pathlib import Path

from slideshow_helpers import FakeClock

from gallery.ui.slideshow.status import MAX_SKIPS, ShowRecorder, rss_mib


def test_writes_are_throttled_and_atomic(tmp_path: Path) -> None:
    clock = FakeClock(datetime(2025, 3, 17, 10, 0))
    recorder = ShowRecorder(tmp_path, clock, min_interval_s=5)
    recorder.shown("a")
    first = json.loads(recorder.status_path.read_text())
    recorder.shown("b")  # within 5 s: kept in memory only
    assert json.loads(recorder.status_path.read_text()) == first
    clock.now += timedelta(seconds=6)
    recorder.shown("c")
    status = json.loads(recorder.status_path.read_text())
    assert status["slides_shown"] == 3 and status["current_work_id"] == "c"
    assert not list(tmp_path.glob("*.tmp"))


def test_counts_survive_a_restart_and_a_corrupt_file(tmp_path: Path) -> None:
    clock = FakeClock(datetime(2025, 3, 17, 10, 0))
    ShowRecorder(tmp_path, clock, min_interval_s=0).shown("a")
    again = ShowRecorder(tmp_path, clock, min_interval_s=0)
    again.shown("a")
    assert json.loads(again.plays_path.read_text())["works"]["a"]["count"] == 2
    again.plays_path.write_text("{not json")
    fresh = ShowRecorder(tmp_path, clock, min_interval_s=0)
    assert fresh.plays["total"] == 0
    assert (tmp_path / "slideshow-plays.bad.json").exists()


def test_skip_list_stays_bounded(tmp_path: Path) -> None:
    recorder = ShowRecorder(tmp_path, FakeClock(datetime(2025, 3, 17)), min_interval_s=3600)
    for i in range(MAX_SKIPS + 50):
        recorder.skipped(f"w{i}", f"/x/{i}.jpg", "no such file")
    recorder.skipped("w0", "/x/0.jpg", "no such file")
    assert len(recorder.status["skipped"]) == MAX_SKIPS
    assert list(recorder.status["skipped"])[-1] == "w0"
    assert recorder.status["slides_skipped"] == MAX_SKIPS + 51


def test_rss_is_read() -> None:
    assert 5 < rss_mib() < 100_000
