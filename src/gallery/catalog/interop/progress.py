"""A one-line progress counter on stderr for long exports and imports (quiet when piped)."""

from __future__ import annotations

import sys
from typing import TextIO


class Progress:
    """`step()` rewrites one line on a terminal; off a terminal it writes nothing."""

    def __init__(self, label: str, total: int, stream: TextIO | None = None) -> None:
        self.label = label
        self.total = total
        self.stream = stream if stream is not None else sys.stderr
        self.enabled = bool(getattr(self.stream, "isatty", lambda: False)())
        self._width = 0

    def step(self, done: int, what: str = "") -> None:
        if not self.enabled:
            return
        count = f"{done}/{self.total}" if self.total else str(done)
        text = f"{self.label} {count} {what}"[:78]
        self.stream.write("\r" + text.ljust(self._width))
        self._width = len(text)
        self.stream.flush()

    def finish(self) -> None:
        if self.enabled and self._width:
            self.stream.write("\r" + " " * self._width + "\r")
            self.stream.flush()
