"""Tests for the stand-in picture generator: motifs, proportions, label, bytes, file writing.

Everything here runs headless and builds its own specs (it never reads the shared fact base).
Tests that only need to see a motif render shrink LONG_EDGE so the whole set stays quick.
"""

from __future__ import annotations

import hashlib
import io
import os
import subprocess
import sys
from pathlib import Path

import pytest
from PIL import Image, ImageStat

from gallery import atomic
from gallery.imaging import standins
from gallery.imaging.standins import (
    LONG_EDGE,
    MAX_BYTES,
    StandinSpec,
    choose_motif,
    render_standin,
    standin_jpeg_bytes,
    write_standin,
)


def spec(work_id: str, title: str, work_type: str, subjects: tuple[str, ...] = (),
         missions: tuple[str, ...] = (), *, aspect: float | None = None,
         lettering: str | None = None, pieces: int | None = None) -> StandinSpec:
    return StandinSpec(work_id, title, work_type, subjects, missions, aspect, lettering, pieces)


SUNRISE = spec("t-sunrise", "Orbital sunrise sketch", "drawing",
               ("orbital sunrise", "Sun", "Earth limb"), ("voskhod-2",))
PORTRAIT = spec("t-portrait", "Portrait of a physicist", "drawing (portrait)",
                ("portrait", "Stephen Hawking"))
STAMP = spec("t-stamp", "Apollo-Soyuz stamp", "postage stamp", ("Apollo–Soyuz", "docking"),
             ("astp-soyuz-19",))

