"""Slideshow fixtures: a real catalog whose works have real (small) JPEG files."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest
from slideshow_helpers import FakeClock, RecordingInhibitor, RecordingPower, give_images

from gallery.catalog.store import Catalog


@pytest.fixture
def show_catalog(catalog_path: Path) -> Path:
    """The conftest catalog, each of its three works with a picture, plus a playlist."""
    with Catalog.open(catalog_path, who="tester") as catalog:
        give_images(catalog)
        catalog.save_record("playlists", {
            "id": "hall-a", "name": "Hall A", "kind": "list",
            "items": [{"work_id": "orbital-sunrise"},
                      {"work_id": "stamp-1975", "caption": "Apollo–Soyuz, 1975"},
                      {"work_id": "near-the-moon"}]}, None)
    return catalog_path


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(datetime(2025, 3, 17, 10, 30))  # a Monday morning


@pytest.fixture
def make_show(qtbot: Any, show_catalog: Path, clock: FakeClock
              ) -> Iterator[Callable[..., Any]]:
    """Build (and afterwards close) a slideshow window running synchronously."""
    from gallery.ui.slideshow.config import SlideshowConfig
    from gallery.ui.slideshow.window import SlideshowWindow

    made: list[Any] = []

    def make(start: bool = True, **options: Any) -> Any:
        options.setdefault("interval_s", 3600)  # tests advance by hand unless they say so
        options.setdefault("transition", "none")
        options_power = options.pop("power", None) or RecordingPower()
        config = SlideshowConfig(options.pop("catalog_path", show_catalog), **options)
        window = SlideshowWindow(config, clock=clock, inhibitor=RecordingInhibitor(),
                                 synchronous=True, power=options_power)
        qtbot.addWidget(window)
        made.append(window)
        if start:
            window.start()
        return window

    yield make
    for window in made:
        window.stop()
