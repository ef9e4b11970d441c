"""Every draft of an editor that is gone is offered at start-up (issue 20 review), with real
editor processes: one killed twice over one work whose record was imported over meanwhile, one
killed on another work, and one still running (whose draft is never offered)."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from test_edit_support import FakePrompts, field, make_editor

pytestmark = pytest.mark.qt_log_ignore("^This plugin does not support")  # offscreen only
HERE = Path(__file__).resolve().parent

EDITOR = r"""
import sys
from pathlib import Path
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget
app = QApplication([])
catalog, drafts, work, typed, helpers = sys.argv[1:6]
sys.path.insert(0, helpers)
from test_edit_support import FakePrompts  # answers 'recover' to an offered draft
from gallery.ui.edit.window import EditorWindow
window = EditorWindow(Path(catalog), prompts=FakePrompts(), synchronous=True, who="Anna",
                      drafts_root=Path(drafts))
window.show()
window.start(work)
title = window.sessions["works"].form.findChild(QWidget, "field_title")
title.setFocus()
QTest.keyClick(title, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
QTest.keyClicks(title, typed)
window.sessions["works"].write_draft_now()
window.writer.flush()
print("drafted", flush=True)
sys.stdin.read()
"""


def _editor(catalog: Path, drafts: Path, work: str, typed: str) -> subprocess.Popen[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    child = subprocess.Popen([sys.executable, "-c", EDITOR, str(catalog), str(drafts), work,
                              typed, str(HERE)], stdin=subprocess.PIPE,
                             stdout=subprocess.PIPE, text=True, env=env)
    assert child.stdout is not None and child.stdout.readline().strip() == "drafted"
    return child


def _kill(child: subprocess.Popen[str]) -> None:
    child.send_signal(signal.SIGKILL)  # kill -9: no chance to tidy its drafts
    child.communicate(timeout=30)


def test_every_draft_of_a_dead_editor_is_offered_at_start_up(
        qtbot: Any, catalog_path: Path, tmp_path: Path) -> None:
    drafts = tmp_path / "drafts"
    _kill(_editor(catalog_path, drafts, "near-the-moon", "Typed before the first crash"))
    # The next editor recovers that draft, goes on typing, and is killed too.
    _kill(_editor(catalog_path, drafts, "near-the-moon", "Typed before the second crash"))
    sheet = tmp_path / "sheet.csv"
    sheet.write_text("id,series\nnear-the-moon,Imported series\n", encoding="utf-8")
    done = subprocess.run([sys.executable, "-m", "gallery", "--catalog", str(catalog_path),
                           "import-csv", str(sheet)], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    _kill(_editor(catalog_path, drafts, "stamp-1975", "Stamp typed before its crash"))
    running = _editor(catalog_path, drafts, "orbital-sunrise", "Typed in a running editor")
    try:
        prompts = FakePrompts()
        editor = make_editor(qtbot, catalog_path, prompts, None, drafts_root=drafts)
        # The newest draft opens in the form and is recovered; the other dead editor's draft
        # is offered too; the running editor's is not.
        assert prompts.asked == [("keep", "Typed before the second crash"),
                                 ("recover", "Stamp typed before its crash")]
        assert field(editor, "title").text() == "Stamp typed before its crash"
        kept = {d.key for d in editor.drafts.orphans()}
        assert kept == {"near-the-moon"}  # kept for later, in italics in the list
        editor.open_record("works", "near-the-moon")
        assert prompts.asked[-1] == ("recover", "Typed before the second crash")
        assert field(editor, "title").text() == "Typed before the second crash"
        assert field(editor, "series").text() == "Imported series"  # the import is kept
    finally:
        running.communicate("", timeout=30)


def test_a_draft_discarded_at_start_up_is_gone(qtbot: Any, catalog_path: Path,
                                               tmp_path: Path) -> None:
    drafts = tmp_path / "drafts"
    _kill(_editor(catalog_path, drafts, "near-the-moon", "Not wanted"))
    _kill(_editor(catalog_path, drafts, "stamp-1975", "Wanted"))
    prompts = FakePrompts()
    prompts.keep_draft = "discard"
    editor = make_editor(qtbot, catalog_path, prompts, None, drafts_root=drafts)
    assert prompts.asked == [("keep", "Not wanted"), ("recover", "Wanted")]
    assert editor.drafts.orphans() == []