# (spec, expected scene, variant, framing): one per branch of the motif chooser and framings
CASES = [
    (SUNRISE, "sunrise", "", "drawing"),
    (spec("t-dawn", "Cosmic Dawn", "painting or drawing (medium not stated)",
          ("dawn", "sunrise from space")), "sunrise", "", "painting"),
    (spec("t-near", "Near the Moon", "painting", ("Moon", "Earth", "Sun")), "near_moon", "",
     "painting"),
    (spec("t-sea", "Over the Black Sea", "painting", ("self-portrait", "spacewalk", "Black Sea"),
          ("voskhod-2",)), "spacewalk", "sea", "painting"),
    (spec("t-walk", "Over The Planet", "painting", ("first spacewalk", "Earth"), ("voskhod-2",)),
     "spacewalk", "", "painting"),
    (PORTRAIT, "portrait", "glasses", "painting"),
    (spec("t-astro", "Sketch portrait of an astronaut", "drawing (portrait sketch)",
          ("portrait", "astronaut"), ("astp-soyuz-19",)), "portrait", "suit", "painting"),
    (spec("t-crew", "Crew portrait sketches", "drawings (group)", ("portraits", "cosmonauts"),
          ("astp-soyuz-19",)), "portrait", "group", "painting"),
    (spec("t-dock", "Docking painting", "painting", ("Apollo spacecraft", "docking"),
          ("astp-soyuz-19",)), "docking", "", "painting"),
    (spec("t-lasso", "Cartoon: ready to lasso Soyuz", "drawing (humorous cartoon)",
          ("cartoon", "lasso", "Soyuz"), ("astp-soyuz-19",)), "docking", "lasso", "drawing"),
    (spec("t-cyclone", "Cyclone over the sea", "painting", ("cyclone", "Earth from orbit"),
          ("astp-soyuz-19",)), "cyclone", "", "painting"),
    (spec("t-morning", "Morning of Lunokhod-1", "painting",
          ("Lunokhod-1 rover", "landing stage", "morning light")), "rover", "morning", "painting"),
    (spec("t-descent", "Lunokhod-1 before descending from its landing stage", "painting",
          ("Lunokhod-1 rover", "landing stage")), "rover", "descent", "painting"),
    (spec("t-crater", "Lunokhod-1 in a crater", "painting", ("Lunokhod-1 rover", "lunar crater")),
     "rover", "crater", "painting"),
    (spec("t-atv", "All-terrain vehicle on the Moon", "painting", ("Moon", "lunar vehicle")),
     "rover", "", "painting"),
    (spec("t-volcano", "Volcanic Eruption on the Moon", "painting", ("Moon", "volcanic eruption")),
     "lunar", "eruption", "painting"),
    (spec("t-landing", "Moon. The first minutes after landing", "painting", ("Moon", "landing")),
     "lunar", "lander", "painting"),
    (spec("t-explore", "Exploration of the Moon Begins", "painting", ("Moon", "lunar exploration")),
     "lunar", "probe", "painting"),
    (spec("t-man", "Man on the Moon", "painting", ("Moon", "cosmonaut on the Moon")), "lunar",
     "cosmonaut", "painting"),
    (spec("t-ship", 'The frigate "Diana"', "painting", ("marine painting", "sailing ship")),
     "ship", "", "painting"),
    (spec("t-mars", "There's Mars Ahead", "printed card reproducing a painting", ("Mars",)),
     "planet", "mars", "card"),
    (spec("t-venus", "Venera 7 descending to Venus", "postage stamp", ("Venus", "descent")),
     "planet", "venus-descent", "stamp"),
    (spec("t-blue", "Our Blue Land", "painting", ("Earth", "blue planet")), "planet", "earth",
     "painting"),
    (spec("t-vostok", 'Launch of "Vostok"', "painting", ("Vostok spacecraft", "launch")),
     "launch", "vostok", "painting"),
    (spec("t-n1", "N-1, The Beginning", "painting", ("N-1 rocket",)), "launch", "n1", "painting"),
    (spec("t-suns", "In a World with Two Suns", "painting", ("double star", "alien planet")),
     "two_suns", "", "painting"),
    (spec("t-lunar-orbit", "In a selenocentric orbit", "postage stamp",
          ("Moon", "lunar orbit", "spacecraft")), "satellite", "moon", "stamp"),
    (spec("t-sputnik", "Sputnik 1", "postage stamp", ("Sputnik 1", "first satellite")),
     "satellite", "sputnik", "stamp"),
    (spec("t-molniya", "Molniya-1", "painting", ("Molniya-1 communications satellite",)),
     "satellite", "molniya", "painting"),
    (spec("t-meteor", 'Meteorological system "Meteor"', "painting", ("Meteor weather satellite",)),
     "satellite", "meteor", "painting"),
    (spec("t-poster", "Glory to the conquerors of space! (poster)", "poster",
          ("Soyuz-type spacecraft", "orbital station", "Earth")),
     "satellite", "station", "poster"),
    (spec("t-porthole", "In the porthole — the Earth", "painting", ("Earth", "spacecraft window")),
     "porthole", "", "painting"),
    (spec("t-house", "His father's house", "painting", ("landscape", "Siberian village house")),
     "house", "", "painting"),
    (spec("t-eiffel", "Spaceman heading for the Eiffel Tower", "lithograph",
          ("cosmonaut", "Eiffel Tower")), "eiffel", "", "lithograph"),
    (spec("t-medal", "Medal design", "medal design", ("medal", "first spacewalk (reverse)"),
          ("voskhod-2",)), "spacewalk", "", "medal"),
    (spec("t-book", "The Stars Are Awaiting Us (album)", "illustrated book / album",
          ("space art album", "science fiction")), "generic", "", "book"),
    (spec("t-landscape", "Space landscape", "painting", ("space landscape",)), "generic", "",
     "painting"),
    (STAMP, "docking", "", "stamp"),
    (spec("t-series", "Space stamps (series record)", "postage stamp series",
          ("space fantasy", "Venus", "Moon", "Mars", "double star", "planetary rings"),
          pieces=6), "two_suns", "", "stamp_series"),
    # the kinds of the v5 vocabulary (term codes) and the group records
    (spec("t-set-unknown", "Cosmonautics Day stamps", "stamp-set", ("space exploration",)),
     "generic", "", "stamp_sheet"),
    (spec("t-set-five", "Space Fantasy stamps", "stamp-set", ("space fantasy", "Moon"),
          pieces=5), "lunar", "", "stamp_series"),
    (spec("t-wall", "Neptune", "wall-newspaper", ("wall newspaper", "humour", "cartoons"),
          lettering="Нептун"), "generic", "", "wall_sheet"),
    (spec("t-caric", "Caricatures of fellow cosmonauts", "caricature",
          ("caricature", "humour", "cosmonauts")), "caricatures", "", "painting"),
    (spec("t-earth-sketches", "Sketches of the Earth made in orbit", "drawing",
          ("Earth from orbit", "view through the spacecraft window"), ("astp-soyuz-19",)),
     "earth_view", "", "sheets"),
    (spec("t-postcards", "Soviet postcards", "postcard", ("postcards", "space fantasy", "Moon")),
     "lunar", "", "postcards"),
    (spec("t-the-moon", "The Moon", "painting-or-drawing", ("Moon",)), "lunar", "", "painting"),
    (spec("t-relay", "Molniya – space relay", "painting-or-drawing",
          ("Molniya communications satellite (going by the title)",)), "satellite", "relay",
     "painting"),
    (spec("t-stafford", "Sketch portrait of Thomas Stafford", "sketch",
          ("portrait", "astronaut", "Apollo–Soyuz"), ("astp-soyuz-19",)), "portrait", "suit",
     "painting"),
    (spec("t-cartoon-code", "Cartoon: lasso", "cartoon", ("cartoon", "lasso", "Soyuz"),
          ("astp-soyuz-19",)), "docking", "lasso", "drawing"),
    (spec("t-card", "There's Mars Ahead", "printed-card", ("Mars",)), "planet", "mars", "card"),
    (spec("t-book-ru", "Star-Roads", "illustrated-book", ("space art book",),
          lettering="Звёздные пути"), "generic", "", "book"),
]


