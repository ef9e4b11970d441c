"""The curator's editor opening on a 100,000-work catalog, to its first paint with its list.

Run on demand, never in CI:
    python benchmarks/ui_editor.py [--works 100000] [--runs N] [--platform offscreen|xcb]
(xcb: a real X server, e.g. Xvfb with openbox, on $DISPLAY)

Uses the synthetic catalog benchmarks/ui_scroll.py builds (built here too if missing). Each
run is a fresh Python process with the QApplication made; timed in it:
  floor — an empty QMainWindow shown, to its first paint;
  ours  — `gallery.ui.edit.open_editor` (importing the editor, opening the catalog for
          writing, building the window) to the first paint of the window with rows in its
          record list; the list is lazy: it shows its first rows and pages in the rest as the
          view scrolls, which the run reports (rows shown of rows listed).
Prints the medians beside the floor and the ratio; the last line is key=value pairs.
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

sys.path.insert(0, str(Path(__file__).resolve().parent))


def child(path: str) -> dict[str, float]:
    from PySide6.QtWidgets import QApplication, QMainWindow

    import ui_probes
    from gallery.ui.app import create_application

    app = create_application()

    painted = ui_probes.paint_probe(app)

    def wait() -> None:
        deadline = time.perf_counter() + 120
        while not painted.seen:
            if time.perf_counter() > deadline:
                raise SystemExit("timed out")
            app.processEvents()
            time.sleep(0.0005)

    empty = QMainWindow()
    empty.resize(1400, 900)
    painted.target = lambda: empty
    started, cpu_started = time.perf_counter(), ui_probes.cpu_seconds()
    empty.show()
    wait()
    floor, floor_cpu = painted.at - started, painted.cpu_at - cpu_started
    empty.close()
    app.processEvents()

    holder: dict[str, Any] = {}
    painted.target, painted.seen = lambda: holder.get("window"), False
    painted.ready = lambda: holder["window"].panel.model.rowCount() > 0
    started, cpu_started = time.perf_counter(), ui_probes.cpu_seconds()
    from gallery.ui.edit import open_editor

    holder["window"] = open_editor(Path(path))
    wait()
    ours, ours_cpu = painted.at - started, painted.cpu_at - cpu_started
    window = holder["window"]
    shown, listed = window.panel.model.rowCount(), window.panel.model.total
    window.close()
    QApplication.processEvents()
    return {"floor": floor * 1000, "ours": ours * 1000, "floor_cpu": floor_cpu * 1000,
            "ours_cpu": ours_cpu * 1000, "shown": shown, "listed": listed}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--works", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--platform", choices=("offscreen", "xcb"), default="offscreen",
                        help="Qt platform: offscreen, or xcb on $DISPLAY (Xvfb + a WM)")
    parser.add_argument("--child")
    args = parser.parse_args()
    if args.child:
        print(json.dumps(child(args.child)), flush=True)
        return 0

    import ui_scroll

    path = ui_scroll.FOLDER / f"catalog-{args.works}.db"
    if not path.exists():
        ui_scroll.FOLDER.mkdir(exist_ok=True)
        ui_scroll.build(path, args.works)
    runs = []
    with tempfile.TemporaryDirectory(prefix="ui-editor-") as home:
        # A curator's name is kept already: the editor does not stop to ask for it.
        env = {**os.environ, "QT_QPA_PLATFORM": args.platform, "GALLERY_CURATOR": "benchmark"}
        for name in ("XDG_CACHE_HOME", "XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_STATE_HOME"):
            env[name] = str(Path(home) / name.lower())
            Path(env[name]).mkdir()
        for _ in range(args.runs):
            done = subprocess.run([sys.executable, __file__, "--child", str(path)],
                                  capture_output=True, text=True, env=env, timeout=600)
            if done.returncode != 0:
                raise SystemExit(f"child failed: {done.stderr.strip()[-2000:]}")
            runs.append(json.loads(done.stdout.strip().splitlines()[-1]))
    floor = statistics.median(r["floor"] for r in runs)
    ours = statistics.median(r["ours"] for r in runs)
    floor_cpu = statistics.median(r["floor_cpu"] for r in runs)
    ours_cpu = statistics.median(r["ours_cpu"] for r in runs)
    shown, listed = int(runs[-1]["shown"]), int(runs[-1]["listed"])
    print(f"{args.works:,} works, {args.platform}; runs: {args.runs} (median ms)")
    print(f"  empty QMainWindow, first paint (floor)   {floor:7.0f} ms")
    print(f"  the editor with its record list          {ours:7.0f} ms   ratio "
          f"{ours / floor:.1f}   (target 1000 ms; list shows {shown:,} of {listed:,} rows)")
    print(f"  CPU time (every thread): floor {floor_cpu:.0f} ms, the editor {ours_cpu:.0f} ms")
    print(f"platform={args.platform} works={args.works} floor_ms={floor:.0f} "
          f"editor_ms={ours:.0f} ratio_editor_vs_floor={ours / floor:.1f} "
          f"floor_cpu_ms={floor_cpu:.0f} editor_cpu_ms={ours_cpu:.0f} "
          f"list_rows_shown={shown} list_rows={listed}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
