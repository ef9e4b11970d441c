"""The list on the left: which kind of record, a filter, and the records (or the Trash).

The list model is a thin adapter over (id, label, detail) rows, paged into the view with
`fetchMore`; a save repaints just its row (`dataChanged`), a new listing (another kind, another
filter) resets it.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractListModel,
    QItemSelectionModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QLabel,
    QLineEdit,
    QListView,
    QVBoxLayout,
    QWidget,
)

from ...catalog.bilingual import pick
from ...catalog.records import TITLE_COLUMN
from ...catalog.textfold import fold
from ..i18n import current_language
from ..plain import shown, tooltip
from .context import EditorContext
from .recordtools import counted

Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()
# Marked for translation here, translated where the kind box is filled (RecordsPanel).
KINDS = (("works", QT_TRANSLATE_NOOP("RecordsPanel", "Works")),
         ("people", QT_TRANSLATE_NOOP("RecordsPanel", "People")),
         ("missions", QT_TRANSLATE_NOOP("RecordsPanel", "Missions")),
         ("exhibitions", QT_TRANSLATE_NOOP("RecordsPanel", "Exhibitions")),
         ("sources", QT_TRANSLATE_NOOP("RecordsPanel", "Sources")),
         ("agents", QT_TRANSLATE_NOOP("RecordsPanel", "Agents (holders, venues)")),
         ("trash", QT_TRANSLATE_NOOP("RecordsPanel", "Trash")))
PAGE = 200
IdRole = Qt.ItemDataRole.UserRole


def row_for(table: str, record: dict[str, Any]) -> dict[str, Any]:
    """The list's row for a record as saved (label and a detail line), in the interface
    language where the record has it."""
    lang = current_language()
    if table in ("works", "trash"):
        label = pick(record, "title", lang) or record["id"]
        detail = pick(record, "date_display", lang) or ""
    else:
        title = pick(record, TITLE_COLUMN[table], lang)
        label = " ".join(str(title or record["id"]).split())
        other = record.get("name_ru") if lang == "en" else record.get("name")
        detail = pick(record, "date_display", lang) or other or ""
    return {"id": record["id"], "label": label, "detail": detail}


class RecordListModel(QAbstractListModel):
    totalChanged = Signal(int)  # how many records the list holds (shown or not yet fetched)

    def __init__(self) -> None:
        super().__init__()
        self._rows: list[dict[str, Any]] = []
        self._shown = 0
        self.drafts: set[str] = set()

    def set_rows(self, rows: list[dict[str, Any]]) -> None:
        self.beginResetModel()
        self._rows = rows
        self._shown = min(PAGE, len(rows))
        self.endResetModel()
        self.totalChanged.emit(len(self._rows))

    def canFetchMore(self, parent: Index = _ROOT) -> bool:
        return not parent.isValid() and self._shown < len(self._rows)

    def fetchMore(self, parent: Index = _ROOT) -> None:
        if parent.isValid():
            return
        more = min(PAGE, len(self._rows) - self._shown)
        if more > 0:
            self.beginInsertRows(_ROOT, self._shown, self._shown + more - 1)
            self._shown += more
            self.endInsertRows()

    def rowCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else self._shown

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= self._shown:
            return None
        row = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return shown(row["label"] + (f"  ·  {row['detail']}" if row.get("detail") else ""))
        if role == Qt.ItemDataRole.ToolTipRole:
            note = "\n(has an unsaved draft)" if row["id"] in self.drafts else ""
            return tooltip(f"{row['label']}\n{row['id']}{note}")
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return shown(row["label"])
        if role == Qt.ItemDataRole.FontRole and row["id"] in self.drafts:
            font = QFont()
            font.setItalic(True)
            return font
        if role == IdRole:
            return row["id"]
        return None

    def row_of(self, record_id: str) -> int:
        return next((i for i, r in enumerate(self._rows) if r["id"] == record_id), -1)

    def ensure_shown(self, row: int) -> None:
        while row >= self._shown and self.canFetchMore():
            self.fetchMore()

    def update_row(self, row_data: dict[str, Any]) -> None:
        """A saved record: repaint its row, or add it where it sorts."""
        row = self.row_of(row_data["id"])
        if row >= 0:
            self._rows[row] = row_data
            if row < self._shown:
                index = self.index(row)
                self.dataChanged.emit(index, index)
            return
        key = row_data["label"].casefold()
        at = next((i for i, r in enumerate(self._rows) if r["label"].casefold() > key),
                  len(self._rows))
        if at <= self._shown:
            self.beginInsertRows(_ROOT, at, at)
            self._rows.insert(at, row_data)
            self._shown += 1
            self.endInsertRows()
        else:
            self._rows.insert(at, row_data)
        self.totalChanged.emit(len(self._rows))

    def remove_row(self, record_id: str) -> None:
        row = self.row_of(record_id)
        if row < 0:
            return
        if row < self._shown:
            self.beginRemoveRows(_ROOT, row, row)
            del self._rows[row]
            self._shown -= 1
            self.endRemoveRows()
        else:
            del self._rows[row]
        self.totalChanged.emit(len(self._rows))

    def set_drafts(self, keys: set[str]) -> None:
        self.drafts = keys
        if self._shown:
            self.dataChanged.emit(self.index(0), self.index(self._shown - 1),
                                  [Qt.ItemDataRole.FontRole, Qt.ItemDataRole.ToolTipRole])


class RecordsPanel(QWidget):
    """`kindChanged(kind)` and `openRequested(id)`; the window may refuse and `select` back."""

    kindChanged = Signal(str)
    openRequested = Signal(str)

    def __init__(self, context: EditorContext) -> None:
        super().__init__()
        self.context = context
        self.setObjectName("recordsPanel")
        self.kind = "works"
        self._quiet = False
        self._generation = 0
        self.kinds = QComboBox()
        self.kinds.setObjectName("recordKind")
        self.kinds.setAccessibleName(self.tr("Kind of record to edit"))
        for key, text in KINDS:
            self.kinds.addItem(self.tr(text), key)
        self.kinds.currentIndexChanged.connect(self._kind_changed)
        self.filter = QLineEdit()
        self.filter.setObjectName("recordFilter")
        self.filter.setAccessibleName(self.tr("Filter the list"))
        self.filter.setPlaceholderText(self.tr("Filter…"))
        self.filter.setClearButtonEnabled(True)
        self.filter.textChanged.connect(lambda _t: self.reload())
        self.model = RecordListModel()
        self.model.totalChanged.connect(self._show_count)
        self.view = QListView()
        self.view.setObjectName("recordList")
        self.view.setAccessibleName(self.tr("Records"))
        self.view.setUniformItemSizes(True)
        self.view.setModel(self.model)
        self.view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.view.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.view.selectionModel().currentRowChanged.connect(self._current_changed)
        self.count = QLabel()
        self.count.setObjectName("recordCount")
        self.count.setProperty("role", "muted")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.kinds)
        layout.addWidget(self.filter)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.count)

    def set_kind(self, kind: str) -> None:
        self.kinds.setCurrentIndex(self.kinds.findData(kind))

    def _kind_changed(self, _index: int) -> None:
        kind = self.kinds.currentData()
        if kind == self.kind:
            return
        self.kind = kind
        self.kindChanged.emit(kind)

    def revert_kind(self, kind: str) -> None:
        self._quiet = True
        self.kind = kind
        self.kinds.setCurrentIndex(self.kinds.findData(kind))
        self._quiet = False

    def _show_count(self, total: int) -> None:
        """Live after every save, trash, restore and create, not only after a listing."""
        self.count.setText(counted(total, self.tr("record"), self.tr("records")))

    def reload(self, then: Any = None) -> None:
        kind, text, lang = self.kind, self.filter.text().strip(), current_language()
        self._generation += 1
        generation = self._generation

        def load(catalog: Any) -> list[dict[str, Any]]:
            if kind == "works":
                result = catalog.search(text, sort="relevance" if text else "title",
                                        limit=100000, facets=False)
                if lang == "ru":  # the row has no Russian date: the year says it in any language
                    return [{"id": r.id, "label": r.title_ru or r.title or r.id,
                             "detail": (r.date_earliest or "")[:4]} for r in result.rows]
                return [{"id": r.id, "label": r.title or r.id, "detail": r.date_display or ""}
                        for r in result.rows]
            if kind == "trash":
                return [{"id": r["id"], "label": r["title"] or r["id"],
                         "detail": f"deleted {r['deleted_at']}"} for r in catalog.trash()]
            rows = sorted((row_for(kind, r) for r in catalog.list_records(kind)),
                          key=lambda r: r["label"].casefold())
            wanted = fold(text)
            return [r for r in rows if not wanted or wanted in fold(f"{r['label']} {r['id']}")]

        def loaded(rows: list[dict[str, Any]]) -> None:
            if generation != self._generation:
                return  # a newer listing was asked for meanwhile
            current = self.current_id()
            self._quiet = True
            self.model.set_rows(rows)
            self._quiet = False
            if current:
                self.select(current)
            if then:
                then()

        self.context.service.call(load, loaded)

    def current_id(self) -> str | None:
        index = self.view.currentIndex()
        return index.data(IdRole) if index.isValid() else None

    def selected_ids(self) -> list[str]:
        rows = sorted(i.row() for i in self.view.selectionModel().selectedRows())
        return [self.model.index(r).data(IdRole) for r in rows]

    def select(self, record_id: str | None, quiet: bool = True) -> None:
        """Make `record_id` current without asking to open it (quiet) — or clear."""
        self._quiet = quiet
        try:
            row = self.model.row_of(record_id) if record_id else -1
            if row < 0:
                self.view.selectionModel().clear()
                return
            self.model.ensure_shown(row)
            index = self.model.index(row)
            self.view.selectionModel().setCurrentIndex(
                index, QItemSelectionModel.SelectionFlag.ClearAndSelect)
            self.view.scrollTo(index)
        finally:
            self._quiet = False

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if self._quiet or not current.isValid():
            return
        self.openRequested.emit(current.data(IdRole))
