"""The show runs: it advances, skips what fails, follows the catalog and the clock."""

from __future__ import annotations

import json
import logging
from pathlib import Path
from typing import Any

import pytest
from slideshow_helpers import COLOURS, write_jpeg

from gallery.catalog.playlists import parse_hours
from gallery.catalog.store import Catalog


def test_first_slide_shows_at_start_and_advances_by_hand(make_show: Any, qtbot: Any) -> None:
    show = make_show(playlists=("hall-a",))
    assert show.engine.mode == "playing"
    assert show.canvas.current.work_id == "orbital-sunrise"
    with qtbot.waitSignal(show.slideShown) as blocker:
        show.engine.advance()
    assert blocker.args == ["stamp-1975"]
    with qtbot.waitSignal(show.slideShown) as blocker:
        show.engine.advance()
    assert blocker.args == ["near-the-moon"]
    with qtbot.waitSignal(show.slideShown) as blocker:
        show.engine.advance()
    assert blocker.args == ["orbital-sunrise"]  # round again


def test_advances_on_its_timer(make_show: Any, qtbot: Any) -> None:
    show = make_show(playlists=("hall-a",), interval_s=0.02)
    seen: list[str] = []
    show.slideShown.connect(seen.append)
    qtbot.waitUntil(lambda: len(seen) >= 3, timeout=5000)
    assert seen[:3] == ["stamp-1975", "near-the-moon", "orbital-sunrise"]


def test_whole_catalog_by_date_without_a_playlist(make_show: Any, qtbot: Any) -> None:
    show = make_show()
    seen = [show.canvas.current.work_id]
    show.slideShown.connect(seen.append)
    show.engine.advance()
    show.engine.advance()
    assert seen == ["orbital-sunrise", "near-the-moon", "stamp-1975"]


