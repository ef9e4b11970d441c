"""Mission list rows: the status swatch and name, with the mission's years at the right."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from ..timeline.style import quiet_text
from .model import YearRole

_GAP = 12
_SPACING = 2  # the list's setSpacing
_SWATCH_AND_MARGINS = 18 + 4 * 4  # the 18 px status swatch and the style's item margins


class MissionDelegate(QStyledItemDelegate):
    def paint(self, painter: QPainter, option: QStyleOptionViewItem,
              index: QModelIndex | QPersistentModelIndex) -> None:
        years = str(index.data(YearRole) or "")
        width = QFontMetrics(option.font).horizontalAdvance(years) + _GAP * 2 if years else 0
        name_option = QStyleOptionViewItem(option)
        self.initStyleOption(name_option, index)
        # The name wraps before the years; the selection still spans the whole row.
        name_option.rect = QRect(option.rect.adjusted(0, 0, -width, 0))
        style = option.widget.style() if option.widget else None
        if style is not None:
            style.drawPrimitive(QStyle.PrimitiveElement.PE_PanelItemViewItem, option, painter,
                                option.widget)
            name_option.state &= ~QStyle.StateFlag.State_HasFocus
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, name_option, painter,
                              option.widget)
        if years:
            selected = bool(option.state & QStyle.StateFlag.State_Selected)
            painter.save()
            painter.setPen(option.palette.color(QPalette.ColorRole.HighlightedText) if selected
                           else quiet_text(option.palette))
            painter.drawText(option.rect.adjusted(0, 0, -_GAP, 0),
                             Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, years)
            painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem,
                 index: QModelIndex | QPersistentModelIndex) -> QSize:
        hint = super().sizeHint(option, index)
        view = option.widget
        if view is None or not hasattr(view, "viewport"):
            return QSize(hint.width(), max(hint.height(), 30))
        # The name's room: the row, less the years, the swatch and the item's own margins.
        metrics = QFontMetrics(option.font)
        years = str(index.data(YearRole) or "")
        room = (view.viewport().width() - 2 * _SPACING
                - (metrics.horizontalAdvance(years) + _GAP * 2 if years else 0)
                - _SWATCH_AND_MARGINS)
        name = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
        text = metrics.boundingRect(QRect(0, 0, max(room, 40), 10_000),
                                    int(Qt.TextFlag.TextWordWrap), name)
        return QSize(max(room, 40), max(text.height() + 12, 30))
