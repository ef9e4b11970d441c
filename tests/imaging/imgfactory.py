"""Small image factories shared by the imaging tests (not fixtures: plain functions)."""

from __future__ import annotations

import io
import struct
import zlib

from PIL import Image, ImageCms


def png_chunk(cid: bytes, data: bytes) -> bytes:
    return struct.pack(">I", len(data)) + cid + data + struct.pack(">I", zlib.crc32(cid + data))


def bomb_png(width: int, height: int) -> bytes:
    """A valid-looking PNG header declaring a huge size, in a tiny file."""
    ihdr = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    idat = zlib.compress(b"\x00" * 64)
    return (
        b"\x89PNG\r\n\x1a\n"
        + png_chunk(b"IHDR", ihdr)
        + png_chunk(b"IDAT", idat)
        + png_chunk(b"IEND", b"")
    )


def swapped_srgb_icc() -> bytes:
    """sRGB with the red and blue primaries swapped: a profile whose effect is obvious."""
    data = bytearray(ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB")).tobytes())
    (count,) = struct.unpack(">I", data[128:132])
    at = {bytes(data[132 + 12 * i : 136 + 12 * i]): 132 + 12 * i for i in range(count)}
    r, b = at[b"rXYZ"], at[b"bXYZ"]
    data[r + 4 : r + 12], data[b + 4 : b + 12] = data[b + 4 : b + 12], data[r + 4 : r + 12]
    data[84:100] = bytes(16)  # profile ID: zero means "not computed"
    return bytes(data)


def exif_orientation(value: int) -> bytes:
    exif = Image.Exif()
    exif[0x0112] = value
    return exif.tobytes()


def marked_image(size: tuple[int, int], mode: str = "RGB") -> Image.Image:
    """Grey image with a red block at the top-left corner (to track orientation)."""
    im = Image.new(mode, size, (128, 128, 128))
    im.paste((255, 0, 0), (0, 0, size[0] // 4, size[1] // 4))
    return im


def noisy_jpeg_bytes(size: tuple[int, int], **save: object) -> bytes:
    buf = io.BytesIO()
    Image.merge("RGB", [Image.effect_noise(size, 60)] * 3).save(buf, "JPEG", **save)
    return buf.getvalue()
