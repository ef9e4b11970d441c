"""A record's history: every change with who and when, a field-by-field diff, and revert.

Reverting (the whole record, or one field, to the state after a chosen change) puts the old
values into the form as one undoable edit; saving it records a new change through the normal
save path, so the history only ever grows.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ...catalog.history_diff import diff_record
from ...catalog.history_report import action_text, catalog_names, when_text, who_text
from ...catalog.records import DERIVED_COLUMNS
from ..i18n import current_language
from ..plain import shown, tooltip
from .context import EditorContext
from .file_labels import worded_value
from .history_detail import ChangeDetail, attach_names, shown_value
from .labels import change_label, field_label
from .recordtools import describe
from .vocab import code_words

Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()


def tr(text: str) -> str:
    return QCoreApplication.translate("HistoryModel", text)
# What the store writes itself on every save (display dates, medium and support lines, the
# holder's name, the category): a consequence of an edit, never a curator's edit.
GENERATED = DERIVED_COLUMNS | {"date_display"}


def curator_changes(changes: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return [c for c in changes if c["field"] not in GENERATED]


class _ThreeColumnModel(QAbstractTableModel):
    """A flat table of three named columns over a list of dicts (subclasses give the list)."""

    def _rows(self) -> list[dict[str, Any]]:
        raise NotImplementedError

    def _headers(self) -> tuple[str, str, str]:
        raise NotImplementedError

    def rowCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._rows())

    def columnCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else 3

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers()[section] if 0 <= section < 3 else None
        return None


class HistoryModel(_ThreeColumnModel):
    """Changes, newest first: When · Who · What."""


    def __init__(self) -> None:
        super().__init__()
        self.entries: list[dict[str, Any]] = []

    def set_entries(self, entries: list[dict[str, Any]]) -> None:
        self.beginResetModel()  # a different record: a new listing
        self.entries = sorted(entries, key=lambda e: e["id"], reverse=True)
        self.endResetModel()

    def _rows(self) -> list[dict[str, Any]]:
        return self.entries

    def _headers(self) -> tuple[str, str, str]:
        return self.tr("When"), self.tr("Who"), self.tr("What changed")

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self.entries):
            return None
        entry = self.entries[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            if index.column() == 0:  # the reader's time zone, the month in their language
                return when_text(entry["at"], current_language())
            if index.column() == 1:  # the catalog build in the reader's words
                return who_text(entry["who"], current_language())
            return summary(entry)
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == 2:
            return tooltip(summary(entry))
        return None


def summary(entry: dict[str, Any]) -> str:
    if entry.get("table") == "parity":
        after = entry.get("after") or {}
        return tr("confirmed %s matches %s") % (field_label(after.get("field", "")),
                                                  field_label(after.get("against", "")))
    # The core's words: in Russian the verb agrees with the record's gender (создан/создана).
    action = action_text(entry["action"], entry.get("record_table", "works"),
                         current_language())
    fields = [c["field"] for c in curator_changes(entry["changes"])]
    if entry["action"] == "create":
        return action
    if entry["action"] == "update" and fields:
        shown = ", ".join(change_label(f, set(fields)) for f in fields[:5])
        more = tr(" and %d more") % (len(fields) - 5) if len(fields) > 5 else ""
        return f"{action}: {shown}{more}"
    return action


class DiffModel(_ThreeColumnModel):
    """The fields one change touched: Field · Before · After."""


    def __init__(self, context: EditorContext) -> None:
        super().__init__()
        self.context = context
        self.changes: list[dict[str, Any]] = []
        self.fields: set[str] = set()

    def set_changes(self, changes: list[dict[str, Any]]) -> None:
        self.beginResetModel()
        self.changes = curator_changes(changes)
        self.fields = {c["field"] for c in self.changes}
        self.endResetModel()

    def _rows(self) -> list[dict[str, Any]]:
        return self.changes

    def _headers(self) -> tuple[str, str, str]:
        return self.tr("Field"), self.tr("Before"), self.tr("After")

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self.changes):
            return None
        change = self.changes[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if index.column() == 0:
                text = change_label(change["field"], self.fields)
            else:
                side = "before" if index.column() == 1 else "after"
                value, lang = change[side], current_language()
                text = worded_value(change["field"], value, lang) or (
                    shown_value(change, side, lang) if value not in (None, "") else None
                ) or describe(
                    value, self.context.lookups.names(),
                    code_words(self.context.lookups.vocabulary))
            return shown(text) if role == Qt.ItemDataRole.DisplayRole else tooltip(text)
        if role == Qt.ItemDataRole.UserRole:
            return change["field"]
        return None


class HistoryPanel(QWidget):
    """`revertRecord(state)` and `revertField(field, value)` ask the session to apply them."""

    revertRecord = Signal(dict)
    revertField = Signal(str, object)

    def __init__(self, context: EditorContext) -> None:
        super().__init__()
        self.context = context
        self.setObjectName("historyPanel")
        self.read_only = False
        self.model = HistoryModel()
        self.diff = DiffModel(context)
        self.list = _table(self.model, "historyList", self.tr("Changes to this record"))
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.selectionModel().currentRowChanged.connect(self._entry_changed)
        header = self.list.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.diff_view = _table(self.diff, "historyDiff", self.tr("What this change did"))
        self.diff_view.setWordWrap(True)
        header = self.diff_view.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.diff_view.selectionModel().currentRowChanged.connect(self._update_buttons)
        self.diff_view.selectionModel().currentRowChanged.connect(self._field_chosen)
        self.detail = ChangeDetail()
        self.revert_all = QPushButton(self.tr("Revert record to this version"))
        self.revert_all.setObjectName("revertRecord")
        self.revert_all.clicked.connect(self._revert_record)
        self.revert_one = QPushButton(self.tr("Revert selected field to this version"))
        self.revert_one.setObjectName("revertField")
        self.revert_one.clicked.connect(self._revert_field)
        self.note = QLabel(self.tr("A revert fills the form; save to record it as a new "
                                   "change."))
        self.note.setProperty("role", "muted")
        self.note.setWordWrap(True)  # in Russian the note is long: it wraps, never widens
        buttons = QHBoxLayout()
        buttons.addWidget(self.revert_all)
        buttons.addWidget(self.revert_one)
        buttons.addWidget(self.note, 1)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.list)
        splitter.addWidget(self.diff_view)
        splitter.addWidget(self.detail)
        splitter.setSizes([200, 150, 300])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter, 1)
        layout.addLayout(buttons)
        self._update_buttons()

    def load(self, table: str, record_id: str | None) -> None:
        if not record_id:
            self.model.set_entries([])
            self._entry_changed(QModelIndex(), QModelIndex())
            return

        def read(catalog: Any) -> list[dict[str, Any]]:
            entries = catalog.history(record_id, table=table)
            confirmations = catalog.history(f"{table}/{record_id}", table="parity")
            with catalog.reading() as con:  # per field and per list item, names filled in
                names = catalog_names(con)
                for entry in entries:
                    entry["diff"] = attach_names([
                        c for c in diff_record(entry["before"], entry["after"], names=names)
                        if c["field"] not in GENERATED], names)
            for entry in entries:
                entry["record_table"] = table
            return entries + [{**e, "table": "parity"} for e in confirmations]

        self.context.service.call(read, self._loaded)

    def _loaded(self, entries: list[dict[str, Any]]) -> None:
        self.model.set_entries(entries)
        if entries:
            self.list.selectRow(0)
        else:
            self._entry_changed(QModelIndex(), QModelIndex())

    def current_entry(self) -> dict[str, Any] | None:
        index = self.list.currentIndex()
        if not index.isValid() or index.row() >= len(self.model.entries):
            return None
        return self.model.entries[index.row()]

    def _entry_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        entry = self.current_entry()
        usable = entry is not None and entry.get("table") != "parity"
        # the table says values as the detail does: codes and linked records by their names
        shown = {c["field"]: c.get("shown") for c in (entry or {}).get("diff") or []}
        self.diff.set_changes([{**c, "shown": shown.get(c["field"])} for c in entry["changes"]]
                              if entry and usable else [])
        self.detail.set_changes(entry.get("diff") or [] if entry and usable else [])
        self._update_buttons()

    def _field_chosen(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid() and current.row() < len(self.diff.changes):
            self.detail.show_field(self.diff.changes[current.row()]["field"])

    def _update_buttons(self, *_: Any) -> None:
        entry = self.current_entry()
        usable = (entry is not None and entry.get("table") != "parity"
                  and entry.get("after") is not None and not self.read_only)
        self.revert_all.setEnabled(usable)
        self.revert_one.setEnabled(usable and self.diff_view.currentIndex().isValid())

    def set_read_only(self, read_only: bool) -> None:
        self.read_only = read_only
        self._update_buttons()

    def _revert_record(self) -> None:
        entry = self.current_entry()
        if entry and entry.get("after"):
            self.revertRecord.emit(entry["after"])

    def _revert_field(self) -> None:
        entry = self.current_entry()
        index = self.diff_view.currentIndex()
        if entry and entry.get("after") is not None and index.isValid():
            field = self.diff.changes[index.row()]["field"]
            self.revertField.emit(field, entry["after"].get(field))


def _table(model: QAbstractTableModel, name: str, accessible: str) -> QTableView:
    view = QTableView()
    view.setObjectName(name)
    view.setAccessibleName(accessible)
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.verticalHeader().hide()
    view.setAlternatingRowColors(True)
    return view
