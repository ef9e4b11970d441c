"""The Qt user interface (widgets and item models; no SQL, no image decoding on the GUI thread).

Workaround, PySide6 6.12.0 on Python < 3.12: `SignalInstance.emit()` returns `True` without
taking a reference, so every emit of a Python-declared signal drops True's reference count by
one; after a few thousand emits the interpreter aborts ("bool_dealloc: deallocating True or
False"). Likewise every call from Qt into a Python slot (a timer, an animation frame, a click)
drops one reference to None ("none_dealloc" after a few thousand calls; 6.11.3 has neither bug).
Python 3.12 made True, False and None immortal; we do the same here, once, on the affected
version only. Remove when PySide6 6.12.0 is excluded from the dependencies.
"""

from __future__ import annotations

import ctypes
import sys
from importlib import metadata


def _pyside_version() -> str | None:
    """Read from the installed metadata: importing PySide6 here would slow headless commands."""
    for dist in ("PySide6-Essentials", "PySide6"):
        try:
            return metadata.version(dist)
        except metadata.PackageNotFoundError:
            continue
    return None


def _immortal_bools() -> None:
    if sys.version_info >= (3, 12) or sys.implementation.name != "cpython":
        return
    if _pyside_version() != "6.12.0":
        return
    for value in (True, False, None):
        ctypes.c_ssize_t.from_address(id(value)).value += 1 << 40


_immortal_bools()
