"""Rendering at exhibition sizes: the caption fits, scales with the screen, cards read."""

from __future__ import annotations

from pathlib import Path

import pytest
from PIL import Image
from PySide6.QtCore import QSize

from gallery.ui.slideshow.caption_text import CaptionText
from gallery.ui.slideshow.paint import render_caption
from gallery.ui.slideshow.snapshot import snapshot


@pytest.mark.parametrize("size", [(1920, 1080), (3840, 2160)])
def test_slide_with_caption_at_exhibition_sizes(qtbot: object, show_catalog: Path,
                                                tmp_path: Path, size: tuple[int, int]) -> None:
    out = snapshot(show_catalog, tmp_path / "slide.png", size, work_id="orbital-sunrise")
    image = Image.open(out).convert("L")
    assert image.size == size
    width, height = size
    # the caption's first letters sit in the bottom-left, bright on the dark scrim
    text_box = image.crop((int(0.05 * width), int(0.75 * height), int(0.5 * width), height))
    assert text_box.getextrema()[1] > 200
    # nothing is drawn into the last strip at the bottom (the margin under the text)
    assert image.crop((0, height - int(0.03 * height), width, height)).getextrema()[1] < 90


def test_caption_scales_with_screen_height(qtbot: object) -> None:
    text = CaptionText("A title long enough to wrap " * 6, "Подзаголовок", "1965 · oil",
                       "Made during Voskhod 2, 18–19 March 1965", "Stand-in image")
    small = render_caption(text, QSize(1920, 1080))
    large = render_caption(text, QSize(3840, 2160))
    assert small.width() == 1920 and large.width() == 3840
    assert abs(large.height() - 2 * small.height()) <= 4
    assert small.height() < 0.45 * 1080  # two title lines at most: it never climbs the screen


@pytest.mark.parametrize("state", ["no_images", "closed", "dark"])
def test_cards(qtbot: object, show_catalog: Path, tmp_path: Path, state: str) -> None:
    out = snapshot(show_catalog, tmp_path / f"{state}.png", (1280, 720), state=state)
    image = Image.open(out).convert("L")
    lightest = image.getextrema()[1]
    assert (lightest == 0) if state == "dark" else (lightest > 150)


def test_frames_blend_when_scaled_and_faded(qtbot: object, tmp_path: Path) -> None:
    """A frame drawn smooth-scaled at half opacity over red must show half of each."""
    from PySide6.QtCore import QPointF
    from PySide6.QtGui import QColor, QImage, QPainter

    from gallery.ui.slideshow.prepare import compose

    Image.new("RGB", (320, 180), (0, 0, 255)).save(tmp_path / "blue.jpg", quality=95)
    frame = compose(tmp_path / "blue.jpg", (320, 180))
    target = QImage(320, 180, QImage.Format.Format_RGB32)
    target.fill(QColor(255, 0, 0))
    painter = QPainter(target)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, True)
    painter.setOpacity(0.5)
    painter.translate(QPointF(320, 180))
    painter.scale(1.01, 1.01)
    painter.translate(-QPointF(320, 180))
    painter.drawImage(0, 0, frame)
    painter.end()
    red, _, blue, _ = target.pixelColor(100, 60).getRgb()
    assert 100 < red < 160 and 100 < blue < 160
