"""A month on the wall: the screen off at night, a resolution change, a vanished catalog."""

from __future__ import annotations

import json
import logging
import shutil
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest

from gallery.catalog.playlists import parse_hours
from gallery.ui.slideshow.power import CEC, DisplayPower


def test_dark_hours_release_the_inhibit_and_turn_the_display_off(make_show: Any, clock: Any,
                                                                 qtbot: Any) -> None:
    show = make_show(hours=parse_hours("18:00-20:00"))  # 10:30: closed
    assert show.engine.mode == "dark" and show.night.dark
    assert show.inhibitor.calls == ["inhibit", "release"]
    assert show.night.power.calls == ["off"]
    assert show.recorder.status["display"] == "off"
    show.engine.advance()  # still dark: nothing is switched again
    assert show.night.power.calls == ["off"]
    clock.now = clock.now.replace(hour=18, minute=1)
    with qtbot.waitSignal(show.slideShown):
        show.engine.advance()
    assert show.night.power.calls == ["off", "on"]
    assert show.recorder.status["display"] == "on"
    assert show.inhibitor.calls == ["inhibit", "release", "inhibit"]
    clock.now += timedelta(hours=3)
    show.engine.advance()
    assert show.night.power.calls == ["off", "on", "off"]
    show.stop()  # the technician who ends it at night finds a lit screen
    assert show.night.power.calls == ["off", "on", "off", "on"]


def test_display_power_commands_on_x11_with_cec() -> None:
    ran: list[tuple[list[str], bytes | None]] = []

    def runner(argv: list[str], stdin: bytes | None) -> bool:
        ran.append((argv, stdin))
        return True

    power = DisplayPower(runner, available=lambda name: f"/usr/bin/{name}", x11=lambda: True)
    assert power.set(False)
    assert ran == [(["xset", "+dpms"], None), (["xset", "dpms", "force", "off"], None),
                   (CEC, b"standby 0\n")]
    ran.clear()
    assert power.set(True)
    assert ran == [(["xset", "dpms", "force", "on"], None), (CEC, b"on 0\n")]
    ran.clear()
    wayland = DisplayPower(runner, available=lambda name: name == "xset", x11=lambda: False)
    assert not wayland.set(False) and ran == []  # nothing that works here: said in the log


def test_a_resolution_change_refits_the_window(make_show: Any, qtbot: Any) -> None:
    show = make_show()
    show.guard.stop()  # only the resolution change may re-fit it here
    screen = show.screen()
    full = screen.geometry()
    show.showNormal()
    show.setGeometry(0, 0, 320, 200)  # what a resolution change leaves without a WM
    qtbot.waitUntil(lambda: show.width() == 320)
    with qtbot.waitSignal(show.slideShown):
        screen.geometryChanged.emit(full)
    assert show.isFullScreen() and show.geometry() == full
    assert show.engine.screen_px == (full.width(), full.height())
    image = show.canvas.current.image  # re-rendered at the screen's size
    assert (image.width(), image.height()) == (full.width(), full.height())


@pytest.mark.parametrize("how", ["delete", "rename"])
def test_a_vanished_catalog_is_said_and_the_show_goes_on(
        make_show: Any, show_catalog: Path, qtbot: Any, how: str,
        caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.INFO, logger="gallery")
    show = make_show(playlists=("hall-a",))
    kept = show_catalog.with_name("kept.db")
    shutil.copy(show_catalog, kept)
    if how == "delete":
        show_catalog.unlink()
    else:
        show_catalog.rename(show_catalog.with_name("renamed.db"))
    for expected in ("stamp-1975", "near-the-moon", "orbital-sunrise"):
        with qtbot.waitSignal(show.slideShown) as blocker:
            show.engine.advance()
        assert blocker.args == [expected]
    problem = show.recorder.status["catalog_problem"]
    assert "is gone (deleted or renamed)" in problem and str(show_catalog) in problem
    show.recorder.flush(force=True)
    assert json.loads(show.files.status.read_text())["catalog_problem"] == problem
    assert caplog.text.count("is gone (deleted or renamed)") == 1  # logged once, not per slide
    kept.replace(show_catalog)  # put back (a new file): reopened, and the status clears
    with qtbot.waitSignal(show.slideShown):
        show.engine.advance()
    assert show.recorder.status["catalog_problem"] is None


def test_the_closed_card_moves(make_show: Any, show_catalog: Path, qtbot: Any) -> None:
    from gallery.catalog.store import Catalog

    with Catalog.open(show_catalog, who="t") as catalog:
        record = catalog.get_record("playlists", "hall-a")
        record["windows"] = [{"days": [5, 6], "start": "10:00", "end": "12:00"}]
        catalog.save_record("playlists", record, record["version"])
    show = make_show(playlists=("hall-a",))
    assert show.engine.mode == "closed"
    first = show.canvas.grab().toImage()
    show.engine.advance()  # the next look at the clock, half a minute later
    assert show.engine.mode == "closed"
    second = show.canvas.grab().toImage()
    assert first != second  # the same words, elsewhere: no line burnt into the panel


def test_the_status_says_what_a_technician_needs(make_show: Any, qtbot: Any) -> None:
    import socket

    show = make_show(playlists=("hall-a",), hours=parse_hours("09:00-18:00"), interval_s=20)
    qtbot.waitUntil(show.on_screen)  # once the window system has mapped it
    show.beat()
    status = json.loads(show.files.status.read_text())
    assert status["catalog"] == str(show.config.catalog_path.resolve())
    assert Path(status["catalog"]).is_absolute()
    assert status["current_work_id"] == "orbital-sunrise"
    assert status["current_title"] == "Orbital sunrise" and status["current_playlist"] == "hall-a"
    assert status["screen"] == "(unnamed)" and status["interval_s"] == 20
    assert status["hours"] == "09:00-18:00" and status["host"] == socket.gethostname()
    assert status["version"] and status["visible"] is True
    assert status["plays_today"] == {"orbital-sunrise": 1}
    assert status["exit_chord"] == "Ctrl+Shift+Q" and status["heartbeat_every_s"] == 5


def test_the_status_says_the_display_is_off_only_when_a_command_switched_it() -> None:
    from gallery.ui.slideshow.power import NightKeeper

    class Inhibitor:
        def release(self) -> None: ...
        def inhibit(self, reason: str, window: int) -> None: ...

    failing = DisplayPower(lambda argv, stdin: False, available=lambda n: f"/usr/bin/{n}",
                           x11=lambda: True)  # e.g. an X server without DPMS
    night = NightKeeper(Inhibitor(), failing, lambda: 0)  # type: ignore[arg-type]
    night.mode("dark")
    assert night.display.startswith("black but not switched off")
    night.mode("playing")
    assert night.display.startswith("showing, but switching the display on was not confirmed")
    working = DisplayPower(lambda argv, stdin: True, available=lambda n: f"/usr/bin/{n}",
                           x11=lambda: True)
    night = NightKeeper(Inhibitor(), working, lambda: 0)  # type: ignore[arg-type]
    night.mode("dark")
    assert night.display == "off"
    night.mode("playing")
    assert night.display == "on"
