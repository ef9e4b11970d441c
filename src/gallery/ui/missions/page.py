"""One mission's record as a readable page: names, status, crew, key facts, summary, works,
sources. Every catalog text is a plain-text label; links are LinkLabels, never HTML anchors.

One calm column at the reading measure the work page keeps, about 70 characters a line
(gallery.ui.measure; the margins grow on wide screens), rebuilt whole when the
mission or the language changes. A single column keeps Qt's height-for-width of wrapped labels
exact, so no long text is ever cut off.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QSize, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ..measure import reading_measure
from ..timeline.labels import capitalised, link_text, role_text, status_text
from ..timeline.style import locale_language, localized, status_explained
from ..words import date_phrase
from .facts import fact_label
from .model import MissionListModel
from .widgets import LinkLabel, heading, plain_label


class MissionPage(QWidget):
    workActivated = Signal(str)
    filterRequested = Signal(str)
    linkRequested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("missionPage")
        self._record: dict[str, Any] | None = None
        self._lang = locale_language()
        self._icons = MissionListModel(self)  # only for its status swatches
        self._outer = QVBoxLayout(self)
        self._outer.setContentsMargins(36, 28, 36, 36)
        self._outer.setSpacing(0)
        self._outer.setSizeConstraint(QVBoxLayout.SizeConstraint.SetNoConstraint)
        self.fact_rows: list[tuple[QLabel, QLabel]] = []
        self.work_links: dict[str, LinkLabel] = {}
        self.filter_button: QPushButton | None = None
        self.sources_button: QPushButton | None = None
        self._sources_open = False  # the reader's choice, kept from mission to mission

    def show_mission(self, record: dict[str, Any] | None, lang: str) -> None:
        self._record = record
        self._lang = lang
        self._rebuild()

    def minimumSizeHint(self) -> QSize:
        # The height needed depends on the width (wrapped text); the scroll area asks
        # heightForWidth, so the narrowest layout's height must not become a floor.
        return QSize(360, 0)

    def resizeEvent(self, event: Any) -> None:
        side = max(36, (self.width() - reading_measure(self.font())) // 2)
        margins = self._outer.contentsMargins()
        if margins.left() != side:
            self._outer.setContentsMargins(side, 28, side, 36)
        super().resizeEvent(event)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._rebuild()
        super().changeEvent(event)

    # -- building -----------------------------------------------------------------------------
    def _clear(self) -> None:
        def drop(layout: Any) -> None:
            while layout.count():
                item = layout.takeAt(0)
                widget = item.widget()
                if widget is not None:
                    # Gone at once for findChild(): hidden and nameless until deleteLater runs.
                    for child in [widget, *widget.findChildren(QWidget)]:
                        child.setObjectName("")
                    widget.hide()
                    widget.deleteLater()
                elif item.layout() is not None:
                    drop(item.layout())
                    item.layout().deleteLater()
        drop(self._outer)
        self.fact_rows, self.work_links, self.filter_button = [], {}, None
        self.sources_button = None

    def _rebuild(self) -> None:
        self._clear()
        record = self._record
        if record is None:
            self._outer.addWidget(plain_label(self.tr("Choose a mission from the list."),
                                              self, quiet=True))
            self._outer.addStretch(1)
            return
        self._header(record)
        column = self._outer
        self._section(column, self.tr("Leonov's role"),
                      [plain_label(localized(record, "leonov_role", self._lang), self)])
        self._crew(column, record)
        self._key_facts(column, record)
        summary, fallback = self._summary(record)
        if summary:
            title = self.tr("Summary")
            if fallback:
                title += " " + self.tr("(not yet written in this language)")
            self._section(column, title, [plain_label(summary, self)])
        # Research notes (facts[]) stay with curators; the summary tells them in our words.
        self._works(column, record)
        self._sources(column, record)
        notes = localized(record, "notes", self._lang)
        if notes:
            self._section(column, self.tr("Notes on the sources"),
                          [plain_label(notes, self, quiet=True)])
        self._outer.addStretch(1)
        self._settle()

    def _settle(self) -> None:
        """Show and lay out the new widgets now (Qt would do it on the next event loop turn),
        so the page can be read or grabbed straight after a selection."""
        def show(layout: Any) -> None:
            for n in range(layout.count()):
                item = layout.itemAt(n)
                widget = item.widget()
                # A widget hidden on purpose (the folded sources) stays hidden.
                if widget is not None and not widget.testAttribute(
                        Qt.WidgetAttribute.WA_WState_ExplicitShowHide):
                    widget.show()
                elif item.layout() is not None:
                    show(item.layout())
        if self.isVisible():
            show(self._outer)
        self._outer.activate()
        self._reading_order(self._outer)

    def _reading_order(self, layout: Any) -> None:
        """Assistive tools read a widget's children in the order they were made, and a
        section's heading is made after its rows: raise each widget in layout order so the
        order they are read in is the order they are seen in (headings before their rows)."""
        for n in range(layout.count()):
            item = layout.itemAt(n)
            if item.widget() is not None:
                item.widget().raise_()
            elif item.layout() is not None:
                self._reading_order(item.layout())

    def _header(self, record: dict[str, Any]) -> None:
        name = localized(record, "name", self._lang)
        title = plain_label(name, self)
        title.setObjectName("missionTitle")
        font = QFont(title.font())
        font.setPointSizeF(font.pointSizeF() * 1.7)
        font.setWeight(QFont.Weight.DemiBold)
        title.setFont(font)
        title.setAccessibleName(name)
        self._outer.addWidget(title)
        original = self._original_name(record, name)
        if original:
            label = plain_label(self.tr("Original name: %1").replace("%1", original), self,
                                quiet=True)
            label.setObjectName("missionOriginalName")
            self._outer.addWidget(label)
        self._outer.addSpacing(12)
        row = QHBoxLayout()
        row.setSpacing(8)
        icon = QLabel(self)
        status = record.get("status") or ""
        icon.setPixmap(self._icons._icon(status).pixmap(18, 18))
        row.addWidget(icon)
        word = plain_label(capitalised(status_text(record, self._lang)), self, wrap=False)
        word.setObjectName("missionStatus")
        bold = QFont(word.font())
        bold.setWeight(QFont.Weight.DemiBold)
        word.setFont(bold)
        row.addWidget(word)
        row.addWidget(plain_label("—  " + status_explained(status), self, quiet=True), 1)
        self._outer.addLayout(row)
        meta = [localized(record, "program", self._lang), self._date(record)]
        text = "  ·  ".join(str(m) for m in meta if m)
        if text:
            self._outer.addSpacing(4)
            self._outer.addWidget(plain_label(text, self, quiet=True))
        note = localized(record, "date_note", self._lang)
        if note:
            self._outer.addWidget(plain_label(note, self, quiet=True))
        rule = QFrame(self)
        rule.setFrameShape(QFrame.Shape.HLine)
        rule.setFrameShadow(QFrame.Shadow.Plain)
        self._outer.addSpacing(18)
        self._outer.addWidget(rule)
        self._outer.addSpacing(10)

    def _original_name(self, record: dict[str, Any], shown: str) -> str:
        """The other language's name when it is the original one (a Russian mission's
        «Восход-1» for an English reader); a translation is never shown beside ours."""
        other = "name" if self._lang == "ru" else "name_ru"
        text = str(record.get(other) or "").strip()
        if text and text != shown and record.get(f"{other}_status") == "original":
            return text
        return ""

    def _date(self, record: dict[str, Any]) -> str:
        """The date generated in the reader's language ('около 1968–1969 гг.'; it already
        says 'вероятно'), marked when its certainty is unknown."""
        display = localized(record, "date_display", self._lang)
        return date_phrase(display, record.get("date_certainty")) if display else ""

    def _section(self, column: QVBoxLayout, title: str, widgets: list[QWidget]) -> None:
        column.addSpacing(16)
        column.addWidget(heading(title, self))
        column.addSpacing(4)
        for widget in widgets:
            column.addWidget(widget)

    def _crew(self, column: QVBoxLayout, record: dict[str, Any]) -> None:
        crew = record.get("crew") or []
        if not crew:
            return
        grid = QGridLayout()
        grid.setHorizontalSpacing(18)
        grid.setVerticalSpacing(6)
        for row, member in enumerate(crew):
            name = localized(member, "name", self._lang) or member.get("person_id") or ""
            grid.addWidget(plain_label(name, self, wrap=False), row, 0, Qt.AlignmentFlag.AlignTop)
            grid.addWidget(plain_label(role_text(member, self._lang), self, quiet=True), row, 1)
        grid.setColumnStretch(1, 1)
        column.addSpacing(16)
        column.addWidget(heading(self.tr("Crew"), self))
        column.addSpacing(4)
        column.addLayout(grid)

    def _key_facts(self, column: QVBoxLayout, record: dict[str, Any]) -> None:
        facts = record.get("key_facts") or []
        if not facts:
            return
        grid = QGridLayout()
        grid.setHorizontalSpacing(18)
        grid.setVerticalSpacing(10)
        for row, fact in enumerate(facts):
            written = localized(fact, "label", self._lang)
            label = plain_label(written or fact_label(str(fact.get("key") or "")), self,
                                quiet=True)
            label.setMinimumWidth(150)
            label.setMaximumWidth(210)
            value = plain_label(localized(fact, "value", self._lang), self)
            value.setAccessibleName(label.text())
            grid.addWidget(label, row, 0, Qt.AlignmentFlag.AlignTop)
            grid.addWidget(value, row, 1, Qt.AlignmentFlag.AlignTop)
            self.fact_rows.append((label, value))
        grid.setColumnStretch(1, 1)
        column.addSpacing(16)
        column.addWidget(heading(self.tr("Key facts"), self))
        column.addSpacing(6)
        column.addLayout(grid)

    def _summary(self, record: dict[str, Any]) -> tuple[str, bool]:
        wanted = record.get("summary_ru") if self._lang == "ru" else record.get("summary")
        text = localized(record, "summary", self._lang)
        return text, bool(text) and not str(wanted or "").strip()

    def _works(self, column: QVBoxLayout, record: dict[str, Any]) -> None:
        works = record.get("works") or []
        widgets: list[QWidget] = []
        if works:
            box = QWidget(self)
            grid = QGridLayout(box)
            grid.setContentsMargins(0, 0, 0, 0)
            grid.setHorizontalSpacing(16)
            grid.setVerticalSpacing(7)
            for row, work in enumerate(works):
                work_id = str(work.get("id") or "")
                title = localized(work, "title", self._lang) or work_id
                word = plain_label(link_text(work, self._lang), box, wrap=False, quiet=True)
                link = LinkLabel(title, box)
                link.setObjectName(f"workLink:{work_id}")
                link.activated.connect(lambda wid=work_id: self.workActivated.emit(wid))
                self.work_links[work_id] = link
                grid.addWidget(word, row, 0, Qt.AlignmentFlag.AlignTop)
                grid.addWidget(link, row, 1)
            grid.setColumnStretch(1, 1)
            widgets.append(box)
            button = QPushButton(self.tr("Show these works in the grid"), self)
            button.setObjectName("showMissionWorks")
            button.setAccessibleName(button.text())
            button.clicked.connect(lambda: self.filterRequested.emit(str(record.get("id"))))
            self.filter_button = button
            holder = QWidget(self)
            line = QHBoxLayout(holder)
            line.setContentsMargins(0, 10, 0, 0)
            line.addWidget(button)
            line.addStretch(1)
            widgets.append(holder)
        else:
            widgets.append(plain_label(self.tr("No works in the catalog are linked to this "
                                               "mission."), self, quiet=True))
        self._section(column, self.tr("Works"), widgets)

    def _sources(self, column: QVBoxLayout, record: dict[str, Any]) -> None:
        """The bibliography, folded by default: citations keep the language of the work
        cited, so they stay one click away instead of filling the page in the other script."""
        details = record.get("source_details") or {}
        holder = QWidget(self)
        holder.setObjectName("missionSources")
        holder_lines = QVBoxLayout(holder)
        holder_lines.setContentsMargins(0, 6, 0, 0)
        for source_id in record.get("sources") or []:
            source = details.get(source_id) or {"citation": source_id}
            box = QWidget(holder)
            lines = QVBoxLayout(box)
            lines.setContentsMargins(0, 0, 0, 6)
            lines.setSpacing(2)
            lines.addWidget(plain_label(str(source.get("citation") or source_id), box))
            url = str(source.get("url") or "")
            if url.startswith(("http://", "https://")):
                link = LinkLabel(_short_url(url), box)
                link.setObjectName(f"sourceLink:{source_id}")
                link.setToolTip(self.tr("Open in the web browser: %1").replace("%1", url))
                link.activated.connect(lambda u=url: self.linkRequested.emit(u))
                lines.addWidget(link)
            holder_lines.addWidget(box)
        count = holder_lines.count()
        if not count:
            holder.deleteLater()
            return
        button = QPushButton(self)
        button.setObjectName("showMissionSources")
        button.setCheckable(True)
        button.setChecked(self._sources_open)
        holder.setVisible(self._sources_open)

        def fold(opened: bool) -> None:
            self._sources_open = opened
            holder.setVisible(opened)
            button.setText(self.tr("Hide the sources") if opened
                           else self.tr("Show the sources (%1)").replace("%1", str(count)))
            button.setAccessibleName(button.text())

        fold(self._sources_open)
        button.toggled.connect(fold)
        self.sources_button = button
        line = QWidget(self)
        row = QHBoxLayout(line)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(button)
        row.addStretch(1)
        self._section(column, self.tr("Sources"), [line, holder])


def _short_url(url: str, limit: int = 64) -> str:
    """'https://www.example.org/a/very/long/path' without the scheme, elided in the middle
    (a URL has no spaces, so it could not wrap and would widen the page)."""
    text = url.split("://", 1)[-1].rstrip("/")
    if len(text) <= limit:
        return text
    return text[: limit - 20] + "…" + text[-19:]
