"""`gallery slideshow` and `gallery screens` from the command line (no window is run)."""

from __future__ import annotations

import csv
import json
import os
import shlex
import subprocess
from pathlib import Path
from typing import Any

import pytest

from gallery.cli import main
from gallery.paths import log_dir
from gallery.ui.slideshow import autostart
from gallery.ui.slideshow.config import ShowSettings, settings_path
from gallery.ui.slideshow.instance import InstanceLock, ShowFiles


def test_install_autostart_writes_launcher_entry_and_openbox_line(
        show_catalog: Path, capsys: pytest.CaptureFixture[str]) -> None:
    home = Path(os.environ["XDG_CONFIG_HOME"])
    (home / "openbox").mkdir(parents=True)
    (home / "openbox" / "autostart").write_text("xsetroot -solid black &\n")
    for _ in range(2):  # installing again replaces, never duplicates
        code = main(["--catalog", str(show_catalog), "slideshow", "--install-autostart",
                     "--playlist", "Hall A", "--hours", "09:00-18:00", "--lang", "ru",
                     "--screen", "HDMI-1", "--instance", "hall-a"])
        assert code == 0
    script = home / "leonov-gallery" / "slideshow-hall-a-autostart.sh"
    desktop = home / "autostart" / "leonov-gallery-slideshow-hall-a.desktop"
    text = script.read_text(encoding="utf-8")
    assert os.access(script, os.X_OK)
    run_line = next(x for x in text.splitlines() if "-m gallery slideshow" in x)
    argv = shlex.split(run_line)
    assert argv[1:4] == ["-m", "gallery", "slideshow"]
    assert argv[argv.index("--catalog") + 1] == str(show_catalog.resolve())
    assert argv[argv.index("--playlist") + 1] == "Hall A"
    assert argv[argv.index("--instance") + 1] == "hall-a"
    assert "--install-autostart" not in argv and "--lang" in argv
    assert "case $status in 0|2) exit $status ;; esac" in text  # no restart after the chord
    entry = desktop.read_text(encoding="utf-8")
    assert f"Exec={script}\n" in entry and "systemctl" not in entry
    openbox = (home / "openbox" / "autostart").read_text(encoding="utf-8").splitlines()
    assert openbox[0] == "xsetroot -solid black &"
    assert openbox[1:] == [f"{script} &  # leonov-gallery-slideshow-hall-a"]
    assert not (home / "systemd").exists()
    assert "restarts 5 s after a crash" in capsys.readouterr().out


def test_launcher_restarts_after_a_crash_but_not_after_exit_0_or_2(tmp_path: Path) -> None:
    counter = tmp_path / "runs"
    for code, runs in ((0, 1), (2, 1), (1, 3)):
        counter.write_text("")
        # a stand-in show: counts its runs, fails (with `code`) twice, then exits 0
        fake = ["sh", "-c", f'echo x >> {counter}; n=$(wc -l < {counter}); '
                            f'[ "$n" -ge 3 ] && exit 0; exit {code}']
        script = autostart.launcher_script(fake, "t").replace("sleep 5", "sleep 0")
        done = subprocess.run(["sh", "-c", script], timeout=30, capture_output=True)
        assert len(counter.read_text().splitlines()) == runs, code
        assert done.returncode == (code if code in (0, 2) else 0)


def test_quoting_for_desktop() -> None:
    assert autostart.desktop_quote('say "hi" $HOME') == '"say \\\\"hi\\\\" \\\\$HOME"'
    assert autostart.desktop_quote("50%") == "50%%"


@pytest.mark.parametrize("chord", ["Ctrl+Shft+Q", "Q", "Ctrl+Shift", "Ctrl+Q, Ctrl+W", "x+y"])
def test_invalid_exit_chord_is_refused_everywhere(show_catalog: Path, chord: str,
                                                  capsys: pytest.CaptureFixture[str]) -> None:
    for extra in ([], ["--install-autostart"]):
        code = main(["--catalog", str(show_catalog), "slideshow", "--exit-chord", chord, *extra])
        assert code == 2
        err = capsys.readouterr().err
        assert err.count("\n") == 1 and "exit chord" in err and "Traceback" not in err
    home = Path(os.environ["XDG_CONFIG_HOME"])
    assert not (home / "autostart").exists()
    with pytest.raises(ValueError, match="exit chord"):
        ShowSettings().set("slideshow/exit_chord", chord)


def test_invalid_chord_in_the_settings_file_is_refused(show_catalog: Path,
                                                       capsys: pytest.CaptureFixture[str]) -> None:
    settings_path().parent.mkdir(parents=True, exist_ok=True)
    settings_path().write_text("[slideshow]\nexit_chord=Ctrl+Shft+Q\n")
    assert main(["--catalog", str(show_catalog), "slideshow", "--install-autostart"]) == 2
    assert "slideshow/exit_chord" in capsys.readouterr().err
    ShowSettings().set("slideshow/exit_chord", "shift+ctrl+end")  # stored as Qt spells it
    assert ShowSettings().get("slideshow/exit_chord") == "Ctrl+Shift+End"


