"""A window's ear on its catalog's server: `changed` when someone else saved, `reachable`
when the server went away or came back (catalog/pg/listener.py does the listening on a thread
of its own; this brings its news to the GUI thread). A catalog file has none: its windows
keep polling `data_version`, which SQLite moves for every other connection's commit."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from ..catalog.store import Catalog


class ServerWatch(QObject):
    changed = Signal()
    reachable = Signal(bool)

    def __init__(self, url: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        from ..catalog.pg.listener import ChangeListener

        self.url = url
        # Emitted on the listener's thread; Qt queues them to this object's (the GUI) thread.
        self._listener = ChangeListener(url, self.changed.emit, self.reachable.emit)
        self._listener.start()

    @property
    def is_reachable(self) -> bool:
        return self._listener.reachable

    def stop(self) -> None:
        self._listener.stop()


def watch_for(catalog: Catalog, parent: QObject | None = None) -> ServerWatch | None:
    """A watch for a catalog on a server; None for a file."""
    return ServerWatch(str(catalog.location), parent) if catalog.on_server else None
