"""The text side of the detail view: everything the catalog knows about one work.

Rebuilt from the loaded DetailData whenever the work or the language changes, so every string
(interface words and catalog text alike) follows a live language switch.
"""

from __future__ import annotations

import importlib
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from ...catalog.provenance import paragraph, transfers_for
from .. import measure
from ..i18n import current_language
from ..words import (
    confidence_phrase,
    confidence_short,
    date_phrase,
    localized,
    relation_phrase,
    with_mark,
)
from . import reading
from .apparatus import add_apparatus
from .cards import (
    ConfidenceMark,
    MissionCard,
    RelatedList,
    bullets,
    fact_grid,
    heading,
    plain,
)
from .loader import DetailData
from .provenance_list import event_line
from .sources import SourcesSection
from .summary import citation, summary_rows

BODY_POINTS = 11.0  # the page's running text


def reading_measure() -> int:
    """Pixels for the reading measure of the page's body text (see gallery.ui.measure)."""
    return measure.reading_measure(points=BODY_POINTS)


def _provenance_timeline_class() -> Any:
    """The provenance timeline widget, if its engineer has delivered it yet."""
    name = f"{__package__}.provenance_timeline"
    try:
        return importlib.import_module(name).ProvenanceTimeline
    except ModuleNotFoundError as error:
        if error.name != name:
            raise
        return None


def no_known_history(events: list[dict[str, Any]]) -> bool:
    """Nothing but gaps where owners and holders would be (publications aside)."""
    chain = [e for e in events if (e.get("transfers") or transfers_for(e["kind"])) != "none"]
    return bool(chain) and all(e["kind"] == "gap" for e in chain)


def dimensions_text(record: dict[str, Any], lang: str = "en") -> str:
    return reading.dimensions_line(record, lang)[0]


