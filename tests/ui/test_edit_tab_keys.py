"""Ctrl+PgDown / Ctrl+PgUp move between the work form's tabs, wherever the focus is in it."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest
from test_edit_support import FakePrompts, field, make_editor

pytestmark = pytest.mark.qt_log_ignore("^This plugin does not support")  # offscreen only

ON_X11 = os.environ.get("QT_QPA_PLATFORM") == "xcb" and shutil.which("xdotool") is not None
needs_x11 = pytest.mark.skipif(not ON_X11, reason="needs a real X server and xdotool")


@pytest.fixture
def editor(qtbot: Any, catalog_path: Path, tmp_path: Path) -> Any:
    return make_editor(qtbot, catalog_path, FakePrompts(), "orbital-sunrise",
                       drafts_root=tmp_path / "drafts")


def test_the_tab_actions_step_and_wrap(editor: Any) -> None:
    tabs = editor.work_form.tabs
    tabs.setCurrentIndex(0)
    editor.actions_by_name["next_tab"].trigger()
    assert tabs.currentIndex() == 1
    editor.actions_by_name["previous_tab"].trigger()
    editor.actions_by_name["previous_tab"].trigger()
    assert tabs.currentIndex() == tabs.count() - 1  # wraps round to the last
    keys = {editor.actions_by_name[n].shortcut().toString() for n in ("next_tab",
                                                                      "previous_tab")}
    assert keys == {"Ctrl+PgDown", "Ctrl+PgUp"}


def test_the_tab_actions_are_off_where_a_form_has_no_tabs(qtbot: Any, editor: Any) -> None:
    editor.panel.set_kind("people")
    qtbot.waitUntil(lambda: editor.kind == "people")
    assert not editor.actions_by_name["next_tab"].isEnabled()
    editor.panel.set_kind("works")
    qtbot.waitUntil(lambda: editor.kind == "works")
    assert editor.actions_by_name["next_tab"].isEnabled()


def _press(*keys: str) -> None:
    subprocess.run(["xdotool", *keys], check=True, timeout=10)


@pytest.mark.xcb
@needs_x11
def test_ctrl_page_keys_switch_tabs_on_a_real_x_server(qtbot: Any, editor: Any) -> None:
    tabs = editor.work_form.tabs
    tabs.setCurrentIndex(0)
    editor.raise_()
    editor.activateWindow()
    qtbot.waitUntil(editor.isActiveWindow, timeout=5000)
    title = field(editor, "title")
    title.setFocus()
    qtbot.waitUntil(title.hasFocus, timeout=5000)
    _press("key", "ctrl+Next")  # from inside a text field
    qtbot.waitUntil(lambda: tabs.currentIndex() == 1, timeout=5000)
    _press("key", "ctrl+Next")
    qtbot.waitUntil(lambda: tabs.currentIndex() == 2, timeout=5000)
    _press("key", "ctrl+Prior")
    qtbot.waitUntil(lambda: tabs.currentIndex() == 1, timeout=5000)
    _press("key", "ctrl+Prior")
    _press("key", "ctrl+Prior")
    qtbot.waitUntil(lambda: tabs.currentIndex() == tabs.count() - 1, timeout=5000)
    assert field(editor, "title").text() == "Orbital sunrise"  # nothing typed into a field


def test_a_narrow_form_keeps_each_tab_name_whole_and_scrolls_to_the_chosen_tab(
        qtbot: Any, editor: Any) -> None:
    editor.resize(900, 700)  # too narrow for the eight names side by side
    bar = editor.work_form.tabs.tabBar()
    qtbot.waitUntil(lambda: bar.width() < bar.sizeHint().width())
    metrics = bar.fontMetrics()
    for index in range(bar.count()):  # no "Осн…": each name has the room it needs
        assert bar.tabRect(index).width() > metrics.horizontalAdvance(bar.tabText(index))
    editor.work_form.tabs.setCurrentIndex(bar.count() - 1)
    qtbot.waitUntil(lambda: bar.rect().contains(bar.tabRect(bar.count() - 1).center()))
