"""The grid on a 100,000-work catalog: first paint, scrolling top to bottom, memory.

Run on demand, never in CI:
    python benchmarks/ui_scroll.py [--works 100000] [--rebuild] [--platform offscreen|xcb]
(xcb: a real X server, e.g. Xvfb with openbox, on $DISPLAY)

Builds (once, cached in the temp folder) a synthetic catalog through the store (one write
transaction, `linked.write_work` per work), its works sharing 24 small JPEGs so thumbnails
come from the cache as they would for a real collection after the first visit. Then, offscreen
at 1600x1000 with the real background workers:
  ours  — MainWindow: time to the grid's first paint and to every visible thumbnail painted;
          then a page-by-page scroll to the very bottom, painting every step, paging rows in as
          the view asks; then back to the top and down again (the second pass waits at each
          step for rows the model had let go and reads again, so every step shows real cells);
  floor — the same grid view and delegate over an in-memory model already holding every row
          (read from the catalog in one query; each cell's captions, kind and decade band made
          before the clock starts, answered at once as ours are (CellRole); no paging, no
          thumbnails): what painting and scrolling the same cells cost by themselves; and the
          same again painting the very thumbnails ours painted, from memory
          (ratio_scroll_vs_pictures_floor: what our paging, caches and model add beyond
          painting the same cells).
RSS is read before the window, after its first screen, during and after each pass: it must stay
bounded by the caches' settings (pixmaps in an LRU, rows in a bounded block cache, only ids for
the rest), so the second pass adds nothing. The last line is key=value pairs.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from ui_probes import visible_thumbnails_done


def _platform() -> str:
    """--platform, read before Qt is imported (it takes QT_QPA_PLATFORM at start)."""
    args = sys.argv[1:]
    for n, arg in enumerate(args):
        if arg.startswith("--platform="):
            return arg.split("=", 1)[1]
        if arg == "--platform" and n + 1 < len(args):
            return args[n + 1]
    return "offscreen"


os.environ["QT_QPA_PLATFORM"] = _platform()

FOLDER = Path(tempfile.gettempdir()) / "gallery-ui-scroll"
IMAGES = 24


def rss_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def build(path: Path, works: int) -> None:
    import random

    from PIL import Image, ImageDraw

    from gallery.catalog import linked
    from gallery.catalog.store import Catalog
    from gallery.imaging.thumbnails import file_sha256

    images = path.parent / "images"
    images.mkdir(parents=True, exist_ok=True)
    files = []
    for n in range(IMAGES):
        file = images / f"synthetic-{n:02d}.jpg"
        picture = Image.new("RGB", (1200, 900 if n % 3 else 1500), (20 + 9 * n, 30, 80 - 2 * n))
        ImageDraw.Draw(picture).ellipse((300, 200, 900, 700), fill=(230, 190 - 4 * n, 110))
        picture.save(file, "JPEG", quality=85)
        files.append((file.name, file_sha256(file), picture.size))
    rng = random.Random(1965)
    words = ("moon sun earth orbit sunrise spacewalk docking stamp poster sketch portrait "
             "cosmos voskhod soyuz apollo lunokhod mars venus comet rocket station").split()
    started = time.perf_counter()
    with Catalog.open(path, create=True, who="benchmark") as catalog:
        now = catalog.now()
        with catalog.write() as con:
            for i in range(works):
                name, sha, (w, h) = files[i % IMAGES]
                year = rng.randint(1960, 2019)
                record = {
                    "id": f"work-{i:06d}", "title": " ".join(rng.sample(words, 3)).title(),
                    "work_type": rng.choice(("painting", "drawing", "postage stamp")),
                    "date_display": str(year), "date_earliest": f"{year}-01-01",
                    "date_latest": f"{year}-12-31", "date_certainty": "certain",
                    "description": " ".join(rng.choices(words, k=20)),
                    "confidence": rng.choice(("high", "medium", "low")),
                    "image_path": name, "image_sha256": sha, "image_width": w,
                    "image_height": h, "image_is_standin": i % 2 == 0,
                }  # fmt: skip
                linked.write_work(con, record, None, now)
                if i % 10000 == 0:
                    print(f"  built {i:,} works ({time.perf_counter() - started:.0f} s)",
                          flush=True)
    print(f"  built {works:,} works in {time.perf_counter() - started:.0f} s", flush=True)


def wait_for(app: Any, condition: Any, timeout: float = 120.0) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise SystemExit("timed out")
        app.processEvents()
        time.sleep(0.001)


def scroll_to_bottom(app: Any, grid: Any, model: Any,
                     settle: bool = False) -> tuple[float, int, float, float]:
    """Page down to the end, painting each step; returns (seconds, steps, peak RSS MB, CPU
    seconds of the whole process, its worker threads included).
    `settle`: at each step, wait until no rows are on their way (cells painted in full)."""
    from PySide6.QtCore import QModelIndex

    root = QModelIndex()
    bar = grid.verticalScrollBar()
    steps, peak = 0, rss_mb()
    cpu = time.process_time()
    started = time.perf_counter()
    while True:
        if bar.value() >= bar.maximum():
            if not (model.canFetchMore(root) or getattr(model, "busy", bool)()):
                break
            had = model.rowCount()
            model.fetchMore(root)  # the view asks too; the guard makes it one page
            wait_for(app, lambda had=had: model.rowCount() > had
                     or not model.canFetchMore(root))
            grid.doItemsLayout()
        bar.setValue(bar.value() + bar.pageStep())
        grid.viewport().repaint()
        app.processEvents()
        if settle and model.busy():
            wait_for(app, lambda: not model.busy())
            grid.viewport().repaint()
        steps += 1
        if steps % 200 == 0:
            peak = max(peak, rss_mb())
    return (time.perf_counter() - started, steps, max(peak, rss_mb()),
            time.process_time() - cpu)


def floor_run(app: Any, rows: list[Any], size: Any, banded: bool,
              pixmaps: dict[str, Any] | None = None) -> tuple[float, float, int, float]:
    """The same view and delegate showing the same cells (captions, kinds, decade bands) from
    every row in memory, each cell's answers made before the clock starts: (first paint s,
    scroll s, steps, scroll CPU s). With `pixmaps` (thumbnail key → pixmap) the cells paint
    those pictures too."""
    from PySide6.QtCore import QAbstractListModel, Qt

    from gallery.ui.browse.grid import WorkGrid
    from gallery.ui.browse.models import (
        BandRole,
        CellRole,
        KindRole,
        StandinRole,
        ThumbStateRole,
        WorkIdRole,
        YearRole,
        kind_caption,
        year_caption,
    )
    from gallery.ui.words import facet_value

    def cell(row: Any) -> dict[int, Any]:
        picture = pixmaps.get(row.image_sha256 or "") if pixmaps else None
        year = (row.date_earliest or "")[:4]
        return {Qt.ItemDataRole.DisplayRole: row.title, WorkIdRole: row.id,
                YearRole: year_caption(row, "en"), KindRole: kind_caption(row, "en"),
                StandinRole: bool(row.image_path) and row.image_is_standin,
                BandRole: facet_value("decade", f"{year[:3]}0s", "") if banded else None,
                Qt.ItemDataRole.DecorationRole: picture,
                ThumbStateRole: "ready" if picture else "loading"}

    cells = [cell(row) for row in rows]

    class Plain(QAbstractListModel):
        def rowCount(self, parent: Any = None) -> int:
            return 0 if parent is not None and parent.isValid() else len(cells)

        def data(self, index: Any, role: int = 0) -> Any:
            # the delegate reads a cell in one call (CellRole), as it does ours
            cell = cells[index.row()]
            return cell if role == CellRole else cell.get(role)

    model = Plain()
    started = time.perf_counter()
    grid = WorkGrid(model)  # type: ignore[arg-type]
    grid.set_banded(banded)
    grid.resize(size)  # the size the window gave its grid
    grid.show()
    wait_for(app, lambda: grid._painted)
    first = time.perf_counter() - started
    seconds, steps, _, cpu = scroll_to_bottom(app, grid, model)
    grid.close()
    grid.deleteLater()
    return first, seconds, steps, cpu


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--works", type=int, default=100_000)
    parser.add_argument("--rebuild", action="store_true")
    parser.add_argument("--platform", choices=("offscreen", "xcb"), default="offscreen",
                        help="Qt platform: offscreen, or xcb on $DISPLAY (Xvfb + a WM)")
    args = parser.parse_args()
    path = FOLDER / f"catalog-{args.works}.db"
    if args.rebuild or not path.exists():
        FOLDER.mkdir(exist_ok=True)
        for old in FOLDER.glob(f"catalog-{args.works}.db*"):
            old.unlink()
        build(path, args.works)
    os.environ["XDG_CACHE_HOME"] = str(FOLDER / "cache")  # warm across runs, like a visitor's

    from gallery.catalog.store import Catalog
    from gallery.ui.app import create_application
    from gallery.ui.main_window import MainWindow
    from gallery.ui.settings import Settings
    from gallery.ui.workers import CatalogService

    app = create_application()
    rss_start = rss_mb()
    started = time.perf_counter()
    window = MainWindow(CatalogService(Catalog.open(path)),
                        Settings(FOLDER / "settings.ini"))
    window.languages.start("en")
    window.resize(1600, 1000)
    window.show()
    grid, model = window.browse.grid, window.model
    wait_for(app, lambda: grid._painted)
    first_paint = time.perf_counter() - started
    wait_for(app, lambda: visible_thumbnails_done(grid, model))
    grid.viewport().repaint()
    thumbs = time.perf_counter() - started
    wait_for(app, lambda: not window.busy())  # facet counts, after the first screen
    settled = time.perf_counter() - started
    rss_first = rss_mb()
    seconds, steps, rss_peak, cpu = scroll_to_bottom(app, grid, model)
    wait_for(app, lambda: not window.busy())
    rss_end = rss_mb()
    grid.verticalScrollBar().setValue(0)  # the second pass: rows at the top were let go
    grid.viewport().repaint()
    seconds2, _steps2, rss_peak2, _cpu2 = scroll_to_bottom(app, grid, model, settle=True)
    rss_end2 = rss_mb()
    loaded = model.rowCount()
    grid_size = grid.size()
    banded = grid._delegate.banded  # the first screen's sort (date) shows decade bands
    with Catalog.open(path, writer=False) as catalog:  # every row in memory, for the floors
        rows = catalog.search("", {}, "date", limit=loaded, facets=False).rows
    pixmaps = {key: window.thumbnails.pixmap(key)
               for key in {r.image_sha256 for r in rows if r.image_sha256}}
    window.close()
    window.shutdown()
    floor_first, floor_seconds, floor_steps, floor_cpu = floor_run(app, rows, grid_size, banded)
    _first, pictures_seconds, _steps, pictures_cpu = floor_run(app, rows, grid_size, banded,
                                                               pixmaps)

    platform = os.environ["QT_QPA_PLATFORM"]
    print(f"{loaded:,} works, {platform} 1600x1000; floor = same view over rows in memory")
    print(f"  first paint of the grid     ours {first_paint * 1000:7.0f} ms   "
          f"floor {floor_first * 1000:7.0f} ms")
    print(f"  first screen of thumbnails  ours {thumbs * 1000:7.0f} ms   (facet counts in "
          f"{settled * 1000:.0f} ms)")
    print(f"  scroll top to bottom        ours {seconds:7.1f} s ({steps} pages, "
          f"{steps / seconds:.0f} pages/s)   floor {floor_seconds:7.1f} s ({floor_steps} pages)"
          f"   ratio {seconds / floor_seconds:.2f}")
    print(f"  same floor painting the same thumbnails from memory          "
          f"{pictures_seconds:7.1f} s   ratio {seconds / pictures_seconds:.2f}")
    # CPU of the process (worker threads included): less swayed by a shared machine's load
    print(f"  scroll CPU s: ours {cpu:.1f}, floor {floor_cpu:.1f} (ratio {cpu / floor_cpu:.2f}), "
          f"floor with the thumbnails {pictures_cpu:.1f} (ratio {cpu / pictures_cpu:.2f}); "
          f"per page: ours {cpu / steps * 1000:.2f} ms, "
          f"floor {floor_cpu / floor_steps * 1000:.2f} ms")
    print(f"  second pass, top to bottom  ours {seconds2:7.1f} s (waiting at each step for "
          f"rows read again)")
    print(f"  RSS MB: before window {rss_start:.0f}, first screen {rss_first:.0f}, "
          f"peak while scrolling {rss_peak:.0f}, after {rss_end:.0f}; second pass peak "
          f"{rss_peak2:.0f}, after {rss_end2:.0f}   growth {rss_peak - rss_first:.0f}, "
          f"second pass adds {max(rss_peak2, rss_end2) - max(rss_peak, rss_end):.0f}")
    print(f"platform={platform} works={loaded} first_paint_ms={first_paint * 1000:.0f} "
          f"floor_first_paint_ms={floor_first * 1000:.0f} thumbs_ms={thumbs * 1000:.0f} "
          f"scroll_s={seconds:.1f} floor_scroll_s={floor_seconds:.1f} "
          f"ratio_scroll_vs_floor={seconds / floor_seconds:.2f} pages={steps} "
          f"rss_before_mb={rss_start:.0f} rss_first_mb={rss_first:.0f} "
          f"rss_peak_mb={rss_peak:.0f} rss_after_mb={rss_end:.0f} "
          f"rss_growth_mb={rss_peak - rss_first:.0f} second_pass_s={seconds2:.1f} "
          f"rss_second_peak_mb={rss_peak2:.0f} rss_second_after_mb={rss_end2:.0f} "
          f"facets_ms={settled * 1000:.0f} floor_pictures_scroll_s={pictures_seconds:.1f} "
          f"ratio_scroll_vs_pictures_floor={seconds / pictures_seconds:.2f} "
          f"cpu_scroll_s={cpu:.1f} cpu_floor_scroll_s={floor_cpu:.1f} "
          f"ratio_cpu_scroll_vs_floor={cpu / floor_cpu:.2f} "
          f"cpu_pictures_floor_s={pictures_cpu:.1f} "
          f"ratio_cpu_scroll_vs_pictures_floor={cpu / pictures_cpu:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
