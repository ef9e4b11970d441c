"""Slideshow endurance: thousands of slides at an accelerated pace, memory must stay flat.

Run on demand, never in CI:

    python benchmarks/slideshow_soak.py --slides 10000 --interval-ms 40

Builds a temporary catalog of stand-in-like JPEGs (3000 x 2000 by default) made with Pillow,
plus the files an exhibition meets sooner or later: a truncated JPEG, a missing file and a
0-byte file. Runs the real SlideshowWindow offscreen on a 1920 x 1080 screen with real worker
threads and cross-fades, samples the process RSS (VmRSS, not tracemalloc) and the slowest
animation frame, and at the same time runs the floor in a second process: an empty fullscreen
QWidget, sampled the same way. The last line is key=value pairs. Exits 1 if the show stalled
or stopped, if RSS grew more than --max-growth-mib after the warm-up (growth: the median of
the last fifth of the RSS samples against the median of the first fifth; the per-1000 figure is
the least-squares slope over all samples after the warm-up), if the pace after the warm-up
(slides delivered per second against the 1000/--interval-ms asked) fell below --min-pace, or
if an animation frame came later than --frame-budget-ms. `--platform xcb` runs on the real X
display in $DISPLAY instead (the real-X endurance run, e.g. under Xvfb with openbox).
"""

from __future__ import annotations

import argparse
import json
import os
import signal
import subprocess
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path

try:
    import gallery  # noqa: F401
except ImportError:  # a checkout without `pip install -e .`
    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

GOOD = 6  # distinct pictures; the playlist interleaves them with the broken files


def rss_mib(pid: int | str = "self") -> float:
    with open(f"/proc/{pid}/status", encoding="ascii") as handle:
        for line in handle:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return 0.0


def private_environment(folder: Path, screen: tuple[int, int], platform: str) -> None:
    """Offscreen Qt on one screen of the given size (or the real X display in $DISPLAY);
    XDG folders inside `folder`."""
    layout = folder / "screens.json"
    layout.write_text(json.dumps({"screens": [{
        "name": "SOAK-1", "x": 0, "y": 0, "width": screen[0], "height": screen[1],
        "dpr": 1, "logicalDpi": 96, "logicalBaseDpi": 96}]}))
    os.environ["QT_QPA_PLATFORM"] = ("xcb" if platform == "xcb"
                                     else f"offscreen:configfile={layout}")
    for name in ("XDG_CACHE_HOME", "XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_STATE_HOME"):
        os.environ[name] = str(folder / name.lower())


