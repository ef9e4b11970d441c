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


def test_a_works_picture_paints_before_the_text_beside_it_is_built(
        qtbot: Any, ui_catalog_path: Path, ui_settings: Any, gallery_look: None) -> None:
    """Building the text panel takes the GUI thread a while: the picture's first paint does
    not wait for it, and the text follows at once (real worker and image threads)."""
    from PySide6.QtCore import QEvent, QObject

    from gallery.ui.launch import wait_until_settled
    from gallery.ui.main_window import MainWindow

    window = MainWindow(CatalogService(Catalog.open(ui_catalog_path, writer=False)),
                        ui_settings)
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    assert wait_until_settled(window)
    first, second = window.model.work_ids()[:2]
    window.open_work(first)
    assert wait_until_settled(window)
    canvas, info = window.detail.canvas, window.detail.info
    seen: list[str | None] = []

    class FirstPaint(QObject):
        def eventFilter(self, watched: Any, event: Any) -> bool:
            if (watched is canvas and event.type() == QEvent.Type.Paint and not seen
                    and canvas._base is not None and window.detail.work_id == second
                    and canvas._generation > generation):
                seen.append(info.data.record["id"] if info.data else None)
            return False

    spy = FirstPaint()
    canvas.installEventFilter(spy)
    generation = canvas._generation
    window.open_work(second)
    assert wait_until_settled(window)
    assert seen == [first]  # the new picture painted while the text was still the last one's
    assert info.data is not None and info.data.record["id"] == second  # then the text came
    canvas.removeEventFilter(spy)
    window.close()
    window.shutdown()
