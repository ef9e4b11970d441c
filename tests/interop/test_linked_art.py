"""Linked Art export: the shape the model defines — records with ids that resolve inside the
export, the right classes, names by language, well-formed timespans, provenance split into
Acquisition (ownership) and TransferOfCustody (custody)."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

from gallery.catalog.interop import linked_art
from gallery.cli import main

BASE = "http://localhost:8000"
CONTEXT = "https://linked.art/ns/v1/linked-art.json"
RECORD_TYPES = {"HumanMadeObject", "Person", "Group", "Activity", "Place", "Type", "VisualItem",
                "Set"}
EMBEDDED_TYPES = RECORD_TYPES | {
    "Name", "Identifier", "LinguisticObject", "Language", "TimeSpan", "Production",
    "Acquisition", "TransferOfCustody", "Dimension", "MeasurementUnit", "Birth", "Death",
    "DigitalObject", "InformationObject"}
PRIMARY_NAME = "http://vocab.getty.edu/aat/300404670"
LANGUAGES = {"en": "http://vocab.getty.edu/aat/300388277",
             "ru": "http://vocab.getty.edu/aat/300389168"}
PROVENANCE = "http://vocab.getty.edu/aat/300055863"
PUBLICATION = "http://vocab.getty.edu/aat/300054686"
INSTANT = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$")


def walk(node: Any, path: str = "") -> Any:
    """Every embedded dict with its path, depth first."""
    if isinstance(node, dict):
        yield path, node
        for key, value in node.items():
            yield from walk(value, f"{path}.{key}")
    elif isinstance(node, list):
        for index, value in enumerate(node):
            yield from walk(value, f"{path}[{index}]")


def check_shape(records: list[dict[str, Any]]) -> None:
    by_id = {r["id"]: r for r in records}
    assert len(by_id) == len(records), "ids are unique"
    for record in records:
        where = record["id"]
        assert record["id"].startswith(BASE + "/"), where
        assert record["type"] in RECORD_TYPES, where
        assert record["_label"], where
        primary = [n for n in record["identified_by"] if n["type"] == "Name"
                   and PRIMARY_NAME in [c["id"] for c in n["classified_as"]]]
        assert primary, f"{where} has a primary name"
        languages = [n.get("language", [{}])[0].get("id") for n in primary]
        assert len(languages) == len(set(languages)), f"{where}: one primary name per language"
        for path, node in walk(record):
            assert node.get("type") in EMBEDDED_TYPES, (where, path, node.get("type"))
            # access points are files (a IIIF manifest, an image), not Linked Art records
            if path and ".access_point[" not in path and str(node.get("id", "")).startswith(BASE):
                assert node["id"] in by_id, f"{where}{path} -> {node['id']} does not resolve"
                assert by_id[node["id"]]["type"] == node["type"], (where, path)
            if node["type"] == "TimeSpan":
                begin, end = node.get("begin_of_the_begin"), node.get("end_of_the_end")
                for instant in (begin, end):
                    assert instant is None or INSTANT.match(instant), (where, path, instant)
                assert not (begin and end) or begin <= end, (where, path)
            # a text the record is the subject of is named, not quoted (the official schema
            # forbids `content` there); a statement or a name always has its text
            if path and (node["type"] == "Name" or (node["type"] == "LinguisticObject"
                         and not path.split(".")[-1].startswith("subject_of"))):
                assert isinstance(node.get("content"), str) and node["content"], (where, path)
                for language in node.get("language", []):
                    assert language["id"] in LANGUAGES.values(), (where, path)


def test_export_has_the_linked_art_shape(full_catalog: Any) -> None:
    records = linked_art.build(full_catalog, BASE)
    check_shape(records)
    kinds = [r["type"] for r in records]
    assert kinds.count("HumanMadeObject") == 4
    assert kinds.count("Person") >= 2
    work = next(r for r in records if r["id"] == f"{BASE}/object/docking-1975.json")
    names = {(n["content"], n.get("language", [{}])[0].get("id"))
             for n in work["identified_by"] if n["type"] == "Name"}
    assert ("Docking <in orbit> & after", LANGUAGES["en"]) in names
    assert ("Стыковка на орбите", LANGUAGES["ru"]) in names
    span = work["produced_by"]["timespan"]
    assert (span["begin_of_the_begin"], span["end_of_the_end"]) == (
        "1973-01-01T00:00:00Z", "1977-12-31T23:59:59Z")
    assert [p["id"] for p in work["produced_by"]["carried_out_by"]] == [
        f"{BASE}/person/alexei-leonov.json"]
    descriptions = [t for t in work["referred_to_by"] if t.get("language")]
    assert {t["language"][0]["id"] for t in descriptions} == set(LANGUAGES.values())


def test_provenance_splits_ownership_from_custody(full_catalog: Any) -> None:
    records = {r["id"]: r for r in linked_art.build(full_catalog, BASE)}
    # the 5th event, "published", moves nothing: an activity of its own, not provenance
    assert f"{BASE}/provenance/docking-1975/5.json" not in records
    published = records[f"{BASE}/activity/publication-docking-1975-5.json"]
    assert [c["id"] for c in published["classified_as"]] == [PUBLICATION]
    assert published["used_specific_object"][0]["id"] == f"{BASE}/object/docking-1975.json"
    assert published["carried_out_by"][0]["_label"] == "Time magazine"
    events = {n: records[f"{BASE}/provenance/docking-1975/{n}.json"] for n in (1, 2, 3, 4, 6, 7)}
    assert all(PROVENANCE in [c["id"] for c in e["classified_as"]] for e in events.values())
    parts = [[p["type"] for p in e.get("part", [])] for e in events.values()]
    assert parts == [["Acquisition"], ["Acquisition"], ["TransferOfCustody"],
                     ["TransferOfCustody"], [], ["Acquisition"]]
    gift = events[2]["part"][0]
    assert gift["transferred_title_of"][0]["id"] == f"{BASE}/object/docking-1975.json"
    assert gift["transferred_title_from"][0]["id"] == f"{BASE}/person/alexei-leonov.json"
    assert gift["transferred_title_to"][0]["id"] == f"{BASE}/person/andrei-sokolov.json"
    loan = events[3]["part"][0]
    assert loan["transferred_custody_from"][0]["_label"] == "Andrei Sokolov"
    assert loan["transferred_custody_to"][0]["type"] == "Group"
    gap = events[6]
    assert "part" not in gap
    assert any("whereabouts of the work are unknown" in t["content"]
               for t in gap["referred_to_by"])
    sale = events[7]["part"][0]
    assert "transferred_title_from" not in sale  # "unknown seller" is text, not an identity
    assert sale["transferred_title_to"][0]["_label"] == "State Tretyakov Gallery"


def test_cli_writes_a_document_a_folder_and_stdout(full_catalog: Any, tmp_path: Path,
                                                   capsys: Any) -> None:
    path = str(full_catalog.path)
    assert main(["--catalog", path, "export", "--format", "linked-art", "-o",
                 str(tmp_path / "la.json")]) == 0
    document = json.loads((tmp_path / "la.json").read_text(encoding="utf-8"))
    assert document["@context"] == CONTEXT
    check_shape(document["@graph"])
    assert main(["--catalog", path, "export", "--format", "linked-art", "-o",
                 str(tmp_path / "la")]) == 0
    files = list((tmp_path / "la").rglob("*.json"))
    assert len(files) == len(document["@graph"])
    records = [json.loads(f.read_text(encoding="utf-8")) for f in files]
    assert all(r.pop("@context") == CONTEXT for r in records)
    for file, record in zip(files, records, strict=True):  # the id is where the file lives
        assert record["id"] == f"{BASE}/{file.relative_to(tmp_path / 'la').as_posix()}"
    capsys.readouterr()
    assert main(["--catalog", path, "export", "--format", "linked-art", "--base-url",
                 "https://example.org/leonov/"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["@graph"][0]["id"].startswith("https://example.org/leonov/")
    assert main(["--catalog", path, "export", "--format", "linked-art", "--base-url",
                 "ftp://nope"]) == 2
