"""Undo commands on the record model (never on widgets), as orange-canvas-core does.

Each command captures the old value in `__init__` and applies only in `redo()`. Typing in one
field merges into one command (same `merge_key`), so Ctrl+Z undoes a word, not a letter, and a
merge that returns the field to where it started makes the command obsolete.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtGui import QUndoCommand

from .model import Path, RecordModel
from .recordtools import deep

TYPING_ID = 0x4C45  # "LE": every typing command shares it; mergeWith compares the field


class SetValue(QUndoCommand):
    """Set one value (a field, or a path into a list such as ("provenance", 2, "note"))."""

    def __init__(self, model: RecordModel, path: Path, value: Any, text: str,
                 merge_key: Any = None) -> None:
        super().__init__(text)
        self.model = model
        self.path = path
        self.old = deep(model.value(path))
        self.new = deep(value)
        self.merge_key = merge_key

    def id(self) -> int:
        return TYPING_ID if self.merge_key is not None else -1

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, SetValue) or other.model is not self.model:
            return False
        if other.merge_key != self.merge_key or other.path != self.path:
            return False
        self.new = deep(other.new)
        self.setObsolete(self.new == self.old)
        return True

    def redo(self) -> None:
        self.model.set_value(self.path, self.new)

    def undo(self) -> None:
        self.model.set_value(self.path, self.old)


class SelectingSet(SetValue):
    """A change of a list that keeps its item selected through undo and redo: `select(row)`
    gets `before` on undo and `after` on redo (a moved event stays the selected one)."""

    def __init__(self, model: RecordModel, path: Path, value: Any, text: str,
                 select: Callable[[int], None], before: int, after: int) -> None:
        super().__init__(model, path, value, text)
        self._select, self._before, self._after = select, before, after

    def redo(self) -> None:
        super().redo()
        self._select(self._after)

    def undo(self) -> None:
        super().undo()
        self._select(self._before)


class ReplaceContent(QUndoCommand):
    """Replace many fields at once: a revert, a recovered draft, a resolved conflict."""

    def __init__(self, model: RecordModel, content: dict[str, Any], text: str,
                 undone: dict[str, Any] | None = None) -> None:
        """`undone`: what undo gives back, when that is not the record as it stands now."""
        super().__init__(text)
        self.model = model
        self.new = deep(content)
        back = model.record if undone is None else undone
        self.old = {field: deep(back.get(field)) for field in content}

    def redo(self) -> None:
        self.model.replace(self.new)

    def undo(self) -> None:
        self.model.replace(self.old)


class CatalogCommand(QUndoCommand):
    """An already-saved change (a batch edit) whose undo and redo write to the catalog.

    The first redo() (on push) does nothing: the change was made before the push. Later undo
    and redo call `apply(forward)`, which writes asynchronously and reports its own errors.
    """

    def __init__(self, text: str, apply: Callable[[bool], None]) -> None:
        super().__init__(text)
        self._apply = apply
        self._done = True

    def redo(self) -> None:
        if self._done:
            self._done = False
            return
        self._apply(True)

    def undo(self) -> None:
        self._apply(False)


class SavedReplace(QUndoCommand):
    """A change the catalog already stored (an image import) made undoable like an edit.

    The first redo() (on push) does nothing: the model already holds `after`. Undo puts
    `before` back into the form, unsaved, so a save records it like any other edit."""

    def __init__(self, model: RecordModel, before: dict[str, Any], after: dict[str, Any],
                 text: str) -> None:
        super().__init__(text)
        self.model = model
        self.before, self.after = deep(before), deep(after)
        self._pushed = True

    def redo(self) -> None:
        if self._pushed:
            self._pushed = False
            return
        self.model.replace(self.after)

    def undo(self) -> None:
        self.model.replace(self.before)
