"""IIIF export: the collection and manifests meet the Presentation 3 requirements, every image
has a level-0 Image API 3 service, and a plain HTTP server serves what a viewer asks for."""

from __future__ import annotations

import io
import json
import math
import re
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.error import HTTPError
from urllib.parse import urlsplit
from urllib.request import urlopen

import pytest
from PIL import Image

from gallery.catalog.interop.iiif import export_iiif
from gallery.catalog.interop.serve import make_server
from gallery.cli import main

BASE = "http://localhost:8000"
PRESENTATION = "http://iiif.io/api/presentation/3/context.json"
SIZES = {"orbital-sunrise": (600, 400), "docking-1975": (300, 520), "stamp-1975": (200, 150)}
RIGHTS = re.compile(r"^(http://rightsstatements\.org/vocab/[A-Za-z-]+/1\.0/|"
                    r"http://creativecommons\.org/(licenses|publicdomain)/[a-z-/.0-9]+/)$")
ABSOLUTE = re.compile(r"^https?://[^/\s]+/\S*$")


def language_map(value: Any, where: str) -> None:
    assert isinstance(value, dict) and value, where
    for key, texts in value.items():
        assert key in ("en", "ru", "none"), (where, key)
        assert isinstance(texts, list) and texts and all(isinstance(t, str) and t.strip()
                                                         for t in texts), where


def check_manifest(manifest: dict[str, Any], url: str) -> None:
    assert manifest["@context"] == PRESENTATION
    assert manifest["id"] == url and manifest["type"] == "Manifest"
    language_map(manifest["label"], "label")
    language_map(manifest.get("summary", {"none": ["-"]}), "summary")
    for entry in manifest["metadata"]:
        language_map(entry["label"], "metadata label")
        language_map(entry["value"], f"metadata value {entry['label']}")
    language_map(manifest["requiredStatement"]["label"], "requiredStatement")
    language_map(manifest["requiredStatement"]["value"], "requiredStatement")
    assert RIGHTS.match(manifest["rights"])
    if "navDate" in manifest:
        assert re.fullmatch(r"\d{4}-\d{2}-\d{2}T00:00:00Z", manifest["navDate"])
    for thumb in manifest["thumbnail"]:
        assert thumb["type"] == "Image" and thumb["format"] == "image/jpeg"
        assert ABSOLUTE.match(thumb["id"])
    assert manifest["items"], "a manifest has at least one canvas"
    for canvas in manifest["items"]:
        assert canvas["type"] == "Canvas" and ABSOLUTE.match(canvas["id"])
        assert isinstance(canvas["width"], int) and isinstance(canvas["height"], int)
        for page in canvas["items"]:
            assert page["type"] == "AnnotationPage" and ABSOLUTE.match(page["id"])
            for annotation in page["items"]:
                assert annotation["type"] == "Annotation" and ABSOLUTE.match(annotation["id"])
                assert annotation["motivation"] == "painting"
                assert annotation["target"] == canvas["id"]
                body = annotation["body"]
                assert body["type"] == "Image" and ABSOLUTE.match(body["id"])
                assert (body["width"], body["height"]) == (canvas["width"], canvas["height"])
                services = body["service"]
                assert [s["type"] for s in services] == ["ImageService3"]
                assert services[0]["profile"] == "level0"
                assert ABSOLUTE.match(services[0]["id"])


@pytest.fixture
def exported(full_catalog: Any, tmp_path: Path) -> Path:
    out = tmp_path / "iiif"
    report = export_iiif(full_catalog, out, BASE, cache_dir=tmp_path / "tiles")
    assert sorted(report.manifests) == sorted(SIZES)
    assert report.without_image == ["near-the-moon"] and report.failed == []
    return out


def _local(url: str, root: Path) -> Path:
    assert url.startswith(BASE + "/")
    return root / url[len(BASE) + 1:]


def test_collection_and_manifests_meet_presentation_3(exported: Path) -> None:
    collection = json.loads((exported / "collection.json").read_text(encoding="utf-8"))
    assert collection["@context"] == PRESENTATION and collection["type"] == "Collection"
    assert collection["id"] == f"{BASE}/collection.json"
    language_map(collection["label"], "collection label")
    assert [i["type"] for i in collection["items"]] == ["Manifest"] * 3
    for item in collection["items"]:
        manifest = json.loads(_local(item["id"], exported).read_text(encoding="utf-8"))
        check_manifest(manifest, item["id"])
        work_id = item["id"].rsplit("/", 1)[1][:-len(".json")]
        canvas = manifest["items"][0]
        assert (canvas["width"], canvas["height"]) == SIZES[work_id]
        service = canvas["items"][0]["items"][0]["body"]["service"][0]
        info = json.loads((_local(service["id"], exported) / "info.json").read_text())
        assert info["@context"] == "http://iiif.io/api/image/3/context.json"
        assert (info["id"], info["type"], info["profile"]) == (service["id"], "ImageService3",
                                                               "level0")
        assert info["protocol"] == "http://iiif.io/api/image"
        assert (info["width"], info["height"]) == SIZES[work_id]
        for size in info["sizes"]:
            path = _local(f"{service['id']}/full/{size['width']},{size['height']}/0/default.jpg",
                          exported)
            with Image.open(path) as image:
                assert image.size == (size["width"], size["height"])


