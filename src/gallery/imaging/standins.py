"""Stand-in pictures for works we have no scan of.

Each work gets a painted composition that evokes it (a sunrise over the Earth's rim, a stamp,
a docking...), chosen from its type, subjects, missions and title, and a visible label saying
it is a stand-in. Output is deterministic byte for byte, so regenerating the images never
shows up as a change.
"""

from __future__ import annotations

import hashlib
import io
import math
import random
import re
from dataclasses import dataclass
from pathlib import Path

from PIL import Image, ImageDraw, ImageFilter

from gallery.atomic import write_bytes_atomically
from gallery.imaging import motifs

LONG_EDGE = 2400
MAX_BYTES = 600 * 1024
LABEL_TEXT = "STAND-IN IMAGE — not the artwork"

_JPEG_QUALITIES = (88, 82, 76, 70, 62, 54, 46, 38, 30)
_WORK_ID = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]*")


@dataclass(frozen=True)
class StandinSpec:
    work_id: str
    title: str
    work_type: str
    subjects: tuple[str, ...]
    missions: tuple[str, ...]
    aspect: float | None = None
    # the title as the object itself bears it (only such a title is ever lettered)
    lettering: str | None = None
    # how many items a set holds, when the sources say; None draws no countable number
    pieces: int | None = None

    def __post_init__(self) -> None:
        # the id becomes a file name: refuse anything that could leave images_dir
        if not _WORK_ID.fullmatch(self.work_id):
            raise ValueError(f"work_id must be a plain slug, got {self.work_id!r}")
        if self.aspect is not None and not (
            math.isfinite(self.aspect) and 0.1 <= self.aspect <= 10
        ):
            raise ValueError(f"aspect must be between 0.1 and 10, got {self.aspect!r}")
        if self.pieces is not None and not 1 <= self.pieces <= 24:
            raise ValueError(f"pieces must be between 1 and 24, got {self.pieces!r}")


@dataclass(frozen=True)
class Motif:
    """What to draw: a scene (with a variant) inside a framing."""

    scene: str
    variant: str = ""
    frame: str = "painting"


# ------------------------------------------------------------------ reading a work record

_NUMBER_WORDS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
                 "nine": 9, "ten": 10, "eleven": 11, "twelve": 12}
_SET_SIZE = re.compile(r"\b(" + "|".join(_NUMBER_WORDS) + r")\b(?:\s+[\w-]+){0,3}?\s+stamps\b",
                       re.IGNORECASE)


def set_size(texts: list[str]) -> int | None:
    """How many stamps a set has, where its texts say it in words ("a set of five stamps");
    None when they do not, or disagree. Digits are never read: they are years or numbers."""
    found = {_NUMBER_WORDS[m.group(1).lower()] for t in texts for m in _SET_SIZE.finditer(t)}
    return found.pop() if len(found) == 1 else None


def borne_title(titles: list[tuple[str | None, str | None]]) -> str | None:
    """The title the object itself bears: the first (text, status) marked original."""
    for text, status in titles:
        if text and status == "original":
            return text
    return None


# ------------------------------------------------------------------ choosing the motif


def _text(spec: StandinSpec) -> str:
    return " | ".join([spec.title, spec.work_type, *spec.subjects, *spec.missions]).lower()


def _has(text: str, *words: str) -> bool:
    return any(word in text for word in words)


