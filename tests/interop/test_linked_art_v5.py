"""Linked Art of the v5 catalog: every document passes the official Linked Art JSON Schemas
(tests/interop/data/linked-art); names and statements carry their language (Getty AAT
English 300388277, Russian 300389168), terms their AAT ids, agents their authority ids, and
provenance names its parties as agent records."""

from __future__ import annotations

import json
from typing import Any

import pytest
from linked_art_schema import errors

from gallery.catalog.interop import linked_art

BASE = "http://localhost:8000"
ENGLISH = "http://vocab.getty.edu/aat/300388277"
RUSSIAN = "http://vocab.getty.edu/aat/300389168"


@pytest.fixture
def shipped_records(shipped_copy: Any) -> dict[str, dict[str, Any]]:
    return {r["id"]: r for r in linked_art.build(shipped_copy, BASE)}


def _languages(nodes: list[dict[str, Any]]) -> set[str]:
    return {lang["id"] for n in nodes for lang in n.get("language", [])}


def test_every_document_passes_the_official_schemas(full_catalog: Any,
                                                    shipped_records: dict[str, Any]) -> None:
    small = linked_art.build(full_catalog, BASE)
    for record in [*small, *shipped_records.values()]:
        assert errors(record, BASE) == [], record["id"]
    kinds = {r["id"][len(BASE) + 1:].split("/")[0] for r in shipped_records.values()}
    assert {"object", "person", "group", "provenance", "concept"} <= kinds


def test_names_and_texts_per_language(shipped_copy: Any,
                                      shipped_records: dict[str, Any]) -> None:
    for work_id in shipped_copy.work_ids():
        work = shipped_copy.get(work_id)
        obj = shipped_records[f"{BASE}/object/{work_id}.json"]
        names = {(n["content"], n["language"][0]["id"]) for n in obj["identified_by"]
                 if n["type"] == "Name" and n.get("language")}
        assert {(work["title"], ENGLISH), (work["title_ru"], RUSSIAN)} <= names
        descriptions = [t for t in obj["referred_to_by"] if t.get("content") in (
            work["description"], work["description_ru"])]
        assert _languages(descriptions) == {ENGLISH, RUSSIAN}, work_id
        span = obj["produced_by"].get("timespan")
        if work["date_qualifier"] != "unknown" and span:
            shown = {n["content"] for n in span["identified_by"] if n["type"] == "Name"}
            assert shown == {work["date_display"], work["date_display_ru"]}
            edtf = [n["content"] for n in span["identified_by"] if n["type"] == "Identifier"]
            assert edtf == [work["date_edtf"]], work_id


def test_terms_agents_and_parties(shipped_records: dict[str, Any]) -> None:
    painting = shipped_records[f"{BASE}/object/astp-docking-painting-1975.json"]
    assert "http://vocab.getty.edu/aat/300033618" in [c["id"]
                                                      for c in painting["classified_as"]]
    materials = [m for r in shipped_records.values() for m in r.get("made_of", [])]
    assert any(m["id"].startswith("http://vocab.getty.edu/aat/") for m in materials)
    terms = [r for r in shipped_records.values() if "/concept/term-" in r["id"]]
    assert terms and all(_languages(t["identified_by"]) == {ENGLISH, RUSSIAN} for t in terms)
    gallery = shipped_records[f"{BASE}/group/state-tretyakov-gallery.json"]
    assert gallery["equivalent"][0]["id"] == "http://www.wikidata.org/entity/Q183334"
    assert _languages(gallery["identified_by"]) == {ENGLISH, RUSSIAN}
    received = [r for r in shipped_records.values() if "/provenance/" in r["id"]
                and gallery["id"] in json.dumps(r.get("part", []))]
    assert received, "a provenance acquisition names the gallery as its agent record"


def test_objects_link_their_iiif_manifest_and_image(shipped_copy: Any,
                                                    shipped_records: dict[str, Any]) -> None:
    for work_id in shipped_copy.work_ids():
        work = shipped_copy.get(work_id)
        obj = shipped_records[f"{BASE}/object/{work_id}.json"]
        access = [p["id"] for s in obj.get("subject_of", [])
                  for d in s.get("digitally_carried_by", []) for p in d.get("access_point", [])]
        shown = [p["id"] for v in obj.get("representation", [])
                 for d in v["digitally_shown_by"] for p in d["access_point"]]
        if work.get("image_path"):
            assert f"{BASE}/manifests/{work_id}.json" in access
            assert shown == [f"{BASE}/images/{work_id}/full/max/0/default.jpg"]
        else:
            assert shown == []


def test_exhibitions_and_publications_are_activities_not_provenance(
        shipped_copy: Any, shipped_records: dict[str, Any]) -> None:
    exhibition, publication = ("http://vocab.getty.edu/aat/300054766",
                               "http://vocab.getty.edu/aat/300054686")
    shown = {(link["exhibition_id"], w) for w in shipped_copy.work_ids()
             for link in shipped_copy.get(w)["exhibitions"]}
    found = set()
    for record in shipped_records.values():
        classes = [c["id"] for c in record.get("classified_as", [])]
        if "/provenance/" in record["id"]:
            assert publication not in classes, record["id"]
        if exhibition in classes and "/activity/exhibition-" in record["id"]:
            key = record["id"].rsplit("exhibition-", 1)[1][:-len(".json")]
            found |= {(key, o["id"].rsplit("/", 1)[1][:-len(".json")])
                      for o in record["used_specific_object"]}
    assert shown and found == shown
    assert any("/activity/publication-" in key for key in shipped_records)


def test_a_series_is_a_set_its_works_are_members_of(shipped_copy: Any,
                                                     shipped_records: dict[str, Any]) -> None:
    for work_id in shipped_copy.work_ids():
        work = shipped_copy.get(work_id)
        sets = shipped_records[f"{BASE}/object/{work_id}.json"].get("member_of", [])
        if work.get("series"):
            assert [s["type"] for s in sets] == ["Set"]
            assert shipped_records[sets[0]["id"]]["_label"] == work["series"]
        else:
            assert sets == []
