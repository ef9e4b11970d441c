"""Bindings: one editor widget ↔ one value of the record model, through the undo stack.

A binding pushes a command when the curator edits the widget, and updates the widget when the
model's field changes (undo, redo, revert, recovery) — only if the shown value differs, so the
cursor never jumps while typing. Every keystroke reaches the model at once, and `flush()`
re-reads the widget before a save or a switch, so no typed value can be left behind.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ..keys import REDO_KEYS, sequences
from .commands import SetValue
from .model import Path, RecordModel

PathSource = Path | Callable[[], Path | None]


def _norm(value: Any) -> Any:
    if (isinstance(value, str) and not value.strip()) or value == []:
        return None
    return value


def format_number(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


class Binding(QObject):
    typing = False  # typing merges into one command per field
    disable_when_read_only = False  # combos and check boxes have no read-only state

    def __init__(self, model: RecordModel, stack: QUndoStack, path: PathSource,
                 widget: QWidget, label: str) -> None:
        super().__init__(widget)
        self.model, self.stack, self._path, self.widget, self.label = (
            model, stack, path, widget, label)
        self._updating = False
        self.read_only = False
        widget.installEventFilter(self)
        model.fieldChanged.connect(self._field_changed)
        model.recordLoaded.connect(self.refresh)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Ctrl+Z / Ctrl+Shift+Z belong to the record's undo stack, not to the editor's own
        # text undo: refusing the override lets the window's Undo action take the key.
        if event.type() == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent) and (
                event.matches(QKeySequence.StandardKey.Undo)
                or event.matches(QKeySequence.StandardKey.Redo)
                or QKeySequence(event.keyCombination()) in sequences(REDO_KEYS)):
            event.ignore()
            return True
        return super().eventFilter(watched, event)

    @property
    def field(self) -> str:
        path = self._path if not callable(self._path) else (self._path() or ("",))
        return path if isinstance(path, str) else str(path[0])

    def path(self) -> Path | None:
        return self._path() if callable(self._path) else self._path

    def _field_changed(self, name: str) -> None:
        if name == self.field:
            self.refresh()

    def refresh(self) -> None:
        path = self.path()
        value = self.model.value(path) if path is not None and self.model.loaded else None
        self.widget.setEnabled(path is not None and self.model.loaded
                               and not (self.read_only and self.disable_when_read_only))
        if _norm(self.read()) != _norm(value):
            self._updating = True
            try:
                self.show(value)
            finally:
                self._updating = False

    def user_edited(self, *_: Any) -> None:
        path = self.path()
        if self._updating or path is None or not self.model.loaded or self.read_only:
            return
        value = self.read()
        if _norm(value) == _norm(self.model.value(path)):
            return
        text = self.tr("Edit %s").replace("%s", self.label)  # (twice in Russian: see .ts)
        self.stack.push(SetValue(self.model, path, value, text,
                                 merge_key=path if self.typing else None))

    flush = user_edited

    def set_read_only(self, read_only: bool) -> None:
        self.read_only = read_only
        if self.disable_when_read_only:
            self.widget.setEnabled(not read_only and self.path() is not None)

    # subclasses
    def read(self) -> Any:
        raise NotImplementedError

    def show(self, value: Any) -> None:
        raise NotImplementedError


class LineBinding(Binding):
    typing = True

    def __init__(self, *args: Any) -> None:
        super().__init__(*args)
        self.widget.textEdited.connect(self.user_edited)

    def read(self) -> Any:
        return self.widget.text().strip() or None

    def show(self, value: Any) -> None:
        self.widget.setText("" if value is None else str(value))
        self.widget.setCursorPosition(0)  # show the beginning of a long value

    def set_read_only(self, read_only: bool) -> None:
        super().set_read_only(read_only)
        self.widget.setReadOnly(read_only)


class NumberBinding(LineBinding):
    """A positive number; text that is not a number stays in the draft and is flagged."""

    def read(self) -> Any:
        text = self.widget.text().strip().replace(",", ".")
        if not text:
            return None
        try:
            return float(text)
        except ValueError:
            return self.widget.text().strip()

    def show(self, value: Any) -> None:
        self.widget.setText(format_number(value))


class TextBinding(Binding):
    typing = True

    def __init__(self, *args: Any) -> None:
        super().__init__(*args)
        self.widget.textChanged.connect(self.user_edited)

    def read(self) -> Any:
        return self.widget.toPlainText().strip() or None

    def show(self, value: Any) -> None:
        self.widget.setPlainText("" if value is None else str(value))

    def set_read_only(self, read_only: bool) -> None:
        super().set_read_only(read_only)
        self.widget.setReadOnly(read_only)


class ChoiceBinding(Binding):
    def __init__(self, model: RecordModel, stack: QUndoStack, path: PathSource,
                 widget: QComboBox, label: str, choices: Sequence[tuple[Any, str]]) -> None:
        for value, text in choices:
            widget.addItem(text, value)
        super().__init__(model, stack, path, widget, label)
        widget.currentIndexChanged.connect(self.user_edited)

    disable_when_read_only = True

    def read(self) -> Any:
        return self.widget.currentData()

    def show(self, value: Any) -> None:
        index = self.widget.findData(value)
        if index < 0 and value in (None, ""):  # nothing chosen yet: an empty line
            self.widget.insertItem(0, "—", None)
            index = 0
        elif index < 0:  # a stored value the list does not offer: show it, never drop it
            self.widget.addItem(self.tr("%s (not a listed value)") % value, value)
            index = self.widget.count() - 1
        self.widget.setCurrentIndex(index)

    def set_choices(self, choices: Sequence[tuple[Any, str]]) -> None:
        """Offer other values (the vocabulary was read again); the record is not touched."""
        self._updating = True
        try:
            self.widget.clear()
            for value, text in choices:
                self.widget.addItem(text, value)
            path = self.path()
            if path is not None and self.model.loaded:
                self.show(self.model.value(path))
        finally:
            self._updating = False


class CheckBinding(Binding):
    disable_when_read_only = True

    def __init__(self, *args: Any) -> None:
        super().__init__(*args)
        self.widget.toggled.connect(self.user_edited)

    def read(self) -> Any:
        return self.widget.isChecked()

    def show(self, value: Any) -> None:
        self.widget.setChecked(bool(value))


class StaleBar(QWidget):
    """'Possibly stale: the English title was edited after this.' [Confirm]"""

    def __init__(self, field: str, on_confirm: Callable[[str], None]) -> None:
        super().__init__()
        self.setObjectName(f"stale_{field}")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.text = QLabel()
        self.text.setObjectName("staleText")
        self.text.setTextFormat(Qt.TextFormat.PlainText)
        self.text.setWordWrap(True)
        self.button = QToolButton()
        self.button.setObjectName(f"confirm_{field}")
        self.button.setText(self.tr("Confirm"))
        self.button.setAccessibleName(self.tr("Confirm this text is up to date"))
        self.button.setToolTip(self.tr("Record that this text has been checked against the "
                                       "other language"))
        self.button.clicked.connect(lambda: on_confirm(field))
        layout.addWidget(self.text, 1)
        layout.addWidget(self.button)
        self.inline = False
        self.hide()

    def put_inline(self) -> None:
        """Shown on the caption line of a language pair: a short mark, the reason in its
        tooltip, so flagging a field never pushes the fields below it down."""
        self.inline = True
        self.text.setWordWrap(False)
        layout = self.layout()
        assert isinstance(layout, QHBoxLayout)
        layout.setStretchFactor(self.text, 0)
        layout.insertStretch(0, 1)  # mark and button at the right, clear of the caption
        # its width never widens its column: the two languages' columns stay equal
        policy = QSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        policy.setRetainSizeWhenHidden(True)  # the caption line is as tall shown or hidden
        self.setSizePolicy(policy)

    def show_reason(self, text: str | None) -> None:
        if self.inline:
            self.text.setText(self.tr("Possibly stale") if text else "")
            self.setToolTip(text or "")
            self.text.setToolTip(text or "")
        else:
            self.text.setText(text or "")
        self.setVisible(bool(text))


class FieldRow:
    """A label, its editor, and the lines under it: a problem, or a parity flag."""

    def __init__(self, field: str, label_text: str, editor: QWidget,
                 binding: Binding | None, on_confirm: Callable[[str], None] | None = None,
                 caption: str | None = None) -> None:
        self.field = field
        self.binding = binding
        self.editor = editor
        self.name = label_text  # the field's full name, for messages about it
        self.label = QLabel(caption or label_text)
        self.label.setObjectName(f"label_{field}")
        self.label.setBuddy(editor)
        self.box = QWidget()
        layout = QVBoxLayout(self.box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(3)
        layout.addWidget(editor)
        self.stale = StaleBar(field, on_confirm) if on_confirm else None
        if self.stale:
            layout.addWidget(self.stale)
        self.message = QLabel()
        self.message.setObjectName(f"problem_{field}")
        self.message.setProperty("role", "problem")
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setWordWrap(True)
        self.message.hide()
        layout.addWidget(self.message)

    def set_problem(self, text: str | None) -> None:
        self.message.setText(text or "")
        self.message.setVisible(bool(text))

    def problem(self) -> str | None:
        return self.message.text() if self.message.isVisible() or self.message.text() else None

    def set_stale(self, text: str | None) -> None:
        if self.stale is None:
            return
        self.stale.show_reason(text)


def line_edit(field: str, label: str, placeholder: str = "") -> QLineEdit:
    widget = QLineEdit()
    widget.setObjectName(f"field_{field}")
    widget.setAccessibleName(label)
    widget.setPlaceholderText(placeholder)
    return widget


def text_edit(field: str, label: str, lines: int = 4) -> QPlainTextEdit:
    widget = QPlainTextEdit()
    widget.setObjectName(f"field_{field}")
    widget.setAccessibleName(label)
    widget.setTabChangesFocus(True)  # Tab moves on to the next field, as in a form
    # A fixed height: the form stays compact and predictable; long text scrolls inside.
    widget.setFixedHeight(widget.fontMetrics().lineSpacing() * lines + 16)
    widget.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
    return widget
