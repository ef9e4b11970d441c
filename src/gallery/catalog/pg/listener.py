"""Hearing saves made elsewhere on a server, and noticing when the server goes and comes back.

A window's catalog calls run on one worker with one connection (ui/workers.py); waiting for
notices would block it, so the listener has a connection of its own, on a thread of its own:
it LISTENs on the channel every save NOTIFYs as it commits (connection.py) and calls
`on_change()`. When that connection breaks (the server stopped, the network went) it calls
`on_reachable(False)`, tries again every `retry_s` with a short connect timeout, and on the
first success `on_reachable(True)` then `on_change()` (saves made meanwhile were not heard).
Callbacks run on the listener's thread: a window hands them to its own thread.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from contextlib import suppress
from typing import Any

import psycopg

from .connection import CHANGES_CHANNEL, KEEPALIVES

log = logging.getLogger(__name__)

CONNECT_TIMEOUT_S = 3  # libpq's minimum is 2 s: a dead address must not hold up the retries
RETRY_S = 2.0
WAKE_S = 0.5  # how soon stop() is noticed while waiting for notices


class ChangeListener:
    def __init__(self, url: str, on_change: Callable[[], None],
                 on_reachable: Callable[[bool], None], retry_s: float = RETRY_S) -> None:
        self.url = url
        self.on_change = on_change
        self.on_reachable = on_reachable
        self.retry_s = retry_s
        self.reachable = True  # the window opened the catalog: the server was there
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None

    def start(self) -> None:
        self._thread = threading.Thread(target=self._run, name="catalog-listener",
                                        daemon=True)
        self._thread.start()

    def stop(self) -> None:
        """End the thread and close its connection (at most WAKE_S + a connect timeout)."""
        self._stop.set()
        if self._thread is not None:
            self._thread.join()
            self._thread = None

    def _run(self) -> None:
        while not self._stop.is_set():
            con = self._connect()
            if con is None:
                self._set_reachable(False)
                self._stop.wait(self.retry_s)
                continue
            try:
                con.execute(f"LISTEN {CHANGES_CHANNEL}")
                if not self.reachable:
                    self._set_reachable(True)
                    self.on_change()
                self._listen(con)
            except psycopg.Error as error:
                log.info("lost the catalog's server: %s", str(error).strip() or error)
                self._set_reachable(False)
            finally:
                with suppress(psycopg.Error):
                    con.close()

    def _listen(self, con: psycopg.Connection[Any]) -> None:
        while not self._stop.is_set():
            heard = False
            for _notice in con.notifies(timeout=WAKE_S):
                heard = True
            if heard:  # a burst of saves is one refresh
                self.on_change()

    def _connect(self) -> psycopg.Connection[Any] | None:
        try:
            return psycopg.connect(self.url, autocommit=True,
                                   connect_timeout=CONNECT_TIMEOUT_S,
                                   application_name="leonov-gallery-listener", **KEEPALIVES)
        except psycopg.Error:
            return None

    def _set_reachable(self, reachable: bool) -> None:
        if reachable != self.reachable:
            self.reachable = reachable
            self.on_reachable(reachable)
