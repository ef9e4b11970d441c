"""Rendering at exhibition sizes: the caption fits, scales with the screen, cards read."""

from __future__ import annotations

from pathlib import Path

import pytest
from PIL import Image
from PySide6.QtCore import QSize

from gallery.ui.slideshow.caption_text import CaptionText
from gallery.ui.slideshow.paint import render_caption, side_column
from gallery.ui.slideshow.snapshot import snapshot


@pytest.mark.parametrize("size", [(1920, 1080), (3840, 2160)])
def test_slide_with_caption_beside_the_picture(qtbot: object, show_catalog: Path,
                                               tmp_path: Path, size: tuple[int, int]) -> None:
    # the test picture is 3:2 and small: enlarged at most 2×, it leaves room for a label
    out = snapshot(show_catalog, tmp_path / "slide.png", size, work_id="orbital-sunrise")
    image = Image.open(out).convert("L")
    assert image.size == size
    width, height = size
    picture = image.getbbox()  # the picture and the label, centred together
    assert picture is not None
    label = image.crop((int(0.62 * width), 0, width, height))
    assert label.getextrema()[1] > 200  # bright letters right of the picture
    # no scrim over the picture: its bottom rows keep the picture's own colour
    left = picture[0]
    strip = image.crop((left, 0, left + 40, height))  # the picture's left edge, top to bottom
    box = strip.getbbox()
    assert box is not None
    assert strip.crop((0, box[3] - 10, 40, box[3])).getextrema()[0] > 100


def test_landscape_at_full_size_gets_the_band_and_the_scale_enlarges_it(
        qtbot: object, show_catalog: Path, tmp_path: Path) -> None:
    from gallery.catalog.store import Catalog

    with Catalog.open(show_catalog) as catalog:
        Image.new("RGB", (2400, 1600), (200, 200, 200)).save(
            catalog.images_dir / "orbital-sunrise.jpg", quality=90)
    out = snapshot(show_catalog, tmp_path / "band.png", (1920, 1080), work_id="orbital-sunrise")
    image = Image.open(out).convert("L")
    assert image.crop((200, 100, 1700, 300)).getextrema()[0] > 150  # picture, no label column
    assert image.crop((200, 900, 1000, 1000)).getextrema()[0] < 120  # the scrim over it


def test_side_column_only_when_there_is_room() -> None:
    assert side_column((1620, 1080), (1920, 1080)) == 0       # 3:2 fills the width
    assert side_column((810, 1080), (1920, 1080)) == 768      # portrait: a label beside it
    assert side_column((1440, 1080), (1920, 1080)) == 480     # 4:3: just enough
    assert side_column((1440, 1080), (1920, 1080), scale=1.5) == 0  # larger letters: band


def test_caption_scale_enlarges_the_letters(qtbot: object) -> None:
    text = CaptionText("Orbital sunrise", "Восход на орбите", "1965 · oil", None, None)
    normal = render_caption(text, QSize(1920, 1080))
    large = render_caption(text, QSize(1920, 1080), scale=1.5)
    assert large.height() > normal.height() + 50


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
    frame, column, _ = compose(tmp_path / "blue.jpg", (320, 180))
    assert column == 0
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


@pytest.mark.parametrize("scale", [1.0, 2.0, 3.0])
def test_big_captions_wrap_and_never_cut_a_word(qapp: object, scale: float) -> None:
    from gallery.ui.slideshow.caption_text import CaptionText
    from gallery.ui.slideshow.paint import _blocks

    title = ("Утро «Лунохода-1»: советский самоходный аппарат на Луне наутро после посадки, "
             "за ним посадочная ступень станции «Луна-17»")
    context = ("Памяти экипажа «Союза-11», погибшего при возвращении на Землю 30 июня 1971 "
               "года, и тех, кто готовил этот полёт, но не воспроизводил его")
    caption = CaptionText(title=title, context=context, details="около 1970 · акрил")
    words = set((title + " " + context + " около 1970 · акрил").split())
    unit = 1080.0
    for _font, _colour, lines, _gap in _blocks(caption, unit, 0.62 * 1920, scale):
        for line in lines:
            shown = line.removesuffix(" …").split()
            assert all(word in words for word in shown), line  # whole words only
