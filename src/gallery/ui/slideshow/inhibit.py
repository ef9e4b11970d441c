"""Keep the screen saver and display power saving off while the show runs.

One small interface, `Inhibitor` (inhibit / release), so the window never cares how, and tests
can pass a recording one. `default_inhibitor()` tries, in order:

1. org.freedesktop.ScreenSaver Inhibit over D-Bus (GNOME, KDE, Xfce …), on a private bus
   connection: UnInhibit(cookie) on release, then the connection is closed, which makes the
   service drop anything left (it watches its clients' names), even if the show is killed.
2. `xdg-screensaver suspend <window id>` (X11; `resume` on release).
3. `xset s off -dpms` (plain X11; `xset s on +dpms` on release restores the defaults).
4. Nothing, with one log line (e.g. the offscreen platform in tests).
"""

from __future__ import annotations

import logging
import os
import shutil
import subprocess
from typing import Protocol

log = logging.getLogger(__name__)
APP = "Leonov Gallery"
_BUS_NAME = "leonov-gallery-slideshow-inhibit"


class Inhibitor(Protocol):
    name: str

    def inhibit(self, reason: str, window_id: int) -> bool:
        """Start inhibiting; True when it worked."""

    def release(self) -> None:
        """Stop inhibiting (harmless when not inhibiting)."""


def _platform() -> str:
    from PySide6.QtGui import QGuiApplication

    return QGuiApplication.platformName()


class DBusInhibitor:
    name = "org.freedesktop.ScreenSaver"

    def __init__(self) -> None:
        self._cookie: int | None = None
        self._bus = None

    def inhibit(self, reason: str, window_id: int) -> bool:
        try:
            from PySide6.QtDBus import QDBusConnection, QDBusInterface, QDBusMessage
        except ImportError:
            return False
        bus = QDBusConnection.connectToBus(QDBusConnection.BusType.SessionBus, _BUS_NAME)
        if not bus.isConnected():
            QDBusConnection.disconnectFromBus(_BUS_NAME)
            return False
        iface = QDBusInterface("org.freedesktop.ScreenSaver", "/org/freedesktop/ScreenSaver",
                               "org.freedesktop.ScreenSaver", bus)
        reply = iface.call("Inhibit", APP, reason) if iface.isValid() else None
        if reply is None or reply.type() != QDBusMessage.MessageType.ReplyMessage:
            QDBusConnection.disconnectFromBus(_BUS_NAME)
            return False
        self._bus = bus
        args = reply.arguments()
        self._cookie = int(args[0]) if args else None
        return True

    def release(self) -> None:
        if self._bus is None:
            return
        from PySide6.QtCore import Q_ARG, QMetaObject, Qt
        from PySide6.QtDBus import QDBusConnection, QDBusInterface

        if self._cookie is not None:
            iface = QDBusInterface("org.freedesktop.ScreenSaver", "/org/freedesktop/ScreenSaver",
                                   "org.freedesktop.ScreenSaver", self._bus)
            # The cookie is a uint32: a plain call would send Python's int as int32, which the
            # service refuses; the introspected method converts it.
            try:
                QMetaObject.invokeMethod(iface, "UnInhibit", Qt.ConnectionType.DirectConnection,
                                         Q_ARG("uint", self._cookie))
            except (RuntimeError, TypeError) as error:
                log.info("UnInhibit failed (%s); closing the connection releases it", error)
            del iface
        self._bus = None
        self._cookie = None
        QDBusConnection.disconnectFromBus(_BUS_NAME)  # the server drops what is left


class CommandInhibitor:
    """An external tool that turns the screen saver off and back on."""

    def __init__(self, name: str, on: list[str], off: list[str]) -> None:
        self.name = name
        self._on, self._off = on, off
        self._active_wid: int | None = None

    def _run(self, argv: list[str], window_id: int) -> bool:
        argv = [a.replace("{wid}", str(window_id)) for a in argv]
        try:
            # xdg-screensaver suspend forks a watcher and returns; nothing here blocks for long.
            done = subprocess.run(argv, capture_output=True, timeout=10, check=False)
        except (OSError, subprocess.TimeoutExpired) as error:
            log.info("%s failed: %s", argv[0], error)
            return False
        return done.returncode == 0

    def inhibit(self, reason: str, window_id: int) -> bool:
        if not os.environ.get("DISPLAY") or shutil.which(self._on[0]) is None:
            return False
        if self._run(self._on, window_id):
            self._active_wid = window_id
            return True
        return False

    def release(self) -> None:
        if self._active_wid is not None:
            self._run(self._off, self._active_wid)
            self._active_wid = None


class ChainInhibitor:
    """Tries each way in turn; remembers which one worked, to release it."""

    name = "chain"

    def __init__(self, choices: list[Inhibitor] | None = None) -> None:
        self._choices = choices if choices is not None else [
            DBusInhibitor(),
            CommandInhibitor("xdg-screensaver", ["xdg-screensaver", "suspend", "{wid}"],
                             ["xdg-screensaver", "resume", "{wid}"]),
            CommandInhibitor("xset", ["xset", "s", "off", "-dpms"], ["xset", "s", "on", "+dpms"]),
        ]
        self.active: Inhibitor | None = None

    def inhibit(self, reason: str, window_id: int) -> bool:
        platform = _platform()
        if platform in ("offscreen", "minimal"):
            log.info("screen saver not inhibited: the %s platform has no screen", platform)
            return False
        for choice in self._choices:
            if choice.inhibit(reason, window_id):
                self.active = choice
                log.info("screen saver and display power saving inhibited via %s", choice.name)
                return True
        log.warning("could not inhibit the screen saver (no D-Bus ScreenSaver service, "
                    "xdg-screensaver or xset); set the display's power saving off by hand")
        return False

    def release(self) -> None:
        if self.active is not None:
            self.active.release()
            log.info("screen saver inhibition released (%s)", self.active.name)
            self.active = None


def default_inhibitor() -> Inhibitor:
    return ChainInhibitor()