def _scene_for(text: str, work_type: str = "") -> tuple[str, str]:
    """First matching rule wins; the order settles works that fit several rules."""
    t = text
    drawing = _is_drawing(work_type)
    if "caricature" in work_type:
        return "caricatures", ""
    if _has(t, "earth from orbit") and _has(t, "sketches", "drawings"):
        return "earth_view", ""
    if _has(t, "cyclone", "hurricane", "typhoon"):
        return "cyclone", ""
    if _has(t, "porthole", "window"):
        return "porthole", ""
    if "portrait" in work_type or (drawing and "| portrait" in t):
        if "group" in work_type or "portraits" in t:
            return "portrait", "group"
        return "portrait", "glasses" if "hawking" in t else "suit" if "astronaut" in t else ""
    if _has(t, "eiffel"):
        return "eiffel", ""
    if _has(t, "frigate", "sailing ship", "marine painting"):
        return "ship", ""
    if _has(t, "house", "village"):
        return "house", ""
    if _has(t, "two suns", "double star"):
        return "two_suns", ""
    if _has(t, "docking", "apollo", "| astp"):
        return "docking", "lasso" if "lasso" in t else ""
    if _has(t, "lunokhod", "rover", "lunar vehicle", "all-terrain"):
        variant = ("morning" if "morning" in t else "descent" if "descend" in t else
                   "crater" if "crater" in t else "")
        return "rover", variant
    if _has(t, "sunrise", "dawn"):
        return "sunrise", ""
    if _has(t, "spacewalk", "voskhod"):
        return "spacewalk", "sea" if "black sea" in t else ""
    if _has(t, "launch", "rocket", "n-1", "vostok"):
        return "launch", "n1" if "n-1" in t else "vostok"
    if _has(t, "selenocentric", "lunar orbit"):
        return "satellite", "moon"
    if _has(t, "sputnik"):
        return "satellite", "sputnik"
    if _has(t, "molniya"):
        return "satellite", "relay" if "relay" in t else "molniya"
    if _has(t, "meteor"):
        return "satellite", "meteor"
    if _has(t, "station", "satellite", "spacecraft"):
        return "satellite", "station" if "station" in t else ""
    if "near the moon" in t or all(f"| {w}" in t for w in ("moon", "earth", "sun")):
        return "near_moon", ""
    for planet, words in (("mars", ("mars",)), ("venus", ("venus", "venera"))):
        if _has(t, *words):
            return "planet", planet + ("-descent" if "descent" in t else "")
    if _has(t, "blue planet", "blue land", "blue earth"):
        return "planet", "earth"
    if _has(t, "moon", "lunar", "crater"):
        # a figure only where the work's own record speaks of one
        variant = ("eruption" if _has(t, "volcan", "eruption") else
                   "lander" if "landing" in t else
                   "probe" if "exploration" in t else
                   "cosmonaut" if _has(t, "cosmonaut", "man on") else "")
        return "lunar", variant
    if "earth" in t:
        return "planet", "earth"
    return "generic", ""


# kinds of work (term codes) that are drawings on paper
_DRAWINGS = ("drawing", "sketch", "cartoon", "caricature")


def _is_drawing(work_type: str) -> bool:
    t = work_type.lower()
    return "painting" not in t and any(word in t for word in _DRAWINGS)


def _frame_for(work_type: str, pieces: int | None = None) -> str:
    t = work_type.lower()
    if "stamp" in t:
        if "series" in t or "set" in t:
            # a set whose size the sources do not give shows no countable number of stamps
            return "stamp_series" if pieces else "stamp_sheet"
        return "stamp"
    for word, frame in (("wall-newspaper", "wall_sheet"), ("wall newspaper", "wall_sheet"),
                        ("postcard", "postcards"), ("poster", "poster"), ("medal", "medal"),
                        ("book", "book"), ("album", "book"), ("lithograph", "lithograph"),
                        ("card", "card")):
        if word in t:
            return frame
    if _is_drawing(t):
        return "drawing"
    return "painting"


def choose_motif(spec: StandinSpec) -> Motif:
    scene, variant = _scene_for(_text(spec), spec.work_type.lower())
    frame = _frame_for(spec.work_type, spec.pieces)
    if scene in ("portrait", "caricatures"):
        frame = "painting"  # the sketch already draws its own paper
    elif scene == "earth_view":
        frame = "sheets"  # a group of sketches: loose sheets of paper
    return Motif(scene, variant, frame)


