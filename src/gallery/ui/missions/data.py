"""What the missions view reads from the catalog (run on the catalog worker)."""

from __future__ import annotations

from typing import Any


def load_missions(catalog: Any) -> list[dict[str, Any]]:
    """Full mission records (crew names, works, source details), one per mission."""
    return [catalog.get_record("missions", m["id"]) for m in catalog.list_records("missions")]


load_missions_data = load_missions  # the name the main window's view slot looks for