def test_manifest_content_languages_and_stand_in_note(exported: Path, full_catalog: Any,
                                                      tmp_path: Path, draw_image: Any) -> None:
    manifest = json.loads((exported / "manifests" / "docking-1975.json").read_text())
    assert manifest["label"] == {"en": ["Docking <in orbit> & after"],
                                 "ru": ["Стыковка на орбите"]}
    assert manifest["summary"]["ru"] == ["Встреча двух кораблей."]
    assert manifest["navDate"] == "1973-01-01T00:00:00Z"
    assert manifest["rights"] == "http://rightsstatements.org/vocab/UND/1.0/"
    image = next(m for m in manifest["metadata"] if m["label"]["en"] == ["Image"])
    assert image["value"]["en"] == [
        "Image: stand-in drawn by the project, not a photograph of the work"]
    assert "ru" in image["value"]
    dims = next(m for m in manifest["metadata"] if m["label"]["en"] == ["Dimensions"])
    assert dims["value"] == {"en": ["60 × 80 cm"], "ru": ["60 × 80 см"]}  # the unit is words
    date = next(m for m in manifest["metadata"] if m["label"]["en"] == ["Date"])
    assert date["value"] == {"en": ["c. 1975"], "ru": ["около 1975 г."]}
    # a work with no Russian title gets an English-only label: no empty languages
    draw_image(full_catalog, "near-the-moon", (120, 90))
    export_iiif(full_catalog, exported, BASE, cache_dir=tmp_path / "tiles")
    near = json.loads((exported / "manifests" / "near-the-moon.json").read_text())
    assert near["label"] == {"en": ["Near the Moon"]}
    check_manifest(near, f"{BASE}/manifests/near-the-moon.json")


def osd_tile_urls(info: dict[str, Any]) -> Iterator[tuple[str, tuple[int, int]]]:
    """The tile URLs OpenSeadragon builds for a IIIF 3 level-0 service with `tiles`."""
    width, height = info["width"], info["height"]
    tile = info["tiles"][0]["width"]
    for factor in info["tiles"][0]["scaleFactors"]:
        level_w, level_h = math.ceil(width / factor), math.ceil(height / factor)
        if level_w < tile and level_h < tile:
            size = "max" if factor == 1 else f"{level_w},{level_h}"
            yield f"{info['id']}/full/{size}/0/default.jpg", (level_w, level_h)
            continue
        for row in range(math.ceil(level_h / tile)):
            for col in range(math.ceil(level_w / tile)):
                x, y = col * tile * factor, row * tile * factor
                w, h = min(tile * factor, width - x), min(tile * factor, height - y)
                region = "full" if (x, y, w, h) == (0, 0, width, height) else f"{x},{y},{w},{h}"
                sw, sh = min(tile, level_w - col * tile), min(tile, level_h - row * tile)
                size = "max" if (sw, sh) == (width, height) else f"{sw},{sh}"
                yield f"{info['id']}/{region}/{size}/0/default.jpg", (sw, sh)


def _get(url: str) -> tuple[bytes, Any]:
    with urlopen(url, timeout=10) as response:
        return response.read(), response.headers


def test_served_over_http_like_a_viewer_sees_it(exported: Path) -> None:
    server = make_server(exported, 0, quiet=True)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    root = f"http://127.0.0.1:{server.server_address[1]}"

    def fetch(url: str) -> tuple[bytes, Any]:
        return _get(root + urlsplit(url).path)

    try:
        body, headers = fetch(f"{BASE}/collection.json")
        assert headers["Access-Control-Allow-Origin"] == "*"
        assert headers["Content-Type"].startswith("application/json")
        first = json.loads(body)["items"][0]["id"]
        body, headers = fetch(first)
        manifest = json.loads(body)
        assert headers["Content-Type"].startswith("application/json")
        service = manifest["items"][0]["items"][0]["items"][0]["body"]["service"][0]["id"]
        body, headers = fetch(f"{service}/info.json")
        assert headers["Access-Control-Allow-Origin"] == "*"
        info = json.loads(body)
        urls = list(osd_tile_urls(info))
        assert len(urls) > 3
        for url, size in urls:  # every tile of every level a deep-zoom viewer would ask for
            body, headers = fetch(url)
            assert headers["Content-Type"] == "image/jpeg"
            with Image.open(io.BytesIO(body)) as tile:
                assert tile.size == size, url
        body, _ = fetch(manifest["thumbnail"][0]["id"])
        assert Image.open(io.BytesIO(body)).size == (manifest["thumbnail"][0]["width"],
                                                     manifest["thumbnail"][0]["height"])
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)


