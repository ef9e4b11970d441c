"""Draws the filter tree: a facet's title as a heading; a value as a box, its name (wrapped
onto as many lines as it needs, so a long Russian mission name reads whole) and its count
right-aligned, dimmed at 0. A click anywhere on a value toggles it."""

from __future__ import annotations

from PySide6.QtCore import (
    QAbstractItemModel,
    QEvent,
    QModelIndex,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
)
from PySide6.QtGui import QColor, QFont, QFontMetrics, QMouseEvent, QPainter, QPen
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem, QTreeView

from .facet_model import FacetTreeModel

Index = QModelIndex | QPersistentModelIndex
_DIM = QColor("#6f6a61")
_COUNT = QColor("#a29c90")
_HEADING = QColor("#e0b56a")
_RING = QColor("#d8a657")


_NAME_FLAGS = int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft) | int(
    Qt.TextFlag.TextWordWrap)


class FacetDelegate(QStyledItemDelegate):
    """"Экспериментальный полёт «Союз» —      7
        «Аполлон» («Союз-19»)"
    The name wraps beside its count; the tree's rows take the height their names need (the
    view lays its rows out again when its width changes)."""

    def _text_rect(self, option: QStyleOptionViewItem, name: str) -> QRect:
        """Where a row's text goes within option.rect (after the box, inside the padding)."""
        widget = option.widget
        style = widget.style() if widget is not None else None
        probe = QStyleOptionViewItem(option)
        probe.text = name
        if style is None:
            return QRect(option.rect)
        return style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, probe,
                                    widget).adjusted(3, 0, -6, 0)

    @staticmethod
    def _name_room(rect: QRect, metrics: QFontMetrics, count: int) -> int:
        return max(0, rect.width() - metrics.horizontalAdvance(str(count)) - 10)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        widget = opt.widget
        style = widget.style() if widget is not None else None
        if style is None:
            super().paint(painter, option, index)
            return
        group = bool(index.data(FacetTreeModel.GroupRole))
        name = str(index.data(FacetTreeModel.NameRole) or "")
        count = int(index.data(FacetTreeModel.CountRole) or 0)
        focused = bool(opt.state & QStyle.StateFlag.State_HasFocus)
        opt.text = ""
        # our own ring below, clearer than Fusion's; a value's box says it is chosen, so no
        # selection band either (it would look like a second kind of choice)
        opt.state &= ~(QStyle.StateFlag.State_HasFocus | QStyle.StateFlag.State_Selected)
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)
        rect = self._text_rect(opt, name)
        painter.save()
        metrics = opt.fontMetrics
        if group:
            font = QFont(opt.font)
            font.setBold(True)
            painter.setFont(font)
            painter.setPen(_HEADING)
            suffix = f"  · {count}" if count else ""
            bold = painter.fontMetrics()
            text = bold.elidedText(name, Qt.TextElideMode.ElideRight,
                                   rect.width() - bold.horizontalAdvance(suffix))
            painter.drawText(rect, Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
                             text + suffix)
        else:
            checked = index.data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked
            dim = count == 0 and not checked
            number = str(count)
            room = self._name_room(rect, metrics, count)
            painter.setPen(_DIM if dim else opt.palette.text().color())
            painter.drawText(QRect(rect.left(), rect.top(), room, rect.height()), _NAME_FLAGS,
                             name)
            painter.setPen(_DIM if dim else _COUNT)
            painter.drawText(rect, Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignRight,
                             number)
        if focused:
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            painter.setPen(QPen(_RING, 1.5))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(QRect(opt.rect).adjusted(1, 1, -2, -2), 4, 4)
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        """A little taller than the style's (an easier target for the pointer), and as tall
        as a value's wrapped name needs at the tree's width."""
        hint = super().sizeHint(option, index)
        height = hint.height() + 4
        view = self.parent()
        if index.data(FacetTreeModel.GroupRole) is False and isinstance(view, QTreeView):
            opt = QStyleOptionViewItem(option)
            self.initStyleOption(opt, index)
            name = str(index.data(FacetTreeModel.NameRole) or "")
            depth = 1 + (1 if view.rootIsDecorated() else 0)  # a value sits under its group
            width = view.viewport().width() - view.indentation() * depth
            opt.rect = QRect(0, 0, max(width, 1), height)
            rect = self._text_rect(opt, name)
            metrics = opt.fontMetrics
            room = self._name_room(rect, metrics, int(index.data(FacetTreeModel.CountRole) or 0))
            lines = metrics.boundingRect(QRect(0, 0, max(room, 1), 10_000), _NAME_FLAGS, name)
            height = max(height, lines.height() + 8)
        return QSize(hint.width(), height)

    def editorEvent(self, event: QEvent, model: QAbstractItemModel,
                    option: QStyleOptionViewItem, index: Index) -> bool:
        """A click anywhere on a value's row toggles it (once); keys are the view's."""
        if index.data(FacetTreeModel.GroupRole) is not False:
            return False
        if event.type() == QEvent.Type.MouseButtonRelease and isinstance(event, QMouseEvent) \
                and event.button() == Qt.MouseButton.LeftButton:
            if option.rect.contains(event.position().toPoint()):
                model.setData(index, (Qt.CheckState.Unchecked
                                      if index.data(Qt.ItemDataRole.CheckStateRole)
                                      == Qt.CheckState.Checked else Qt.CheckState.Checked).value,
                              Qt.ItemDataRole.CheckStateRole)
            return True
        return event.type() == QEvent.Type.MouseButtonDblClick
