"""What the window's start imports: nothing of the editor, the timeline, the missions page, the
slideshow or the exports before the grid first paints (each is imported when first used), and
none of the heavy libraries only they or the counts need. Not timed: benchmarks/ui_startup.py
measures the start; this keeps it from quietly growing back.

The app runs in a fresh Python process through the real command (`gallery --catalog X`), so
nothing this test process imported counts; an event filter notes sys.modules at the first paint
of the grid with works in it, then the window is closed.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

DRIVER = r"""
import json, sys
from PySide6.QtCore import QEvent, QObject
from gallery.ui.app import create_application

app = create_application()  # the command reuses this one


class FirstPaint(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint and not getattr(self, "seen", False):
            grid = watched.parent() if hasattr(watched, "parent") else None
            if grid is not None and grid.objectName() == "worksGrid" \
                    and grid.model().rowCount():
                self.seen = True
                with open(sys.argv[2], "w") as out:
                    json.dump(sorted(sys.modules), out)
                for window in app.topLevelWidgets():
                    window.close()
        return False


watcher = FirstPaint()
app.installEventFilter(watcher)
from gallery.cli import main

sys.exit(main(["--catalog", sys.argv[1]]))
"""

# Imported only when first used: a module under one of these at the first paint is a regression.
LATER = ("gallery.ui.edit", "gallery.ui.timeline", "gallery.ui.missions",
         "gallery.ui.slideshow", "gallery.catalog.interop", "gallery.catalog.export",
         "gallery.ui.detail.provenance_timeline")
# Libraries the first screen never needs: the data-set table (sqlite-utils, and numpy, click
# behind it), facet counts (numpy: counted after the first paint), spelling (rapidfuzz).
HEAVY = ("numpy", "sqlite_utils", "click", "rapidfuzz", "dateutil")


def modules_at_first_paint(catalog: Path, tmp_path: Path) -> list[str]:
    out = tmp_path / "modules.json"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run([sys.executable, "-c", DRIVER, str(catalog), str(out)], env=env,
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert out.exists(), f"the grid never painted: {done.stderr}"
    return list(json.loads(out.read_text()))


def test_the_grid_paints_before_any_view_or_window_is_imported(ui_catalog_path: Path,
                                                                tmp_path: Path) -> None:
    modules = modules_at_first_paint(ui_catalog_path, tmp_path)
    assert "gallery.ui.browse.grid" in modules  # it was the window's grid that painted
    early = [m for m in modules if m.startswith(LATER)]
    assert early == []
    heavy = [m for m in modules if m.split(".")[0] in HEAVY]
    assert heavy == []


def test_the_check_sees_a_module_imported_too_early(ui_catalog_path: Path, tmp_path: Path,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    """The same check on a start that imports the timeline up front does see it (the filter
    is not blind): a sitecustomize imports it in the child before the app starts."""
    site = tmp_path / "site"
    site.mkdir()
    (site / "sitecustomize.py").write_text("import gallery.ui.timeline\n")
    monkeypatch.setenv("PYTHONPATH", os.pathsep.join(
        p for p in (str(site), os.environ.get("PYTHONPATH", "")) if p))
    modules = modules_at_first_paint(ui_catalog_path, tmp_path)
    assert [m for m in modules if m.startswith(LATER)]
