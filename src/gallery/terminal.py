"""Catalog text printed to a terminal shows its control characters escaped (issue 16).

A title holding ESC[31m, BEL or \\x01 must not drive the reader's terminal: every headless
command's human-readable output goes through `escaped_stdout`, which writes such characters
as visible escapes (`\\x1b`, `\\x07`). Line breaks and tabs stay. `--json` output and exports
are data, escaped by their own format, and pass untouched.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from typing import TextIO

# C0 controls except tab and newline, DEL, and the C1 controls (ESC's 8-bit twins).
_CONTROLS = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def visible(text: str) -> str:
    """`text` with each control character (but tab and newline) written as `\\xNN`."""
    return _CONTROLS.sub(lambda match: f"\\x{ord(match.group()):02x}", text)


class _EscapingWriter:
    """A text stream that escapes control characters on their way to `inner`."""

    def __init__(self, inner: TextIO) -> None:
        self._inner = inner

    def write(self, text: str) -> int:
        self._inner.write(visible(text))
        return len(text)

    def __getattr__(self, name: str) -> object:  # flush, fileno, buffer, isatty …
        return getattr(self._inner, name)


def complain(line: str) -> None:
    """One error line on stderr, its control characters escaped: a server's or the store's
    message may quote a name (a database, a title) that holds them."""
    print(visible(line), file=sys.stderr)


@contextmanager
def escaped_stderr() -> Iterator[None]:
    """While inside, what a command writes to stderr (skipped rows, notes) shows control
    characters escaped."""
    inner = sys.stderr
    sys.stderr = _EscapingWriter(inner)  # type: ignore[assignment,unused-ignore]
    try:
        yield
    finally:
        sys.stderr = inner


@contextmanager
def escaped_stdout(enabled: bool = True) -> Iterator[None]:
    """While inside, `print` to stdout shows control characters escaped."""
    if not enabled:
        yield
        return
    inner = sys.stdout
    sys.stdout = _EscapingWriter(inner)  # type: ignore[assignment,unused-ignore]
    try:
        yield
    finally:
        sys.stdout = inner
