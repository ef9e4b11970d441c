"""Safe decoding: the one path every catalog image takes from disk to pixels.

Policy (Qt vs Pillow)
---------------------
The UI never lets Qt decode a catalog image (no ``QImage(path)``, no
``QImageReader``, no ``QPixmap(path)``).  It calls :func:`decode` (or the
thumbnail/tile caches built on it) and converts the Pillow result to a
``QImage``.  Reasons:

* Qt shows a truncated JPEG with a grey fill and no error; we refuse it.
* Qt ignores EXIF orientation unless every reader sets ``setAutoTransform``.
* Qt's TIFF plugin cannot read 16-bit TIFF scans; we scale them to 8 bits.
* Qt refuses images above its 256 MB allocation limit, with only a log line.
* Qt plugins vary per platform; here one allow-list and one pixel budget apply
  everywhere, and every failure is one exception type, :class:`ImageRefused`.

Accepted: JPEG (baseline, progressive, CMYK), PNG, TIFF (incl. 16-bit), WebP
and GIF (first frame).  Everything else is refused by name.  The file's
content must match its extension: a PNG named ``.jpg`` is refused ("content is
PNG but the name says JPEG"), because other tools (file managers, web servers
serving an exported gallery by extension) would treat it as the wrong type;
the fix is to rename the file.

Pixel budget: :data:`PIXEL_BUDGET` (200 megapixels) is checked on the header,
before any pixel data is decoded.  It admits a 400 dpi scan of a 100 x 75 cm
canvas (15,750 x 11,800 px, 186 MP) and the 10,000 x 10,000 deep-zoom case,
while the worst full decode stays at 600 MB (RGB) / 800 MB (RGBA).
Limitation: a JPEG whose entropy-coded data is damaged but complete decodes
with visible garbage (libjpeg only warns, and Pillow does not report it).

Output is always a fully loaded, EXIF-oriented, 8-bit sRGB image in mode
``RGB`` or ``RGBA`` with an empty ``info`` dict (so no stale ICC profile or
EXIF follows the pixels into a saved thumbnail).

This module must never import Qt.
"""

from __future__ import annotations

import contextlib
import functools
import io
import logging
import os
import re
import struct
import threading
import warnings
import zlib
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO, cast

import PIL
from PIL import Image, ImageCms, ImageFile

from .pngscan import PngDamaged, scan_png

#: Oldest Pillow we trust with untrusted files (matches pyproject.toml).
MIN_PILLOW = (11, 0)
_ver = tuple(int(p) for p in re.findall(r"\d+", PIL.__version__)[:2])
if _ver < MIN_PILLOW:
    raise ImportError(
        f"gallery.imaging needs Pillow >= {'.'.join(map(str, MIN_PILLOW))} for its decoder "
        f"security fixes; found Pillow {PIL.__version__}. Upgrade with: pip install -U Pillow"
    )

#: Largest image accepted, in pixels (see the module docstring for why).
PIXEL_BUDGET = 200_000_000
# Our check is authoritative; Pillow's own guard is aligned with it so that a
# stray Image.open elsewhere in the app warns/fails at the same scale.
Image.MAX_IMAGE_PIXELS = PIXEL_BUDGET

#: Decode JPEG thumbnails at >= this multiple of the target, then downsample
#: with Lanczos (same idea as Pillow's ``reducing_gap``): fast and sharp.
REDUCING_GAP = 2

