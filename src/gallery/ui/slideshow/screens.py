"""Which screen the show runs on: listing, choosing by name or number, identifying.

Screens are remembered by name (e.g. "HDMI-1"), which survives reboots and re-plugging better
than a number. When the wanted screen is absent the primary one is used, and the window moves
back when the wanted one is plugged in again (see SlideshowWindow).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, NamedTuple

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QGuiApplication, QScreen
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget


class Choice(NamedTuple):
    index: int
    why: str
    found: bool  # False: what was asked for (or remembered) is absent, the primary stands in


def pick_screen(names: Sequence[str], primary: int, wanted: str | None,
                remembered: str | None) -> Choice:
    """Which screen to use, and why, from the screens' names.

    `wanted` is what the operator asked for now: a name, or a number as `gallery screens`
    prints it (from 1). Without it the remembered name is used. Either falls back to the
    primary screen when absent.
    """
    for ask, origin in ((wanted, "asked for"), (remembered, "remembered")):
        if not ask:
            continue
        if ask.isdigit() and 1 <= int(ask) <= len(names):
            return Choice(int(ask) - 1, f"screen {ask} as {origin}", True)
        if ask in names:
            return Choice(list(names).index(ask), f"{ask} as {origin}", True)
        return Choice(primary, f"{origin} screen {ask!r} is absent; using the primary screen",
                      False)
    return Choice(primary, "the primary screen", True)


def screen_label(screen: QScreen) -> str:
    return screen.name() or "(unnamed)"


def describe_screens() -> list[dict[str, Any]]:
    """Every screen: number (from 1), name, geometry, device pixel ratio, primary or not."""
    primary = QGuiApplication.primaryScreen()
    rows = []
    for number, screen in enumerate(QGuiApplication.screens(), start=1):
        g = screen.geometry()
        rows.append({
            "number": number, "name": screen.name(), "x": g.x(), "y": g.y(),
            "width": g.width(), "height": g.height(),
            "dpr": round(screen.devicePixelRatio(), 3), "primary": screen is primary,
            "model": " ".join(p for p in (screen.manufacturer(), screen.model()) if p),
        })
    return rows


def choose(wanted: str | None, remembered: str | None) -> tuple[QScreen, Choice]:
    screens = QGuiApplication.screens()
    primary = QGuiApplication.primaryScreen()
    choice = pick_screen([s.name() for s in screens],
                         screens.index(primary) if primary in screens else 0,
                         wanted, remembered)
    return screens[choice.index], choice


class IdentifyWindow(QWidget):
    """A big number on one screen, so staff can tell which is which."""

    def __init__(self, number: int, screen: QScreen, seconds: float = 4.0) -> None:
        super().__init__(None, Qt.WindowType.FramelessWindowHint | Qt.WindowType.Window
                         | Qt.WindowType.WindowStaysOnTopHint)
        self.setObjectName(f"identifyScreen{number}")
        self.setAccessibleName(self.tr("Screen %n", "", number))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setStyleSheet("background: #0e0e10; color: #f6f3eb;")
        height = screen.geometry().height()
        big = QLabel(str(number))
        big.setStyleSheet(f"font-size: {max(48, height // 3)}px; font-weight: 600;")
        g = screen.geometry()
        small = QLabel(f"{screen_label(screen)}   {g.width()}×{g.height()}   "
                       f"DPR {screen.devicePixelRatio():g}")
        small.setTextFormat(Qt.TextFormat.PlainText)
        small.setStyleSheet(f"font-size: {max(14, height // 30)}px; color: #cfc9bb;")
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        for label in (big, small):
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            layout.addWidget(label)
        layout.addStretch(1)
        self.setScreen(screen)
        self.setGeometry(g)
        QTimer.singleShot(round(seconds * 1000), self.close)


def identify(seconds: float = 4.0) -> list[IdentifyWindow]:
    windows = []
    for number, screen in enumerate(QGuiApplication.screens(), start=1):
        window = IdentifyWindow(number, screen, seconds)
        window.showFullScreen()
        windows.append(window)
    return windows
