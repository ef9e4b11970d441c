"""The README tells a curator the editor also opens from the gallery window, with the menu
item and key the window really has."""

from __future__ import annotations

from pathlib import Path
from typing import Any

README = Path(__file__).resolve().parents[2] / "README.md"


def test_the_readme_names_the_windows_menu_item_and_key(window: Any) -> None:
    action = window.findChild(object, "actionEditor")
    text = README.read_text(encoding="utf-8")
    from PySide6.QtWidgets import QMenu

    [menu] = [m.title().replace("&", "") for m in action.associatedObjects()
              if isinstance(m, QMenu)]
    item = action.text().replace("&", "")
    keys = action.shortcut().toString()
    assert f"{menu} ▸ {item}, {keys}" in text
