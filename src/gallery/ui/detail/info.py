"""The text side of the detail view: everything the catalog knows about one work.

Rebuilt from the loaded DetailData whenever the work or the language changes, so every string
(interface words and catalog text alike) follows a live language switch.
"""

from __future__ import annotations

import importlib
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QScrollArea, QVBoxLayout, QWidget

from ...catalog.provenance import paragraph
from ..i18n import current_language
from ..words import (
    confidence_phrase,
    confidence_short,
    date_phrase,
    holder_phrase,
    localized,
    relation_phrase,
    with_mark,
)
from .cards import (
    ConfidenceMark,
    MissionCard,
    RelatedList,
    SourceItem,
    bullets,
    fact_grid,
    heading,
    plain,
)
from .loader import DetailData


def _provenance_timeline_class() -> Any:
    """The provenance timeline widget, if its engineer has delivered it yet."""
    name = f"{__package__}.provenance_timeline"
    try:
        return importlib.import_module(name).ProvenanceTimeline
    except ModuleNotFoundError as error:
        if error.name != name:
            raise
        return None


def dimensions_text(record: dict[str, Any]) -> str:
    sizes = [record.get(k) for k in ("height", "width", "depth")]
    sizes = [f"{s:g}" for s in sizes if s]
    text = " × ".join(sizes)
    if text and record.get("dimension_unit"):
        text += f" {record['dimension_unit']}"
    note = record.get("dimensions_note")
    return f"{text} ({note})" if text and note else (text or note or "")


class InfoPanel(QScrollArea):
    """Scrollable record text; emits `workRequested(id)` when a related work is chosen."""

    workRequested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("infoPanel")
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.data: DetailData | None = None
        self.provenance_widget: Any = None
        self.thumbnails: Any = None  # the grid's ThumbnailLoader, for related works' pictures
        self.images_dir: Path | None = None
        self._show_empty()

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
        body = QWidget(self)
        body.setObjectName("infoBody")
        layout = QVBoxLayout(body)
        layout.setContentsMargins(26, 22, 26, 30)
        layout.setSpacing(10)
        layout.addWidget(self._header(record, lang, body))
        if record.get("image_is_standin") and record.get("image_path"):
            layout.addWidget(self._standin_badge(record, body))
        facts = self._facts(record)
        if lang != "en" and any(value for _, value in facts):
            # These catalog fields exist only in English: say so rather than pass them off.
            layout.addWidget(plain(self.tr("The details below are recorded in English only."),
                                   "muted", body, "englishOnlyNote"))
        layout.addWidget(fact_grid(facts, body))
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
        self._sources(layout, record, body)
        layout.addStretch(1)
        self.setWidget(body)  # the previous body is deleted by the scroll area

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
        title, fallback = localized(record, "title", lang)
        box.addWidget(plain(with_mark(title or record["id"], fallback, lang), "title", frame,
                            "detailTitle"))
        other = record.get("title") if lang == "ru" else record.get("title_ru")
        if other and other != title:
            box.addWidget(plain(other, "subtitle", frame, "otherTitle"))
        box.addWidget(plain(date_phrase(record.get("date_display"),
                                        record.get("date_certainty")), "date", frame,
                            "detailDate"))
        if record.get("date_note"):
            box.addWidget(plain(record["date_note"], "muted", frame))
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
        if record.get("confidence_note"):
            said = f"{said} {record['confidence_note']}"
        box.addWidget(plain(said, "muted", frame, "confidenceNote"))
        return frame

    def _standin_badge(self, record: dict[str, Any], parent: QWidget) -> QWidget:
        frame = QFrame(parent)
        frame.setObjectName("standinBadge")
        box = QVBoxLayout(frame)
        box.setContentsMargins(12, 10, 12, 10)
        box.setSpacing(3)
        box.addWidget(plain(self.tr("Stand-in image — not a photograph of the work"),
                            "badgeTitle", frame, "standinTitle"))
        if record.get("image_note"):
            box.addWidget(plain(record["image_note"], "body", frame, "imageNote"))
        frame.setAccessibleName(self.tr("Stand-in image"))
        return frame

    def _facts(self, record: dict[str, Any]) -> list[tuple[str, str]]:
        return [
            (self.tr("Kind"), record.get("work_type") or ""),
            (self.tr("Medium"), record.get("medium") or ""),
            (self.tr("Support"), record.get("support") or ""),
            (self.tr("Dimensions"), dimensions_text(record)),
            (self.tr("Inscriptions"), record.get("inscriptions") or ""),
            (self.tr("Made at"), record.get("where_made") or ""),
            (self.tr("Series"), record.get("series") or ""),
            (self.tr("Catalogue numbers"), "; ".join(map(str, record.get("catalogue_numbers")
                                                         or []))),
            (self.tr("Holder"), holder_phrase(record.get("current_holder"),
                                              record.get("holder_certainty"))),
            (self.tr("Credit line"), record.get("credit_line") or ""),
            (self.tr("Rights"), record.get("rights") or ""),
        ]

    def _provenance(self, layout: QVBoxLayout, record: dict[str, Any], lang: str,
                    parent: QWidget) -> None:
        layout.addWidget(heading(self.tr("Provenance"), parent))
        events = record.get("provenance") or []
        timeline_class = _provenance_timeline_class()
        self.provenance_widget = None
        if timeline_class is not None and events:
            widget = timeline_class(parent)
            widget.set_events(events, lang=lang)
            self.provenance_widget = widget
            layout.addWidget(widget)
        layout.addWidget(plain(paragraph(events, lang), "body", parent, "provenanceText"))

    def _missions(self, layout: QVBoxLayout, record: dict[str, Any], lang: str,
                  parent: QWidget) -> None:
        links = record.get("missions") or []
        if not links:
            return
        layout.addWidget(heading(self.tr("Missions"), parent))
        for link in links:
            layout.addWidget(MissionCard(link, self.data.missions.get(link["mission_id"]),
                                         lang, parent))

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
        lines = []
        for show in shows:
            name, fallback = localized(show, "name", lang)
            where = ", ".join(p for p in (show.get("venue"), show.get("city"),
                                          show.get("date_display")) if p)
            text = with_mark(name or show["exhibition_id"], fallback, lang)
            if where:
                text += f" — {where}"
            if show.get("relation") and show["relation"] != "shown":
                text += f" ({relation_phrase(show['relation'])})"
            lines.append(text)
        layout.addWidget(bullets(lines, parent))

    def _sources(self, layout: QVBoxLayout, record: dict[str, Any], parent: QWidget) -> None:
        details = record.get("source_details") or {}
        if not details:
            return
        layout.addWidget(heading(self.tr("Sources"), parent))
        for number, source in enumerate(details.values(), start=1):
            layout.addWidget(SourceItem(number, source, parent))
