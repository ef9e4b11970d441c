"""Where the cursor goes when a form is asked to show one of its fields."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget


def first_focusable(editor: QWidget) -> QWidget:
    """The field's editor, or, for a panel that takes no focus itself, its first enabled field."""
    if editor.focusPolicy() != Qt.FocusPolicy.NoFocus:
        return editor
    return next((w for w in editor.findChildren(QWidget)
                 if w.focusPolicy() != Qt.FocusPolicy.NoFocus and w.isEnabled()), editor)