ACCEPTED_FORMATS = ("JPEG", "PNG", "TIFF", "WEBP", "GIF")
EXTENSIONS = {
    ".jpg": "JPEG", ".jpeg": "JPEG", ".jpe": "JPEG", ".jfif": "JPEG",
    ".png": "PNG", ".tif": "TIFF", ".tiff": "TIFF", ".webp": "WEBP", ".gif": "GIF",
}  # fmt: skip
# Formats we recognise only to refuse them with a clear name.
_REFUSED_EXTENSIONS = {
    ".psd": "PSD", ".psb": "PSD", ".tga": "TGA", ".icb": "TGA", ".vda": "TGA", ".vst": "TGA",
    ".pcx": "PCX", ".bmp": "BMP", ".dib": "BMP", ".heic": "HEIF", ".heif": "HEIF",
    ".avif": "AVIF", ".jp2": "JPEG 2000", ".j2k": "JPEG 2000", ".jpx": "JPEG 2000",
    ".jxl": "JPEG XL", ".svg": "SVG", ".pdf": "PDF", ".eps": "EPS", ".ico": "ICO",
    ".dng": "DNG", ".cr2": "camera RAW", ".nef": "camera RAW", ".arw": "camera RAW",
    ".ppm": "Netpbm", ".pgm": "Netpbm", ".pbm": "Netpbm", ".qoi": "QOI", ".dds": "DDS",
    ".xcf": "XCF", ".mpo": "MPO",
}  # fmt: skip
_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"\xff\xd8\xff", "JPEG"), (b"\x89PNG\r\n\x1a\n", "PNG"), (b"GIF87a", "GIF"),
    (b"GIF89a", "GIF"), (b"II*\x00", "TIFF"), (b"MM\x00*", "TIFF"), (b"II+\x00", "TIFF"),
    (b"MM\x00+", "TIFF"), (b"8BPS", "PSD"), (b"BM", "BMP"), (b"%PDF", "PDF"),
    (b"%!PS", "EPS"), (b"\xc5\xd0\xd3\xc6", "EPS"), (b"\x00\x00\x00\x0cjP  ", "JPEG 2000"),
    (b"\xff\x4f\xff\x51", "JPEG 2000"), (b"\xff\x0a", "JPEG XL"),
    (b"\x00\x00\x00\x0cJXL ", "JPEG XL"), (b"\x00\x00\x01\x00", "ICO"), (b"qoif", "QOI"),
    (b"DDS ", "DDS"), (b"gimp xcf", "XCF"), (b"<svg", "SVG"), (b"PK\x03\x04", "ZIP archive"),
)  # fmt: skip

# Everything a Pillow decoder is known to raise on hostile input.
_DECODER_ERRORS = (
    OSError, SyntaxError, ValueError, struct.error, EOFError, IndexError, KeyError,
    TypeError, ZeroDivisionError, OverflowError, AssertionError, MemoryError,
    Image.DecompressionBombError, Image.DecompressionBombWarning, zlib.error,
)  # fmt: skip

_T = Image.Transpose
_TRANSPOSE = {2: _T.FLIP_LEFT_RIGHT, 3: _T.ROTATE_180, 4: _T.FLIP_TOP_BOTTOM,
              5: _T.TRANSPOSE, 6: _T.ROTATE_270, 7: _T.TRANSVERSE, 8: _T.ROTATE_90}  # fmt: skip

log = logging.getLogger(__name__)
_open_lock = threading.Lock()
_SRGB = ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB"))


#: Why a file was refused, as a word a window can say in its own language (the reason is the
#: exact English line for logs, the CLI and Show Details).
REFUSAL_KINDS = ("missing", "unreadable", "empty", "misnamed", "not-accepted", "damaged",
                 "too-large")


class ImageRefused(Exception):
    """A file the gallery will not decode; ``str()`` is one readable line.

    ``kind`` is one of REFUSAL_KINDS; for "misnamed", ``formats`` is (content, what the name
    says, "" when it names no format) — format names, the same in every language."""

    def __init__(self, path: str | os.PathLike[str], reason: str, kind: str = "damaged",
                 formats: tuple[str, str] | None = None) -> None:
        super().__init__(str(path), reason)
        self.path = Path(path)
        self.reason = " ".join(reason.split())  # always a single line
        self.kind = kind if kind in REFUSAL_KINDS else "damaged"
        self.formats = formats

    def __str__(self) -> str:
        return f"{self.path}: {self.reason}"


@dataclass(frozen=True)
class ImageInfo:
    """Header facts about an accepted image (no pixels were decoded)."""

    path: Path
    format: str  # one of ACCEPTED_FORMATS
    width: int  # as stored
    height: int
    mode: str  # Pillow mode as stored, e.g. "RGB", "CMYK", "I;16", "P"
    orientation: int  # EXIF orientation 1..8
    bytes: int  # file size

    @property
    def oriented_size(self) -> tuple[int, int]:
        """Size as displayed, after EXIF orientation."""
        turned = self.orientation in (5, 6, 7, 8)
        return (self.height, self.width) if turned else (self.width, self.height)


