"""import-image keeps exactly the bytes it validated, however the file changes meanwhile."""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import Any

import pytest
from PIL import Image

from gallery.catalog.image_import import import_image
from gallery.catalog.store import Catalog
from gallery.imaging import ingest


def test_a_file_swapped_after_validation_is_not_what_gets_kept(
        catalog: Catalog, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    source = tmp_path / "scan.png"
    Image.new("RGB", (64, 48), (10, 200, 10)).save(source)
    validated = source.read_bytes()
    real_decode = ingest.decode

    def decode_then_swap(path: Any, **kwargs: Any) -> Any:
        # a second program rewrites the curator's file the moment validation has read it
        image = real_decode(path, **kwargs)
        Image.new("RGB", (64, 48), (200, 10, 10)).save(source)
        return image

    monkeypatch.setattr(ingest, "decode", decode_then_swap)
    record = import_image(catalog, "near-the-moon", source)
    kept = (catalog.images_dir / record["image_path"]).read_bytes()
    assert kept == validated != source.read_bytes()
    assert record["image_sha256"] == hashlib.sha256(validated).hexdigest()
    assert [p.name for p in (catalog.images_dir / "scans").iterdir()] == [
        Path(record["image_path"]).name]  # no staging copy left behind
