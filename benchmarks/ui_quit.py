"""Quitting the visitor's window: the window's close to the end of its process.

Run on demand, never in CI:  python benchmarks/ui_quit.py [--catalog PATH] [--runs N]

Each run is a fresh Python process (offscreen Qt) that writes the moment its window closes;
this parent notes when the process has ended (waited on directly, so a process that has
ended but is not yet reaped by its parent is not counted as running). Two children,
interleaved run by run:
  floor   — an empty QMainWindow closed the same way, ending as a plain Python program does;
  gallery — `gallery app`'s own path (run_app: the window, its catalog, thumbnails, a work
            opened and the timeline shown first), closed and ended as the command ends it.
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

ROOT = Path(__file__).resolve().parents[1]

FLOOR = """
import sys, time
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication(sys.argv[:1])
window = QMainWindow()
window.resize(1600, 1000)
window.show()
def close():
    open(sys.argv[1], "w").write(repr(time.time()))
    window.close()
QTimer.singleShot(1500, close)
app.exec()
"""

GALLERY = """
import sys, time
from PySide6.QtCore import QTimer
from gallery.ui import main_window
shown = main_window.MainWindow.show
def show(self):
    shown(self)
    QTimer.singleShot(800, lambda: self.show_page("timeline"))
    QTimer.singleShot(1600, lambda: self.open_work(self.model.work_ids()[0]))
    def close():
        open(sys.argv[1], "w").write(repr(time.time()))
        self.close()
    QTimer.singleShot(3000, close)
main_window.MainWindow.show = show
from gallery.cli import main
sys.exit(main(["--catalog", sys.argv[2], "app"]))
"""


def one(code: str, catalog: str, env: dict[str, str]) -> float:
    with tempfile.NamedTemporaryFile("r", suffix=".t") as mark:
        process = subprocess.Popen([sys.executable, "-c", code, mark.name, catalog], env=env,
                                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        process.wait(120)
        ended = time.time()
        closed = float(Path(mark.name).read_text() or "nan")
    if process.returncode != 0:
        raise SystemExit(f"a child failed (exit {process.returncode})")
    return ended - closed


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--catalog", default=str(ROOT / "catalog.db"))
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="gallery-quit-") as home:
        env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "XDG_CONFIG_HOME": home,
               "XDG_CACHE_HOME": home, "XDG_DATA_HOME": home, "XDG_STATE_HOME": home}
        floor, ours = [], []
        for _ in range(args.runs):
            floor.append(one(FLOOR, args.catalog, env))
            ours.append(one(GALLERY, args.catalog, env))
    f, g = statistics.median(floor), statistics.median(ours)
    print(f"floor (empty window): median {f * 1000:.0f} ms")
    print(f"gallery app:          median {g * 1000:.0f} ms")
    print(f"quit_ms={g * 1000:.0f} floor_ms={f * 1000:.0f} ratio_vs_floor={g / f:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