def _break(catalog_path: Path, work_id: str, how: str) -> None:
    with Catalog.open(catalog_path) as catalog:
        path = catalog.images_dir / catalog.get(work_id)["image_path"]
    if how == "truncate":
        data = path.read_bytes()
        path.write_bytes(data[: len(data) // 2])
    elif how == "delete":
        path.unlink()
    elif how == "empty":
        path.write_bytes(b"")


def test_corrupt_file_is_skipped_and_logged(make_show: Any, show_catalog: Path, qtbot: Any,
                                            caplog: pytest.LogCaptureFixture) -> None:
    _break(show_catalog, "stamp-1975", "truncate")
    caplog.set_level(logging.INFO, logger="gallery")
    show = make_show(playlists=("hall-a",))
    with qtbot.waitSignal(show.slideShown) as blocker:
        show.engine.advance()
    assert blocker.args == ["near-the-moon"]  # the stamp was skipped
    assert "skipping stamp-1975" in caplog.text and "truncated" in caplog.text
    skipped = show.recorder.status["skipped"]["stamp-1975"]
    assert "truncated" in skipped["reason"] and skipped["path"].endswith("stamp-1975.jpg")
    # and into the rotating log file, where staff look
    show.recorder.flush(force=True)
    log_file = Path(show.recorder.status["log_file"])
    assert "skipping stamp-1975" in log_file.read_text(encoding="utf-8")


def test_no_images_card_when_everything_fails_then_recovers(
        make_show: Any, show_catalog: Path, qtbot: Any) -> None:
    for work_id, how in (("orbital-sunrise", "truncate"), ("stamp-1975", "delete"),
                         ("near-the-moon", "empty")):
        _break(show_catalog, work_id, how)
    show = make_show(playlists=("hall-a",), retry_s=60)
    assert show.engine.mode == "no_images"
    assert show.canvas.mode == "card" and show.canvas.card[0] == "No images to show"
    assert show.engine._timer.interval() == 60_000  # a slow retry, not a crash loop
    skipped_before = show.engine.slides_skipped
    assert skipped_before == 3
    show.engine.advance()  # the retry: still nothing, still calm
    assert show.engine.mode == "no_images" and show.engine.slides_skipped == 6
    with Catalog.open(show_catalog) as catalog:
        write_jpeg(catalog.images_dir / "near-the-moon.jpg", COLOURS["near-the-moon"])
    with qtbot.waitSignal(show.slideShown) as blocker:
        show.engine.advance()
    assert blocker.args == ["near-the-moon"] and show.engine.mode == "playing"


def test_catalog_change_by_another_process_shows_at_next_slide(
        make_show: Any, show_catalog: Path, qtbot: Any) -> None:
    show = make_show(playlists=("hall-a",))
    with Catalog.open(show_catalog, who="curator") as curator:  # a second writer, same file
        record = curator.get_record("playlists", "hall-a")
        record["items"].insert(1, {"work_id": "near-the-moon", "caption": "Just added"})
        curator.save_record("playlists", record, record["version"])
        work = curator.get("near-the-moon")
        work["title"] = "Near the Moon (retitled)"
        curator.save(work, work["version"])
    with qtbot.waitSignal(show.slideShown) as blocker:
        show.engine.advance()
    assert blocker.args == ["near-the-moon"]
    with qtbot.waitSignal(show.slideShown) as blocker:
        show.engine.advance()
    assert blocker.args == ["stamp-1975"]
    with qtbot.waitSignal(show.slideShown) as blocker:
        show.engine.advance()
    assert blocker.args == ["near-the-moon"]


def test_opening_hours_blank_and_resume(make_show: Any, clock: Any, qtbot: Any) -> None:
    show = make_show(playlists=("hall-a",), hours=parse_hours("09:00-18:00"), recheck_s=30)
    assert show.engine.mode == "playing"
    clock.now = clock.now.replace(hour=18, minute=5)
    with qtbot.waitSignal(show.cardShown) as blocker:
        show.engine.advance()
    assert blocker.args == ["dark"]
    assert show.canvas.mode == "blank" and show.canvas.current is None  # pixmaps let go
    assert show.engine._ready is None and show.engine._pending is None  # decoding stopped
    assert show.recorder.status["state"] == "dark"
    show.engine.advance()  # still night: stays dark
    assert show.engine.mode == "dark"
    clock.now = clock.now.replace(day=18, hour=9, minute=0)
    with qtbot.waitSignal(show.slideShown) as blocker:
        show.engine.advance()
    assert blocker.args == ["stamp-1975"]  # carries on where it left off


def test_playlist_windows_show_the_closed_card(make_show: Any, show_catalog: Path,
                                               clock: Any, qtbot: Any) -> None:
    with Catalog.open(show_catalog) as catalog:
        record = catalog.get_record("playlists", "hall-a")
        record["windows"] = [{"days": [0, 1, 2, 3, 4], "start": "09:00", "end": "17:00"}]
        catalog.save_record("playlists", record, record["version"])
    show = make_show(playlists=("hall-a",))
    assert show.engine.mode == "playing"
    clock.now = clock.now.replace(hour=17, minute=30)
    with qtbot.waitSignal(show.cardShown) as blocker:
        show.engine.advance()
    assert blocker.args == ["closed"]
    assert show.canvas.card == ("The exhibition screen is resting", "Back on Tuesday at 09:00")


def test_status_file_and_proof_of_play(make_show: Any, qtbot: Any) -> None:
    show = make_show(playlists=("hall-a",))
    show.engine.advance()
    show.engine.advance()
    show.engine.advance()
    show.stop()  # flushes
    status = json.loads(show.recorder.status_path.read_text(encoding="utf-8"))
    assert status["slides_shown"] == 4 and status["state"] == "stopped"
    assert status["started_at"].endswith("Z") and status["rss_mib"] > 10
    assert status["catalog"] == str(show.config.catalog_path.resolve())
    assert status["current_title"] is None and status["instance"] == "default"
    assert status["plays_today"] == {"orbital-sunrise": 2, "stamp-1975": 1, "near-the-moon": 1}
    lines = show.files.plays.read_text(encoding="utf-8").splitlines()
    plays = [json.loads(line) for line in lines]
    assert [p["work"] for p in plays] == ["orbital-sunrise", "stamp-1975", "near-the-moon",
                                          "orbital-sunrise"]
    assert {p["day"] for p in plays} == {"2025-03-17"} and plays[0]["playlist"] == "hall-a"
    assert plays[0]["title"] == "Orbital sunrise"


def test_read_only_catalog_is_fine(make_show: Any, show_catalog: Path, qtbot: Any) -> None:
    folder = show_catalog.parent
    modes = {p: p.stat().st_mode for p in [folder, *folder.glob("catalog.db*")]}
    try:
        for path in modes:
            path.chmod(0o555 if path.is_dir() else 0o444)
        show = make_show(playlists=("hall-a",))
        with qtbot.waitSignal(show.slideShown):
            show.engine.advance()
        assert show.catalog.read_only
    finally:
        for path, mode in modes.items():
            path.chmod(mode)


def test_catalog_file_replaced_is_reopened(make_show: Any, show_catalog: Path,
                                           qtbot: Any) -> None:
    show = make_show(playlists=("hall-a",))
    with Catalog.open(show_catalog) as old:  # a rebuild writes beside, then swaps in
        rebuilt = old.backup("rebuild")
    with Catalog.open(rebuilt, who="builder") as new:
        record = new.get_record("playlists", "hall-a")
        record["items"] = [{"work_id": "near-the-moon", "caption": "From the rebuilt catalog"}]
        new.save_record("playlists", record, record["version"])
    rebuilt.replace(show_catalog)
    with qtbot.waitSignal(show.slideShown) as blocker:
        show.engine.advance()
    assert blocker.args == ["near-the-moon"]
    assert show.catalog.get_record("playlists", "hall-a")["items"][0]["caption"] == \
        "From the rebuilt catalog"


def test_watchdog_restarts_a_stuck_show(make_show: Any, clock: Any, qtbot: Any,
                                        caplog: pytest.LogCaptureFixture) -> None:
    show = make_show(playlists=("hall-a",), interval_s=10)
    show.engine._refreshing = True  # as if a callback had been lost
    show.engine.advance()           # ignored: a refresh seems to be under way
    show.engine.check_alive()       # too early to call it stuck
    assert show.engine.slides_shown == 1
    clock.now = clock.now.replace(minute=clock.now.minute + 2)
    with qtbot.waitSignal(show.slideShown) as blocker:
        show.engine.check_alive()
    assert blocker.args == ["stamp-1975"]
    assert "no progress" in caplog.text
