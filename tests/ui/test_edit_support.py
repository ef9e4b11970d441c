"""Helpers for the editor's tests: a prompt object that answers at once, and a window maker.

(Named test_edit_* so it sits with the editor's tests; it holds no tests itself.)
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QWidget

from gallery.ui.edit.prompts import Prompts


class FakePrompts(Prompts):
    """Answers every question without a modal loop, and remembers what was asked.

    `dialogs` maps a dialog's objectName to a function that drives the real dialog through
    its own API and returns True to accept it.
    """

    def __init__(self) -> None:
        self.unsaved = "discard"
        self.recover = "recover"
        self.keep_draft = "keep"
        self.confirm_answer = True
        self.asked: list[tuple[str, str]] = []
        self.dialogs: dict[str, Callable[[Any], bool]] = {}
        self.image: Path | None = None
        self.number: int | None = None
        self.texts: list[str | None] = []  # answers to ask_text, in turn (then None)
        self.informed: list[str] = []
        self.warned: list[str] = []

    def ask_unsaved(self, parent: QWidget | None, what: str) -> str:
        self.asked.append(("unsaved", what))
        return self.unsaved

    def ask_recover(self, parent: QWidget | None, what: str, when: str) -> str:
        self.asked.append(("recover", what))
        return self.recover

    def ask_keep_draft(self, parent: QWidget | None, what: str, when: str) -> str:
        self.asked.append(("keep", what))
        return self.keep_draft

    def confirm(self, parent: QWidget | None, title: str, text: str, ok: str) -> bool:
        self.asked.append(("confirm", text))
        return self.confirm_answer

    def inform(self, parent: QWidget | None, title: str, text: str) -> None:
        self.informed.append(text)

    def warn(self, parent: QWidget | None, title: str, text: str) -> None:
        self.warned.append(text)

    def run(self, dialog: QDialog) -> bool:
        name = dialog.objectName()
        self.asked.append(("dialog", name))
        handler = self.dialogs.get(name)
        if handler is None:
            return False
        submit = getattr(dialog, "submit", None)
        if submit is None:
            return bool(handler(dialog))
        # A dialog that checks its own Create (NewRecordDialog) stays open when refused: the
        # handler is asked again, as a curator would look at the message and try again.
        for _attempt in range(3):
            if not handler(dialog):
                return False
            if dialog.result() == QDialog.DialogCode.Accepted:
                return True  # the handler closed it itself (e.g. chose an existing record)
            submit()
            if dialog.result() == QDialog.DialogCode.Accepted:
                return True
        return False

    def open_image(self, parent: QWidget | None) -> Path | None:
        return self.image

    def ask_text(self, parent: QWidget | None, title: str, label: str,
                 value: str = "") -> str | None:
        self.asked.append(("text", label))
        return self.texts.pop(0) if self.texts else None

    def ask_int(self, parent: QWidget | None, title: str, label: str, value: int, low: int,
                high: int) -> int | None:
        return self.number

    def kinds(self) -> list[str]:
        return [kind for kind, _ in self.asked]


def make_editor(qtbot: Any, path: Path, prompts: FakePrompts, work_id: str | None = None,
                table: str = "works", **options: Any) -> Any:
    """An editor window on `path` showing record `work_id` of `table`, all background work
    inline, shown offscreen."""
    from gallery.ui.edit.window import EditorWindow

    options.setdefault("who", "curator")
    window = EditorWindow(path, prompts=prompts, synchronous=True, **options)
    # At teardown unsaved edits are discarded on purpose, so the window really closes.
    qtbot.addWidget(window, before_close_func=lambda _: setattr(prompts, "unsaved", "discard"))
    window.show()
    qtbot.waitExposed(window)
    window.start(work_id, table)
    return window


def dead_owner() -> Any:
    """An Owner whose process has exited (a crashed or killed editor)."""
    import subprocess
    import sys

    from gallery.catalog.drafts import Owner

    child = subprocess.Popen([sys.executable, "-c", "pass"])
    child.wait()
    return Owner(child.pid, "1", "dead0000" + format(child.pid, "08x"))


def crash(window: Any) -> None:
    """As if `window`'s process were killed: its drafts and open records now belong to a
    process that is gone (the window object stays, hidden, for the test to inspect)."""
    from gallery.catalog.drafts import DraftStore

    window.writer.flush()
    store = window.drafts
    gone = DraftStore(window.catalog_path, root=store.folder.parent, owner=dead_owner())
    for draft in store.all():
        if draft.owner is not None and draft.owner.token == store.owner.token:
            store.discard(draft)
            gone.write(draft)
    store.close_all()
    window.hide()


def field(window: Any, name: str, table: str = "works") -> Any:
    """The editor widget of a field in the form of `table`."""
    return window.sessions[table].form.findChild(QWidget, f"field_{name}")


def replace_text(qtbot: Any, widget: Any, text: str) -> None:
    """Select all and type `text`, as a curator would."""
    widget.setFocus()
    qtbot.keyClick(widget, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(widget, Qt.Key.Key_Delete)
    qtbot.keyClicks(widget, text)


def cell_editor(table: Any) -> Any:
    """The line editor open in a cell of a list or table field."""
    from PySide6.QtWidgets import QLineEdit

    # a closed editor lingers until its deleteLater: take the one showing
    return next(e for e in table.viewport().findChildren(QLineEdit) if e.isVisible())


def type_in_cell(qtbot: Any, table: Any, text: str) -> None:
    """Type into the open cell editor and press Return (Qt commits it a moment later)."""
    from PySide6.QtWidgets import QAbstractItemView

    editor = cell_editor(table)
    editor.selectAll()
    qtbot.keyClicks(editor, text)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: table.state() != QAbstractItemView.State.EditingState)


def list_row_rect(window: Any, record_id: str) -> Any:
    panel = window.panel
    index = panel.model.index(panel.model.row_of(record_id))
    return panel.view.visualRect(index)