BY_ID = {case[0].work_id: case[0] for case in CASES}


@pytest.fixture
def small(monkeypatch: pytest.MonkeyPatch) -> int:
    """Render at a fifth of the size: compositions are resolution-independent."""
    monkeypatch.setattr(standins, "LONG_EDGE", 480)
    return 480


@pytest.mark.parametrize(("case", "scene", "variant", "frame"), CASES,
                         ids=[c[0].work_id for c in CASES])
def test_every_motif_renders(small: int, case: StandinSpec, scene: str, variant: str,
                             frame: str) -> None:
    motif = choose_motif(case)
    assert (motif.scene, motif.variant, motif.frame) == (scene, variant, frame)
    img = render_standin(case)
    assert img.mode == "RGB"
    assert max(img.size) == small
    # a real picture, not a flat fill: plenty of tonal variation
    assert max(ImageStat.Stat(img.convert("L")).stddev) > 12


def test_chooser_covers_every_scene_and_framing() -> None:
    from gallery.imaging.motifs import FRAMES, GROUP_FRAMES, SCENES

    scenes = {choose_motif(c[0]).scene for c in CASES}
    frames = {choose_motif(c[0]).frame for c in CASES}
    assert scenes == set(SCENES)
    assert frames == set(FRAMES) | set(GROUP_FRAMES)


def test_unknown_work_falls_back_to_a_calm_space_scene(small: int) -> None:
    odd = spec("t-odd", "Untitled", "object", ("something else",))
    assert choose_motif(odd).scene == "generic"
    assert render_standin(odd).size == (small, round(small * 3 / 4))


def test_same_bytes_twice() -> None:
    assert standin_jpeg_bytes(SUNRISE) == standin_jpeg_bytes(SUNRISE)


def test_same_bytes_in_a_fresh_process() -> None:
    src = Path(standins.__file__).resolve().parents[2]
    code = (
        "import hashlib, sys\n"
        "from gallery.imaging.standins import StandinSpec, standin_jpeg_bytes\n"
        f"spec = StandinSpec(*{(STAMP.work_id, STAMP.title, STAMP.work_type)!r}, "
        f"{STAMP.subjects!r}, {STAMP.missions!r})\n"
        "sys.stdout.write(hashlib.sha256(standin_jpeg_bytes(spec)).hexdigest())\n"
    )
    env = dict(os.environ, PYTHONHASHSEED="12345",
               PYTHONPATH=os.pathsep.join([str(src), os.environ.get("PYTHONPATH", "")]))
    out = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True,
                         check=True, timeout=120)
    assert out.stdout == hashlib.sha256(standin_jpeg_bytes(STAMP)).hexdigest()


def test_different_works_get_different_pictures(small: int) -> None:
    twin = spec("t-sunrise-2", SUNRISE.title, SUNRISE.work_type, SUNRISE.subjects,
                SUNRISE.missions)
    assert render_standin(SUNRISE).tobytes() != render_standin(twin).tobytes()


@pytest.mark.parametrize("case", [SUNRISE, STAMP, BY_ID["t-eiffel"], BY_ID["t-series"]],
                         ids=["drawing", "stamp", "lithograph", "series"])
def test_jpeg_is_within_the_size_cap(case: StandinSpec) -> None:
    data = standin_jpeg_bytes(case)
    assert len(data) <= MAX_BYTES
    with Image.open(io.BytesIO(data)) as img:
        assert img.format == "JPEG"
        assert max(img.size) == LONG_EDGE


