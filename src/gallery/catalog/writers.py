"""Who holds a catalog for writing: a lock that restore can see and that dies with its holder.

Every process that may write a catalog (an editor window, an import, `reindex`…) holds a shared
`flock` on `<catalog>.writers` beside it for as long as it has the catalog open. Restore takes
the same lock exclusively for the time it swaps the file, so it can only run while nobody is
writing, and nobody can start writing while it runs. The kernel drops a flock when its holder
exits or is killed, so a crash never leaves the catalog locked. On Linux /proc/locks tells which
processes hold it, so a refusal can name them.
"""

from __future__ import annotations

import fcntl
import os
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from .errors import CatalogBusy, CatalogLocked

SUFFIX = ".writers"
WAIT_S = 5.0  # a restore takes a moment: a writer opening meanwhile waits this long


def lock_path(catalog_path: Path) -> Path:
    return catalog_path.with_name(catalog_path.name + SUFFIX)


def _open_lock_file(catalog_path: Path) -> int:
    # Read-only is enough for flock, and works when another user made the lock file.
    return os.open(lock_path(catalog_path), os.O_RDONLY | os.O_CREAT | os.O_CLOEXEC, 0o666)


class WriterLock:
    """A shared hold on the catalog for writing; `release` (or process exit) lets it go."""

    def __init__(self, fd: int) -> None:
        self._fd: int | None = fd

    @classmethod
    def acquire(cls, catalog_path: Path, wait_s: float = WAIT_S) -> WriterLock:
        try:
            fd = _open_lock_file(catalog_path)
        except OSError as error:
            raise CatalogLocked(f"{lock_path(catalog_path)}: cannot make the writers' lock "
                                f"file ({error.strerror})") from None
        deadline = time.monotonic() + wait_s
        while True:
            try:
                fcntl.flock(fd, fcntl.LOCK_SH | fcntl.LOCK_NB)
                return cls(fd)
            except BlockingIOError:
                if time.monotonic() >= deadline:
                    os.close(fd)
                    raise CatalogLocked(f"{catalog_path}: is being restored from a backup; "
                                        "try again in a moment") from None
                time.sleep(0.05)

    @property
    def held(self) -> bool:
        return self._fd is not None

    def release(self) -> None:
        if self._fd is not None:
            os.close(self._fd)  # closing the descriptor drops the flock
            self._fd = None


@contextmanager
def exclusive(catalog_path: Path) -> Iterator[None]:
    """Hold the catalog against every writer for the block; raise CatalogBusy naming them."""
    try:
        fd = _open_lock_file(catalog_path)
    except OSError as error:
        raise CatalogBusy(f"{lock_path(catalog_path)}: cannot make the writers' lock file "
                          f"({error.strerror}); nothing was changed") from None
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            pids = holders(fd)
            raise CatalogBusy(f"{catalog_path}: is open for writing by {describe(pids)}; "
                              "close it there first — nothing was changed", pids) from None
        yield
    finally:
        os.close(fd)


def other_writers(catalog_path: Path) -> list[int]:
    """The other processes holding the catalog for writing right now (Linux; [] elsewhere),
    so a window can refuse a restore before it lets go of anything."""
    try:
        fd = os.open(lock_path(catalog_path), os.O_RDONLY | os.O_CLOEXEC)
    except OSError:
        return []  # no lock file: nobody has opened it for writing
    try:
        return [pid for pid in holders(fd) if pid != os.getpid()]
    finally:
        os.close(fd)


def holders(fd: int) -> list[int]:
    """The processes holding a flock on the file open as `fd` (Linux; [] elsewhere)."""
    info = os.fstat(fd)
    device = f"{os.major(info.st_dev):02x}:{os.minor(info.st_dev):02x}:{info.st_ino}"
    pids: list[int] = []
    try:
        lines = Path("/proc/locks").read_text().splitlines()
    except OSError:
        return pids
    for line in lines:
        fields = line.split()
        # "1: FLOCK  ADVISORY  READ  1234 fe:00:5678 0 EOF"; waiting requests carry "->".
        if len(fields) >= 6 and fields[1] == "FLOCK" and fields[5] == device:
            pid = int(fields[4]) if fields[4].isdigit() else 0
            if pid and pid not in pids:
                pids.append(pid)
    return pids


def describe(pids: list[int]) -> str:
    """'pid 1234 (gallery edit)' for each holder, for a one-line message."""
    if not pids:
        return "another program"
    return ", ".join(_describe_one(pid) for pid in pids[:3]) + (
        f" and {len(pids) - 3} more" if len(pids) > 3 else "")


def _describe_one(pid: int) -> str:
    if pid == os.getpid():
        return f"this program (pid {pid})"
    try:
        raw = Path(f"/proc/{pid}/cmdline").read_bytes()
    except OSError:
        return f"pid {pid}"
    words = [w.decode(errors="replace") for w in raw.split(b"\0") if w]
    words = [Path(w).name if w.startswith("/") else w for w in words]
    if len(words) > 1 and words[0].startswith("python") and not words[1].startswith("-"):
        words = words[1:]  # "python …/gallery edit" reads better as "gallery edit"
    command = " ".join(" ".join(words).split())  # one line, whatever the arguments held
    if len(command) > 60:
        command = command[:57] + "…"
    return f"pid {pid} ({command})" if command else f"pid {pid}"
