"""What only a real X server with a window manager shows: keys typed through the X server,
focus, menus, window geometry and fullscreen. Offscreen, a shortcut bound twice still fires
and a window is never decorated, so these run under Xvfb + openbox (`pytest -m xcb`, see
.ci/run) and skip elsewhere."""

from __future__ import annotations

import shutil
import subprocess
from collections import Counter
from typing import Any

import pytest

pytestmark = [pytest.mark.xcb,
              pytest.mark.skipif(shutil.which("xdotool") is None, reason="needs xdotool")]


def press(keys: str) -> None:
    """Type `keys` through the X server (XTEST), as a person at the keyboard would."""
    subprocess.run(["xdotool", "key", "--clearmodifiers", keys], check=True, timeout=10)


def activate(qtbot: Any, window: Any) -> None:
    window.raise_()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=5000)


def focused_name() -> str:
    from PySide6.QtWidgets import QApplication

    widget = QApplication.focusWidget()
    return widget.objectName() if widget is not None else ""


def test_no_key_is_bound_twice_in_the_visitor_window(window: Any) -> None:
    from PySide6.QtGui import QAction

    keys = Counter(seq.toString() for action in window.findChildren(QAction)
                   for seq in action.shortcuts() if not seq.isEmpty())
    assert [k for k, n in keys.items() if n > 1] == []


def test_ctrl_f_typed_on_the_keyboard_focuses_the_search(qtbot: Any, window: Any) -> None:
    activate(qtbot, window)
    window.browse.grid.setFocus()
    qtbot.waitUntil(lambda: focused_name() != "searchField", timeout=3000)
    press("ctrl+f")
    qtbot.waitUntil(lambda: focused_name() == "searchField", timeout=3000)
    press("m")
    press("o")
    qtbot.waitUntil(lambda: window.browse.bar.field.text() == "mo", timeout=3000)


def test_tab_moves_focus_on_from_the_search(qtbot: Any, window: Any) -> None:
    activate(qtbot, window)
    press("ctrl+f")
    qtbot.waitUntil(lambda: focused_name() == "searchField", timeout=3000)
    press("Tab")
    qtbot.waitUntil(lambda: focused_name() != "searchField", timeout=3000)
    assert window.isActiveWindow()


def test_alt_mnemonic_opens_the_file_menu_and_escape_closes_it(qtbot: Any,
                                                                window: Any) -> None:
    from PySide6.QtWidgets import QApplication, QMenu

    activate(qtbot, window)
    press("alt+f")
    qtbot.waitUntil(lambda: isinstance(QApplication.activePopupWidget(), QMenu), timeout=3000)
    assert QApplication.activePopupWidget() is window.actions_.file_menu
    press("Escape")
    qtbot.waitUntil(lambda: QApplication.activePopupWidget() is None, timeout=3000)


def test_the_window_manager_frames_the_window_on_the_screen(qtbot: Any, window: Any) -> None:
    activate(qtbot, window)
    screen = window.screen().availableGeometry()
    frame, inner = window.frameGeometry(), window.geometry()
    assert (inner.width(), inner.height()) == (1280, 800)
    assert frame.height() > inner.height()  # openbox's title bar is there
    assert screen.contains(frame.topLeft()) and frame.width() <= screen.width()


def test_f11_fills_the_screen_and_gives_it_back(qtbot: Any, window: Any) -> None:
    activate(qtbot, window)
    before = window.geometry()
    press("F11")
    full = window.screen().geometry()
    qtbot.waitUntil(lambda: window.isFullScreen() and window.geometry() == full, timeout=5000)
    press("F11")
    qtbot.waitUntil(lambda: not window.isFullScreen()
                    and window.geometry().size() == before.size(), timeout=5000)




def test_esc_in_full_screen_leaves_it_before_going_back(qtbot: Any, window: Any) -> None:
    activate(qtbot, window)
    window.open_work(window.model.work_ids()[0])
    assert window.page == "detail"
    press("F11")
    qtbot.waitUntil(window.isFullScreen, timeout=5000)
    press("Escape")
    qtbot.waitUntil(lambda: not window.isFullScreen(), timeout=5000)
    assert window.page == "detail"  # the first Esc only left full screen
    press("Escape")
    qtbot.waitUntil(lambda: window.page == "browse", timeout=5000)
    assert not window.isFullScreen()


def test_ctrl_e_opens_the_editor_even_from_the_search_field(
        qtbot: Any, window: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    import gallery.ui.edit as edit

    opened: list[object] = []  # the editor window itself is tested elsewhere
    monkeypatch.setattr(edit, "open_editor", lambda *args: opened.append(args))
    activate(qtbot, window)
    press("ctrl+f")
    qtbot.waitUntil(lambda: focused_name() == "searchField", timeout=3000)
    press("ctrl+e")  # an X11 line edit takes it for "end of line" unless it yields
    qtbot.waitUntil(lambda: bool(opened), timeout=5000)
