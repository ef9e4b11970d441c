"""Writing a file so that readers see the old version or the new one, never half of either.

The data goes to a uniquely named temporary file beside the target (created with the usual
permissions, so the umask applies), is optionally flushed to the disk, and is then renamed over
the target, which is atomic on POSIX and Windows. A failure removes the temporary file.
"""

from __future__ import annotations

import os
import secrets
from pathlib import Path


def write_bytes_atomically(target: Path, data: bytes, durable: bool = False) -> Path:
    """Replace `target` with `data`; with `durable`, fsync before the rename."""
    target = Path(target)
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_name(f".{target.name}.{secrets.token_hex(4)}.partial")
    try:
        with partial.open("xb") as handle:
            handle.write(data)
            if durable:
                handle.flush()
                os.fsync(handle.fileno())
        os.replace(partial, target)
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
    return target


def write_text_atomically(target: Path, text: str, durable: bool = False) -> Path:
    """`write_bytes_atomically` for UTF-8 text."""
    return write_bytes_atomically(target, text.encode("utf-8"), durable)
