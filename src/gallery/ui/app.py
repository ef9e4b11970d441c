"""The visitor's application: the QApplication, its look, its languages, its caches.

`gallery.ui.launch.run_app` starts the window on top of this. `LanguageManager` switches
the interface between English and Russian while the window is open: it swaps the translators
(through `gallery.ui.i18n`: gallery_ru.qm and Qt's own) and every window gets a LanguageChange,
on which each widget calls its `retranslate_ui()`.
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QObject,
    Signal,
)
from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QApplication, QStyleFactory

from . import i18n
from .i18n import LANGUAGES
from .settings import Settings

ORGANISATION = "Leonov Gallery"
APPLICATION = "leonov-gallery"

# Calm museum colours: a dark wall that lets the pictures speak, warm gold for focus.
_PALETTE = {
    QPalette.ColorRole.Window: "#17181b", QPalette.ColorRole.WindowText: "#e9e5dc",
    QPalette.ColorRole.Base: "#1d1e22", QPalette.ColorRole.AlternateBase: "#222328",
    QPalette.ColorRole.Text: "#e9e5dc", QPalette.ColorRole.Button: "#26282d",
    QPalette.ColorRole.ButtonText: "#e9e5dc", QPalette.ColorRole.Highlight: "#8a6a35",
    QPalette.ColorRole.HighlightedText: "#fffaf0", QPalette.ColorRole.ToolTipBase: "#2a2c31",
    QPalette.ColorRole.ToolTipText: "#e9e5dc", QPalette.ColorRole.PlaceholderText: "#8a857b",
    QPalette.ColorRole.Link: "#e0b56a", QPalette.ColorRole.BrightText: "#ffffff",
    QPalette.ColorRole.Mid: "#3a3c42", QPalette.ColorRole.Dark: "#101113",
}  # fmt: skip

THEME = """
QMainWindow, QStackedWidget#pages { background: #17181b; }
QMenuBar { background: #141518; }
QToolBar#navigationBar { background: #141518; border: none; border-bottom: 1px solid #222328;
    spacing: 4px; padding: 3px 12px; }
QToolBar#navigationBar QToolButton { padding: 4px 13px; border-radius: 6px; font-weight: 600;
    color: #bdb6a9; border: 1px solid transparent; }
