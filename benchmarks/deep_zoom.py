"""Deep zoom on a 10,000 x 10,000 JPEG: first view, pyramid build, tiles, memory.

Run on demand, never in CI:  python benchmarks/deep_zoom.py [--side 10000]

Each measurement runs in its own subprocess so its peak RSS (VmHWM) is its
own.  The floor is a bare Pillow full decode of the same file.  The last line
is key=value pairs for scripts.
"""

from __future__ import annotations

import argparse
import json
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

try:
    import gallery  # noqa: F401
except ImportError:  # a checkout without `pip install -e .`
    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

from PIL import Image

from gallery.imaging.thumbnails import file_sha256
from gallery.imaging.tiles import TilePyramid

FIRST_VIEW = (1920, 1080)


def status_mb(field: str) -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith(field + ":"):
            return int(line.split()[1]) / 1024
    return float("nan")


def make_source(path: Path, side: int) -> None:
    size = (side, side)
    grain = Image.effect_noise((side // 2, side // 2), 20).resize(size)
    bands = [
        Image.linear_gradient("L").resize(size),
        Image.radial_gradient("L").resize(size),
        Image.linear_gradient("L").rotate(90).resize(size),
    ]
    Image.merge("RGB", [Image.blend(b, grain, 0.35) for b in bands]).save(path, quality=90)


def part(name: str, src: Path, key: str, tiles: Path) -> dict[str, float]:
    """One measurement, in this (fresh) process."""
    base = status_mb("VmRSS")
    out: dict[str, float] = {}
    start = time.perf_counter()
    if name == "bare":
        with Image.open(src) as im:
            im.load()
    elif name == "decode":
        from gallery.imaging.decode import decode

        decode(src)
    elif name == "fitted":
        TilePyramid(src, key, tiles).fitted(*FIRST_VIEW)
    elif name == "build":
        pyramid = TilePyramid(src, key, tiles)
        pyramid.build()
        g = pyramid.geometry
        out["tiles"] = sum(g.grid(n)[0] * g.grid(n)[1] for n in range(g.levels))
        out["levels"] = g.levels
    elif name == "tiles":
        pyramid = TilePyramid(src, key, tiles)
        g = pyramid.geometry
        rng = random.Random(7)
        picks = []
        for _ in range(300):
            level = rng.randrange(g.levels)
            cols, rows = g.grid(level)
            picks.append((level, rng.randrange(cols), rng.randrange(rows)))
        start = time.perf_counter()
        for level, col, row in picks:
            pyramid.tile(level, col, row)
        out["read_ms"] = (time.perf_counter() - start) * 1000 / len(picks)
        start = time.perf_counter()
        for level, col, row in picks:
            with Image.open(pyramid.tile_path(level, col, row)) as im:
                im.load()  # what the view does before painting a tile
        out["decode_ms"] = (time.perf_counter() - start) * 1000 / len(picks)
        start = time.perf_counter()  # the total below is not meaningful here
    out["seconds"] = time.perf_counter() - start
    out["peak_mb"] = status_mb("VmHWM") - base
    return out


def run_part(name: str, src: Path, key: str, tiles: Path) -> dict[str, float]:
    done = subprocess.run(
        [sys.executable, __file__, "--part", name, str(src), key, str(tiles)],
        capture_output=True,
        text=True,
        check=True,
    )
    return json.loads(done.stdout.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--side", type=int, default=10_000)
    parser.add_argument("--part", nargs=4, metavar=("NAME", "SRC", "KEY", "TILES"))
    args = parser.parse_args()
    if args.part:
        name, src, key, tiles = args.part
        print(json.dumps(part(name, Path(src), key, Path(tiles))))
        return
    with tempfile.TemporaryDirectory(prefix="zoom-bench-") as tmp:
        src, tiles = Path(tmp) / "big.jpg", Path(tmp) / "tiles"
        t0 = time.perf_counter()
        make_source(src, args.side)
        key = file_sha256(src)
        mb = src.stat().st_size / 2**20
        print(f"source {args.side} x {args.side} JPEG, {mb:.1f} MB, "
              f"made in {time.perf_counter() - t0:.1f} s")  # fmt: skip
        r: dict[str, dict[str, float]] = {}
        for name in ("bare", "decode", "fitted", "bare", "decode", "fitted", "build"):
            got = run_part(name, src, key, tiles)  # twice each: keep the faster
            if name not in r or got["seconds"] < r[name]["seconds"]:
                r[name] = got
        r["tiles"] = run_part("tiles", src, key, tiles)
    floor_s, floor_mb = r["bare"]["seconds"], r["bare"]["peak_mb"]
    print(f"\n{'measurement':<34}{'seconds':>9}{'peak MB':>9}{'time/floor':>12}{'mem/floor':>11}")
    for name, label in (
        ("bare", "floor: bare Pillow full decode"),
        ("decode", "our full decode"),
        ("fitted", f"first view fitted {FIRST_VIEW[0]}x{FIRST_VIEW[1]}"),
        ("build", f"pyramid build ({r['build']['tiles']:.0f} tiles)"),
    ):
        s, m = r[name]["seconds"], r[name]["peak_mb"]
        print(f"{label:<34}{s:>9.3f}{m:>9.0f}{s / floor_s:>11.2f}x{m / floor_mb:>10.2f}x")
    t = r["tiles"]
    print(f"{'one tile: read bytes':<34}{t['read_ms'] / 1000:>9.5f}")
    print(f"{'one tile: read + decode':<34}{(t['read_ms'] + t['decode_ms']) / 1000:>9.5f}"
          f"{t['peak_mb']:>9.0f}")  # fmt: skip
    summary = {
        "floor_decode_s": floor_s,
        "floor_peak_mb": floor_mb,
        "decode_s": r["decode"]["seconds"],
        "decode_peak_mb": r["decode"]["peak_mb"],
        "first_view_s": r["fitted"]["seconds"],
        "first_view_peak_mb": r["fitted"]["peak_mb"],
        "first_view_vs_floor": r["fitted"]["seconds"] / floor_s,
        "build_s": r["build"]["seconds"],
        "build_peak_mb": r["build"]["peak_mb"],
        "build_mem_vs_floor": r["build"]["peak_mb"] / floor_mb,
        "tiles": r["build"]["tiles"],
        "tile_read_ms": t["read_ms"],
        "tile_decode_ms": t["decode_ms"],
    }
    print(" ".join(f"{k}={v:.4g}" for k, v in summary.items()))


if __name__ == "__main__":
    main()
