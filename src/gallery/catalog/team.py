"""What a team shares beside the records: who has which record open ("being edited by NAME
on HOST"). Mixed into `Catalog`; on a catalog file, one person works at a time and nobody
else is ever shown (the file's writers' lock already keeps editors apart).
"""

from __future__ import annotations

from typing import Any


class TeamPresence:
    """Methods of `Catalog` for presence (it provides these attributes)."""

    who: str
    _con: Any
    read_only_reason: str | None

    @property
    def on_server(self) -> bool:  # overridden by Catalog
        return False

    def _presence_token(self) -> str:
        token = getattr(self, "_token", None)
        if token is None:
            from .pg import presence

            token = self._token = presence.new_token()
        return token

    def mark_editing(self, table: str | None, record_id: str | None) -> None:
        """Say that this window shows `record_id` (call again every few seconds while it
        does; None when it shows nothing). A reader's window says nothing."""
        if not self.on_server or self.read_only_reason:
            return
        import socket  # only on a server: the visitor's window starts without it

        from .pg import presence

        presence.beat(self._con, self._presence_token(), self.who, socket.gethostname(),
                      table, record_id)

    def keep_presence_of(self, earlier: TeamPresence) -> None:
        """A window reconnected after an outage goes on as the same presence (the earlier
        connection's token), so its row is renewed instead of shown twice for 30 s."""
        token = getattr(earlier, "_token", None)
        if token is not None:
            self._token = token

    def stop_editing(self) -> None:
        if self.on_server and not self.read_only_reason and getattr(self, "_token", None):
            from .pg import presence

            presence.leave(self._con, self._presence_token())

    def editing_elsewhere(self, table: str, record_id: str) -> list[dict[str, str]]:
        """Who else has this record open now: [{who, host}] ([] on a catalog file)."""
        if not self.on_server:
            return []
        import socket

        from .pg import presence

        return presence.others(self._con, self._presence_token(), table, record_id,
                               me=(self.who, socket.gethostname()))
