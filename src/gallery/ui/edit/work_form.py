"""The work form: every field of a work record, in tabs a curator can find their way around.

Identification · Dates & physical · Description · People & missions · Provenance · Image ·
Sources · History. Each tab scrolls on its own; problems show next to their field, and a
failed save opens the first tab with one.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ...catalog.bilingual import pick
from ...catalog.date_text import QUALIFIERS
from ...catalog.dates import CERTAINTIES, ParsedDate
from ...catalog.records import CONFIDENCE, DIMENSION_UNITS
from ..i18n import current_language
from ..plain import shown, tooltip
from .context import EditorContext
from .date_field import SetFields, read_date, show_hint, shown_dates
from .fields import ChoiceBinding, FieldRow
from .file_labels import ElidedLabel
from .focus import first_focusable
from .formbase import RecordForm, _top, form_layout
from .history_view import HistoryPanel
from .image_panel import ImagePanel
from .labels import field_label
from .links import EXHIBITIONS, MISSIONS, PEOPLE, SOURCES, LinkEditor, LinkSpec
from .model import RecordModel
from .provenance import ProvenanceEditor
from .recordtools import readable_time
from .vocab import term_choices

# Marked for translation here, translated where the tab is made (context WorkForm).
TABS = (QT_TRANSLATE_NOOP("WorkForm", "Identification"),
        QT_TRANSLATE_NOOP("WorkForm", "Dates & physical"),
        QT_TRANSLATE_NOOP("WorkForm", "Description"),
        QT_TRANSLATE_NOOP("WorkForm", "People & missions"),
        QT_TRANSLATE_NOOP("WorkForm", "Provenance"), QT_TRANSLATE_NOOP("WorkForm", "Image"),
        QT_TRANSLATE_NOOP("WorkForm", "Sources"), QT_TRANSLATE_NOOP("WorkForm", "History"))


class WorkForm(RecordForm):
    def __init__(self, model: RecordModel, stack: QUndoStack, context: EditorContext,
                 parent: QWidget | None = None) -> None:
        super().__init__(model, stack, context, parent)
        self.setObjectName("workForm")
        self.tabs = QTabWidget()
        self.tabs.setObjectName("workTabs")
        self.tabs.setDocumentMode(True)
        # Tab names stay whole: eight names cut to "Осн…", "Опи…" could not be told apart.
        # A form too narrow for all of them scrolls the row (arrows, Ctrl+PgUp/PgDown).
        self.tabs.setUsesScrollButtons(True)
        self.tabs.setElideMode(Qt.TextElideMode.ElideNone)
        self._tab_of: dict[str, int] = {}
        self._shown_key: object = None  # the record the pages show
        self.link_editors: list[LinkEditor] = []
        # One line each, whatever is typed in the title: the fields below never move, and a
        # long title ends in "…" at the form's edge (whole in the tooltip), never widening it.
        self.heading = ElidedLabel(mode=Qt.TextElideMode.ElideRight)
        self.subheading = QLabel()
        self.heading.setObjectName("recordHeading")
        for label in (self.heading, self.subheading):
            label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        self.subheading.setObjectName("recordSubheading")
        self.subheading.setTextFormat(Qt.TextFormat.PlainText)
        self.subheading.setProperty("role", "muted")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.heading)
        layout.addWidget(self.subheading)
        layout.addSpacing(8)
        layout.addWidget(self.tabs, 1)
        self._identification()
        self._dates()
        self._description()
        self._people()
        self._provenance()
        self._image()
        self._sources()
        self.history = HistoryPanel(context)
        self.tabs.addTab(self.history, self.tr(TABS[7]))
        model.fieldChanged.connect(self._any_field_changed)
        model.recordLoaded.connect(self._loaded)

    # -- tabs ------------------------------------------------------------------------------
    def _page(self, title: str, scroll: bool = True) -> QFormLayout:
        page = QWidget()
        page.setObjectName(f"page_{title.split()[0].lower()}")
        form = form_layout()
        form.setContentsMargins(24, 20, 32, 20)
        page.setLayout(form)
        if scroll:
            area = QScrollArea()
            area.setWidgetResizable(True)
            area.setFrameShape(QScrollArea.Shape.NoFrame)
            area.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes from field to field
            area.setWidget(page)
            self.tabs.addTab(area, self.tr(title).replace("&", "&&"))
        else:
            self.tabs.addTab(page, self.tr(title).replace("&", "&&"))
        self.tabs.setTabToolTip(self.tabs.count() - 1, self.tr(title))
        return form

    def _register(self, row: FieldRow) -> None:
        super()._register(row)
        self._tab_of[row.field] = self.tabs.count() - 1

    def _links(self, layout: QFormLayout, field: str, spec: LinkSpec,
               label: str) -> LinkEditor:
        editor = LinkEditor(spec, self.model, self.stack, field, self.context, field)
        self.link_editors.append(editor)
        self.add_row(layout, field, label, editor)
        return editor

    def _language_choices(self) -> list[tuple[str, str]]:
        # every language tag a title may carry (the visitor's apparatus names the same), so
        # a stored "ru-Latn" reads as its name, never as the raw tag
        return [("en", self.tr("English")), ("ru", self.tr("Russian")),
                ("ru-Latn", self.tr("Russian in Latin letters")), ("de", self.tr("German")),
                ("fr", self.tr("French")), ("es", self.tr("Spanish"))]

    def _status_choices(self) -> list[tuple[str, str]]:
        return term_choices(self.context.lookups.vocabulary, "title_status")

    def _identification(self) -> None:
        f = self._page(TABS[0])
        self.id_row = self.add_text(f, "id", self.tr("Identifier"),
                                    self.tr("filled from the title when left empty"))
        self.add_pair(f, "title", self.tr("Title"))
        self.add_pair(f, "title_status", self.tr("Title status"), "choice",
                      names=("title_status", "title_ru_status"), scheme="title_status")
        self.add_list(f, "other_titles", self.tr("Other titles"),
                      (("text", self.tr("Title")), ("lang", self.tr("Language")),
                       ("status", self.tr("Status"))), rows=2,
                      choices={"lang": self._language_choices, "status": self._status_choices})
        self.add_term(f, "work_type", self.tr("Type of work"), "work_type")
        self.add_pair(f, "work_type_note", self.tr("Type of work note"))
        self.add_pair(f, "series", self.tr("Series"))
        self.add_pair(f, "catalogue_numbers", self.tr("Catalogue numbers"), "list", 3)
        self.add_pair(f, "face_value", self.tr("Face value"))
        self.add_pair(f, "credit_line", self.tr("Credit line"), "text")
        self.add_pair(f, "rights", self.tr("Rights"), "text")
        self.add_term(f, "confidence", self.tr("Confidence"), "confidence", CONFIDENCE,
                      optional=False)
        self.add_pair(f, "confidence_note", self.tr("Confidence note"), "text", 3)

    def _dates(self) -> None:
        f = self._page(TABS[1])
        # for a stored range that the text does not match: set it from the text on request
        self.fill_dates = QPushButton(self.tr("Use this range"))
        self.fill_dates.setObjectName("fillDates")
        self.fill_dates.clicked.connect(self.apply_date_suggestion)
        self.add_date(f, self.tr("Date"),
                      self.tr("as it should read: 1965, c. 1967, 18–19 March 1965"),
                      self.fill_dates)
        self.add_text(f, "date_earliest", self.tr("Earliest date"), "YYYY-MM-DD")
        self.add_text(f, "date_latest", self.tr("Latest date"), "YYYY-MM-DD")
        self.add_term(f, "date_qualifier", self.tr("Date qualifier"), "date_qualifier",
                      QUALIFIERS, optional=False)
        self.add_term(f, "date_certainty", self.tr("Date certainty"), "certainty",
                      CERTAINTIES, optional=False)
        self.add_pair(f, "date_note", self.tr("Date note"), "text")
        self.add_terms(f, "medium_terms", self.tr("Medium"), "medium")
        self.add_pair(f, "medium_note", self.tr("Medium note"))
        self.add_terms(f, "support_terms", self.tr("Support"), "support")
        self.add_pair(f, "support_note", self.tr("Support note"))
        dims = QWidget()
        row = QHBoxLayout(dims)
        row.setContentsMargins(0, 0, 0, 0)
        for field, label in (("height", self.tr("height")), ("width", self.tr("width")),
                             ("depth", self.tr("depth"))):
            binding = self.add_number(None, field, field_label(field))
            binding.widget.setPlaceholderText(label)
            row.addWidget(binding.widget)
            if field != "depth":
                row.addWidget(QLabel("×"))
        unit = QComboBox()
        unit.setObjectName("field_dimension_unit")
        unit.setAccessibleName(self.tr("Unit of the dimensions"))
        self.bindings.append(ChoiceBinding(self.model, self.stack, "dimension_unit", unit,
                                           self.tr("Unit"),
                                           [(None, "—"), *[(u, u) for u in DIMENSION_UNITS]]))
        row.addWidget(unit)
        row.addStretch(1)
        dims_row = self.add_row(f, "height", self.tr("Dimensions (h × w × d)"), dims)
        for field in ("width", "depth", "dimension_unit"):
            self.alias(field, dims_row)
            self._tab_of[field] = self._tab_of["height"]
        self.add_pair(f, "dimensions_note", self.tr("Dimensions note"), "text")
        self.add_pair(f, "inscriptions", self.tr("Inscriptions"), "text")
        self.add_pair(f, "where_made", self.tr("Where made"))

    def _description(self) -> None:
        f = self._page(TABS[2])
        self.add_pair(f, "description", self.tr("Description"), "text", 10)
        self.add_pair(f, "subjects", self.tr("Subjects"), "list", 3)
        self.add_pair(f, "alt_text", self.tr("Alt text"), "text", 3)
        self.add_multiline(f, "facts", self.tr("Facts"), 5, kind="lines")

    def _people(self) -> None:
        f = self._page(TABS[3])
        self._links(f, "people", PEOPLE, self.tr("People"))
        self._links(f, "missions", MISSIONS, self.tr("Missions"))
        self._links(f, "exhibitions", EXHIBITIONS, self.tr("Exhibitions"))

    def _provenance(self) -> None:
        f = self._page(TABS[4], scroll=True)
        self.provenance = ProvenanceEditor(self.model, self.stack, self.context)
        f.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        row = self.add_row(f, "provenance", self.tr("Events, oldest first"), self.provenance)
        row.label.setProperty("role", "section")
        self.extra_problem_sinks.append(self.provenance.show_problems)
        self.add_pair(f, "holder_note", self.tr("Holder note"), "text")
        self._links(f, "holder_sources", SOURCES, self.tr("Sources for the current holder"))

    def _image(self) -> None:
        f = self._page(TABS[5])
        f.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        self.image = ImagePanel(self.model, self.context)
        self.add_row(f, "image_path", self.tr("Image"), self.image)
        self.add_pair(f, "image_note", self.tr("Image note"), "text")

    def _sources(self) -> None:
        f = self._page(TABS[6])
        self._links(f, "sources", SOURCES, self.tr("Sources for this work"))

    # -- behaviour -------------------------------------------------------------------------
    def _loaded(self) -> None:
        if self.model.key != self._shown_key:  # another record: each page from its top
            self._shown_key = self.model.key
            for index in range(self.tabs.count()):
                area = self.tabs.widget(index)
                if isinstance(area, QScrollArea):
                    area.verticalScrollBar().setValue(0)
        self._update_heading()
        self._update_date_hint()
        for editor in self.link_editors:
            editor.refresh()
        self._update_id_editable()

    def _update_id_editable(self) -> None:
        binding = self.rows["id"].binding
        if binding is not None:
            binding.set_read_only(self.read_only or not self.model.is_new)

    def _any_field_changed(self, field: str) -> None:
        if field in ("title", "title_ru", "id", "version", "date_display", "updated_at"):
            self._update_heading()
        if field == "version":  # saved for the first time: the id is fixed from now on
            self._update_id_editable()

    def _update_heading(self) -> None:
        r = self.model.record
        title = pick(r, "title", current_language())  # the Russian title in Russian
        self.heading.set_full_text(" ".join(shown(title).split()) or (
            self.tr("New work") if self.model.is_new else r.get("id", "")))
        if not self.model.loaded:
            self.subheading.clear()
        elif self.model.is_new:
            self.subheading.setText(self.tr("Not saved yet"))
        else:
            self.subheading.setText(" · ".join(str(x) for x in (
                r.get("id"), pick(r, "date_display", current_language()),
                self.tr("version %s") % r.get("version"),
                self.tr("saved %s") % readable_time(r.get("updated_at"))) if x))
        self.subheading.setToolTip(tooltip(self.subheading.text()))

    def _update_date_hint(self) -> None:
        r = self.model.record
        show_hint(self.date_hint, r.get("date_display"), shown_dates("works", r))
        reading = read_date(r.get("date_display"))
        differs = isinstance(reading, ParsedDate) and (reading.earliest, reading.latest) != (
            r.get("date_earliest"), r.get("date_latest"))
        self.fill_dates.setVisible(differs)
        self.fill_dates.setEnabled(differs and not self.read_only)

    def apply_date_suggestion(self) -> None:
        reading = read_date(self.model.record.get("date_display"))
        if not isinstance(reading, ParsedDate) or self.read_only:
            return
        self.stack.push(SetFields(self.model, {
            "date_earliest": reading.earliest, "date_latest": reading.latest,
            "date_certainty": reading.certainty},
            self.tr("Fill dates from “%s”") % self.model.record["date_display"], "fill"))

    def flush(self) -> None:
        super().flush()
        self.provenance.flush()

    def set_read_only(self, read_only: bool) -> None:
        super().set_read_only(read_only)
        self._update_id_editable()
        self.provenance.set_read_only(read_only)
        self.image.set_read_only(read_only)
        self.history.set_read_only(read_only)
        for editor in self.link_editors:
            editor.set_read_only(read_only)
        self._update_date_hint()

    def show_problems(self, found: dict[str, str], live: bool = False) -> None:
        super().show_problems(found, live)
        if not live and found:
            tabs = [self._tab_of[_top(k)] for k in found if _top(k) in self._tab_of]
            if tabs:
                self.tabs.setCurrentIndex(min(tabs))

    def show_tab(self, title: str) -> None:
        self.tabs.setCurrentIndex(TABS.index(title))

    def focus_field(self, field: str) -> None:
        """Show the tab holding `field` and put the cursor in it (the worklist opens here)."""
        if field in self._tab_of:
            self.tabs.setCurrentIndex(self._tab_of[field])
        row = self.rows.get(field)
        if row is None:
            return
        first_focusable(row.editor).setFocus(Qt.FocusReason.OtherFocusReason)
        area = self.tabs.currentWidget()
        if isinstance(area, QScrollArea):
            area.ensureWidgetVisible(row.label)
