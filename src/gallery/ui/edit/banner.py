"""A line across the top of the editor that says something the curator must know."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QToolButton


class Banner(QFrame):
    def __init__(self, name: str, kind: str = "warning", closable: bool = False) -> None:
        super().__init__()
        self.setObjectName(f"banner_{kind}")
        self.setAccessibleName(name)
        self.label = QLabel()
        self.label.setObjectName(name)
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.label.setWordWrap(True)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(12, 8, 8, 8)
        layout.addWidget(self.label, 1)
        if closable:
            close = QToolButton()
            close.setText("×")
            close.setAccessibleName(self.tr("Hide this message"))
            close.setAutoRaise(True)
            close.clicked.connect(self.hide)
            layout.addWidget(close, 0, Qt.AlignmentFlag.AlignTop)
        self.hide()

    def say(self, text: str | None, kind: str | None = None) -> None:
        if kind:
            self.setObjectName(f"banner_{kind}")
            self.style().unpolish(self)
            self.style().polish(self)
        self.label.setText(text or "")
        self.setVisible(bool(text))

    def text(self) -> str:
        return self.label.text() if self.isVisible() or self.label.text() else ""
