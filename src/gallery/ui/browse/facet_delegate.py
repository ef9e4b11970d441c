"""Draws a facet choice so that its count always shows: the name is elided, never the count."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from .facet_model import FacetModel


class FacetDelegate(QStyledItemDelegate):
    """"Экспериментальный пол…  (3)" rather than "Экспериментальный полёт «С…"."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem,
              index: QModelIndex | QPersistentModelIndex) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        name = index.data(FacetModel.NameRole)
        count = index.data(FacetModel.CountRole)
        if isinstance(name, str) and count is not None:
            opt.text = fitted(opt, name, f"  ({count})")
        widget = opt.widget
        style = widget.style() if widget is not None else None
        if style is None:
            super().paint(painter, option, index)
            return
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)


def fitted(opt: QStyleOptionViewItem, name: str, suffix: str) -> str:
    """The name, elided to leave the suffix room in the item's text rectangle."""
    widget = opt.widget
    style = widget.style() if widget is not None else None
    if style is None:
        return name + suffix
    probe = QStyleOptionViewItem(opt)
    probe.text = name + suffix
    rect = style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, probe, widget)
    metrics = opt.fontMetrics
    margin = style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, widget) + 1
    # a few pixels spare: the style lays text out with fractional advances and elides it
    # again if it is a hair too wide, which would cut the count
    room = rect.width() - 2 * margin - metrics.horizontalAdvance(suffix) - 6
    return metrics.elidedText(name, Qt.TextElideMode.ElideRight, max(room, 0)) + suffix
