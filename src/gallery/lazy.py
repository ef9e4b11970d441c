"""A module imported the first time one of its names is used, not when its importer loads
(and a regular expression compiled when first used: `lazy_pattern`).

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
import re
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


class LazyPattern:
    """A regular expression compiled the first time it is used. Each method asked for is kept
    on the instance, so later calls cost what the compiled pattern's own would."""

    def __init__(self, pattern: str, flags: int = 0) -> None:
        self._source = (pattern, flags)

    def __getattr__(self, attr: str) -> Any:
        if attr.startswith("__"):
            raise AttributeError(attr)  # copy/pickle probes: not a pattern method
        value = getattr(re.compile(*self._source), attr)
        setattr(self, attr, value)
        return value

    def __repr__(self) -> str:
        return f"<pattern {self._source[0]!r}, compiled on first use>"


def lazy_pattern(pattern: str, flags: int = 0) -> Any:
    """`re.compile(pattern, flags)`, done when the pattern is first used: a module that many
    import but few use (dates, read by every record) loads without compiling dozens."""
    return LazyPattern(pattern, flags)
