"""File ▸ Open Recent keeps what other gallery processes added (issue 15 review): each
process merges into the list on disk instead of writing back the list it read at start.
Two real processes write one real settings file, turn by turn, each kept open throughout."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

WRITER = r"""
import json, sys
from gallery.ui.settings import Settings
settings = Settings(sys.argv[1])
print(json.dumps(settings.recent()), flush=True)  # read once at start, as a window does
for line in sys.stdin:
    print(json.dumps(settings.add_recent(line.strip())), flush=True)
"""


class Writer:
    """A gallery process holding the settings file open, adding a catalog when told."""

    def __init__(self, settings: Path) -> None:
        self.process = subprocess.Popen([sys.executable, "-c", WRITER, str(settings)],
                                        stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                        text=True)
        self.started_with = self._answer()

    def _answer(self) -> list[str]:
        assert self.process.stdout is not None
        return json.loads(self.process.stdout.readline())

    def add(self, path: Path) -> list[str]:
        assert self.process.stdin is not None
        self.process.stdin.write(f"{path}\n")
        self.process.stdin.flush()
        return self._answer()

    def close(self) -> None:
        assert self.process.stdin is not None and self.process.stdout is not None
        self.process.stdin.close()
        code = self.process.wait(60)
        self.process.stdout.close()
        assert code == 0


def test_two_processes_keep_each_others_recent_catalogs(tmp_path: Path) -> None:
    settings = tmp_path / "gallery.ini"
    a, b, c, d = (str((tmp_path / f"{n}.db").resolve()) for n in "abcd")
    first, second = Writer(settings), Writer(settings)
    try:
        assert first.started_with == second.started_with == []
        assert first.add(Path(a)) == [a]
        assert second.add(Path(b)) == [b, a]  # second started before a was added
        assert first.add(Path(c)) == [c, b, a]  # b, added by the other process, stays
        assert second.add(Path(a)) == [a, c, b]  # most recent first, never twice
        assert first.add(Path(d)) == [d, a, c, b]
    finally:
        first.close()
        second.close()
    from gallery.ui.settings import Settings

    assert Settings(settings).recent() == [d, a, c, b]


def test_the_file_menu_shows_a_catalog_another_process_opened(window: Any,
                                                              tmp_path: Path) -> None:
    other = (tmp_path / "elsewhere.db").resolve()
    writer = Writer(window.settings.path)
    try:
        writer.add(other)
    finally:
        writer.close()
    window.actions_.file_menu.aboutToShow.emit()  # what opening the File menu does first
    shown = [a.toolTip() for a in window.actions_.recent_menu.actions()]
    assert shown[0] == str(other)
    assert str(Path(window.service.catalog.path).resolve()) in shown
