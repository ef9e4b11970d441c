"""`gallery screenshot` and `gallery install-desktop` (the window's own commands)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtGui import QImage

from gallery.cli import main


def test_screenshot_of_the_grid_waits_for_thumbnails(ui_catalog_path: Path, tmp_path: Path,
                                                    gallery_look: None) -> None:
    out = tmp_path / "browse.png"
    code = main(["--catalog", str(ui_catalog_path), "screenshot", "--view", "browse",
                 "--out", str(out), "--size", "1024x700"])
    assert code == 0
    image = QImage(str(out))
    assert (image.width(), image.height()) == (1024, 700)
    # the first cell's thumbnail is painted: the picture's own blue and yellow are there
    colours = {(c.red() // 16, c.green() // 16, c.blue() // 16)
               for c in (image.pixelColor(x, y) for x in range(280, 520, 6)
                         for y in range(120, 320, 6))}
    assert (30 // 16, 50 // 16, 110 // 16) in colours  # the sample image's background
    assert any(r >= 14 and g >= 11 for r, g, _b in colours)  # its yellow disc


def test_screenshot_of_a_detail_page_in_russian(ui_catalog_path: Path, tmp_path: Path,
                                                gallery_look: None) -> None:
    out = tmp_path / "detail.png"
    code = main(["--catalog", str(ui_catalog_path), "screenshot", "--view",
                 "detail:orbital-sunrise", "--out", str(out), "--lang", "ru"])
    assert code == 0
    assert QImage(str(out)).size().width() == 1600


def test_the_window_on_a_missing_catalog_exits_2(tmp_path: Path,
                                                 capsys: pytest.CaptureFixture[str],
                                                 gallery_look: None) -> None:
    assert main(["--catalog", str(tmp_path / "missing.db")]) == 2
    err = capsys.readouterr().err.strip()
    assert err.startswith("gallery: ") and "no such catalog file" in err


@pytest.mark.parametrize("view", ["gallery", "detail:", "detail:no-such-work"])
def test_a_bad_view_exits_2_with_one_line(ui_catalog_path: Path, tmp_path: Path, view: str,
                                          capsys: pytest.CaptureFixture[str],
                                          gallery_look: None) -> None:
    code = main(["--catalog", str(ui_catalog_path), "screenshot", "--view", view,
                 "--out", str(tmp_path / "x.png")])
    assert code == 2
    err = capsys.readouterr().err.strip()
    assert len(err.splitlines()) == 1 and err.startswith("gallery: ")
    assert not (tmp_path / "x.png").exists()


def test_a_bad_size_exits_2(ui_catalog_path: Path, tmp_path: Path) -> None:
    code = main(["--catalog", str(ui_catalog_path), "screenshot", "--view", "browse",
                 "--out", str(tmp_path / "x.png"), "--size", "big"])
    assert code == 2


@pytest.mark.parametrize("size", ["0x0", "100x100", "9000x700", "1x" + "9" * 5000])
def test_a_size_of_the_right_form_out_of_range_names_the_range(
        ui_catalog_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str],
        size: str) -> None:
    code = main(["--catalog", str(ui_catalog_path), "screenshot", "--view", "browse",
                 "--out", str(tmp_path / "x.png"), "--size", size])
    err = capsys.readouterr().err
    assert code == 2 and len(err.strip().splitlines()) == 1
    assert "out of range" in err and "320 to 8000" in err and "240 to 8000" in err
    assert "write it as" not in err
    assert not (tmp_path / "x.png").exists()


def test_install_desktop_writes_an_entry_and_icons(ui_catalog_path: Path,
                                                    capsys: pytest.CaptureFixture[str]) -> None:
    code = main(["--catalog", str(ui_catalog_path), "install-desktop"])
    assert code == 0
    data_home = Path(os.environ["XDG_DATA_HOME"])
    entry = (data_home / "applications" / "leonov-gallery.desktop").read_text("utf-8")
    assert entry.startswith("[Desktop Entry]\n")
    assert "Name=Leonov Gallery" in entry and "Icon=leonov-gallery" in entry
    exec_line = next(line for line in entry.splitlines() if line.startswith("Exec="))
    assert str(ui_catalog_path.resolve()) in exec_line
    icon = data_home / "icons" / "hicolor" / "256x256" / "apps" / "leonov-gallery.png"
    assert QImage(str(icon)).width() == 256
    assert "Installed" in capsys.readouterr().out


def test_screenshot_never_writes_through_a_symlink(ui_catalog_path: Path, tmp_path: Path,
                                                    capsys: pytest.CaptureFixture[str]) -> None:
    victim = tmp_path / "victim.txt"
    victim.write_text("keep me")
    link = tmp_path / "shot.png"
    link.symlink_to(victim)
    code = main(["--catalog", str(ui_catalog_path), "screenshot", "--view", "browse",
                 "--out", str(link), "--size", "640x480"])
    assert code == 2 and victim.read_text() == "keep me" and link.is_symlink()
    assert len(capsys.readouterr().err.strip().splitlines()) == 1
