"""The window: only the chord ends it, captions, screens, the screen saver."""

from __future__ import annotations

import json
import logging
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

from gallery.ui.slideshow.caption_text import caption_for
from gallery.ui.slideshow.config import ShowSettings
from gallery.ui.slideshow.inhibit import ChainInhibitor
from gallery.ui.slideshow.screens import describe_screens, pick_screen


def test_window_is_frameless_cursorless_and_inhibits(make_show: Any, qtbot: Any) -> None:
    show = make_show()
    assert show.windowFlags() & Qt.WindowType.FramelessWindowHint
    assert show.cursor().shape() == Qt.CursorShape.BlankCursor
    assert show.isFullScreen()
    assert show.inhibitor.calls == ["inhibit"]
    show.stop()
    assert show.inhibitor.calls == ["inhibit", "release"]
    assert show.recorder.status["state"] == "stopped"


def test_only_the_chord_exits(make_show: Any, qtbot: Any) -> None:
    show = make_show()
    show.activateWindow()
    qtbot.waitUntil(lambda: QGuiApplication.focusWindow() is not None)
    for key, mods in ((Qt.Key.Key_Escape, Qt.KeyboardModifier.NoModifier),
                      (Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier),
                      (Qt.Key.Key_F4, Qt.KeyboardModifier.AltModifier),
                      (Qt.Key.Key_Space, Qt.KeyboardModifier.NoModifier)):
        qtbot.keyClick(show, key, mods)
    qtbot.mouseClick(show.canvas, Qt.MouseButton.LeftButton, pos=QPoint(10, 10))
    qtbot.mouseDClick(show.canvas, Qt.MouseButton.LeftButton, pos=QPoint(10, 10))
    assert show.isVisible() and show.engine.mode == "playing"
    with qtbot.waitSignal(show.stopped):
        qtbot.keyClick(show, Qt.Key.Key_Q,
                       Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert not show.isVisible()
    assert show.engine.mode == "stopped"


def test_chord_comes_from_settings(make_show: Any, qtbot: Any) -> None:
    ShowSettings().set("slideshow/exit_chord", "Ctrl+Alt+End")
    show = make_show()
    show.activateWindow()
    qtbot.waitUntil(lambda: QGuiApplication.focusWindow() is not None)
    qtbot.keyClick(show, Qt.Key.Key_Q,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert show.isVisible()
    with qtbot.waitSignal(show.stopped):
        qtbot.keyClick(show, Qt.Key.Key_End,
                       Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier)


def test_captions_show_both_languages(make_show: Any, qtbot: Any) -> None:
    show = make_show(playlists=("hall-a",))
    record = show.catalog.get("orbital-sunrise")
    en = caption_for(record, "en")
    assert (en.title, en.subtitle) == ("Orbital sunrise", "Восход на орбите")
    assert en.details == "18–19 March 1965 · coloured pencils on paper"
    assert en.context == "Made during Voskhod 2, 18–19 March 1965"
    assert en.note.startswith("Stand-in image")
    ru = caption_for(record, "ru")
    assert (ru.title, ru.subtitle) == ("Восход на орбите", "Orbital sunrise")
    assert ru.context == "Создано в полёте: «Восход-2», 18–19 марта 1965"
    override = caption_for(record, "en", "Sunrise, seen from orbit")
    assert override.title == "Sunrise, seen from orbit" and override.subtitle == "Восход на орбите"
    assert show.canvas.current.caption is not None


def test_no_captions(make_show: Any, qtbot: Any) -> None:
    show = make_show(captions=False)
    assert show.canvas.current is not None and show.canvas.current.caption is None


def test_reduced_motion_turns_transitions_off(make_show: Any, qtbot: Any) -> None:
    ShowSettings().set("slideshow/reduced_motion", True)
    show = make_show(transition="panzoom")
    assert show.config.transition == "none"


def test_fade_runs_and_lets_the_old_slide_go(make_show: Any, qtbot: Any) -> None:
    show = make_show(transition="fade", fade_ms=120)
    show.engine.advance()
    assert show.canvas.transitioning
    qtbot.waitUntil(lambda: not show.canvas.transitioning, timeout=3000)
    assert show.canvas.previous is None and show.canvas.frames > 0


def test_panzoom_keeps_moving(make_show: Any, qtbot: Any) -> None:
    show = make_show(transition="panzoom", fade_ms=100)
    show.engine.advance()
    frames = show.canvas.frames
    qtbot.waitUntil(lambda: show.canvas.frames > frames + 3, timeout=3000)
    show.canvas.grab()  # paints the moving frame without error


def test_pick_screen_falls_back_to_primary() -> None:
    names = ["eDP-1", "HDMI-1"]
    assert pick_screen(names, 0, "HDMI-1", None) == (1, "HDMI-1 as asked for", True)
    assert pick_screen(names, 0, "2", None)[0] == 1
    assert pick_screen(names, 0, None, "HDMI-1")[0] == 1
    index, why, found = pick_screen(names, 0, None, "DP-3")
    assert index == 0 and "absent" in why and not found
    assert pick_screen(names, 0, "9", None)[0] == 0
    assert pick_screen(names, 1, None, None) == (1, "the primary screen", True)


def test_remembered_screen_absent_uses_primary(make_show: Any, qtbot: Any,
                                               caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.INFO, logger="gallery")
    ShowSettings().set("slideshow/screen", "HDMI-7")
    show = make_show()
    assert show.screen() is QGuiApplication.primaryScreen()
    assert "remembered screen 'HDMI-7' is absent" in caplog.text
    assert ShowSettings().get("slideshow/screen") == "HDMI-7"  # kept for when it comes back
    assert show.wanted_screen == "HDMI-7"


def test_screen_follows_unplug_and_replug(show_catalog: Path, tmp_path: Path) -> None:
    """Two offscreen screens (a separate process: the screen set is fixed per process)."""
    layout = tmp_path / "screens.json"
    layout.write_text(json.dumps({"screens": [
        {"name": "HDMI-1", "x": 0, "y": 0, "width": 960, "height": 540, "dpr": 1,
         "logicalDpi": 96, "logicalBaseDpi": 96},
        {"name": "DP-2", "x": 960, "y": 0, "width": 640, "height": 360, "dpr": 2,
         "logicalDpi": 96, "logicalBaseDpi": 96}]}))
    script = SCREEN_SCRIPT.format(catalog=str(show_catalog))
    env = {**os.environ, "QT_QPA_PLATFORM": f"offscreen:configfile={layout}"}
    done = subprocess.run([sys.executable, "-c", script], env=env, capture_output=True,
                          text=True, timeout=60, check=False)
    assert done.returncode == 0, done.stderr
    steps = json.loads(done.stdout.strip().splitlines()[-1])
    assert steps == {"asked": "DP-2", "engine_px": [1280, 720], "unplugged": "HDMI-1",
                     "replugged": "DP-2", "remembered": "DP-2"}


SCREEN_SCRIPT = """
import json
from pathlib import Path
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication
from gallery.ui.slideshow.config import SlideshowConfig
from gallery.ui.slideshow.window import SlideshowWindow

class Quiet:
    name = "quiet"
    def inhibit(self, reason, wid): return True
    def release(self): pass

app = QApplication([])
by_name = {{s.name(): s for s in QGuiApplication.screens()}}
out = {{}}
show = SlideshowWindow(SlideshowConfig(Path({catalog!r}), screen="DP-2", transition="none"),
                       inhibitor=Quiet(), synchronous=True)
show.start()
out["asked"] = show.screen().name()
out["engine_px"] = list(show.engine.screen_px)
show._screen_removed(by_name["DP-2"])
out["unplugged"] = show.screen().name()
show._screen_added(by_name["DP-2"])
out["replugged"] = show.screen().name()
show.stop()
again = SlideshowWindow(SlideshowConfig(Path({catalog!r}), transition="none"),
                        inhibitor=Quiet(), synchronous=True)
again.start()
out["remembered"] = again.screen().name()
again.stop()
print(json.dumps(out))
"""


def test_screens_are_described(qtbot: Any) -> None:
    rows = describe_screens()
    assert rows and rows[0]["number"] == 1 and rows[0]["primary"]
    assert {"name", "width", "height", "dpr"} <= set(rows[0])


def test_default_inhibitor_is_a_logged_noop_offscreen(qtbot: Any,
                                                      caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.INFO, logger="gallery")
    widget = QWidget()
    qtbot.addWidget(widget)
    inhibitor = ChainInhibitor()
    assert inhibitor.inhibit("test", int(widget.winId())) is False
    inhibitor.release()
    assert "not inhibited" in caplog.text


def test_the_apps_slideshow_is_an_instance_of_its_own(show_catalog: Path, qtbot: Any,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    from gallery.paths import log_dir
    from gallery.ui.slideshow import start_slideshow
    from gallery.ui.slideshow.inhibit import ChainInhibitor
    from gallery.ui.slideshow.instance import AlreadyRunning, InstanceLock, ShowFiles

    monkeypatch.setattr("gallery.ui.slideshow.window.default_inhibitor",
                        lambda: ChainInhibitor([]))
    first = start_slideshow(show_catalog)
    second = start_slideshow(show_catalog)
    qtbot.addWidget(first)
    qtbot.addWidget(second)
    try:
        assert first.config.instance == "app"  # never the exhibition's "default" files
        assert second.config.instance == f"app-{os.getpid()}"
        with pytest.raises(AlreadyRunning):
            InstanceLock(ShowFiles(log_dir(), "app").lock).acquire()
    finally:
        first.stop()
        second.stop()
    lock = InstanceLock(ShowFiles(log_dir(), "app").lock)
    lock.acquire()  # released when the show ended
    lock.release()
    assert not ShowFiles(log_dir()).status.exists()
