"""What the missions view reads from the catalog (run on the catalog worker)."""

from __future__ import annotations

from typing import Any

from ..timeline.labels import label_mission


def load_missions(catalog: Any) -> list[dict[str, Any]]:
    """Full mission records (crew names, works, source details), one per mission, with the
    labels of their status, crew roles and work links in both languages."""
    vocabulary = catalog.vocabulary()
    return [label_mission(catalog.get_record("missions", m["id"]), vocabulary)
            for m in catalog.list_records("missions")]


load_missions_data = load_missions  # the name the main window's view slot looks for
