"""Interop fixtures: the shared small catalog, plus a work with every kind of provenance event
and small images drawn with Pillow (so IIIF exports stay fast)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PIL import Image

DATA = Path(__file__).parent / "data"
BASE = "http://localhost:8000"


def travelled_work() -> dict[str, Any]:
    """A work whose provenance uses every transfer: gift, loan, exhibition, sale, gap …"""
    return {
        "id": "docking-1975", "title": "Docking <in orbit> & after",
        "title_ru": "Стыковка на орбите", "other_titles": ["Handshake in space"],
        "work_type": "painting", "date_qualifier": "circa", "date_earliest": "1973-01-01",
        "date_latest": "1977-12-31", "date_certainty": "certain", "medium": "oil",
        "support": "canvas", "height": 60.0, "width": 80.0, "dimension_unit": "cm",
        "inscriptions": "signed lower right", "where_made": "Star City",
        "description": "Two spacecraft meet.", "description_ru": "Встреча двух кораблей.",
        "subjects": ["docking", "Soyuz"], "credit_line": "Gift of the artist",
        "rights": "Rights not researched.", "confidence": "medium",
        "catalogue_numbers": ["No. 12"], "series": "Space paintings",
        "people": [{"person_id": "alexei-leonov", "role": "artist"},
                   {"person_id": "andrei-sokolov", "role": "sitter (probable)"}],
        "missions": [{"mission_id": "voskhod-2", "link": "inspired_by",
                      "qualifier": "probably"},
                     {"mission_id": "voskhod-2", "link": "depicts"}],
        "sources": ["src_a", "src_b"],
        "provenance": [
            {"date_display": "1975", "certainty": "certain", "kind": "created",
             "party": "Alexei Leonov", "holder": "Alexei Leonov", "sources": ["src_a"]},
            {"date_display": "1976", "certainty": "certain", "kind": "gift",
             "party": "Alexei Leonov to Andrei Sokolov", "holder": "Andrei Sokolov",
             "direct": True},
            {"date_display": "1980", "certainty": "probable", "kind": "loan",
             "party": "Andrei Sokolov", "holder": "Memorial Museum of Cosmonautics",
             "place": "Moscow"},
            {"date_display": "1981", "certainty": "certain", "kind": "exhibited",
             "party": "Science Museum", "place": "London"},
            {"date_display": "1985", "certainty": "possibly", "kind": "published",
             "party": "Time magazine"},
            {"date_display": "1990–2000", "kind": "gap"},
            {"date_display": "2001", "certainty": "certain", "kind": "sale",
             "party": "unknown seller", "holder": "State Tretyakov Gallery",
             "sources": ["src_b"]},
        ],
    }


def add_image(catalog: Any, work_id: str, size: tuple[int, int],
              colour: tuple[int, int, int] = (40, 60, 120)) -> dict[str, Any]:
    """Draw a small JPEG into the catalog's images folder and record it on the work."""
    from gallery.catalog.check import sha256_of

    folder = catalog.images_dir
    folder.mkdir(exist_ok=True)
    path = folder / f"standin-{work_id}.jpg"
    image = Image.new("RGB", size, colour)
    image.paste((230, 200, 40), (0, 0, size[0] // 3, size[1] // 3))
    image.save(path, "JPEG", quality=85)
    record = catalog.get(work_id)
    record.update(image_path=path.name, image_sha256=sha256_of(path), image_width=size[0],
                  image_height=size[1], image_format="JPEG", image_bytes=path.stat().st_size,
                  image_is_standin=True, image_note="drawn by the test")
    return catalog.save(record, record["version"])


@pytest.fixture
def full_catalog(catalog: Any) -> Iterator[Any]:
    """The shared three works plus `docking-1975`, with images on three of the four."""
    catalog.save(travelled_work(), None)
    add_image(catalog, "orbital-sunrise", (600, 400))
    add_image(catalog, "docking-1975", (300, 520), (90, 20, 20))
    add_image(catalog, "stamp-1975", (200, 150), (20, 90, 20))
    yield catalog


@pytest.fixture(scope="session")
def lido_schema() -> Any:
    from lxml import etree

    return etree.XMLSchema(etree.parse(str(DATA / "lido" / "lido-v1.1.xsd")))


@pytest.fixture
def draw_image() -> Any:
    """`add_image` for tests that need an image on a work of their own."""
    return add_image


@pytest.fixture
def make_work() -> Any:
    return travelled_work


SHIPPED = Path(__file__).resolve().parents[2] / "catalog.db"


@pytest.fixture
def shipped_copy(tmp_path: Path) -> Iterator[Any]:
    """A writable copy of the shipped catalog (terms, agents, both languages); its images
    folder is the repository's, read only through the copy's links."""
    import shutil

    from gallery.catalog.store import Catalog

    folder = tmp_path / "shipped"
    folder.mkdir()
    shutil.copyfile(SHIPPED, folder / "catalog.db")
    (folder / "images").symlink_to(SHIPPED.parent / "images", target_is_directory=True)
    with Catalog.open(folder / "catalog.db", who="tester") as opened:
        yield opened
