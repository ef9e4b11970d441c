"""Reading files a user hands us (imports, scans, JSON): regular files only, never unbounded.

A FIFO would block the reader forever and `/dev/zero` never ends, so every input is opened
without blocking, must be a regular file, and is read up to a size cap. Refusals are OSErrors
with the file name, which the CLI prints as one line (exit 2).
"""

from __future__ import annotations

import errno
import os
import stat
from collections.abc import Iterator
from pathlib import Path

MIB = 1 << 20


class InputRefused(OSError):
    """An input that is not a regular file, or is larger than its cap."""


def _kind(mode: int) -> str:
    if stat.S_ISDIR(mode):
        return "a folder"
    if stat.S_ISFIFO(mode):
        return "a pipe"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    if stat.S_ISSOCK(mode):
        return "a socket"
    return "not a regular file"


def open_regular(path: str | os.PathLike[str]) -> int:
    """A read-only descriptor on `path`, which must be a regular file (a symlink to one is
    fine). Opened with O_NONBLOCK so a FIFO cannot hang us; InputRefused otherwise."""
    flags = os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_CLOEXEC", 0)
    fd = os.open(path, flags)
    mode = os.fstat(fd).st_mode
    if not stat.S_ISREG(mode):
        os.close(fd)
        raise InputRefused(errno.EINVAL, f"is {_kind(mode)}, not a file", str(path))
    return fd


def check_regular(path: str | os.PathLike[str]) -> None:
    """InputRefused unless `path` is a regular file (opened and closed, never read)."""
    os.close(open_regular(path))


def _too_big(path: str | os.PathLike[str], limit: int) -> InputRefused:
    return InputRefused(errno.EFBIG, f"is larger than {limit // MIB} MiB, the most this "
                        "command reads", str(path))


def chunks(path: str | os.PathLike[str], limit: int,
           size: int = MIB) -> Iterator[bytes]:
    """The bytes of a regular file in chunks, refusing it (before reading on) past `limit`."""
    fd = open_regular(path)
    try:
        if os.fstat(fd).st_size > limit:
            raise _too_big(path, limit)
        os.set_blocking(fd, True)
        total = 0
        while chunk := os.read(fd, size):
            total += len(chunk)
            if total > limit:  # the file grew while we read it
                raise _too_big(path, limit)
            yield chunk
    finally:
        os.close(fd)


def read_limited(path: str | os.PathLike[str], limit: int) -> bytes:
    """The whole of a regular file of at most `limit` bytes."""
    return b"".join(chunks(Path(path), limit))