QToolBar#navigationBar QToolButton:focus { border-color: #d8a657; }
QToolBar#navigationBar QToolButton:checked { background: #2a2c31; color: #f2d49a; }
QToolBar#navigationBar QToolButton:hover { background: #24262b; }
QStatusBar { background: #141518; color: #a29c90; }
QStatusBar QLabel { color: #a29c90; padding: 0 8px; }
QLineEdit, QComboBox, QSpinBox { background: #202126; border: 1px solid #34363c;
    border-radius: 6px; padding: 6px 8px; }
QLineEdit:focus, QComboBox:focus, QSpinBox:focus { border-color: #d8a657; }
QSpinBox::up-button, QSpinBox::down-button { width: 0; border: none; }
QComboBox::drop-down { border: none; width: 22px; }
QListView::indicator, QTreeView::indicator { width: 13px; height: 13px;
    border: 1px solid #77726a; border-radius: 3px; background: #202126; }
QListView::indicator:checked, QTreeView::indicator:checked { background: #d8a657;
    border-color: #d8a657; }
QTreeView#facetTree { background: transparent; border: 1px solid transparent; border-radius: 6px; }
QTreeView#facetTree:focus { border-color: #5d4a2a; }
QScrollBar:vertical { background: transparent; width: 10px; margin: 2px; }
QScrollBar:horizontal { background: transparent; height: 10px; margin: 2px; }
QScrollBar::handle { background: #3a3c42; border-radius: 3px; min-height: 28px; min-width: 28px; }
QScrollBar::handle:hover { background: #4c4e55; }
QScrollBar::add-line, QScrollBar::sub-line { width: 0; height: 0; border: none; }
QScrollBar::add-page, QScrollBar::sub-page { background: transparent; }
QListView::item:focus { color: #f2d49a; }
QLineEdit#searchField { font-size: 11pt; padding: 7px 10px; }
QPushButton { background: #26282d; border: 1px solid #34363c; border-radius: 6px;
    padding: 5px 12px; }
QPushButton:hover { background: #2e3036; }
QPushButton:focus { border-color: #d8a657; }
QPushButton:disabled { color: #5f5b54; }
QPushButton[flat="true"] { background: transparent; border: 1px solid transparent;
    text-align: left; padding: 3px 6px; color: #e0b56a; }
QPushButton[flat="true"]:hover { background: #24262b; }
QPushButton[flat="true"]:focus { border-color: #d8a657; }
QWidget#facetPanel { background: #1a1b1e; }
QSlider#thumbSizeSlider { border: 1px solid transparent; border-radius: 6px; padding: 3px 5px; }
QSlider#thumbSizeSlider:focus { border-color: #d8a657; }
QSlider::groove:horizontal { height: 4px; background: #3a3c42; border-radius: 2px; }
QSlider::sub-page:horizontal { background: #8a6a35; border-radius: 2px; }
QSlider::handle:horizontal { width: 12px; margin: -5px 0; border-radius: 6px;
    background: #e9e5dc; }
QPushButton#filterChip { background: #2b2518; border: 1px solid #6b5527; border-radius: 12px;
    padding: 3px 10px; color: #f2d49a; }
QPushButton#filterChip:hover { background: #3a301c; }
QPushButton#filterChip:focus, QPushButton#chipsClearAll:focus { border-color: #f2d49a; }
QPushButton#chipsClearAll { background: transparent; border: 1px solid #3a3c42;
    border-radius: 12px; padding: 3px 10px; color: #d9d4ca; }
QListView { background: transparent; border: 1px solid transparent; }
QListView#worksGrid { background: #17181b; border: none; }
QToolButton { border: 1px solid transparent; border-radius: 4px; padding: 2px 1px;
    font-weight: 600; color: #d9d4ca; }
QToolButton:focus { color: #e0b56a; border-color: #d8a657; }
QScrollArea#infoPanel { border: 1px solid transparent; }
QScrollArea#infoPanel:focus { border-color: #d8a657; }
QWidget#timelineZoom { background: rgba(20, 21, 24, 220); border: 1px solid #34363c;
    border-radius: 6px; }
QWidget#timelineZoom QToolButton { padding: 1px 9px; font-size: 12pt; }
QWidget#timelineZoom QToolButton:hover { background: #2e3036; }
QLabel#panelTitle { font-size: 12pt; font-weight: 600; }
QWidget#infoBody { background: #1b1c1f; }
QLabel[role="title"] { font-family: "DejaVu Serif"; font-size: 19pt; color: #f3efe6; }
QLabel[role="subtitle"] { font-family: "DejaVu Serif"; font-size: 13pt; font-style: italic;
    color: #bdb6a9; }
QLabel[role="date"] { font-size: 11.5pt; color: #d9d4ca; }
QLabel[role="heading"] { font-size: 12pt; font-weight: 600; color: #e0b56a;
    padding-top: 14px; border-bottom: 1px solid #2f3136; padding-bottom: 4px; }
QLabel[role="subheading"] { font-size: 11.5pt; font-weight: 600; color: #f0ebe2; }
QLabel[role="lead"] { font-size: 11pt; color: #e9e5dc; }
QLabel[role="key"] { color: #a29c90; }
QLabel[role="muted"] { color: #a29c90; }
QLabel[role="confidence"] { font-weight: 600; color: #d9d4ca; }
QLabel[role="chip"] { color: #e0b56a; font-size: 9pt; text-transform: uppercase; }
QLabel[role="badgeTitle"] { font-weight: 600; color: #f2d49a; }
QFrame#recordHeader { border: none; }
QFrame#recordHeader[confidence="high"] { border: none; border-left: 3px solid #d8a657; }
QFrame#recordHeader[confidence="medium"] { border: none; border-left: 3px solid #8f7a55; }
QFrame#recordHeader[confidence="low"] { border: none; border-left: 3px dashed #7d7262; }
QFrame#recordHeader[confidence="low"] QLabel[role="title"] { color: #cbc4b6; }
QFrame#standinBadge { background: #2b2518; border: 1px solid #6b5527; border-radius: 8px; }
QFrame#missionCard { background: #202126; border: 1px solid #2f3136; border-radius: 8px; }
QLabel#emptyMessage { font-size: 15pt; color: #e9e5dc; }
QLabel#emptyHint { color: #a29c90; }
QLabel#imagesFolderNote { background: #2b2418; color: #f2d49a; border: 1px solid #6d6250;
                          border-radius: 4px; padding: 6px 10px; margin: 0 18px 8px 18px; }
QSplitter::handle { background: #222328; }
"""


def create_application(argv: list[str] | None = None) -> QApplication:
    """The QApplication with our names, icon and look (reuses one that exists)."""
    app = QApplication.instance()
    if app is None:
        app = QApplication(argv if argv is not None else sys.argv[:1])
    QCoreApplication.setOrganizationName(ORGANISATION)
    QCoreApplication.setApplicationName(APPLICATION)
    QApplication.setApplicationDisplayName(QCoreApplication.translate("Application",
                                                                      "Leonov Gallery"))
    QApplication.setDesktopFileName(APPLICATION)
    apply_theme(app)
    from .icon import app_icon

    app.setWindowIcon(app_icon())
    return app


def apply_theme(app: QApplication) -> None:
    if app.property("galleryThemed"):
        return
    app.setProperty("galleryThemed", True)
    app.setStyle(QStyleFactory.create("Fusion"))
    palette = QPalette()
    for role, colour in _PALETTE.items():
        palette.setColor(role, QColor(colour))
    palette.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text, QColor("#6b665d"))
    palette.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.ButtonText,
                     QColor("#6b665d"))
    app.setPalette(palette)
    font = QFont(app.font())
    font.setPointSizeF(max(font.pointSizeF(), 10.0))
    app.setFont(font)
    app.setStyleSheet(THEME)


class LanguageManager(QObject):
    """Switches the interface language live; remembers the choice in the settings.

    The translators are swapped by `gallery.ui.i18n.install_language` (shared with the other
    windows), which delivers Qt's LanguageChange before it returns. When no translator changed
    (e.g. no .qm for the language) the window is told here, since catalog text must follow.
    """

    changed = Signal(str)

    def __init__(self, settings: Settings, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._settings = settings
        self._events = 0
        if parent is not None:
            parent.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.LanguageChange:
            self._events += 1
        return False

    def start(self, lang: str | None = None) -> None:
        """Apply the remembered language (or `lang`) at start-up."""
        lang = lang or self._settings.get("ui/language")
        self.set_language(lang if lang in LANGUAGES else "en")

    def set_language(self, lang: str) -> None:
        """Raises ValueError for a language we do not have."""
        seen = self._events
        i18n.install_language(QCoreApplication.instance(), lang)
        self._settings.set("ui/language", lang)
        if self._events == seen:
            for widget in QApplication.topLevelWidgets():
                QCoreApplication.sendEvent(widget, QEvent(QEvent.Type.LanguageChange))
        self.changed.emit(lang)


def tile_dir() -> Path:
    from ..paths import cache_dir

    return cache_dir() / "tiles"


def thumbnail_cache() -> object | None:
    """The imaging core's disk + memory thumbnail cache (None if it cannot be opened)."""
    from ..imaging.thumbnails import ThumbnailCache
    from ..paths import cache_dir

    try:
        return ThumbnailCache(cache_dir() / "thumbnails")
    except OSError:
        return None
