"""The main window's actions and menus, and the F1 sheet that lists every key.

Every visitor action is a QAction with a standard QKeySequence where Qt has one, so menus,
shortcuts and the shortcut sheet all come from one list.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QActionGroup, QIcon, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QMainWindow,
    QMenu,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from .keys import Std, sequences
from .menu_keys import MenuKeys
from .window_close import quit_application


class WindowActions(QObject):
    """Creates the actions on `window` and the menus that show them."""

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self.window = window

        def make(name: str, keys: list | None = None, slot: Callable | None = None,
                 checkable: bool = False) -> QAction:
            action = QAction(window)
            action.setObjectName(name)
            if keys:
                action.setShortcuts(sequences(keys))
            action.setCheckable(checkable)
            if slot is not None:
                action.triggered.connect(slot)
            window.addAction(action)  # shortcuts work with the menu bar hidden too
            return action

        w = window
        self.open = make("actionOpenCatalog", [Std.Open], w.choose_catalog)
        self.new_window = make("actionNewWindow", [Std.New], w.open_new_window)
        self.quit = make("actionQuit", [Std.Quit, "Ctrl+Q"], quit_application)
        self.close_window = make("actionCloseWindow", [Std.Close], w.close)
        self.find = make("actionFind", [Std.Find], w.focus_search)
        self.editor = make("actionEditor", ["Ctrl+E"], w.open_editor)
        self.view_browse = make("actionViewWorks", ["Ctrl+1"], lambda: w.go_to("browse"))
        self.view_timeline = make("actionViewTimeline", ["Ctrl+2"],
                                  lambda: w.go_to("timeline"))
        self.view_missions = make("actionViewMissions", ["Ctrl+3"],
                                  lambda: w.go_to("missions"))
        self.slideshow = make("actionSlideshow", ["F5"], w.start_slideshow)
        self.zoom_in = make("actionZoomIn", [Std.ZoomIn, "+", "="], lambda: w.canvas().zoom_in())
        self.zoom_out = make("actionZoomOut", [Std.ZoomOut, "-"], lambda: w.canvas().zoom_out())
        self.zoom_fit = make("actionZoomFit", ["0"], lambda: w.canvas().fit())
        self.zoom_actual = make("actionZoomActual", ["1"], lambda: w.canvas().actual_size())
        self.reduced_motion = make("actionReducedMotion", None, w.set_reduced_motion, True)
        self.fullscreen = make("actionFullScreen", [Std.FullScreen, "F11"], w.toggle_fullscreen)
        self.lang_en = make("actionEnglish", None, lambda: w.languages.set_language("en"), True)
        self.lang_ru = make("actionRussian", None, lambda: w.languages.set_language("ru"), True)
        group = QActionGroup(self)
        group.addAction(self.lang_en)
        group.addAction(self.lang_ru)
        self.back = make("actionBack", ["Esc", Std.Back], w.go_back)
        self.previous = make("actionPrevious", ["Left"], lambda: w.step(-1))
        self.next = make("actionNext", ["Right"], lambda: w.step(1))
        self.shortcuts = make("actionShortcuts", [Std.HelpContents, "F1"], w.show_shortcuts)
        self.about = make("actionAbout", None, w.show_about)
        self.detail_only = [self.previous, self.next, self.zoom_in, self.zoom_out,
                            self.zoom_fit, self.zoom_actual]

        bar = window.menuBar()
        self.file_menu = bar.addMenu("")
        self.file_menu.addAction(self.new_window)
        self.file_menu.addAction(self.open)
        self.recent_menu = QMenu(self.file_menu)
        self.recent_menu.setObjectName("recentMenu")
        self.file_menu.addMenu(self.recent_menu)
        self.file_menu.addSeparator()
        self.file_menu.addActions([self.close_window, self.quit])
        self.file_menu.aboutToShow.connect(lambda: window.update_recent_menu())
        self.edit_menu = bar.addMenu("")
        self.edit_menu.addActions([self.find, self.editor])
        self.view_menu = bar.addMenu("")
        self.view_menu.addActions([self.view_browse, self.view_timeline, self.view_missions])
        self.view_menu.addSeparator()
        self.view_menu.addActions([self.zoom_in, self.zoom_out, self.zoom_fit, self.zoom_actual])
        self.view_menu.addSeparator()
        self.view_menu.addAction(self.slideshow)
        self.language_menu = QMenu(self.view_menu)
        self.language_menu.setObjectName("languageMenu")
        self.language_menu.addActions([self.lang_en, self.lang_ru])
        self.view_menu.addMenu(self.language_menu)
        self.view_menu.addActions([self.reduced_motion, self.fullscreen])
        self.go_menu = bar.addMenu("")
        self.go_menu.addActions([self.back, self.previous, self.next])
        self.help_menu = bar.addMenu("")
        self.help_menu.addActions([self.shortcuts, self.about])
        self.nav = window.addToolBar("")
        self.nav.setObjectName("navigationBar")
        self.nav.setMovable(False)
        self.nav.setFloatable(False)
        self.nav.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.nav.addActions([self.view_browse, self.view_timeline, self.view_missions])
        spacer = QWidget(self.nav)
        spacer.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.nav.addWidget(spacer)
        self.nav.addActions([self.lang_en, self.lang_ru])
        for action in (self.view_browse, self.view_timeline, self.view_missions):
            action.setCheckable(True)
        for action in (self.view_browse, self.view_timeline, self.view_missions, self.lang_en,
                       self.lang_ru):
            button = self.nav.widgetForAction(action)
            name = action.objectName().removeprefix("action")
            button.setObjectName(name[0].lower() + name[1:] + "Button")  # viewWorksButton …
            button.setFocusPolicy(Qt.FocusPolicy.TabFocus)  # a toolbar's buttons have none
        for menu, name in ((self.file_menu, "fileMenu"), (self.edit_menu, "editMenu"),
                           (self.view_menu, "viewMenu"), (self.go_menu, "goMenu"),
                           (self.help_menu, "helpMenu")):
            menu.setObjectName(name)
        self.menu_keys: MenuKeys | None = None
        self.retranslate_ui()
        self.menu_keys = MenuKeys(window)  # F10, and Russian mnemonics on a Latin keyboard

    def retranslate_ui(self) -> None:
        texts = {
            self.open: self.tr("&Open Another Catalog…"), self.quit: self.tr("&Quit"),
            self.close_window: self.tr("&Close Window"),
            self.new_window: self.tr("&New Window"),
            self.find: self.tr("&Find Works"), self.editor: self.tr("Open Catalog &Editor…"),
            self.view_browse: self.tr("&Works"), self.view_timeline: self.tr("&Timeline"),
            self.view_missions: self.tr("&Missions"), self.slideshow: self.tr("&Slideshow"),
            self.zoom_in: self.tr("Zoom &In"), self.zoom_out: self.tr("Zoom &Out"),
            self.zoom_fit: self.tr("&Fit Image to Window"),
            self.zoom_actual: self.tr("&Actual Size (100 %)"),
            self.reduced_motion: self.tr("&Reduced Motion"),
            self.fullscreen: self.tr("F&ull Screen"), self.lang_en: "English",
            self.lang_ru: "Русский", self.back: self.tr("&Back"),
            self.previous: self.tr("&Previous Work"), self.next: self.tr("&Next Work"),
            self.shortcuts: self.tr("&Keyboard Shortcuts"),
            self.about: self.tr("&About Leonov Gallery"),
        }  # fmt: skip
        for action, text in texts.items():
            action.setText(text)
        self.file_menu.setTitle(self.tr("&File"))
        self.recent_menu.setTitle(self.tr("Open &Recent"))
        self.edit_menu.setTitle(self.tr("&Edit"))
        self.view_menu.setTitle(self.tr("&View"))
        self.language_menu.setTitle(self.tr("&Language"))
        self.go_menu.setTitle(self.tr("&Go"))
        self.help_menu.setTitle(self.tr("&Help"))
        self.nav.setWindowTitle(self.tr("Views"))
        self.nav.setAccessibleName(self.tr("Views"))
        if self.menu_keys is not None:
            self.menu_keys.refresh()

    def escape_leaves_fullscreen(self, fullscreen: bool) -> None:
        """In full screen, Esc leaves it first (as browsers and image viewers do) and Back
        keeps Alt+Left; out of it, Esc is Back again."""
        if fullscreen:
            self.back.setShortcuts(sequences([Std.Back]))
            self.fullscreen.setShortcuts(sequences([Std.FullScreen, "F11", "Esc"]))
        else:
            self.fullscreen.setShortcuts(sequences([Std.FullScreen, "F11"]))
            self.back.setShortcuts(sequences(["Esc", Std.Back]))

    def all_actions(self) -> list[QAction]:
        return [a for a in self.window.actions() if isinstance(a, QAction) and a.text()]


def on_a_keyboard(sequence: QKeySequence) -> bool:
    """False for the media keys Qt adds to standard shortcuts (Open, Find, Help, Back,
    Zoom In …): few keyboards have them, and their names read as words, not keys."""
    if sequence.isEmpty():
        return False
    return all(combo.key() not in _MEDIA_KEYS and combo.key().value < Qt.Key.Key_Back.value
               for combo in (sequence[n] for n in range(sequence.count())))


_MEDIA_KEYS = {Qt.Key.Key_Help}


class ShortcutSheet(QDialog):
    """F1: every key the window answers to, from the actions themselves plus the few keys
    widgets handle directly (grid arrows, Esc in the search field, the image's + − 0)."""

    def __init__(self, actions: list[QAction], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("shortcutSheet")
        self.setWindowTitle(self.tr("Keyboard Shortcuts"))
        self.setAccessibleName(self.tr("Keyboard shortcuts"))
        self.setMinimumSize(420, 360)  # explicit, so the layout never moves the limits
        self.resize(560, 640)
        rows: list[tuple[str, str]] = []
        for action in actions:
            keys = ", ".join(k.toString(QKeySequence.SequenceFormat.NativeText)
                             for k in action.shortcuts() if on_a_keyboard(k))
            if keys:
                rows.append((action.text().replace("&", ""), keys))
        rows += [
            (self.tr("Move in the grid"), self.tr("Arrow keys, Page Up/Down, Home, End")),
            (self.tr("Open the selected work"), self.tr("Enter, or double-click")),
            (self.tr("Clear the search field"), "Esc"),
            (self.tr("From the search field to the results"), self.tr("Down arrow, Enter")),
            (self.tr("Tick a filter"), self.tr("Space or Enter")),
            (self.tr("Zoom about the pointer"), self.tr("Mouse wheel")),
            (self.tr("Pan the image"), self.tr("Drag")),
            (self.tr("Fit / 100 %"), self.tr("Double-click the image")),
            (self.tr("Move between controls"), "Tab, Shift+Tab"),
            (self.tr("Open the menus"), "F10"),  # a QShortcut (menu_keys), not an action
        ]
        body = QWidget(self)
        grid = QGridLayout(body)
        grid.setHorizontalSpacing(24)
        grid.setVerticalSpacing(6)
        for n, (what, keys) in enumerate(rows):
            for col, text in enumerate((what, keys)):
                label = QLabel(text, body)
                label.setTextFormat(Qt.TextFormat.PlainText)
                label.setProperty("role", "muted" if col else "body")
                grid.addWidget(label, n, col)
        how = QLabel(self.tr(
            "How search works: every form of a word counts (луна, луну; painting, paintings), "
            "in Russian or Latin letters (восход, voskhod). While you type, the best matches "
            "come first — works whose title holds the words, then by how much a word weighs "
            "where it stands: a title more than a person's name or a mission, those more than "
            "a description or the provenance — until you choose another order; when more than "
            "2,000 works match, they are shown by date. When nothing matches, the catalog's "
            "closest words are tried and named above the grid."), body)
        how.setObjectName("searchHelp")
        how.setWordWrap(True)
        how.setTextFormat(Qt.TextFormat.PlainText)
        how.setProperty("role", "muted")
        grid.addWidget(how, len(rows), 0, 1, 2)
        grid.setRowStretch(len(rows) + 1, 1)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        # the style's stock icon is drawn dark on our dark button: the word alone, as in About
        buttons.button(QDialogButtonBox.StandardButton.Close).setIcon(QIcon())
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addWidget(buttons)
        self.rows = rows