def test_bad_instance_name_and_a_second_show_of_one_name_exit_2(
        show_catalog: Path, capsys: pytest.CaptureFixture[str]) -> None:
    for name in ("Hall A", "../x", "-x", "a" * 41):
        assert main(["--catalog", str(show_catalog), "slideshow", f"--instance={name}"]) == 2
        assert "instance name" in capsys.readouterr().err
    lock = InstanceLock(ShowFiles(log_dir(), "hall-a").lock)
    lock.acquire()  # as a running show holds it
    try:
        assert main(["--catalog", str(show_catalog), "slideshow", "--instance", "hall-a"]) == 2
        err = capsys.readouterr().err
        assert err.count("\n") == 1
        assert f"'hall-a' is already running (pid {os.getpid()})" in err
    finally:
        lock.release()


def test_two_instances_keep_separate_files_and_export_csv(
        make_show: Any, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    east = make_show(playlists=("hall-a",), instance="east")
    west = make_show(instance="west")
    east.engine.advance()
    for show in (east, west):
        show.stop()
    assert east.files.status != west.files.status and east.files.plays != west.files.plays
    assert len(east.files.plays.read_text().splitlines()) == 2
    assert len(west.files.plays.read_text().splitlines()) == 1
    assert "east" in east.files.log.name and east.files.log.exists() and west.files.log.exists()
    ShowSettings().remember_screen("HDMI-2", "east")
    assert ShowSettings().remembered_screen("east") == "HDMI-2"
    assert ShowSettings().remembered_screen("west") is None
    assert ShowSettings().remembered_screen() is None
    assert main(["slideshow", "--status", "--instance", "east"]) == 1  # stopped
    printed = capsys.readouterr()
    assert json.loads(printed.out.split("\n}")[0] + "}")["instance"] == "east"
    assert "other shows here: west" in printed.err
    assert main(["slideshow", "--status"]) == 1  # "default" never ran here
    assert "other shows here: east, west" in capsys.readouterr().err
    out = tmp_path / "plays.csv"
    assert main(["slideshow", "--proof-of-play-csv", str(out)]) == 0
    rows = list(csv.DictReader(out.read_text(encoding="utf-8").splitlines()))
    assert {(r["instance"], r["work_id"], r["plays"]) for r in rows} == {
        ("east", "orbital-sunrise", "1"), ("east", "stamp-1975", "1"),
        ("west", rows[-1]["work_id"], "1")}
    assert rows[0]["day"] == "2025-03-17" and rows[0]["playlist"] == "hall-a"
    assert rows[0]["screen"] == "(unnamed)" and rows[0]["title"] == "Orbital sunrise"
    assert main(["slideshow", "--proof-of-play-csv", "-", "--instance", "west"]) == 0
    assert "east" not in capsys.readouterr().out


def test_unknown_playlist_and_bad_hours_exit_2(show_catalog: Path,
                                               capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--catalog", str(show_catalog), "slideshow", "--playlist", "nope"]) == 2
    assert "no playlist 'nope'" in capsys.readouterr().err
    assert main(["--catalog", str(show_catalog), "slideshow", "--hours", "9-18"]) == 2
    assert main(["--catalog", str(show_catalog), "slideshow", "--interval", "0"]) == 2
    assert main(["--catalog", str(show_catalog), "slideshow", "--caption-scale", "5"]) == 2
    assert "caption scale" in capsys.readouterr().err


def test_list_playlists_and_status(show_catalog: Path, make_show: Any,
                                   capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--catalog", str(show_catalog), "slideshow", "--list-playlists"]) == 0
    assert "hall-a" in capsys.readouterr().out
    assert main(["slideshow", "--status"]) == 1  # nothing ran yet
    show = make_show()
    show.stop()
    capsys.readouterr()
    assert main(["slideshow", "--status"]) == 1  # not running: it was stopped
    printed = capsys.readouterr().out
    assert json.loads(printed[: printed.rindex("}") + 1])["state"] == "stopped"
    assert "default: stopped" in printed


def test_screens_lists_the_screens(qtbot: Any, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["screens", "--json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert rows[0]["primary"] is True and rows[0]["width"] > 0


@pytest.mark.qt_log_ignore("does not support propagateSizeHints")  # offscreen plugin only
def test_screens_identify(qtbot: Any, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["screens", "--identify", "--seconds", "0.2"]) == 0
    assert "primary" in capsys.readouterr().out


def test_proof_of_play_csv_never_writes_through_a_symlink(tmp_path: Path, capsys: Any) -> None:
    victim = tmp_path / "victim.txt"
    victim.write_text("keep me")
    link = tmp_path / "plays.csv"
    link.symlink_to(victim)
    assert main(["slideshow", "--proof-of-play-csv", str(link)]) == 2
    assert victim.read_text() == "keep me" and link.is_symlink()
