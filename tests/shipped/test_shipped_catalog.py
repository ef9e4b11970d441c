"""The shipped catalog.db: sound, complete, and identical to its reviewable text form."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from gallery.catalog.check import check_catalog
from gallery.catalog.export import export_json_text
from gallery.catalog.store import Catalog
from gallery.commands.image_cmds import standin_spec
from gallery.imaging.decode import decode
from gallery.imaging.standins import standin_jpeg_bytes

ROOT = Path(__file__).resolve().parents[2]
SHIPPED = ROOT / "catalog.db"
TEXT = ROOT / "data" / "catalog.json"


@pytest.fixture(scope="module")
def shipped() -> Catalog:
    catalog = Catalog.open(SHIPPED, read_only=True)
    yield catalog
    catalog.close()


def test_catalog_db_matches_its_text_form(shipped: Catalog) -> None:
    # A change to the catalog must show up as a diff of data/catalog.json.
    assert export_json_text(shipped.connection) == TEXT.read_text(encoding="utf-8")


def test_shipped_catalog_passes_check(shipped: Catalog) -> None:
    report = check_catalog(shipped.connection, shipped.images_dir, decode)
    assert report.problems == []


def test_counts(shipped: Catalog) -> None:
    data = json.loads(TEXT.read_text(encoding="utf-8"))["tables"]
    counts = {t: len(data[t]["rows"]) for t in ("works", "missions", "people", "exhibitions",
                                                "sources")}
    assert counts == {"works": 58, "missions": 8, "people": 29, "exhibitions": 13,
                      "sources": 111}


def test_every_work_is_described_sourced_and_honest_about_its_image(shipped: Catalog) -> None:
    for work_id in shipped.work_ids():
        work = shipped.get(work_id)
        assert work["sources"], work_id
        assert work["description"] and work["description_ru"], work_id
        assert work["alt_text"] and work["alt_text_ru"], work_id
        assert work["confidence"] in ("high", "medium", "low"), work_id
        assert work["confidence_note"], work_id
        assert work["image_is_standin"] and "Stand-in" in work["image_note"], work_id
        kinds = [e["kind"] for e in work["provenance"]]
        # Silence is never a provenance: an unknown holder ends in an explicit gap.
        if work["current_holder"] is None and kinds:
            assert "gap" in kinds or "edition" in kinds, work_id


@pytest.mark.parametrize("work_id", ["orbital-sunrise-1965", "stamp-1975-astp-20k",
                                     "near-the-moon-1967"])
def test_standins_regenerate_byte_for_byte(shipped: Catalog, work_id: str) -> None:
    work = shipped.get(work_id)
    on_disk = (shipped.images_dir / work["image_path"]).read_bytes()
    assert standin_jpeg_bytes(standin_spec(work)) == on_disk
