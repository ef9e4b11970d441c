"""A module imported the first time one of its names is used, not when its importer loads.

The visitor's window opens on a few store calls; the store's saving, history and backup
modules (and what they import) need not load before its first paint. Write

    if TYPE_CHECKING:
        from . import linked
    else:
        linked = lazy_module("gallery.catalog.linked")

so type checkers and import contracts still see the real import.
"""

from __future__ import annotations

import importlib
from types import ModuleType
from typing import Any


class LazyModule:
    def __init__(self, name: str) -> None:
        self._name = name
        self._module: ModuleType | None = None

    def __getattr__(self, attr: str) -> Any:
        if self._module is None:
            self._module = importlib.import_module(self._name)
        return getattr(self._module, attr)

    def __repr__(self) -> str:
        return f"<module {self._name!r}, imported on first use>"


def lazy_module(name: str) -> Any:
    return LazyModule(name)
