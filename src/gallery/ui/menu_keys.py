"""Menu keys that work whatever the keyboard layout: F10, and Russian mnemonics typed in Latin.

The Russian menus underline Cyrillic letters (&Файл). A visitor whose keyboard is set to a
Latin layout presses the same physical key (Alt+A for Ф) and gets an 'a', which Qt does not
match with 'Ф'. So, while a menu title's mnemonic is Cyrillic, the window also answers to
Alt + the Latin letter on the same key (ЙЦУКЕН over QWERTY), and inside an open menu a
Latin letter is read as the Cyrillic one on its key. With a Cyrillic layout Qt offers both
letters for one key press; both open the same menu. F10 opens the first menu, as on most
Linux desktops.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import QApplication, QMainWindow, QMenu

# The Russian letter on each key of a Latin (QWERTY) keyboard.
_RUSSIAN = "йцукенгшщзхъфывапролджэячсмитьбюё"
_LATIN = "qwertyuiop[]asdfghjkl;'zxcvbnm,.`"
LATIN_OF = dict(zip(_RUSSIAN, _LATIN, strict=True))
RUSSIAN_OF = dict(zip(_LATIN, _RUSSIAN, strict=True))


def mnemonic(text: str) -> str:
    """The letter after the first single '&' of a menu text, lower case ('' when none)."""
    at = 0
    while (at := text.find("&", at)) >= 0 and at + 1 < len(text):
        if text[at + 1] != "&":
            return text[at + 1].lower()
        at += 2
    return ""


def latin_key(letter: str) -> str:
    """The Latin letter on the key that types `letter` ('' when it is no Russian letter)."""
    return LATIN_OF.get(letter.lower(), "")


class MenuKeys(QObject):
    """Installs F10 and the Latin-layout mnemonics on a main window's menu bar; call
    `refresh()` after the menu titles change language."""

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.bar = window.menuBar()
        self.f10 = QShortcut(QKeySequence("F10"), window)
        self.f10.setObjectName("menuBarF10")
        self.f10.activated.connect(self.open_first)
        self.latin: dict[str, QShortcut] = {}
        for menu in self.bar.findChildren(QMenu):
            menu.installEventFilter(self)
        self.refresh()

    def open_first(self) -> None:
        menus = [a for a in self.bar.actions() if a.menu() is not None and a.isVisible()]
        if menus:
            self.bar.setActiveAction(menus[0])

    def refresh(self) -> None:
        """One hidden Alt+letter per top menu whose mnemonic is Cyrillic."""
        for shortcut in self.latin.values():
            shortcut.setEnabled(False)
            shortcut.deleteLater()
        self.latin = {}
        for action in self.bar.actions():
            letter = latin_key(mnemonic(action.text()))
            if action.menu() is None or not letter:
                continue
            shortcut = QShortcut(QKeySequence(f"Alt+{letter.upper()}"), self.window)
            shortcut.setObjectName(f"latinMnemonic:{letter}")
            shortcut.activated.connect(lambda a=action: self.bar.setActiveAction(a))
            # With a Cyrillic layout the same key press also matches the menu's own
            # mnemonic; Qt then calls the match ambiguous, and either way this menu opens.
            shortcut.activatedAmbiguously.connect(lambda a=action: self.bar.setActiveAction(a))
            self.latin[letter] = shortcut

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """In an open menu with Russian items, a Latin letter stands for the Russian one on
        the same key."""
        if event.type() != QEvent.Type.KeyPress or not isinstance(watched, QMenu):
            return False
        key = event if isinstance(event, QKeyEvent) else None
        if key is None or key.modifiers() & ~(Qt.KeyboardModifier.ShiftModifier
                                              | Qt.KeyboardModifier.KeypadModifier):
            return False
        russian = RUSSIAN_OF.get(key.text().lower(), "")
        letters = {mnemonic(a.text()) for a in watched.actions()}
        if not russian or russian not in letters or key.text().lower() in letters:
            return False
        QApplication.sendEvent(watched, QKeyEvent(QEvent.Type.KeyPress, key.key(),
                                                  key.modifiers(), russian))
        return True
