"""Start-up of the visitor's window: process start to the first painted grid.

Run on demand, never in CI:
    python benchmarks/ui_startup.py [--catalog PATH] [--runs N] [--platform offscreen|xcb]
(xcb: a real X server, e.g. Xvfb with openbox, on $DISPLAY)

Each run is a fresh Python process (offscreen Qt, or xcb), timed by this parent from spawn to
the line the child prints. Three children, interleaved run by run so machine load hits all alike:
  floor  — an empty QMainWindow shown the same way (imports PySide6, QApplication, first paint);
  grid   — `gallery`'s own start-up path up to the grid's first paint with its cells;
  thumbs — the same, up to every visible cell painted with its thumbnail (warm thumbnail
           cache; the first run of all fills the cache, and is reported as `cold`). Facet
           counts, which follow the first paint, are not waited for.
Before them, one uncounted start compiles the bytecode every later child reads (see main).
Prints each median beside the floor and the ratio; the last line is key=value pairs.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from ui_probes import visible_thumbnails_done

ROOT = Path(__file__).resolve().parents[1]


def child_floor() -> None:
    from PySide6.QtWidgets import QApplication, QMainWindow, QWidget

    app = QApplication(sys.argv[:1])

    class Central(QWidget):
        def paintEvent(self, event: object) -> None:
            print(f"painted {time.process_time() * 1000:.1f}", flush=True)
            app.quit()

    window = QMainWindow()
    window.setCentralWidget(Central())
    window.resize(1600, 1000)
    window.show()
    app.exec()


def child_app(catalog: str, until: str) -> None:
    from PySide6.QtCore import QTimer

    from gallery.catalog.store import Catalog
    from gallery.ui.app import create_application
    from gallery.ui.main_window import MainWindow
    from gallery.ui.settings import Settings
    from gallery.ui.workers import CatalogService

    app = create_application()
    window = MainWindow(CatalogService(Catalog.open(catalog)),
                        Settings(Path(os.environ["XDG_CONFIG_HOME"]) / "bench.ini"))
    window.languages.start("en")
    window.resize(1600, 1000)
    window.show()

    def done() -> None:
        print(f"painted {time.process_time() * 1000:.1f}", flush=True)
        window.close()
        window.shutdown()
        app.quit()

    if until == "grid":
        window.browse.grid.firstPaint.connect(done)
    else:
        def poll() -> None:  # every visible cell asked for and got its thumbnail
            grid = window.browse.grid
            if grid._painted and visible_thumbnails_done(grid, window.model):
                timer.stop()
                grid.viewport().repaint()
                done()

        timer = QTimer()
        timer.timeout.connect(poll)
        timer.start(5)
    app.exec()


def spawn(kind: str, catalog: str, env: dict[str, str]) -> tuple[float, float]:
    """(wall seconds from spawn to the paint, CPU ms the child had used by then)."""
    started = time.perf_counter()
    proc = subprocess.Popen([sys.executable, __file__, "--child", kind, "--catalog", catalog],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)
    assert proc.stdout is not None
    line = proc.stdout.readline()
    elapsed = time.perf_counter() - started
    proc.wait(timeout=60)
    if not line.startswith("painted"):
        raise SystemExit(f"{kind} child failed: {proc.stderr.read() if proc.stderr else ''}")
    return elapsed, float(line.split()[1])


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--catalog", default=str(ROOT / "catalog.db"))
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--child", choices=("floor", "grid", "thumbs"))
    parser.add_argument("--platform", choices=("offscreen", "xcb"), default="offscreen",
                        help="Qt platform: offscreen, or xcb on $DISPLAY (Xvfb + a WM)")
    args = parser.parse_args()
    if args.child == "floor":
        child_floor()
        return 0
    if args.child:
        child_app(args.catalog, args.child)
        return 0

    with tempfile.TemporaryDirectory(prefix="ui-startup-") as home:
        env = {**os.environ, "QT_QPA_PLATFORM": args.platform}
        for name in ("XDG_CACHE_HOME", "XDG_CONFIG_HOME", "XDG_DATA_HOME"):
            env[name] = str(Path(home) / name.lower())
            Path(env[name]).mkdir()
        # A visitor's Python keeps compiled bytecode (pip compiles an install; an editable one
        # caches on first run). Where the environment turns that off (PYTHONDONTWRITEBYTECODE),
        # every child would compile our sources again while the floor's PySide6 comes
        # compiled: keep the children's bytecode in a folder of this run instead.
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        env["PYTHONPYCACHEPREFIX"] = str(Path(home) / "pycache")
        spawn("grid", args.catalog, env)  # compiles; not counted
        cold, cold_cpu = spawn("thumbs", args.catalog, env)  # fills the thumbnail cache
        times: dict[str, list[float]] = {"floor": [], "grid": [], "thumbs": []}
        cpus: dict[str, list[float]] = {"floor": [], "grid": [], "thumbs": []}
        for _ in range(args.runs):
            for kind in times:
                elapsed, cpu = spawn(kind, args.catalog, env)
                times[kind].append(elapsed)
                cpus[kind].append(cpu)
    med = {kind: statistics.median(values) * 1000 for kind, values in times.items()}
    # CPU the process had used by its paint: on a shared machine, less swayed by load than
    # the wall clock (it leaves out waiting for a core), so printed beside it.
    cpu = {kind: statistics.median(values) for kind, values in cpus.items()}
    print(f"catalog: {args.catalog}  runs: {args.runs}  ({args.platform}, 1600x1000, "
          f"median ms)")
    print(f"  empty QMainWindow, first paint (floor) {med['floor']:8.0f} ms")
    print(f"  gallery grid, first paint              {med['grid']:8.0f} ms"
          f"   ratio {med['grid'] / med['floor']:.2f}")
    print(f"  gallery grid, thumbnails painted       {med['thumbs']:8.0f} ms"
          f"   ratio {med['thumbs'] / med['floor']:.2f}")
    print(f"  same, cold thumbnail cache (one run)   {cold * 1000:8.0f} ms"
          f"   ratio {cold * 1000 / med['floor']:.2f}")
    print(f"  CPU ms by the paint: floor {cpu['floor']:.0f}, grid {cpu['grid']:.0f} "
          f"(ratio {cpu['grid'] / cpu['floor']:.2f}), thumbs {cpu['thumbs']:.0f} "
          f"(ratio {cpu['thumbs'] / cpu['floor']:.2f}), cold {cold_cpu:.0f}")
    print(f"platform={args.platform} floor_ms={med['floor']:.0f} grid_ms={med['grid']:.0f} "
          f"thumbs_ms={med['thumbs']:.0f} cold_ms={cold * 1000:.0f} "
          f"ratio_grid_vs_floor={med['grid'] / med['floor']:.2f} "
          f"ratio_thumbs_vs_floor={med['thumbs'] / med['floor']:.2f} "
          f"ratio_cold_vs_floor={cold * 1000 / med['floor']:.2f} "
          f"cpu_floor_ms={cpu['floor']:.0f} cpu_grid_ms={cpu['grid']:.0f} "
          f"cpu_thumbs_ms={cpu['thumbs']:.0f} "
          f"ratio_cpu_grid_vs_floor={cpu['grid'] / cpu['floor']:.2f} "
          f"ratio_cpu_thumbs_vs_floor={cpu['thumbs'] / cpu['floor']:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
