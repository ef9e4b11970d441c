"""Keeping a show's memory flat for days: big picture buffers go back to the system.

Every slide allocates a few buffers of 6–30 MB (the decoded picture, the screen-sized frame, the
pixmap) on two threads. glibc's malloc raises its mmap threshold each time such a buffer is
freed, after which the next ones come from heap arenas, where freed holes are reused only
loosely: resident memory drifts upward over hours. Pinning the threshold at 1 MiB keeps every
picture buffer in its own mapping, returned whole when freed; a periodic malloc_trim hands back
what small allocations leave behind, after a full garbage collection. Elsewhere than glibc the
allocator calls are no-ops.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import gc
import logging
import sys

log = logging.getLogger(__name__)
M_MMAP_THRESHOLD = -3  # mallopt parameter numbers from glibc's malloc.h
M_ARENA_MAX = -8
_libc: ctypes.CDLL | None = None
_tuned = False


def _glibc() -> ctypes.CDLL | None:
    global _libc
    if _libc is None and sys.platform.startswith("linux"):
        try:
            libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6")
            if hasattr(libc, "mallopt") and hasattr(libc, "malloc_trim"):
                _libc = libc
        except OSError:
            pass
    return _libc


def tune_allocator(threshold: int = 1 << 20) -> bool:
    """Once per process: big allocations always mmapped, at most two malloc arenas."""
    global _tuned
    libc = _glibc()
    if libc is None or _tuned:
        return False
    ok = bool(libc.mallopt(M_MMAP_THRESHOLD, threshold)) and bool(libc.mallopt(M_ARENA_MAX, 2))
    _tuned = True
    log.info("allocator tuned for a long show (mmap threshold %d KiB)", threshold // 1024)
    return ok


def trim() -> None:
    """Free what cyclic garbage holds, then give freed heap memory back to the system.

    Cheap (a few ms); the engine calls it every few dozen slides, after a fade. A quiet
    long-running program allocates too few objects for Python's oldest generation to be
    collected often, so garbage in cycles (and any picture it references) could wait hours.
    """
    gc.collect()
    libc = _glibc()
    if libc is not None:
        libc.malloc_trim(0)
