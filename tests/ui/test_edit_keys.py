"""Key bindings: no key is bound twice in a window, and Undo/Redo really work on X11.

The xcb tests press keys through a real X server (Xvfb + openbox, keys sent by xdotool):
    Xvfb :57 -screen 0 1600x1000x24 & DISPLAY=:57 openbox &
    DISPLAY=:57 QT_QPA_PLATFORM=xcb .venv/bin/python -m pytest -m xcb tests/ui
Offscreen, Qt's platform key bindings differ from X11's, so a twice-bound Ctrl+Shift+Z (the
bug these tests guard against) only shows there.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from collections import Counter
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import QWidget
from test_edit_support import FakePrompts, field, make_editor

pytestmark = pytest.mark.qt_log_ignore("^This plugin does not support")  # offscreen only

ON_X11 = os.environ.get("QT_QPA_PLATFORM") == "xcb" and shutil.which("xdotool") is not None
needs_x11 = pytest.mark.skipif(not ON_X11, reason="needs a real X server (run under Xvfb "
                               "with QT_QPA_PLATFORM=xcb) and xdotool")


def bound_sequences(window: QWidget) -> Counter[str]:
    """Every key sequence a window's actions and window-wide shortcuts answer to."""
    keys: Counter[str] = Counter()
    for action in window.findChildren(QAction):
        if action.shortcutContext() != Qt.ShortcutContext.WidgetShortcut:
            keys.update(k.toString() for k in action.shortcuts())
    for shortcut in window.findChildren(QShortcut):
        if shortcut.context() == Qt.ShortcutContext.WindowShortcut:
            bound = shortcut.keys()  # a QShortcut's own key list, not a dict
            keys.update(k.toString() for k in bound)
    return keys


@pytest.fixture
def editor(qtbot: Any, catalog_path: Path, tmp_path: Path) -> Any:
    return make_editor(qtbot, catalog_path, FakePrompts(), "orbital-sunrise",
                       drafts_root=tmp_path / "drafts")


def test_no_key_is_bound_twice_in_the_editor(editor: Any) -> None:
    twice = {k: n for k, n in bound_sequences(editor).items() if n > 1}
    assert not twice


def test_no_key_is_bound_twice_in_the_visitor_window(window: Any) -> None:
    twice = {k: n for k, n in bound_sequences(window).items() if n > 1}
    assert not twice


def test_redo_has_every_platform_key_and_ctrl_y(editor: Any) -> None:
    redo = [k.toString() for k in editor.actions_by_name["redo"].shortcuts()]
    platform = [k.toString() for k in QKeySequence.keyBindings(QKeySequence.StandardKey.Redo)]
    assert set(platform) <= set(redo)
    assert "Ctrl+Y" in redo
    assert len(redo) == len(set(redo))


def _press(*keys: str) -> None:
    # xdotool sends through XTEST to the focused window: the same path as a real keyboard
    subprocess.run(["xdotool", *keys], check=True, timeout=10)


@pytest.mark.xcb
@needs_x11
def test_typing_then_undo_and_redo_keys_on_a_real_x_server(qtbot: Any, editor: Any) -> None:
    title = field(editor, "title")
    editor.raise_()
    editor.activateWindow()
    qtbot.waitUntil(editor.isActiveWindow, timeout=5000)
    title.setFocus()
    title.end(False)
    qtbot.waitUntil(title.hasFocus, timeout=5000)
    _press("type", "--delay", "30", " XYZ")
    qtbot.waitUntil(lambda: title.text() == "Orbital sunrise XYZ", timeout=5000)
    for redo in ("ctrl+shift+z", "ctrl+y"):
        _press("key", "ctrl+z")
        qtbot.waitUntil(lambda: title.text() == "Orbital sunrise", timeout=5000)
        assert not editor.isWindowModified()
        _press("key", redo)
        qtbot.waitUntil(lambda: title.text() == "Orbital sunrise XYZ", timeout=5000)
        assert editor.isWindowModified()
