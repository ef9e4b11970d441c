"""A show's status tells live from dead: a killed show is reported dead, a hung one stale."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from gallery.cli import main
from gallery.paths import log_dir
from gallery.ui.slideshow.instance import (
    STATUS_NOT_RUNNING,
    STATUS_RUNNING,
    STATUS_STALE,
    ShowFiles,
    judge,
    process_start_ticks,
)


def _wait_for(predicate: Any, timeout: float = 60.0) -> None:
    deadline = time.monotonic() + timeout
    while not predicate():
        if time.monotonic() > deadline:
            raise AssertionError("timed out")
        time.sleep(0.1)


def _start_show(catalog: Path, *extra: str) -> subprocess.Popen[bytes]:
    """A real `gallery slideshow` process, offscreen, in this test's private folders."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.Popen(
        [sys.executable, "-m", "gallery", "--catalog", str(catalog), "slideshow",
         "--interval", "0.5", "--transition", "none", *extra],
        env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)


@pytest.mark.slow
def test_a_killed_show_is_reported_dead(show_catalog: Path,
                                        capsys: pytest.CaptureFixture[str]) -> None:
    show = _start_show(show_catalog, "--instance", "hall-b")
    status_path = ShowFiles(log_dir(), "hall-b").status
    try:
        _wait_for(lambda: status_path.exists()
                  and json.loads(status_path.read_text()).get("slides_shown", 0) >= 1)
        assert main(["slideshow", "--status", "--instance", "hall-b"]) == STATUS_RUNNING
        assert '"liveness": "running"' in capsys.readouterr().out
    finally:
        show.send_signal(signal.SIGKILL)
        show.wait(timeout=30)
        assert show.stderr is not None
        show.stderr.close()
    assert json.loads(status_path.read_text())["state"] == "playing"  # what it last wrote
    assert main(["slideshow", "--status", "--instance", "hall-b"]) == STATUS_NOT_RUNNING
    out = capsys.readouterr().out
    assert '"liveness": "dead"' in out and '"visible": false' in out
    assert "hall-b: dead" in out and "plays today" in out


def _status(**changes: Any) -> dict[str, Any]:
    now = datetime.now(UTC)
    status = {"state": "playing", "pid": os.getpid(),
              "pid_start_ticks": process_start_ticks(os.getpid()),
              "heartbeat": now.strftime("%Y-%m-%dT%H:%M:%SZ"), "heartbeat_every_s": 5}
    status.update(changes)
    return status


def test_judge_running_stale_dead_and_stopped() -> None:
    assert judge(_status())[:2] == ("running", STATUS_RUNNING)
    old = (datetime.now(UTC) - timedelta(minutes=5)).strftime("%Y-%m-%dT%H:%M:%SZ")
    assert judge(_status(heartbeat=old))[:2] == ("stale", STATUS_STALE)
    # the same pid with another start time is another process: the show's pid was reused
    reused = _status(pid_start_ticks=process_start_ticks(os.getpid()) - 1)
    assert judge(reused)[:2] == ("dead", STATUS_NOT_RUNNING)
    gone = subprocess.Popen([sys.executable, "-c", "pass"])
    gone.wait()
    assert judge(_status(pid=gone.pid))[:2] == ("dead", STATUS_NOT_RUNNING)
    assert judge(_status(pid=gone.pid, state="stopped"))[:2] == ("stopped", STATUS_NOT_RUNNING)


def test_heartbeat_ticks_while_dark(make_show: Any, clock: Any, qtbot: Any) -> None:
    from gallery.catalog.playlists import parse_hours

    show = make_show(hours=parse_hours("18:00-20:00"))  # 10:30: dark
    assert show.engine.mode == "dark"
    show.recorder.status["heartbeat"] = "2000-01-01T00:00:00Z"
    show._heartbeat.setInterval(50)  # the real one ticks every 5 s
    qtbot.waitUntil(lambda: json.loads(show.files.status.read_text())["heartbeat"]
                    != "2000-01-01T00:00:00Z", timeout=5000)
    status = json.loads(show.files.status.read_text())
    assert status["state"] == "dark" and judge(status)[0] == "running"
    assert "visible" in status and status["instance"] == "default"


@pytest.mark.parametrize(("changes", "says"), [
    ({"state": "no_images"}, "running but showing no images"),
    ({"catalog_problem": "/wall/catalog.db is gone"},
     "running but with a catalog problem: /wall/catalog.db is gone"),
    ({"visible": False}, "running but not visible"),
])
def test_a_live_show_that_shows_no_works_is_not_reported_fine(
        changes: dict[str, Any], says: str, capsys: pytest.CaptureFixture[str]) -> None:
    from gallery.ui.slideshow.instance import STATUS_SHOWING_NOTHING

    files = ShowFiles(log_dir(), "wall")
    files.status.parent.mkdir(parents=True, exist_ok=True)
    files.status.write_text(json.dumps(_status(**changes)))
    assert main(["slideshow", "--status", "--instance", "wall"]) == STATUS_SHOWING_NOTHING
    assert f"wall: {says}" in capsys.readouterr().out
    files.status.write_text(json.dumps(_status()))  # the same show, playing works
    assert main(["slideshow", "--status", "--instance", "wall"]) == STATUS_RUNNING
    capsys.readouterr()


def test_two_shows_on_one_screen_are_told_apart(capsys: pytest.CaptureFixture[str]) -> None:
    from gallery.ui.slideshow.instance import STATUS_SHOWING_NOTHING, screen_sharers

    folder = log_dir()
    folder.mkdir(parents=True, exist_ok=True)
    for name, screen in (("hall-a", "HDMI-1"), ("hall-b", "HDMI-1"), ("hall-c", "HDMI-2")):
        ShowFiles(folder, name).status.write_text(
            json.dumps(_status(instance=name, screen=screen)))
    assert screen_sharers(folder, "hall-a", "HDMI-1") == ["hall-b"]
    assert screen_sharers(folder, "hall-c", "HDMI-2") == []
    assert main(["slideshow", "--status", "--instance", "hall-a"]) == STATUS_SHOWING_NOTHING
    assert "hall-a: running but sharing screen HDMI-1 with hall-b" in capsys.readouterr().out
    dead = _status(instance="hall-b", screen="HDMI-1", pid_start_ticks=-1)  # killed since
    ShowFiles(folder, "hall-b").status.write_text(json.dumps(dead))
    assert screen_sharers(folder, "hall-a", "HDMI-1") == []
