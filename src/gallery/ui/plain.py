"""Catalog text shown as plain text, in every widget.

Qt guesses that a tooltip, a message box or a label holds rich text when it looks like HTML, so
a title such as "<b>bold</b><img src=x>" would be rendered (and could fetch an image). And
right-to-left override characters in a title can make it read backwards or disguise it.
Everything the catalog says passes through here before a widget shows it:

- `shown(text)`: the text with bidirectional embedding/override/isolate controls removed
  (U+202A–U+202E, U+2066–U+2069) and other control characters (which an older catalog may
  hold; a font draws them as boxes) written as visible escapes (\\x1b), as the terminal
  shows them, for any display;
- `tooltip(text)`: markup for a tooltip (or any rich-text sink) that shows `text` literally;
- `message_box(...)` / `set_plain(label)`: widgets told that their text is plain.
"""

from __future__ import annotations

import html
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontMetrics, QGuiApplication, QShowEvent
from PySide6.QtWidgets import (
    QGridLayout,
    QLabel,
    QMessageBox,
    QSizePolicy,
    QSpacerItem,
    QWidget,
)

from ..terminal import visible

# The window frame's buttons and margins beside a dialog's title (openbox, KDE, GNOME: under).
TITLE_BAR_EXTRA = 140

BIDI_CONTROLS = "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
_REMOVE = dict.fromkeys(map(ord, BIDI_CONTROLS))


def shown(text: Any) -> str:
    """`text` as a string, without bidirectional override and isolate controls, its control
    characters (but tab and newline) escaped."""
    return "" if text is None else visible(str(text).translate(_REMOVE))


def tooltip(text: Any) -> str:
    """Tooltip markup for catalog text: escaped and wrapped, so Qt's rich-text guess cannot
    matter, and long notes still wrap. Empty text gives no tooltip."""
    body = html.escape(shown(text)).replace("\n", "<br>")
    return f"<p style='white-space:pre-wrap'>{body}</p>" if body else ""


def set_plain(label: QLabel) -> QLabel:
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label


def message_box(icon: QMessageBox.Icon, title: str, text: str,
                parent: QWidget | None = None) -> QMessageBox:
    """A QMessageBox whose text (which may quote catalog text) is plain text, and which is
    as wide as its title bar needs."""
    box = _TitledMessageBox(icon, shown(title), shown(text), parent=parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    return box


def title_width(box: QWidget) -> int:
    """The width a box's frame needs to show its whole title (Qt adds the application's
    name to it)."""
    title = box.windowTitle()
    app = QGuiApplication.applicationDisplayName()
    if app and app not in title:
        title = f"{title} — {app}"
    bold = QFont(box.font())
    bold.setBold(True)  # window managers draw titles in bold
    return QFontMetrics(bold).horizontalAdvance(title) + TITLE_BAR_EXTRA


class _TitledMessageBox(QMessageBox):
    """A short question under a long Russian title made a box whose frame cut the title
    («Несохранённые изме…ия»): QMessageBox fixes its size from its text alone when shown,
    so it is widened after."""

    def showEvent(self, event: QShowEvent) -> None:
        # The layout is final now (QMessageBox rebuilds it on each setter), and the size it
        # fixes here and after counts every item: a spacer as wide as the title bar needs.
        layout = self.layout()
        if isinstance(layout, QGridLayout) and not getattr(self, "_widened", False):
            self._widened = True
            layout.addItem(QSpacerItem(title_width(self), 0, QSizePolicy.Policy.Minimum,
                                       QSizePolicy.Policy.Minimum),
                           layout.rowCount(), 0, 1, layout.columnCount())
        super().showEvent(event)
