"""Every export of the shipped catalog: no research shorthand anywhere (content_rules.SHORTHAND,
whole words), and every visitor text the catalog has in both languages is in the export in
both languages."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterator
from typing import Any

import pytest
from lxml import etree

from gallery.catalog.content_rules import shorthand_in
from gallery.catalog.export import export_csv_text, export_json_text
from gallery.catalog.interop import iiif, lido, linked_art
from gallery.catalog.interop.iiif_images import StaticImage
from gallery.catalog.interop.refs import Refs

BASE = "http://localhost:8000"
# The visitor texts of a work each format carries (derived lines included: medium, dates …).
COMMON = ("title", "description", "confidence_note", "date_note", "dimensions_note",
          "holder_note", "rights", "inscriptions", "date_display", "medium", "support")
FIELDS = {
    "csv": (*COMMON, "where_made", "series", "alt_text", "image_note", "work_type_note",
            "face_value", "credit_line", "subjects", "catalogue_numbers", "current_holder"),
    "lido": (*COMMON, "where_made", "series", "alt_text", "image_note", "work_type_note",
             "face_value", "credit_line", "subjects", "current_holder"),
    "linked-art": (*COMMON, "where_made", "series", "work_type_note", "face_value",
                   "credit_line", "subjects"),
    "iiif": (*COMMON, "series", "credit_line", "subjects", "current_holder"),
}


def _strings(node: Any) -> Iterator[str]:
    if isinstance(node, str):
        yield node
    elif isinstance(node, dict):
        for value in node.values():
            yield from _strings(value)
    elif isinstance(node, list):
        for value in node:
            yield from _strings(value)


def _xml_strings(document: bytes) -> Iterator[str]:
    for element in etree.fromstring(document).iter():
        yield from (t for t in (element.text, *element.attrib.values()) if t)


@pytest.fixture
def exports(shipped_copy: Any) -> dict[str, str]:
    """The text of each export, as the values a consumer reads (unescaped)."""
    refs = Refs.of(shipped_copy)
    works = [shipped_copy.get(w) for w in shipped_copy.work_ids()]
    image = StaticImage(f"{BASE}/images/x", 800, 600, ((800, 600),))
    manifests = [iiif.manifest(w, image, BASE, refs) for w in works if w.get("image_path")]
    assert len(manifests) == len(works)
    records = linked_art.build(shipped_copy, BASE)
    lido_xml = lido.to_bytes(lido.wrap(lido.work_record(w, refs) for w in works))
    rows = csv.reader(io.StringIO(export_csv_text(shipped_copy.connection)))
    return {
        "json": "\n".join(_strings(json.loads(export_json_text(shipped_copy.connection)))),
        "csv": "\n".join(cell for row in rows for cell in row),
        "lido": "\n".join(_xml_strings(lido_xml)),
        "linked-art": "\n".join(_strings(records)),
        "iiif": "\n".join(_strings([*manifests, iiif.collection(manifests, BASE)])),
    }


def _shorthand(exports: dict[str, str]) -> dict[str, list[str]]:
    found = {}
    for name, text in exports.items():
        lines = sorted({line.strip()[:120] for line in text.splitlines() if shorthand_in(line)})
        if lines:
            found[name] = lines
    return found


def test_no_export_holds_research_shorthand(shipped_copy: Any, exports: dict[str, str]) -> None:
    assert [s["id"] for s in shipped_copy.list_records("sources")
            if shorthand_in(s["citation"])] == []  # citations go out in every format
    assert _shorthand(exports) == {}


def test_each_visitor_text_is_exported_in_both_languages(shipped_copy: Any,
                                                         exports: dict[str, str]) -> None:
    missing = []
    for work_id in shipped_copy.work_ids():
        work = shipped_copy.get(work_id)
        for name, fields in FIELDS.items():
            for field in fields:
                if (name, field, work["date_qualifier"]) == ("linked-art", "date_display",
                                                             "unknown"):
                    continue  # no TimeSpan for no date
                for value in _values(work, field):
                    if value not in exports[name]:
                        missing.append(f"{name}: {work_id}.{field} = {value[:60]!r}")
    assert missing == [], f"{len(missing)} texts missing, e.g. {missing[:8]}"


def test_names_of_people_and_agents_in_both_languages(shipped_copy: Any,
                                                       exports: dict[str, str]) -> None:
    people = {p["person_id"] for w in shipped_copy.work_ids()
              for p in shipped_copy.get(w)["people"]}
    for person in shipped_copy.list_records("people"):
        if person["id"] in people:
            for name in ("lido", "linked-art"):
                assert person["name_ru"] in exports[name], (name, person["id"])
    for work_id in shipped_copy.work_ids():
        holder = shipped_copy.get(work_id)["current_holder_ru"]
        if holder:
            assert holder in exports["lido"], work_id


def _values(work: dict[str, Any], field: str) -> list[str]:
    """The English and Russian texts of a field, where the catalog has both."""
    en, ru = work.get(field), work.get(f"{field}_ru")
    if not en or not ru:
        return []
    if isinstance(en, list):
        return [str(v) for v in [*en, *ru]]
    return [str(en), str(ru)]
