"""Take a curator's image file into `images/scans/`: copy once, validate the copy, keep it.

The source is read exactly once, into a private file inside the images folder, hashing as it
goes; that copy is what the safe decoder checks (a full reduced decode, so a truncated file is
caught) and what is kept under its sha256. So the bytes recorded are the bytes validated, even
when the source changes while it is being imported. Recording the scan in a work's record is
the catalog's job (`gallery.catalog.image_import`): this module knows nothing of catalogs.
"""

from __future__ import annotations

import hashlib
import os
import secrets
from dataclasses import dataclass
from pathlib import Path

from ..atomic import fsync_folder
from ..inputs import MIB, chunks
from .decode import EXTENSIONS, ImageInfo, ImageRefused, decode, probe

SCANS_FOLDER = "scans"
VALIDATION_BOX = (1024, 1024)
_CHUNK = 1 << 20
MAX_IMAGE_BYTES = 2048 * MIB  # a 16-bit TIFF at the 200 MP pixel budget is about 1.2 GB


@dataclass(frozen=True)
class StoredScan:
    """A validated scan inside the images folder."""

    relative: str          # path under the images folder, e.g. "scans/<sha256>.jpg"
    sha256: str
    info: ImageInfo
    created: bool          # False when the same content was already there

    def remove(self, images_dir: Path) -> None:
        """Take back a scan this import created (used when recording it fails)."""
        if self.created:
            (images_dir / self.relative).unlink(missing_ok=True)


def _extension(fmt: str) -> str:
    return next((ext for ext, name in EXTENSIONS.items() if name == fmt), f".{fmt.lower()}")


def _copy_hashing(source: Path, target: Path) -> str:
    digest = hashlib.sha256()
    with target.open("xb") as writer:
        # a pipe or device is refused unread, and no file is read past the cap
        for chunk in chunks(source, MAX_IMAGE_BYTES, _CHUNK):
            digest.update(chunk)
            writer.write(chunk)
        writer.flush()
        os.fsync(writer.fileno())
    return digest.hexdigest()


def file_digest(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for chunk in iter(lambda: handle.read(_CHUNK), b""):
            digest.update(chunk)
    return digest.hexdigest()


def require_file(source: Path) -> None:
    """Refuse, in words, what is not a file to read (a FIFO or a device would block reads)."""
    if not source.exists():
        raise ImageRefused(source, "no such file", "missing")
    if not source.is_file():
        kind = "is a folder" if source.is_dir() else "is not a regular file (a pipe or device?)"
        raise ImageRefused(source, kind, "unreadable")


def store_scan(images_dir: Path, source: str | os.PathLike[str]) -> StoredScan:
    """Copy `source` into `images_dir/scans/` under its sha256 once it proves a sound image.

    Raises ImageRefused (one readable line, naming the source) for a file the gallery will not
    take; nothing is left behind then.
    """
    source = Path(source)
    require_file(source)
    folder = images_dir / SCANS_FOLDER
    made = [f for f in (images_dir, folder) if not f.exists()]
    folder.mkdir(parents=True, exist_ok=True)
    kept = False
    # Same suffix as the source: the decoder checks that content and name agree.
    incoming = folder / f".incoming-{secrets.token_hex(8)}{source.suffix.lower()}"
    try:
        try:
            digest = _copy_hashing(source, incoming)
        except OSError as error:  # e.g. over the size cap: one line, naming the source
            raise ImageRefused(source, error.strerror or str(error), "unreadable") from None
        try:
            info = probe(incoming)
            decode(incoming, max_size=VALIDATION_BOX)  # every byte of pixel data is read once
        except ImageRefused as refused:
            raise ImageRefused(source, refused.reason, refused.kind, refused.formats) from None
        relative = f"{SCANS_FOLDER}/{digest}{_extension(info.format)}"
        target = images_dir / relative
        if target.exists():
            if file_digest(target) != digest:
                raise ImageRefused(target, "a different file already has this content name")
            kept = True
            return StoredScan(relative, digest, info, created=False)
        os.replace(incoming, target)
        fsync_folder(folder)
        kept = True
        return StoredScan(relative, digest, info, created=True)
    finally:
        incoming.unlink(missing_ok=True)
        if not kept:  # a refused file leaves the images folder as it was
            for made_folder in reversed(made):
                made_folder.rmdir()