def sniff(head: bytes) -> str | None:
    """Name the format of a file from its first bytes, or None if unknown."""
    if head[:4] == b"RIFF" and head[8:12] == b"WEBP":
        return "WEBP"
    if head[4:8] == b"ftyp":
        return "AVIF" if head[8:12] in (b"avif", b"avis") else "HEIF"
    if len(head) > 3 and head[0] == 0x0A and head[1] in (0, 2, 3, 4, 5) and head[2] == 1:
        return "PCX"
    return next((name for magic, name in _MAGIC if head.startswith(magic)), None)


def fit_size(size: tuple[int, int], box: tuple[int, int]) -> tuple[int, int]:
    """Largest size with ``size``'s aspect ratio within ``box``; never upscales."""
    (w, h), (bw, bh) = size, box
    if bw < 1 or bh < 1:
        raise ValueError(f"box must be at least 1 x 1, got {box}")
    scale = min(bw / w, bh / h, 1.0)
    return max(1, min(bw, round(w * scale))), max(1, min(bh, round(h * scale)))


def probe(path: str | os.PathLike[str]) -> ImageInfo:
    """Read only the header: format, size, mode, orientation. Raises ImageRefused."""
    p = Path(path)
    with _opened(p, verify=False) as (im, fmt, nbytes, orientation):
        return ImageInfo(p, fmt, im.width, im.height, im.mode, orientation, nbytes)


def decode(path: str | os.PathLike[str], max_size: tuple[int, int] | None = None) -> Image.Image:
    """Fully decode ``path`` to an oriented 8-bit sRGB RGB/RGBA image.

    With ``max_size`` the result fits within that box (never upscaled), and a
    JPEG is decoded at a reduced DCT scale so the full image is never built.
    Raises :class:`ImageRefused` for anything that is not a sound, accepted image.
    """
    p = Path(path)
    if ImageFile.LOAD_TRUNCATED_IMAGES:
        # A programming error elsewhere in the app, not a property of the file.
        raise RuntimeError("ImageFile.LOAD_TRUNCATED_IMAGES is on; refusing to decode")
    with _opened(p, verify=True) as (im, fmt, _, orientation):
        target = None
        if max_size is not None:
            shown = fit_size((im.height, im.width) if orientation >= 5 else im.size, max_size)
            target = (shown[1], shown[0]) if orientation >= 5 else shown  # stored coords
            if fmt == "JPEG":
                want = (min(im.width, target[0] * REDUCING_GAP),
                        min(im.height, target[1] * REDUCING_GAP))  # fmt: skip
                im.draft(None, want)  # libjpeg DCT scaling: 1/2, 1/4 or 1/8
        icc = im.info.get("icc_profile") or None
        try:
            im.load()
            out = _normalise_mode(im, p)
            if target is not None and out.size != target:
                # reducing_gap: a cheap box reduce() first, then Lanczos.
                out = out.resize(target, Image.Resampling.LANCZOS, reducing_gap=REDUCING_GAP)
            out = _to_srgb(out, icc, p)
            if orientation != 1:
                # ImageOps.exif_transpose's table, applied last to the (smaller)
                # output; the tag was read once so sizing and rotation agree.
                out = out.transpose(_TRANSPOSE[orientation])
        except ImageRefused:
            raise
        except _DECODER_ERRORS as exc:
            raise ImageRefused(p, _describe(exc, fmt), _kind_of(exc)) from None
    out.info = {}
    return out


# -- internals ---------------------------------------------------------------


@contextlib.contextmanager
def _opened(p: Path, verify: bool) -> Iterator[tuple[ImageFile.ImageFile, str, int, int]]:
    """Check, sniff and open the file's header: (image, format, bytes, orientation)."""
    try:
        fh = p.open("rb")
    except FileNotFoundError:
        raise ImageRefused(p, "no such file", "missing") from None
    except IsADirectoryError:
        raise ImageRefused(p, "is a directory, not an image file", "unreadable") from None
    except PermissionError:
        raise ImageRefused(p, "cannot be read (permission denied)", "unreadable") from None
    except OSError as exc:
        raise ImageRefused(p, f"cannot be opened ({exc.strerror or exc})", "unreadable"
                            ) from None
    with fh:
        nbytes = os.fstat(fh.fileno()).st_size
        if nbytes == 0:
            raise ImageRefused(p, "is empty (0 bytes)", "empty")
        fmt = _check_type(p, fh.read(32))
        png_exif = None
        if fmt == "PNG":
            try:
                png_exif = scan_png(fh, verify)
            except PngDamaged as damage:
                raise ImageRefused(p, str(damage)) from None
        fh.seek(0)
        im, orientation = _open_header(p, fh, fmt, png_exif)
        # Not im.close(): that would free the pixels decode() returns; the
        # file handle is ours and closes here.
        yield im, fmt, nbytes, orientation