def test_quality_steps_down_to_meet_the_cap(monkeypatch: pytest.MonkeyPatch) -> None:
    full = standin_jpeg_bytes(SUNRISE)
    monkeypatch.setattr(standins, "MAX_BYTES", len(full) // 3)
    smaller = standin_jpeg_bytes(SUNRISE)
    assert len(smaller) <= len(full) // 3
    with Image.open(io.BytesIO(smaller)) as img:
        img.load()


@pytest.mark.parametrize(("aspect", "size"), [
    (2.0, (LONG_EDGE, LONG_EDGE // 2)),
    (2.7 / 5.7, (round(LONG_EDGE * 2.7 / 5.7), LONG_EDGE)),
])
def test_known_proportions_are_honoured(aspect: float, size: tuple[int, int]) -> None:
    case = spec("t-aspect", "Docking", "painting", ("docking",), ("astp-soyuz-19",), aspect=aspect)
    with Image.open(io.BytesIO(standin_jpeg_bytes(case))) as img:
        assert img.size == size


@pytest.mark.parametrize(("case", "ratio"), [
    (STAMP, 1.5),
    (BY_ID["t-poster"], 59 / 93),
    (BY_ID["t-medal"], 1.0),
    (PORTRAIT, 3 / 4),
    (BY_ID["t-dawn"], 4 / 3),
    (BY_ID["t-vostok"], 3 / 4),  # a launch stands tall
], ids=["stamp", "poster", "medal", "portrait", "painting", "launch"])
def test_default_proportions_follow_the_type(small: int, case: StandinSpec, ratio: float) -> None:
    w, h = render_standin(case).size
    assert max(w, h) == small
    assert w / h == pytest.approx(ratio, abs=0.01)


def _histogram(img: Image.Image, box: tuple[int, int, int, int]) -> list[int]:
    return img.convert("L").crop(box).histogram()


def _mean(hist: list[int]) -> float:
    return sum(v * n for v, n in enumerate(hist)) / sum(hist)


@pytest.mark.parametrize("case", [PORTRAIT, BY_ID["t-near"]], ids=["on-paper", "on-space"])
def test_stand_in_label_is_drawn(case: StandinSpec) -> None:
    img = render_standin(case)
    box = standins._label_box(*img.size)
    assert box[2] <= img.width and box[3] <= img.height
    assert box[0] > img.width // 2 and box[1] > img.height // 2  # bottom-right corner
    inside = _histogram(img, box)
    total = sum(inside)
    assert sum(inside[201:]) / total > 0.04  # the letters
    assert sum(inside[:70]) / total > 0.3  # the plate behind them
    if case is PORTRAIT:  # and it stands out from the light paper beside it
        left = (box[0] - (box[2] - box[0]), box[1], box[0], box[3])
        assert _mean(_histogram(img, left)) > _mean(inside) + 60


def test_write_standin_writes_atomically(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    images = tmp_path / "images"
    target = images / "standin-t-stamp.jpg"
    images.mkdir()
    target.write_bytes(b"old")
    replaced: list[tuple[str, str]] = []
    real_replace = os.replace

    def spy(src: str, dst: str) -> None:
        replaced.append((str(src), str(dst)))
        real_replace(src, dst)

    monkeypatch.setattr(atomic.os, "replace", spy)
    path = write_standin(STAMP, images)
    assert path == target
    assert path.read_bytes() == standin_jpeg_bytes(STAMP)
    assert len(replaced) == 1 and replaced[0][1] == str(target)
    assert Path(replaced[0][0]).parent == images  # same directory, so the rename is atomic
    assert sorted(p.name for p in images.iterdir()) == [target.name]


def test_failed_write_leaves_no_debris(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(src: str, dst: str) -> None:
        raise OSError("disk full")

    monkeypatch.setattr(standins, "standin_jpeg_bytes", lambda _spec: b"jpeg")
    monkeypatch.setattr(atomic.os, "replace", broken)
    with pytest.raises(OSError, match="disk full"):
        write_standin(STAMP, tmp_path)
    assert list(tmp_path.iterdir()) == []


def test_write_standin_creates_the_directory(tmp_path: Path,
                                             monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(standins, "standin_jpeg_bytes", lambda _spec: b"jpeg")
    path = write_standin(SUNRISE, tmp_path / "a" / "b")
    assert path == tmp_path / "a" / "b" / "standin-t-sunrise.jpg"
    assert path.read_bytes() == b"jpeg"


@pytest.mark.parametrize("bad", ["../escape", "a/b", "", ".hidden", "a b", "abc\n"])
def test_work_id_must_be_a_safe_file_name(bad: str) -> None:
    with pytest.raises(ValueError, match="work_id"):
        spec(bad, "T", "painting")


@pytest.mark.parametrize("bad", [0.0, -1.0, float("nan"), float("inf"), 50.0])
def test_aspect_must_be_sensible(bad: float) -> None:
    with pytest.raises(ValueError, match="aspect"):
        spec("t-bad", "T", "painting", aspect=bad)
