"""The hostile corpus: damaged catalogs, crafted JSON and CSV, and hostile paths, all built
here from a small sound catalog (never from the fact base outside the project), in the manner
of a fuzzer's corpus. Each maker writes into a folder it is given and returns the path to hand
a command."""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
from collections.abc import Callable
from pathlib import Path

from PIL import Image

PAGE = 4096


def build_base(folder: Path) -> Path:
    """A sound catalog with small real images (scans, so `standins` leaves them alone), a
    JSON export, a CSV export, a backup and a JPEG: the sound inputs the corpus varies."""
    from catalog_samples import populate
    from gallery.catalog.check import sha256_of
    from gallery.catalog.export import export_csv_text, export_json_text
    from gallery.catalog.store import Catalog

    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "catalog.db"
    with Catalog.open(path, create=True, who="tester") as catalog:
        populate(catalog)
        (folder / "images").mkdir()
        for n, work_id in enumerate(catalog.work_ids()):
            image = folder / "images" / f"{work_id}.jpg"
            Image.new("RGB", (96, 64), (40 * n, 80, 120)).save(image, "JPEG")
            record = catalog.get(work_id)
            record.update(image_path=image.name, image_sha256=sha256_of(image),
                          image_width=96, image_height=64, image_format="JPEG",
                          image_bytes=image.stat().st_size, image_is_standin=False)
            catalog.save(record, record["version"])
        (folder / "export.json").write_text(export_json_text(catalog.connection))
        (folder / "export.csv").write_text(export_csv_text(catalog.connection))
    sources = folder / "sources"
    sources.mkdir()
    shutil.copy(path, sources / "backup.db")
    Image.new("RGB", (80, 60), (200, 30, 30)).save(sources / "scan.jpg", "JPEG")
    return path


# -- damaged catalogs -------------------------------------------------------------------------
def _roots(path: Path) -> dict[str, int]:
    con = sqlite3.connect(path)
    try:
        return {n: r for n, r in con.execute("SELECT name, rootpage FROM sqlite_master "
                                             "WHERE rootpage > 0")}
    finally:
        con.close()


def _flip(data: bytes, offset: int) -> bytes:
    out = bytearray(data)
    out[offset] ^= 0xFF
    return bytes(out)


