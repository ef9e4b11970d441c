"""Walk a PNG's chunks ourselves: Pillow never checks the IDAT checksums, we do."""

from __future__ import annotations

import io
import struct
import zlib
from typing import BinaryIO


class PngDamaged(ValueError):
    """The PNG's chunk structure is broken; the message says how, in one line."""


def scan_png(fh: BinaryIO, verify: bool) -> bytes | None:
    """Walk the PNG chunks (Pillow skips IDAT checksums); return any eXIf data."""
    fh.seek(8)
    exif = None
    while True:
        head = fh.read(8)
        if len(head) < 8:
            raise PngDamaged("truncated or corrupt PNG (ends before IEND)")
        length, cid = struct.unpack(">I4s", head)
        if length > 0x7FFFFFFF:
            raise PngDamaged(f"corrupt PNG (bad length in {cid!r} chunk)")
        if cid == b"eXIf" or verify:
            crc = zlib.crc32(cid)
            remaining = length
            data = bytearray()
            while remaining:
                block = fh.read(min(remaining, 1 << 20))
                if not block:
                    raise PngDamaged("truncated or corrupt PNG (ends inside a chunk)")
                crc = zlib.crc32(block, crc)
                remaining -= len(block)
                if cid == b"eXIf":
                    data += block
            if cid == b"eXIf":
                exif = bytes(data)
            stored = fh.read(4)
            if verify and (len(stored) < 4 or struct.unpack(">I", stored)[0] != crc):
                raise PngDamaged(f"corrupt PNG (bad CRC in {cid.decode('latin-1')} chunk)")
        else:
            fh.seek(length + 4, io.SEEK_CUR)
        if cid == b"IEND":
            return exif
