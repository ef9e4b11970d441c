"""A damaged catalog file is said as the editor opens it, with the way out — not first met as
a failed save. The check (SQLite's quick_check) runs on the catalog's own worker thread."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication

# The window (window.EditorWindow) is passed in, never imported: it imports this module.
Window = Any


def tr(text: str) -> str:
    return QCoreApplication.translate("DamageNotice", text)


def damaged_words() -> str:
    """Why a save into a damaged file failed, and the way out."""
    return tr("the catalog file is damaged; restore a backup: File ▸ Restore from backup…")


def check(window: Window) -> None:
    """Ask the catalog for damage; the answer shows (or clears) the window's damage banner."""
    window.context.service.call(lambda catalog: catalog.damage_problems(),
                                lambda problems: _show(window, problems),
                                lambda error: _show(window, [str(error)]))


def _show(window: Window, problems: list[str]) -> None:
    if not problems:
        window.damage_banner.say(None)
        return
    text = tr("This catalog file is damaged: SQLite's check finds problems in it (the first: "
              "%s). Saving may fail, and some records may be missing or wrong. The way out: "
              "File ▸ Restore from backup…") % " ".join(problems[0].split())[:160]
    window.damage_banner.say(text, "error")
    window.context.prompts.warn(window, tr("The catalog is damaged"), text)
