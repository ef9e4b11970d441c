"""Forms for people, missions, exhibitions, sources and agents: one scrolling page of sections."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QGroupBox, QLineEdit, QScrollArea, QVBoxLayout, QWidget

from ...catalog.bilingual import pick
from ...catalog.date_text import QUALIFIERS
from ...catalog.dates import CERTAINTIES
from ...catalog.records import MISSION_STATUSES, TITLE_COLUMN
from ..i18n import current_language
from ..plain import shown
from . import twin_watch
from .context import EditorContext
from .file_labels import ElidedLabel
from .focus import first_focusable
from .formbase import RecordForm, form_layout
from .history_view import HistoryPanel
from .kind_words import new_record_title
from .labels import field_label
from .links import CREW, SOURCES, LinkEditor
from .model import RecordModel
from .newrecord import AGENT_KINDS
from .recordtools import suggested_id
from .vocab import NAME_STATUS

# (section, [(kind, field, extra)]) — kind: text, multi, lines, tags, pairs, choice, links;
# pair / pairtext / pairlist (English and Russian side by side), status (a pair of title
# statuses), term (scheme, fallback codes, optional), terms (scheme), agent, facts.
Spec = list[tuple[str, list[tuple[str, str, Any]]]]
_DATES = ("Dates", [("date", "date_display", None), ("text", "date_start", "YYYY-MM-DD"),
                    ("text", "date_end", "YYYY-MM-DD"),
                    ("term", "date_qualifier", ("date_qualifier", QUALIFIERS, False)),
                    ("term", "date_certainty", ("certainty", CERTAINTIES, True)),
                    ("pairtext", "date_note", 2)])
# (stored value, label marked for translation; shown in the interface language)
_AGENT_KINDS = list(zip(AGENT_KINDS, (QT_TRANSLATE_NOOP("SimpleForm", "organisation"),
                                      QT_TRANSLATE_NOOP("SimpleForm", "person"),
                                      QT_TRANSLATE_NOOP("SimpleForm", "group")), strict=True))
SPECS: dict[str, Spec] = {
    "people": [
        ("Name", [("text", "id", None), ("pair", "name", None), ("status", "name", None),
                  ("terms", "roles", "occupation")]),
        ("Life", [("text", "born_date", "YYYY-MM-DD"), ("pair", "born_place", None),
                  ("text", "died_date", "YYYY-MM-DD"), ("pair", "died_place", None)]),
        ("About", [("pairtext", "bio", 6), ("lines", "facts", 4), ("multi", "notes", 3)]),
        ("Sources", [("links", "sources", SOURCES)]),
    ],
    "missions": [
        ("Mission", [("text", "id", None), ("pair", "name", None), ("status", "name", None),
                     ("pair", "program", None),
                     ("term", "status", ("mission_status", MISSION_STATUSES, False)),
                     ("pair", "leonov_role", None)]),
        _DATES,
        ("Crew", [("links", "crew", CREW)]),
        ("Facts", [("facts", "key_facts", 4), ("pairtext", "summary", 6),
                   ("lines", "facts", 4), ("multi", "notes", 3)]),
        ("Sources", [("links", "sources", SOURCES)]),
    ],
    "exhibitions": [
        ("Exhibition", [("text", "id", None), ("pair", "title", None),
                        ("status", "title", None), ("agent", "venue", None),
                        ("pair", "city", None),
                        ("term", "status", ("exhibition_status", (), True))]),
        _DATES,
        ("About", [("pairtext", "description", 6), ("lines", "facts", 4),
                   ("multi", "notes", 3)]),
        ("Sources", [("links", "sources", SOURCES)]),
    ],
    "sources": [
        ("Source", [("text", "id", None), ("multi", "citation", 3), ("text", "url", None),
                    ("term", "kind", ("source_kind", (), True)),
                    ("term", "reliability", ("reliability", (), True)),
                    ("text", "retrieved", "YYYY-MM-DD"), ("pairtext", "consulted", 2)]),
        ("Use", [("lines", "supports", 4), ("multi", "notes", 3)]),
    ],
    "agents": [
        ("Agent", [("text", "id", None), ("pair", "name", None), ("status", "name", None),
                   ("choice", "kind", _AGENT_KINDS),
                   ("pair", "place", None)]),
        ("Identifiers", [("text", "wikidata", "Q…"), ("text", "ulan", None),
                         ("text", "viaf", None)]),
        ("About", [("multi", "notes", 3)]),
    ],
}
# The section titles above, marked for translation (translated where the group is made).
SECTIONS = (QT_TRANSLATE_NOOP("SimpleForm", "Name"), QT_TRANSLATE_NOOP("SimpleForm", "Life"),
            QT_TRANSLATE_NOOP("SimpleForm", "About"), QT_TRANSLATE_NOOP("SimpleForm", "Sources"),
            QT_TRANSLATE_NOOP("SimpleForm", "Mission"), QT_TRANSLATE_NOOP("SimpleForm", "Dates"),
            QT_TRANSLATE_NOOP("SimpleForm", "Crew"), QT_TRANSLATE_NOOP("SimpleForm", "Facts"),
            QT_TRANSLATE_NOOP("SimpleForm", "Exhibition"),
            QT_TRANSLATE_NOOP("SimpleForm", "Source"), QT_TRANSLATE_NOOP("SimpleForm", "Use"),
            QT_TRANSLATE_NOOP("SimpleForm", "Agent"),
            QT_TRANSLATE_NOOP("SimpleForm", "Identifiers"))

class SimpleForm(RecordForm):
    def __init__(self, model: RecordModel, stack: QUndoStack, context: EditorContext,
                 parent: QWidget | None = None) -> None:
        super().__init__(model, stack, context, parent)
        table = model.table
        self.setObjectName(f"{table}Form")
        self.link_editors: list[LinkEditor] = []
        # One line: a long name ends in "…" (whole in the tooltip); it never widens the form.
        self.heading = ElidedLabel(mode=Qt.TextElideMode.ElideRight)
        self.heading.setObjectName("recordHeading")
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
        width = max(label.sizeHint().width() for label in self.form_labels)
        for label in self.form_labels:  # one label column down the page, across the groups
            label.setMinimumWidth(width)
            label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        self.history = HistoryPanel(context)
        self.history.setMinimumHeight(380)
        history_box = QGroupBox(self.tr("History"))
        QVBoxLayout(history_box).addWidget(self.history)
        column.addWidget(history_box)
        column.addStretch(1)
        self.area = area = QScrollArea()
        area.setWidgetResizable(True)
        area.setFrameShape(QScrollArea.Shape.NoFrame)
        area.setWidget(page)
        self._shown_key: object = None  # the record the page shows (a new one starts at top)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading)
        self.twins = twin_watch.install(self, table)  # "already in the catalog" (people, agents)
        if self.twins is not None:
            layout.addWidget(self.twins.banner)
        layout.addWidget(area, 1)
        model.recordLoaded.connect(self._loaded)
        model.fieldChanged.connect(self._heading_field_changed)

    def _add(self, form: Any, kind: str, field: str, extra: Any) -> None:
        label = field_label(field)
        if kind in ("pair", "pairtext", "pairlist"):
            self.add_pair(form, field, label, {"pair": "line", "pairtext": "text",
                                               "pairlist": "list"}[kind], extra or 2)
        elif kind == "status":
            title = self.tr("Title status") if field == "title" else self.tr("Name status")
            self.add_pair(form, f"{field}_status", title, "choice",
                          names=(f"{field}_status", f"{field}_ru_status"),
                          scheme="title_status" if field == "title" else NAME_STATUS)
        elif kind == "term":
            scheme, fallback, optional = extra
            self.add_term(form, field, label, scheme, fallback, optional)
        elif kind == "terms":
            self.add_terms(form, field, label, extra, by_id=False)
        elif kind == "agent":
            self.add_agent(form, field, label)
        elif kind == "facts":
            self.add_list(form, field, label, (
                ("key", self.tr("Key")), ("label", self.tr("Fact (English)")),
                ("label_ru", self.tr("Fact (Russian)")),
                ("value", self.tr("Value (English)")),
                ("value_ru", self.tr("Value (Russian)"))), extra)
        elif kind == "text":
            self.add_text(form, field, label, extra or "")
        elif kind == "date":
            self.add_date(form, label, self.tr("as it should read: 1965, 18–19 March 1965"))
        elif kind == "tags":
            self.add_tags(form, field, label)
        elif kind in ("multi", "lines", "pairs"):
            self.add_multiline(form, field, label, extra,
                               kind={"multi": "text"}.get(kind, kind))
        elif kind == "choice":
            self.add_choice(form, field, label, [(v, self.tr(t)) for v, t in extra])
        elif kind == "links":
            editor = LinkEditor(extra, self.model, self.stack, field, self.context,
                                f"{self.model.table}_{field}")
            self.link_editors.append(editor)
            self.add_row(form, field, label, editor)

    def _loaded(self) -> None:
        self._show_id_placeholder()
        if self.model.key != self._shown_key:  # another record: read it from its top
            self._shown_key = self.model.key
            self.area.verticalScrollBar().setValue(0)
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
        if field in (TITLE_COLUMN[self.model.table], f"{TITLE_COLUMN[self.model.table]}_ru"):
            field = TITLE_COLUMN[self.model.table]
            self._show_id_placeholder()
            title = " ".join(shown(pick(self.model.record, field, current_language())).split())
            self.heading.set_full_text(title or (new_record_title(self.model.table)
                                                 if self.model.loaded else ""))

    def _show_id_placeholder(self) -> None:
        """A new record's empty identifier is made from its name at the save: say which."""
        made = suggested_id(self.model.table, self.model.record) if self.model.loaded else ""
        editor = self.rows["id"].editor
        if isinstance(editor, QLineEdit):
            editor.setPlaceholderText(made or self.tr("made from the name when left empty"))

    def focus_field(self, field: str) -> None:
        """Scroll to `field` and put the cursor in it (a deletion's "linked from" opens here)."""
        row = self.rows.get(field)
        if row is None:
            return
        first_focusable(row.editor).setFocus(Qt.FocusReason.OtherFocusReason)
        self.area.ensureWidgetVisible(row.box)

    def set_read_only(self, read_only: bool) -> None:
        super().set_read_only(read_only)
        for editor in self.link_editors:
            editor.set_read_only(read_only)
        self.history.set_read_only(read_only)
        binding = self.rows["id"].binding
        if binding is not None:
            binding.set_read_only(read_only or not self.model.is_new)
