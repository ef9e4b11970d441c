"""Leak checks for Qt tests: deferred deletes run, and widgets a test left alive are named.

deleteLater() needs an event loop to happen; tests rarely run one, so without this every closed
window stays alive and a random-order run slows to a crawl (napari's _find_dangling_widgets).
"""

from __future__ import annotations

from typing import Any


def flush_deleted_widgets(app: Any) -> list[Any]:
    """Run the deferred deletes no event loop ran, and return the top-level widgets still
    alive, hidden ones included."""
    from PySide6.QtCore import QCoreApplication, QEvent

    for _ in range(3):  # a deleted widget's children may post deletes of their own
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        QCoreApplication.processEvents()
    return list(app.topLevelWidgets())


def widget_summary(widgets: list[Any]) -> str:
    names: dict[str, int] = {}
    for widget in widgets:
        key = type(widget).__name__
        names[key] = names.get(key, 0) + 1
    return ", ".join(f"{name}×{count}" for name, count in sorted(names.items()))