def _check_type(p: Path, head: bytes) -> str:
    ext = p.suffix.lower()
    named = EXTENSIONS.get(ext) or _REFUSED_EXTENSIONS.get(ext)
    content = sniff(head)
    if content is None:
        if named in ACCEPTED_FORMATS:
            raise ImageRefused(p, f"content is not {named} (unrecognised data)")
        if named:
            raise ImageRefused(p, f"{named} images are not accepted", "not-accepted")
        raise ImageRefused(p, "not a recognised image format", "not-accepted")
    if content not in ACCEPTED_FORMATS:
        raise ImageRefused(p, f"{content} images are not accepted", "not-accepted")
    if named != content:
        said = named or (f"'{ext}'" if ext else "no extension")
        raise ImageRefused(p, f"content is {content} but the name says {said}", "misnamed",
                            (content, named or ""))
    return content


def _open_header(
    p: Path, fh: BinaryIO, fmt: str, png_exif: bytes | None
) -> tuple[ImageFile.ImageFile, int]:
    # formats=[fmt]: Pillow never tries another plugin on this data.  The
    # lock makes catch_warnings (process-global) safe between our threads.
    with _open_lock, warnings.catch_warnings(record=True) as caught:
        # Pillow warns about sizes between 1x and 2x its limit (our own check
        # below refuses those, naming the size) and about damaged metadata
        # (corrupt EXIF is ignored, as viewers do): log, never surface.
        warnings.simplefilter("always")
        try:
            im = Image.open(fh, formats=[fmt])
            orientation = _orientation(im, png_exif)
        except Image.UnidentifiedImageError:
            raise ImageRefused(p, f"damaged {fmt} header (cannot be read)") from None
        except _DECODER_ERRORS as exc:
            raise ImageRefused(p, _describe(exc, fmt, _header_size(fh, fmt)),
                               _kind_of(exc)) from None
        finally:
            for w in caught:
                log.info("%s: %s", p, w.message)
    if (pixels := im.width * im.height) > PIXEL_BUDGET:
        im.close()
        size = f"{im.width} x {im.height} = {pixels / 1e6:,.0f} MP"
        raise ImageRefused(
            p, f"too many pixels ({size}; the limit is {PIXEL_BUDGET / 1e6:,.0f} MP)", "too-large"
        )
    if im.width < 1 or im.height < 1:
        im.close()
        raise ImageRefused(p, f"has no pixels ({im.width} x {im.height})")
    return im, orientation


def _orientation(im: Image.Image, png_exif: bytes | None) -> int:
    try:
        if im.format == "PNG":  # getexif() on PNG may decode the whole image
            exif = Image.Exif()
            if png_exif:
                exif.load(png_exif)
        else:
            exif = im.getexif()
        value = int(exif.get(0x0112, 1))
    except _DECODER_ERRORS:
        return 1  # unreadable EXIF is ignored, like every viewer does
    return value if 1 <= value <= 8 else 1


def _normalise_mode(im: Image.Image, p: Path) -> Image.Image:
    """Map any decoded mode to one of L, LA, RGB, RGBA, CMYK (8 bits each)."""
    mode = im.mode
    if mode in ("L", "LA", "RGB", "RGBA", "CMYK"):
        return im
    if mode.startswith("I;16") or mode == "I":
        # Scale 0..65535 to 0..255 (a plain convert("L") would clip, not scale).
        wide = im if mode == "I" else im.convert("I")
        return wide.point(lambda v: v / 257 + 0.5).convert("L")
    if mode == "P":
        return im.convert("RGBA" if im.has_transparency_data else "RGB")
    conversions = {"1": "L", "PA": "RGBA", "La": "LA", "RGBa": "RGBA",
                   "RGBX": "RGB", "YCbCr": "RGB"}  # fmt: skip
    if mode in conversions:
        return im.convert(conversions[mode])
    raise ImageRefused(p, f"unsupported pixel mode {mode}", "not-accepted")


