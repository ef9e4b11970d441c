"""The visitor's other pages: a work's page, the timeline and the missions, to their first paint.

Run on demand, never in CI:
    python benchmarks/ui_pages.py [--catalog PATH] [--runs N] [--works N] [--platform offscreen|xcb]
(xcb: a real X server, e.g. Xvfb with openbox, on $DISPLAY)

Each run is a fresh Python process with the main window at 1600x1000 on the catalog, its grid
painted and settled. In it, timed from the call that shows the page to the paint that shows
its content (events processed in between, the real background workers):
  floor     — an empty page of the same size switched to in the same stack: what showing a
              page costs by itself;
  work      — `open_work` from the grid to the image canvas painted with the fitted picture,
              warm (each work opened once before, so its tiles are cached: the median of
              `--works` works);
  timeline  — the first showing of the timeline in the process (importing and building the
              view, reading its data on the worker) to its first paint with the data;
  missions  — the same for the missions page.
Each figure is also given in CPU time (every thread of the process, to the paint): the clock
on a machine shared with other work is noisy, CPU time much less. Prints the medians over the
runs beside the floor; the last line is key=value pairs.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(Path(__file__).resolve().parent))


def child(catalog: str, works: int) -> dict[str, float]:
    from PySide6.QtWidgets import QApplication, QWidget

    import ui_probes
    from gallery.catalog.store import Catalog
    from gallery.ui.app import create_application
    from gallery.ui.launch import wait_until_settled
    from gallery.ui.main_window import MainWindow
    from gallery.ui.settings import Settings
    from gallery.ui.workers import CatalogService

    app = create_application()
    window = MainWindow(CatalogService(Catalog.open(catalog, writer=False)),
                        Settings(Path(os.environ["XDG_CONFIG_HOME"]) / "bench.ini"))
    window.languages.start("en")
    window.resize(1600, 1000)
    window.show()
    wait_until_settled(window)

    painted = ui_probes.paint_probe(app)

    cpu_used: dict[str, list[float]] = {}

    def time_until_painted(show: Any, target: Any, ready: Any = lambda: True,
                           figure: str = "") -> float:
        painted.target, painted.ready, painted.seen = lambda: target, ready, False
        started, cpu_started = time.perf_counter(), ui_probes.cpu_seconds()
        show()
        deadline = started + 60
        while not painted.seen:
            if time.perf_counter() > deadline:
                raise SystemExit("timed out")
            app.processEvents()
            time.sleep(0.0005)
        cpu_used.setdefault(figure, []).append(painted.cpu_at - cpu_started)
        return painted.at - started

    class Blank(QWidget):
        pass

    blank = Blank()
    window.pages.addWidget(blank)
    floor = time_until_painted(lambda: window.pages.setCurrentWidget(blank), blank,
                               figure="floor")
    window.show_page("browse")
    wait_until_settled(window)

    canvas = window.detail.canvas
    ids = [w for w in window.model.work_ids()][:works]
    for work_id in ids:  # once each: the tiles and the fitted base made and cached
        window.open_work(work_id)
        wait_until_settled(window)
        window.go_back()
    opened = []
    for work_id in ids:
        window.show_page("browse")
        app.processEvents()
        before = canvas._generation  # the new work's picture, not the last one's
        opened.append(time_until_painted(
            lambda w=work_id: window.open_work(w), canvas,
            lambda b=before: canvas._generation > b and canvas._base is not None, "work"))
        wait_until_settled(window)
    window.show_page("browse")
    wait_until_settled(window)

    figures = {"floor": floor, "work": statistics.median(opened)}
    for kind in ("timeline", "missions"):
        slot = getattr(window, kind)
        figures[kind] = time_until_painted(
            lambda k=kind: window.show_page(k), slot,
            lambda s=slot: s.view is not None and not s._loading, kind)
        wait_until_settled(window)
        window.show_page("browse")
    window.close()
    window.shutdown()
    QApplication.processEvents()
    figures.update({f"{k}_cpu": statistics.median(v) for k, v in cpu_used.items()})
    return {k: v * 1000 for k, v in figures.items()}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--catalog", default=str(ROOT / "catalog.db"))
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--works", type=int, default=5, help="works opened per run")
    parser.add_argument("--platform", choices=("offscreen", "xcb"), default="offscreen",
                        help="Qt platform: offscreen, or xcb on $DISPLAY (Xvfb + a WM)")
    parser.add_argument("--child", action="store_true")
    args = parser.parse_args()
    if args.child:
        print(json.dumps(child(args.catalog, args.works)), flush=True)
        return 0

    runs: list[dict[str, float]] = []
    with tempfile.TemporaryDirectory(prefix="ui-pages-") as home:
        env = {**os.environ, "QT_QPA_PLATFORM": args.platform}
        for name in ("XDG_CACHE_HOME", "XDG_CONFIG_HOME", "XDG_DATA_HOME"):
            env[name] = str(Path(home) / name.lower())
            Path(env[name]).mkdir()
        for _ in range(args.runs):
            done = subprocess.run([sys.executable, __file__, "--child", "--catalog",
                                   args.catalog, "--works", str(args.works)],
                                  capture_output=True, text=True, env=env, timeout=600)
            if done.returncode != 0:
                raise SystemExit(f"child failed: {done.stderr.strip()[-2000:]}")
            runs.append(json.loads(done.stdout.strip().splitlines()[-1]))
    med = {k: statistics.median(r[k] for r in runs) for k in runs[0]}
    floor = med["floor"]
    print(f"catalog: {args.catalog}  runs: {args.runs}  ({args.platform}, 1600x1000, "
          f"median ms)")
    print(f"  an empty page shown (floor)                   {floor:7.1f} ms")
    for key, text, target in (("work", "a work's page, fitted image (warm)", 100),
                              ("timeline", "the timeline, first showing", 150),
                              ("missions", "the missions page, first showing", 150)):
        print(f"  {text:<45} {med[key]:7.1f} ms   ratio {med[key] / floor:5.1f}   "
              f"(target {target} ms; CPU {med[key + '_cpu']:.0f} ms, floor's "
              f"{med['floor_cpu']:.0f} ms)")
    print(f"platform={args.platform} floor_ms={floor:.1f} work_ms={med['work']:.1f} "
          f"floor_cpu_ms={med['floor_cpu']:.1f} work_cpu_ms={med['work_cpu']:.1f} "
          f"timeline_cpu_ms={med['timeline_cpu']:.1f} "
          f"missions_cpu_ms={med['missions_cpu']:.1f} "
          f"timeline_ms={med['timeline']:.1f} missions_ms={med['missions']:.1f} "
          f"ratio_work_vs_floor={med['work'] / floor:.1f} "
          f"ratio_timeline_vs_floor={med['timeline'] / floor:.1f} "
          f"ratio_missions_vs_floor={med['missions'] / floor:.1f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