def test_cli_needs_a_folder_and_reports_what_it_left_out(full_catalog: Any, tmp_path: Path,
                                                         capsys: Any) -> None:
    path = str(full_catalog.path)
    assert main(["--catalog", path, "export", "--format", "iiif"]) == 2
    assert main(["--catalog", path, "export", "--format", "iiif", "-o", str(tmp_path / "out"),
                 "--base-url", "http://localhost:9000"]) == 0
    captured = capsys.readouterr()
    assert "left out near-the-moon: it has no image" in captured.err
    assert "serve-iiif" in captured.out and "--port 9000" in captured.out
    collection = json.loads((tmp_path / "out" / "collection.json").read_text())
    assert collection["id"] == "http://localhost:9000/collection.json"
    (full_catalog.images_dir / "standin-stamp-1975.jpg").write_bytes(b"not a jpeg")
    assert main(["--catalog", path, "export", "--format", "iiif", "-o",
                 str(tmp_path / "out")]) == 1
    assert "left out stamp-1975:" in capsys.readouterr().err
    assert not (tmp_path / "out" / "manifests" / "stamp-1975.json").exists()


def test_serve_iiif_refuses_a_folder_without_a_collection(tmp_path: Path, capsys: Any) -> None:
    assert main(["serve-iiif", str(tmp_path)]) == 2
    assert "has no collection.json" in capsys.readouterr().err


def test_every_manifest_loads_into_the_official_presentation_3_model(
        exported: Path, full_catalog: Any) -> None:
    """iiif-prezi3 (the IIIF community's Presentation 3 model) accepts every document; navDate
    on every manifest and collection entry of a dated work."""
    from iiif_prezi3 import Collection, Manifest

    collection = json.loads((exported / "collection.json").read_text(encoding="utf-8"))
    Collection(**collection)
    for item in collection["items"]:
        manifest = json.loads(_local(item["id"], exported).read_text(encoding="utf-8"))
        Manifest(**manifest)
        work = full_catalog.get(manifest["id"].rsplit("/", 1)[1][:-len(".json")])
        dated = work["date_earliest"] or work["date_latest"] or any(
            e.get("date_earliest") or e.get("date_latest") for e in work["provenance"])
        assert ("navDate" in manifest) == bool(dated), work["id"]
        assert item.get("navDate") == manifest.get("navDate")


def test_see_also_links_resolve_to_valid_lido_and_linked_art(exported: Path,
                                                              lido_schema: Any) -> None:
    from lxml import etree

    for path in sorted((exported / "manifests").glob("*.json")):
        manifest = json.loads(path.read_text(encoding="utf-8"))
        lido, linked = manifest["seeAlso"]
        record = etree.parse(str(_local(lido["id"], exported)))
        assert lido_schema.validate(record), lido_schema.error_log
        links = record.xpath("//lido:linkResource/text()",
                             namespaces={"lido": "http://www.lido-schema.org"})
        assert manifest["id"] in links, "the LIDO record links back to the manifest"
        assert all(ABSOLUTE.match(link) for link in links)
        image = next(link for link in links if link.endswith("default.jpg"))
        assert _local(image, exported).is_file()
        obj = json.loads(_local(linked["id"], exported).read_text(encoding="utf-8"))
        assert obj["id"] == linked["id"] and obj["type"] == "HumanMadeObject"


def test_served_under_the_path_of_the_base_url(full_catalog: Any, tmp_path: Path) -> None:
    base = "http://localhost:8000/leonov/iiif"
    out = tmp_path / "iiif"
    export_iiif(full_catalog, out, base, cache_dir=tmp_path / "tiles")
    server = make_server(out, 0, quiet=True, prefix="/leonov/iiif")
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    root = f"http://127.0.0.1:{server.server_address[1]}"
    try:
        body, _ = _get(f"{root}/leonov/iiif/collection.json")
        first = json.loads(body)["items"][0]["id"]
        assert first.startswith(base + "/manifests/")
        body, _ = _get(root + urlsplit(first).path)
        assert json.loads(body)["id"] == first
        with pytest.raises(HTTPError) as outside:
            _get(f"{root}/collection.json")
        assert outside.value.code == 404
        outside.value.close()
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)