def build_catalog(folder: Path, size: tuple[int, int]) -> Path:
    from PIL import Image

    from gallery.catalog.store import Catalog

    path = folder / "catalog.db"
    images = folder / "images"
    images.mkdir()
    w, h = size
    items = []
    with Catalog.open(path, create=True, who="soak") as catalog:
        for i in range(GOOD):
            bands = [Image.linear_gradient("L").rotate(60 * i).resize(size),
                     Image.effect_noise(size, 30 + 5 * i),
                     Image.radial_gradient("L").resize(size)]
            Image.merge("RGB", bands).save(images / f"good-{i}.jpg", quality=90)
            items.append(f"good-{i}")
        Image.merge("RGB", bands).save(images / "truncated.jpg", quality=90)
        data = (images / "truncated.jpg").read_bytes()
        (images / "truncated.jpg").write_bytes(data[: len(data) // 3])
        (images / "empty.jpg").write_bytes(b"")
        broken = {"broken-truncated": "truncated.jpg", "broken-missing": "missing.jpg",
                  "broken-empty": "empty.jpg"}
        for work_id in items:
            catalog.save({"id": work_id, "title": f"Stand-in {work_id}", "title_ru": "Заместитель",
                          "date_display": "1965", "medium": "oil on canvas",
                          "image_path": f"{work_id}.jpg", "image_is_standin": True,
                          "image_width": w, "image_height": h}, None)
        for work_id, name in broken.items():
            catalog.save({"id": work_id, "title": work_id, "image_path": name}, None)
        order = ["good-0", "broken-truncated", "good-1", "broken-missing", "good-2",
                 "broken-empty", "good-3", "good-4", "good-5"]
        catalog.save_record("playlists", {"id": "soak", "name": "Soak", "kind": "list",
                                          "items": [{"work_id": x} for x in order]}, None)
    return path


FLOOR = r"""
import signal, sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QWidget
app = QApplication([])
w = QWidget(); w.setStyleSheet("background: black;"); w.showFullScreen()
def rss():
    for line in open("/proc/self/status"):
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
samples = []
tick = QTimer(); tick.timeout.connect(lambda: samples.append(rss())); tick.start(1000)
signal.signal(signal.SIGTERM, lambda *a: app.quit())
pump = QTimer(); pump.timeout.connect(lambda: None); pump.start(200)
print("ready", flush=True)
app.exec()
samples.append(rss())
print(f"{samples[min(2, len(samples) - 1)]:.1f} {samples[-1]:.1f}", flush=True)
"""


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--slides", type=int, default=1000, help="slides to show")
    parser.add_argument("--interval-ms", type=int, default=40, help="time per slide")
    parser.add_argument("--image-size", default="3000x2000")
    parser.add_argument("--screen", default="1920x1080")
    parser.add_argument("--transition", default="fade", choices=["fade", "panzoom", "none"])
    parser.add_argument("--max-growth-mib", type=float, default=5.0)
    parser.add_argument("--min-pace", type=float, default=0.9,
                        help="fail below this share of the slides per second asked")
    parser.add_argument("--frame-budget-ms", type=float, default=50.0,
                        help="fail if any animation frame came later than this")
    parser.add_argument("--platform", choices=["offscreen", "xcb"], default="offscreen")
    parser.add_argument("--progress", type=int, default=1000, help="print a line every N")
    parser.add_argument("--samples", type=Path, help="write the RSS samples (slide,MiB) here")
    parser.add_argument("--trace-python", action="store_true",
                        help="diagnosis only: also track Python's own heap (tracemalloc) and "
                             "print the biggest growth by line at the end")
    args = parser.parse_args()
    image_size = tuple(int(v) for v in args.image_size.split("x"))
    screen = tuple(int(v) for v in args.screen.split("x"))
    with tempfile.TemporaryDirectory(prefix="slideshow-soak-") as tmp:
        folder = Path(tmp)
        private_environment(folder, screen, args.platform)  # type: ignore[arg-type]
        catalog = build_catalog(folder, image_size)  # type: ignore[arg-type]
        floor = subprocess.Popen([sys.executable, "-c", FLOOR], stdout=subprocess.PIPE,
                                 text=True, env=os.environ.copy())
        assert floor.stdout is not None
        floor.stdout.readline()
        try:
            result = soak(catalog, args)
        finally:
            floor.send_signal(signal.SIGTERM)
            floor_out = floor.communicate(timeout=30)[0].split()
    floor_start, floor_end = (float(floor_out[0]), float(floor_out[1])) if floor_out else (0, 0)
    result.update(floor_rss_start_mib=floor_start, floor_rss_end_mib=floor_end,
                  ratio_vs_floor=round(result["rss_end_mib"] / floor_end, 2) if floor_end else 0)
    print(f"floor (empty fullscreen QWidget, same time): {floor_start:.1f} → "
          f"{floor_end:.1f} MiB")
    print(" ".join(f"{k}={v}" for k, v in result.items()))
    return 0 if result["ok"] else 1


def soak(catalog: Path, args: argparse.Namespace) -> dict[str, object]:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from gallery.ui.slideshow.config import SlideshowConfig
    from gallery.ui.slideshow.window import SlideshowWindow

    class NoInhibit:
        name = "none"

        def inhibit(self, reason: str, window_id: int) -> bool:
            return False

        def release(self) -> None:
            pass

    from gallery.ui.slideshow import engine, memory

    trims: list[float] = []
    real_trim = memory.trim

    def timed_trim() -> None:
        began = time.perf_counter()
        real_trim()
        trims.append((time.perf_counter() - began) * 1000)

    engine.memory.trim = timed_trim  # type: ignore[attr-defined]
    app = QApplication([])
    interval = args.interval_ms / 1000
    config = SlideshowConfig(catalog, ("soak",), interval_s=interval,
                             transition=args.transition, fade_ms=max(1, args.interval_ms // 3),
                             retry_s=5)
    show = SlideshowWindow(config, inhibitor=NoInhibit())
    warmup = min(500, max(1, args.slides // 10))
    state: dict[str, object] = {"last": time.monotonic(), "stalled": None, "samples": [],
                                "warm_at": None}
    rss_start = [0.0]
    began = time.monotonic()

    def shown(work_id: str) -> None:
        n = show.engine.slides_shown
        state["last"] = time.monotonic()
        if n == warmup:
            rss_start[0] = rss_mib()
            state["warm_at"] = time.monotonic()
            show.canvas.slowest_frame_ms = 0.0  # start-up frames are not the steady state
            show.canvas.slowest_paint_ms = 0.0
            show.canvas.slow_frames = 0
            show.canvas.slowest_frame_cpu_ms = 0.0
            if args.trace_python:
                state["snapshot"] = tracemalloc.take_snapshot()
        if n >= warmup and n % 50 == 0:
            state["samples"].append((n, rss_mib()))  # type: ignore[union-attr]
        if n % args.progress == 0:
            print(f"{n:>6} slides  {show.engine.slides_skipped:>6} skipped  "
                  f"RSS {rss_mib():7.1f} MiB  {time.monotonic() - began:7.1f} s",
                  file=sys.stderr, flush=True)
        if n >= args.slides:
            show.stop()
            app.quit()

    def watchdog() -> None:
        quiet = time.monotonic() - float(state["last"])  # type: ignore[arg-type]
        if quiet > max(10.0, 50 * interval) or show.engine.mode not in ("playing", "starting"):
            state["stalled"] = f"mode={show.engine.mode} quiet={quiet:.1f}s"
            show.stop()
            app.quit()

    show.slideShown.connect(shown)
    if args.trace_python:
        tracemalloc.start(8)
    dog = QTimer()
    dog.timeout.connect(watchdog)
    dog.start(1000)
    show.start()
    app.exec()
    dog.stop()
    wall = time.monotonic() - began
    rss_end = rss_mib()
    if args.trace_python and "snapshot" in state:
        diff = tracemalloc.take_snapshot().compare_to(state["snapshot"], "lineno")  # type: ignore[arg-type]
        for stat in diff[:12]:
            print(f"python heap: {stat}", file=sys.stderr)
    if args.samples:
        args.samples.write_text("".join(f"{n},{mib:.2f}\n" for n, mib in state["samples"]))  # type: ignore[union-attr]
    samples: list[tuple[int, float]] = state["samples"]  # type: ignore[assignment]
    slope = _slope(samples) * 1000 if len(samples) > 2 else 0.0
    # RSS swings by a frame or two (8 MB each) depending on the moment it is read, so growth
    # compares the medians of the first and the last fifth of the samples, not two readings.
    fifth = max(1, len(samples) // 5)
    if len(samples) >= 4:
        growth = _median(samples[-fifth:]) - _median(samples[:fifth])
    else:
        growth = rss_end - rss_start[0]
    stalled = state["stalled"]
    if stalled:
        print(f"STALLED: {stalled}", file=sys.stderr)
    # The pace after the warm-up: the slides delivered per second against those asked for.
    asked = 1000 / args.interval_ms
    warm_at = state["warm_at"]
    steady_s = time.monotonic() - float(warm_at) if warm_at else 0.0  # type: ignore[arg-type]
    delivered = (show.engine.slides_shown - warmup) / steady_s if steady_s > 0 else 0.0
    pace = delivered / asked
    misses = []
    if pace < args.min_pace:
        misses.append(f"pace {delivered:.2f} of {asked:.2f} slides/s asked ({pace:.0%})")
    if show.canvas.slowest_frame_ms > args.frame_budget_ms:
        misses.append(f"a frame came {show.canvas.slowest_frame_ms:.0f} ms after the one before"
                      f" (budget {args.frame_budget_ms:g} ms)")
    if growth >= args.max_growth_mib:
        misses.append(f"RSS grew {growth:.1f} MiB")
    for miss in misses:
        print(f"MISSED: {miss}", file=sys.stderr)
    ok = (not stalled and not misses and show.engine.slides_shown >= args.slides
          and show.engine.slides_skipped > 0)
    return {
        "slides_shown": show.engine.slides_shown, "slides_skipped": show.engine.slides_skipped,
        "rss_start_mib": round(rss_start[0], 1), "rss_end_mib": round(rss_end, 1),
        "rss_min_mib": round(min((p[1] for p in samples), default=0), 1),
        "rss_max_mib": round(max((p[1] for p in samples), default=0), 1),
        "growth_mib": round(growth, 2), "growth_per_1000_mib": round(slope, 3),
        "slowest_frame_ms": round(show.canvas.slowest_frame_ms, 1),
        "slowest_frame_cpu_ms": round(show.canvas.slowest_frame_cpu_ms, 1),
        "slowest_paint_ms": round(show.canvas.slowest_paint_ms, 1),
        "slowest_trim_ms": round(max(trims, default=0.0), 1),
        "frames_over_50ms": show.canvas.slow_frames,
        "wall_s": round(wall, 1), "slides_per_s": round(show.engine.slides_shown / wall, 2),
        "asked_per_s": round(asked, 2), "delivered_per_s": round(delivered, 2),
        "pace": round(pace, 3), "frame_budget_ms": args.frame_budget_ms,
        "stalled": int(bool(stalled)), "ok": int(ok),
    }


def _median(points: list[tuple[int, float]]) -> float:
    values = sorted(p[1] for p in points)
    middle = len(values) // 2
    return values[middle] if len(values) % 2 else (values[middle - 1] + values[middle]) / 2


def _slope(points: list[tuple[int, float]]) -> float:
    """Least-squares MiB per slide."""
    n = len(points)
    mean_x = sum(p[0] for p in points) / n
    mean_y = sum(p[1] for p in points) / n
    var = sum((p[0] - mean_x) ** 2 for p in points)
    return sum((p[0] - mean_x) * (p[1] - mean_y) for p in points) / var if var else 0.0


if __name__ == "__main__":
    sys.exit(main())
