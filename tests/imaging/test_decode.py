"""The safe decoder against a hostile corpus built in a temp dir."""

from __future__ import annotations

import io
import os
import pickle
import random
import struct
import zlib
from pathlib import Path

import pytest
from imgfactory import bomb_png, exif_orientation, marked_image, noisy_jpeg_bytes, swapped_srgb_icc
from PIL import Image, ImageCms, ImageFile

from gallery.imaging import decode as dec
from gallery.imaging.decode import PIXEL_BUDGET, ImageRefused, decode, fit_size, probe, sniff


def _png_bytes(im: Image.Image, **save: object) -> bytes:
    buf = io.BytesIO()
    im.save(buf, "PNG", **save)
    return buf.getvalue()


def _corrupt_idat_crc(data: bytes) -> bytes:
    at = data.index(b"IDAT")
    (length,) = struct.unpack(">I", data[at - 4 : at])
    out = bytearray(data)
    out[at + 4 + length] ^= 0xFF  # first CRC byte; Pillow itself never checks IDAT CRCs
    return bytes(out)


def _corrupt_idat_payload(data: bytes) -> bytes:
    """Damage the zlib stream but keep every CRC valid, so only the decoder notices."""
    at = data.index(b"IDAT")
    (length,) = struct.unpack(">I", data[at - 4 : at])
    payload = bytearray(data[at + 4 : at + 4 + length])
    payload[2:12] = b"\xff" * 10
    crc = struct.pack(">I", zlib.crc32(b"IDAT" + payload))
    return data[: at + 4] + bytes(payload) + crc + data[at + 8 + length :]


def _psd_header() -> bytes:
    return b"8BPS\x00\x01" + bytes(6) + struct.pack(">HIIHH", 3, 64, 64, 8, 3) + bytes(64)


