"""Stand-ins for the kinds catalogued with schema v5 look like what they are, and say no more
than the sources: a wall sheet with its known masthead, loose sketch sheets, printed cards, a
stamp set showing exactly the number of stamps the sources give (or no countable number).
"""

from __future__ import annotations

import random

import pytest
from PIL import Image, ImageChops, ImageDraw, ImageStat

from gallery.imaging import standins
from gallery.imaging.motifs.handletters import can_letter, draw_lettering, lettered_width
from gallery.imaging.standins import (
    StandinSpec,
    borne_title,
    choose_motif,
    render_standin,
    set_size,
    standin_jpeg_bytes,
)

WALL = StandinSpec("t-wall", "Neptune", "wall-newspaper", ("wall newspaper", "cartoons"), (),
                   lettering="Нептун")
CARICATURES = StandinSpec("t-caric", "Caricatures", "caricature", ("caricature", "cosmonauts"),
                          ())
SKETCHES = StandinSpec("t-sk", "Sketches of the Earth made in orbit", "drawing",
                       ("Earth from orbit",), ("astp-soyuz-19",))
POSTCARDS = StandinSpec("t-pc", "Soviet postcards", "postcard", ("postcards", "Moon"), ())
SHEET = StandinSpec("t-sheet", "Cosmonautics Day stamps", "stamp-set", ("stamps",), ())
FIVE = StandinSpec("t-five", "Space Fantasy stamps", "stamp-set", ("space fantasy",), (),
                   pieces=5)
MOON = StandinSpec("t-moon", "The Moon", "painting-or-drawing", ("Moon",), ())
RELAY = StandinSpec("t-relay", "Molniya – space relay", "painting-or-drawing",
                    ("Molniya communications satellite",), ())


@pytest.fixture
def small(monkeypatch: pytest.MonkeyPatch) -> int:
    monkeypatch.setattr(standins, "LONG_EDGE", 480)
    return 480


@pytest.mark.parametrize(("case", "frame", "scene"), [
    (WALL, "wall_sheet", None), (CARICATURES, "painting", "caricatures"),
    (SKETCHES, "sheets", "earth_view"), (POSTCARDS, "postcards", None),
    (SHEET, "stamp_sheet", None), (FIVE, "stamp_series", None), (MOON, "painting", "lunar"),
    (RELAY, "painting", "satellite"),
], ids=["wall", "caricatures", "sketches", "postcards", "sheet", "five", "moon", "relay"])
def test_each_kind_gets_its_motif_and_renders_the_same_twice(
        small: int, case: StandinSpec, frame: str, scene: str | None) -> None:
    motif = choose_motif(case)
    assert motif.frame == frame
    if scene:
        assert motif.scene == scene
    first = render_standin(case)
    assert max(ImageStat.Stat(first.convert("L")).stddev) > 12
    assert first.tobytes() == render_standin(case).tobytes()


def test_new_kinds_are_byte_for_byte_deterministic_as_jpeg() -> None:
    assert standin_jpeg_bytes(WALL) == standin_jpeg_bytes(WALL)


def test_the_moon_has_no_figure_on_it() -> None:
    # nothing in the sources puts an astronaut in 'The Moon'
    assert choose_motif(MOON).variant == ""
    man = StandinSpec("t-man", "Man on the Moon", "painting-or-drawing",
                      ("Moon", "cosmonaut on the Moon"), ())
    assert choose_motif(man).variant == "cosmonaut"


def test_the_wall_sheet_letters_its_known_masthead_and_nothing_else(small: int) -> None:
    named = render_standin(WALL)
    unnamed = render_standin(StandinSpec(WALL.work_id, WALL.title, WALL.work_type,
                                         WALL.subjects, ()))
    top = (0, 0, named.width, named.height // 4)
    diff = ImageChops.difference(named.crop(top), unnamed.crop(top)).convert("L")
    assert ImageStat.Stat(diff).mean[0] > 2  # the masthead is drawn only from the known title


def test_a_set_of_five_shows_five_stamps(small: int) -> None:
    img = render_standin(FIVE)
    # 3 in the first row, 2 in the second: count stamp paper blobs by their bright borders
    light = img.convert("L").point(lambda v: 255 if v > 225 else 0)
    w, h = img.size
    counts = []
    for fy in (0.25, 0.75):
        strip = light.crop((0, round(h * fy) - 2, w, round(h * fy) + 2)).resize((w, 1))
        row = [strip.getpixel((x, 0)) > 128 for x in range(w)]
        edges = sum(1 for x in range(1, w) if row[x] and not row[x - 1])
        counts.append(edges)
    # each stamp shows a bright border on its left and right side
    assert [c // 2 for c in counts] == [3, 2], counts


def test_a_set_of_unknown_size_is_cut_by_the_picture_edges(small: int) -> None:
    img = render_standin(SHEET)
    # stamps run off every edge: the border columns are not plain background
    w, h = img.size
    for box in ((0, 0, 4, h // 2), (w - 4, 0, w, h // 2), (0, 0, w // 2, 4)):
        assert max(ImageStat.Stat(img.crop(box).convert("L")).stddev) > 10, box


def test_set_size_reads_number_words_and_refuses_disagreement() -> None:
    assert set_size(["A set of five stamps."]) == 5
    assert set_size(["A dealer says the six stamps and a sheet are his."]) == 6
    assert set_size(["Issued for Cosmonautics Day, 12 April."]) is None
    assert set_size(["five stamps", "two stamps"]) is None
    assert set_size(["3545–3549 stamps"]) is None


def test_borne_title_is_only_an_original_title() -> None:
    assert borne_title([("Нептун", "original"), ("Neptune", "published")]) == "Нептун"
    assert borne_title([("Слава покорителям космоса!", "ours"),
                        ("Glory to the conquerors of space!", "ours")]) is None
    assert borne_title([(None, None), ("There's Mars Ahead", "published")]) is None


def test_hand_lettering_draws_cyrillic_and_skips_nothing_it_claims() -> None:
    assert can_letter("Ждите нас, звёзды")
    assert not can_letter("Neptune")
    img = Image.new("L", (600, 120), 0)
    draw_lettering(ImageDraw.Draw(img), "НЕПТУН", 10, 10, 80, random.Random(1),
                   (255,))
    box = img.getbbox()
    assert box is not None
    assert box[2] - box[0] == pytest.approx(lettered_width("НЕПТУН", 80) - 0.2 * 80, rel=0.15)


def test_a_stamp_carries_no_guessed_year_or_value() -> None:
    from PIL import Image as PILImage

    from gallery.imaging.motifs.framings import stamp

    sw, sh = 600, 400
    flat = stamp(sw, sh, random.Random(3), lambda w, h: PILImage.new("RGB", (w, h), "black"),
                 (30, 60, 120)).convert("RGB")
    p = min(sw, sh) * 0.022
    # the band under the picture, right of the star, where a year or a value would stand
    band = flat.crop((round(sw * 0.3), round(sh - p * 3.2 - p * 5.5 + p),
                      round(sw - p * 6), round(sh - p * 3.2 - p)))
    assert band.getcolors() == [(band.width * band.height, (30, 60, 120))]
