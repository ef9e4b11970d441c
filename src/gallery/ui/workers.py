"""Background work for the UI: one serial worker owns the catalog, a pool decodes images.

Following Anki's task manager: all catalog calls run on one worker thread in order (SQLite
connections are not for two threads at once), results come back to the GUI thread through a
queued signal, and worker code never touches widgets. Tests pass `synchronous=True` so work
runs inline and results arrive before the call returns, with no sleeps.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from typing import Any

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal, Slot

from ..catalog.store import Catalog

log = logging.getLogger(__name__)
Callback = Callable[[Any], None]
ErrorCallback = Callable[[BaseException], None]


class _Relay(QObject):
    """Carries a finished job's callback back to the GUI thread (queued connection)."""

    finished = Signal(object)

    def __init__(self) -> None:
        super().__init__()
        # Queued even when emitted on the GUI thread: a job done before its done-callback was
        # added runs that callback on the caller's thread, and its result must still arrive
        # from the event loop, never inside the call that asked for it.
        self.finished.connect(self._deliver, Qt.ConnectionType.QueuedConnection)

    @Slot(object)
    def _deliver(self, job: Callable[[], None]) -> None:
        job()


class CatalogService(QObject):
    """Owns a Catalog; runs calls on it one at a time off the GUI thread.

    `call(fn, on_done, on_error)` runs `fn(catalog)` on the worker and calls `on_done(result)`
    (or `on_error(exception)`) on the GUI thread.
    """

    def __init__(self, catalog: Catalog, synchronous: bool = False) -> None:
        super().__init__()
        self.catalog = catalog
        self.synchronous = synchronous
        self._executor = None if synchronous else ThreadPoolExecutor(
            max_workers=1, thread_name_prefix="catalog")
        self._relay = _Relay()
        self.closed = False

    def call(self, fn: Callable[[Catalog], Any], on_done: Callback | None = None,
             on_error: ErrorCallback | None = None) -> None:
        """Calls made after `shutdown` (a late timer or callback of a closing window) and
        results arriving after it are dropped: the catalog is closed, no one waits for them."""
        if self.closed:
            log.debug("catalog task dropped: the catalog is closed")
            return

        def finish(result: Any, error: BaseException | None) -> None:
            if self.closed:  # a result of a task that ran while the window was closing
                return
            if error is not None:
                if on_error:
                    on_error(error)
                else:
                    log.error("catalog task failed: %s", error)
            elif on_done:
                on_done(result)

        if self._executor is None:
            try:
                result = fn(self.catalog)
            except Exception as error:
                finish(None, error)
            else:
                finish(result, None)
            return

        def done(future: Future) -> None:
            error = future.exception()
            result = None if error else future.result()
            self._relay.finished.emit(lambda: finish(result, error))

        self._executor.submit(fn, self.catalog).add_done_callback(done)

    def run_now(self, fn: Callable[[Catalog], Any]) -> Any:
        """Run a short call and wait for it (for tiny reads during start-up or in tests)."""
        if self._executor is None:
            return fn(self.catalog)
        return self._executor.submit(fn, self.catalog).result()

    def shutdown(self) -> None:
        self.closed = True
        if self._executor is not None:
            self._executor.shutdown(wait=True)
            self._executor = None
        self.catalog.close()


class _PoolJob(QRunnable):
    def __init__(self, fn: Callable[[], Any], relay: _Relay, on_done: Callback,
                 on_error: ErrorCallback | None) -> None:
        super().__init__()
        self._fn, self._relay, self._on_done, self._on_error = fn, relay, on_done, on_error

    def run(self) -> None:
        try:
            result = self._fn()
        except Exception as error:
            # Drop the traceback: its frames would keep a half-decoded picture alive until the
            # callback runs (or longer, in a cycle), and an unattended show must stay flat.
            on_error, failure = self._on_error, error.with_traceback(None)
            del error
            if on_error is not None:
                self._relay.finished.emit(lambda: on_error(failure))
            return
        on_done = self._on_done
        self._relay.finished.emit(lambda: on_done(result))


class ImagePool(QObject):
    """Runs decode jobs in a QThreadPool; the newest request goes first.

    Callers tag requests with a generation and ignore results from an older one, so a result
    that arrives after the visitor moved on is simply dropped.
    """

    def __init__(self, synchronous: bool = False, max_threads: int | None = None) -> None:
        super().__init__()
        self.synchronous = synchronous
        self._pool = QThreadPool()
        if max_threads:
            self._pool.setMaxThreadCount(max_threads)
        self._relay = _Relay()
        self._priority = 0

    def submit(self, fn: Callable[[], Any], on_done: Callback,
               on_error: ErrorCallback | None = None) -> None:
        if self.synchronous:
            try:
                result = fn()
            except Exception as error:
                if on_error:
                    on_error(error)
                return
            on_done(result)
            return
        self._priority += 1  # later requests outrank earlier ones still queued
        self._pool.start(_PoolJob(fn, self._relay, on_done, on_error), self._priority)

    def submit_in_order(self, jobs: list[tuple[Callable[[], Any], Callback,
                                               ErrorCallback | None]]) -> None:
        """Submit several jobs that outrank everything queued before, run first to last (a
        screen of thumbnails in reading order)."""
        if self.synchronous:
            for job in jobs:
                self.submit(*job)
            return
        base, self._priority = self._priority, self._priority + len(jobs)
        for n, (fn, on_done, on_error) in enumerate(jobs):
            self._pool.start(_PoolJob(fn, self._relay, on_done, on_error), base + len(jobs) - n)

    def clear(self) -> None:
        """Drop queued (not yet started) jobs, e.g. when the visible rows change."""
        self._pool.clear()

    def wait(self, msecs: int = 30000) -> bool:
        return self._pool.waitForDone(msecs)
