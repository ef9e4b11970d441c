"""Forms for people, missions, exhibitions and sources: one scrolling page of sections."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QGroupBox, QLabel, QScrollArea, QVBoxLayout, QWidget

from ...catalog.dates import CERTAINTIES
from ...catalog.records import MISSION_STATUSES, TITLE_COLUMN
from ..plain import shown
from .context import EditorContext
from .formbase import RecordForm, form_layout
from .history_view import HistoryPanel
from .labels import field_label
from .links import CREW, SOURCES, LinkEditor
from .model import RecordModel

# (section, [(kind, field, extra)]) — kind: text, multi, lines, tags, pairs, choice, links
Spec = list[tuple[str, list[tuple[str, str, Any]]]]
_CERTAINTY = [(None, "—"), *[(c, c) for c in CERTAINTIES]]
SPECS: dict[str, Spec] = {
    "people": [
        ("Name", [("text", "id", None), ("text", "name", None), ("text", "name_ru", None),
                  ("tags", "roles", None)]),
        ("Life", [("text", "born_date", "YYYY-MM-DD"), ("text", "born_place", None),
                  ("text", "died_date", "YYYY-MM-DD"), ("text", "died_place", None)]),
        ("About", [("multi", "bio", 5), ("multi", "bio_ru", 5), ("lines", "facts", 4),
                   ("multi", "notes", 3)]),
        ("Sources", [("links", "sources", SOURCES)]),
    ],
    "missions": [
        ("Mission", [("text", "id", None), ("text", "name", None), ("text", "name_ru", None),
                     ("text", "program", None),
                     ("choice", "status", [(s, s) for s in MISSION_STATUSES]),
                     ("text", "leonov_role", None)]),
        ("Dates", [("date", "date_display", None), ("text", "date_start", "YYYY-MM-DD"),
                   ("text", "date_end", "YYYY-MM-DD"),
                   ("choice", "date_certainty", _CERTAINTY)]),
        ("Crew", [("links", "crew", CREW)]),
        ("Facts", [("pairs", "key_facts", 4), ("multi", "summary", 5),
                   ("multi", "summary_ru", 5), ("lines", "facts", 4), ("multi", "notes", 3)]),
        ("Sources", [("links", "sources", SOURCES)]),
    ],
    "exhibitions": [
        ("Exhibition", [("text", "id", None), ("text", "title", None),
                        ("text", "title_ru", None), ("text", "venue", None),
                        ("text", "city", None), ("text", "status", None)]),
        ("Dates", [("date", "date_display", None), ("text", "date_start", "YYYY-MM-DD"),
                   ("text", "date_end", "YYYY-MM-DD"),
                   ("choice", "date_certainty", _CERTAINTY)]),
        ("About", [("multi", "description", 5), ("multi", "description_ru", 5),
                   ("lines", "facts", 4), ("multi", "notes", 3)]),
        ("Sources", [("links", "sources", SOURCES)]),
    ],
    "sources": [
        ("Source", [("text", "id", None), ("multi", "citation", 3), ("text", "url", None),
                    ("text", "kind", None), ("text", "reliability", None),
                    ("text", "retrieved", "YYYY-MM-DD")]),
        ("Use", [("lines", "supports", 4), ("multi", "notes", 3)]),
    ],
}
NOUNS = {"people": "person", "missions": "mission", "exhibitions": "exhibition",
         "sources": "source"}


class SimpleForm(RecordForm):
    def __init__(self, model: RecordModel, stack: QUndoStack, context: EditorContext,
                 parent: QWidget | None = None) -> None:
        super().__init__(model, stack, context, parent)
        table = model.table
        self.setObjectName(f"{table}Form")
        self.link_editors: list[LinkEditor] = []
        self.heading = QLabel()
        self.heading.setObjectName("recordHeading")
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        page = QWidget()
        column = QVBoxLayout(page)
        column.setContentsMargins(8, 8, 24, 8)
        column.setSpacing(16)
        for title, fields in SPECS[table]:
            box = QGroupBox(self.tr(title))
            form = form_layout()
            box.setLayout(form)
            for kind, field, extra in fields:
                self._add(form, kind, field, extra)
            column.addWidget(box)
        width = max(row.label.sizeHint().width() for row in self.rows.values())
        for row in self.rows.values():  # one label column down the page, across the groups
            row.label.setMinimumWidth(width)
            row.label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        self.history = HistoryPanel(context)
        self.history.setMinimumHeight(380)
        history_box = QGroupBox(self.tr("History"))
        QVBoxLayout(history_box).addWidget(self.history)
        column.addWidget(history_box)
        column.addStretch(1)
        area = QScrollArea()
        area.setWidgetResizable(True)
        area.setFrameShape(QScrollArea.Shape.NoFrame)
        area.setWidget(page)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addWidget(area, 1)
        model.recordLoaded.connect(self._loaded)
        model.fieldChanged.connect(self._heading_field_changed)

    def _add(self, form: Any, kind: str, field: str, extra: Any) -> None:
        label = field_label(field)
        if kind == "text":
            self.add_text(form, field, label, extra or "")
        elif kind == "date":
            self.add_date(form, label, self.tr("as it should read: 1965, 18–19 March 1965"))
        elif kind == "tags":
            self.add_tags(form, field, label)
        elif kind in ("multi", "lines", "pairs"):
            self.add_multiline(form, field, label, extra,
                               kind={"multi": "text"}.get(kind, kind))
        elif kind == "choice":
            self.add_choice(form, field, label, extra)
        elif kind == "links":
            editor = LinkEditor(extra, self.model, self.stack, field, self.context,
                                f"{self.model.table}_{field}")
            self.link_editors.append(editor)
            self.add_row(form, field, label, editor)

    def _loaded(self) -> None:
        self._heading_field_changed(TITLE_COLUMN[self.model.table])
        for editor in self.link_editors:
            editor.refresh()
        binding = self.rows["id"].binding
        if binding is not None:
            binding.set_read_only(self.read_only or not self.model.is_new)

    def _heading_field_changed(self, field: str) -> None:
        if field == "version":
            binding = self.rows["id"].binding
            if binding is not None:
                binding.set_read_only(self.read_only or not self.model.is_new)
        if field == TITLE_COLUMN[self.model.table]:
            title = " ".join(shown(self.model.record.get(field)).split())
            if len(title) > 90:
                title = title[:88] + "…"
            noun = NOUNS[self.model.table]
            self.heading.setText(title or (self.tr("New %s") % noun if self.model.loaded
                                           else ""))

    def set_read_only(self, read_only: bool) -> None:
        super().set_read_only(read_only)
        for editor in self.link_editors:
            editor.set_read_only(read_only)
        self.history.set_read_only(read_only)
        binding = self.rows["id"].binding
        if binding is not None:
            binding.set_read_only(read_only or not self.model.is_new)
