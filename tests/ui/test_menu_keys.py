"""Menu keys in the Russian interface with a Latin keyboard layout, and F10.

The xcb tests type through a real X server whose layout is US (Xvfb's default), as a visitor
with a Latin layout would; they run under Xvfb + openbox (`pytest -m xcb`) and skip elsewhere.
"""

from __future__ import annotations

import shutil
import subprocess
from typing import Any

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication

from gallery.ui.main_actions import on_a_keyboard
from gallery.ui.menu_keys import latin_key, mnemonic


def test_the_mnemonic_and_the_latin_letter_on_its_key() -> None:
    assert mnemonic("&Файл") == "ф" and latin_key("ф") == "a"
    assert mnemonic("П&ерейти") == "е" and latin_key("е") == "t"
    assert mnemonic("Fish && &Chips") == "c" and latin_key("c") == ""
    assert mnemonic("No mnemonic") == ""


def test_russian_menus_get_latin_keys_and_english_ones_none(window: Any) -> None:
    keys = window.actions_.menu_keys
    assert keys.latin == {}  # English: the menus' own mnemonics are Latin already
    window.languages.set_language("ru")
    assert sorted(keys.latin) == ["a", "c", "d", "g", "t"]  # Файл Справка Вид Правка Перейти
    assert keys.latin["a"].key().toString() == "Alt+A"
    window.languages.set_language("en")
    assert keys.latin == {}


def test_a_latin_letter_in_an_open_russian_menu_picks_the_russian_item(
        window: Any, qtbot: Any) -> None:
    window.languages.set_language("ru")
    menu = window.actions_.view_menu
    assert mnemonic(window.actions_.view_missions.text()) == "п"
    # (offscreen, a menu cannot pop up; the key goes to it as it would when open)
    QApplication.sendEvent(menu, QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_G,
                                           Qt.KeyboardModifier.NoModifier, "g"))
    qtbot.waitUntil(lambda: window.page == "missions")


def test_the_key_sheet_lists_keys_not_media_buttons(window: Any) -> None:
    from PySide6.QtGui import QKeySequence

    assert not on_a_keyboard(QKeySequence(Qt.Key.Key_Help))
    assert not on_a_keyboard(QKeySequence(Qt.Key.Key_OpenUrl))
    assert on_a_keyboard(QKeySequence("Ctrl+O")) and on_a_keyboard(QKeySequence("F1"))
    window.show_shortcuts()
    rows = dict(window.shortcut_sheet.rows)
    assert rows["Open Another Catalog…"] == "Ctrl+O"
    assert rows["Keyboard Shortcuts"] == "F1"
    assert rows["Open the menus"] == "F10"
    window.shortcut_sheet.close()


def press(keys: str) -> None:
    subprocess.run(["xdotool", "key", "--clearmodifiers", keys], check=True, timeout=10)


def activate(qtbot: Any, window: Any) -> None:
    window.raise_()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=5000)


@pytest.mark.parametrize("keys", ["alt+a", "F10"])
@pytest.mark.xcb
@pytest.mark.skipif(shutil.which("xdotool") is None, reason="needs xdotool")
def test_russian_file_menu_opens_from_a_latin_keyboard(qtbot: Any, window: Any,
                                                       keys: str) -> None:
    window.languages.set_language("ru")
    activate(qtbot, window)
    press(keys)
    qtbot.waitUntil(lambda: QApplication.activePopupWidget() is window.actions_.file_menu,
                    timeout=3000)
    press("Escape")
    qtbot.waitUntil(lambda: QApplication.activePopupWidget() is None, timeout=3000)


@pytest.mark.xcb
@pytest.mark.skipif(shutil.which("xdotool") is None, reason="needs xdotool")
def test_russian_menu_item_typed_on_a_latin_keyboard(qtbot: Any, window: Any) -> None:
    window.languages.set_language("ru")
    activate(qtbot, window)
    press("alt+d")  # Вид
    press("g")      # Полёты
    qtbot.waitUntil(lambda: window.page == "missions", timeout=3000)
