"""PlaylistEditor: a curator builds or changes a slideshow playlist.

Either chosen works in order (each with an optional caption that replaces the title, and its
own seconds) or a saved search that follows the catalog. Saving carries the version the editor
started from: when someone else saved the playlist meanwhile, the curator chooses to keep their
own version or to load the other one; nothing is overwritten silently.
"""

from __future__ import annotations

import re
from typing import Any

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListView,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ...catalog.errors import CatalogError, Conflict, InvalidRecord
from ...catalog.playlists import (
    format_days,
    format_windows,
    parse_days_text,
    parse_windows_text,
    search_ids,
)
from ...catalog.records import schedule_problems
from ..workers import CatalogService
from .editor_models import PlaylistItemsModel, WorkListModel

CATEGORIES = ("painting", "drawing", "stamp", "poster", "print", "card", "book", "medal")


def slug(name: str) -> str:
    text = re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-")
    return text[:60] or "playlist"


class PlaylistEditor(QDialog):
    saved = Signal(dict)

    def __init__(self, service: CatalogService, playlist_id: str | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("playlistEditor")
        self.setAccessibleName(self.tr("Playlist editor"))
        self.setWindowTitle(self.tr("Slideshow playlist"))
        self.resize(900, 620)
        self.service = service
        self.record: dict[str, Any] = {"id": playlist_id} if playlist_id else {}
        self.version: int | None = None
        self.items = PlaylistItemsModel(self)
        self.found = WorkListModel(self)
        self._build()
        if playlist_id:
            self.service.call(lambda c: _load(c, playlist_id), self._loaded, self._show_error)
        self.service.call(lambda c: c.list_records("missions"), self._missions)
        if service.catalog.read_only:
            self._buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(False)
            self.problem.setText(self.tr("This catalog is read-only: %s")
                                 % service.catalog.read_only_reason)

    # -- layout ---------------------------------------------------------------------------
    def _build(self) -> None:
        self.name = _named(QLineEdit(), "playlistName", self.tr("Playlist name"))
        self.kind = _named(QComboBox(), "playlistKind", self.tr("Kind of playlist"))
        self.kind.addItem(self.tr("Chosen works, in order"), "list")
        self.kind.addItem(self.tr("Saved search (follows the catalog)"), "search")
        self.windows = _named(QLineEdit(), "playlistWindows", self.tr("When it plays"))
        self.windows.setPlaceholderText(self.tr("always — or e.g. Mon-Fri 09:00-18:00; "
                                                "Sat 10:00-16:00"))
        self.runs_from = _named(QLineEdit(), "playlistRunsFrom", self.tr("First day of the run"))
        self.runs_until = _named(QLineEdit(), "playlistRunsUntil",
                                 self.tr("Last day of the run"))
        for edit in (self.runs_from, self.runs_until):
            edit.setPlaceholderText(self.tr("YYYY-MM-DD, or empty"))
        self.closed = _named(QLineEdit(), "playlistClosedDays", self.tr("Closed days"))
        self.closed.setPlaceholderText(self.tr("e.g. 2026-12-31, 2027-01-01..2027-01-03"))
        self.duration = _named(QDoubleSpinBox(), "playlistDuration",
                               self.tr("Seconds per work"))
        self.duration.setRange(0, 3600)
        self.duration.setDecimals(0)
        self.duration.setSpecialValueText(self.tr("the show's interval"))
        self.duration.setSuffix(self.tr(" s"))
        form = QFormLayout()
        form.addRow(self.tr("&Name"), self.name)
        form.addRow(self.tr("&Kind"), self.kind)
        form.addRow(self.tr("&Plays"), self.windows)
        form.addRow(self.tr("Runs &from"), self.runs_from)
        form.addRow(self.tr("Runs &until"), self.runs_until)
        form.addRow(self.tr("&Closed on"), self.closed)
        form.addRow(self.tr("&Seconds per work"), self.duration)
        self.pages = QStackedWidget()
        self.pages.addWidget(self._list_page())
        self.pages.addWidget(self._search_page())
        self.kind.currentIndexChanged.connect(self.pages.setCurrentIndex)
        self.problem = _named(QLabel(), "playlistProblem", self.tr("Problems"))
        self.problem.setTextFormat(Qt.TextFormat.PlainText)
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("color: #b3261e;")
        self._buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                         | QDialogButtonBox.StandardButton.Cancel)
        self._buttons.accepted.connect(self.save)
        self._buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 20, 20, 16)
        layout.setSpacing(12)
        layout.addLayout(form)
        layout.addWidget(self.pages, 1)
        layout.addWidget(self.problem)
        layout.addWidget(self._buttons)

    def _list_page(self) -> QWidget:
        page = QWidget()
        self.table = _named(QTableView(), "playlistItems", self.tr("Works in the playlist"))
        self.table.setModel(self.items)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        buttons = QVBoxLayout()
        for text, name, slot, keys in (
                (self.tr("Move &up"), "moveUp", lambda: self._move(-1), "Ctrl+Up"),
                (self.tr("Move &down"), "moveDown", lambda: self._move(1), "Ctrl+Down"),
                (self.tr("&Remove"), "removeItem", self._remove, QKeySequence.StandardKey.Delete)):
            button = _named(QPushButton(text), name, text.replace("&", ""))
            button.clicked.connect(slot)
            QShortcut(QKeySequence(keys), self.table, slot)
            buttons.addWidget(button)
        buttons.addStretch(1)
        self.query = _named(QLineEdit(), "addSearch", self.tr("Find works to add"))
        self.query.setPlaceholderText(self.tr("Find works to add…"))
        self.query.setClearButtonEnabled(True)
        self.query.returnPressed.connect(self.find)
        self.results = _named(QListView(), "addResults", self.tr("Works found"))
        self.results.setModel(self.found)
        self.results.setUniformItemSizes(True)
        self.results.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.results.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.results.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.results.doubleClicked.connect(self._add_index)
        add = _named(QPushButton(self.tr("&Add to playlist")), "addWork", self.tr("Add work"))
        add.clicked.connect(self.add_selected)
        finder = QVBoxLayout()
        finder.addWidget(self.query)
        finder.addWidget(self.results, 1)
        finder.addWidget(add)
        top = QHBoxLayout(page)
        top.setContentsMargins(0, 0, 0, 0)
        top.addWidget(self.table, 3)
        top.addLayout(buttons)
        top.addSpacing(12)
        top.addLayout(finder, 2)
        return page

    def _search_page(self) -> QWidget:
        page = QWidget()
        self.search_text = _named(QLineEdit(), "searchText", self.tr("Search words"))
        self.search_text.setPlaceholderText(self.tr("words (empty: every work)"))
        self.mission = _named(QComboBox(), "searchMission", self.tr("Mission"))
        self.mission.addItem(self.tr("any mission"), "")
        self.category = _named(QComboBox(), "searchCategory", self.tr("Kind of work"))
        self.category.addItem(self.tr("any kind"), "")
        for category in CATEGORIES:
            self.category.addItem(category, category)
        self.preview = _named(QLabel(), "searchPreview", self.tr("Works it finds now"))
        preview = _named(QPushButton(self.tr("Count works")), "countWorks",
                         self.tr("Count works"))
        preview.clicked.connect(self.count)
        form = QFormLayout(page)
        form.setContentsMargins(0, 8, 0, 0)
        form.addRow(self.tr("Words"), self.search_text)
        form.addRow(self.tr("Mission"), self.mission)
        form.addRow(self.tr("Kind"), self.category)
        form.addRow(preview, self.preview)
        return page

    # -- loading --------------------------------------------------------------------------
    def _loaded(self, got: tuple[dict[str, Any], dict[str, str]]) -> None:
        record, titles = got
        self.record, self.version = record, record["version"]
        self.name.setText(record.get("name") or "")
        self.kind.setCurrentIndex(1 if record.get("kind") == "search" else 0)
        self.windows.setText(format_windows(record.get("windows")))
        self.runs_from.setText(record.get("runs_from") or "")
        self.runs_until.setText(record.get("runs_until") or "")
        self.closed.setText(format_days(record.get("closed_days")))
        self.duration.setValue(float(record.get("default_duration_s") or 0))
        self.items.set_items([{**item, "title": titles.get(item["work_id"])}
                              for item in record.get("items") or []])
        query = record.get("query") or {}
        filters = query.get("filters") or {}
        self.search_text.setText(query.get("text") or "")
        self._pick(self.mission, filters.get("mission", ""))
        self._pick(self.category, filters.get("category", ""))

    def _missions(self, missions: list[dict[str, Any]]) -> None:
        wanted = ((self.record.get("query") or {}).get("filters") or {}).get("mission", "")
        for mission in missions:
            self.mission.addItem(mission.get("name") or mission["id"], mission["id"])
        self._pick(self.mission, wanted)

    @staticmethod
    def _pick(combo: QComboBox, value: Any) -> None:
        index = combo.findData(value[0] if isinstance(value, list) and value else value)
        if index >= 0:
            combo.setCurrentIndex(index)

    # -- the list -------------------------------------------------------------------------
    def find(self) -> None:
        text = self.query.text()

        def run(catalog: Any) -> list[tuple[str, str, str]]:
            rows = catalog.search(text, {}, sort="relevance" if text else "date", limit=200,
                                  facets=False).rows
            return [(r.id, r.title, r.date_display or "") for r in rows]

        self.service.call(run, self.found.set_rows, self._show_error)

    def _add_index(self, index: QModelIndex) -> None:
        work_id, title, _ = self.found.row(index.row())
        row = self.items.add(work_id, title)
        self.table.selectRow(row)

    def add_selected(self) -> None:
        for index in self.results.selectionModel().selectedIndexes():
            self._add_index(index)

    def _current_row(self) -> int:
        rows = self.table.selectionModel().selectedRows()
        return rows[0].row() if rows else -1

    def _move(self, delta: int) -> None:
        row = self._current_row()
        if row >= 0:
            self.table.selectRow(self.items.move(row, delta))

    def _remove(self) -> None:
        row = self._current_row()
        if row >= 0:
            self.items.remove(row)

    def count(self) -> None:
        query = self._query()
        self.service.call(lambda c: len(search_ids(c, query["text"], query["filters"])),
                          lambda n: self.preview.setText(self.tr("%n work(s) now", "", n)),
                          self._show_error)

    def _query(self) -> dict[str, Any]:
        filters = {key: combo.currentData() for key, combo in
                   (("mission", self.mission), ("category", self.category))
                   if combo.currentData()}
        return {"text": self.search_text.text().strip(), "filters": filters}

    # -- saving ---------------------------------------------------------------------------
    def build_record(self) -> dict[str, Any]:
        """The playlist as it stands in the dialog. Raises ValueError for bad windows, days or
        a run that ends before it starts."""
        name = self.name.text().strip()
        kind = self.kind.currentData()
        return {
            **self.record,
            "id": self.record.get("id") or slug(name),
            "name": name, "kind": kind,
            "windows": parse_windows_text(self.windows.text()),
            "runs_from": self.runs_from.text().strip() or None,
            "runs_until": self.runs_until.text().strip() or None,
            "closed_days": parse_days_text(self.closed.text()),
            "default_duration_s": self.duration.value() or None,
            "query": self._query() if kind == "search" else None,
            "items": self.items.items() if kind == "list" else [],
        }

    def save(self) -> None:
        try:
            record = self.build_record()
            run = schedule_problems(record)
            if run:
                raise ValueError("; ".join(run.values()))
        except ValueError as error:
            self.problem.setText(str(error))
            return
        expected = self.version
        self.problem.clear()
        self.service.call(lambda c: c.save_record("playlists", record, expected),
                          self._saved, self._save_failed)

    def _saved(self, stored: dict[str, Any]) -> None:
        self.record, self.version = stored, stored["version"]
        self.saved.emit(stored)
        self.accept()

    def _save_failed(self, error: BaseException) -> None:
        if isinstance(error, Conflict):
            self._conflict(error)
        elif isinstance(error, InvalidRecord):
            self.problem.setText("\n".join(f"{k}: {v}" for k, v in error.problems.items()))
        else:
            self._show_error(error)

    def _conflict(self, error: Conflict) -> None:
        theirs = error.theirs
        if theirs is None:  # deleted meanwhile: saving again creates it anew
            self.version = None
            self.problem.setText(self.tr("Someone deleted this playlist meanwhile; "
                                         "Save creates it again."))
            return
        choice = self.ask_conflict(theirs)
        if choice == "keep":  # save over theirs, knowingly
            self.version = theirs["version"]
            self.save()
        elif choice == "load":
            playlist_id = theirs["id"]
            self.service.call(lambda c: _load(c, playlist_id), self._loaded, self._show_error)
        else:
            self.problem.setText(self.tr("Not saved: someone else changed this playlist."))

    def ask_conflict(self, theirs: dict[str, Any]) -> str:
        """"keep" (mine), "load" (theirs) or "cancel"; tests replace this."""
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Playlist changed"),
                          self.tr("Someone else saved this playlist while you were editing "
                                  "it."), parent=self)
        box.setObjectName("playlistConflict")
        keep = box.addButton(self.tr("Keep mine"), QMessageBox.ButtonRole.AcceptRole)
        load = box.addButton(self.tr("Load theirs"), QMessageBox.ButtonRole.DestructiveRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        clicked = box.clickedButton()
        return "keep" if clicked is keep else "load" if clicked is load else "cancel"

    def _show_error(self, error: BaseException) -> None:
        text = str(error) if isinstance(error, CatalogError) else f"{type(error).__name__}: " \
            f"{error}"
        self.problem.setText(text)


def _load(catalog: Any, playlist_id: str) -> tuple[dict[str, Any], dict[str, str]]:
    record = catalog.get_record("playlists", playlist_id)
    titles = {}
    for item in record.get("items") or []:
        try:
            titles[item["work_id"]] = catalog.get(item["work_id"])["title"]
        except CatalogError:
            titles[item["work_id"]] = item["work_id"]
    return record, titles


def _named(widget: Any, name: str, accessible: str) -> Any:
    widget.setObjectName(name)
    widget.setAccessibleName(accessible)
    return widget
