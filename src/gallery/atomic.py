"""Writing a file so that readers see the old version or the new one, never half of either.

The data goes to a uniquely named temporary file beside the target, is flushed to the disk,
and is then renamed over the target, which is atomic on POSIX and Windows; the folder is
flushed too, so the rename survives a power cut. A replaced file keeps its permission bits.
A symlink, a device, a pipe or a folder at the target is refused, never replaced: `-o` onto
a link would otherwise cut it, and onto a device would swap it for a plain file. A failure
removes the temporary file.
"""

from __future__ import annotations

import errno
import os
import stat
from pathlib import Path


class UnsafeTarget(OSError):
    """The target is a symlink or a special file; nothing was written."""


def _check_target(target: Path) -> int | None:
    """The target's permission bits if it is a regular file, None if it does not exist."""
    try:
        info = os.lstat(target)
    except FileNotFoundError:
        return None
    if stat.S_ISLNK(info.st_mode):
        raise UnsafeTarget(errno.EPERM, "is a symbolic link; write to the file it names "
                           "instead", str(target))
    if not stat.S_ISREG(info.st_mode):
        kind = "a folder" if stat.S_ISDIR(info.st_mode) else "a device or a pipe"
        raise UnsafeTarget(errno.EPERM, f"is {kind}, not a file; nothing was written",
                           str(target))
    return stat.S_IMODE(info.st_mode)


def fsync_folder(folder: Path) -> None:
    """Flush a folder's entries (a rename is only durable once its folder is)."""
    try:
        fd = os.open(folder, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0))
    except OSError:
        return  # e.g. Windows: folders cannot be opened; the rename is already durable there
    try:
        os.fsync(fd)
    except OSError:
        pass  # some file systems refuse fsync on a folder
    finally:
        os.close(fd)


def write_bytes_atomically(target: Path, data: bytes, durable: bool = True) -> Path:
    """Replace `target` with `data`; with `durable` (the default), fsync file and folder."""
    target = Path(target)
    target.parent.mkdir(parents=True, exist_ok=True)
    mode = _check_target(target)
    partial = target.with_name(f".{target.name}.{os.urandom(4).hex()}.partial")
    try:
        with partial.open("xb") as handle:
            handle.write(data)
            if mode is not None:
                os.chmod(handle.fileno(), mode)
            if durable:
                handle.flush()
                os.fsync(handle.fileno())
        _check_target(target)  # still not a link: a swap while we wrote is refused too
        os.replace(partial, target)
    except OSError as error:
        partial.unlink(missing_ok=True)
        if error.filename == str(partial):  # name the file the user asked for, not ours
            raise OSError(error.errno, error.strerror, str(target)) from None
        raise
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
    if durable:
        fsync_folder(target.parent)
    return target


def write_text_atomically(target: Path, text: str, durable: bool = True) -> Path:
    """`write_bytes_atomically` for UTF-8 text."""
    return write_bytes_atomically(target, text.encode("utf-8"), durable)
