"""The order of the window's start: the first screen's thumbnails are decoded in the order
the grid painted them, and facet counts wait for the grid's first paint. Real threads, real
image files, a real catalog (not timed: benchmarks/ui_startup.py measures)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from gallery.catalog.store import Catalog
from gallery.ui.browse.thumbnails import ThumbnailLoader
from gallery.ui.workers import CatalogService, ImagePool


def _images(folder: Path, count: int) -> list[Path]:
    from PIL import Image

    paths = []
    for n in range(count):
        path = folder / f"picture-{n}.jpg"
        Image.new("RGB", (900, 700), (20 * n, 60, 120)).save(path, "JPEG")
        paths.append(path)
    return paths


def test_one_paints_thumbnails_are_decoded_in_the_order_asked(qtbot: Any,
                                                               tmp_path: Path) -> None:
    pool = ImagePool(max_threads=1)  # one thread: the order they arrive is the order run
    loader = ThumbnailLoader(pool)
    arrived: list[str] = []
    loader.ready.connect(arrived.append)
    keys = [f"path:{n}" for n in range(8)]
    for key, path in zip(keys, _images(tmp_path, 8), strict=True):
        loader.request(key, path)  # one event-loop turn, as one paint of the grid asks
    qtbot.waitUntil(lambda: len(arrived) == len(keys), timeout=20_000)
    assert arrived == keys
    loader.close()


def test_a_later_paints_thumbnails_go_before_an_earlier_ones(qtbot: Any,
                                                              tmp_path: Path) -> None:
    pool = ImagePool(max_threads=1)
    loader = ThumbnailLoader(pool)
    arrived: list[str] = []
    loader.ready.connect(arrived.append)
    paths = _images(tmp_path, 8)
    for n in range(4):
        loader.request(f"path:old-{n}", paths[n])
    loader._flush()  # the end of the first paint's turn (its first job starts at once)
    for n in range(4, 8):
        loader.request(f"path:new-{n}", paths[n])
    loader._flush()  # … and of the next one, while the first job still runs
    qtbot.waitUntil(lambda: len(arrived) == 8, timeout=20_000)
    # the one already running finishes; then the new screen, in its order, then the rest
    assert arrived[0] == "path:old-0"
    assert arrived[1:5] == [f"path:new-{n}" for n in range(4, 8)]
    assert arrived[5:] == ["path:old-1", "path:old-2", "path:old-3"]
    loader.close()


def test_facets_are_counted_only_after_the_grids_first_paint(qtbot: Any, ui_catalog_path: Path,
                                                            ui_settings: Any,
                                                            gallery_look: None) -> None:
    from gallery.ui.main_window import MainWindow

    service = CatalogService(Catalog.open(ui_catalog_path, writer=False))  # a real worker
    window = MainWindow(service, ui_settings)
    qtbot.addWidget(window)
    counted: list[dict] = []
    window.model.facetsCounted.connect(counted.append)
    qtbot.waitUntil(lambda: window.model.rowCount() > 0)  # the first page is in
    qtbot.wait(200)  # time enough for counts, were they asked for
    assert counted == [] and not window.browse.grid._painted
    with qtbot.waitSignal(window.model.facetsCounted, timeout=20_000):
        window.show()
    assert window.browse.grid._painted
    assert counted and counted[0]["decade"]
    window.close()
    window.shutdown()
