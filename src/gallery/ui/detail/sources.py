"""The work's sources, folded under one heading: citations are bibliographic (they stay as
published), so an open list would make a Russian reader's page mostly English; the reader
unfolds it when wanted."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QToolButton, QVBoxLayout, QWidget

from .cards import SourceItem
from .reading import text


class SourcesSection(QWidget):
    """A header button 'Sources (5)' that shows or hides the numbered citations."""

    def __init__(self, details: dict[str, dict[str, Any]],
                 records: dict[str, dict[str, Any]], lang: str,
                 parent: QWidget | None = None, expanded: bool = False) -> None:
        super().__init__(parent)
        self.setObjectName("sourcesSection")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        self.toggle = QToolButton(self)
        self.toggle.setObjectName("sourcesToggle")
        self.toggle.setProperty("role", "heading")
        self.toggle.setCheckable(True)
        self.toggle.setAutoRaise(True)
        self.toggle.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.toggle.setText(self.tr("Sources (%1)").replace("%1", str(len(details))))
        self.toggle.setAccessibleName(self.tr("Sources"))
        self.toggle.setToolTip(self.tr("Show or hide the sources"))
        layout.addWidget(self.toggle)
        self.body = QWidget(self)
        self.body.setObjectName("sourcesBody")
        items = QVBoxLayout(self.body)
        items.setContentsMargins(0, 0, 0, 0)
        items.setSpacing(6)
        for number, (source_id, source) in enumerate(details.items(), start=1):
            consulted, _ = text(records.get(source_id) or {}, "consulted", lang)
            items.addWidget(SourceItem(number, source, self.body, consulted))
        layout.addWidget(self.body)
        self.toggle.toggled.connect(self._show)
        self.toggle.setChecked(expanded)
        self._show(expanded)

    def _show(self, open_: bool) -> None:
        self.toggle.setArrowType(Qt.ArrowType.DownArrow if open_ else Qt.ArrowType.RightArrow)
        self.body.setVisible(open_)

    def is_expanded(self) -> bool:
        return self.toggle.isChecked()
