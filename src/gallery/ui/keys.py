"""Key bindings shared by the visitor window and the editor.

A key sequence bound twice in one window makes Qt call the shortcut ambiguous and do nothing
(on X11 the standard Redo already is Ctrl+Shift+Z), so every list of keys goes through
`sequences()`, which keeps each sequence once.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtGui import QKeySequence

Std = QKeySequence.StandardKey
# Redo: the platform's own keys, plus Ctrl+Y, which curators coming from Windows expect.
REDO_KEYS: list[Std | str] = [Std.Redo, "Ctrl+Y"]


def sequences(keys: Iterable[Std | str | QKeySequence]) -> list[QKeySequence]:
    """Standard keys with all their platform bindings, then our own, each once."""
    out: list[QKeySequence] = []
    for key in keys:
        found = (QKeySequence.keyBindings(key) if isinstance(key, Std)
                 else [QKeySequence(key)])
        out.extend(k for k in found if not k.isEmpty() and k not in out)
    return out
