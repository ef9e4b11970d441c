"""What every record form shares: building rows, live problems, blame menus, parity flags.

Subclasses lay out their fields with the `add_*` helpers; the base keeps the list of bindings
(for `flush()` and read-only), shows each problem next to its field as the curator types, and
answers "who last changed this?" from the history's blame plus this session's edits.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QPoint, Qt, Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QWidget,
)

from ...catalog.parity import PAIRS, stale_fields
from ...catalog.problems import in_language
from ..i18n import current_language
from .agent_field import AgentBinding, AgentPicker
from .context import EditorContext
from .date_field import DATE_FIELDS, DateBinding, date_hint, show_hint, shown_dates
from .fields import (
    Binding,
    CheckBinding,
    ChoiceBinding,
    FieldRow,
    LineBinding,
    NumberBinding,
    TextBinding,
    line_edit,
    text_edit,
)
from .labels import field_label
from .list_editor import Choices, ListEditor
from .model import RecordModel
from .recordtools import problems, readable_time, suggested_id
from .vocab import TermChecks, TermListBinding, VocabChoiceBinding


def form_layout() -> QFormLayout:
    layout = QFormLayout()
    layout.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
    layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
    layout.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
    layout.setFormAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
    layout.setHorizontalSpacing(18)
    layout.setVerticalSpacing(10)
    return layout


class RecordForm(QWidget):
    """Base of the work form and the simpler forms; `confirmRequested(field)` for parity."""

    confirmRequested = Signal(str)
    historyRequested = Signal(str)

    def __init__(self, model: RecordModel, stack: QUndoStack, context: EditorContext,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model, self.stack, self.context = model, stack, context
        self.rows: dict[str, FieldRow] = {}
        self.form_labels: list[QLabel] = []  # the label column (not the language captions)
        self.bindings: list[Binding] = []
        self.list_editors: list[ListEditor] = []
        self.extra_problem_sinks: list[Callable[[dict[str, str]], None]] = []
        self.blame: dict[str, dict[str, str]] = {}
        self.touched: dict[str, int] = {}
        self.read_only = False
        self._date_fields: set[str] = set()
        self._pair_fields = {f for pair in PAIRS.get(model.table, ()) for f in pair}
        model.fieldChanged.connect(self._field_changed)
        model.recordLoaded.connect(self._record_loaded)

    # -- building --------------------------------------------------------------------------
    def add_row(self, layout: QFormLayout, field: str, label: str, editor: QWidget,
                binding: Binding | None = None) -> FieldRow:
        confirm = self.confirmRequested.emit if field in self._pair_fields else None
        row = FieldRow(field, label, editor, binding, confirm)
        layout.addRow(row.label, row.box)
        self.form_labels.append(row.label)
        self._register(row)
        return row

    def _register(self, row: FieldRow) -> None:
        """Keep a built row: its problems, its binding, its "who changed this" menu."""
        field, editor, binding = row.field, row.editor, row.binding
        self.rows[field] = row
        if binding is not None:
            self.bindings.append(binding)
        row.label.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        row.label.customContextMenuRequested.connect(
            lambda pos, f=field, w=row.label: self._context_menu(f, w, pos))
        if isinstance(editor, QLineEdit | QPlainTextEdit | QComboBox | QCheckBox):
            editor.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
            editor.customContextMenuRequested.connect(
                lambda pos, f=field, w=editor: self._context_menu(f, w, pos))

    def add_pair(self, layout: QFormLayout, field: str, label: str, kind: str = "line",
                 lines: int = 2, names: tuple[str, str] | None = None,
                 scheme: str | None = None) -> tuple[FieldRow, FieldRow]:
        """A text kept in both languages: English on the left, Russian on the right, each
        with its own problems and parity flag. `kind`: line, text, list or choice."""
        box = QWidget()
        box.setObjectName(f"pair_{field}")
        grid = QGridLayout(box)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(12)
        grid.setVerticalSpacing(1)
        built = []
        names = names or (field, f"{field}_ru")
        for column, (name, caption) in enumerate(zip(
                names, (self.tr("English"), self.tr("Russian")), strict=True)):
            full = field_label(name)
            editor, binding = self._pair_editor(name, full, kind, lines, scheme)
            confirm = self.confirmRequested.emit if name in self._pair_fields else None
            row = FieldRow(name, full, editor, binding, confirm, caption=caption)
            row.label.setProperty("role", "muted")
            row.label.setObjectName(f"label_{name}")
            grid.addWidget(row.label, 0, column)
            if row.stale is not None:  # on the caption line, so it never moves the fields
                row.box.layout().removeWidget(row.stale)
                row.stale.put_inline()
                grid.addWidget(row.stale, 0, column,
                               Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            grid.addWidget(row.box, 1, column, Qt.AlignmentFlag.AlignTop)
            grid.setColumnStretch(column, 1)
            self._register(row)
            built.append(row)
        title = QLabel(label)
        title.setBuddy(built[0].editor)
        layout.addRow(title, box)
        self.form_labels.append(title)
        return built[0], built[1]

    def _pair_editor(self, name: str, label: str, kind: str, lines: int,
                     scheme: str | None) -> tuple[QWidget, Binding | None]:
        if kind == "list":
            editor = ListEditor(self.model, self.stack, name, label, None, lines)
            self.list_editors.append(editor)
            return editor, None
        if kind == "choice":
            combo = QComboBox()
            combo.setObjectName(f"field_{name}")
            combo.setAccessibleName(label)
            return combo, VocabChoiceBinding(self.model, self.stack, name, combo, label,
                                             self.context, scheme or "", optional=True)
        if kind == "text":
            text = text_edit(name, label, lines)
            return text, TextBinding(self.model, self.stack, name, text, label)
        line = line_edit(name, label)
        return line, LineBinding(self.model, self.stack, name, line, label)

    def add_term(self, layout: QFormLayout, field: str, label: str, scheme: str,
                 fallback: Sequence[str] = (), optional: bool = True) -> FieldRow:
        """One term of a scheme, by its label in the interface language."""
        editor = QComboBox()
        editor.setObjectName(f"field_{field}")
        editor.setAccessibleName(label)
        binding = VocabChoiceBinding(self.model, self.stack, field, editor, label,
                                     self.context, scheme, fallback, optional)
        return self.add_row(layout, field, label, editor, binding)

    def add_terms(self, layout: QFormLayout, field: str, label: str, scheme: str,
                  by_id: bool = True) -> FieldRow:
        """Several terms of a scheme (media and supports by id, occupations by code)."""
        editor = TermChecks(field)
        editor.setAccessibleName(label)
        binding = TermListBinding(self.model, self.stack, field, editor, label, self.context,
                                  scheme, by_id)
        return self.add_row(layout, field, label, editor, binding)

    def add_agent(self, layout: QFormLayout, field: str, label: str) -> FieldRow:
        """An agent or a person (a venue, a holder), picked by name or made new."""
        editor = AgentPicker(field, label, self.context)
        binding = AgentBinding(self.model, self.stack, field, editor, label, self.context)
        return self.add_row(layout, field, label, editor, binding)

    def add_text(self, layout: QFormLayout, field: str, label: str,
                 placeholder: str = "") -> FieldRow:
        editor = line_edit(field, label, placeholder)
        return self.add_row(layout, field, label, editor,
                            LineBinding(self.model, self.stack, field, editor, label))

    def add_tags(self, layout: QFormLayout, field: str, label: str) -> FieldRow:
        return self.add_list(layout, field, label, rows=3)

    def add_list(self, layout: QFormLayout, field: str, label: str,
                 columns: tuple[tuple[str, str], ...] | None = None, rows: int = 4,
                 choices: dict[str, Choices] | None = None) -> FieldRow:
        """A list field: one row per item (never comma- or line-separated text)."""
        editor = ListEditor(self.model, self.stack, field, label, columns, rows,
                            choices=choices)
        if choices:  # labels come with the vocabulary, read after the form is built
            self.context.lookups.changed.connect(lambda _: editor.relabel())
        self.list_editors.append(editor)
        return self.add_row(layout, field, label, editor)

    def add_date(self, layout: QFormLayout, label: str, placeholder: str = "",
                 beside: QWidget | None = None) -> FieldRow:
        """The typed date, and under it how it was read (with `beside` at its right)."""
        fields = DATE_FIELDS[self.model.table]
        editor = line_edit(fields[0], label, placeholder)
        row = self.add_row(layout, fields[0], label, editor,
                           DateBinding(self.model, self.stack, fields, editor, label))
        self.date_hint = date_hint()
        hint = QWidget()
        line = QHBoxLayout(hint)
        line.setContentsMargins(0, 0, 0, 0)
        line.addWidget(self.date_hint, 1)
        if beside is not None:
            line.addWidget(beside)
        layout.addRow("", hint)
        self._date_fields = {*fields, "date_qualifier"}
        return row

    def _update_date_hint(self) -> None:
        record = self.model.record
        show_hint(self.date_hint, record.get(DATE_FIELDS[self.model.table][0]),
                  shown_dates(self.model.table, record))

    def add_number(self, layout: QFormLayout | None, field: str, label: str) -> Binding:
        editor = line_edit(field, label)
        editor.setMaximumWidth(110)
        binding = NumberBinding(self.model, self.stack, field, editor, label)
        self.bindings.append(binding)
        return binding

    def add_multiline(self, layout: QFormLayout, field: str, label: str, lines: int = 4,
                      kind: str = "text") -> FieldRow:
        if kind == "lines":
            return self.add_list(layout, field, label, rows=lines)
        if kind == "pairs":
            return self.add_list(layout, field, label, (("key", self.tr("Fact")),
                                                        ("value", self.tr("Value"))), lines)
        editor = text_edit(field, label, lines)
        return self.add_row(layout, field, label, editor,
                            TextBinding(self.model, self.stack, field, editor, label))

    def add_choice(self, layout: QFormLayout, field: str, label: str,
                   choices: Sequence[tuple[Any, str]]) -> FieldRow:
        editor = QComboBox()
        editor.setObjectName(f"field_{field}")
        editor.setAccessibleName(label)
        binding = ChoiceBinding(self.model, self.stack, field, editor, label, choices)
        return self.add_row(layout, field, label, editor, binding)

    def add_check(self, layout: QFormLayout, field: str, label: str, text: str) -> FieldRow:
        editor = QCheckBox(text)
        editor.setObjectName(f"field_{field}")
        editor.setAccessibleName(label)
        return self.add_row(layout, field, label, editor,
                            CheckBinding(self.model, self.stack, field, editor, label))

    def add_readonly(self, layout: QFormLayout, field: str, label: str) -> QLabel:
        value = QLabel()
        value.setObjectName(f"field_{field}")
        value.setAccessibleName(label)
        value.setTextFormat(Qt.TextFormat.PlainText)
        value.setWordWrap(True)
        value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.add_row(layout, field, label, value)
        return value

    # -- state -----------------------------------------------------------------------------
    def flush(self) -> None:
        """Commit what the focused editor shows (the classic lost-edit guard)."""
        for editor in self.list_editors:
            editor.flush()
        for binding in self.bindings:
            binding.flush()

    def set_read_only(self, read_only: bool) -> None:
        self.read_only = read_only
        for binding in self.bindings:
            binding.set_read_only(read_only)
        for editor in self.list_editors:
            editor.set_read_only(read_only)
        for row in self.rows.values():
            if row.stale is not None:
                row.stale.button.setEnabled(not read_only)

    def set_history(self, blame: dict[str, dict[str, str]], touched: dict[str, int]) -> None:
        self.blame, self.touched = blame, touched
        self.update_parity()

    def _record_loaded(self) -> None:
        self.show_problems({})
        self.update_parity()
        if self._date_fields:
            self._update_date_hint()

    def _field_changed(self, field: str) -> None:
        if field in self._date_fields:
            self._update_date_hint()
        if self.model.loaded:
            record = self.model.record
            if self.model.is_new and not record.get("id"):  # the save makes it from the name
                record = {**record, "id": suggested_id(self.model.table, record)}
            self.show_problems(problems(self.model.table, record), live=True)
        if field in self._pair_fields:
            self.update_parity()

    def alias(self, field: str, row: FieldRow) -> None:
        """Let `field`'s problems show on another field's row (e.g. width on dimensions)."""
        self.rows[field] = row

    def show_problems(self, found: dict[str, str], live: bool = False) -> None:
        """Each problem next to its field; `live` hides complaints about untouched fields."""
        edited = self.model.edited_fields() if live else None
        if edited is not None:  # a row counts as edited when any field shown on it is
            edited_rows = {id(self.rows[f]) for f in edited if f in self.rows}
            edited |= {f for f, row in self.rows.items() if id(row) in edited_rows}
        shown = {k: v for k, v in found.items()
                 if edited is None or _top(k) in edited or _top(k) == "id"}
        messages: dict[int, tuple[FieldRow, list[str]]] = {
            id(row): (row, []) for row in self.rows.values()}
        lang = current_language()
        for key, problem in shown.items():
            row = self.rows.get(_top(key))
            message = in_language(problem, lang)
            if row is not None and message not in messages[id(row)][1]:
                messages[id(row)][1].append(message)
        for row, lines in messages.values():
            row.set_problem("; ".join(lines) or None)
        for sink in self.extra_problem_sinks:
            sink(shown)

    def problem_fields(self) -> list[str]:
        return [f for f, row in self.rows.items() if row.message.text() and row.field == f]

    def update_parity(self) -> None:
        if not self.model.loaded:
            return
        stale = stale_fields(self.model.table, self.model.record, self.touched,
                             self.model.differs_from_stored())
        for field in self._pair_fields:
            row = self.rows.get(field)
            if row is None:
                continue
            other = stale.get(field)
            text = (self.tr("Possibly stale: “%s” was edited after this. Check it, then "
                            "confirm.") % self.rows[other].name
                    if other and other in self.rows else None)
            row.set_stale(text)

    def stale(self) -> dict[str, str]:
        return stale_fields(self.model.table, self.model.record, self.touched,
                            self.model.differs_from_stored())

    # -- blame -----------------------------------------------------------------------------
    def blame_text(self, field: str) -> str:
        if field in self.model.edited_fields():
            return self.tr("Edited in this session — not saved yet")
        entry = self.blame.get(field)
        if not entry:
            return self.tr("No recorded change to this field")
        return self.tr("Last changed by %s on %s") % (entry["who"], readable_time(entry["at"]))

    def _context_menu(self, field: str, widget: QWidget, pos: QPoint) -> None:
        menu = self.context_menu(field, widget)
        menu.exec(widget.mapToGlobal(pos))
        menu.deleteLater()

    def context_menu(self, field: str, widget: QWidget) -> QMenu:
        """The field's menu: the editor's own actions, then who last changed it."""
        standard = getattr(widget, "createStandardContextMenu", None)
        menu = standard() if callable(standard) else QMenu(widget)
        if not menu.isEmpty():
            menu.addSeparator()
        blame = menu.addAction(self.blame_text(field))
        blame.setObjectName("blameAction")
        blame.setEnabled(False)
        history = menu.addAction(self.tr("Show the history of this record"))
        history.triggered.connect(lambda: self.historyRequested.emit(field))
        return menu


def _top(key: str) -> str:
    """'provenance[2].kind' → 'provenance'."""
    return key.split("[")[0].split(".")[0]
