"""Thumbnail throughput: our path against the bare reduced decode (the floor).

Run on demand, never in CI:  python benchmarks/thumbnails.py [--rounds N]

Makes 6000 x 4000 JPEGs (baseline and progressive) and a PNG in a temp dir,
then times, per kind, thumbnails/s for: the bare draft-mode decode (floor),
our make_thumbnail, our cache cold (make + store), warm from disk, warm from
memory, a naive full decode + resize, and Pillow's own Image.thumbnail().
The last line is key=value pairs for scripts.
"""

from __future__ import annotations

import argparse
import hashlib
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

try:
    import gallery  # noqa: F401
except ImportError:  # a checkout without `pip install -e .`
    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

from PIL import Image

from gallery.imaging.thumbnails import (
    ThumbnailCache,
    encode_thumbnail,
    make_thumbnail,
)

SIZE = (256, 256)
SOURCE = (6000, 4000)
COPIES = 3  # distinct files per kind, so the OS cache is not one file


def painting(seed: int) -> Image.Image:
    """Smooth gradients plus grain: compresses like a photographed canvas."""
    w, h = SOURCE
    grain = Image.effect_noise((w // 2, h // 2), 18 + seed).resize(SOURCE)
    bands = [
        Image.linear_gradient("L").resize(SOURCE),
        Image.radial_gradient("L").resize(SOURCE),
        Image.linear_gradient("L").rotate(90 + 40 * seed).resize(SOURCE),
    ]
    return Image.merge("RGB", [Image.blend(b, grain, 0.35) for b in bands])


def make_sources(folder: Path) -> dict[str, list[Path]]:
    kinds: dict[str, list[Path]] = {"jpeg": [], "progressive": [], "png": []}
    for i in range(COPIES):
        im = painting(i)
        for kind, name, args in (
            ("jpeg", f"b{i}.jpg", {"quality": 90}),
            ("progressive", f"p{i}.jpg", {"quality": 90, "progressive": True}),
            ("png", f"n{i}.png", {"compress_level": 3}),
        ):
            im.save(folder / name, **args)
            kinds[kind].append(folder / name)
    return kinds


def floor(path: Path) -> None:
    """The least any JPEG thumbnailer must do: a reduced (DCT-scaled) decode."""
    with Image.open(path) as im:
        if im.format == "JPEG":
            im.draft("RGB", (SIZE[0] * 2, SIZE[1] * 2))
        im.load()


def naive(path: Path) -> bytes:
    with Image.open(path) as im:
        im.load()
        ratio = min(SIZE[0] / im.width, SIZE[1] / im.height)
        small = im.convert("RGB").resize(
            (round(im.width * ratio), round(im.height * ratio)), Image.Resampling.LANCZOS
        )
    return encode_thumbnail(small)


def pillow_thumbnail(path: Path) -> bytes:
    with Image.open(path) as im:
        im.thumbnail(SIZE)
        return encode_thumbnail(im.convert("RGB"))


def per_second(fn: Callable[[Path], object], paths: list[Path]) -> float:
    start = time.perf_counter()
    for p in paths:
        fn(p)
    return len(paths) / (time.perf_counter() - start)


def bench_kind(kind: str, paths: list[Path], folder: Path, rounds: int) -> dict[str, float]:
    """Time every method on one kind of source; print a table block."""
    results: dict[str, float] = {}
    counter = iter(range(10**9))

    def fresh_key(_: Path) -> str:
        return hashlib.sha256(f"{kind}{next(counter)}".encode()).hexdigest()

    cold_dir = folder / f"cold-{kind}"
    cold = ThumbnailCache(cold_dir, memory_bytes=0)
    warm_key = {p: fresh_key(p) for p in paths}
    for p in paths:
        cold.get_or_make(p, warm_key[p], SIZE)
    disk = ThumbnailCache(cold_dir, memory_bytes=0)
    memory = ThumbnailCache(cold_dir)
    for p in paths:
        memory.get(warm_key[p], SIZE)
    hot = paths * 50  # warm hits are fast: time many
    methods: list[tuple[str, str, Callable[[Path], object], list[Path]]] = [
        ("floor", "floor: draft decode", floor, paths),
        ("ours", "make_thumbnail", lambda p: make_thumbnail(p, SIZE), paths),
        ("cold", "cache cold", lambda p: cold.get_or_make(p, fresh_key(p), SIZE), paths),
        ("disk", "cache warm (disk)", lambda p: disk.get(warm_key[p], SIZE), hot),
        ("memory", "cache warm (memory)", lambda p: memory.get(warm_key[p], SIZE), hot),
        ("naive", "naive full decode", naive, paths),
        ("pillow", "Pillow thumbnail()", pillow_thumbnail, paths),
    ]
    # Rounds interleave the methods so background load hits them alike;
    # each method keeps its best round.
    best = {key: 0.0 for key, *_ in methods}
    for _ in range(rounds):
        for key, _label, fn, ps in methods:
            best[key] = max(best[key], per_second(fn, ps))
    base = best["floor"]
    for key, label, _fn, _ps in methods:
        rate = best[key]
        print(f"{kind:<12}{label:<22}{rate:>10.1f}{1000 / rate:>10.3f}{base / rate:>9.2f}x")
        results[f"{kind}_{key}"] = rate
    for c in (cold, disk, memory):
        c.close()
    print()
    return results


def run(rounds: int) -> dict[str, float]:
    results: dict[str, float] = {}
    with tempfile.TemporaryDirectory(prefix="thumb-bench-") as tmp:
        folder = Path(tmp)
        t0 = time.perf_counter()
        kinds = make_sources(folder)
        print(f"made {COPIES * 3} sources of {SOURCE[0]} x {SOURCE[1]} "
              f"in {time.perf_counter() - t0:.1f} s")  # fmt: skip
        print(f"\n{'kind':<12}{'method':<22}{'thumbs/s':>10}{'ms each':>10}{'vs floor':>10}")
        for kind, paths in kinds.items():
            results.update(bench_kind(kind, paths, folder, rounds))
        print("PNG has no reduced decode in Pillow: its floor is the bare full decode.")
    return results


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args()
    r = run(args.rounds)
    summary = {}
    for kind in ("jpeg", "progressive", "png"):
        summary[f"{kind}_floor_per_s"] = r[f"{kind}_floor"]
        summary[f"{kind}_ours_per_s"] = r[f"{kind}_ours"]
        summary[f"{kind}_ours_vs_floor"] = r[f"{kind}_floor"] / r[f"{kind}_ours"]
        summary[f"{kind}_cold_vs_floor"] = r[f"{kind}_floor"] / r[f"{kind}_cold"]
        summary[f"{kind}_naive_vs_floor"] = r[f"{kind}_floor"] / r[f"{kind}_naive"]
        summary[f"{kind}_pillow_vs_floor"] = r[f"{kind}_floor"] / r[f"{kind}_pillow"]
        summary[f"{kind}_warm_disk_ms"] = 1000 / r[f"{kind}_disk"]
        summary[f"{kind}_warm_memory_ms"] = 1000 / r[f"{kind}_memory"]
    print(" ".join(f"{k}={v:.4g}" for k, v in summary.items()))


if __name__ == "__main__":
    main()
