"""Small building blocks of the mission page: plain-text labels, links, section headings."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont, QKeyEvent, QMouseEvent, QPalette
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget

from ..timeline.style import quiet_text


def plain_label(text: str, parent: QWidget | None = None, *, wrap: bool = True,
                quiet: bool = False, selectable: bool = True) -> QLabel:
    """A label for catalog text: always plain text, so a title with tags shows literally."""
    label = QLabel(parent)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setText(text)
    label.setWordWrap(wrap)
    if selectable:
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    if quiet:
        palette = label.palette()
        palette.setColor(QPalette.ColorRole.WindowText, quiet_text(palette))
        label.setPalette(palette)
    _grow_down(label)
    return label


def _grow_down(label: QLabel) -> None:
    """Wrapped text takes the height it needs at its width (setSizePolicy would otherwise drop
    QLabel's height-for-width flag, and long texts would be cut off)."""
    policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
    policy.setHeightForWidth(label.wordWrap())
    label.setSizePolicy(policy)


def heading(text: str, parent: QWidget | None = None) -> QLabel:
    label = plain_label(text.upper(), parent, wrap=False, quiet=True, selectable=False)
    font = QFont(label.font())
    font.setPointSizeF(max(8.0, font.pointSizeF() * 0.85))
    font.setWeight(QFont.Weight.DemiBold)
    font.setLetterSpacing(QFont.SpacingType.PercentageSpacing, 110)
    label.setFont(font)
    label.setAccessibleName(text)
    return label


class LinkLabel(QLabel):
    """Plain text that acts as a link: click, or Tab to it and press Enter or Space.

    Not a rich-text anchor, so catalog text can never carry markup into the page.
    """

    activated = Signal()

    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setText(text)
        self.setWordWrap(True)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAccessibleName(text)
        _grow_down(self)
        palette = self.palette()
        # the app's link colour (its gold accent, as the work page's links), not a hue of
        # the timeline's lanes
        palette.setColor(QPalette.ColorRole.WindowText, palette.color(QPalette.ColorRole.Link))
        self.setPalette(palette)
        font = QFont(self.font())
        font.setUnderline(True)
        self.setFont(font)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton and self.rect().contains(
                event.position().toPoint()):
            self.activated.emit()
        super().mouseReleaseEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            self.activated.emit()
            return
        super().keyPressEvent(event)

    def focusInEvent(self, event: object) -> None:
        font = self.font()
        font.setWeight(QFont.Weight.DemiBold)
        self.setFont(font)
        super().focusInEvent(event)

    def focusOutEvent(self, event: object) -> None:
        font = self.font()
        font.setWeight(QFont.Weight.Normal)
        self.setFont(font)
        super().focusOutEvent(event)
