"""Painting of TimelineView: legend, year axis, lanes, items, connectors and the undated tray.

Everything takes its base colours from the widget's palette (see style.py), so the timeline
fits the window's theme; statuses differ by colour, pattern and a legend word.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetricsF,
    QLinearGradient,
    QPainter,
    QPainterPath,
    QPalette,
    QPen,
)

from .axis import pretty_date, short_title, ticks
from .data import WorkItem, life_span
from .layout import HEADER_H, PlacedItem, TimelineGeometry
from .style import (
    STATUSES,
    accent,
    blend,
    quiet_text,
    status_color,
    status_pattern,
    status_word,
    with_alpha,
)
from .surface import TimelineCanvas
from .thumbs import line_x, paint_thumb, thumb_x
from .tray_paint import paint_tray, tray_heading_width

AXIS_H = 30.0
_LEGEND_ROW = 22.0
_KEY_TEXT_X = 27.0  # a legend entry's words, after its 22 px sample


translate = QCoreApplication.translate  # lupdate reads translate("Context", "text") calls


def _legend_entries() -> list[tuple[str, str]]:
    entries = [(f"status:{s}", status_word(s)) for s in STATUSES]
    entries += [("point", translate("TimelineView", "Made on a known day")),
                ("range", translate("TimelineView", "Made within a date range")),
                ("open", translate("TimelineView", "Open or uncertain date")),
                ("link", translate("TimelineView", "Same work: made / shows")),
                ("exhibition", translate("TimelineView", "Exhibition"))]
    return entries


def _legend_layout(view: TimelineCanvas) -> list[tuple[str, str, QRectF]]:
    metrics = QFontMetricsF(view.small_font())
    entries = [(key, text, _KEY_TEXT_X + metrics.horizontalAdvance(text))
               for key, text in _legend_entries()]
    best: list[tuple[str, str, QRectF]] = []
    for gap in (15.0, 9.0):  # compact: the lanes below need the height; a row less wins
        x, y, out = 16.0, 6.0, []
        for key, text, width in entries:
            if x + width > view.width() - 16 and x > 16:
                x, y = 16.0, y + _LEGEND_ROW
            out.append((key, text, QRectF(x, y, width, _LEGEND_ROW - 4)))
            x += width + gap
        if not best or out[-1][2].top() < best[-1][2].top():
            best = out
    return best


def legend_height(view: TimelineCanvas) -> float:
    layout = _legend_layout(view)
    return (layout[-1][2].bottom() if layout else 0) + 6


def paint_view(view: TimelineCanvas) -> None:
    painter = QPainter(view)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    palette = view.palette()
    painter.fillRect(view.rect(), palette.color(QPalette.ColorRole.Window))
    geo = view.geometry_info()
    body = view.body_rect()
    painter.save()
    painter.setClipRect(body)
    offset = view.content_offset()
    painter.translate(offset)
    _paint_body(painter, view, geo, QRectF(body.translated(-offset)))
    painter.restore()
    _paint_axis(painter, view, geo, body)
    _paint_legend(painter, view)
    paint_tray(painter, view)
    painter.end()


def _paint_legend(painter: QPainter, view: TimelineCanvas) -> None:
    palette = view.palette()
    painter.setFont(view.small_font())
    metrics = QFontMetricsF(painter.font())
    text_color = palette.color(QPalette.ColorRole.WindowText)
    for key, text, rect in _legend_layout(view):
        icon = QRectF(rect.left(), rect.center().y() - 6, 22, 12)
        if key.startswith("status:"):
            _band(painter, palette, icon, key.split(":", 1)[1], False)
        elif key == "point":
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(accent(palette, "made"))
            painter.drawEllipse(icon.center(), 5, 5)
        elif key == "range":
            _bar(painter, icon.adjusted(0, 2, 0, -2), accent(palette, "made"), 0.85, "")
        elif key == "open":
            _bar(painter, icon.adjusted(0, 2, 0, -2), accent(palette, "made"), 0.85, "left")
        elif key == "exhibition":
            _bar(painter, icon.adjusted(0, 1, 0, -1), accent(palette, "custody"), 0.8, "")
        else:
            painter.setPen(QPen(with_alpha(accent(palette, "depicts"), 0.9), 1.4))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            path = QPainterPath(QPointF(icon.left() + 3, icon.bottom() + 2))
            path.cubicTo(QPointF(icon.left() + 3, icon.center().y()),
                         QPointF(icon.right() - 3, icon.center().y()),
                         QPointF(icon.right() - 3, icon.top() - 2))
            painter.drawPath(path)
        painter.setPen(text_color)
        painter.drawText(QPointF(rect.left() + _KEY_TEXT_X,
                                 rect.center().y() + metrics.ascent() / 2 - 1),
                         text)


def _paint_axis(painter: QPainter, view: TimelineCanvas, geo: TimelineGeometry,
                body: QRectF) -> None:
    palette = view.palette()
    quiet = quiet_text(palette)
    top = view.legend_height()
    band = QRectF(0, top, body.width(), AXIS_H)
    window = palette.color(QPalette.ColorRole.Window)
    painter.fillRect(band, blend(window, palette.color(QPalette.ColorRole.WindowText), 0.06))
    painter.setFont(view.small_font())
    metrics = QFontMetricsF(painter.font())
    dx = view.content_offset().x()
    first, last = geo.year(-dx + body.left()), geo.year(-dx + body.right())
    born, died = life_span(view._life)
    anchors = [int(y) for y in (born, died) if y is not None]
    base = band.bottom() - 1
    painter.setPen(QPen(quiet, 1))
    painter.drawLine(QPointF(0, base), QPointF(body.width(), base))
    for tick in ticks(max(first, geo.year0), min(last, geo.year1), lambda y: geo.x(y) + dx,
                      metrics.horizontalAdvance, anchors=anchors):
        painter.drawLine(QPointF(tick.x, base), QPointF(tick.x, base - (6 if tick.major
                                                                        else 3)))
        if tick.label:
            w = metrics.horizontalAdvance(tick.label)
            if tick.x - w / 2 > 2 and tick.x + w / 2 < body.width() - 2:
                painter.drawText(QPointF(tick.x - w / 2, base - 9), tick.label)


def _visible_ticks(view: TimelineCanvas, geo: TimelineGeometry, visible: QRectF) -> list[float]:
    metrics = QFontMetricsF(view.small_font())
    born, died = life_span(view._life)
    anchors = [int(y) for y in (born, died) if y is not None]
    return [t.x for t in ticks(max(geo.year(visible.left()), geo.year0),
                               min(geo.year(visible.right()), geo.year1), geo.x,
                               metrics.horizontalAdvance, anchors=anchors) if t.major]


def _paint_body(painter: QPainter, view: TimelineCanvas, geo: TimelineGeometry,
                visible: QRectF) -> None:
    palette = view.palette()
    window = palette.color(QPalette.ColorRole.Window)
    text = palette.color(QPalette.ColorRole.WindowText)
    quiet = quiet_text(palette)
    bottom = max(visible.bottom(), geo.height)
    for lane, (top, height) in geo.lanes.items():
        painter.fillRect(QRectF(visible.left(), top, visible.width(), height),
                         blend(window, text, 0.035 if lane != "missions" else 0.05))
    painter.setPen(QPen(with_alpha(quiet, 0.18), 1))
    for x in _visible_ticks(view, geo, visible):
        painter.drawLine(QPointF(x, 0), QPointF(x, bottom))
    missions = {m.id: m for m in view._missions}
    for item in geo.items:
        if item.kind == "mission":
            color = with_alpha(status_color(palette, missions[item.key].status), 0.05)
            painter.fillRect(QRectF(item.x0, 0, item.x1 - item.x0, bottom), color)
    _paint_life(painter, view, geo, visible)
    painter.setFont(view.small_font())
    header_font = QFont(view.small_font())
    header_font.setWeight(QFont.Weight.DemiBold)
    header_font.setLetterSpacing(QFont.SpacingType.PercentageSpacing, 104)
    headers = {"missions": translate("TimelineView", "Missions"),
               "depicts": translate(
                   "TimelineView", "What the work shows: the mission it depicts or commemorates"),
               "made": translate("TimelineView", "When the work was made"),
               "exhibitions": translate("TimelineView", "Exhibitions of his art")}
    painter.setFont(header_font)
    painter.setPen(quiet)
    for lane, (top, _height) in geo.lanes.items():
        painter.drawText(QPointF(visible.left() + 16, top + HEADER_H - 8), headers[lane])
    focus, hover = view.focused(), view._hover
    hot = {t[1] for t in (focus, hover) if t}
    for connector in geo.connectors:
        _connector(painter, palette, connector.made, connector.depicts, connector.work_id in hot)
    painter.setFont(view.font())
    for item in geo.items:
        if item.left > visible.right() or item.right < visible.left():
            continue
        if item.kind == "mission":
            rect = QRectF(item.x0, item.y0, item.x1 - item.x0, item.y1 - item.y0)
            _band(painter, palette, rect, missions[item.key].status, item.fuzzy_left)
        elif item.kind == "depicts":
            _bar(painter, QRectF(item.x0, item.y0, item.x1 - item.x0, item.y1 - item.y0),
                 accent(palette, "depicts"), 0.8, "")
        elif item.kind == "exhibition":
            _bar(painter, QRectF(item.x0, item.y0, item.x1 - item.x0, item.y1 - item.y0),
                 accent(palette, "custody"), 0.8, "right" if item.fuzzy_right else "")
        else:
            _made(painter, palette, item, next(w for w in view._works if w.id == item.key))
        _label(painter, palette, item, view)
        target = (item.lane, item.key, item.mission_id)
        if target == focus or (item.key in hot and item.kind != "mission"
                               and (focus or hover or ("", "", ""))[0] != "missions"):
            _ring(painter, palette, item, strong=target == focus)
        elif hover and target == hover:
            _ring(painter, palette, item, strong=False)


def _paint_life(painter: QPainter, view: TimelineCanvas, geo: TimelineGeometry,
                visible: QRectF) -> None:
    palette = view.palette()
    born, died = life_span(view._life)
    if born is None:
        return
    x0, x1 = geo.x(born), geo.x(died if died is not None else geo.year1)
    rect = QRectF(x0, 6, x1 - x0, 16)
    color = accent(palette, "life")
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(with_alpha(color, 0.3))
    painter.drawRoundedRect(rect, 8, 8)
    lang = view.language()
    dates = " – ".join(pretty_date(view._life.get(k), lang) or "?"
                       for k in ("born_date", "died_date") if view._life.get(k))
    name = view.localized_life_name()
    label = f"{name} · {dates}" if name else dates
    painter.setFont(view.small_font())
    metrics = QFontMetricsF(painter.font())
    left = max(rect.left() + 10, visible.left() + 16)
    room = min(rect.right(), visible.right()) - left - 10
    painter.setPen(palette.color(QPalette.ColorRole.WindowText))
    if room > 40:
        painter.drawText(QPointF(left, rect.center().y() + metrics.ascent() / 2 - 1),
                         metrics.elidedText(label, Qt.TextElideMode.ElideRight, room))


def _band(painter: QPainter, palette: QPalette, rect: QRectF, status: str,
          fuzzy: bool) -> None:
    color = status_color(palette, status)
    if fuzzy:
        gradient = QLinearGradient(rect.left(), 0, rect.right(), 0)
        for stop, alpha in ((0, 0.0), (0.3, 0.6), (0.7, 0.6), (1, 0.0)):
            gradient.setColorAt(stop, with_alpha(color, alpha))
        brush = QBrush(gradient)
    else:
        brush = QBrush(with_alpha(color, 0.75 if status == "flown" else 0.3))
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(brush)
    painter.drawRoundedRect(rect, 3, 3)
    pattern = status_pattern(status)
    if pattern != Qt.BrushStyle.SolidPattern:
        painter.setBrush(QBrush(with_alpha(color, 0.95), pattern))
        painter.drawRoundedRect(rect, 3, 3)
    if not fuzzy:
        painter.setPen(QPen(color, 1))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRoundedRect(rect.adjusted(0.5, 0.5, -0.5, -0.5), 3, 3)


def _bar(painter: QPainter, rect: QRectF, color: QColor, alpha: float, fade: str,
         pattern: Qt.BrushStyle | None = None) -> None:
    if fade:
        gradient = QLinearGradient(rect.left(), 0, rect.right(), 0)
        start, end = (0.0, alpha) if fade == "left" else (alpha, 0.0)
        gradient.setColorAt(0, with_alpha(color, start))
        gradient.setColorAt(1, with_alpha(color, end))
        if fade == "both":
            gradient.setColorAt(0, with_alpha(color, 0))
            gradient.setColorAt(0.5, with_alpha(color, alpha))
            gradient.setColorAt(1, with_alpha(color, 0))
        brush = QBrush(gradient)
    else:
        brush = QBrush(with_alpha(color, alpha))
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(brush)
    radius = min(4.0, rect.height() / 2)
    painter.drawRoundedRect(rect, radius, radius)
    if pattern is not None:
        painter.setBrush(QBrush(color, pattern))
        painter.drawRoundedRect(rect, radius, radius)


def _made(painter: QPainter, palette: QPalette, item: PlacedItem, work: WorkItem) -> None:
    color = accent(palette, "made")
    alpha = {"certain": 0.9, "probable": 0.6}.get(work.certainty, 0.4)
    pattern = None if work.certainty in ("certain", "probable") else Qt.BrushStyle.BDiagPattern
    rect = QRectF(item.x0, item.y0, item.x1 - item.x0, item.y1 - item.y0)
    if item.point:
        painter.setPen(QPen(color, 1.2))
        painter.setBrush(with_alpha(color, alpha))
        painter.drawEllipse(rect.center(), 5, 5)
        return
    fade = ("both" if item.fuzzy_left and item.fuzzy_right else "left" if item.fuzzy_left
            else "right" if item.fuzzy_right else "")
    _bar(painter, rect, color, alpha, fade, pattern)


def _label(painter: QPainter, palette: QPalette, item: PlacedItem, view: TimelineCanvas
           ) -> None:
    """The label as the layout wrapped it, one line per row; a line the layout had to elide
    is drawn as it is (the whole title is the tooltip and the accessible name)."""
    metrics = QFontMetricsF(painter.font())
    lines = item.lines or (item.label,)
    room = item.label_w - item.thumb + 1
    mid = (item.y0 + item.y1) / 2
    inside = item.x0 <= item.label_x < item.x1  # inside a band: a quiet plate keeps it legible
    if not item.first:  # a quiet dot between labels that share one mark
        painter.setPen(quiet_text(palette))
        painter.drawText(QPointF(item.label_x - 12, mid + metrics.ascent() / 2 - 1.5), "·")
    if item.thumb:
        paint_thumb(painter, thumb_x(item), mid, view.thumbnail(item.key))
    for n, line in enumerate(lines):
        text = metrics.elidedText(line, Qt.TextElideMode.ElideRight, room + 1)
        centre = mid + n * item.line_h
        text_x = line_x(item, metrics.horizontalAdvance(text))
        if inside:
            plate = QRectF(item.label_x - 4, centre - (item.y1 - item.y0) / 2 + 1.5,
                           metrics.horizontalAdvance(text) + 8, item.y1 - item.y0 - 3)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(with_alpha(palette.color(QPalette.ColorRole.Window), 0.82))
            painter.drawRoundedRect(plate, 3, 3)
        painter.setPen(palette.color(QPalette.ColorRole.WindowText))
        painter.drawText(QPointF(text_x, centre + metrics.ascent() / 2 - 1.5), text)


def _ring(painter: QPainter, palette: QPalette, item: PlacedItem, strong: bool) -> None:
    color = accent(palette, "focus")
    painter.setPen(QPen(with_alpha(color, 1.0 if strong else 0.55), 1.6 if strong else 1.0))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawRoundedRect(QRectF(item.left - 4, item.y0 - 4, item.right - item.left + 8,
                                   item.bottom - item.y0 + 8), 5, 5)


def _connector(painter: QPainter, palette: QPalette, made: PlacedItem, shown: PlacedItem,
               hot: bool) -> None:
    color = accent(palette, "depicts")
    above = made.y1 < shown.y0  # the "made" lane sits above "what it shows"
    start = QPointF(made.anchor_x, made.y1 if above else made.y0)
    end = QPointF(shown.anchor_x, shown.y0 if above else shown.y1)
    middle = (start.y() + end.y()) / 2
    path = QPainterPath(start)
    path.cubicTo(QPointF(start.x(), middle), QPointF(end.x(), middle), end)
    painter.setPen(QPen(with_alpha(color, 0.95 if hot else 0.32), 2.0 if hot else 1.0))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawPath(path)


__all__ = ["AXIS_H", "legend_height", "paint_view", "short_title", "tray_heading_width"]
