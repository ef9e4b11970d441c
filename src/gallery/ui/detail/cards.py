"""Building blocks of the detail text: plain labels, the confidence mark, mission cards,
related works, sources. Every piece of catalog text goes into a plain-text label, so a title
such as `<b>bold</b>` shows its characters, never markup.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, ClassVar

from PySide6.QtCore import QPointF, QRectF, QSize, Qt, QUrl, Signal
from PySide6.QtGui import (
    QColor,
    QDesktopServices,
    QIcon,
    QPainter,
    QPaintEvent,
    QPen,
    QPixmap,
)
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from ...catalog.terms import Vocabulary
from ..browse.card_date import short_forms
from ..browse.models import WorkListModel, year_caption
from ..keep_together import break_long_runs, keep_together
from ..plain import shown, tooltip
from ..words import (
    confidence_short,
    fact_label,
    link_phrase,
    localized,
    status_phrase,
    with_mark,
)
from .reading import text

SAFE_SCHEMES = ("http", "https")


def plain(text: str, role: str = "body", parent: QWidget | None = None,
          name: str | None = None) -> QLabel:
    """A word-wrapping plain-text label; `role` picks its style (see app.THEME)."""
    label = QLabel(parent)
    label.setTextFormat(Qt.TextFormat.PlainText)
    text = shown(text)  # an older catalog's control characters, visibly escaped
    # «А. А. Леонов», «18 марта», "co-artist" never broken; a long run with no space still is
    label.setText(break_long_runs(keep_together(text)))
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.setProperty("role", role)
    label.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
    if name:
        label.setObjectName(name)
    label.setAccessibleName(text[:200])
    return label


def heading(text: str, parent: QWidget | None = None) -> QLabel:
    label = plain(text, "heading", parent)
    label.setAccessibleName(text)
    return label


class ConfidenceMark(QWidget):
    """Three segments, filled as far as the record is established; low ones are dashed."""

    LEVELS: ClassVar[dict[str, int]] = {"high": 3, "medium": 2, "low": 1}

    def __init__(self, level: str | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("confidenceMark")
        self.level = level if level in self.LEVELS else "low"
        self.setFixedSize(QSize(54, 12))
        self.setAccessibleName(confidence_short(self.level))

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        filled = self.LEVELS[self.level]
        colour = {"high": "#d8a657", "medium": "#b59a6a", "low": "#9a8f7d"}[self.level]
        for i in range(3):
            rect = QRectF(i * 18 + 1, 2, 15, 8)
            if i < filled:
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(QColor(colour))
            else:
                pen = QPen(QColor("#6b665d"), 1, Qt.PenStyle.DashLine)
                painter.setPen(pen)
                painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(rect, 2, 2)


def fact_grid(rows: list[tuple[str, str]], parent: QWidget | None = None) -> QWidget:
    """Label / value pairs in two columns; empty values are left out."""
    box = QWidget(parent)
    grid = QGridLayout(box)
    grid.setContentsMargins(0, 0, 0, 0)
    grid.setHorizontalSpacing(14)
    grid.setVerticalSpacing(6)
    grid.setColumnStretch(1, 1)
    for n, (label, value) in enumerate(r for r in rows if r[1]):
        key = plain(label, "key", box)
        key.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        key.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Minimum)
        key.setMaximumWidth(170)
        grid.addWidget(key, n, 0, Qt.AlignmentFlag.AlignTop)
        grid.addWidget(plain(value, "body", box), n, 1)
    return box


def bullets(items: list[str], parent: QWidget | None = None) -> QWidget:
    box = QWidget(parent)
    layout = QVBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(4)
    for item in items:
        layout.addWidget(plain(f"•  {item}", "body", box))
    return box


class MissionCard(QFrame):
    """A linked mission: how the work relates to it, its dates, crew, facts and story."""

    def __init__(self, link: dict[str, Any], mission: dict[str, Any] | None, lang: str,
                 parent: QWidget | None = None, vocabulary: Vocabulary | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("missionCard")
        vocabulary = vocabulary or Vocabulary(())
        mission = mission or {"id": link["mission_id"], "name": link.get("name"),
                              "name_ru": link.get("name_ru")}
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 12, 14, 12)
        layout.setSpacing(6)
        name, fallback = localized(mission, "name", lang)
        relation = _term_or(vocabulary, "link_kind", link.get("link"), lang,
                            link_phrase(link.get("link")))
        qualifier, _ = text(link, "qualifier", lang)
        if qualifier:
            relation = f"{relation} ({qualifier})"
        layout.addWidget(plain(self.tr("This work: %1").replace("%1", relation), "chip", self))
        title = plain(with_mark(name or mission["id"], fallback, lang), "subheading", self)
        title.setObjectName("missionName")
        layout.addWidget(title)
        date, _ = text(mission, "date_display", lang)
        date_note, _ = text(mission, "date_note", lang)
        if date and date_note:
            date = f"{date} ({date_note})"
        status = _term_or(vocabulary, "mission_status", mission.get("status"), lang,
                          status_phrase(mission.get("status")))
        program, _ = text(mission, "program", lang)
        when = " · ".join(p for p in (date, status, program) if p)
        if when:
            layout.addWidget(plain(when, "muted", self, "missionWhen"))
        role, role_fallback = text(mission, "leonov_role", lang)
        rows = [(self.tr("Leonov's role"), with_mark(role, role_fallback, lang))]
        crew = [self._crew_member(m, vocabulary, lang) for m in mission.get("crew") or []]
        rows.append((self.tr("Crew"), "; ".join(c for c in crew if c)))
        for fact in mission.get("key_facts") or []:
            label, _ = text(fact, "label", lang)
            value, value_fallback = text(fact, "value", lang)
            rows.append((label or fact_label(str(fact.get("key", ""))),
                         with_mark(value, value_fallback, lang)))
        layout.addWidget(fact_grid(rows, self))
        summary, fallback = localized(mission, "summary", lang)
        if summary:
            layout.addWidget(plain(with_mark(summary, fallback, lang), "body", self))
        self.setAccessibleName(self.tr("Mission %1").replace("%1", name or mission["id"]))

    @staticmethod
    def _crew_member(member: dict[str, Any], vocabulary: Vocabulary, lang: str) -> str:
        name, _ = localized(member, "name", lang)
        name = name or member.get("person_id", "")
        role = vocabulary.label("role", member.get("role"), lang) if member.get("role") else ""
        note, _ = text(member, "role_note", lang)
        said = ", ".join(p for p in (role, note) if p)
        return f"{name} ({said})" if said else name


def _term_or(vocabulary: Vocabulary, scheme: str, code: str | None, lang: str,
             otherwise: str) -> str:
    """A term's label where the catalog has the term, else the interface's own phrase."""
    term = vocabulary.find(scheme, code)
    return term.text(lang) if term else otherwise


class LinkButton(QPushButton):
    """A flat link-like button that Enter opens as well as Space (a push button outside a
    dialog takes only Space; a link is followed with Enter)."""

    def keyPressEvent(self, event: Any) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not event.modifiers():
            self.animateClick()
            return
        super().keyPressEvent(event)


class ElidingButton(LinkButton):
    """A flat link-like button whose text shortens with "…" instead of widening its panel."""

    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self.full_text = text
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)

    def minimumSizeHint(self) -> QSize:
        return QSize(80, super().minimumSizeHint().height())

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        return QSize(min(hint.width(), 480), hint.height())

    def resizeEvent(self, event: Any) -> None:
        super().resizeEvent(event)
        room = max(10, self.width() - 16 - (self.iconSize().width() + 6 if not
                                             self.icon().isNull() else 0))
        self.setText(self.fontMetrics().elidedText(self.full_text, Qt.TextElideMode.ElideRight,
                                                   room))


class RelatedList(QWidget):
    """Related works as buttons with small thumbnails: keyboard-reachable, each opens its work.

    `thumbnails` (the grid's ThumbnailLoader) and `images_dir` are optional; without them the
    list is text only.
    """

    workRequested = Signal(str)
    ICON = QSize(52, 40)

    def __init__(self, rows: list[Any], lang: str, parent: QWidget | None = None,
                 thumbnails: Any = None, images_dir: Path | None = None) -> None:
        super().__init__(parent)
        self._thumbnails = thumbnails
        self._buttons: dict[str, list[ElidingButton]] = {}
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        for row in rows:
            title, fallback = localized({"title": row.title, "title_ru": row.title_ru},
                                        "title", lang)
            full_date = year_caption(row, lang)
            forms = short_forms(full_date)  # the grid card's short date: the years, no days
            year = forms[2] if forms else full_date
            button = ElidingButton(f"{title}  ·  {year}" if year else title, self)
            button.setObjectName("relatedWork")
            button.setProperty("workId", row.id)
            button.setFlat(True)
            button.setCursor(Qt.CursorShape.PointingHandCursor)
            button.setAccessibleName(self.tr("Open %1").replace("%1", title))
            full = f"{title}  ·  {full_date}" if full_date else title
            button.setToolTip(tooltip(with_mark(full, fallback, lang)))
            button.clicked.connect(lambda _c=False, work=row.id: self.workRequested.emit(work))
            layout.addWidget(button)
            key = WorkListModel.thumb_key(row)
            if thumbnails is not None and images_dir is not None and key:
                button.setIconSize(self.ICON)
                self._buttons.setdefault(key, []).append(button)
                if not self._show_icon(key):
                    thumbnails.request(key, images_dir / str(row.image_path))
        if self._buttons:
            thumbnails.ready.connect(self._show_icon)

    def _show_icon(self, key: str) -> bool:
        pixmap = self._thumbnails.pixmap(key)
        if pixmap is None:
            return False
        icon = QIcon(_boxed(pixmap, self.ICON, self.devicePixelRatioF()))
        for button in self._buttons.get(key, ()):
            button.setIcon(icon)
        return True


def _boxed(pixmap: QPixmap, box: QSize, dpr: float) -> QPixmap:
    """The picture scaled into a fixed box, centred, so titles beside it line up."""
    out = QPixmap(round(box.width() * dpr), round(box.height() * dpr))
    out.setDevicePixelRatio(dpr)
    out.fill(Qt.GlobalColor.transparent)
    fitted = pixmap.scaled(out.size(), Qt.AspectRatioMode.KeepAspectRatio,
                           Qt.TransformationMode.SmoothTransformation)
    fitted.setDevicePixelRatio(dpr)
    painter = QPainter(out)
    x = (box.width() - fitted.width() / dpr) / 2
    y = (box.height() - fitted.height() / dpr) / 2
    painter.drawPixmap(QPointF(x, y), fitted)
    painter.end()
    return out


class SourceItem(QWidget):
    """One citation; its link (if any) opens in the system browser."""

    def __init__(self, number: int, source: dict[str, Any],
                 parent: QWidget | None = None, consulted: str = "") -> None:
        super().__init__(parent)
        self.setObjectName("sourceItem")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        num = plain(f"{number}.", "muted", self)
        num.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Minimum)
        num.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignRight)
        num.setFixedWidth(24)
        layout.addWidget(num, 0, Qt.AlignmentFlag.AlignTop)
        column = QVBoxLayout()
        column.setSpacing(2)
        column.addWidget(plain(str(source.get("citation") or source.get("id")), "body", self))
        if consulted:
            column.addWidget(plain(consulted, "muted", self, "sourceConsulted"))
        self.url = QUrl(str(source.get("url") or ""))
        if self.url.isValid() and self.url.scheme() in SAFE_SCHEMES:
            button = LinkButton(self.url.host() or self.url.toString(), self)
            button.setObjectName("sourceLink")
            button.setFlat(True)
            button.setCursor(Qt.CursorShape.PointingHandCursor)
            button.setToolTip(self.url.toString())
            button.setAccessibleName(self.tr("Open source in browser: %1").replace(
                "%1", self.url.host()))
            button.clicked.connect(self.open_link)
            row = QHBoxLayout()
            row.addWidget(button)
            row.addStretch(1)
            column.addLayout(row)
        layout.addLayout(column, 1)

    def open_link(self) -> bool:
        return QDesktopServices.openUrl(self.url)