def _gif_frames() -> bytes:
    frames = [Image.new("RGB", (40, 30), c) for c in ((255, 0, 0), (0, 255, 0), (0, 0, 255))]
    buf = io.BytesIO()
    frames[0].save(buf, "GIF", save_all=True, append_images=frames[1:], duration=100, loop=0)
    return buf.getvalue()


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    d = tmp_path_factory.mktemp("corpus")
    files: dict[str, Path] = {}

    def put(name: str, content: bytes | Image.Image, fmt: str | None = None, **save) -> None:
        path = d / name
        if isinstance(content, bytes):
            path.write_bytes(content)
        else:
            content.save(path, fmt, **save)
        files[name] = path

    rgb = marked_image((64, 48))
    good_jpeg = noisy_jpeg_bytes((200, 150), quality=90)
    put("baseline.jpg", rgb, quality=95)
    put("progressive.jpeg", rgb, "JPEG", quality=95, progressive=True)
    put("truncated.jpg", good_jpeg[: len(good_jpeg) * 6 // 10])
    put("cmyk.jpg", Image.new("CMYK", (40, 30), (0, 255, 0, 0)), quality=95)
    put("rotated6.jpg", marked_image((64, 32)), quality=95, exif=exif_orientation(6))
    png = _png_bytes(rgb)
    put("ok.png", png)
    put("bad_crc.png", _corrupt_idat_crc(png))
    put("bad_zlib.png", _corrupt_idat_payload(_png_bytes(Image.effect_noise((64, 64), 50))))
    put("truncated.png", png[: len(png) // 2])
    put("bomb.png", bomb_png(100_000, 100_000))
    put("bomb_band.png", bomb_png(15_000, 15_000))  # between our budget and twice it
    put(
        "swapped_icc.png", Image.new("RGB", (16, 16), (200, 30, 30)), icc_profile=swapped_srgb_icc()
    )
    srgb_icc = ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB")).tobytes()
    put("srgb_icc.png", Image.new("RGB", (16, 16), (200, 30, 30)), icc_profile=srgb_icc)
    put("junk_icc.png", Image.new("RGB", (16, 16), (200, 30, 30)), icc_profile=b"junk" * 40)
    pal = Image.new("P", (20, 10), 1)
    pal.putpalette([0, 0, 0, 255, 0, 0])
    put("palette_alpha.png", pal, transparency=0)
    put("la.png", Image.new("LA", (20, 10), (100, 50)))
    put("bilevel.png", Image.new("1", (20, 10), 1))
    gray16 = Image.new("I;16", (4, 1))
    for x, v in enumerate((0, 257, 32768, 65535)):
        gray16.putpixel((x, 0), v)
    put("gray16.tif", gray16)
    put("gray16.png", gray16)
    put("rgb.tiff", rgb, compression="tiff_lzw")
    put("lossless.webp", rgb, lossless=True)
    put("alpha.webp", Image.new("RGBA", (30, 20), (0, 0, 255, 100)), lossless=True)
    put("anim.gif", _gif_frames())
    put("mislabelled.jpg", png)
    put("jpeg.dat", (d / "baseline.jpg").read_bytes())
    put("text.png", b"this is not a picture at all\n")
    put("layers.psd", _psd_header())
    put("pillow.tga", rgb, "TGA")
    put("pillow.pcx", rgb, "PCX")
    put("bitmap.png", _bmp_bytes(rgb))
    put("empty.jpg", b"")
    (d / "folder.jpg").mkdir()
    files["folder.jpg"] = d / "folder.jpg"
    files["missing.png"] = d / "missing.png"
    return files


def _bmp_bytes(im: Image.Image) -> bytes:
    buf = io.BytesIO()
    im.save(buf, "BMP")
    return buf.getvalue()


REFUSED = [
    ("truncated.jpg", "truncated or corrupt JPEG"),
    ("bad_crc.png", "bad CRC in IDAT chunk"),
    ("bad_zlib.png", "corrupt PNG data"),
    ("truncated.png", "truncated or corrupt PNG"),
    ("bomb.png", "too many pixels (100000 x 100000 = 10,000 MP; the limit is 200 MP)"),
    ("bomb_band.png", "too many pixels (15000 x 15000 = 225 MP; the limit is 200 MP)"),
    ("mislabelled.jpg", "content is PNG but the name says JPEG"),
    ("jpeg.dat", "content is JPEG but the name says '.dat'"),
    ("text.png", "content is not PNG (unrecognised data)"),
    ("layers.psd", "PSD images are not accepted"),
    ("pillow.tga", "TGA images are not accepted"),
    ("pillow.pcx", "PCX images are not accepted"),
    ("bitmap.png", "BMP images are not accepted"),
    ("empty.jpg", "is empty (0 bytes)"),
    ("folder.jpg", "is a directory, not an image file"),
    ("missing.png", "no such file"),
]


@pytest.mark.parametrize(("name", "reason"), REFUSED, ids=[r[0] for r in REFUSED])
def test_refused(corpus: dict[str, Path], name: str, reason: str) -> None:
    with pytest.raises(ImageRefused) as info:
        decode(corpus[name])
    assert reason in info.value.reason
    assert info.value.path == corpus[name]
    text = str(info.value)
    assert text.startswith(f"{corpus[name]}: ") and "\n" not in text
    with pytest.raises(ImageRefused):  # thumbnails take the same path
        decode(corpus[name], max_size=(32, 32))


@pytest.mark.parametrize(
    "name", ["bomb.png", "bomb_band.png", "layers.psd", "mislabelled.jpg", "empty.jpg"]
)
def test_probe_refuses_before_decoding(corpus: dict[str, Path], name: str) -> None:
    with pytest.raises(ImageRefused):
        probe(corpus[name])


def test_probe_is_header_only(corpus: dict[str, Path]) -> None:
    # A truncated JPEG has an intact header: probe accepts it, decode does not.
    info = probe(corpus["truncated.jpg"])
    assert (info.format, info.width, info.height, info.mode) == ("JPEG", 200, 150, "RGB")
    assert info.bytes == corpus["truncated.jpg"].stat().st_size


DECODED = [
    ("baseline.jpg", (64, 48), "RGB"),
    ("progressive.jpeg", (64, 48), "RGB"),
    ("cmyk.jpg", (40, 30), "RGB"),
    ("rotated6.jpg", (32, 64), "RGB"),
    ("ok.png", (64, 48), "RGB"),
    ("palette_alpha.png", (20, 10), "RGBA"),
    ("la.png", (20, 10), "RGBA"),
    ("bilevel.png", (20, 10), "RGB"),
    ("gray16.tif", (4, 1), "RGB"),
    ("gray16.png", (4, 1), "RGB"),
    ("rgb.tiff", (64, 48), "RGB"),
    ("lossless.webp", (64, 48), "RGB"),
    ("alpha.webp", (30, 20), "RGBA"),
    ("anim.gif", (40, 30), "RGB"),
    ("junk_icc.png", (16, 16), "RGB"),
]


@pytest.mark.parametrize(("name", "size", "mode"), DECODED, ids=[d[0] for d in DECODED])
def test_decoded(corpus: dict[str, Path], name: str, size: tuple[int, int], mode: str) -> None:
    im = decode(corpus[name])
    assert (im.size, im.mode) == (size, mode)
    assert im.info == {}  # no stale ICC profile or EXIF travels with the pixels
    assert probe(corpus[name]).oriented_size == size


def _close(a: tuple[int, ...], b: tuple[int, ...], tol: int = 6) -> bool:
    return all(abs(x - y) <= tol for x, y in zip(a, b, strict=True))


def test_exif_orientation_6_rotates_clockwise(corpus: dict[str, Path]) -> None:
    info = probe(corpus["rotated6.jpg"])
    assert (info.width, info.height, info.orientation) == (64, 32, 6)
    assert info.oriented_size == (32, 64)
    im = decode(corpus["rotated6.jpg"])
    # Stored top-left red block is shown at the top-right after a 90° turn.
    assert _close(im.getpixel((29, 2)), (255, 0, 0), 40)
    assert _close(im.getpixel((2, 2)), (128, 128, 128), 40)
    small = decode(corpus["rotated6.jpg"], max_size=(16, 16))
    assert small.size == (8, 16)


def test_cmyk_becomes_rgb(corpus: dict[str, Path]) -> None:
    assert _close(decode(corpus["cmyk.jpg"]).getpixel((5, 5)), (255, 0, 255))


def test_16_bit_is_scaled_not_clipped(corpus: dict[str, Path]) -> None:
    for name in ("gray16.tif", "gray16.png"):
        im = decode(corpus[name])
        assert [im.getpixel((x, 0))[0] for x in range(4)] == [0, 1, 128, 255]


def test_gif_first_frame_only(corpus: dict[str, Path]) -> None:
    assert decode(corpus["anim.gif"]).getpixel((5, 5)) == (255, 0, 0)


def test_alpha_is_kept(corpus: dict[str, Path]) -> None:
    im = decode(corpus["palette_alpha.png"])
    assert im.getpixel((3, 3)) == (255, 0, 0, 255)
    im.putpixel((0, 0), (0, 0, 0, 0))
    assert decode(corpus["alpha.webp"]).getpixel((1, 1)) == (0, 0, 255, 100)
    assert decode(corpus["la.png"]).getpixel((1, 1)) == (100, 100, 100, 50)


def test_icc_profile_is_applied(corpus: dict[str, Path]) -> None:
    # A profile with red and blue primaries swapped turns stored red into shown blue.
    assert _close(decode(corpus["swapped_icc.png"]).getpixel((3, 3)), (30, 30, 200), 3)
    assert _close(decode(corpus["srgb_icc.png"]).getpixel((3, 3)), (200, 30, 30), 2)
    # An unusable profile is ignored rather than refusing the picture.
    assert decode(corpus["junk_icc.png"]).getpixel((3, 3)) == (200, 30, 30)


def test_max_size_fits_and_never_upscales(corpus: dict[str, Path]) -> None:
    assert decode(corpus["baseline.jpg"], max_size=(32, 32)).size == (32, 24)
    assert decode(corpus["ok.png"], max_size=(16, 100)).size == (16, 12)
    assert decode(corpus["ok.png"], max_size=(1000, 1000)).size == (64, 48)
    assert decode(corpus["progressive.jpeg"], max_size=(20, 20)).size == (20, 15)


def test_jpeg_reduced_decode_uses_draft(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "big.jpg"
    Image.new("RGB", (2400, 1600), (10, 120, 200)).save(path, quality=80)
    seen: list[tuple[int, int]] = []
    original = Image.Image.resize

    def spy(self: Image.Image, *args: object, **kwargs: object) -> Image.Image:
        seen.append(self.size)
        return original(self, *args, **kwargs)

    monkeypatch.setattr(Image.Image, "resize", spy)
    assert decode(path, max_size=(100, 100)).size == (100, 67)
    assert seen == [(300, 200)]  # libjpeg decoded at 1/8 scale, not 2400 x 1600


def test_refuses_to_run_with_truncated_loading(
    corpus: dict[str, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(ImageFile, "LOAD_TRUNCATED_IMAGES", True)
    with pytest.raises(RuntimeError, match="LOAD_TRUNCATED_IMAGES"):
        decode(corpus["ok.png"])


def test_unreadable_file(corpus: dict[str, Path], tmp_path: Path) -> None:
    path = tmp_path / "secret.png"
    path.write_bytes(corpus["ok.png"].read_bytes())
    path.chmod(0)
    try:
        if os.access(path, os.R_OK):
            pytest.skip("running as root: chmod 000 does not stop this process reading")
        with pytest.raises(ImageRefused, match="permission denied"):
            decode(path)
    finally:
        path.chmod(0o644)


def test_permission_denied_is_refused(
    corpus: dict[str, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    # The same refusal without relying on chmod (which root ignores).
    def denied(self: Path, *args: object, **kwargs: object) -> None:
        raise PermissionError(13, "Permission denied", str(self))

    monkeypatch.setattr(Path, "open", denied)
    with pytest.raises(ImageRefused, match=r"cannot be read \(permission denied\)"):
        probe(corpus["ok.png"])


def test_refusal_pickles_and_reads_well() -> None:
    exc = ImageRefused(Path("/art/a.jpg"), "truncated\nor corrupt")
    assert str(exc) == "/art/a.jpg: truncated or corrupt"
    again = pickle.loads(pickle.dumps(exc))
    assert (again.path, again.reason) == (exc.path, exc.reason)


def test_budget_and_pillow_guard_agree() -> None:
    assert Image.MAX_IMAGE_PIXELS == PIXEL_BUDGET == 200_000_000


def test_sniff_and_fit_helpers() -> None:
    assert sniff(b"RIFF\x00\x00\x00\x00WEBPVP8 ") == "WEBP"
    assert sniff(b"\x00\x00\x00\x18ftypheic") == "HEIF"
    assert sniff(b"hello") is None
    assert fit_size((6000, 4000), (256, 256)) == (256, 171)
    assert fit_size((10, 10), (256, 256)) == (10, 10)
    assert fit_size((1, 100_000), (256, 256)) == (1, 256)
    with pytest.raises(ValueError):
        fit_size((10, 10), (0, 10))


def test_module_never_imports_qt() -> None:
    for module in (dec,):
        assert "PySide6" not in Path(module.__file__).read_text("utf-8")


def test_mutated_files_are_decoded_or_refused_never_anything_else(tmp_path: Path) -> None:
    """A small seeded fuzz: byte flips, cuts and insertions in every accepted format."""
    rng = random.Random(1965)
    grain = Image.merge("RGB", [Image.effect_noise((48, 32), 40)] * 3)
    seeds = []
    for ext, fmt, args in (
        (".jpg", "JPEG", {}),
        (".jpg", "JPEG", {"progressive": True}),
        (".png", "PNG", {}),
        (".gif", "GIF", {}),
        (".tif", "TIFF", {"compression": "tiff_lzw"}),
        (".webp", "WEBP", {}),
    ):
        buf = io.BytesIO()
        grain.save(buf, fmt, **args)
        seeds.append((ext, buf.getvalue()))
    outcomes = {"ok": 0, "refused": 0}
    for i in range(240):
        ext, data = seeds[i % len(seeds)]
        mutated = bytearray(data)
        for _ in range(rng.randint(1, 4)):
            at = rng.randrange(len(mutated))
            if rng.random() < 0.7:
                mutated[at] = rng.randrange(256)
            else:
                del mutated[at : at + rng.randint(1, 40)]
        path = tmp_path / f"m{i}{ext}"
        path.write_bytes(bytes(mutated))
        try:
            decode(path, max_size=(16, 16))
            outcomes["ok"] += 1
        except ImageRefused:
            outcomes["refused"] += 1
    assert outcomes["ok"] and outcomes["refused"]


def test_a_huge_png_is_refused_with_its_own_size(tmp_path: Path) -> None:
    """900 MP was said as "over 400 MP" (Pillow's bound), which misleads: say its size."""
    path = tmp_path / "huge.png"
    path.write_bytes(bomb_png(30_000, 30_000))
    with pytest.raises(ImageRefused) as info:
        decode(path)
    assert "too many pixels (30000 x 30000 = 900 MP; the limit is 200 MP)" in info.value.reason
    assert "over 400" not in info.value.reason


def test_a_refusal_names_its_kind_for_a_window_to_say_in_its_language(tmp_path: Path) -> None:
    misnamed = tmp_path / "b.jpg"
    Image.new("RGB", (64, 48)).save(misnamed, "PNG")
    empty = tmp_path / "c.png"
    empty.write_bytes(b"")
    kinds = {}
    for path in (tmp_path / "gone.png", misnamed, empty, tmp_path):
        with pytest.raises(ImageRefused) as refused:
            probe(path)
        kinds[path.name] = (refused.value.kind, refused.value.formats)
    assert kinds == {"gone.png": ("missing", None), "b.jpg": ("misnamed", ("PNG", "JPEG")),
                     "c.png": ("empty", None), tmp_path.name: ("unreadable", None)}
