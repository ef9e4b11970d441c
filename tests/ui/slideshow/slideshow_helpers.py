"""Helpers for the slideshow tests (importable as `slideshow_helpers`)."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from PIL import Image

from gallery.catalog.store import Catalog

COLOURS = {"orbital-sunrise": (200, 120, 40), "near-the-moon": (40, 60, 140),
           "stamp-1975": (30, 140, 90)}


class RecordingInhibitor:
    """Stands in for the screen-saver inhibitor so tests can see inhibit and release."""

    name = "recording"

    def __init__(self) -> None:
        self.calls: list[str] = []

    def inhibit(self, reason: str, window_id: int) -> bool:
        self.calls.append("inhibit")
        return True

    def release(self) -> None:
        self.calls.append("release")


class RecordingPower:
    """Stands in for the display power switch: records "on"/"off"."""

    def __init__(self) -> None:
        self.calls: list[str] = []

    def set(self, on: bool) -> bool:
        self.calls.append("on" if on else "off")
        return True


class FakeClock:
    """The injectable clock: tests move time by hand, never sleep."""

    def __init__(self, now: datetime) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now


def write_jpeg(path: Path, colour: tuple[int, int, int], size: tuple[int, int] = (480, 320),
               ) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    image = Image.new("RGB", size, colour)
    image.paste((250, 250, 250), (size[0] // 4, size[1] // 4, size[0] // 2, size[1] // 2))
    image.save(path, quality=85)


def give_images(catalog: Catalog, standin: bool = True) -> None:
    for work_id, colour in COLOURS.items():
        name = f"{work_id}.jpg"
        write_jpeg(catalog.images_dir / name, colour)
        record = catalog.get(work_id)
        record.update(image_path=name, image_is_standin=standin)
        catalog.save(record, record["version"])
