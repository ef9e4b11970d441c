"""Files a backup is still writing: named `….partial`, flock-ed by their writer.

A killed backup leaves its partial behind; the next backup deletes each partial whose flock
nobody holds (its writer is gone), and never one that another backup is writing right now.
"""

from __future__ import annotations

import fcntl
import os
from pathlib import Path

PARTIAL = ".partial"


class partial_file:
    """`target.partial`, flock-ed while written, renamed to `target` if the block succeeds."""

    def __init__(self, target: Path) -> None:
        self.target = target
        self.path = target.with_name(target.name + PARTIAL)
        self._fd = -1

    def __enter__(self) -> Path:
        self._fd = os.open(self.path, os.O_RDWR | os.O_CREAT | os.O_EXCL | os.O_CLOEXEC, 0o666)
        fcntl.flock(self._fd, fcntl.LOCK_EX)
        return self.path

    def __exit__(self, kind: type[BaseException] | None, *_: object) -> None:
        try:
            if kind is None:
                with self.path.open("rb+") as handle:
                    os.fsync(handle.fileno())
                os.replace(self.path, self.target)
            else:
                self.path.unlink(missing_ok=True)
        finally:
            os.close(self._fd)  # only now may a later backup treat a leftover as stale


def clean_stale_partials(folder: Path) -> list[Path]:
    """Delete the `.partial` files whose writer is gone (nobody holds their flock)."""
    removed = []
    for path in [*folder.glob(f"*{PARTIAL}"), *folder.glob(f"*/*{PARTIAL}")]:
        try:
            fd = os.open(path, os.O_RDONLY | os.O_CLOEXEC)
        except OSError:
            continue
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            continue  # being written right now
        else:
            for leftover in (path, Path(f"{path}-journal"), Path(f"{path}-wal")):
                leftover.unlink(missing_ok=True)
            removed.append(path)
        finally:
            os.close(fd)
    return removed