def _to_srgb(im: Image.Image, icc: bytes | None, p: Path) -> Image.Image:
    """Convert L/LA/RGB/RGBA/CMYK to sRGB RGB/RGBA via the embedded profile."""
    alpha = im.getchannel("A") if im.mode in ("LA", "RGBA") else None
    base = im.convert({"LA": "L", "RGBA": "RGB"}[im.mode]) if alpha is not None else im
    transform = _transform(icc, base.mode) if icc else None
    if transform is not None:
        try:
            if base.mode == "RGB" and alpha is None:
                transform.apply_in_place(base)  # no second full-size copy
            else:
                base = transform.apply(base)
        except (ImageCms.PyCMSError, OSError, ValueError) as exc:
            log.info("%s: colour profile not applied (%s)", p, exc)
    if base.mode != "RGB":
        base = base.convert("RGB")
    if alpha is not None:
        base.putalpha(alpha)
    return base


@functools.lru_cache(maxsize=32)
def _transform(icc: bytes, mode: str) -> ImageCms.ImageCmsTransform | None:
    """Build (once per profile) a transform to sRGB; None if the profile is unusable."""
    spaces = {"L": "GRAY", "RGB": "RGB", "CMYK": "CMYK"}
    try:
        src = ImageCms.ImageCmsProfile(io.BytesIO(icc))
        if src.profile.xcolor_space.strip() != spaces[mode]:
            return None  # a profile for another colour space: ignore it
        # NOCACHE: lcms transforms are then safe to share between threads.
        return ImageCms.buildTransform(src, _SRGB, mode, "RGB", flags=ImageCms.Flags.NOCACHE)
    except (ImageCms.PyCMSError, OSError, ValueError, TypeError) as exc:
        log.info("ignoring an unusable %d-byte ICC profile (%s)", len(icc), exc)
        return None


def _kind_of(exc: BaseException) -> str:
    bomb = (Image.DecompressionBombError, Image.DecompressionBombWarning, MemoryError)
    return "too-large" if isinstance(exc, bomb) else "damaged"


def _header_size(fh: BinaryIO, fmt: str) -> tuple[int, int] | None:
    """Width and height from a PNG's header (Pillow refuses a huge one before saying them)."""
    if fmt != "PNG":
        return None
    try:
        fh.seek(16)
        head = fh.read(8)
    except (OSError, ValueError):
        return None
    if len(head) != 8:
        return None
    return int.from_bytes(head[:4], "big"), int.from_bytes(head[4:], "big")


def _describe(exc: BaseException, fmt: str, size: tuple[int, int] | None = None) -> str:
    if isinstance(exc, (Image.DecompressionBombError, Image.DecompressionBombWarning)):
        limit = PIXEL_BUDGET / 1e6
        if size:  # the image's own size, not Pillow's bound ("over 400 MP" for 900 MP)
            pixels = size[0] * size[1]
            return (f"too many pixels ({size[0]} x {size[1]} = {pixels / 1e6:,.0f} MP; "
                    f"the limit is {limit:,.0f} MP)")
        counted = re.search(r"\((\d+) pixels\)", str(exc))
        if counted:
            return (f"too many pixels ({int(counted.group(1)) / 1e6:,.0f} MP; "
                    f"the limit is {limit:,.0f} MP)")
        return f"too many pixels (over {2 * limit:,.0f} MP; the limit is {limit:,.0f} MP)"
    if isinstance(exc, MemoryError):
        return "not enough memory to decode it"
    text = str(exc).split("\n")[0][:160] or type(exc).__name__
    if "truncated" in text or isinstance(exc, EOFError):
        return f"truncated or corrupt {fmt} ({text})"
    return f"corrupt {fmt} data ({text})"


def lowest_alpha(im: Image.Image) -> int:
    """The most transparent pixel's alpha in an RGBA image (255: the image is opaque)."""
    extrema = cast(tuple[int, int], im.getchannel("A").getextrema())  # (min, max) for one band
    return extrema[0]
