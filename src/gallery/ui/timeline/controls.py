"""The timeline's zoom buttons (−, +, fit), over the top right corner of its lanes. The
keys + − 0 and Ctrl+wheel do the same; the buttons take no focus (the view's Tab walks its
items)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QRectF, Qt
from PySide6.QtWidgets import QHBoxLayout, QToolButton, QWidget


class ZoomControls(QWidget):
    def __init__(self, parent: QWidget, zoom_out: Callable[[], None],
                 zoom_in: Callable[[], None], fit: Callable[[], None]) -> None:
        super().__init__(parent)
        self.setObjectName("timelineZoom")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(4, 3, 4, 3)
        layout.setSpacing(2)
        self.buttons: dict[str, QToolButton] = {}
        for name, text, slot in (("zoomOut", "−", zoom_out), ("zoomIn", "+", zoom_in),
                                 ("zoomFit", "⤢", fit)):
            button = QToolButton(self)
            button.setObjectName(f"timeline{name[0].upper()}{name[1:]}")
            button.setText(text)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.setAutoRepeat(name != "zoomFit")
            button.clicked.connect(slot)
            layout.addWidget(button)
            self.buttons[name] = button
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        for name, tip in (("zoomOut", self.tr("Zoom out (−, or Ctrl+wheel)")),
                          ("zoomIn", self.tr("Zoom in (+, or Ctrl+wheel)")),
                          ("zoomFit", self.tr("Fit his whole life to the width (0)"))):
            self.buttons[name].setToolTip(tip)
            self.buttons[name].setAccessibleName(tip)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def place(self, body: QRectF) -> None:
        """Into the top right corner of the lanes' rectangle."""
        self.adjustSize()
        self.move(int(body.right() - self.width() - 8), int(body.top() + 6))
        self.raise_()