def damaged_catalogs(base: Path) -> dict[str, bytes]:
    """name → bytes of a catalog file damaged one way (the base was closed, so its WAL is
    checkpointed and the main file holds everything)."""
    data = base.read_bytes()
    size = len(data)
    out = {f"truncated-{n}": data[:n] for n in (0, 100, PAGE, size // 2, size - PAGE)}
    for offset, what in ((0, "magic"), (16, "page-size"), (18, "write-version"),
                         (28, "page-count"), (44, "schema-format"), (56, "text-encoding"),
                         (60, "user-version"), (68, "application-id")):
        out[f"header-{what}"] = _flip(data, offset)
    roots = _roots(base)
    # the page's kind, its first cell pointer, a byte inside a cell
    for name, offset in (("works", 0), ("works", 9), ("sqlite_autoindex_works_1", 0),
                         ("works_date", PAGE // 2), ("provenance_events", 9), ("history", 0),
                         ("works_index_data", 0), ("people", PAGE // 2)):
        out[f"btree-{name}-{offset}"] = _flip(data, (roots[name] - 1) * PAGE + offset)
    out["btree-schema-table"] = _flip(data, 100 + 8)  # sqlite_master's first cell pointer
    return out


def wal_catalogs(base: Path, scratch: Path) -> dict[str, tuple[bytes, bytes]]:
    """name → (main file, -wal file): committed saves still in the WAL, then damaged."""
    from catalog_samples import sample_work
    from gallery.catalog.store import Catalog

    work = scratch / "wal"
    work.mkdir()
    path = work / "catalog.db"
    shutil.copy(base, path)
    with Catalog.open(path, who="tester") as catalog:
        catalog.connection.execute("PRAGMA wal_autocheckpoint = 0")
        for n in range(3):
            catalog.save(sample_work(f"wal-work-{n}"), None)
        main, wal = path.read_bytes(), Path(f"{path}-wal").read_bytes()
    out = {"wal-sound": (main, wal),
           "wal-header-magic": (main, _flip(wal, 0)),
           "wal-frame-header": (main, _flip(wal, 32 + 4)),
           "wal-frame-data": (main, _flip(wal, 32 + 24 + PAGE // 2)),
           "wal-truncated": (main, wal[: len(wal) // 2]),
           "wal-main-truncated": (main[: len(main) // 2], wal)}
    return out


# -- crafted JSON and CSV ----------------------------------------------------------------------
def crafted_json(sound: str) -> dict[str, bytes]:
    good = json.loads(sound)

    def variant(**changes: object) -> bytes:
        return json.dumps({**good, **changes}).encode()

    tables = good["tables"]
    works = tables["works"]
    return {
        "json-not-json": b"{ not json",
        "json-empty": b"",
        "json-latin1": "{\"format\": \"caf\xe9\"}".encode("latin-1"),
        "json-list": b"[1, 2, 3]",
        "json-string-version": variant(schema_version="2"),
        "json-bool-version": variant(schema_version=True),
        "json-huge-version": variant(schema_version=10**30),
        "json-newer": variant(schema_version=999),
        "json-tables-list": variant(tables=[1, 2]),
        "json-table-string": variant(tables={**tables, "works": "x"}),
        "json-rows-dict": variant(tables={**tables, "works": {**works, "rows": {}}}),
        "json-short-row": variant(tables={**tables, "works": {**works, "rows": [[1]]}}),
        "json-nested-cell": variant(tables={**tables, "works": {
            **works, "rows": [[{"a": 1}] * len(works["columns"])]}}),
        "json-sql-column": variant(tables={**tables, "works": {
            **works, "columns": ["id) VALUES (1); DROP TABLE people; --", *works["columns"][1:]]}}),
        "json-deep": b"[" * 100_000 + b"]" * 100_000,
        "json-nul": sound.encode()[:200] + b"\0" + sound.encode()[200:],
        "json-bad-id": sound.replace('"near-the-moon"', '"../../victim"').encode(),
        "json-bad-image": sound.replace('"near-the-moon.jpg"', '"../../etc/passwd"').encode(),
        "json-sound": sound.encode(),
    }


def crafted_csv(sound: str) -> dict[str, bytes]:
    header = sound.splitlines()[0]
    return {
        "csv-empty": b"",
        "csv-no-id": b"title\nx\n",
        "csv-latin1": (header + "\nnear-the-moon,Caf\xe9\n").encode("latin-1"),
        "csv-nul": (header + "\nnear-the-moon,a\0b\n").encode(),
        "csv-ragged": (header + "\nnear-the-moon," + ",".join("x" * 40) + "\n").encode(),
        "csv-bad-quote": (header + '\nnear-the-moon,"unterminated\n').encode(),
        "csv-formula": (header + "\nnear-the-moon,=HYPERLINK(\"http://x\")\n").encode(),
        "csv-traversal-id": (header + "\n../../victim,A title\n").encode(),
        "csv-huge-field": (header + "\nnear-the-moon," + "x" * 200_000 + "\n").encode(),
        "csv-bom": "\ufeff".encode() + sound.encode(),
        "csv-sound": sound.encode(),
    }


def crafted_images() -> dict[str, bytes]:
    import io

    buffer = io.BytesIO()
    Image.new("RGB", (40, 30), (1, 2, 3)).save(buffer, "JPEG")
    jpeg = buffer.getvalue()
    return {"image-truncated": jpeg[: len(jpeg) // 2], "image-text": b"not an image",
            "image-png-named-jpg": _png()}


def _png() -> bytes:
    import io

    buffer = io.BytesIO()
    Image.new("RGB", (4, 4)).save(buffer, "PNG")
    return buffer.getvalue()


# -- hostile paths ------------------------------------------------------------------------------
def hostile_paths(folder: Path, sound_file: Path) -> dict[str, Path]:
    """Paths that are not plain files: a folder, a symlink loop, a dangling symlink, a
    sparse 3 GiB file, odd names that URI parsers decode."""
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "a-folder").mkdir()
    (folder / "loop").symlink_to(folder / "loop")
    (folder / "dangling").symlink_to(folder / "nowhere")
    huge = folder / "huge.bin"
    with huge.open("wb") as handle:
        handle.truncate(3 << 30)  # sparse: no disk used, but no input may read it whole
    odd = {}
    for name in ("cat%20alog.db", "cat?x=1.db", "cat#frag.db"):
        odd[name] = folder / name
        shutil.copy(sound_file, odd[name])
    return {"path-folder": folder / "a-folder", "path-loop": folder / "loop",
            "path-dangling": folder / "dangling", "path-huge": huge,
            **{f"path-{k}": v for k, v in odd.items()}}


def make_fifo(path: Path) -> Path:
    os.mkfifo(path)
    return path


Maker = Callable[[Path], Path]
