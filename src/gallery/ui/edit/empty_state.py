"""What the form area shows while no record is open: where to start, not an empty form.

An empty editable form invited typing into a record that did not exist; this says to choose a
record in the list or make a new one, and the kind's form is built only once a record opens.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget


class EmptyState(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("emptyState")
        self.label = QLabel(self.tr("Choose a record on the left, or make a new one "
                                    "(File ▸ New record)."))
        self.label.setObjectName("emptyStateText")
        self.label.setWordWrap(True)
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.label.setProperty("role", "muted")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(48, 48, 48, 48)
        layout.addStretch(1)
        layout.addWidget(self.label)
        layout.addStretch(2)

    def text(self) -> str:
        return self.label.text()