class InfoPanel(QScrollArea):
    """Scrollable record text; emits `workRequested(id)` when a related work is chosen."""

    workRequested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("infoPanel")
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        # never wider than the text's measure: on a wide screen the picture takes the rest
        self.setMaximumWidth(reading_measure() + 52 + self.verticalScrollBar().sizeHint().width())
        self.data: DetailData | None = None
        self.provenance_widget: Any = None
        self.thumbnails: Any = None  # the grid's ThumbnailLoader, for related works' pictures
        self.images_dir: Path | None = None
        self.sources_expanded = False  # kept across rebuilds (a language switch)
        self.cite_base_url = ""  # the exports' --base-url, for the citation's address
        self.citation_label: QLabel | None = None
        self._show_empty()
        QApplication.instance().focusChanged.connect(self._show_focused)

    def _show_focused(self, _old: QWidget | None, new: QWidget | None) -> None:
        """Keys that move the focus onto the page (Tab, Shift+Tab) scroll it into view."""
        body = self.widget()
        if (new is not None and body is not None and body.isAncestorOf(new)
                and QApplication.mouseButtons() == Qt.MouseButton.NoButton):
            self.ensureWidgetVisible(new, 0, 24)

    def _show_empty(self) -> None:
        body = QWidget(self)
        body.setObjectName("infoBody")
        self.setWidget(body)

    def show_data(self, data: DetailData | None) -> None:
        self.data = data
        self.rebuild()
        self.verticalScrollBar().setValue(0)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        position = self.verticalScrollBar().value()
        self.rebuild()
        self.verticalScrollBar().setValue(position)

    def rebuild(self) -> None:
        self.setAccessibleName(self.tr("About this work"))
        if self.data is None:
            self._show_empty()
            return
        lang = current_language()
        record = self.data.record
        outer = QWidget(self)
        outer.setObjectName("infoBody")
        row = QHBoxLayout(outer)
        row.setContentsMargins(0, 0, 0, 0)
        body = QWidget(outer)
        body.setObjectName("infoColumn")
        body.setMaximumWidth(reading_measure() + 52)  # the text's measure and the margins
        row.addWidget(body, 1)
        row.addStretch(0)
        layout = QVBoxLayout(body)
        layout.setContentsMargins(26, 22, 26, 30)
        layout.setSpacing(10)
        layout.addWidget(self._header(record, lang, body))
        layout.addWidget(self._summary(record, lang, body))
        if record.get("image_is_standin") and record.get("image_path"):
            layout.addWidget(self._standin_badge(record, lang, body))
        facts = self._facts(record, lang)
        if any(fallback for _, value, fallback in facts if value):
            # Some of these values are not written in the reader's language yet: say so
            # rather than pass them off.
            layout.addWidget(plain(self.tr("Some details below are recorded in English only."),
                                   "muted", body, "englishOnlyNote"))
        layout.addWidget(fact_grid([(label, value) for label, value, _ in facts], body))
        description, fallback = localized(record, "description", lang)
        if description:
            layout.addSpacing(6)
            layout.addWidget(plain(with_mark(description, fallback, lang), "lead", body,
                                   "description"))
        # The record's research notes (facts[]) stay with curators: the description above
        # already tells their content in the catalog's own words.
        self._provenance(layout, record, lang, body)
        self._missions(layout, record, lang, body)
        self._related(layout, lang, body)
        self._exhibitions(layout, record, lang, body)
        add_apparatus(layout, record, self.data.vocabulary, lang, body)
        self._sources(layout, record, lang, body)
        layout.addStretch(1)
        # The scroll area sizes a resizable body by its minimum size hint, which counts every
        # wrapped label at its narrowest (screens taller than the page). A set minimum height
        # makes it use height-for-width at the real width: the page ends where its text does.
        body.setMinimumHeight(1)
        outer.setMinimumHeight(1)
        self.setWidget(outer)  # the previous body is deleted by the scroll area

    # -- sections ------------------------------------------------------------------------
    def _header(self, record: dict[str, Any], lang: str, parent: QWidget) -> QWidget:
        frame = QFrame(parent)
        frame.setObjectName("recordHeader")
        frame.setFrameShape(QFrame.Shape.StyledPanel)  # lets the style sheet draw its rule
        level = record.get("confidence") or "low"
        frame.setProperty("confidence", level)
        box = QVBoxLayout(frame)
        box.setContentsMargins(16, 4, 0, 4)
        box.setSpacing(4)
        self._title(box, record, lang, frame)
        display, _ = reading.text(record, "date_display", lang)
        box.addWidget(plain(date_phrase(display, record.get("date_certainty")), "date", frame,
                            "detailDate"))
        note, fallback = reading.text(record, "date_note", lang)
        if note:
            box.addWidget(plain(with_mark(note, fallback, lang), "muted", frame, "dateNote"))
        row = QHBoxLayout()
        row.setSpacing(8)
        row.addWidget(ConfidenceMark(level, frame), 0, Qt.AlignmentFlag.AlignVCenter)
        label = plain(confidence_short(level), "confidence", frame, "confidenceLabel")
        label.setWordWrap(False)
        row.addWidget(label)
        row.addStretch(1)
        box.addSpacing(4)
        box.addLayout(row)
        said = confidence_phrase(level)
        note, fallback = reading.text(record, "confidence_note", lang)
        if note:
            said = f"{said} {with_mark(note, fallback, lang)}"
        box.addWidget(plain(said, "muted", frame, "confidenceNote"))
        return frame

    def _summary(self, record: dict[str, Any], lang: str, parent: QWidget) -> QWidget:
        """Maker, title, date, medium, size, holder, credit line; and "Cite this work"."""
        frame = QFrame(parent)
        frame.setObjectName("summaryBlock")
        frame.setAccessibleName(self.tr("Summary"))
        box = QVBoxLayout(frame)
        box.setContentsMargins(0, 4, 0, 4)
        box.setSpacing(6)
        vocabulary = self.data.vocabulary if self.data else None
        box.addWidget(fact_grid([(label, value) for label, value, _ in
                                 summary_rows(record, vocabulary, lang)], frame))
        row = QHBoxLayout()
        cite = QPushButton(self.tr("Cite this work"), frame)
        cite.setObjectName("citeButton")
        cite.setAutoDefault(True)  # Enter presses it, as Space does
        cite.setToolTip(self.tr("Copy a citation of this record, with its permanent id"))
        cite.clicked.connect(lambda: self.copy_citation(record, lang))
        row.addWidget(cite)
        row.addStretch(1)
        box.addLayout(row)
        self.citation_label = plain("", "muted", frame, "citationCopied")
        self.citation_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.citation_label.hide()
        box.addWidget(self.citation_label)
        return frame

    def copy_citation(self, record: dict[str, Any], lang: str) -> str:
        """Put the citation on the clipboard and show it under the button."""
        vocabulary = self.data.vocabulary if self.data else None
        said = citation(record, vocabulary, lang, self.cite_base_url)
        QApplication.clipboard().setText(said)
        if self.citation_label is not None:
            self.citation_label.setText(self.tr("Copied: %1").replace("%1", said))
            self.citation_label.show()
        return said

    def _title(self, box: QVBoxLayout, record: dict[str, Any], lang: str,
               parent: QWidget) -> None:
        """The title in the reader's language, a small mark saying whose words it is, and the
        original-language title labelled as such."""
        title = reading.title_parts(record, lang)
        box.addWidget(plain(with_mark(title.text, title.fallback, lang), "title", parent,
                            "detailTitle"))
        marks = {"translation": self.tr("our translation"),
                 "published": self.tr("published translation"),
                 "machine": self.tr("machine translation"),
                 "ours": self.tr("title given by this catalogue")}
        if title.mark:
            box.addWidget(plain(marks[title.mark], "muted", parent, "titleMark"))
        if title.other:
            said = {"original": self.tr("Original title:"),
                    "published": self.tr("Published title:")}.get(title.other_status or "")
            if said:
                box.addWidget(plain(said, "muted", parent, "originalTitleLabel"))
            box.addWidget(plain(title.other, "subtitle", parent, "otherTitle"))
        variants = reading.other_titles(record, lang)
        if variants:
            box.addWidget(plain(self.tr("Also titled: %1").replace("%1", "; ".join(variants)),
                                "muted", parent, "variantTitles"))

    def _standin_badge(self, record: dict[str, Any], lang: str, parent: QWidget) -> QWidget:
        frame = QFrame(parent)
        frame.setObjectName("standinBadge")
        box = QVBoxLayout(frame)
        box.setContentsMargins(12, 10, 12, 10)
        box.setSpacing(3)
        box.addWidget(plain(self.tr("Stand-in image — not a photograph of the work"),
                            "badgeTitle", frame, "standinTitle"))
        note, fallback = reading.text(record, "image_note", lang)
        if note:
            box.addWidget(plain(with_mark(note, fallback, lang), "body", frame, "imageNote"))
        frame.setAccessibleName(self.tr("Stand-in image"))
        return frame

    def _facts(self, record: dict[str, Any], lang: str) -> list[tuple[str, str, bool]]:
        """(label, value, not in the reader's language) for the fact grid."""
        vocabulary = self.data.vocabulary if self.data else None
        text = reading.text
        holder_note, note_fallback = text(record, "holder_note", lang)
        people = [reading.person_role(p, vocabulary, lang) for p in record.get("people") or []
                  if vocabulary is not None]
        rows = [
            (self.tr("Kind"), *(reading.kind_line(record, vocabulary, lang) if vocabulary
                                else ("", False))),
            (self.tr("Inscriptions"), *text(record, "inscriptions", lang)),
            (self.tr("Made at"), *text(record, "where_made", lang)),
            (self.tr("People"), "; ".join(people), False),
            (self.tr("Subjects"), *text(record, "subjects", lang, ", ")),
            (self.tr("Series"), *text(record, "series", lang)),
            (self.tr("Face value"), *text(record, "face_value", lang)),
            (self.tr("Catalogue numbers"), *text(record, "catalogue_numbers", lang)),
            (self.tr("How the holder is known"), holder_note, note_fallback),
            (self.tr("Rights"), *text(record, "rights", lang)),
        ]
        return [(label, with_mark(value, fallback, lang), fallback)
                for label, value, fallback in rows]

    def _provenance(self, layout: QVBoxLayout, record: dict[str, Any], lang: str,
                    parent: QWidget) -> None:
        layout.addWidget(heading(self.tr("Provenance"), parent))
        events = record.get("provenance") or []
        timeline_class = _provenance_timeline_class()
        self.provenance_widget = None
        if no_known_history(events):  # a chart of one "whereabouts unknown" bar says less
            layout.addWidget(plain(self.tr("Nothing is known of who has owned or held this "
                                           "work, or where it is."), "body", parent,
                                   "noHistoryLine"))
        elif timeline_class is not None and events:
            widget = timeline_class(parent)
            widget.set_events(events, lang=lang)
            self.provenance_widget = widget
            layout.addWidget(widget)
        if not no_known_history(events):
            layout.addWidget(plain(paragraph(events, lang), "body", parent, "provenanceText"))
        vocabulary = self.data.vocabulary if self.data else None
        if events and vocabulary is not None:
            lines = [with_mark(*event_line(e, vocabulary, lang), lang) for e in events]
            events_list = bullets(lines, parent)
            events_list.setObjectName("provenanceEvents")
            layout.addWidget(events_list)

    def _missions(self, layout: QVBoxLayout, record: dict[str, Any], lang: str,
                  parent: QWidget) -> None:
        links = record.get("missions") or []
        if not links:
            return
        layout.addWidget(heading(self.tr("Missions"), parent))
        for link in links:
            layout.addWidget(MissionCard(link, self.data.missions.get(link["mission_id"]),
                                         lang, parent, self.data.vocabulary))

    def _related(self, layout: QVBoxLayout, lang: str, parent: QWidget) -> None:
        groups = self.data.related if self.data else []
        if not groups:
            return
        layout.addWidget(heading(self.tr("Related works"), parent))
        for group in groups:
            name = group.name_ru if lang == "ru" and group.name_ru else group.name
            reason = {"mission": self.tr("Same mission: %1"),
                      "series": self.tr("Same series: %1"),
                      "person": self.tr("Also with %1")}[group.kind].replace("%1", name)
            layout.addWidget(plain(reason, "key", parent))
            related = RelatedList(group.works, lang, parent, self.thumbnails, self.images_dir)
            related.workRequested.connect(self.workRequested)
            layout.addWidget(related)

    def _exhibitions(self, layout: QVBoxLayout, record: dict[str, Any], lang: str,
                     parent: QWidget) -> None:
        shows = record.get("exhibitions") or []
        if not shows:
            return
        layout.addWidget(heading(self.tr("Exhibitions"), parent))
        venues = self.data.venues if self.data else {}
        lines = []
        for show in shows:
            name, fallback = localized(show, "name", lang)
            venue = show.get("venue")
            venue_name = reading.text(venues[venue], "name", lang)[0] if venue in venues \
                else venue
            where = ", ".join(p for p in (venue_name, reading.text(show, "city", lang)[0],
                                          reading.text(show, "date_display", lang)[0]) if p)
            text = with_mark(name or show["exhibition_id"], fallback, lang)
            if where:
                text += f" — {where}"
            if show.get("relation") and show["relation"] != "shown":
                text += f" ({relation_phrase(show['relation'])})"
            lines.append(text)
        layout.addWidget(bullets(lines, parent))

    def _sources(self, layout: QVBoxLayout, record: dict[str, Any], lang: str,
                 parent: QWidget) -> None:
        details = record.get("source_details") or {}
        if not details:
            return
        records = self.data.sources if self.data else {}
        section = SourcesSection(details, records, lang, parent, self.sources_expanded)
        section.toggle.toggled.connect(self._remember_sources)
        layout.addWidget(section)

    def _remember_sources(self, expanded: bool) -> None:
        self.sources_expanded = expanded