# Pads a stamp set whose subjects name too few motifs of their own.
_SERIES_FILL = [("launch", "vostok"), ("sunrise", ""), ("spacewalk", ""), ("satellite", "sputnik"),
                ("near_moon", ""), ("two_suns", ""), ("generic", ""), ("planet", "mars"),
                ("lunar", "cosmonaut")]
_SHEET_SCENES = 4  # a stamp sheet of unknown size repeats a few designs
_EARTH_VIEWS = [("earth_view", ""), ("earth_view", "wide"), ("earth_view", "down")]
_POSTCARD_SCENES = [("lunar", ""), ("two_suns", ""), ("spacewalk", "")]


def _group_motifs(spec: StandinSpec, motif: Motif, rng: random.Random) -> list[tuple[str, str]]:
    if motif.frame == "sheets":
        return _EARTH_VIEWS
    if motif.frame == "postcards":
        return _POSTCARD_SCENES
    return _series_motifs(spec, rng, spec.pieces or _SHEET_SCENES)


def _series_motifs(spec: StandinSpec, rng: random.Random, size: int) -> list[tuple[str, str]]:
    found: list[tuple[str, str]] = []
    for subject in spec.subjects:
        picked = _scene_for(f"| {subject.lower()}")
        if picked[0] != "generic" and picked not in found:
            found.append(picked)
    if "ring" in _text(spec):
        found.append(("generic", ""))
    fill = [m for m in _SERIES_FILL if m not in found]
    rng.shuffle(fill)
    return (found + fill)[:size]


# ------------------------------------------------------------------ size, label, render


_DEFAULT_ASPECT = {
    "stamp": 1.5, "stamp_series": 4 / 3, "poster": 59 / 93, "medal": 1.0, "book": 0.8,
    "card": 1.5, "lithograph": 0.75, "drawing": 4 / 3, "painting": 4 / 3,
    "stamp_sheet": 4 / 3, "sheets": 4 / 3, "postcards": 4 / 3, "wall_sheet": 1.4,
}


def _size(spec: StandinSpec, motif: Motif) -> tuple[int, int]:
    aspect = spec.aspect
    if aspect is None:
        aspect = _DEFAULT_ASPECT.get(motif.frame, 4 / 3)
        if motif.scene == "launch":
            aspect = 1 / aspect if aspect > 1 else aspect  # a rocket stands tall
        if motif.scene == "portrait":
            aspect = 4 / 3 if motif.variant == "group" else 3 / 4
    if aspect >= 1:
        return LONG_EDGE, max(1, round(LONG_EDGE / aspect))
    return max(1, round(LONG_EDGE * aspect)), LONG_EDGE


def _seed(work_id: str) -> int:
    # hashlib, not hash(): the seed must not change between processes
    return int.from_bytes(hashlib.sha256(work_id.encode("utf-8")).digest()[:8], "big")


def _label_size(width: int, height: int) -> int:
    # readable on narrow pictures too, yet never wider than most of the short edge
    size = max(min(width, height) * 0.018, max(width, height) * 0.011)
    return max(10, round(min(size, min(width, height) * 0.85 / 17)))


def _label_box(width: int, height: int) -> tuple[int, int, int, int]:
    """Where the stand-in label sits: bottom-right corner, scaled to the picture."""
    size = _label_size(width, height)
    pad = round(size * 0.6)
    w = round(_label_width(size)) + 2 * pad
    h = size + 2 * pad
    margin = round(size * 0.9)
    return width - margin - w, height - margin - h, width - margin, height - margin


def label_geometry(width: int, height: int) -> tuple[tuple[int, int, int, int], int]:
    """The stand-in label's box (x0, y0, x1, y1) and its text size in a picture of this size,
    for a viewer that writes the label again in the reader's language over the drawn one."""
    return _label_box(width, height), _label_size(width, height)


def _label_parts(size: int) -> tuple[str, str, float]:
    before, _, after = LABEL_TEXT.partition(" — ")
    return before, after, size * 1.6  # the built-in font lacks an em dash: we draw it


