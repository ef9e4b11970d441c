"""`gallery slideshow` and `gallery screens` from the command line (no window is run)."""

from __future__ import annotations

import json
import os
import shlex
from pathlib import Path
from typing import Any

import pytest

from gallery.cli import main
from gallery.ui.slideshow import autostart


def test_install_autostart_writes_both_files(show_catalog: Path,
                                             capsys: pytest.CaptureFixture[str]) -> None:
    code = main(["--catalog", str(show_catalog), "slideshow", "--install-autostart",
                 "--playlist", "Hall A", "--hours", "09:00-18:00", "--lang", "ru",
                 "--screen", "HDMI-1"])
    assert code == 0
    home = Path(os.environ["XDG_CONFIG_HOME"])
    unit = home / "systemd" / "user" / "leonov-gallery-slideshow.service"
    desktop = home / "autostart" / "leonov-gallery-slideshow.desktop"
    text = unit.read_text(encoding="utf-8")
    assert "Restart=always\n" in text and "RestartSec=5\n" in text
    exec_line = next(x for x in text.splitlines() if x.startswith("ExecStart="))
    argv = shlex.split(exec_line.removeprefix("ExecStart="))
    assert argv[1:4] == ["-m", "gallery", "slideshow"]
    assert argv[argv.index("--catalog") + 1] == str(show_catalog.resolve())
    assert argv[argv.index("--playlist") + 1] == "Hall A"
    assert argv[argv.index("--hours") + 1] == "09:00-18:00"
    assert "--install-autostart" not in argv and "--lang" in argv
    entry = desktop.read_text(encoding="utf-8")
    assert "is-enabled leonov-gallery-slideshow.service" in entry
    assert '--playlist \\\\"Hall A\\\\"' not in entry and "'Hall A'" in entry
    out = capsys.readouterr().out
    assert "systemctl --user enable --now leonov-gallery-slideshow.service" in out


def test_quoting_for_systemd_and_desktop() -> None:
    assert autostart.systemd_quote("/a b/100%$x") == '"/a b/100%%$$x"'
    assert autostart.systemd_quote("plain/path.db") == "plain/path.db"
    assert autostart.desktop_quote('say "hi" $HOME') == '"say \\\\"hi\\\\" \\\\$HOME"'
    assert autostart.desktop_quote("50%") == "50%%"


def test_unknown_playlist_and_bad_hours_exit_2(show_catalog: Path,
                                               capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--catalog", str(show_catalog), "slideshow", "--playlist", "nope"]) == 2
    assert "no playlist 'nope'" in capsys.readouterr().err
    assert main(["--catalog", str(show_catalog), "slideshow", "--hours", "9-18"]) == 2
    assert main(["--catalog", str(show_catalog), "slideshow", "--interval", "0"]) == 2


def test_list_playlists_and_status(show_catalog: Path, make_show: Any,
                                   capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--catalog", str(show_catalog), "slideshow", "--list-playlists"]) == 0
    assert "hall-a" in capsys.readouterr().out
    assert main(["slideshow", "--status"]) == 1  # nothing ran yet
    show = make_show()
    show.stop()
    capsys.readouterr()
    assert main(["slideshow", "--status"]) == 0
    printed = capsys.readouterr().out
    assert json.loads(printed[: printed.rindex("}") + 1])["state"] == "stopped"


def test_screens_lists_the_screens(qtbot: Any, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["screens", "--json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert rows[0]["primary"] is True and rows[0]["width"] > 0


@pytest.mark.qt_log_ignore("does not support propagateSizeHints")  # offscreen plugin only
def test_screens_identify(qtbot: Any, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["screens", "--identify", "--seconds", "0.2"]) == 0
    assert "primary" in capsys.readouterr().out
