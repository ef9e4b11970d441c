"""The list on the left: which kind of record, a filter, and the records (or the Trash).

The rows are in `RecordListModel` (record_list_model.py); works are read a page at a time, so
the editor opens on a 100,000-work catalog as fast as on a small one.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QItemSelectionModel,
    QModelIndex,
    Qt,
    Signal,
)
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
from ...catalog.collation import label_key
from ...catalog.records import TITLE_COLUMN
from ...catalog.textfold import fold
from ..i18n import current_language
from .context import EditorContext
from .record_list_model import PAGE, Deliver, IdRole, RecordListModel, Row
from .recordtools import counted

# Marked for translation here, translated where the kind box is filled (RecordsPanel).
KINDS = (("works", QT_TRANSLATE_NOOP("RecordsPanel", "Works")),
         ("people", QT_TRANSLATE_NOOP("RecordsPanel", "People")),
         ("missions", QT_TRANSLATE_NOOP("RecordsPanel", "Missions")),
         ("exhibitions", QT_TRANSLATE_NOOP("RecordsPanel", "Exhibitions")),
         ("sources", QT_TRANSLATE_NOOP("RecordsPanel", "Sources")),
         ("agents", QT_TRANSLATE_NOOP("RecordsPanel", "Agents (holders, venues)")),
         ("trash", QT_TRANSLATE_NOOP("RecordsPanel", "Trash")))


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
        service = self.context.service

        def works(catalog: Any, offset: int, limit: int) -> tuple[list[Row], int]:
            by_title = "title_ru" if lang == "ru" else "title"  # the title the list shows
            result = catalog.search(text, sort="relevance" if text else by_title,
                                    limit=limit, offset=offset, facets=False)
            if lang == "ru":  # the row has no Russian date: the year says it in any language
                return [{"id": r.id, "label": r.title_ru or r.title or r.id,
                         "detail": (r.date_earliest or "")[:4]} for r in result.rows
                        ], result.total
            return [{"id": r.id, "label": r.title or r.id, "detail": r.date_display or ""}
                    for r in result.rows], result.total

        def pager(offset: int, limit: int, deliver: Deliver) -> None:
            service.call(lambda c: works(c, offset, limit)[0], deliver)

        def load(catalog: Any) -> tuple[list[Row], int | None]:
            if kind == "works":  # the first page and the count; the rest as the view scrolls
                return works(catalog, 0, PAGE)
            if kind == "trash":
                return [{"id": r["id"], "label": r["title"] or r["id"],
                         "detail": f"deleted {r['deleted_at']}"} for r in catalog.trash()], None
            rows = sorted((row_for(kind, r) for r in catalog.list_records(kind)),
                          key=lambda r: label_key(r["label"], lang))
            wanted = fold(text)
            return [r for r in rows
                    if not wanted or wanted in fold(f"{r['label']} {r['id']}")], None

        def loaded(listing: tuple[list[Row], int | None]) -> None:
            if generation != self._generation:
                return  # a newer listing was asked for meanwhile
            rows, total = listing
            current = self.current_id()
            self._quiet = True
            self.model.set_rows(rows, total, pager if total is not None else None)
            self._quiet = False
            if current:
                self.select(current)
            if then:
                then()

        service.call(load, loaded)

    def current_id(self) -> str | None:
        index = self.view.currentIndex()
        return index.data(IdRole) if index.isValid() else None

    def selected_ids(self) -> list[str]:
        rows = sorted(i.row() for i in self.view.selectionModel().selectedRows())
        return [self.model.index(r).data(IdRole) for r in rows]

    def select(self, record_id: str | None, quiet: bool = True) -> None:
        """Make `record_id` current without asking to open it (quiet) — or clear. A record
        further down a paged listing than read so far is selected once its page is read."""
        row = self.model.row_of(record_id) if record_id else -1
        if row < 0 and record_id and self.model.canFetchMore():
            generation = self._generation

            def found(row: int) -> None:
                if generation == self._generation and row >= 0:
                    self._select_row(row, quiet)

            self.model.find(record_id, found)
            if self.model.row_of(record_id) >= 0:
                return  # found at once (a synchronous catalog service)
        self._select_row(row, quiet)

    def _select_row(self, row: int, quiet: bool) -> None:
        self._quiet = quiet
        try:
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