def _label_width(size: int) -> float:
    f = motifs.font(size)
    before, after, dash = _label_parts(size)
    probe = ImageDraw.Draw(Image.new("L", (1, 1)))
    return probe.textlength(before, font=f) + dash + probe.textlength(after, font=f)


def _draw_label(img: Image.Image) -> None:
    x0, y0, x1, y1 = _label_box(*img.size)
    size = _label_size(*img.size)
    pad = round(size * 0.6)
    plate = Image.new("RGBA", img.size, (0, 0, 0, 0))
    d = ImageDraw.Draw(plate)
    d.rounded_rectangle((x0, y0, x1, y1), radius=pad, fill=(12, 12, 16, 200))
    f = motifs.font(size)
    before, after, dash = _label_parts(size)
    ink = (245, 245, 240, 235)
    cy = (y0 + y1) / 2
    x: float = x0 + pad
    d.text((x, cy), before, font=f, fill=ink, anchor="lm")
    x += d.textlength(before, font=f)
    d.line((x + dash * 0.2, cy, x + dash * 0.8, cy), fill=ink, width=max(1, round(size / 14)))
    d.text((x + dash, cy), after, font=f, fill=ink, anchor="lm")
    img.paste(plate, (0, 0), plate)


def render_standin(spec: StandinSpec) -> Image.Image:
    """Draw the stand-in picture for a work (RGB, long edge LONG_EDGE, labelled)."""
    motif = choose_motif(spec)
    w, h = _size(spec, motif)
    rng = random.Random(_seed(spec.work_id))
    if motif.frame in motifs.GROUP_FRAMES:
        scenes = [_scene_at(s, v, rng) for s, v in _group_motifs(spec, motif, rng)]
        img = motifs.GROUP_FRAMES[motif.frame](w, h, rng, scenes)
    else:
        img = motifs.FRAMES[motif.frame](
            w, h, rng, _scene_at(motif.scene, motif.variant, rng),
            title=spec.lettering)
    img = img.convert("RGB")
    # a touch of softening hides stair-stepped edges and reads as paint, not vector art
    img = img.filter(ImageFilter.SMOOTH)
    _draw_label(img)
    return img


def _scene_at(scene: str, variant: str, rng: random.Random) -> motifs.SceneAt:
    draw = motifs.SCENES[scene]
    # a child generator keeps each scene's randomness independent of call order elsewhere
    sub = random.Random(rng.getrandbits(64))
    return lambda w, h: draw(w, h, sub, variant)


def _encode(img: Image.Image, quality: int) -> bytes:
    buf = io.BytesIO()
    img.save(buf, "JPEG", quality=quality, subsampling=2, optimize=True, progressive=False)
    return buf.getvalue()


def standin_jpeg_bytes(spec: StandinSpec) -> bytes:
    """JPEG of the stand-in, identical byte for byte on every run, at most MAX_BYTES."""
    img = render_standin(spec)
    data = b""
    for quality in _JPEG_QUALITIES:
        data = _encode(img, quality)
        if len(data) <= MAX_BYTES:
            return data
    # still too big at the lowest quality: shrink rather than break the cap
    return _encode(img.resize((img.width // 2, img.height // 2), Image.Resampling.LANCZOS),
                   _JPEG_QUALITIES[-1])


def write_standin(spec: StandinSpec, images_dir: Path) -> Path:
    """Write images_dir/standin-{work_id}.jpg atomically and return its path."""
    images_dir = Path(images_dir)
    images_dir.mkdir(parents=True, exist_ok=True)
    target = images_dir / f"standin-{spec.work_id}.jpg"
    return write_bytes_atomically(target, standin_jpeg_bytes(spec), durable=True)


__all__ = [
    "LONG_EDGE",
    "MAX_BYTES",
    "StandinSpec",
    "borne_title",
    "render_standin",
    "set_size",
    "standin_jpeg_bytes",
    "write_standin",
]
