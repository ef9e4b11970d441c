"""The provenance editor: an ordered list of events, and a form for the selected event.

Add, remove and reorder with the buttons or the keyboard (Insert, Delete, Ctrl+Up, Ctrl+Down
on the list). Each change is one undo command on the record's "provenance" list. The current
holder is never typed: it is derived from the events, live, and shown read-only with the
provenance paragraph as a visitor will read it.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QKeySequence, QShortcut, QUndoStack
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListView,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from ...catalog.bilingual import pick
from ...catalog.dates import CERTAINTIES
from ...catalog.provenance import EVENT_KINDS, KIND_LABELS, derive_holder, paragraph
from ..i18n import current_language
from ..plain import shown, tooltip
from .agent_field import AgentBinding, AgentPicker
from .commands import SelectingSet
from .context import EditorContext
from .event_fields import EventDateBinding, event_hint, event_pair, named_events
from .fields import Binding, CheckBinding, ChoiceBinding, LineBinding, line_edit
from .formbase import form_layout
from .links import SOURCES, LinkEditor
from .model import RecordModel
from .recordtools import comparable
from .vocab import VocabChoiceBinding

Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()
NEW_EVENT = {"date_display": None, "certainty": "unknown", "kind": "held", "party": None,
             "holder": None, "transfers": None, "direct": False, "place": None, "note": None,
             "sources": []}


def tr(text: str) -> str:
    return QCoreApplication.translate("ProvenanceList", text)


def event_line(number: int, event: dict[str, Any], names: dict[str, str] | None = None,
               lang: str = "en") -> str:
    kind = KIND_LABELS[lang].get(event.get("kind") or "", event.get("kind") or "?")
    who = event.get("holder") or event.get("party") or ""
    who = (names or {}).get(who, who)
    event = {**event, "date_display": pick(event, "date_display", lang)}
    # How certain the event is, in words: a bare "?" after a holder's name read as part of it.
    mark = {"probable": tr(" (probably)"), "possibly": tr(" (possibly)")}.get(
        event.get("certainty") or "", "")
    parts = [f"{number}.", event.get("date_display") or tr("date unknown"), "·", kind]
    if who:
        parts += ["·", who]
    return " ".join(parts) + mark


class ProvenanceListModel(QAbstractListModel):
    def __init__(self, model: RecordModel,
                 names: Callable[[], dict[str, str]] = dict) -> None:
        super().__init__()
        self.record, self.names = model, names
        self._count = 0

    def events(self) -> list[dict[str, Any]]:
        return list(self.record.value("provenance") or []) if self.record.loaded else []

    def sync(self) -> None:
        events = self.events()
        new, old = len(events), self._count
        if new == old + 1:  # one inserted: find where, so selection and scroll hold
            self.beginInsertRows(_ROOT, old, old)
            self._count = new
            self.endInsertRows()
        elif new == old - 1:
            self.beginRemoveRows(_ROOT, new, new)
            self._count = new
            self.endRemoveRows()
        elif new != old:
            self.beginResetModel()
            self._count = new
            self.endResetModel()
        if new:
            self.dataChanged.emit(self.index(0), self.index(new - 1))

    def rowCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else self._count

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        events = self.events()
        if not index.isValid() or index.row() >= len(events):
            return None
        event = events[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return shown(event_line(index.row() + 1, event, self.names(), current_language()))
        if role == Qt.ItemDataRole.ToolTipRole:
            line = event_line(index.row() + 1, event, self.names(), current_language())
            return tooltip(f"{line}\n{event['note']}" if event.get("note") else line)
        return None


class ProvenanceEditor(QWidget):
    def __init__(self, model: RecordModel, stack: QUndoStack, context: EditorContext) -> None:
        super().__init__()
        self.record, self.stack, self.context = model, stack, context
        self.setObjectName("provenanceEditor")
        self.current = -1
        self.read_only = False
        self.list_model = ProvenanceListModel(model, context.lookups.names)
        context.lookups.changed.connect(lambda _table: self.list_model.sync())
        self.view = QListView()
        self.view.setObjectName("provenanceList")
        self.view.setAccessibleName(self.tr("Provenance events, in order"))
        self.view.setModel(self.list_model)
        self.view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.view.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.view.setMinimumWidth(200)
        self.view.selectionModel().currentRowChanged.connect(self._current_changed)
        self.buttons: dict[str, QPushButton] = {}
        side = QGridLayout()  # two by two beside the list
        for number, (key, text, tip, slot) in enumerate((
                ("add", self.tr("Add event"), "Insert", self.add_event),
                ("remove", self.tr("Remove"), "Delete", self.remove_event),
                ("up", self.tr("Move up"), "Ctrl+Up", lambda: self.move_event(-1)),
                ("down", self.tr("Move down"), "Ctrl+Down", lambda: self.move_event(1)))):
            button = QPushButton(text)
            button.setObjectName(f"provenance_{key}")
            button.setAccessibleName(text)
            button.setToolTip(f"{text} ({tip})")
            button.clicked.connect(slot)
            self.buttons[key] = button
            side.addWidget(button, number // 2, number % 2)
            shortcut = QShortcut(QKeySequence(tip), self.view)
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
            shortcut.activated.connect(slot)
        self.event_box = QGroupBox(self.tr("Selected event"))
        self.event_box.setObjectName("eventForm")
        self.bindings: list[Binding] = []
        self._build_event_form()
        # The events above, the selected one's form under them at full width: with texts in
        # two languages side by side, the form needs the width more than the list does.
        self.view.setMinimumHeight(120)
        self.view.setMaximumHeight(200)
        top = QHBoxLayout()
        top.setContentsMargins(0, 0, 0, 0)
        top.addWidget(self.view, 1)
        top.addLayout(side)
        body = QVBoxLayout()
        body.addLayout(top)
        body.addWidget(self.event_box, 1)
        self.holder = QLabel()
        self.holder.setObjectName("derivedHolder")
        self.holder.setAccessibleName(self.tr("Current holder, derived from the events"))
        self.holder.setTextFormat(Qt.TextFormat.PlainText)
        self.holder.setWordWrap(True)
        self.reads = QLabel()
        self.reads.setObjectName("provenanceParagraph")
        self.reads.setTextFormat(Qt.TextFormat.PlainText)
        self.reads.setWordWrap(True)
        self.reads.setProperty("role", "muted")
        self.problem = QLabel()
        self.problem.setObjectName("provenanceProblem")
        self.problem.setProperty("role", "problem")
        self.problem.setTextFormat(Qt.TextFormat.PlainText)
        self.problem.setWordWrap(True)
        self.problem.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.holder)
        layout.addWidget(self.reads)
        layout.addLayout(body, 1)
        layout.addWidget(self.problem)
        model.fieldChanged.connect(self._field_changed)
        model.recordLoaded.connect(self._loaded)

    def _path(self, key: str) -> Any:
        return lambda: ("provenance", self.current, key) if self._has_current() else None

    def _has_current(self) -> bool:
        return 0 <= self.current < len(self.list_model.events())

    def _build_event_form(self) -> None:
        form = form_layout()
        m, s = self.record, self.stack

        def line(key: str, label: str, placeholder: str = "", cls: type = LineBinding,
                 below: QWidget | None = None) -> None:
            editor = line_edit(f"event_{key}", label, placeholder)
            self.bindings.append(cls(m, s, self._path(key), editor, label))
            if below is None:
                form.addRow(label, editor)
                return
            box = QWidget()
            column = QVBoxLayout(box)
            column.setContentsMargins(0, 0, 0, 0)
            column.setSpacing(3)
            column.addWidget(editor)
            column.addWidget(below)
            form.addRow(label, box)

        def choice(key: str, label: str, choices: list[tuple[Any, str]]) -> None:
            editor = QComboBox()
            editor.setObjectName(f"field_event_{key}")
            editor.setAccessibleName(label)
            self.bindings.append(ChoiceBinding(m, s, self._path(key), editor, label, choices))
            form.addRow(label, editor)

        def term(key: str, label: str, scheme: str, fallback: Any) -> None:
            editor = QComboBox()
            editor.setObjectName(f"field_event_{key}")
            editor.setAccessibleName(label)
            self.bindings.append(VocabChoiceBinding(m, s, self._path(key), editor, label,
                                                    self.context, scheme, fallback))
            form.addRow(label, editor)

        def agent(key: str, label: str, placeholder: str) -> None:
            picker = AgentPicker(f"event_{key}", label, self.context)
            picker.setToolTip(placeholder)
            self.bindings.append(AgentBinding(m, s, self._path(key), picker, label,
                                              self.context))
            form.addRow(label, picker)

        def pair(key: str, label: str, lines: int = 0) -> None:
            box, bindings = event_pair(m, s, self._path, key, label, lines)
            self.bindings.extend(bindings)
            form.addRow(label, box)

        self.date_hint = QLabel()
        self.date_hint.setObjectName("eventDateHint")
        self.date_hint.setProperty("role", "muted")
        self.date_hint.setTextFormat(Qt.TextFormat.PlainText)
        self.date_hint.setWordWrap(True)
        line("date_display", self.tr("Date"), self.tr("e.g. 1965, c. 1970, 1975–1980"),
             EventDateBinding, self.date_hint)
        pair("date_note", self.tr("Date note"))
        term("certainty", self.tr("Certainty"), "certainty", CERTAINTIES)
        term("kind", self.tr("Kind"), "event_kind", tuple(EVENT_KINDS))
        agent("party", self.tr("Party"), self.tr("who gave, sold, lent or showed it"))
        pair("party_note", self.tr("Party note"))
        agent("holder", self.tr("Holder after"), self.tr("who has it after this event"))
        choice("transfers", self.tr("Moves"), [
            (None, self.tr("as the kind implies")), ("ownership", self.tr("ownership")),
            ("custody", self.tr("custody only")), ("none", self.tr("nothing")),
            ("unknown", self.tr("unknown"))])
        pair("place", self.tr("Place"))
        direct = _check("event_direct", self.tr("Follows the previous event directly"))
        self.bindings.append(CheckBinding(m, s, self._path("direct"), direct,
                                          self.tr("Direct")))
        form.addRow(self.tr("Direct"), direct)
        pair("note", self.tr("Note"), 3)
        self.sources = LinkEditor(SOURCES, m, s, self._path("sources"), self.context,
                                  "event_sources")
        form.addRow(self.tr("Sources"), self.sources)
        self.event_box.setLayout(form)

    # -- state -----------------------------------------------------------------------------
    def _loaded(self) -> None:
        self.list_model.sync()
        self.select(0 if self.list_model.events() else -1)
        self._update_summary()

    def _field_changed(self, field: str) -> None:
        if field != "provenance":
            return
        self.list_model.sync()
        count = len(self.list_model.events())
        if self.current >= count:
            self.select(count - 1)
        else:
            self._refresh_event()
        self._update_summary()

    def select(self, row: int) -> None:
        self.current = row
        if row >= 0:
            self.view.setCurrentIndex(self.list_model.index(row))
        else:
            self.view.clearSelection()
        self._refresh_event()

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid() and current.row() != self.current:
            self.current = current.row()
            self._refresh_event()

    def _refresh_event(self) -> None:
        for binding in self.bindings:
            binding.refresh()
        self.sources.refresh()
        self.event_box.setEnabled(self._has_current())
        event = self.list_model.events()[self.current] if self._has_current() else {}
        self.date_hint.setText(event_hint(event))
        self._update_buttons()

    def _update_buttons(self) -> None:
        count = len(self.list_model.events())
        editable = not self.read_only
        self.buttons["add"].setEnabled(editable and self.record.loaded)
        self.buttons["remove"].setEnabled(editable and self._has_current())
        self.buttons["up"].setEnabled(editable and self.current > 0)
        self.buttons["down"].setEnabled(editable and 0 <= self.current < count - 1)

    def _update_summary(self) -> None:
        events = comparable("works", {"provenance": self.list_model.events()})["provenance"]
        events = [e for e in events if e.get("kind") in EVENT_KINDS]
        holder, certainty = derive_holder(events)
        names = self.context.lookups.names()
        holder = names.get(holder, holder) if holder else holder
        self.holder.setText(self.tr("Current holder (derived from the events): %s")
                            % (f"{holder} ({certainty})" if holder else self.tr("unknown")))
        self.reads.setText(self.tr("Reads as: %s") % paragraph(named_events(events, names),
                                                               current_language()))

    def set_read_only(self, read_only: bool) -> None:
        self.read_only = read_only
        for binding in self.bindings:
            binding.set_read_only(read_only)
        self.sources.set_read_only(read_only)
        self._update_buttons()

    def flush(self) -> None:
        for binding in self.bindings:
            binding.flush()

    def show_problems(self, found: dict[str, str]) -> None:
        lines = []
        for key, message in found.items():
            if key.startswith("provenance["):
                number = int(key[len("provenance["):key.index("]")]) + 1
                lines.append(self.tr("Event %d: %s") % (number, message))
        self.problem.setText("\n".join(lines))
        self.problem.setVisible(bool(lines))

    # -- editing ---------------------------------------------------------------------------
    def _set_events(self, events: list[dict[str, Any]], text: str,
                    selected: int | None = None) -> None:
        """One undoable change of the list; undo and redo put the selection on the event it
        was about (`selected` after it, the current one before it)."""
        before = self.current
        after = before if selected is None else selected
        self.stack.push(SelectingSet(self.record, "provenance", events, text,
                                     self.select, before, after))

    def add_event(self) -> None:
        if self.read_only or not self.record.loaded:
            return
        events = self.list_model.events()
        at = self.current + 1 if self._has_current() else len(events)
        self._set_events([*events[:at], dict(NEW_EVENT), *events[at:]],
                         self.tr("Add provenance event"), at)

    def remove_event(self) -> None:
        events = self.list_model.events()
        if self.read_only or not self._has_current():
            return
        row = self.current
        del events[row]
        self._set_events(events, self.tr("Remove provenance event"),
                         min(row, len(events) - 1))

    def move_event(self, step: int) -> None:
        events = self.list_model.events()
        row, target = self.current, self.current + step
        if self.read_only or not (0 <= row < len(events) and 0 <= target < len(events)):
            return
        events[row], events[target] = events[target], events[row]
        self._set_events(events, self.tr("Move provenance event"), target)


def _check(name: str, text: str) -> QCheckBox:
    box = QCheckBox(text)
    box.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)  # as wide as its text
    box.setObjectName(f"field_{name}")
    box.setAccessibleName(text)
    return box
